// The dashboard as an .xlsx workbook: one sheet per table, Vietnamese headers, the procedure, period and unit in the
// first rows so a printed sheet says what it counts. write-excel-file is loaded only when a user exports.
import type { Row, Sheet, SheetData } from 'write-excel-file/browser';
import type { SectionRow, StatsView } from './normalize';

export interface ExcelLabels {
  period: string;
  unit: string;
  received: string;
  index: string;
  item: string;
  count: string;
  percent: string;
  sum: string;
  unitColumn: string;
  byUnitSheet: string;
  generatedAt: string;
}

export interface ByUnitTable {
  columns: SectionRow[];
  rows: { unit: string; total: number; counts: Record<string, number> }[];
}

export interface WorkbookInput {
  title: string;
  periodLabel: string;
  unitLabel: string;
  generatedAt: string;
  view: StatsView;
  byUnit?: ByUnitTable;
  labels: ExcelLabels;
}

const bold = (value: string | number) => ({ value, fontWeight: 'bold' as const });

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const clean = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
  let name = clean.slice(0, 31).trim();
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1).trim()} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function heading(input: WorkbookInput, tableTitle: string): SheetData {
  const { labels } = input;
  return [
    [bold(input.title)],
    [bold(tableTitle)],
    [labels.period, input.periodLabel],
    [labels.unit, input.unitLabel],
    [labels.received, input.view.total],
    [labels.generatedAt, input.generatedAt],
    [],
  ];
}

const percent = (count: number, sum: number) => (sum > 0 ? Math.round((count / sum) * 1000) / 10 : 0);

/** The sheets of the workbook (pure: the test reads exactly what would be written). */
export function buildWorkbook(input: WorkbookInput): Sheet<never>[] {
  const { labels } = input;
  const taken = new Set<string>();
  const sheets: Sheet<never>[] = input.view.sections.map((s) => {
    const data: SheetData = [
      ...heading(input, s.title),
      [bold(labels.index), bold(labels.item), bold(labels.count), bold(labels.percent)],
      ...s.rows.map((r, i): Row => [i + 1, r.label, r.count, { value: percent(r.count, s.sum), format: '0.0' }]),
      [null, bold(labels.sum), bold(s.sum), { value: s.sum > 0 ? 100 : 0, format: '0.0', fontWeight: 'bold' }],
    ];
    return { data, sheet: sheetName(s.title, taken), columns: [{ width: 22 }, { width: 70 }, { width: 14 }, { width: 12 }] };
  });
  if (input.byUnit && input.byUnit.rows.length > 0) {
    const { columns, rows } = input.byUnit;
    const data: SheetData = [
      ...heading(input, labels.byUnitSheet),
      [bold(labels.unitColumn), bold(labels.received), ...columns.map((c) => bold(c.label))],
      ...rows.map((r): Row => [r.unit, r.total, ...columns.map((c) => r.counts[c.key] ?? 0)]),
    ];
    sheets.push({ data, sheet: sheetName(labels.byUnitSheet, taken), columns: [{ width: 40 }, { width: 14 }, ...columns.map(() => ({ width: 18 }))] });
  }
  return sheets;
}

/** Writes the workbook and hands it to the browser as `fileName`. */
export async function exportWorkbook(input: WorkbookInput, fileName: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  await writeXlsxFile(buildWorkbook(input), { fontFamily: 'Arial', fontSize: 11 }).toFile(fileName);
}

/** thong-ke-quy-dinh-1374-2026-Q3.xlsx (with the unit's code when one is chosen). */
export function workbookFileName(procedureId: string, periodSlug: string, unitCode?: string): string {
  const parts = ['thong-ke', procedureId, periodSlug, unitCode].filter(Boolean).join('-');
  return `${parts.replace(/[^A-Za-z0-9_.-]+/g, '-')}.xlsx`;
}
