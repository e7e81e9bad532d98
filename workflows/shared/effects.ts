import type { OrgChangePlan } from './org-change';

// Effects a machine may declare. The engine performs them in the same transaction as the transition and
// refuses (throws) any effect type not listed here, so a machine cannot silently ask for something unbuilt.
export const EFFECT_TYPES = [
  'scheduleDeadline', 'markDeadlineMet', 'cancelDeadline', 'pauseDeadline', 'resumeDeadline', 'extendDeadline', 'notify',
  'openChildCase', 'reportToParent', 'recordMembership', 'applyOrgChange', 'assignCommitteeRoles',
] as const;
export type EffectType = (typeof EFFECT_TYPES)[number];

/** Start a legal deadline: `ruleKey` names a row of the rule tables; `startAt` is the instant the clock starts. */
export interface ScheduleDeadlineParams {
  key: string;
  ruleKey: string;
  startAt: string;
  /**
   * A period that runs out rather than a step that is due (e.g. the 12-month probation): no reminders, no
   * escalation; when it ends the deadline is ENDED (not MISSED), the unit is told, and the machine still receives
   * DEADLINE_MISSED with the generation (its "the clock ran out" event).
   */
  term?: boolean;
  /**
   * A term or step whose end the act itself fixes (an effective date): due at that instant (ISO) instead of counted
   * from the rule; the rule row still names the basis.
   */
  dueAt?: string;
}

/** Close a deadline because its step was done (`markDeadlineMet`) or became moot (`cancelDeadline`). */
export interface CloseDeadlineParams {
  key: string;
  at: string;
}

/** Stop a deadline's clock (keeping the working days left) or restart it from `at`. */
export interface PauseDeadlineParams {
  key: string;
  at: string;
}

/** Extend a deadline by the rule's extension, if the rule allows another one; the reason goes on the record. */
export interface ExtendDeadlineParams {
  key: string;
  reason: string;
  /**
   * The date of the act that extends (ISO date), when the step records one: an extension dated on or before the due
   * date is on time even if entered after the worker marked the deadline missed (lateness by the act's own date).
   */
  actDate?: string;
}

/** Tell people about the case; delivered by the worker from the outbox. */
export interface NotifyParams {
  template: string;
  audiences: readonly ('REPORTER' | 'UNIT' | 'UPPER_COMMITTEE' | 'TASK_FORCE')[];
  summary?: string;
}

/**
 * Open a case of another procedure linked to this one (1374 → inspection → discipline → complaint; denunciation →
 * inspection). The child starts from `input` (validated by the child procedure's input class) on this case's unit,
 * or on the unit it was assigned to; parent and child show each other; the child's `reportToParent` comes back to
 * this case as the system event CHILD_CONCLUDED (see child-case.ts).
 */
export interface OpenChildCaseParams {
  procedureId: string;
  link: 'INSPECTION' | 'DISCIPLINE' | 'COMPLAINT' | 'INFORMATION' | 'VERIFICATION' | 'VERIFICATION_TASK';
  input: Record<string, unknown>;
  unit?: 'CASE_UNIT' | 'ASSIGNED_UNIT';
  /**
   * A unit named by id instead (e.g. a verification task addressed to the committee where a relative lives), possibly
   * outside the case's subtree: the child is that unit's case (its people see it, its deadlines remind them), and it
   * must exist and not have ended.
   */
  unitId?: string;
}

/** A child case tells its parent (if it has one) how it ended; nothing happens for a case without a parent. */
export interface ReportToParentParams {
  outcome: string;
  summary?: string;
}

/**
 * Change the membership status of the person linked to the case (ProcedureDefinition.personOf), with the date it
 * takes effect: admitted (PROBATIONARY, `on` = ceremony date, `partyAgeFrom` = the date in the decision), recognised
 * (FULL, `on` = end of the 12 months, even when decided late), struck off, expelled. Written to the person's history.
 */
export interface RecordMembershipParams {
  status: 'APPLICANT' | 'PROBATIONARY' | 'FULL' | 'STRUCK_OFF' | 'EXPELLED' | 'NON_MEMBER';
  on: string;
  partyAgeFrom?: string;
  note?: string;
}

/**
 * Apply a structural change of the organisation tree (workflows/shared/org-change.ts) in this transaction: units end
 * or begin, open cases, members and roles move to the successors the plan names (libs/organisations). Declared by the
 * organisation procedure when its effective date arrives; the case that declares it is the change's record.
 */
export interface ApplyOrgChangeParams {
  plan: OrgChangePlan;
}

/**
 * Give the people a committee's decision designated (or its conference elected) the roles of their posts on the case's
 * unit (libs/access), on the date the act takes effect: declared when that date has come, only for people whose
 * account exists and is active (no account is ever created; the machine records who had none).
 */
export interface AssignCommitteeRolesParams {
  /** The date the designation or election takes effect (ISO date, Vietnam). */
  on: string;
  assignments: readonly { userId: string; role: string; fullName: string; post: string }[];
}

export interface EffectParamsByType {
  scheduleDeadline: ScheduleDeadlineParams;
  markDeadlineMet: CloseDeadlineParams;
  cancelDeadline: CloseDeadlineParams;
  pauseDeadline: PauseDeadlineParams;
  resumeDeadline: PauseDeadlineParams;
  extendDeadline: ExtendDeadlineParams;
  notify: NotifyParams;
  openChildCase: OpenChildCaseParams;
  reportToParent: ReportToParentParams;
  recordMembership: RecordMembershipParams;
  applyOrgChange: ApplyOrgChangeParams;
  assignCommitteeRoles: AssignCommitteeRolesParams;
}

export type Effect = { [K in EffectType]: { type: K; params: EffectParamsByType[K] } }[EffectType];

export function isEffectType(type: string): type is EffectType {
  return (EFFECT_TYPES as readonly string[]).includes(type);
}
