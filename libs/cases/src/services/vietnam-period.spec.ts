import { DomainError, ErrorCode } from '@hoso/core/errors';
import { startOfVietnamDay, vietnamPeriod } from './vietnam-period';

describe('vietnamPeriod', () => {
  it('bounds a quarter by 00:00 in Vietnam on its first day and on the next quarter’s', () => {
    expect(vietnamPeriod({ from: '2026-04-01', to: '2026-07-01' })).toEqual({
      from: '2026-04-01',
      to: '2026-07-01',
      startsAt: new Date('2026-03-31T17:00:00.000Z'),
      endsBefore: new Date('2026-06-30T17:00:00.000Z'),
    });
  });

  it('starts a day across a month and a leap-year end', () => {
    expect(startOfVietnamDay('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(startOfVietnamDay('2024-03-01').toISOString()).toBe('2024-02-29T17:00:00.000Z');
    expect(startOfVietnamDay('2027-01-01').toISOString()).toBe('2026-12-31T17:00:00.000Z');
  });

  it('reads an instant as its date in Vietnam', () => {
    expect(vietnamPeriod({ from: '2026-03-31T16:59:59.999Z', to: '2026-03-31T17:00:00Z' })).toMatchObject({ from: '2026-03-31', to: '2026-04-01' });
    expect(vietnamPeriod({ from: '2026-04-01T00:00:00+07:00', to: '2026-04-02' }).startsAt.toISOString()).toBe('2026-03-31T17:00:00.000Z');
  });

  it.each([
    [{ from: '2026-04-01', to: '2026-04-01' }, 'to'],
    [{ from: '2026-04-02', to: '2026-04-01' }, 'to'],
    [{ from: '2026-02-30', to: '2026-04-01' }, 'from'],
    [{ from: '0001-01-01', to: '2026-04-01' }, 'from'], // its start is in year 0
    [{ from: '2026-01-01', to: '9999-12-31T18:00:00Z' }, 'to'], // already year 10000 in Vietnam
  ])('refuses %j as VALIDATION_FAILED on %s', (q, field) => {
    let error: unknown;
    try {
      vietnamPeriod(q);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: ErrorCode.VALIDATION_FAILED, details: { fields: [expect.objectContaining({ field })] } });
  });
});
