import { seedVietnamHolidays, WorkingCalendar, type CalendarDay } from '@hoso/kernel/legal-time';
import type { LegalRule } from '../rules/legal-rule';
import { planWith } from './deadline-planner.service';

// planWith is pure: a rule, a start instant and a calendar give the due instant and the explanation.
// Every expected date below was worked out by hand from a wall calendar (1 January 2026 is a Thursday,
// 1 January 2027 a Friday) and the library's holidays (Tết 2026: Mon 16 – Fri 20 February).

function rule(r: Pick<LegalRule, 'key' | 'value' | 'unit' | 'startConvention'> & Partial<LegalRule>): LegalRule {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    startEvent: 'Ngày bắt đầu',
    extensionValue: null,
    extensionMaxCount: 0,
    effectiveFrom: '2025-01-01',
    legalBasis: 'Quy định thử nghiệm',
    sourceRef: 'T1',
    confidence: 'STATED',
    description: 'Quy tắc viết tay cho kiểm thử',
    override: null,
    valueData: null,
    effectiveTo: null,
    instrument: null,
    ...r,
  };
}

const CALENDAR = new WorkingCalendar([...seedVietnamHolidays(2026), ...seedVietnamHolidays(2027), ...seedVietnamHolidays(2028)], 7);

/** The instant 08:00 in Vietnam (01:00 UTC) of a civil date. */
const morning = (date: string) => new Date(`${date}T01:00:00.000Z`);

describe('planWith: periods in months (Bộ luật Dân sự 2015, Điều 148)', () => {
  const probation = rule({ key: 'C.PROBATION', value: 12, unit: 'MONTHS', startConvention: 'SAME_DAY', startEvent: 'Ngày lễ kết nạp' });
  const filing = rule({ key: 'B4.FILING_WINDOW', value: 1, unit: 'MONTHS', startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận quyết định kỷ luật' });

  it('C.PROBATION: 12 months counted from the ceremony day itself end the day before the anniversary', () => {
    // Ceremony Tue 10/3/2026; the anniversary is 10/3/2027, so the 12th month's last day is Tue 9/3/2027.
    const plan = planWith('C.PROBATION', probation, morning('2026-03-10'), CALENDAR);
    expect(plan.dueAt?.toISOString()).toBe('2027-03-09T16:59:59.999Z'); // 23:59:59.999 in Vietnam
    expect(plan.ruleId).toBe(probation.id);
    expect(plan.calendarVersion).toBe(7);
    expect(plan.explanation).toMatchObject({
      ruleKey: 'C.PROBATION',
      start: { instant: '2026-03-10T01:00:00.000Z', date: '2026-03-10', convention: 'SAME_DAY' },
      calendarVersion: 7,
      countedDays: 12,
      skipped: [], // a period in months passes over no days
      due: { date: '2027-03-09', instant: '2027-03-09T16:59:59.999Z' },
      adjustments: [],
    });
    expect(plan.explanation.rule).toEqual(probation);
    expect(plan.explanation.note).toContain('12 tháng');
    expect(plan.explanation.note).toContain('tính cả ngày bắt đầu');
    expect(plan.explanation.note).toContain('2027-03-09');
  });

  it('reads the start instant as a Vietnam date: 17:00 UTC on 9/3 is already 10/3 in Vietnam', () => {
    // 2026-03-09T17:00Z = 00:00 on 10/3 in Vietnam → as above, due 9/3/2027.
    expect(planWith('C.PROBATION', probation, new Date('2026-03-09T17:00:00.000Z'), CALENDAR).explanation.due?.date).toBe('2027-03-09');
    // One millisecond earlier it is still 9/3 in Vietnam → anniversary 9/3/2027, due Mon 8/3/2027.
    expect(planWith('C.PROBATION', probation, new Date('2026-03-09T16:59:59.999Z'), CALENDAR).explanation.due?.date).toBe('2027-03-08');
  });

  it('B4.FILING_WINDOW: one month from 31 January (not counting that day) ends on the last day of February', () => {
    // February 2026 has no 31st: the period ends on its last day, Sat 28/2/2026 (month periods are not moved off weekends).
    const plan = planWith('B4.FILING_WINDOW', filing, morning('2026-01-31'), CALENDAR);
    expect(plan.explanation.due).toEqual({ date: '2026-02-28', instant: '2026-02-28T16:59:59.999Z' });
    expect(plan.dueAt?.toISOString()).toBe('2026-02-28T16:59:59.999Z');
    expect(plan.explanation.start).toEqual({ instant: '2026-01-31T01:00:00.000Z', date: '2026-01-31', convention: 'NEXT_DAY' });
    expect(plan.explanation.note).toContain('1 tháng');
    expect(plan.explanation.note).toContain('không tính ngày bắt đầu');
  });

  it('B4.FILING_WINDOW: the same from 31 January 2028 ends on 29 February (a leap year)', () => {
    expect(planWith('B4.FILING_WINDOW', filing, morning('2028-01-31'), CALENDAR).explanation.due?.date).toBe('2028-02-29');
  });

  it('a month period may end during Tết: months are calendar months, not working days', () => {
    // From Fri 16/1/2026, one month (next-day convention) ends on 16/2/2026, the first day of the Tết holiday.
    const plan = planWith('B4.FILING_WINDOW', filing, morning('2026-01-16'), CALENDAR);
    expect(plan.explanation.due?.date).toBe('2026-02-16');
    expect(plan.explanation.skipped).toEqual([]);
  });
});

describe('planWith: periods in calendar days', () => {
  it('counts every day, holidays included, from the day after (NEXT_DAY) or from the day itself (SAME_DAY)', () => {
    const notice = rule({ key: 'B3.STATE_NOTICE_TO_PARTY', value: 5, unit: 'CALENDAR_DAYS', startConvention: 'NEXT_DAY' });
    // Fri 13/2/2026 + 5 days: 14, 15, 16, 17, 18 → Wed 18/2 (inside Tết: calendar days do not skip it).
    expect(planWith(notice.key, notice, morning('2026-02-13'), CALENDAR).explanation.due?.date).toBe('2026-02-18');
    // Counting 13/2 itself: 13, 14, 15, 16, 17 → 17/2.
    const sameDay = { ...notice, startConvention: 'SAME_DAY' as const };
    expect(planWith(notice.key, sameDay, morning('2026-02-13'), CALENDAR).explanation.due?.date).toBe('2026-02-17');
  });
});

describe('planWith: periods in working days', () => {
  const press = rule({ key: 'A.PRESS_EXPLAIN', value: 10, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY' });

  it('skips weekends and Tết with their reasons', () => {
    // Wed 11/2/2026: Thu 12, Fri 13 (2); skip Sat 14 – Sun 22; Mon 23 – Fri 27 (7); skip 28/2, 1/3; Mon 2, Tue 3, Wed 4/3 (10).
    const plan = planWith(press.key, press, morning('2026-02-11'), CALENDAR);
    expect(plan.explanation.due).toEqual({ date: '2026-03-04', instant: '2026-03-04T16:59:59.999Z' });
    expect(plan.explanation.countedDays).toBe(10);
    expect(plan.explanation.skipped).toEqual([
      { date: '2026-02-14', reason: 'Thứ Bảy' },
      { date: '2026-02-15', reason: 'Chủ nhật' },
      { date: '2026-02-16', reason: 'Giao thừa Tết Nguyên Đán' },
      { date: '2026-02-17', reason: 'Tết Nguyên Đán' },
      { date: '2026-02-18', reason: 'Giao thừa Tết Nguyên Đán' },
      { date: '2026-02-19', reason: 'Giao thừa Tết Nguyên Đán' },
      { date: '2026-02-20', reason: 'Giao thừa Tết Nguyên Đán' },
      { date: '2026-02-21', reason: 'Thứ Bảy' },
      { date: '2026-02-22', reason: 'Chủ nhật' },
      { date: '2026-02-28', reason: 'Thứ Bảy' },
      { date: '2026-03-01', reason: 'Chủ nhật' },
    ]);
    expect(plan.explanation.note).toContain('10 ngày làm việc');
  });

  it('uses the calendar it is given: an official holiday moves the due one working day later, a swapped Saturday one day earlier', () => {
    // Fri 4/12/2026: Mon 7 – Fri 11 (5), Mon 14 – Fri 18 (10) → due Fri 18/12.
    expect(planWith(press.key, press, morning('2026-12-04'), CALENDAR).explanation.due?.date).toBe('2026-12-18');
    const extra: CalendarDay[] = [
      { date: '2026-12-09', kind: 'HOLIDAY', name: 'Nghỉ theo lịch thử nghiệm', source: 'OFFICIAL_SCHEDULE' },
      { date: '2027-01-16', kind: 'WORKING_DAY', name: 'Làm bù', source: 'OFFICIAL_SCHEDULE' },
    ];
    const changed = CALENDAR.withEntries(extra, 8);
    // Wed 9/12 is now off: Mon 7, Tue 8, Thu 10, Fri 11 (4), Mon 14 – Fri 18 (9), skip 19, 20, Mon 21/12 (10).
    const later = planWith(press.key, press, morning('2026-12-04'), changed);
    expect(later.explanation.due?.date).toBe('2026-12-21');
    expect(later.calendarVersion).toBe(8);
    expect(later.explanation.skipped).toContainEqual({ date: '2026-12-09', reason: 'Nghỉ theo lịch thử nghiệm' });
    // Fri 8/1/2027: Mon 11 – Fri 15 (5), Sat 16 works (6), skip Sun 17, Mon 18 – Thu 21 (10) → Thu 21/1 instead of Fri 22/1.
    expect(planWith(press.key, press, morning('2027-01-08'), CALENDAR).explanation.due?.date).toBe('2027-01-22');
    expect(planWith(press.key, press, morning('2027-01-08'), changed).explanation.due?.date).toBe('2027-01-21');
  });
});

describe('planWith: no legal deadline', () => {
  it('gives no due when the rule has no value, and says a committee may set one', () => {
    const none = rule({ key: 'B4.RESOLVE', value: null, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY' });
    const plan = planWith(none.key, none, morning('2026-03-10'), CALENDAR);
    expect(plan).toMatchObject({ ruleId: none.id, calendarVersion: 7, dueAt: null });
    expect(plan.explanation).toMatchObject({ rule: none, countedDays: null, skipped: [], due: null });
    expect(plan.explanation.note).toMatch(/chưa có thời hạn/);
    expect(plan.explanation.note).toMatch(/thủ công/);
  });

  it('gives no due and names the key when no rule is in force', () => {
    const plan = planWith('X.UNKNOWN', undefined, morning('2026-03-10'), CALENDAR);
    expect(plan).toMatchObject({ ruleId: null, dueAt: null });
    expect(plan.explanation).toMatchObject({ rule: null, due: null, start: { date: '2026-03-10', convention: null } });
    expect(plan.explanation.note).toContain('X.UNKNOWN');
  });
});

describe('planWith: a due the act fixes (an effective date)', () => {
  // ORG.EFFECTIVE: no counted value (a setting); the decision's effective date fixes the end of the term.
  const effective = rule({ key: 'ORG.EFFECTIVE', value: null, unit: 'CALENDAR_DAYS', startConvention: 'NONE', legalBasis: 'Điều lệ Đảng, Điều 10 khoản 3' });
  // 00:00 on Wed 1/7/2026 in Vietnam: the last instant of Tue 30/6 (16:59:59.999 UTC).
  const startOfJuly = new Date('2026-06-30T16:59:59.999Z');

  it('is due at the given instant, whatever the rule would count, and keeps the row as its basis', () => {
    const plan = planWith(effective.key, effective, morning('2026-06-15'), CALENDAR, startOfJuly);
    expect(plan).toMatchObject({ ruleId: effective.id, calendarVersion: 7, dueAt: startOfJuly });
    expect(plan.explanation).toMatchObject({
      rule: effective, countedDays: null, skipped: [], fixedByAct: true,
      start: { date: '2026-06-15' },
      due: { date: '2026-06-30', instant: '2026-06-30T16:59:59.999Z' },
    });
    expect(plan.explanation.note).toMatch(/^Hạn do quyết định ấn định: /);
    expect(plan.explanation.note).toContain('hết ngày 2026-06-30');
    expect(plan.explanation.note).toContain('Điều lệ Đảng, Điều 10 khoản 3');
  });

  it('wins over a rule with a value (nothing counted) and over a missing rule', () => {
    const counted = rule({ key: 'ORG.EFFECTIVE', value: 10, unit: 'WORKING_DAYS', startConvention: 'NEXT_DAY' });
    expect(planWith(counted.key, counted, morning('2026-06-15'), CALENDAR, startOfJuly).dueAt).toEqual(startOfJuly);
    const orphan = planWith('ORG.EFFECTIVE', undefined, morning('2026-06-15'), CALENDAR, startOfJuly);
    expect(orphan).toMatchObject({ ruleId: null, dueAt: startOfJuly });
    expect(orphan.explanation.note).toMatch(/^Hạn do quyết định ấn định/);
  });

  it('may lie before the start (an effective date already begun when the decision is announced)', () => {
    const plan = planWith(effective.key, effective, morning('2026-07-03'), CALENDAR, startOfJuly);
    expect(plan.dueAt).toEqual(startOfJuly);
  });

  it('refuses an invalid instant', () => {
    expect(() => planWith(effective.key, effective, morning('2026-06-15'), CALENDAR, new Date('not a date'))).toThrow(RangeError);
  });
});
