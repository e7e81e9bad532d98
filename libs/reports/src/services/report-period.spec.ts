import { DomainError } from '@hoso/core/errors';
import { VIETNAMESE } from '@hoso/workflows/shared/vietnamese';
import { reportPeriod, yearOf } from './report-period';

describe('reportPeriod', () => {
  it.each([
    ['2026', '2026-01-01', '2027-01-01', 'Năm 2026', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-04-01', 'Quý I năm 2026', '2026-03-31'],
    ['2026-Q4', '2026-10-01', '2027-01-01', 'Quý IV năm 2026', '2026-12-31'],
    ['2026-H1', '2026-01-01', '2026-07-01', '6 tháng đầu năm 2026', '2026-06-30'],
    ['2026-H2', '2026-07-01', '2027-01-01', '6 tháng cuối năm 2026', '2026-12-31'],
    ['2024-02', '2024-02-01', '2024-03-01', 'Tháng 2 năm 2024', '2024-02-29'],
    ['2026-12', '2026-12-01', '2027-01-01', 'Tháng 12 năm 2026', '2026-12-31'],
  ])('names %s as [%s, %s): %s, last day %s', (period, from, to, label, lastDay) => {
    expect(reportPeriod({ period })).toMatchObject({ code: period, from, to, label, lastDay });
  });

  it('starts and ends at 00:00 in Vietnam (17:00 UTC the day before)', () => {
    const p = reportPeriod({ period: '2026-Q1' });
    expect([p.startsAt.toISOString(), p.endsBefore.toISOString()]).toEqual(['2025-12-31T17:00:00.000Z', '2026-03-31T17:00:00.000Z']);
  });

  it('takes dates as the statistics do ([from, to)) and says so in words', () => {
    expect(reportPeriod({ from: '2026-01-01', to: '2026-02-16' })).toMatchObject({ code: null, label: 'Từ ngày 01/01/2026 đến ngày 15/02/2026', lastDay: '2026-02-15' });
  });

  it.each([
    [{ period: '2026-Q0' }, 'period'],
    [{ period: '2026-Q5' }, 'period'],
    [{ period: '2026-H3' }, 'period'],
    [{ period: '2026-00' }, 'period'],
    [{ period: '2026-13' }, 'period'],
    [{ period: '26-Q1' }, 'period'],
    [{ period: '9999' }, 'period'],
    [{ period: '2026-Q1', from: '2026-01-01' }, 'period'],
    [{ from: '2026-01-01' }, 'to'],
    [{ to: '2026-01-01' }, 'from'],
    [{}, 'from'],
    [{ from: '2026-03-01', to: '2026-03-01' }, 'to'],
    [{ from: '2026-03-02', to: '2026-03-01' }, 'to'],
  ])('refuses %j naming %s, in Vietnamese', (q, field) => {
    try {
      reportPeriod(q);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const fields = (e as DomainError).details!.fields as { field: string; message: string }[];
      expect(fields[0].field).toBe(field);
      expect(fields[0].message).toMatch(VIETNAMESE);
    }
  });

  it('knows the year a period lies in, or that it spans two', () => {
    expect(yearOf(reportPeriod({ period: '2026-Q4' }))).toBe(2026);
    expect(yearOf(reportPeriod({ from: '2026-12-01', to: '2027-01-01' }))).toBe(2026);
    expect(yearOf(reportPeriod({ from: '2026-12-01', to: '2027-01-02' }))).toBeNull();
  });
});
