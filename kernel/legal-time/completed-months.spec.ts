import { completedMonths, yearsAndMonths } from './calendar-months';

describe('completed months (Điều 148 BLDS 2015)', () => {
  it.each([
    ['2000-05-10', '2018-05-09', 215],
    ['2000-05-10', '2018-05-10', 216],
    ['2000-05-10', '2018-06-09', 216],
    ['2000-05-10', '2018-06-10', 217],
    // A 31st: the month is complete on the last day of a shorter month.
    ['2000-01-31', '2000-02-28', 0],
    ['2000-01-31', '2000-02-29', 1],
    ['2001-01-31', '2001-02-28', 1],
    ['2001-01-31', '2001-03-30', 1],
    ['2001-01-31', '2001-03-31', 2],
    // Born on a leap day: 18 years are complete on 28 February of a common year.
    ['2004-02-29', '2022-02-27', 215],
    ['2004-02-29', '2022-02-28', 216],
    ['2024-03-15', '2024-03-15', 0],
    ['2024-03-15', '2024-03-14', 0],
    ['2020-03-15', '2025-03-14', 59],
    ['2020-03-15', '2025-03-15', 60],
  ])('from %s to %s: %i months', (from, to, n) => {
    expect(completedMonths(from, to)).toBe(n);
  });

  it('splits months into years and months', () => {
    expect(yearsAndMonths(721)).toEqual({ years: 60, months: 1 });
    expect(yearsAndMonths(215)).toEqual({ years: 17, months: 11 });
  });

  it('refuses what is not a date', () => {
    expect(() => completedMonths('2020-3-1', '2021-01-01')).toThrow(RangeError);
    expect(() => completedMonths('2020-03-01', '2021-01-01T00:00:00Z')).toThrow(RangeError);
  });
});
