import type { OrgChangeKind } from '@hoso/workflows';

/** An open case the organisation change concerns: its own unit or the unit it was assigned to ends or changes. */
export interface OpenCaseOfUnit {
  id: string;
  procedureId: string;
  title: string;
  orgUnitId: string;
  assignedUnitId: string | null;
  version: number;
}

/** Where one case goes: a new own unit, a new assigned unit, or both (a field left out does not change). */
export interface CaseMove {
  caseId: string;
  orgUnitId?: string;
  assignedUnitId?: string;
}

/** Why cases move: the structural change and the decision it applies, written on each case's timeline event. */
export interface TransferBasis {
  changeId: string;
  kind: OrgChangeKind;
  decision: { number: string; date: string; body: string };
  effectiveDate: string;
  actorId: string;
  /** The instant of the transfer (recorded as the event's occurredAt and the transfer's `at`). */
  at: Date;
  /** A direct application by an administrator (data repair) gives its reason. */
  reason?: string;
}
