import { addDays, currentQuarter, periodFromParams, periodRange, periodSlug, periodToParams, type Period } from './period';

describe('reporting periods as the API reads them ([from, to) in civil dates)', () => {
  it.each<[Period, string, string, string]>([
    [{ kind: 'quarter', year: 2026, quarter: 1 }, '2026-01-01', '2026-04-01', '2026-Q1'],
    [{ kind: 'quarter', year: 2026, quarter: 3 }, '2026-07-01', '2026-10-01', '2026-Q3'],
    [{ kind: 'quarter', year: 2026, quarter: 4 }, '2026-10-01', '2027-01-01', '2026-Q4'],
    [{ kind: 'year', year: 2025 }, '2025-01-01', '2026-01-01', '2025'],
    // The user's last day is included: the API's `to` is the day after it, across month, year and leap day.
    [{ kind: 'range', start: '2028-02-10', end: '2028-02-29' }, '2028-02-10', '2028-03-01', '2028-02-10_2028-02-29'],
    [{ kind: 'range', start: '2026-12-15', end: '2026-12-31' }, '2026-12-15', '2027-01-01', '2026-12-15_2026-12-31'],
  ])('%j → from %s, to %s', (p, from, to, slug) => {
    expect(periodRange(p)).toEqual({ from, to });
    expect(periodSlug(p)).toBe(slug);
    expect(periodFromParams(new URLSearchParams(periodToParams(p)), { kind: 'year', year: 1999 })).toEqual(p);
  });

  it('counts civil days without time-zone drift', () => {
    expect(addDays('2026-03-31', 1)).toBe('2026-04-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it("takes the current quarter from Vietnam's date, not the browser's", () => {
    // 31/12/2026 18:30 UTC is already 01/01/2027 in Ho Chi Minh City.
    expect(currentQuarter(new Date('2026-12-31T18:30:00Z'))).toEqual({ kind: 'quarter', year: 2027, quarter: 1 });
  });

  it('falls back on the default for a link with a broken period', () => {
    const fallback: Period = { kind: 'year', year: 2026 };
    expect(periodFromParams(new URLSearchParams('ky=quy&nam=2026&quy=5'), fallback)).toBe(fallback);
    expect(periodFromParams(new URLSearchParams('ky=khoang&tu=2026-05-01&den=2026-04-01'), fallback)).toBe(fallback);
    expect(periodFromParams(new URLSearchParams('ky=nam&nam=abc'), fallback)).toBe(fallback);
  });
});
