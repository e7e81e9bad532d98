import { addCalendarDays, addMonths, fullMonthsBetween } from './calendar-months';

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'], // clamped to the end of February
    ['2028-01-31', 1, '2028-02-29'], // leap year
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-31', 2, '2026-03-31'], // from the start date, not month by month
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-15', -15, '2024-12-15'],
    ['2026-03-15', 0, '2026-03-15'],
    // C.PROBATION, 12 months
    ['2026-02-28', 12, '2027-02-28'],
    ['2027-02-28', 12, '2028-02-28'], // not stretched to 29/2 of the leap year
    ['2028-02-29', 12, '2029-02-28'],
    // C.CERT_VALIDITY, 60 months
    ['2026-03-15', 60, '2031-03-15'],
    ['2024-02-29', 60, '2029-02-28'],
    ['2028-02-29', 48, '2032-02-29'],
    // B3 limits, 120 months
    ['2026-08-31', 120, '2036-08-31'],
  ])('%s %p months → %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([1.5, Number.NaN])('refuses %p months', (months) => {
    expect(() => addMonths('2026-01-31', months)).toThrow(RangeError);
  });

  it('refuses an invalid date', () => {
    expect(() => addMonths('2026-02-30', 1)).toThrow(RangeError);
  });
});

describe('addCalendarDays', () => {
  it.each([
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-01-01', 365, '2027-01-01'],
    ['2028-01-01', 365, '2028-12-31'],
    ['2026-11-20', 5, '2026-11-25'], // B3.STATE_NOTICE_TO_PARTY
    ['2026-11-20', 0, '2026-11-20'],
  ])('%s %p days → %s', (date, n, expected) => {
    expect(addCalendarDays(date, n)).toBe(expected);
  });

  it('refuses bad input', () => {
    expect(() => addCalendarDays('2026-02-28', 0.5)).toThrow(RangeError);
    expect(() => addCalendarDays('2026-13-01', 1)).toThrow(RangeError);
  });
});

describe('fullMonthsBetween', () => {
  it.each([
    // C.AGE_MIN: 18 years = 216 months
    ['2008-03-15', '2026-03-14', 215],
    ['2008-03-15', '2026-03-15', 216],
    ['2008-03-15', '2008-03-15', 0],
    ['2008-03-15', '2008-04-14', 0],
    ['2008-03-15', '2008-04-15', 1],
    // Born 29/2: a month completes on the last day of a month without a 29th.
    ['2008-02-29', '2008-03-28', 0],
    ['2008-02-29', '2008-03-29', 1],
    ['2008-02-29', '2009-02-27', 11],
    ['2008-02-29', '2009-02-28', 12],
    ['2008-02-29', '2012-02-28', 47],
    ['2008-02-29', '2012-02-29', 48],
    ['2008-02-29', '2026-02-28', 216], // 18 years old on 28/2/2026
    // Born 31st: 28/2 completes the first month, 31/3 (not 30/3) the second, 30/4 the third.
    ['2026-01-31', '2026-02-27', 0],
    ['2026-01-31', '2026-02-28', 1],
    ['2026-01-31', '2026-03-30', 1],
    ['2026-01-31', '2026-03-31', 2],
    ['2026-01-31', '2026-04-30', 3],
  ])('from %s to %s → %i', (from, to, months) => {
    expect(fullMonthsBetween(from, to)).toBe(months);
  });

  it('is the inverse of addMonths', () => {
    for (const from of ['2008-02-29', '2026-01-31', '2026-01-30', '2026-03-15', '2026-12-31']) {
      for (let k = 1; k <= 30; k++) {
        const end = addMonths(from, k);
        expect(fullMonthsBetween(from, end)).toBe(k);
        expect(fullMonthsBetween(from, addCalendarDays(end, -1))).toBe(k - 1);
      }
    }
  });

  it('refuses an end before the start and invalid dates', () => {
    expect(() => fullMonthsBetween('2026-03-15', '2026-03-14')).toThrow(RangeError);
    expect(() => fullMonthsBetween('2008-02-30', '2026-03-14')).toThrow(RangeError);
  });
});
