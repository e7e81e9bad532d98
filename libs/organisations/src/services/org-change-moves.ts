import type { FoundedUnit } from '@hoso/access/services/org-tree-writer.service';
import type { CaseMove } from '@hoso/cases/services/case-transfer.types';
import { defaultSuccessor, endingUnits, type OrgChangePlan, type UnitRef } from '@hoso/workflows';
import type { LineageEdge } from '../repositories/org-change.repository';
import type { OrgWorld } from './org-change-world';

/** Everything applying a checked plan writes, worked out before anything is written. */
export interface OrgChangeMoves {
  founded: FoundedUnit[];
  ending: string[];
  /** MOVE's unit first, then the active child units of the units that end, re-attached to their successors. */
  reparent: { unitId: string; parentId: string }[];
  childUnitsMoved: number;
  rename?: { unitId: string; name: string };
  caseMoves: CaseMove[];
  memberMoves: { personId: string; toUnitId: string }[];
  lineage: LineageEdge[];
  roles: { userId: string; unitId: string; role: string }[];
}

/**
 * The writes a checked plan makes, given the ids of the units it founds. Open cases and members of the units that end
 * go where the plan names them, else to the default successor (MERGE the new unit, ABSORB the receiving unit, SPLIT
 * and DISSOLVE `recordsTo`); an applicant not named follows the open case about them; child units likewise (SPLIT:
 * `childSuccessors`). Pure.
 */
export function planMoves(plan: OrgChangePlan, w: OrgWorld, newIds: ReadonlyMap<string, string>): OrgChangeMoves {
  const resolve = (ref: UnitRef | undefined): string | undefined => (ref ? (ref.unitId ?? newIds.get(ref.newUnit!)) : undefined);
  const fallback = resolve(defaultSuccessor(plan));
  const ending = [...endingUnits(plan)];
  const endingSet = new Set(ending);
  const founded = plan.newUnits.map((n) => ({ id: newIds.get(n.key)!, code: n.code, name: n.name.trim(), level: n.level, parentId: n.parentId }));

  const caseTo = new Map((plan.caseSuccessors ?? []).map((s) => [s.caseId, resolve(s.to)]));
  const caseMoves: CaseMove[] = [];
  if (fallback || caseTo.size > 0) {
    for (const c of w.openCases) {
      const to = caseTo.get(c.id) ?? fallback;
      if (!to) continue;
      const move: CaseMove = {
        caseId: c.id,
        ...(endingSet.has(c.orgUnitId) ? { orgUnitId: to } : {}),
        ...(c.assignedUnitId && endingSet.has(c.assignedUnitId) ? { assignedUnitId: to } : {}),
      };
      if (move.orgUnitId || move.assignedUnitId) caseMoves.push(move);
    }
  }

  const memberTo = new Map((plan.memberSuccessors ?? []).map((s) => [s.personId, resolve(s.to)]));
  // A person who is not a member (an applicant) follows the open case about them, so that its new unit can read them.
  const caseOf = new Map<string, string>();
  for (const mv of caseMoves) {
    const subject = w.caseSubjects?.get(mv.caseId);
    const to = mv.orgUnitId ?? mv.assignedUnitId;
    if (subject && to && !caseOf.has(subject)) caseOf.set(subject, to);
  }
  const memberMoves = w.members.flatMap((p) => {
    const to = memberTo.get(p.id) ?? (p.member === false ? caseOf.get(p.id) : undefined) ?? fallback;
    return to && to !== p.orgUnitId ? [{ personId: p.id, toUnitId: to }] : [];
  });

  const reparent: { unitId: string; parentId: string }[] = [];
  if (plan.kind === 'MOVE' && plan.newParentId) reparent.push({ unitId: plan.units[0], parentId: plan.newParentId });
  const childTo = new Map((plan.childSuccessors ?? []).map((s) => [s.unitId, resolve(s.to)]));
  let childUnitsMoved = 0;
  for (const child of w.children) {
    const to = childTo.get(child.id) ?? fallback;
    if (to && to !== child.parentId) {
      reparent.push({ unitId: child.id, parentId: to });
      childUnitsMoved++;
    }
  }

  const lineage: LineageEdge[] = [];
  const edge = (predecessorId: string, successorId: string | undefined, records: boolean) => {
    if (successorId && !lineage.some((e) => e.predecessorId === predecessorId && e.successorId === successorId)) {
      lineage.push({ predecessorId, successorId, records });
    }
  };
  for (const unitId of ending) {
    if (plan.kind === 'SPLIT') for (const id of founded.map((f) => f.id)) edge(unitId, id, id === fallback);
    edge(unitId, fallback, true);
  }

  const roles = (plan.roles ?? []).flatMap((r) => {
    const unitId = resolve(r.to);
    return unitId ? [{ userId: r.userId, unitId, role: r.role }] : [];
  });
  return {
    founded, ending, reparent, childUnitsMoved, caseMoves, memberMoves, lineage, roles,
    ...(plan.kind === 'RENAME' && plan.newName ? { rename: { unitId: plan.units[0], name: plan.newName.trim() } } : {}),
  };
}
