import type { IsoDate } from './vietnam-time';

/** HOLIDAY makes a day non-working; WORKING_DAY makes a Saturday or Sunday working (a swapped day). */
export type CalendarDayKind = 'HOLIDAY' | 'WORKING_DAY';

/** Where an entry comes from: the holiday library, the Government's yearly schedule, or an administrator. */
export type CalendarDaySource = 'LIBRARY' | 'OFFICIAL_SCHEDULE' | 'ADMIN';

/**
 * One exception to the Monday–Friday working week. The official schedule may move a Saturday to a
 * working day to compensate extra Tết days, and adds days the holiday library does not know.
 */
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  /** Vietnamese name shown to users, e.g. 'Tết Nguyên Đán' or 'Làm bù cho ngày 20/02'. */
  name: string;
  source: CalendarDaySource;
}
