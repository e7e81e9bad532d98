import type { EntityManager } from 'typeorm';
import type { Effect, ProcedureDefinition, StepResult } from '@hoso/workflows';
import type { CaseWrite } from '../repositories/case-store.repository';
import { offeredEvents } from './offered-events';

/** Steps that write another case (a child, or the parent told of a conclusion) need one transaction for both. */
export const writesOtherCases = (effects: readonly Effect[]) =>
  effects.some(
    (e) =>
      e.type === 'openChildCase' || e.type === 'reportToParent' || e.type === 'recordMembership' || e.type === 'applyOrgChange' ||
      e.type === 'assignCommitteeRoles',
  );

export function inTransactionIf<T>(m: EntityManager, needed: boolean, fn: (tm: EntityManager) => Promise<T>): Promise<T> {
  return needed && !m.queryRunner?.isTransactionActive ? m.transaction(fn) : fn(m);
}

/** The case row a step leaves: the machine's snapshot and state, and the procedure's projection of them. */
export function toWrite(def: ProcedureDefinition, step: StepResult): CaseWrite {
  const p = def.project(step.state, step.snapshot.context);
  return {
    snapshot: step.snapshot,
    state: step.state,
    status: step.done ? 'CLOSED' : 'OPEN',
    reportCategory: p.reportCategory,
    tags: p.tags,
    assignedUnitId: p.assignedUnitId ?? null,
    title: p.title,
    receivedAt: p.receivedAt,
    offeredEvents: offeredEvents(def, step.snapshot),
  };
}
