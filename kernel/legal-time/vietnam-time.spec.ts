import { dayOfWeek, endOfVietnamDay, isIsoDate, toVietnamDate } from './vietnam-time';

describe('toVietnamDate', () => {
  it.each([
    ['2026-11-20T16:59:59.999Z', '2026-11-20'], // 23:59:59.999 in Hà Nội
    ['2026-11-20T17:00:00.000Z', '2026-11-21'], // midnight in Hà Nội
    ['2026-11-20T18:30:00.000Z', '2026-11-21'],
    ['2026-11-20T00:00:00.000Z', '2026-11-20'],
    ['2026-12-31T17:00:00.000Z', '2027-01-01'], // New Year comes 7 hours early
    ['2028-02-28T17:00:00.000Z', '2028-02-29'],
  ])('%s is %s in Vietnam', (instant, date) => {
    expect(toVietnamDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid Date', () => {
    expect(() => toVietnamDate(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('endOfVietnamDay', () => {
  it('is 23:59:59.999 at UTC+7', () => {
    expect(endOfVietnamDay('2026-11-21').toISOString()).toBe('2026-11-21T16:59:59.999Z');
    expect(endOfVietnamDay('2027-01-01').toISOString()).toBe('2027-01-01T16:59:59.999Z');
  });

  it('is the last instant of that Vietnam date', () => {
    const end = endOfVietnamDay('2026-02-28');
    expect(toVietnamDate(end)).toBe('2026-02-28');
    expect(toVietnamDate(new Date(end.getTime() + 1))).toBe('2026-03-01');
  });

  it('refuses an invalid date', () => {
    expect(() => endOfVietnamDay('2026-02-29')).toThrow(RangeError);
  });
});

describe('isIsoDate', () => {
  it.each(['2026-02-28', '2028-02-29', '2000-02-29', '2026-04-30', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (s) => expect(isIsoDate(s)).toBe(true),
  );

  it.each([
    '2026-02-30',
    '2027-02-29', // not a leap year
    '1900-02-29', // century, not leap
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-5',
    '26-01-05',
    '2026/01/05',
    '2026-01-05T00:00:00Z',
    ' 2026-01-05',
    '',
  ])('rejects %j', (s) => expect(isIsoDate(s)).toBe(false));

  it.each([null, undefined, 20260105, new Date('2026-01-05')])('rejects the non-string %p', (s) => {
    expect(isIsoDate(s)).toBe(false);
  });
});

describe('dayOfWeek (0 = Sunday … 6 = Saturday)', () => {
  it.each([
    ['1970-01-01', 4],
    ['1969-12-31', 3],
    ['2000-02-29', 2],
    ['2026-01-01', 4],
    ['2026-02-14', 6],
    ['2026-02-15', 0],
    ['2026-02-16', 1],
    ['2026-04-26', 0],
    ['2026-09-02', 3],
    ['2026-11-21', 6],
  ] as const)('%s → %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh']) {
        process.env.TZ = tz;
        expect([dayOfWeek('2026-02-14'), dayOfWeek('2026-02-15')]).toEqual([6, 0]);
        expect(toVietnamDate(new Date('2026-11-20T17:00:00Z'))).toBe('2026-11-21');
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('refuses an invalid date', () => {
    expect(() => dayOfWeek('2026-02-30')).toThrow(RangeError);
  });
});
