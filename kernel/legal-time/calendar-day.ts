import type { IsoDate } from './vietnam-time';

/** HOLIDAY makes a day non-working; WORKING_DAY makes a Saturday or Sunday working (a swapped day). */
export type CalendarDayKind = 'HOLIDAY' | 'WORKING_DAY';

/**
 * Where an entry comes from: the holiday library (rows seeded before the law was computed), the Labour Code
 * computed for a year without an official schedule, the Government's yearly schedule, or an administrator.
 */
export type CalendarDaySource = 'LIBRARY' | 'LAW' | 'OFFICIAL_SCHEDULE' | 'ADMIN';

/**
 * Why the day differs from the weekly rule:
 * HOLIDAY — one of the paid holidays of Bộ luật Lao động 2019, Điều 112(1) (Tết days included, even on a weekend);
 * COMPENSATORY — the working day off because a holiday fell on the weekly rest day (Điều 111(3));
 * SWAPPED_DAY_OFF — a working day given off in exchange for a Saturday (the yearly schedule);
 * SWAPPED_WORKDAY — that Saturday (or Sunday), made a working day.
 */
export type CalendarDayCategory = 'HOLIDAY' | 'COMPENSATORY' | 'SWAPPED_DAY_OFF' | 'SWAPPED_WORKDAY';

/** How sure we are of an entry, as for rules (changes-2026.md): read in a source, reasoned, weak source, or an administrator's edit. */
export type CalendarConfidence = 'STATED' | 'INFERRED' | 'UNVERIFIED' | 'OVERRIDE';

/**
 * One exception to the Monday–Friday working week. The official schedule may move a Saturday to a
 * working day to compensate extra days off, and adds days the law leaves to the yearly decision.
 */
export interface CalendarDay {
  date: IsoDate;
  kind: CalendarDayKind;
  /** Vietnamese name shown to users, e.g. 'Tết Nguyên đán (mùng 1)' or 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026'. */
  name: string;
  source: CalendarDaySource;
  category?: CalendarDayCategory;
  confidence?: CalendarConfidence;
  /** The legal basis or notice the entry comes from. */
  sourceRef?: string | null;
}

/**
 * Whether a year's days off are the Government's official schedule (CONFIRMED) or computed from the Labour Code
 * while no schedule is known (PROVISIONAL): a deadline counted through a provisional year may still move.
 */
export type CalendarYearStatus = 'CONFIRMED' | 'PROVISIONAL';

export interface CalendarYear {
  year: number;
  status: CalendarYearStatus;
}
