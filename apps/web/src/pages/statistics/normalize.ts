// The statistics answers as one shape the dashboard draws: sections of (label, count) rows with the API's Vietnamese
// labels, in the API's order. GET /statistics/{procedureId} answers either the general shape (byCategory +
// dimensions) or, for the 1374 procedure, its own (received by source + byCategory); which one is read from the data,
// never from a procedure id.
import type { Schemas } from '../../api/client';

export type GeneralAnswer = Schemas['ProcedureStatisticsResponse'];
export type Answer1374 = Schemas['QuyDinh1374StatisticsResponse'];
export type StatisticsAnswer = GeneralAnswer | Answer1374;

export interface SectionRow {
  key: string;
  label: string;
  count: number;
}

export interface StatsSection {
  /** Stable key (also the sheet order in the Excel file). */
  key: string;
  /** Vietnamese title: the API's when it gives one, else the caller's (`titles`). */
  title: string;
  rows: SectionRow[];
  /** Sum of the rows. */
  sum: number;
  /** Stages every case enters at the first and leaves along the way (see isStageSequence): drawn as a funnel. */
  funnel: boolean;
}

export interface StatsView {
  procedureId: string;
  title: string | undefined;
  /** Cases received in the period (the API's total). */
  total: number;
  from: string;
  to: string;
  sections: StatsSection[];
}

/** Titles of the sections the API does not name (translated by the caller). */
export interface SectionTitles {
  bySource: string;
  byCategory: string;
}

export function is1374(a: StatisticsAnswer): a is Answer1374 {
  return 'received' in a && typeof (a as Answer1374).received?.bySource === 'object';
}

function rowsOf(counts: Record<string, number>, labels: Record<string, string>): SectionRow[] {
  return Object.entries(counts).map(([key, count]) => ({ key, label: labels[key] ?? key, count }));
}

/**
 * A sequence of stages, told from the numbers alone: every case received is counted at the first stage, each later
 * stage counts no more cases than the one before, and cases are counted at several stages (the counts add up to more
 * than the total). A breakdown that splits the cases into groups (sum ≤ total) is never a funnel, even when its
 * counts happen to decrease.
 */
export function isStageSequence(rows: SectionRow[], total: number): boolean {
  if (rows.length < 3 || total <= 0 || rows[0].count !== total) return false;
  if (!rows.every((r, i) => i === 0 || r.count <= rows[i - 1].count)) return false;
  return rows.reduce((s, r) => s + r.count, 0) > total;
}

function section(key: string, title: string, rows: SectionRow[], total: number): StatsSection {
  return { key, title, rows, sum: rows.reduce((s, r) => s + r.count, 0), funnel: isStageSequence(rows, total) };
}

export function normalize(a: StatisticsAnswer, titles: SectionTitles): StatsView {
  if (is1374(a)) {
    return {
      procedureId: a.procedureId,
      title: undefined,
      total: a.received.total,
      from: a.period.from,
      to: a.period.to,
      sections: [
        section('bySource', titles.bySource, rowsOf(a.received.bySource, a.labels.sources), a.received.total),
        section('byCategory', titles.byCategory, rowsOf(a.byCategory, a.labels.categories), a.received.total),
      ],
    };
  }
  return {
    procedureId: a.procedureId,
    title: a.procedureTitle,
    total: a.total,
    from: a.period.from,
    to: a.period.to,
    sections: [
      section('byCategory', titles.byCategory, rowsOf(a.byCategory, a.categoryLabels), a.total),
      ...Object.entries(a.dimensions).map(([key, d]) => section(`dim:${key}`, d.label, rowsOf(d.counts, d.labels), a.total)),
    ],
  };
}

/** The category labels of an answer, in order (the columns of the by-unit table). */
export function categoryColumns(a: StatisticsAnswer): SectionRow[] {
  return is1374(a) ? rowsOf(a.byCategory, a.labels.categories) : rowsOf(a.byCategory, a.categoryLabels);
}

/** Cases received in the period. */
export function totalOf(a: StatisticsAnswer): number {
  return is1374(a) ? a.received.total : a.total;
}
