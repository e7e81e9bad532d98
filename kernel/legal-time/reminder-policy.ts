import { addCalendarDays } from './calendar-months';
import { toVietnamDate, type IsoDate } from './vietnam-time';
import type { WorkingCalendar } from './working-calendar';

export type ReminderKind = `REMIND_${number}WD` | 'DUE_DAY' | 'ESCALATE' | 'TERM_END';

export interface PlannedFiring {
  kind: ReminderKind;
  fireAt: Date;
}

/** 08:00 in Vietnam (UTC+7, no daylight saving) on `date`: the start of the office day, when reminders go out. */
export function officeMorning(date: IsoDate): Date {
  return new Date(`${date}T01:00:00.000Z`);
}

/** The working day `k` working days before `due` (k ≥ 1). */
export function workingDaysBefore(calendar: WorkingCalendar, due: IsoDate, k: number): IsoDate {
  let d = due;
  let left = k;
  for (let guard = 0; guard < 3660; guard++) {
    d = addCalendarDays(d, -1);
    if (calendar.isWorkingDay(d) && --left === 0) return d;
  }
  throw new RangeError(`no working day ${k} working days before ${due}`);
}

/**
 * When to remind and escalate for one deadline: `k` working days before (for each configured k), on the due day,
 * and just after the due instant. Reminders that would come before the deadline started are left out. A term (a
 * period that runs out, e.g. probation) only ends, just after its due instant: nobody is late.
 */
export function planFirings(calendar: WorkingCalendar, startAt: Date, dueAt: Date, remindWorkingDays: readonly number[], term = false): PlannedFiring[] {
  if (term) return [{ kind: 'TERM_END', fireAt: new Date(dueAt.getTime() + 1) }];
  const dueDate = toVietnamDate(dueAt);
  const out: PlannedFiring[] = [];
  for (const k of [...new Set(remindWorkingDays)].sort((a, b) => b - a)) {
    const at = officeMorning(workingDaysBefore(calendar, dueDate, k));
    if (at > startAt) out.push({ kind: `REMIND_${k}WD`, fireAt: at });
  }
  const dayOf = officeMorning(dueDate);
  if (dayOf > startAt) out.push({ kind: 'DUE_DAY', fireAt: dayOf });
  out.push({ kind: 'ESCALATE', fireAt: new Date(dueAt.getTime() + 1) });
  return out;
}
