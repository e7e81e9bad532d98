import type { CalendarDay } from './calendar-day';
import { seedVietnamHolidays } from './holiday-seed';
import { MAX_WORKING_DAYS, WorkingCalendar, type CountConvention } from './working-calendar';

// Expected dates below were worked out by hand from a 2026 wall calendar (1 January is a Thursday)
// and the library's 2026 holidays pinned in holiday-seed.spec.ts.
const TET_SPAN = 'Giao thừa Tết Nguyên Đán';
const SAT = 'Thứ Bảy';
const SUN = 'Chủ nhật';

const calendar = new WorkingCalendar([...seedVietnamHolidays(2025), ...seedVietnamHolidays(2026), ...seedVietnamHolidays(2027)], 1);

function official(date: string, kind: CalendarDay['kind'], name: string): CalendarDay {
  return { date, kind, name, source: 'OFFICIAL_SCHEDULE' };
}

describe('WorkingCalendar.nonWorkingReason', () => {
  it.each([
    ['2026-03-13', undefined], // Friday
    ['2026-03-14', SAT],
    ['2026-03-15', SUN],
    ['2026-03-16', undefined], // Monday
    ['2026-02-17', 'Tết Nguyên Đán'],
    ['2026-02-19', TET_SPAN],
    ['2026-04-26', 'Giỗ tổ Hùng Vương'], // a Sunday: the holiday's name wins
    ['2026-04-27', undefined], // no day in lieu from the library
    ['2026-09-02', 'Quốc khánh'],
    ['2026-09-03', undefined], // the second day of Quốc khánh is not in the library
  ])('%s → %p', (date, reason) => {
    expect(calendar.nonWorkingReason(date)).toBe(reason);
    expect(calendar.isWorkingDay(date)).toBe(reason === undefined);
  });
});

describe('WorkingCalendar.addWorkingDays', () => {
  it('runs a 10-working-day deadline across Tết 2026', () => {
    // Start Wed 11/2: Thu 12, Fri 13, [Sat 14, Sun 15, Tết Mon 16 – Fri 20, Sat 21, Sun 22],
    // Mon 23 … Fri 27, [Sat 28, Sun 1/3], Mon 2, Tue 3, Wed 4 March.
    expect(calendar.addWorkingDays('2026-02-11', 10, 'NEXT_DAY')).toEqual({
      due: '2026-03-04',
      counted: [
        '2026-02-12', '2026-02-13', '2026-02-23', '2026-02-24', '2026-02-25',
        '2026-02-26', '2026-02-27', '2026-03-02', '2026-03-03', '2026-03-04',
      ],
      skipped: [
        { date: '2026-02-14', reason: SAT },
        { date: '2026-02-15', reason: SUN },
        { date: '2026-02-16', reason: TET_SPAN },
        { date: '2026-02-17', reason: 'Tết Nguyên Đán' },
        { date: '2026-02-18', reason: TET_SPAN },
        { date: '2026-02-19', reason: TET_SPAN },
        { date: '2026-02-20', reason: TET_SPAN },
        { date: '2026-02-21', reason: SAT },
        { date: '2026-02-22', reason: SUN },
        { date: '2026-02-28', reason: SAT },
        { date: '2026-03-01', reason: SUN },
      ],
    });
    // Counting the start day itself ends one working day earlier.
    expect(calendar.addWorkingDays('2026-02-11', 10, 'SAME_DAY').due).toBe('2026-03-03');
  });

  it('counts from Monday when the start is a Saturday, under either convention', () => {
    // Sat 7/3/2026
    expect(calendar.addWorkingDays('2026-03-07', 1, 'NEXT_DAY')).toEqual({
      due: '2026-03-09',
      counted: ['2026-03-09'],
      skipped: [{ date: '2026-03-08', reason: SUN }],
    });
    expect(calendar.addWorkingDays('2026-03-07', 1, 'SAME_DAY')).toEqual({
      due: '2026-03-09',
      counted: ['2026-03-09'],
      skipped: [
        { date: '2026-03-07', reason: SAT },
        { date: '2026-03-08', reason: SUN },
      ],
    });
    expect(calendar.addWorkingDays('2026-03-07', 5, 'NEXT_DAY').due).toBe('2026-03-13');
    expect(calendar.addWorkingDays('2026-03-07', 5, 'SAME_DAY').due).toBe('2026-03-13');
  });

  it('counts from the next working day when the start is a holiday', () => {
    // Thu 30/4 and Fri 1/5 are holidays, then the weekend: Mon 4/5 is day 1.
    expect(calendar.addWorkingDays('2026-04-30', 1, 'NEXT_DAY').due).toBe('2026-05-04');
    expect(calendar.addWorkingDays('2026-04-30', 1, 'SAME_DAY')).toEqual({
      due: '2026-05-04',
      counted: ['2026-05-04'],
      skipped: [
        { date: '2026-04-30', reason: 'Ngày Giải phóng miền Nam' },
        { date: '2026-05-01', reason: 'Quốc tế Lao động' },
        { date: '2026-05-02', reason: SAT },
        { date: '2026-05-03', reason: SUN },
      ],
    });
  });

  // Mon 9/3/2026, a normal week: no holiday until 26/4.
  it.each<[number, CountConvention, string]>([
    [1, 'NEXT_DAY', '2026-03-10'],
    [1, 'SAME_DAY', '2026-03-09'],
    [5, 'NEXT_DAY', '2026-03-16'],
    [5, 'SAME_DAY', '2026-03-13'],
    [7, 'NEXT_DAY', '2026-03-18'], // A.OFFICE_PROPOSE
    [7, 'SAME_DAY', '2026-03-17'],
    [10, 'NEXT_DAY', '2026-03-23'], // A.PRESS_EXPLAIN, A.BTV_DIRECT
    [10, 'SAME_DAY', '2026-03-20'],
  ])('%i working days from Monday 2026-03-09, %s → %s', (n, convention, due) => {
    expect(calendar.addWorkingDays('2026-03-09', n, convention).due).toBe(due);
  });

  it('chains the 1374 press path 10 / 7 / 10 from a Monday publication', () => {
    const explain = calendar.addWorkingDays('2026-03-09', 10, 'NEXT_DAY'); // Mon 9/3 → Mon 23/3
    const propose = calendar.addWorkingDays(explain.due, 7, 'NEXT_DAY'); // → Wed 1/4
    const direct = calendar.addWorkingDays(propose.due, 10, 'NEXT_DAY'); // → Wed 15/4
    expect([explain.due, propose.due, direct.due]).toEqual(['2026-03-23', '2026-04-01', '2026-04-15']);
  });

  it('skips Giỗ tổ on a Sunday by name and the 30/4–1/5 bridge', () => {
    // Fri 24/4: Mon 27, Tue 28, Wed 29, [30/4, 1/5, Sat 2, Sun 3], Mon 4 … Fri 8, [Sat 9, Sun 10], Mon 11, Tue 12.
    const result = calendar.addWorkingDays('2026-04-24', 10, 'NEXT_DAY');
    expect(result.due).toBe('2026-05-12');
    expect(result.skipped).toEqual([
      { date: '2026-04-25', reason: SAT },
      { date: '2026-04-26', reason: 'Giỗ tổ Hùng Vương' },
      { date: '2026-04-30', reason: 'Ngày Giải phóng miền Nam' },
      { date: '2026-05-01', reason: 'Quốc tế Lao động' },
      { date: '2026-05-02', reason: SAT },
      { date: '2026-05-03', reason: SUN },
      { date: '2026-05-09', reason: SAT },
      { date: '2026-05-10', reason: SUN },
    ]);
  });

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, MAX_WORKING_DAYS + 1])('refuses n = %p', (n) => {
    expect(() => calendar.addWorkingDays('2026-03-09', n, 'NEXT_DAY')).toThrow(RangeError);
  });

  it.each(['2026-02-30', '2026-2-3', '', '09/03/2026'])('refuses the start %j', (start) => {
    expect(() => calendar.addWorkingDays(start, 10, 'NEXT_DAY')).toThrow(RangeError);
  });

  it('refuses an unknown convention', () => {
    expect(() => calendar.addWorkingDays('2026-03-09', 10, 'NEXT' as CountConvention)).toThrow(RangeError);
  });

  it('accepts the largest n', () => {
    expect(() => calendar.addWorkingDays('2026-03-09', MAX_WORKING_DAYS, 'NEXT_DAY')).not.toThrow();
  });

  it('stops instead of looping forever on a calendar with no working day', () => {
    const start = Date.UTC(2026, 0, 1);
    const allOff: CalendarDay[] = Array.from({ length: 40_000 }, (_, i) => ({
      date: new Date(start + i * 86_400_000).toISOString().slice(0, 10),
      kind: 'HOLIDAY',
      name: 'Nghỉ',
      source: 'ADMIN',
    }));
    expect(() => new WorkingCalendar(allOff, 1).addWorkingDays('2026-01-01', 1, 'NEXT_DAY')).toThrow(RangeError);
  });
});

describe('WorkingCalendar.withEntries (official schedule and administrator)', () => {
  it('counts a swapped Saturday as a working day', () => {
    const swapped = calendar.withEntries([official('2026-03-14', 'WORKING_DAY', 'Làm bù')], 2);
    expect(swapped.isWorkingDay('2026-03-14')).toBe(true);
    expect(swapped.nonWorkingReason('2026-03-14')).toBeUndefined();
    // Mon 9/3: Tue 10 … Fri 13, Sat 14 (worked), [Sun 15], Mon 16 … Fri 20.
    expect(swapped.addWorkingDays('2026-03-09', 10, 'NEXT_DAY')).toEqual({
      due: '2026-03-20',
      counted: [
        '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14',
        '2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20',
      ],
      skipped: [{ date: '2026-03-15', reason: SUN }],
    });
  });

  it('skips an extra official day off on a Monday', () => {
    const extra = calendar.withEntries([official('2026-03-16', 'HOLIDAY', 'Nghỉ bù')], 2);
    // Mon 9/3: Tue 10 … Fri 13, [Sat 14, Sun 15, Mon 16], Tue 17 … Fri 20, [Sat 21, Sun 22], Mon 23, Tue 24.
    const result = extra.addWorkingDays('2026-03-09', 10, 'NEXT_DAY');
    expect(result.due).toBe('2026-03-24');
    expect(result.skipped).toEqual([
      { date: '2026-03-14', reason: SAT },
      { date: '2026-03-15', reason: SUN },
      { date: '2026-03-16', reason: 'Nghỉ bù' },
      { date: '2026-03-21', reason: SAT },
      { date: '2026-03-22', reason: SUN },
    ]);
  });

  it('adds the day in lieu of Giỗ tổ falling on a Sunday', () => {
    const inLieu = calendar.withEntries([official('2026-04-27', 'HOLIDAY', 'Nghỉ bù Giỗ tổ Hùng Vương')], 2);
    expect(inLieu.addWorkingDays('2026-04-24', 10, 'NEXT_DAY').due).toBe('2026-05-13');
  });

  it('keeps the due date when an extra Tết day is compensated by a worked Saturday', () => {
    const tet = calendar.withEntries(
      [
        official('2026-02-23', 'HOLIDAY', 'Nghỉ Tết bổ sung'),
        official('2026-02-28', 'WORKING_DAY', 'Làm bù cho ngày 23/02'),
      ],
      2,
    );
    const result = tet.addWorkingDays('2026-02-11', 10, 'NEXT_DAY');
    expect(result.due).toBe('2026-03-04');
    expect(result.counted).toContain('2026-02-28');
    expect(result.skipped).toContainEqual({ date: '2026-02-23', reason: 'Nghỉ Tết bổ sung' });
  });

  it('lets a later entry for the same date replace an earlier one', () => {
    const reopened = calendar.withEntries([{ date: '2026-02-20', kind: 'WORKING_DAY', name: 'Đi làm', source: 'ADMIN' }], 2);
    expect(reopened.isWorkingDay('2026-02-20')).toBe(true);
    const twice = calendar.withEntries(
      [official('2026-03-16', 'HOLIDAY', 'Nghỉ bù'), { date: '2026-03-16', kind: 'WORKING_DAY', name: 'Huỷ nghỉ bù', source: 'ADMIN' }],
      3,
    );
    expect(twice.isWorkingDay('2026-03-16')).toBe(true);
    expect(twice.entries.filter((e) => e.date === '2026-03-16')).toHaveLength(1);
  });

  it('leaves the original calendar and its version untouched', () => {
    const next = calendar.withEntries([official('2026-03-16', 'HOLIDAY', 'Nghỉ bù')], 2);
    expect([calendar.version, next.version]).toEqual([1, 2]);
    expect(calendar.isWorkingDay('2026-03-16')).toBe(true);
    expect(calendar.addWorkingDays('2026-03-09', 10, 'NEXT_DAY').due).toBe('2026-03-23');
  });

  it('refuses an entry with an invalid date', () => {
    expect(() => calendar.withEntries([official('2026-02-30', 'HOLIDAY', 'x')], 2)).toThrow(RangeError);
  });
});

describe('WorkingCalendar.workingDaysBetween', () => {
  // 10 working days NEXT_DAY from Mon 9/3/2026 are due Mon 23/3.
  it.each([
    ['2026-03-09', 10], // the start: the whole period
    ['2026-03-19', 2], // Thursday before: Fri 20, Mon 23
    ['2026-03-20', 1], // the working day before the due date
    ['2026-03-22', 1], // the Sunday before
    ['2026-03-23', 0], // on the due date
    ['2026-03-24', 0], // the day after
    ['2026-04-30', 0], // long after
  ])('remaining on %s until 2026-03-23 → %i', (today, remaining) => {
    expect(calendar.workingDaysBetween(today, '2026-03-23')).toBe(remaining);
  });

  it('does not count Tết', () => {
    expect(calendar.workingDaysBetween('2026-02-11', '2026-03-04')).toBe(10);
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
  });

  it('resumes a paused deadline with the working days that remained', () => {
    // Due 4/3 (10 WD from 11/2); paused on Fri 13/2 with Mon 23/2 … Wed 4/3 = 8 days left;
    // resumed on Mon 9/3: Tue 10 … Fri 13, Mon 16 … Thu 19.
    const remaining = calendar.workingDaysBetween('2026-02-13', '2026-03-04');
    expect(remaining).toBe(8);
    expect(calendar.addWorkingDays('2026-03-09', remaining, 'NEXT_DAY').due).toBe('2026-03-19');
  });

  it('agrees with addWorkingDays (NEXT_DAY) for every start in 2026', () => {
    for (let month = 1; month <= 12; month++) {
      for (let day = 1; day <= 28; day++) {
        const start = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        for (const n of [1, 7, 10, 45]) {
          expect(calendar.workingDaysBetween(start, calendar.addWorkingDays(start, n, 'NEXT_DAY').due)).toBe(n);
        }
      }
    }
  });

  it('refuses invalid dates', () => {
    expect(() => calendar.workingDaysBetween('2026-02-30', '2026-03-04')).toThrow(RangeError);
    expect(() => calendar.workingDaysBetween('2026-02-11', '2026-3-4')).toThrow(RangeError);
  });
});

describe('WorkingCalendar years: which are confirmed by an official schedule', () => {
  const years = [
    { year: 2026, status: 'CONFIRMED' as const },
    { year: 2027, status: 'PROVISIONAL' as const },
  ];
  const tracked = new WorkingCalendar([official('2026-12-31', 'HOLIDAY', 'Thử')], 3, years);

  it('says CONFIRMED, PROVISIONAL or MISSING per year, and nothing when it tracks no year', () => {
    expect([2025, 2026, 2027, 2028].map((y) => tracked.yearStatus(y))).toEqual(['MISSING', 'CONFIRMED', 'PROVISIONAL', 'MISSING']);
    expect(calendar.yearStatus(2027)).toBeUndefined();
    expect(calendar.unconfirmedYears('2026-01-01', '2030-12-31')).toEqual([]);
    expect(calendar.warningsBetween('2026-01-01', '2030-12-31')).toEqual([]);
  });

  it('finds the unconfirmed years a count runs into: the day before, on and after 1/1/2027', () => {
    expect(tracked.unconfirmedYears('2026-12-01', '2026-12-31')).toEqual([]);
    expect(tracked.unconfirmedYears('2026-12-01', '2027-01-01')).toEqual([{ year: 2027, status: 'PROVISIONAL' }]);
    expect(tracked.unconfirmedYears('2027-01-02', '2027-01-20')).toEqual([{ year: 2027, status: 'PROVISIONAL' }]);
    expect(tracked.unconfirmedYears('2027-12-30', '2028-01-04')).toEqual([
      { year: 2027, status: 'PROVISIONAL' },
      { year: 2028, status: 'MISSING' },
    ]);
    expect(tracked.unconfirmedYears('2025-12-31', '2026-01-02')).toEqual([{ year: 2025, status: 'MISSING' }]);
  });

  it('words a warning per unconfirmed year in Vietnamese', () => {
    const [provisional, missing] = tracked.warningsBetween('2027-12-30', '2028-01-04');
    expect(provisional).toContain('Năm 2027 chưa có lịch nghỉ lễ, Tết chính thức');
    expect(provisional).toContain('Bộ luật Lao động 2019');
    expect(missing).toContain('Năm 2028 chưa có trong lịch ngày nghỉ');
    expect(tracked.warningsBetween('2026-03-01', '2026-03-31')).toEqual([]);
  });

  it('keeps its years through withEntries', () => {
    const next = tracked.withEntries([official('2027-01-16', 'WORKING_DAY', 'Làm bù')], 4);
    expect(next.years).toEqual(years);
    expect(next.yearStatus(2027)).toBe('PROVISIONAL');
    expect(calendar.withEntries([], 2).yearStatus(2027)).toBeUndefined();
  });

  it('refuses a year record with an unknown status or a year that is not an integer', () => {
    expect(() => new WorkingCalendar([], 1, [{ year: 2027, status: 'MAYBE' as 'CONFIRMED' }])).toThrow(RangeError);
    expect(() => new WorkingCalendar([], 1, [{ year: 2027.5, status: 'CONFIRMED' }])).toThrow(RangeError);
    expect(() => tracked.unconfirmedYears('2027-02-30', '2027-03-01')).toThrow(RangeError);
  });
});
