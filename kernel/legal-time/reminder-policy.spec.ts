import { endOfVietnamDay, seedVietnamHolidays, WorkingCalendar } from './index';
import { officeMorning, planFirings, workingDaysBefore } from './reminder-policy';

// Dates worked out by hand from a 2026 wall calendar (1 January is a Thursday, so 1 February is a Sunday, 13/2 and
// 13/3 are Fridays, 16/2, 23/2 and 16/3 are Mondays) and the library's 2026 holidays: Tết Mon 16 – Fri 20 February.
// Vietnam is UTC+7 all year: 08:00 there is 01:00Z; the end of a Vietnam day is 16:59:59.999Z.
const calendar = new WorkingCalendar(seedVietnamHolidays(2026), 1);

describe('officeMorning', () => {
  it('is 08:00 in Vietnam (01:00Z) on the given date', () => {
    expect(officeMorning('2026-03-13').toISOString()).toBe('2026-03-13T01:00:00.000Z');
    expect(officeMorning('2026-02-17').toISOString()).toBe('2026-02-17T01:00:00.000Z');
  });
});

describe('workingDaysBefore', () => {
  it('counts back over a weekend: 1 working day before Monday 16/3 is Friday 13/3', () => {
    expect(workingDaysBefore(calendar, '2026-03-16', 1)).toBe('2026-03-13');
    expect(workingDaysBefore(calendar, '2026-03-16', 3)).toBe('2026-03-11');
    expect(workingDaysBefore(calendar, '2026-03-13', 1)).toBe('2026-03-12');
  });

  it('skips the Tết days and the weekends around them', () => {
    // Monday 23/2: Sun 22, Sat 21, Tết Fri 20 – Mon 16, Sun 15, Sat 14 are skipped.
    expect(workingDaysBefore(calendar, '2026-02-23', 1)).toBe('2026-02-13');
    expect(workingDaysBefore(calendar, '2026-02-23', 3)).toBe('2026-02-11');
    expect(workingDaysBefore(calendar, '2026-02-23', 5)).toBe('2026-02-09');
    expect(workingDaysBefore(calendar, '2026-02-24', 1)).toBe('2026-02-23');
    expect(workingDaysBefore(calendar, '2026-02-24', 2)).toBe('2026-02-13');
  });

  it('counts from a non-working due day too', () => {
    // Sunday 15/3 → Friday 13/3; mùng 1 Tết (Tue 17/2) → Friday 13/2.
    expect(workingDaysBefore(calendar, '2026-03-15', 1)).toBe('2026-03-13');
    expect(workingDaysBefore(calendar, '2026-02-17', 1)).toBe('2026-02-13');
  });
});

describe('planFirings', () => {
  const dueMonday = endOfVietnamDay('2026-03-16'); // 2026-03-16T16:59:59.999Z
  const startEarly = new Date('2026-03-02T02:00:00.000Z');

  it('plans a due on a Monday: REMIND_3WD Wednesday, REMIND_1WD the previous Friday 08:00, DUE_DAY, then ESCALATE', () => {
    expect(dueMonday.toISOString()).toBe('2026-03-16T16:59:59.999Z');
    const plan = planFirings(calendar, startEarly, dueMonday, [3, 1]);
    expect(plan.map((f) => ({ kind: f.kind, fireAt: f.fireAt.toISOString() }))).toEqual([
      { kind: 'REMIND_3WD', fireAt: '2026-03-11T01:00:00.000Z' },
      { kind: 'REMIND_1WD', fireAt: '2026-03-13T01:00:00.000Z' },
      { kind: 'DUE_DAY', fireAt: '2026-03-16T01:00:00.000Z' },
      { kind: 'ESCALATE', fireAt: '2026-03-16T17:00:00.000Z' },
    ]);
  });

  it('plans a term (e.g. probation) as its end only: no reminder, no escalation', () => {
    const plan = planFirings(calendar, startEarly, dueMonday, [3, 1], true);
    expect(plan.map((f) => ({ kind: f.kind, fireAt: f.fireAt.toISOString() }))).toEqual([{ kind: 'TERM_END', fireAt: '2026-03-16T17:00:00.000Z' }]);
  });

  it('reads the due day in Vietnam time: 00:30 on Monday in Vietnam is still Sunday in UTC', () => {
    const due = new Date('2026-03-15T17:30:00.000Z'); // Mon 16/3 00:30 in Vietnam
    const plan = planFirings(calendar, startEarly, due, [1]);
    expect(plan.find((f) => f.kind === 'REMIND_1WD')?.fireAt.toISOString()).toBe('2026-03-13T01:00:00.000Z');
    expect(plan.find((f) => f.kind === 'DUE_DAY')?.fireAt.toISOString()).toBe('2026-03-16T01:00:00.000Z');
  });

  it('skips the Tết days for reminders spanning Tết 2026', () => {
    const due = endOfVietnamDay('2026-02-23');
    const plan = planFirings(calendar, new Date('2026-02-02T02:00:00.000Z'), due, [5, 3, 1]);
    expect(plan.map((f) => [f.kind, f.fireAt.toISOString()])).toEqual([
      ['REMIND_5WD', '2026-02-09T01:00:00.000Z'],
      ['REMIND_3WD', '2026-02-11T01:00:00.000Z'],
      ['REMIND_1WD', '2026-02-13T01:00:00.000Z'],
      ['DUE_DAY', '2026-02-23T01:00:00.000Z'],
      ['ESCALATE', '2026-02-23T17:00:00.000Z'],
    ]);
    // No reminder lands on a Tết day or a weekend.
    for (const f of plan.filter((p) => p.kind.startsWith('REMIND_'))) {
      expect(calendar.isWorkingDay(f.fireAt.toISOString().slice(0, 10))).toBe(true);
    }
  });

  it('leaves out a reminder that would come before (or exactly at) the start of the deadline', () => {
    // Started Thursday 12/3 at 12:00 in Vietnam: the Wednesday reminder is already past, Friday's is not.
    const plan = planFirings(calendar, new Date('2026-03-12T05:00:00.000Z'), dueMonday, [3, 1]);
    expect(plan.map((f) => f.kind)).toEqual(['REMIND_1WD', 'DUE_DAY', 'ESCALATE']);
    // Started at exactly 08:00 on Friday: that reminder is not "after the start" and is dropped.
    const atInstant = planFirings(calendar, new Date('2026-03-13T01:00:00.000Z'), dueMonday, [3, 1]);
    expect(atInstant.map((f) => f.kind)).toEqual(['DUE_DAY', 'ESCALATE']);
    // Started on the due day after 08:00: only the escalation is left.
    const late = planFirings(calendar, new Date('2026-03-16T03:00:00.000Z'), dueMonday, [3, 1]);
    expect(late.map((f) => f.kind)).toEqual(['ESCALATE']);
  });

  it('escalates 1 ms after the due instant, whatever the start', () => {
    for (const start of [startEarly, new Date('2026-03-16T10:00:00.000Z'), new Date('2026-04-01T00:00:00.000Z')]) {
      const plan = planFirings(calendar, start, dueMonday, [3, 1]);
      const escalate = plan.filter((f) => f.kind === 'ESCALATE');
      expect(escalate).toHaveLength(1);
      expect(escalate[0].fireAt.getTime()).toBe(dueMonday.getTime() + 1);
      expect(plan[plan.length - 1].kind).toBe('ESCALATE');
    }
  });

  it('deduplicates repeated k values and orders the reminders from the earliest', () => {
    const plan = planFirings(calendar, startEarly, dueMonday, [1, 3, 1, 3, 3]);
    expect(plan.map((f) => f.kind)).toEqual(['REMIND_3WD', 'REMIND_1WD', 'DUE_DAY', 'ESCALATE']);
    const kinds = plan.map((f) => f.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    // Firing times never go backwards.
    for (let i = 1; i < plan.length; i++) expect(plan[i].fireAt.getTime()).toBeGreaterThan(plan[i - 1].fireAt.getTime());
  });

  it('with no working-day reminders configured, plans the due day and the escalation only', () => {
    expect(planFirings(calendar, startEarly, dueMonday, []).map((f) => f.kind)).toEqual(['DUE_DAY', 'ESCALATE']);
  });
});
