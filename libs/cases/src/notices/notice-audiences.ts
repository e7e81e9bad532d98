import { Role } from '@hoso/workflows';

/** The audiences a machine's `notify` effect names (workflows/shared/effects.ts `NotifyParams`). */
export type NoticeAudience = 'REPORTER' | 'UNIT' | 'UPPER_COMMITTEE' | 'TASK_FORCE';

/** Which unit an audience is read on: exactly one unit, or that unit and every unit above it. */
export type AudienceUnit =
  /** The unit the case was assigned to, else the case's own unit. */
  | 'HANDLING_UNIT'
  /** The parent of the case's unit (nobody when the case's unit has none). */
  | 'PARENT_UNIT'
  /** The case's unit and every unit above it. */
  | 'UNIT_AND_ABOVE';

export interface UserAudience {
  unit: AudienceUnit;
  roles: readonly Role[];
}

/**
 * Who is told, per audience: the people holding one of `roles` on `unit`. The one place this is decided.
 * - UNIT: the handling unit's secretary (it leads the handling), its office (it receives documents) and its task force.
 * - UPPER_COMMITTEE: the secretary and the office of the committee above (the office synthesises and reports, §4.1).
 * - TASK_FORCE: the 1374 task-force officers of the case's unit and above.
 * REPORTER (and any audience outside the system) is no user: the message stays as an item a clerk sends and marks sent.
 */
export const USER_AUDIENCES: Readonly<Record<Exclude<NoticeAudience, 'REPORTER'>, UserAudience>> = {
  UNIT: { unit: 'HANDLING_UNIT', roles: [Role.SECRETARY, Role.COMMITTEE_OFFICE, Role.TASK_FORCE_OFFICER] },
  UPPER_COMMITTEE: { unit: 'PARENT_UNIT', roles: [Role.SECRETARY, Role.COMMITTEE_OFFICE] },
  TASK_FORCE: { unit: 'UNIT_AND_ABOVE', roles: [Role.TASK_FORCE_OFFICER] },
};

/** Vietnamese names of the audiences, for the clerk's list. */
export const AUDIENCE_LABELS: Readonly<Record<NoticeAudience, string>> = {
  REPORTER: 'Người cung cấp thông tin, người tố cáo, khiếu nại',
  UNIT: 'Đơn vị giải quyết',
  UPPER_COMMITTEE: 'Cấp ủy cấp trên',
  TASK_FORCE: 'Tổ công tác 1374',
};

export function isUserAudience(a: string): a is keyof typeof USER_AUDIENCES {
  return Object.prototype.hasOwnProperty.call(USER_AUDIENCES, a);
}

/** The audiences of a message that no user receives: they are sent by hand. */
export function manualAudiences(audiences: readonly string[]): string[] {
  return audiences.filter((a) => !isUserAudience(a));
}
