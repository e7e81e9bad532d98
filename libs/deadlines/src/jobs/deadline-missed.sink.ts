import type { EntityManager } from 'typeorm';

/** The token under which the cases library provides the sink (a missed deadline is an event of its case). */
export const DEADLINE_MISSED_SINK = Symbol('DEADLINE_MISSED_SINK');

/**
 * Where a missed deadline goes: the case's machine, told in the claiming transaction. Declared here and implemented
 * by the cases library, so that deadlines does not depend on cases (cases depends on deadlines for planning).
 */
export interface DeadlineMissedSink {
  /** Sends DEADLINE_MISSED to the case; answers the state it moved to, or undefined when the machine did not take it. */
  deadlineMissed(m: EntityManager, caseId: string, key: string, generation: number): Promise<string | undefined>;
}
