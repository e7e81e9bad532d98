// Reporting periods as officials name them (a quarter, a year, or a range of civil dates, all in Vietnam time) and
// as the API reads them: `from` inclusive, `to` exclusive ([from, to)), both 'YYYY-MM-DD'.
import { todayInVietnam } from '../../lib/format';

export type Period =
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'year'; year: number }
  /** `start` and `end` both included, as the user picked them. */
  | { kind: 'range'; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');
const civil = (y: number, m: number, d = 1) => `${y}-${pad(m)}-${pad(d)}`;

/** A civil date plus `days` (no time zone involved). */
export function addDays(date: string, days: number): string {
  const t = Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) + days * 86_400_000;
  const d = new Date(t);
  return civil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** The API's [from, to). */
export function periodRange(p: Period): { from: string; to: string } {
  switch (p.kind) {
    case 'quarter': {
      const m = (p.quarter - 1) * 3 + 1;
      return { from: civil(p.year, m), to: p.quarter === 4 ? civil(p.year + 1, 1) : civil(p.year, m + 3) };
    }
    case 'year':
      return { from: civil(p.year, 1), to: civil(p.year + 1, 1) };
    case 'range':
      return { from: p.start, to: addDays(p.end, 1) };
  }
}

/** The last day counted (the day before `to`). */
export function lastDay(p: Period): string {
  return addDays(periodRange(p).to, -1);
}

/** Part of a file name: 2026-Q3, 2026, 2026-07-01_2026-09-30. */
export function periodSlug(p: Period): string {
  switch (p.kind) {
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'year':
      return String(p.year);
    case 'range':
      return `${p.start}_${p.end}`;
  }
}

/** The quarter containing today's Vietnamese date. */
export function currentQuarter(now = new Date()): Period {
  const today = todayInVietnam(now);
  return { kind: 'quarter', year: +today.slice(0, 4), quarter: (Math.floor((+today.slice(5, 7) - 1) / 3) + 1) as 1 | 2 | 3 | 4 };
}

/** The period as URL parameters (shareable links) and back. */
export function periodToParams(p: Period): Record<string, string> {
  if (p.kind === 'quarter') return { ky: 'quy', nam: String(p.year), quy: String(p.quarter) };
  if (p.kind === 'year') return { ky: 'nam', nam: String(p.year) };
  return { ky: 'khoang', tu: p.start, den: p.end };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function periodFromParams(params: URLSearchParams, fallback: Period): Period {
  const year = Number(params.get('nam'));
  const validYear = Number.isInteger(year) && year >= 1990 && year <= 2200;
  switch (params.get('ky')) {
    case 'quy': {
      const q = Number(params.get('quy'));
      return validYear && [1, 2, 3, 4].includes(q) ? { kind: 'quarter', year, quarter: q as 1 | 2 | 3 | 4 } : fallback;
    }
    case 'nam':
      return validYear ? { kind: 'year', year } : fallback;
    case 'khoang': {
      const start = params.get('tu') ?? '';
      const end = params.get('den') ?? '';
      return DATE.test(start) && DATE.test(end) && start <= end ? { kind: 'range', start, end } : fallback;
    }
    default:
      return fallback;
  }
}
