import { daysInMonth } from './epoch-day';
import { assertIsoDate, isoFromEpochDay, isoToEpochDay, type IsoDate } from './vietnam-time';

// Periods in months follow Bộ luật Dân sự 2015, Điều 148: a period ends on the corresponding day of
// its last month, or on that month's last day when the month has no such day. Hence the clamping
// below (31 January + 1 month = 28/29 February) and the matching rule in fullMonthsBetween.

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function requireInteger(n: number, what: string): void {
  if (!Number.isInteger(n)) throw new RangeError(`${what} must be an integer, got ${n}`);
}

/**
 * `date` moved by `months` (negative allowed), clamped to the end of a shorter month:
 * 2026-01-31 + 1 → 2026-02-28, 2028-01-31 + 1 → 2028-02-29, 2026-03-31 − 1 → 2026-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  assertIsoDate(date);
  requireInteger(months, 'months');
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  if (newYear < 1 || newYear > 9999) throw new RangeError(`date out of range (year ${newYear})`);
  const newDay = Math.min(day, daysInMonth(newYear, newMonth));
  return `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`;
}

/** `date` moved by `n` calendar days (negative allowed). */
export function addCalendarDays(date: IsoDate, n: number): IsoDate {
  assertIsoDate(date);
  requireInteger(n, 'n');
  return isoFromEpochDay(isoToEpochDay(date) + n);
}

/**
 * Completed months from `from` to `to` (an age or a waiting time): the largest k with
 * addMonths(from, k) ≤ to. Born 2008-03-15: on 2026-03-14 215 months, on 2026-03-15 216 (18 years).
 * Convention (as addMonths, Điều 148 BLDS 2015): a month is completed on the same day of the month
 * or, in a month too short to have that day, on its last day. Born 29 February: 12 months on
 * 28 February of a common year, on 29 February of a leap year; born 31 January: 1 month on 28/29
 * February, 2 months on 31 March (not 30 March).
 * Throws RangeError when `to` is before `from`.
 */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  if (to < from) throw new RangeError(`to (${to}) is before from (${from})`);
  const [fromYear, fromMonth, fromDay] = parts(from);
  const [toYear, toMonth, toDay] = parts(to);
  const months = (toYear - fromYear) * 12 + (toMonth - fromMonth);
  const lastDayOfToMonth = daysInMonth(toYear, toMonth);
  // The current month is complete once its corresponding day (clamped to the month's end) is reached.
  return toDay >= Math.min(fromDay, lastDayOfToMonth) ? months : months - 1;
}

/** Completed months as fullMonthsBetween, but 0 (not an error) when `to` is before `from`: a period not yet begun. */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  assertIsoDate(from, 'from');
  assertIsoDate(to, 'to');
  return to < from ? 0 : fullMonthsBetween(from, to);
}

/** Whole years and the months beyond them, e.g. 18 years 0 months; for messages. */
export function yearsAndMonths(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}
