import Holidays from 'date-holidays';
import type { CalendarDay } from './calendar-day';
import { addCalendarDays } from './calendar-months';
import { dayOfWeek, toVietnamDate, viDate, type IsoDate, type Weekday } from './vietnam-time';

// The days off a year has under the Labour Code alone, for a year whose official schedule is not known:
// Bộ luật Lao động 2019, Điều 112(1) (the 11 paid holidays) and Điều 111(3) (a holiday on the weekly rest day
// gives the next working day off). Party and State offices rest on Saturday and Sunday. The Prime Minister fixes
// the Tết days and the second National Day each year (Điều 112(3)); until then the choices below are the
// Government's recent practice, and the year stays PROVISIONAL so that deadlines counted through it warn.

export const BASIS_HOLIDAYS = 'Bộ luật Lao động 2019, Điều 112(1)';
export const BASIS_COMPENSATORY = 'Bộ luật Lao động 2019, Điều 111(3)';

/**
 * The Tết days relative to mùng 1 when no decision fixes them: two days before and mùng 1–3. With Điều 111(3)
 * this gives exactly the working days off decided for every Tết from 2021 to 2026 (e.g. 2024: Thu 8 – Wed 14/2;
 * 2026: Mon 16 – Fri 20/2).
 */
const TET_OFFSETS = [-2, -1, 0, 1, 2] as const;

/**
 * Which day next to 2/9 is the second National Day holiday when no decision fixes it, by the weekday of 2/9
 * (0 = Sunday): the Government's choices 2021 (Thu → 3/9), 2022 (Fri → 1/9), 2023 (Sat → 1/9), 2024 (Mon → 3/9),
 * 2025 (Tue → 1/9), 2026 (Wed → 1/9). On a Sunday either side gives the same days off with Điều 111(3).
 */
const NATIONAL_DAY_SECOND: Record<Weekday, 1 | 3> = { 0: 3, 1: 3, 2: 1, 3: 1, 4: 3, 5: 1, 6: 1 };

const WEEKEND_NAME: Partial<Record<Weekday, string>> = { 6: 'Thứ Bảy', 0: 'Chủ nhật' };

const TET_RULE = 'vietnamese 1-0-1'; // mùng 1 tháng Giêng
const HUNG_KINGS_RULE = 'vietnamese 3-0-10'; // 10 tháng 3 âm lịch
let lunarLibrary: Holidays | undefined;

/** Mùng 1 Tết and Giỗ Tổ (10/3 âm lịch) of `year` as civil dates, computed by the holiday library (only these two rules loaded). */
function lunarDates(year: number): { tet: IsoDate; hungKings: IsoDate } {
  if (!lunarLibrary) {
    lunarLibrary = new Holidays({ timezone: 'Asia/Ho_Chi_Minh' });
    lunarLibrary.setHoliday(TET_RULE, 'Tết Nguyên đán');
    lunarLibrary.setHoliday(HUNG_KINGS_RULE, 'Giỗ Tổ Hùng Vương');
  }
  const found = lunarLibrary.getHolidays(year);
  const date = (rule: string): IsoDate => {
    const holiday = found.find((h) => h.rule === rule);
    if (!holiday) throw new Error(`the holiday library has no ${rule} in ${year}`);
    return toVietnamDate(holiday.start);
  };
  return { tet: date(TET_RULE), hungKings: date(HUNG_KINGS_RULE) };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 2021 || year > 2199) throw new RangeError(`year must be an integer 2021–2199, got ${year}`);
}

function law(date: IsoDate, name: string, confidence: 'STATED' | 'INFERRED', sourceRef: string): CalendarDay {
  return { date, kind: 'HOLIDAY', name, source: 'LAW', category: 'HOLIDAY', confidence, sourceRef };
}

/**
 * The paid holidays of Điều 112(1) in `year`, one entry per date, sorted. Dates the law fixes (1/1, 30/4, 1/5, 2/9,
 * Giỗ Tổ on 10/3 âm lịch) are STATED; the Tết days and the day next to 2/9, which the yearly decision fixes, are INFERRED.
 */
export function statutoryHolidays(year: number): CalendarDay[] {
  assertYear(year);
  const pad = (n: number) => String(n).padStart(2, '0');
  const on = (month: number, day: number): IsoDate => `${year}-${pad(month)}-${pad(day)}`;
  const { tet, hungKings } = lunarDates(year);
  const second = NATIONAL_DAY_SECOND[dayOfWeek(on(9, 2))];
  const days: CalendarDay[] = [
    law(on(1, 1), 'Tết Dương lịch', 'STATED', `${BASIS_HOLIDAYS}(a)`),
    ...TET_OFFSETS.map((offset) =>
      law(
        addCalendarDays(tet, offset),
        offset < 0 ? 'Tết Nguyên đán (trước Tết)' : `Tết Nguyên đán (mùng ${offset + 1})`,
        'INFERRED',
        `${BASIS_HOLIDAYS}(b), (3): 5 ngày do Thủ tướng quyết định; chưa có quyết định, tính 2 ngày trước và mùng 1–3 như các năm 2021–2026`,
      ),
    ),
    law(on(4, 30), 'Ngày Chiến thắng (30/4)', 'STATED', `${BASIS_HOLIDAYS}(c)`),
    law(on(5, 1), 'Ngày Quốc tế lao động (1/5)', 'STATED', `${BASIS_HOLIDAYS}(d)`),
    law(on(9, 2), 'Quốc khánh (2/9)', 'STATED', `${BASIS_HOLIDAYS}(đ)`),
    law(
      on(9, second),
      `Quốc khánh (ngày liền kề ${second}/9)`,
      'INFERRED',
      `${BASIS_HOLIDAYS}(đ), (3): ngày liền kề do Thủ tướng quyết định; chưa có quyết định, chọn như các năm 2021–2026`,
    ),
    law(hungKings, 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'STATED', `${BASIS_HOLIDAYS}(e)`),
  ];
  // The law has no rule for two holidays on one date; none does from 2021 to 2120 (law-calendar.spec.ts).
  const dates = new Set(days.map((d) => d.date));
  if (dates.size !== days.length) throw new Error(`two holidays fall on one date in ${year}: the law does not say what follows`);
  return days.sort(byDateAsc);
}

/**
 * Điều 111(3): each holiday on a Saturday or Sunday gives the next working day off — the next Monday–Friday that is
 * neither a holiday nor already given for another one (30/4 on Saturday and 1/5 on Sunday give Monday and Tuesday).
 * Holidays on a weekday give nothing; a weekend day that is not itself a holiday gives nothing.
 */
export function compensatoryDays(holidays: readonly CalendarDay[]): CalendarDay[] {
  const off = new Set(holidays.filter((h) => h.kind === 'HOLIDAY').map((h) => h.date));
  const given: CalendarDay[] = [];
  for (const holiday of [...holidays].filter((h) => h.kind === 'HOLIDAY').sort(byDateAsc)) {
    const weekend = WEEKEND_NAME[dayOfWeek(holiday.date)];
    if (!weekend) continue;
    let date = addCalendarDays(holiday.date, 1);
    while (off.has(date) || WEEKEND_NAME[dayOfWeek(date)] !== undefined) date = addCalendarDays(date, 1);
    off.add(date);
    given.push({
      date,
      kind: 'HOLIDAY',
      name: `Nghỉ bù ${holiday.name}, trùng ${weekend} ${viDate(holiday.date)}`,
      source: 'LAW',
      category: 'COMPENSATORY',
      confidence: 'INFERRED',
      sourceRef: BASIS_COMPENSATORY,
    });
  }
  return given;
}

/** A year's days off computed from the Labour Code alone: the holidays of Điều 112(1) and the days in lieu of Điều 111(3). */
export function lawCalendar(year: number): CalendarDay[] {
  const holidays = statutoryHolidays(year);
  return [...holidays, ...compensatoryDays(holidays)].sort(byDateAsc);
}

function byDateAsc(a: CalendarDay, b: CalendarDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}
