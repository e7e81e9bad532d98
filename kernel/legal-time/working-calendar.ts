import type { CalendarDay, CalendarYear, CalendarYearStatus } from './calendar-day';
import { assertIsoDate, dayOfWeek, isoFromEpochDay, isoToEpochDay, type IsoDate } from './vietnam-time';

/**
 * How the start day of a working-day period is treated.
 * NEXT_DAY: the start day is day 0 and counting begins the following day — the usual reading of
 *   "trong N ngày làm việc kể từ ngày …" (Bộ luật Dân sự 2015, Điều 147: the day of the event is not counted).
 * SAME_DAY: the start day is day 1 when it is a working day.
 */
export type CountConvention = 'NEXT_DAY' | 'SAME_DAY';

export interface SkippedDay {
  date: IsoDate;
  /** 'Thứ Bảy', 'Chủ nhật' or the holiday's name. */
  reason: string;
}

export interface WorkingDayCount {
  /** The n-th counted working day: the last day on which the act is still in time. */
  due: IsoDate;
  /** The n working days counted, in order; the last one is `due`. */
  counted: IsoDate[];
  /** The non-working days passed over before `due` (a non-working start day too under SAME_DAY). */
  skipped: SkippedDay[];
}

/** A year a count passes through whose days off are not an official schedule: computed from the law, or not in the calendar at all. */
export interface UnconfirmedYear {
  year: number;
  status: 'PROVISIONAL' | 'MISSING';
}

/** Largest n accepted by `addWorkingDays` (about 14 years of working days). */
export const MAX_WORKING_DAYS = 3660;

// Even a calendar an administrator filled with holidays cannot make the search run forever.
const MAX_SCAN_DAYS = 36_600;

/**
 * The Monday–Friday week with holiday and swapped-day exceptions, immutable and versioned so that
 * a deadline can record which calendar computed it. Entries for the same date: the later one wins.
 */
export class WorkingCalendar {
  private readonly byDate: ReadonlyMap<IsoDate, CalendarDay>;
  private readonly yearStatuses: ReadonlyMap<number, CalendarYearStatus> | undefined;

  /**
   * `years` says which years hold an official schedule (CONFIRMED) and which were computed from the law
   * (PROVISIONAL); a year not listed is MISSING. Without `years` the calendar makes no claim about any year.
   */
  constructor(
    entries: readonly CalendarDay[],
    readonly version: number,
    years?: readonly CalendarYear[],
  ) {
    if (!Number.isInteger(version)) throw new RangeError(`version must be an integer, got ${version}`);
    if (years) {
      const statuses = new Map<number, CalendarYearStatus>();
      for (const y of years) {
        if (!Number.isInteger(y.year)) throw new RangeError(`calendar year must be an integer, got ${y.year}`);
        if (y.status !== 'CONFIRMED' && y.status !== 'PROVISIONAL') {
          throw new RangeError(`calendar year ${y.year} has unknown status ${JSON.stringify(y.status)}`);
        }
        statuses.set(y.year, y.status);
      }
      this.yearStatuses = statuses;
    }
    const byDate = new Map<IsoDate, CalendarDay>();
    for (const entry of entries) {
      assertIsoDate(entry.date, 'calendar entry date');
      if (entry.kind !== 'HOLIDAY' && entry.kind !== 'WORKING_DAY') {
        throw new RangeError(`calendar entry ${entry.date} has unknown kind ${JSON.stringify(entry.kind)}`);
      }
      byDate.set(entry.date, { ...entry });
    }
    this.byDate = byDate;
  }

  /** The effective entries (one per date), sorted by date. */
  get entries(): readonly CalendarDay[] {
    return [...this.byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }

  /** The years this calendar knows, sorted; empty when it tracks none. */
  get years(): CalendarYear[] {
    return [...(this.yearStatuses ?? new Map<number, CalendarYearStatus>())].map(([year, status]) => ({ year, status })).sort((a, b) => a.year - b.year);
  }

  /** CONFIRMED, PROVISIONAL or MISSING; undefined when the calendar tracks no years. */
  yearStatus(year: number): CalendarYearStatus | 'MISSING' | undefined {
    if (!this.yearStatuses) return undefined;
    return this.yearStatuses.get(year) ?? 'MISSING';
  }

  /** The years from `from` to `until` (both included) whose days off are not confirmed; empty when the calendar tracks no years. */
  unconfirmedYears(from: IsoDate, until: IsoDate): UnconfirmedYear[] {
    assertIsoDate(from, 'from');
    assertIsoDate(until, 'until');
    const found: UnconfirmedYear[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(until.slice(0, 4)); year++) {
      const status = this.yearStatus(year);
      if (status === 'PROVISIONAL' || status === 'MISSING') found.push({ year, status });
    }
    return found;
  }

  /**
   * In Vietnamese, one warning per year from `from` to `until` whose days off are not an official schedule: a due
   * counted through such a year may move when the Government's schedule is loaded.
   */
  warningsBetween(from: IsoDate, until: IsoDate): string[] {
    return this.unconfirmedYears(from, until).map(({ year, status }) =>
      status === 'PROVISIONAL'
        ? `Năm ${year} chưa có lịch nghỉ lễ, Tết chính thức được xác nhận: ngày nghỉ năm ${year} đang tính theo Bộ luật Lao động 2019 (Điều 111, 112), hạn này có thể thay đổi khi có lịch nghỉ chính thức.`
        : `Năm ${year} chưa có trong lịch ngày nghỉ: chỉ thứ Bảy, Chủ nhật được trừ, hạn này có thể thay đổi khi lịch năm ${year} được nạp.`,
    );
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.nonWorkingReason(date) === undefined;
  }

  /** Why `date` is not a working day, in Vietnamese; undefined on a working day. A holiday on a weekend gives the holiday's name. */
  nonWorkingReason(date: IsoDate): string | undefined {
    const weekday = dayOfWeek(date); // validates date
    const entry = this.byDate.get(date);
    if (entry?.kind === 'HOLIDAY') return entry.name;
    if (entry?.kind === 'WORKING_DAY') return undefined;
    if (weekday === 6) return 'Thứ Bảy';
    if (weekday === 0) return 'Chủ nhật';
    return undefined;
  }

  /**
   * The due date of a period of `n` working days starting at `start` (see CountConvention).
   * Throws RangeError unless n is an integer 1…MAX_WORKING_DAYS and start a real date.
   */
  addWorkingDays(start: IsoDate, n: number, convention: CountConvention): WorkingDayCount {
    assertIsoDate(start, 'start');
    if (!Number.isInteger(n) || n < 1 || n > MAX_WORKING_DAYS) {
      throw new RangeError(`n must be an integer from 1 to ${MAX_WORKING_DAYS}, got ${n}`);
    }
    if (convention !== 'NEXT_DAY' && convention !== 'SAME_DAY') {
      throw new RangeError(`unknown convention ${JSON.stringify(convention)}`);
    }
    const first = isoToEpochDay(start) + (convention === 'NEXT_DAY' ? 1 : 0);
    const counted: IsoDate[] = [];
    const skipped: SkippedDay[] = [];
    for (let epochDay = first; counted.length < n; epochDay++) {
      if (epochDay - first >= MAX_SCAN_DAYS) {
        throw new RangeError(`no ${n} working days within ${MAX_SCAN_DAYS} days after ${start}`);
      }
      const date = isoFromEpochDay(epochDay);
      const reason = this.nonWorkingReason(date);
      if (reason === undefined) counted.push(date);
      else skipped.push({ date, reason });
    }
    return { due: counted[counted.length - 1], counted, skipped };
  }

  /**
   * The number of working days d with afterDate < d ≤ untilDate (0 when untilDate ≤ afterDate):
   * on a paused deadline, workingDaysBetween(pausedOn, due) is what remains to be counted on resumption.
   */
  workingDaysBetween(afterDate: IsoDate, untilDate: IsoDate): number {
    assertIsoDate(afterDate, 'afterDate');
    assertIsoDate(untilDate, 'untilDate');
    const from = isoToEpochDay(afterDate);
    const until = isoToEpochDay(untilDate);
    let count = 0;
    for (let epochDay = from + 1; epochDay <= until; epochDay++) {
      if (this.isWorkingDay(isoFromEpochDay(epochDay))) count++;
    }
    return count;
  }

  /** A new calendar with `extra` laid over these entries (an extra entry replaces one for the same date); the years are kept. */
  withEntries(extra: readonly CalendarDay[], version: number): WorkingCalendar {
    return new WorkingCalendar([...this.byDate.values(), ...extra], version, this.yearStatuses ? this.years : undefined);
  }
}
