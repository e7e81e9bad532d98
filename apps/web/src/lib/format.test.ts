import { daysUntil, formatCivilDate, formatDate, formatDateTime, todayInVietnam } from './format';

describe('dates in Vietnam time', () => {
  it('shows an instant as its Vietnamese civil date, dd/MM/yyyy', () => {
    // 16:59:59Z is 23:59:59 in Hà Nội; 17:00Z is already the next day.
    expect(formatDate('2026-03-31T16:59:59Z')).toBe('31/03/2026');
    expect(formatDate('2026-03-31T17:00:00Z')).toBe('01/04/2026');
    expect(formatDateTime('2026-03-31T17:05:00Z')).toBe('01/04/2026 00:05');
  });

  it('shows a civil date without moving it across zones', () => {
    expect(formatCivilDate('2026-09-02')).toBe('02/09/2026');
    expect(formatDate('2026-09-02')).toBe('02/09/2026');
    expect(formatDate(null)).toBe('');
  });

  it('counts days on Vietnamese dates', () => {
    const now = new Date('2026-12-04T16:30:00Z'); // 23:30 on 04/12 in Vietnam
    expect(todayInVietnam(now)).toBe('2026-12-04');
    expect(daysUntil('2026-12-04T17:00:00Z', now)).toBe(1); // 00:00 on 05/12
    expect(daysUntil('2026-12-04T10:00:00Z', now)).toBe(0);
    expect(daysUntil('2026-12-02T10:00:00Z', now)).toBe(-2);
  });
});
