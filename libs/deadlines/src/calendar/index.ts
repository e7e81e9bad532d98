export type { CalendarDay, CalendarDayKind, CalendarDaySource } from './calendar-day';
export { addCalendarDays, addMonths, fullMonthsBetween } from './calendar-months';
export { seedVietnamHolidays } from './holiday-seed';
export {
  assertIsoDate,
  dayOfWeek,
  endOfVietnamDay,
  isIsoDate,
  toVietnamDate,
  VIETNAM_UTC_OFFSET_MS,
  type IsoDate,
  type Weekday,
} from './vietnam-time';
export {
  MAX_WORKING_DAYS,
  WorkingCalendar,
  type CountConvention,
  type SkippedDay,
  type WorkingDayCount,
} from './working-calendar';
