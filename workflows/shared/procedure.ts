import type { AnyStateMachine } from 'xstate';
import type { Role } from './roles';

/** A class whose instances class-validator can check (payload DTOs are declared next to each machine). */
export type PayloadClass = new () => object;

/** Every event reaching a machine has this shape; the service fills actorId and occurredAt. */
export interface MachineEvent<TType extends string = string, TPayload = unknown> {
  type: TType;
  payload: TPayload;
  actorId: string;
  occurredAt: string;
}

export interface EventSpec {
  /** Vietnamese label shown to users. */
  label: string;
  /** Roles that may send the event (held on the case's unit or an ancestor of it). */
  roles: readonly Role[];
  /** DTO validating the payload; events without one take an empty payload. */
  payload?: PayloadClass;
  /**
   * Whose roles count: the case's own unit (default) or the unit the case was assigned to
   * (for the steps a competent unit takes on an assigned case).
   */
  actingUnit?: 'CASE_UNIT' | 'ASSIGNED_UNIT';
  /** Whether the event applies to this case at all (e.g. only Front-supervision cases can extend that deadline). */
  offerWhen?: (context: unknown) => boolean;
}

/** Statistics category of a case, in the terms committees publish (Quy định 1374 reporting, §4.1 [S5]). */
export type ReportCategory =
  | 'NOT_YET_HANDLED'
  | 'IN_PROGRESS'
  | 'AWAITING_UNIT_REPORT'
  | 'RESOLVED'
  | 'NO_BASIS'
  | 'FORWARDED'
  | 'MOVED_TO_INSPECTION';

export interface CaseProjection {
  reportCategory: ReportCategory;
  /** Small indexed attributes for filters and statistics (e.g. the 1374 source). */
  tags: Record<string, string>;
  /** Unit the case is assigned to, if any: its people may see the case and act as `ASSIGNED_UNIT`. */
  assignedUnitId?: string;
  /** Case title and the instant the information was received, taken from the machine's context. */
  title: string;
  receivedAt: string;
}

export interface ProcedureDefinition {
  id: string;
  version: number;
  /** Vietnamese title. */
  title: string;
  legalBasis: string;
  machine: AnyStateMachine;
  /** DTO for the data given when a case is created (the machine's input). */
  input: PayloadClass;
  /** Roles that may create (register) a case of this procedure. */
  createRoles: readonly Role[];
  events: Readonly<Record<string, EventSpec>>;
  /** Vietnamese label for each state path (e.g. `assignedToUnit.awaitingReport`). */
  stateLabels: Readonly<Record<string, string>>;
  /** Vietnamese explanation for each guard, shown when it refuses an event. */
  guardMessages: Readonly<Record<string, string>>;
  project(state: string, context: unknown): CaseProjection;
}
