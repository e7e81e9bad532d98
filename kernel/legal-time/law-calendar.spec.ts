import type { CalendarDay } from './calendar-day';
import { seedVietnamHolidays } from './holiday-seed';
import { compensatoryDays, lawCalendar, statutoryHolidays } from './law-calendar';
import { dayOfWeek } from './vietnam-time';
import { WorkingCalendar } from './working-calendar';

// Bộ luật Lao động 2019: Điều 112(1) (the 11 paid holidays) and Điều 111(3) (a holiday on Saturday or Sunday gives
// the next working day off). Expected dates were worked out by hand from wall calendars; the decisions quoted as
// "official" are the Government's schedules for civil servants (sources in migrations/1795301850000-OfficialCalendars.ts).
const SAT = 'Thứ Bảy';
const SUN = 'Chủ nhật';
const GIO_TO = 'Giỗ Tổ Hùng Vương (10/3 âm lịch)';

const pick = (days: CalendarDay[], month: string) => days.filter((d) => d.date.slice(5, 7) === month);
const weekdaysOff = (days: CalendarDay[]) => days.filter((d) => d.kind === 'HOLIDAY' && dayOfWeek(d.date) % 6 !== 0).map((d) => d.date);

describe('statutoryHolidays (Điều 112(1))', () => {
  it('gives the 11 holidays of 2026: 1/1, five Tết days, Giỗ Tổ, 30/4, 1/5, 2/9 and its neighbour', () => {
    expect(statutoryHolidays(2026).map((d) => [d.date, d.name, d.confidence])).toEqual([
      ['2026-01-01', 'Tết Dương lịch', 'STATED'],
      ['2026-02-15', 'Tết Nguyên đán (trước Tết)', 'INFERRED'],
      ['2026-02-16', 'Tết Nguyên đán (trước Tết)', 'INFERRED'],
      ['2026-02-17', 'Tết Nguyên đán (mùng 1)', 'INFERRED'], // mùng 1 Tết Bính Ngọ
      ['2026-02-18', 'Tết Nguyên đán (mùng 2)', 'INFERRED'],
      ['2026-02-19', 'Tết Nguyên đán (mùng 3)', 'INFERRED'],
      ['2026-04-26', GIO_TO, 'STATED'],
      ['2026-04-30', 'Ngày Chiến thắng (30/4)', 'STATED'],
      ['2026-05-01', 'Ngày Quốc tế lao động (1/5)', 'STATED'],
      ['2026-09-01', 'Quốc khánh (ngày liền kề 1/9)', 'INFERRED'], // 2/9 is a Wednesday: 1/9, as decided for 2026
      ['2026-09-02', 'Quốc khánh (2/9)', 'STATED'],
    ]);
    expect(statutoryHolidays(2026).every((d) => d.kind === 'HOLIDAY' && d.category === 'HOLIDAY' && d.source === 'LAW' && d.sourceRef?.includes('Điều 112(1)'))).toBe(true);
  });

  it('has eleven distinct dates every year from 2021 to 2120 (no two holidays share a day)', () => {
    for (let year = 2021; year <= 2120; year++) {
      const days = statutoryHolidays(year);
      expect(new Set(days.map((d) => d.date)).size).toBe(11);
      expect(days.every((d) => d.date.startsWith(`${year}-`))).toBe(true);
    }
  });

  it.each([2025.5, 2020, 2200, Number.NaN])('refuses the year %p (the 2019 Code applies from 2021)', (year) => {
    expect(() => statutoryHolidays(year)).toThrow(RangeError);
    expect(() => lawCalendar(year)).toThrow(RangeError);
  });
});

describe('compensatoryDays (Điều 111(3))', () => {
  it('gives Monday 27/4/2026 for Giỗ Tổ on Sunday 26/4, and nothing for holidays on weekdays', () => {
    const inLieu = compensatoryDays(statutoryHolidays(2026));
    expect(inLieu.map((d) => [d.date, d.category, d.source])).toEqual([
      ['2026-02-20', 'COMPENSATORY', 'LAW'], // the Tết day on Sunday 15/2
      ['2026-04-27', 'COMPENSATORY', 'LAW'],
    ]);
    expect(inLieu[1].name).toBe(`Nghỉ bù ${GIO_TO}, trùng Chủ nhật 26/04/2026`);
    expect(inLieu[1].sourceRef).toBe('Bộ luật Lao động 2019, Điều 111(3)');
  });

  it('gives Monday 3/1/2028 for 1/1/2028 on a Saturday', () => {
    expect(pick(lawCalendar(2028), '01').filter((d) => d.category === 'COMPENSATORY').map((d) => d.date)).toEqual(['2028-01-03']);
  });

  it('passes over a holiday: 30/4/2028 on Sunday gives Tuesday 2/5, Monday being 1/5', () => {
    expect(pick(lawCalendar(2028), '05').map((d) => [d.date, d.category])).toEqual([
      ['2028-05-01', 'HOLIDAY'],
      ['2028-05-02', 'COMPENSATORY'],
    ]);
  });

  it('gives two days for two weekend holidays, one each: 30/4 Saturday and 1/5 Sunday 2022 → Monday 2/5 and Tuesday 3/5', () => {
    expect(compensatoryDays(statutoryHolidays(2022)).filter((d) => d.date.startsWith('2022-05')).map((d) => d.date)).toEqual(['2022-05-02', '2022-05-03']);
  });

  it('gives nothing for a weekend day that is not itself a holiday, nor for a working-day entry', () => {
    const notHolidays: CalendarDay[] = [
      { date: '2026-02-14', kind: 'WORKING_DAY', name: 'Làm bù', source: 'OFFICIAL_SCHEDULE' },
      { date: '2026-02-13', kind: 'HOLIDAY', name: 'Thứ Sáu', source: 'ADMIN' },
    ];
    expect(compensatoryDays(notHolidays)).toEqual([]);
  });

  it('counts each weekend Tết day once: every Tết 2021–2027 gives exactly five working days off', () => {
    for (let year = 2021; year <= 2027; year++) {
      const tet = lawCalendar(year).filter((d) => d.name.includes('Tết Nguyên đán'));
      expect(weekdaysOff(tet)).toHaveLength(5);
      // One day in lieu per Tết day on a weekend, no more.
      const onWeekend = tet.filter((d) => d.category === 'HOLIDAY' && dayOfWeek(d.date) % 6 === 0).length;
      expect(tet.filter((d) => d.category === 'COMPENSATORY')).toHaveLength(onWeekend);
    }
  });
});

describe('lawCalendar against the schedules the Government decided', () => {
  it.each([
    [2021, ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16']], // nghỉ 10/2–16/2/2021
    [2022, ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04']], // nghỉ 29/1–6/2/2022
    [2023, ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26']], // nghỉ 20/1–26/1/2023
    [2024, ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14']], // nghỉ 8/2–14/2/2024
    [2025, ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31']], // nghỉ 25/1–2/2/2025
    [2026, ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']], // nghỉ 14/2–22/2/2026
  ])('Tết %i: the same working days off', (year, official) => {
    expect(weekdaysOff(lawCalendar(year).filter((d) => d.name.includes('Tết Nguyên đán')))).toEqual(official);
  });

  it.each([
    [2021, ['2021-09-02', '2021-09-03']], // Thu, Fri
    [2022, ['2022-09-01', '2022-09-02']], // Thu, Fri
    [2023, ['2023-09-01', '2023-09-04']], // Fri; 2/9 Saturday → Monday 4/9 in lieu
    [2024, ['2024-09-02', '2024-09-03']], // Mon, Tue
    [2025, ['2025-09-01', '2025-09-02']], // Mon, Tue
    [2026, ['2026-09-01', '2026-09-02']], // Tue, Wed (the swapped Monday 31/8 is the schedule's, not the law's)
  ])('Quốc khánh %i: the same working days off', (year, official) => {
    expect(weekdaysOff(pick(lawCalendar(year), '09'))).toEqual(official);
  });

  it('differs from the holiday library where the library is wrong: in lieu days, the second National Day, Tết 2027', () => {
    const law = new Set(lawCalendar(2027).map((d) => d.date));
    const library = new Set(seedVietnamHolidays(2027).map((d) => d.date));
    expect([...law].filter((d) => !library.has(d)).sort()).toEqual(['2027-02-04', '2027-02-10', '2027-05-03', '2027-09-03']);
  });
});

describe('working days across the computed holidays: the day before, on and after', () => {
  const calendar = new WorkingCalendar([...lawCalendar(2026), ...lawCalendar(2027), ...lawCalendar(2028)], 1);
  const library = new WorkingCalendar([...seedVietnamHolidays(2026), ...seedVietnamHolidays(2027), ...seedVietnamHolidays(2028)], 1);

  it.each([
    ['2026-04-24', undefined], // Friday
    ['2026-04-25', SAT],
    ['2026-04-26', GIO_TO],
    ['2026-04-27', `Nghỉ bù ${GIO_TO}, trùng Chủ nhật 26/04/2026`],
    ['2026-04-28', undefined], // Tuesday
  ])('Giỗ Tổ 2026: %s → %p', (date, reason) => {
    expect(calendar.nonWorkingReason(date)).toBe(reason);
  });

  it('one working day after Friday 24/4/2026 is Tuesday 28/4, not Monday 27/4 (the library’s answer, a day early)', () => {
    expect(calendar.addWorkingDays('2026-04-23', 1, 'NEXT_DAY').due).toBe('2026-04-24');
    expect(calendar.addWorkingDays('2026-04-24', 1, 'NEXT_DAY')).toEqual({
      due: '2026-04-28',
      counted: ['2026-04-28'],
      skipped: [
        { date: '2026-04-25', reason: SAT },
        { date: '2026-04-26', reason: GIO_TO },
        { date: '2026-04-27', reason: `Nghỉ bù ${GIO_TO}, trùng Chủ nhật 26/04/2026` },
      ],
    });
    expect(calendar.addWorkingDays('2026-04-27', 1, 'NEXT_DAY').due).toBe('2026-04-28');
    expect(calendar.addWorkingDays('2026-04-28', 1, 'NEXT_DAY').due).toBe('2026-04-29');
    expect(library.addWorkingDays('2026-04-24', 1, 'NEXT_DAY').due).toBe('2026-04-27');
  });

  it('1/1/2028 on a Saturday: from Friday 31/12/2027 the next working day is Tuesday 4/1/2028', () => {
    expect(calendar.addWorkingDays('2027-12-30', 1, 'NEXT_DAY').due).toBe('2027-12-31');
    expect(calendar.addWorkingDays('2027-12-31', 1, 'NEXT_DAY').due).toBe('2028-01-04');
    expect(calendar.addWorkingDays('2028-01-03', 1, 'NEXT_DAY').due).toBe('2028-01-04');
    expect(calendar.isWorkingDay('2028-01-03')).toBe(false);
    expect(library.addWorkingDays('2027-12-31', 1, 'NEXT_DAY').due).toBe('2028-01-03');
  });

  it('2/9/2027 (Thursday) and its neighbour 3/9: from Wednesday 1/9 the next working day is Monday 6/9', () => {
    expect(calendar.addWorkingDays('2027-08-31', 1, 'NEXT_DAY').due).toBe('2027-09-01');
    expect(calendar.addWorkingDays('2027-09-01', 1, 'NEXT_DAY').due).toBe('2027-09-06');
    expect(calendar.addWorkingDays('2027-09-02', 1, 'SAME_DAY').due).toBe('2027-09-06');
    expect(library.addWorkingDays('2027-09-01', 1, 'NEXT_DAY').due).toBe('2027-09-03');
  });

  it('Tết 2026 (nghỉ 14/2–22/2): 10 working days from Wednesday 11/2 end on Wednesday 4/3', () => {
    const count = calendar.addWorkingDays('2026-02-11', 10, 'NEXT_DAY');
    expect(count.due).toBe('2026-03-04');
    expect(count.counted.slice(0, 3)).toEqual(['2026-02-12', '2026-02-13', '2026-02-23']);
    expect(count.skipped.map((s) => s.date).filter((d) => d >= '2026-02-14' && d <= '2026-02-22')).toEqual([
      '2026-02-14', '2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22',
    ]);
    // The day before the break counts, the day after it is the first counted again.
    expect(calendar.addWorkingDays('2026-02-12', 1, 'NEXT_DAY').due).toBe('2026-02-13');
    expect(calendar.addWorkingDays('2026-02-13', 1, 'NEXT_DAY').due).toBe('2026-02-23');
  });

  it('a swapped working Saturday counts: Saturday 22/8/2026 works, Monday 31/8 is off (the 2026 schedule on the law)', () => {
    const schedule = calendar.withEntries(
      [
        { date: '2026-08-22', kind: 'WORKING_DAY', name: 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026', source: 'OFFICIAL_SCHEDULE', category: 'SWAPPED_WORKDAY' },
        { date: '2026-08-31', kind: 'HOLIDAY', name: 'Nghỉ hoán đổi, làm bù thứ Bảy 22/08/2026', source: 'OFFICIAL_SCHEDULE', category: 'SWAPPED_DAY_OFF' },
      ],
      2,
    );
    expect(schedule.addWorkingDays('2026-08-21', 1, 'NEXT_DAY')).toEqual({ due: '2026-08-22', counted: ['2026-08-22'], skipped: [] });
    expect(schedule.addWorkingDays('2026-08-22', 1, 'NEXT_DAY').due).toBe('2026-08-24'); // Sunday 23 stays off
    expect(schedule.addWorkingDays('2026-08-22', 1, 'SAME_DAY').due).toBe('2026-08-22');
    // From Friday 28/8: Sat 29, Sun 30, Mon 31 (swapped), Tue 1/9, Wed 2/9 off → Thursday 3/9.
    expect(schedule.addWorkingDays('2026-08-28', 1, 'NEXT_DAY').due).toBe('2026-09-03');
    expect(calendar.addWorkingDays('2026-08-21', 1, 'NEXT_DAY').due).toBe('2026-08-24');
    expect(calendar.addWorkingDays('2026-08-28', 1, 'NEXT_DAY').due).toBe('2026-08-31');
  });
});
