import { addCalendarDays, endOfVietnamDay, isIsoDate, vietnamDate, type IsoDate } from '@hoso/kernel/legal-time';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/** A reporting period of whole Vietnamese civil days: [from, to) as dates, and the instants that bound it. */
export interface VietnamPeriod {
  from: IsoDate;
  to: IsoDate;
  /** 00:00 in Vietnam on `from` (17:00Z the day before). */
  startsAt: Date;
  /** 00:00 in Vietnam on `to`: the first instant not counted. */
  endsBefore: Date;
}

/** 00:00 in Vietnam of a civil date: one millisecond after the end of the day before. */
export function startOfVietnamDay(date: IsoDate): Date {
  return new Date(endOfVietnamDay(addCalendarDays(date, -1)).getTime() + 1);
}

const invalid = (field: 'from' | 'to', constraint: string, message: string) =>
  new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field, constraint, message }] });

/**
 * The period of a statistics query. Each boundary is a Vietnamese civil date; an instant stands for its date in
 * Vietnam, so a quarter never starts at UTC midnight (07:00 in Vietnam) and loses its first morning to the quarter before.
 */
export function vietnamPeriod(q: { from: string; to: string }): VietnamPeriod {
  const day = (field: 'from' | 'to'): { date: IsoDate; start: Date } => {
    try {
      const date = vietnamDate(q[field]);
      // The kernel throws a RangeError outside years 0001–9999 (also for the day before 0001-01-01).
      if (isIsoDate(date)) return { date, start: startOfVietnamDay(date) };
    } catch (e) {
      if (!(e instanceof RangeError)) throw e;
    }
    throw invalid(field, 'isIso8601', 'phải là một ngày có thật (YYYY-MM-DD) từ năm 0001 đến 9999');
  };
  const from = day('from');
  const to = day('to');
  if (to.date <= from.date) throw invalid('to', 'min', 'phải sau ngày bắt đầu (from)');
  return { from: from.date, to: to.date, startsAt: from.start, endsBefore: to.start };
}
