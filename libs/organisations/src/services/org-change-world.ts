import type { OrgChangePlan, UnitRef } from '@hoso/workflows';
import type { OpenCaseOfUnit } from '@hoso/cases/services/case-transfer.types';
import type { UnitRow } from '../repositories/org-tree.repository';

/** What a plan is checked and resolved against: the parts of the tree, cases, members and users it concerns. */
export interface OrgWorld {
  decider: UnitRow | undefined;
  /** Every existing unit the plan names (units, parents, successors, child units), by id. */
  units: ReadonlyMap<string, UnitRow>;
  /** Open cases of the units that end (own or assigned unit), but the organisation procedure's own case. */
  openCases: readonly OpenCaseOfUnit[];
  /** Person records managed by the units that end (members, and applicants or former members: `member` false). */
  members: readonly { id: string; fullName: string; orgUnitId: string; member?: boolean }[];
  /** The person each open case of the units that end is about, by case id. */
  caseSubjects?: ReadonlyMap<string, string>;
  /** Active units directly under the units that end (not ending themselves). */
  children: readonly UnitRow[];
  takenCodes: ReadonlySet<string>;
  users: ReadonlySet<string>;
  rolesOnEnding: number;
}

/** Every existing unit id a plan names, to load in one query. */
export function namedUnitIds(plan: OrgChangePlan): string[] {
  const refs: (UnitRef | undefined)[] = [
    plan.recordsTo,
    ...(plan.caseSuccessors ?? []).map((s) => s.to),
    ...(plan.memberSuccessors ?? []).map((s) => s.to),
    ...(plan.childSuccessors ?? []).map((s) => s.to),
    ...(plan.roles ?? []).map((s) => s.to),
  ];
  const ids = [
    ...(plan.units ?? []),
    ...(plan.newUnits ?? []).map((n) => n.parentId),
    plan.intoUnitId,
    plan.newParentId,
    ...(plan.childSuccessors ?? []).map((s) => s.unitId),
    ...refs.map((r) => r?.unitId),
  ];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && UUID.test(id)))];
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A unit as people name it in a message: its name and code. */
export function unitLabel(u: { name: string; code: string }): string {
  return `${u.name} (mã ${u.code})`;
}

/** Active on the day: founded on or before it and not ended by it. */
export function activeOn(u: UnitRow, day: string): boolean {
  return u.validFrom <= day && (u.validTo === null || day < u.validTo);
}
