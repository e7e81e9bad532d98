// A report as a Word document: the report template (report-template.ts, the Party document layout of the documents
// library) filled by docxtemplater with the header (issuing body, place and date), the title and the tables.
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { escapeXml, TEXT_WIDTH_TWIPS } from '@hoso/documents/defaults/docx-writer';
import type { ReportTable } from '../definitions/report-definition';
import type { GeneratedReport } from '../services/reports.service';
import { dmy } from '../services/report-period';
import { documentDate, viewLabel, vietnamTime } from './report-texts';
import { reportTemplate } from './report-template';

/** Who signs on behalf of whom, by the level of the issuing committee (Hướng dẫn 36-HD/VPTW: "T/M"). */
const SIGNING_FOR: Record<string, string> = {
  CELL: 'T/M CHI BỘ',
  SECTION: 'T/M ĐẢNG ỦY',
};
const DEFAULT_SIGNING = 'T/M BAN THƯỜNG VỤ';

/** A figure as written in Vietnamese documents: 2.231; 101,50. */
export function vietnameseNumber(value: number | null, percent: boolean): string {
  if (value === null) return '–';
  const [whole, fraction] = (percent ? value.toFixed(2) : String(Math.round(value))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return fraction ? `${grouped},${fraction}` : grouped;
}

/** The tables fill the template's text column. */
const TEXT_WIDTH = TEXT_WIDTH_TWIPS;
const STT = 800;
/** Room between a cell's border and its text (the template's tables have none: their cells have no borders). */
const CELL_MARGINS = '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>';

/** One table of the report as WordprocessingML (inserted by the template's `{@tableXml}`). */
export function tableXml(table: ReportTable): string {
  const figureWidth = Math.max(1100, Math.min(1600, Math.floor((TEXT_WIDTH - STT - 3000) / Math.max(1, table.columns.length))));
  const labelWidth = TEXT_WIDTH - STT - figureWidth * table.columns.length;
  const widths = [STT, labelWidth, ...table.columns.map(() => figureWidth)];
  const border = '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>' +
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>';
  const cell = (text: string, width: number, o: { bold?: boolean; align?: 'left' | 'center' | 'right'; indent?: boolean; shade?: boolean } = {}) =>
    `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${o.shade ? '<w:shd w:val="clear" w:color="auto" w:fill="F0F0F0"/>' : ''}<w:vAlign w:val="center"/></w:tcPr>` +
    `<w:p><w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/>${o.indent ? '<w:ind w:left="284"/>' : ''}<w:jc w:val="${o.align ?? 'left'}"/></w:pPr>` +
    `<w:r><w:rPr>${o.bold ? '<w:b/>' : ''}<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:tc>`;
  const header =
    '<w:tr><w:trPr><w:tblHeader/></w:trPr>' +
    [cell('STT', STT, { bold: true, align: 'center', shade: true }), cell(table.rowHeader, labelWidth, { bold: true, align: 'center', shade: true }),
      ...table.columns.map((c) => cell(c.label, figureWidth, { bold: true, align: 'center', shade: true }))].join('') +
    '</w:tr>';
  let n = 0;
  const body = table.rows.map((row) => {
    const stt = row.total || row.level === 1 ? '' : String(++n);
    return `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cell(stt, STT, { align: 'center' })}${cell(row.level === 1 ? `- ${row.label}` : row.label, labelWidth, { bold: row.total, indent: row.level === 1 })}` +
      table.columns.map((c) => cell(vietnameseNumber(row.values[c.key] ?? null, c.kind === 'percent'), figureWidth, { bold: row.total, align: 'right' })).join('') +
      '</w:tr>';
  });
  // Children in the schema's order (CT_TblPr, CT_TcPr, CT_PPr): Word refuses a document whose elements are out of order.
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:tblBorders>${border}</w:tblBorders><w:tblLayout w:type="fixed"/>${CELL_MARGINS}</w:tblPr>` +
    `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${header}${body.join('')}</w:tbl>`;
}

/** The subtitle under "BÁO CÁO": the subject, capitalised, and the period ("… quý I năm 2026"). */
export function subtitle(r: GeneratedReport): string {
  const period = r.period.code ? r.period.label.charAt(0).toLowerCase() + r.period.label.slice(1) : `từ ngày ${dmy(r.period.from)} đến ngày ${dmy(r.period.lastDay)}`;
  return `${r.subject.charAt(0).toUpperCase()}${r.subject.slice(1)} ${period}`;
}

export function reportDocument(r: GeneratedReport, opts: { place?: string } = {}): Buffer {
  const zip = new PizZip(reportTemplate());
  const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter: () => '', errorLogging: false });
  const date = documentDate(r.generatedAt);
  doc.render({
    upperBody: (r.unit.parentName ?? '').toLocaleUpperCase('vi'),
    issuingBody: r.unit.name.toLocaleUpperCase('vi'),
    place: opts.place?.trim() || '……………',
    ...date,
    subtitle: subtitle(r),
    scope: `Phạm vi báo cáo: ${r.unit.name} và các tổ chức đảng trực thuộc. Kỳ báo cáo: ${r.period.label} (từ ngày ${dmy(r.period.from)} đến ngày ${dmy(r.period.lastDay)}).`,
    method: `Số liệu tính ${viewLabel(r.view)}, lập lúc ${vietnamTime(r.generatedAt)} từ hệ thống quản lý hồ sơ vụ việc.`,
    tables: r.tables.map((t, i) => ({ number: i + 1, title: t.title, tableXml: tableXml(t), notes: t.notes })),
    reportNotes: r.notes,
    signingFor: SIGNING_FOR[r.unit.level] ?? DEFAULT_SIGNING,
  });
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
