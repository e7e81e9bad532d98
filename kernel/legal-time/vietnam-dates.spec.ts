import { addCalendarDays as addDays, addMonths, vietnamDate, viDate } from './index';

describe('calendar months (Điều 148 BLDS 2015)', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2020-02-29', 12, '2021-02-28'],
    ['2019-03-15', 60, '2024-03-15'],
    ['2014-08-31', 120, '2024-08-31'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
  ])('%s + %i months = %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
  });

  it('moves by calendar days across months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });

  it('reads an instant as the Vietnamese date (UTC+7) and keeps a date as is', () => {
    expect(vietnamDate('2026-03-04T16:59:59.000Z')).toBe('2026-03-04');
    expect(vietnamDate('2026-03-04T17:00:00.000Z')).toBe('2026-03-05');
    expect(vietnamDate('2026-03-04')).toBe('2026-03-04');
    expect(() => vietnamDate('hôm qua')).toThrow(RangeError);
    expect(viDate('2026-03-05')).toBe('05/03/2026');
  });

  it('refuses what is not a date or a whole number of months', () => {
    expect(() => addMonths('2026-3-5', 1)).toThrow(RangeError);
    expect(() => addMonths('2026-03-05', 1.5)).toThrow(RangeError);
  });
});
