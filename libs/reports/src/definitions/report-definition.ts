import type { StatisticsFactName, FactAttributes } from '@hoso/cases/services/statistics-facts';
import type { ReportPeriod } from '../services/report-period';

/** A column of a report table: a count, or a percentage (two decimals). */
export interface ReportColumn {
  key: string;
  label: string;
  kind: 'count' | 'percent';
}

/** A row: its label, figures by column key (null: not applicable), an indent level and whether it is a total. */
export interface ReportRow {
  key: string;
  label: string;
  level: 0 | 1;
  total: boolean;
  values: Record<string, number | null>;
}

export interface ReportTable {
  key: string;
  title: string;
  /** The label of the first column (what the rows are). */
  rowHeader: string;
  columns: ReportColumn[];
  rows: ReportRow[];
  /** How the table counts, in Vietnamese (printed under it). */
  notes: string[];
}

/** One counted group of a fact: the unit it counts for and the attributes it was grouped by. */
export interface FactGroup<F extends StatisticsFactName> {
  unitId: string;
  n: number;
  attributes: Record<FactAttributes<F>, string | null>;
}

export interface ReportUnit {
  id: string;
  code: string;
  name: string;
  path: string;
}

/** A committee's target in force for a unit and a year. */
export interface TargetInForce {
  unitId: string;
  value: number;
  version: number;
  basis: string;
  setBy: string;
  setAt: string;
}

export interface ProcedureTexts {
  title: string;
  categories: Readonly<Record<string, string>>;
  /** Dimension key → value code → label. */
  dimensions: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** What a definition reads: the facts (already in the caller's scope and the unit's subtree), units and targets. */
export interface ReportContext {
  period: ReportPeriod;
  unit: ReportUnit;
  facts<F extends StatisticsFactName>(name: F): Promise<FactGroup<F>[]>;
  /** The path of a unit a fact counted under (for rolling up to the unit's children). */
  pathOf(unitId: string): string | undefined;
  /** The unit's direct children shown in the period (active in it, or counted). */
  children(counted: readonly string[]): Promise<ReportUnit[]>;
  /** The targets in force for an indicator and a year, by unit. */
  targets(indicator: string, year: number, unitIds: readonly string[]): Promise<Map<string, TargetInForce>>;
  /** Is a procedure registered on this server (e.g. the inspection and supervision plans)? */
  hasProcedure(procedureId: string): boolean;
  /** A registered procedure's Vietnamese title and the labels of its report's categories and dimensions. */
  procedureTexts(procedureId: string): ProcedureTexts | undefined;
}

/** One periodic report: its Vietnamese titles and how it builds its tables from the statistics' facts. */
export interface ReportDefinition {
  key: string;
  /** The list's title ("Báo cáo …"). */
  title: string;
  /** What follows "BÁO CÁO" in the document's title, before the period ("kết quả … theo Quy định 1374-QĐ/TU"). */
  subject: string;
  description: string;
  /** The start of a downloaded file's name ("Báo cáo 1374"), before the period and the unit. */
  fileTitle: string;
  build(ctx: ReportContext): Promise<{ tables: ReportTable[]; notes: string[] }>;
}

/** Sums `n` by a key; groups whose key is undefined are left out. */
export function tally<F extends StatisticsFactName>(groups: readonly FactGroup<F>[], key: (g: FactGroup<F>) => string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const g of groups) {
    const k = key(g);
    if (k !== undefined) out.set(k, (out.get(k) ?? 0) + g.n);
  }
  return out;
}

export const sum = <F extends StatisticsFactName>(groups: readonly FactGroup<F>[], keep: (g: FactGroup<F>) => boolean = () => true) =>
  groups.reduce((s, g) => (keep(g) ? s + g.n : s), 0);

export const row = (key: string, label: string, values: Record<string, number | null>, opts: { level?: 0 | 1; total?: boolean } = {}): ReportRow => ({
  key,
  label,
  level: opts.level ?? 0,
  total: opts.total ?? false,
  values,
});

export const count = (key: string, label: string): ReportColumn => ({ key, label, kind: 'count' });

/** Rows for the entries of a label map, counted from a tally, and their total row. */
export function labelledRows(labels: Readonly<Record<string, string>>, counts: Map<string, number>, column: string, totalLabel = 'Cộng'): ReportRow[] {
  const rows = Object.entries(labels).map(([k, label]) => row(k, label, { [column]: counts.get(k) ?? 0 }));
  const total = rows.reduce((s, r) => s + (r.values[column] ?? 0), 0);
  return [...rows, row('TOTAL', totalLabel, { [column]: total }, { total: true })];
}

/** A percentage with two decimals, or null without a denominator. */
export const percent = (part: number, whole: number | null | undefined): number | null =>
  whole ? Math.round((part / whole) * 10_000) / 100 : null;
