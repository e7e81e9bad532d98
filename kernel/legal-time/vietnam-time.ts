import { civilFromEpochDay, daysInMonth, epochDayFromCivil, MS_PER_DAY } from './epoch-day';

/** A Vietnam civil date, 'YYYY-MM-DD' (years 0001–9999). */
export type IsoDate = string;

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getUTCDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** Vietnam is UTC+7 all year: no daylight saving since 1975. */
export const VIETNAM_UTC_OFFSET_MS = 7 * 3_600_000;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True only for a real calendar date written 'YYYY-MM-DD' ('2026-02-30' and '2026-2-3' are false). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws a RangeError naming `what` unless `s` is a real 'YYYY-MM-DD' date. */
export function assertIsoDate(s: unknown, what = 'date'): asserts s is IsoDate {
  if (!isIsoDate(s)) throw new RangeError(`${what} must be a real calendar date 'YYYY-MM-DD', got ${JSON.stringify(s)}`);
}

/** Days since 1970-01-01 of a validated date (internal: not re-exported from index.ts). */
export function isoToEpochDay(date: IsoDate): number {
  assertIsoDate(date);
  return epochDayFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The date `epochDay` days after 1970-01-01 (internal: not re-exported from index.ts). */
export function isoFromEpochDay(epochDay: number): IsoDate {
  const { year, month, day } = civilFromEpochDay(epochDay);
  if (year < 1 || year > 9999) throw new RangeError(`date out of range (year ${year})`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Day of the week of a civil date, 0 = Sunday … 6 = Saturday; never uses the machine's time zone. */
export function dayOfWeek(date: IsoDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((isoToEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** The Vietnam civil date (UTC+7) of an instant: 2026-11-20T18:30:00Z → '2026-11-21'. */
export function toVietnamDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('instant must be a valid Date');
  return isoFromEpochDay(Math.floor((ms + VIETNAM_UTC_OFFSET_MS) / MS_PER_DAY));
}

/** The last millisecond of `date` in Vietnam: endOfVietnamDay('2026-11-21') = 2026-11-21T16:59:59.999Z. */
export function endOfVietnamDay(date: IsoDate): Date {
  return new Date((isoToEpochDay(date) + 1) * MS_PER_DAY - VIETNAM_UTC_OFFSET_MS - 1);
}

/** The Vietnam civil date of an ISO 8601 date (kept as is) or instant (read at UTC+7), as machines receive them. */
export function vietnamDate(iso: string): IsoDate {
  if (ISO_DATE.test(iso)) return iso;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 date or instant: ${iso}`);
  return toVietnamDate(new Date(ms));
}

/** Vietnamese display of a date: 2026-03-05 → 05/03/2026. */
export function viDate(date: IsoDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
