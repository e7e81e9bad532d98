// A report as an Excel workbook (exceljs): one sheet per table, the report's title, unit and period in the first rows,
// a bold header row, widths that fit Vietnamese labels, and figures as numbers (percentages with two decimals).
import ExcelJS from 'exceljs';
import type { GeneratedReport } from '../services/reports.service';
import { dmy } from '../services/report-period';
import { viewLabel, vietnamTime } from './report-texts';

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(title: string, index: number, taken: Set<string>): string {
  const base = `${index + 1}. ${title}`.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim();
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base.slice(0, 28)} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

const BORDER = { style: 'thin' as const, color: { argb: 'FF8C8C8C' } };
const BOX = { top: BORDER, left: BORDER, bottom: BORDER, right: BORDER };

export async function reportWorkbook(r: GeneratedReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'hoso';
  wb.created = new Date(r.generatedAt);
  const taken = new Set<string>();
  r.tables.forEach((table, index) => {
    const ws = wb.addWorksheet(sheetName(table.title, index, taken), { views: [{ state: 'frozen', ySplit: 7 }] });
    const width = table.columns.length + 2;
    const heading = (text: string, bold = false) => {
      const line = ws.addRow([text]);
      ws.mergeCells(line.number, 1, line.number, width);
      line.getCell(1).font = { bold, size: bold ? 13 : 11 };
      line.getCell(1).alignment = { wrapText: true, vertical: 'middle' };
      return line;
    };
    heading(`BÁO CÁO ${r.subject.toUpperCase()}`, true).height = 36;
    heading(`${index + 1}. ${table.title}`, true);
    heading(`Đơn vị: ${r.unit.name}`);
    heading(`Kỳ báo cáo: ${r.period.label} (từ ngày ${dmy(r.period.from)} đến ngày ${dmy(r.period.lastDay)})`);
    heading(`Cách tính đơn vị: ${viewLabel(r.view)}; lập lúc ${vietnamTime(r.generatedAt)}`);
    ws.addRow([]);
    const header = ws.addRow(['STT', table.rowHeader, ...table.columns.map((c) => c.label)]);
    header.height = 48;
    header.eachCell((cell) => {
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF0F0F0' } };
      cell.border = BOX;
    });
    let n = 0;
    for (const row of table.rows) {
      const stt = row.total || row.level === 1 ? null : ++n;
      const line = ws.addRow([stt, row.level === 1 ? `- ${row.label}` : row.label, ...table.columns.map((c) => row.values[c.key] ?? null)]);
      line.eachCell({ includeEmpty: true }, (cell, col) => {
        cell.border = BOX;
        cell.font = { bold: row.total };
        cell.alignment = { wrapText: col === 2, vertical: 'middle', indent: col === 2 && row.level === 1 ? 2 : 0 };
        const column = table.columns[col - 3];
        if (column) cell.numFmt = column.kind === 'percent' ? '0.00' : '#,##0';
      });
    }
    for (const note of table.notes) ws.addRow([null, `Ghi chú: ${note}`]).getCell(2).alignment = { wrapText: true };
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = Math.min(70, Math.max(30, ...table.rows.map((row) => row.label.length + 4)));
    table.columns.forEach((c, i) => (ws.getColumn(i + 3).width = Math.min(28, Math.max(12, Math.ceil(c.label.length / 2) + 2))));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
