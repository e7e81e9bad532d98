// Elapsed whole months between two calendar dates, on the same convention as calendar-months.ts (Bộ luật Dân sự
// 2015, Điều 148: a month ends on the corresponding day, or on the last day of a shorter month). Used for "age
// counted in months" (procedures.md §9.1) and for periods checked on a given date (certificate validity, readmission
// gap, introducers' 12 months).
import { addMonths, type IsoDate } from './calendar-months';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whole months completed from `from` to `to`: the largest n with addMonths(from, n) ≤ to (0 when `to` is before
 * `from`). Born 2004-02-29: 216 months (18 years) are completed on 2022-02-28, since February 2022 has no 29th.
 */
export function completedMonths(from: IsoDate, to: IsoDate): number {
  if (!DATE_ONLY.test(from) || !DATE_ONLY.test(to)) throw new RangeError(`not a date: ${DATE_ONLY.test(from) ? to : from}`);
  if (to < from) return 0;
  const estimate = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + (Number(to.slice(5, 7)) - Number(from.slice(5, 7)));
  // The calendar difference is exact or one too many (when the day of `to` comes before the corresponding day).
  return addMonths(from, estimate) <= to ? estimate : estimate - 1;
}

/** Whole years and the months beyond them, e.g. 18 years 0 months; for messages. */
export function yearsAndMonths(months: number): { years: number; months: number } {
  return { years: Math.floor(months / 12), months: months % 12 };
}
