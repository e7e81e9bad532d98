// Pure date arithmetic for machines (no clock): Vietnamese calendar dates and periods in months. Same convention as
// libs/deadlines (which workflows may not import): Bộ luật Dân sự 2015, Điều 148 — a period in months ends on the
// corresponding day of its last month, or on that month's last day when the month has no such day.

/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = string;

const VIETNAM_OFFSET_MS = 7 * 3_600_000; // UTC+7, no daylight saving
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The Vietnamese calendar date of an ISO 8601 date (kept as is) or instant (read at UTC+7). */
export function vietnamDate(iso: string): IsoDate {
  if (DATE_ONLY.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 date or instant: ${iso}`);
  return new Date(ms + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * `date` moved by `months` (negative allowed), clamped to the end of a shorter month:
 * 2026-01-31 + 1 → 2026-02-28, 2028-01-31 + 1 → 2028-02-29, 2020-02-29 + 12 → 2021-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!DATE_ONLY.test(date)) throw new RangeError(`not a date: ${date}`);
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  const [year, month, day] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/** `date` moved by `days` calendar days (negative allowed). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!DATE_ONLY.test(date)) throw new RangeError(`not a date: ${date}`);
  if (!Number.isInteger(days)) throw new RangeError(`days must be an integer, got ${days}`);
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Vietnamese display of a date: 2026-03-05 → 05/03/2026. */
export function viDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
