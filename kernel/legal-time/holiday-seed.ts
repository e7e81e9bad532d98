import Holidays from 'date-holidays';
import type { CalendarDay } from './calendar-day';
import { isoFromEpochDay, isoToEpochDay, toVietnamDate, type IsoDate } from './vietnam-time';

/**
 * The public holidays of `year` according to the `date-holidays` library (lunar dates included),
 * one HOLIDAY entry per date, sorted, with the library's Vietnamese names and source 'LIBRARY'.
 *
 * The library knows the statutory days only: it adds neither the Government's yearly extra days
 * and swapped Saturdays nor days in lieu of a holiday on a weekend, and it gives 2/9 as one day.
 * The calendar is no longer seeded from it: `lawCalendar` (law-calendar.ts) computes the Labour
 * Code's days and the official schedules come from the migrations. Kept as the library's view.
 */
export function seedVietnamHolidays(year: number): CalendarDay[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`year must be an integer 1–9999, got ${year}`);
  }
  const library = new Holidays('VN', { languages: 'vi', timezone: 'Asia/Ho_Chi_Minh' });
  // date → [entry, is it the holiday's own first day?]
  const byDate = new Map<IsoDate, { day: CalendarDay; ownDay: boolean }>();
  for (const holiday of library.getHolidays(year, 'vi')) {
    if (holiday.type !== 'public') continue;
    // start/end are instants at Vietnam midnight, end exclusive: read them as Vietnam civil dates.
    const first = isoToEpochDay(toVietnamDate(holiday.start));
    const end = Math.max(isoToEpochDay(toVietnamDate(holiday.end)), first + 1);
    for (let epochDay = first; epochDay < end; epochDay++) {
      const date = isoFromEpochDay(epochDay);
      const ownDay = epochDay === first;
      const existing = byDate.get(date);
      // The library spans Tết with 'Giao thừa Tết Nguyên Đán' and also lists mùng 1 as 'Tết Nguyên Đán':
      // a holiday's own day keeps its name over another holiday's continuation day.
      if (existing && (existing.ownDay || !ownDay)) continue;
      byDate.set(date, { day: { date, kind: 'HOLIDAY', name: holiday.name, source: 'LIBRARY' }, ownDay });
    }
  }
  return [...byDate.values()].map((e) => e.day).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
