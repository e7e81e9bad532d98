export type {
  CalendarConfidence,
  CalendarDay,
  CalendarDayCategory,
  CalendarDayKind,
  CalendarDaySource,
  CalendarYear,
  CalendarYearStatus,
} from './calendar-day';
export { addCalendarDays, addMonths, completedMonths, fullMonthsBetween, yearsAndMonths } from './calendar-months';
export { seedVietnamHolidays } from './holiday-seed';
export { BASIS_COMPENSATORY, BASIS_HOLIDAYS, compensatoryDays, lawCalendar, statutoryHolidays } from './law-calendar';
export {
  assertIsoDate,
  dayOfWeek,
  endOfVietnamDay,
  isIsoDate,
  toVietnamDate,
  vietnamDate,
  viDate,
  VIETNAM_UTC_OFFSET_MS,
  type IsoDate,
  type Weekday,
} from './vietnam-time';
export {
  MAX_WORKING_DAYS,
  WorkingCalendar,
  type CountConvention,
  type SkippedDay,
  type UnconfirmedYear,
  type WorkingDayCount,
} from './working-calendar';
export { officeMorning, planFirings, workingDaysBefore, type PlannedFiring, type ReminderKind } from './reminder-policy';
