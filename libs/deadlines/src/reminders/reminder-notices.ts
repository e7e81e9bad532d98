import type { ReminderKind } from '@hoso/kernel/legal-time';

/** Who is told when: the unit's officers are reminded; the secretary and the standing committee hear of a miss. */
export const REMIND_ROLES: readonly string[] = ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE'];
export const ESCALATE_ROLES: readonly string[] = ['SECRETARY', 'STANDING_COMMITTEE_MEMBER'];

/** An escalation goes to those above; every other firing (reminders, the due day, a term's end) to the officers. */
export function audienceOf(kind: ReminderKind | string): 'ESCALATE' | 'REMIND' {
  return kind === 'ESCALATE' ? 'ESCALATE' : 'REMIND';
}

/** One firing of one deadline, as the notice about it needs it. */
export interface FiredDeadline {
  deadlineId: string;
  generation: number;
  kind: ReminderKind | string;
  /** The deadline's key in its machine (e.g. `reportDue`). */
  key: string;
  dueAt: Date;
  caseTitle: string;
}

const TITLE_PREFIX: Record<string, string> = {
  ESCALATE: 'Quá hạn: ',
  TERM_END: 'Kết thúc thời hạn: ',
  DUE_DAY: 'Hôm nay đến hạn: ',
};

/** The notice's title: what happened, then the case. */
export function noticeTitle(f: FiredDeadline): string {
  return (TITLE_PREFIX[f.kind] ?? 'Sắp đến hạn: ') + f.caseTitle;
}

/** The notice's body: which deadline, which generation, and when it ran out or runs out. */
export function noticeBody(f: FiredDeadline): string {
  const over = f.kind === 'ESCALATE' || f.kind === 'TERM_END';
  return `Thời hạn "${f.key}" (lần ${f.generation}) ${over ? 'đã hết' : 'hết'} vào ${f.dueAt.toISOString()}.`;
}

/** Unique per user and firing of a due: a firing taken twice notifies nobody twice; a moved due is a new firing. */
export function noticeSourceKey(f: FiredDeadline): string {
  return `dl-${f.deadlineId}-g${f.generation}-${f.kind}-${f.dueAt.getTime()}`;
}
