import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ProcedureDefinition } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { TimelineWriter } from '@hoso/timeline/repositories/timeline-writer.repository';
import { ORG_TRANSFERRED } from '@hoso/timeline/timeline-labels';
import type { CaseRow, CaseWrite } from '../repositories/case-store.repository';
import { CaseTransferRepository, type CaseToMove, type MoveWrite } from '../repositories/case-transfer.repository';
import type { CaseMove, OpenCaseOfUnit, TransferBasis } from './case-transfer.types';

/**
 * Carries open cases to successor units when an organisation changes (merger, split, absorption, dissolution), in
 * the caller's transaction: each case moved gets one ORG_TRANSFERRED timeline event under its hash chain (state
 * unchanged), its row moves to the next version with the new units, and one `case_unit_transfer` row per field
 * moved lets statistics count it under the unit that held it at any date. Set-based: one read and one write
 * statement whatever the number of cases; only the hashes are computed one case at a time.
 */
@Injectable()
export class CaseTransferService {
  private readonly logger = new Logger('Cases');

  constructor(
    private readonly repo: CaseTransferRepository,
    private readonly timeline: TimelineWriter,
  ) {}

  /** Open cases whose own unit or assigned unit is one of `unitIds`, oldest first. */
  openCasesOf(m: EntityManager, unitIds: readonly string[]): Promise<OpenCaseOfUnit[]> {
    return this.repo.openCasesOf(m, [...new Set(unitIds)]);
  }

  /**
   * Moves the cases as `moves` say, on the basis given; returns how many cases moved. A move that changes nothing,
   * and a case no longer open (closed meanwhile: it stays where it was decided) are skipped. The caller leaves out the
   * case whose step applies the change (the organisation procedure's own case): it is being written. A case without an assignment is not given
   * one. If any case was written by someone else since it was read, VERSION_CONFLICT is thrown and the caller's
   * transaction must roll back: nothing is moved by halves.
   */
  async transfer(m: EntityManager, moves: readonly CaseMove[], basis: TransferBasis): Promise<number> {
    const wanted = new Map<string, CaseMove>();
    for (const mv of moves) wanted.set(mv.caseId, { ...wanted.get(mv.caseId), ...mv });
    const rows = await this.repo.casesToMove(m, [...wanted.keys()]);
    const recordedAt = new Date();
    const writes: MoveWrite[] = [];
    for (const row of rows.sort((a, b) => (a.id < b.id ? -1 : 1))) {
      const w = this.moveOf(row, wanted.get(row.id)!, basis, recordedAt);
      if (w) writes.push(w);
    }
    if (writes.length === 0) return 0;
    const written = await this.repo.write(m, writes, basis.at, recordedAt, basis.changeId);
    if (written !== writes.length) {
      throw new DomainError(ErrorCode.VERSION_CONFLICT, { changeId: basis.changeId, cases: writes.length, written });
    }
    this.logger.log(`org change ${basis.changeId} ${basis.kind}: ${written} case(s) moved`);
    return written;
  }

  private moveOf(row: CaseToMove, mv: CaseMove, basis: TransferBasis, recordedAt: Date): MoveWrite | undefined {
    if (row.status !== 'OPEN') return undefined;
    const transfers: MoveWrite['transfers'] = [];
    if (mv.orgUnitId && mv.orgUnitId !== row.org_unit_id) {
      transfers.push({ field: 'ORG_UNIT', fromUnitId: row.org_unit_id, toUnitId: mv.orgUnitId });
    }
    if (mv.assignedUnitId && row.assigned_unit_id && mv.assignedUnitId !== row.assigned_unit_id) {
      transfers.push({ field: 'ASSIGNED_UNIT', fromUnitId: row.assigned_unit_id, toUnitId: mv.assignedUnitId });
    }
    if (transfers.length === 0) return undefined;
    const unit = (field: string) => transfers.find((t) => t.field === field);
    const org = unit('ORG_UNIT');
    const assigned = unit('ASSIGNED_UNIT');
    const payload = {
      changeId: basis.changeId,
      kind: basis.kind,
      decision: basis.decision,
      effectiveDate: basis.effectiveDate,
      ...(org ? { orgUnit: { from: org.fromUnitId, to: org.toUnitId } } : {}),
      ...(assigned ? { assignedUnit: { from: assigned.fromUnitId, to: assigned.toUnitId } } : {}),
      ...(basis.reason ? { reason: basis.reason } : {}),
    };
    const event = {
      caseId: row.id, seq: row.version + 1, type: ORG_TRANSFERRED, payload, actorId: basis.actorId,
      fromState: row.state, toState: row.state, machineVersion: row.machine_version, occurredAt: basis.at, recordedAt,
    };
    return {
      caseId: row.id,
      expectedVersion: row.version,
      orgUnitId: org?.toUnitId ?? row.org_unit_id,
      assignedUnitId: assigned?.toUnitId ?? row.assigned_unit_id,
      event: {
        id: randomUUID(), type: ORG_TRANSFERRED, payload, actorId: basis.actorId, state: row.state, machineVersion: row.machine_version,
        prevHash: row.chain_head, hash: this.timeline.hashOf(row.chain_head, event),
      },
      transfers,
    };
  }
}

/**
 * The unit a case is assigned to, kept where an organisation change carried it: the procedure projects the assignment
 * from the machine's context, which still names the unit that ended; while the step leaves the projected assignment
 * as it was, the case row's (the successor) stands. A step that assigns anew wins.
 */
export function keepTransferredAssignment(def: ProcedureDefinition, row: CaseRow, write: CaseWrite): CaseWrite {
  const before = def.project(row.state, row.snapshot.context).assignedUnitId ?? null;
  return write.assignedUnitId === before ? { ...write, assignedUnitId: row.assigned_unit_id } : write;
}
