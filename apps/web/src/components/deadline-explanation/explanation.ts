// The arithmetic the server recorded for a deadline (libs/deadlines: planWith, the adjuster, the recompute and the
// manual due), read defensively, and laid out day by day for people.
import { formatCivilDate, formatDate } from '../../lib/format';

export type RuleUnit = 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS';

export interface ExplanationRule {
  key: string;
  value: number | null;
  unit: RuleUnit;
  startConvention: string;
  startEvent: string;
  extensionValue: number | null;
  extensionMaxCount: number;
  effectiveFrom: string;
  legalBasis: string;
  sourceRef: string;
  confidence: string;
  description: string;
  override: { orgUnitId: string; reason: string } | null;
}

export interface Adjustment {
  at: string;
  kind: string;
  detail: string;
}

/** What `explanation` holds (DeadlineExplanation on the server). */
export interface Explanation {
  rule: ExplanationRule | null;
  ruleKey: string;
  start: { instant: string; date: string; convention: string | null } | null;
  calendarVersion: number | null;
  countedDays: number | null;
  skipped: { date: string; reason: string }[];
  due: { date: string; instant: string } | null;
  note: string;
  adjustments: Adjustment[];
  /** The server's Vietnamese warnings: the count ran through a year whose days off are not an official schedule. */
  warnings: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : null);

/** The stored JSON as an Explanation; missing parts become null or empty (a manual due may carry only adjustments). */
export function parseExplanation(raw: unknown, ruleKey: string): Explanation {
  const e = isObject(raw) ? raw : {};
  const r = isObject(e.rule) ? e.rule : null;
  const start = isObject(e.start) ? e.start : null;
  const due = isObject(e.due) ? e.due : null;
  const override = r && isObject(r.override) ? r.override : null;
  return {
    rule: r && {
      key: str(r.key, ruleKey),
      value: num(r.value),
      unit: (['WORKING_DAYS', 'CALENDAR_DAYS', 'MONTHS'].includes(str(r.unit)) ? r.unit : 'WORKING_DAYS') as RuleUnit,
      startConvention: str(r.startConvention, 'NEXT_DAY'),
      startEvent: str(r.startEvent),
      extensionValue: num(r.extensionValue),
      extensionMaxCount: num(r.extensionMaxCount) ?? 0,
      effectiveFrom: str(r.effectiveFrom),
      legalBasis: str(r.legalBasis),
      sourceRef: str(r.sourceRef),
      confidence: str(r.confidence),
      description: str(r.description),
      override: override && { orgUnitId: str(override.orgUnitId), reason: str(override.reason) },
    },
    ruleKey: str(e.ruleKey, ruleKey),
    start: start && { instant: str(start.instant), date: str(start.date), convention: typeof start.convention === 'string' ? start.convention : null },
    calendarVersion: num(e.calendarVersion),
    countedDays: num(e.countedDays),
    skipped: Array.isArray(e.skipped) ? e.skipped.filter(isObject).map((s) => ({ date: str(s.date), reason: str(s.reason) })) : [],
    due: due && { date: str(due.date), instant: str(due.instant) },
    note: str(e.note),
    adjustments: Array.isArray(e.adjustments) ? e.adjustments.filter(isObject).map((a) => ({ at: str(a.at), kind: str(a.kind), detail: str(a.detail) })) : [],
    warnings: Array.isArray(e.warnings) ? e.warnings.filter((w): w is string => typeof w === 'string' && w !== '') : [],
  };
}

const ISO_INSTANT = /\b(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})/g;
const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/g;

/** A server note with its ISO dates and instants written as dd/MM/yyyy (instants as their Vietnamese day). */
export function humaniseDates(text: string): string {
  return text.replace(ISO_INSTANT, (m) => formatDate(m)).replace(ISO_DATE, (_m, y: string, mo: string, d: string) => `${d}/${mo}/${y}`);
}

const DAY_MS = 86_400_000;
const epochDay = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** 0 = Sunday … 6 = Saturday, for a civil date. */
export function weekdayOf(iso: string): number {
  return new Date(epochDay(iso) * DAY_MS).getUTCDay();
}

export type DayKind = 'START_NOT_COUNTED' | 'COUNTED' | 'SWAPPED' | 'SKIPPED';

export interface DayRow {
  date: string;
  weekday: number;
  kind: DayKind;
  /** The n-th counted day (COUNTED, SWAPPED, and START under SAME_DAY). */
  n?: number;
  reason?: string;
  isStart: boolean;
  isDue: boolean;
}

/** Longest span listed day by day; a longer one (months) is summarised instead. */
export const MAX_LISTED_DAYS = 400;

/**
 * The days from the start to the due date as the rule counted them. Working days: the skipped days carry the
 * calendar's reason; a counted Saturday or Sunday is a swapped working day. Calendar days: every day counts.
 * Undefined when there is nothing to lay out (no due, or a span too long to list).
 */
export function dayByDay(e: Explanation): DayRow[] | undefined {
  if (!e.start?.date || !e.due?.date || !e.rule) return undefined;
  const first = epochDay(e.start.date);
  const last = epochDay(e.due.date);
  if (!(last >= first) || last - first > MAX_LISTED_DAYS) return undefined;
  if (e.rule.unit === 'MONTHS') return undefined;
  const sameDay = (e.start.convention ?? e.rule.startConvention) === 'SAME_DAY';
  const skipped = new Map(e.skipped.map((s) => [s.date, s.reason]));
  const rows: DayRow[] = [];
  let n = 0;
  for (let day = first; day <= last; day++) {
    const date = isoOf(day);
    const weekday = weekdayOf(date);
    const isStart = day === first;
    const isDue = day === last;
    let row: DayRow;
    if (isStart && !sameDay) row = { date, weekday, kind: 'START_NOT_COUNTED', isStart, isDue };
    else if (skipped.has(date)) row = { date, weekday, kind: 'SKIPPED', reason: skipped.get(date), isStart, isDue };
    else {
      n += 1;
      const swapped = e.rule.unit === 'WORKING_DAYS' && (weekday === 0 || weekday === 6);
      row = { date, weekday, kind: swapped ? 'SWAPPED' : 'COUNTED', n, isStart, isDue };
    }
    rows.push(row);
  }
  return rows;
}

/** dd/MM/yyyy of a civil date, '' when absent. */
export const civil = (iso: string | undefined | null) => (iso && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatCivilDate(iso) : '');
