import { seedVietnamHolidays } from './holiday-seed';

// Pins what date-holidays 3.37 says about Vietnam. If an upgrade changes it, this test must be
// re-read against the Government's schedule before it is updated.
describe('seedVietnamHolidays', () => {
  const TET_SPAN = 'Giao thừa Tết Nguyên Đán'; // the library's name for its 5-day Tết span

  it('gives the statutory public holidays of 2026, Tết from the lunar calendar', () => {
    expect(seedVietnamHolidays(2026)).toEqual(
      [
        ['2026-01-01', 'Tết Dương lịch'],
        ['2026-02-16', TET_SPAN], // the eve of mùng 1
        ['2026-02-17', 'Tết Nguyên Đán'], // mùng 1 Tết Bính Ngọ
        ['2026-02-18', TET_SPAN],
        ['2026-02-19', TET_SPAN],
        ['2026-02-20', TET_SPAN],
        ['2026-04-26', 'Giỗ tổ Hùng Vương'], // 10/3 âm lịch, a Sunday: the library adds no day in lieu
        ['2026-04-30', 'Ngày Giải phóng miền Nam'],
        ['2026-05-01', 'Quốc tế Lao động'],
        ['2026-09-02', 'Quốc khánh'], // one day only: the second day of Quốc khánh must come from the schedule
      ].map(([date, name]) => ({ date, kind: 'HOLIDAY', name, source: 'LIBRARY' })),
    );
  });

  it('moves Tết with the lunar calendar', () => {
    const tet = (year: number) => seedVietnamHolidays(year).filter((d) => d.name.includes('Tết Nguyên Đán'));
    expect(tet(2025).map((d) => d.date)).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']);
    expect(tet(2027).map((d) => d.date)).toEqual(['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
    expect(seedVietnamHolidays(2027).find((d) => d.name === 'Giỗ tổ Hùng Vương')?.date).toBe('2027-04-16');
  });

  it('leaves out observances such as Ngày thành lập Đảng and Trung thu', () => {
    const dates = seedVietnamHolidays(2026).map((d) => d.date);
    expect(dates).not.toContain('2026-02-03');
    expect(dates).not.toContain('2026-09-25');
  });

  it('gives the same dates whatever the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Asia/Ho_Chi_Minh';
      const reference = seedVietnamHolidays(2026);
      for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(seedVietnamHolidays(2026)).toEqual(reference);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.each([2026.5, 0, Number.NaN])('refuses the year %p', (year) => {
    expect(() => seedVietnamHolidays(year)).toThrow(RangeError);
  });
});
