import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OpenCaseOfUnit } from '../services/case-transfer.types';

/** A case as a transfer reads it: what the move changes and what its timeline event chains to. */
export interface CaseToMove {
  id: string;
  status: 'OPEN' | 'CLOSED';
  state: string;
  machine_version: number;
  version: number;
  org_unit_id: string;
  assigned_unit_id: string | null;
  chain_head: string;
  /** The row was already written by the current transaction (the organisation procedure's own case). */
}

/** One case moved: its new units, the timeline event that records it, and the transfer rows of the fields moved. */
export interface MoveWrite {
  caseId: string;
  expectedVersion: number;
  orgUnitId: string;
  assignedUnitId: string | null;
  event: { id: string; type: string; payload: unknown; actorId: string; state: string; machineVersion: number; prevHash: string; hash: string };
  transfers: { field: 'ORG_UNIT' | 'ASSIGNED_UNIT'; fromUnitId: string; toUnitId: string }[];
}

/** SQL of case transfers (organisation changes): set-based, a few statements for any number of cases. */
@Injectable()
export class CaseTransferRepository {
  async openCasesOf(m: EntityManager, unitIds: readonly string[]): Promise<OpenCaseOfUnit[]> {
    if (unitIds.length === 0) return [];
    return m.query(
      `SELECT id, procedure_id AS "procedureId", title, org_unit_id AS "orgUnitId", assigned_unit_id AS "assignedUnitId", version
         FROM "case"
        WHERE status = 'OPEN' AND (org_unit_id = ANY($1::uuid[]) OR assigned_unit_id = ANY($1::uuid[]))
        ORDER BY created_at, id`,
      [unitIds],
    );
  }

  /**
   * The cases named, in one query. No lock: the write is conditional on the version read, so a step committed
   * meanwhile makes the whole transfer fail rather than wait behind a thousand row locks taken one by one.
   */
  async casesToMove(m: EntityManager, ids: readonly string[]): Promise<CaseToMove[]> {
    if (ids.length === 0) return [];
    return m.query(
      `SELECT id, status, state, machine_version, version, org_unit_id, assigned_unit_id, chain_head
         FROM "case" WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * One statement: every case row moves from its expected version to the next (with its new units and chain head)
   * or not at all, and the timeline events and transfer rows are written only for the rows that moved. Returns the
   * number of case rows written.
   */
  async write(m: EntityManager, moves: readonly MoveWrite[], at: Date, recordedAt: Date, changeId: string): Promise<number> {
    if (moves.length === 0) return 0;
    const t = moves.flatMap((mv) => mv.transfers.map((x) => ({ caseId: mv.caseId, seq: mv.expectedVersion + 1, ...x })));
    const rows: { written: number }[] = await m.query(
      `WITH mv AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[], $4::uuid[], $5::char(64)[])
                    AS mv(case_id, expected, org_unit_id, assigned_unit_id, chain_head)
       ),
       u AS (
         UPDATE "case" c SET org_unit_id = mv.org_unit_id, assigned_unit_id = mv.assigned_unit_id, chain_head = mv.chain_head,
                             version = c.version + 1, updated_at = $14
           FROM mv WHERE c.id = mv.case_id AND c.version = mv.expected
         RETURNING c.id
       ),
       ev AS (
         INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version,
                                 occurred_at, recorded_at, prev_hash, hash)
         SELECT e.id, e.case_id, e.expected + 1, e.type, e.payload, e.actor_id, e.state, e.state, e.machine_version, $13, $14, e.prev_hash, e.hash
           FROM unnest($6::uuid[], $1::uuid[], $7::varchar[], $8::jsonb[], $9::uuid[], $10::varchar[], $11::int[], $12::char(64)[], $5::char(64)[], $2::int[])
                  AS e(id, case_id, type, payload, actor_id, state, machine_version, prev_hash, hash, expected)
           JOIN u ON u.id = e.case_id
         RETURNING 1
       ),
       tr AS (
         INSERT INTO case_unit_transfer (case_id, field, from_unit_id, to_unit_id, at, change_id, event_seq)
         SELECT x.case_id, x.field, x.from_unit_id, x.to_unit_id, $13, $15, x.seq
           FROM unnest($16::uuid[], $17::varchar[], $18::uuid[], $19::uuid[], $20::int[]) AS x(case_id, field, from_unit_id, to_unit_id, seq)
           JOIN u ON u.id = x.case_id
         RETURNING 1
       )
       SELECT count(*)::int AS written FROM u`,
      [
        moves.map((mv) => mv.caseId), moves.map((mv) => mv.expectedVersion), moves.map((mv) => mv.orgUnitId),
        moves.map((mv) => mv.assignedUnitId), moves.map((mv) => mv.event.hash),
        moves.map((mv) => mv.event.id), moves.map((mv) => mv.event.type), moves.map((mv) => JSON.stringify(mv.event.payload)),
        moves.map((mv) => mv.event.actorId), moves.map((mv) => mv.event.state), moves.map((mv) => mv.event.machineVersion),
        moves.map((mv) => mv.event.prevHash),
        at, recordedAt, changeId,
        t.map((x) => x.caseId), t.map((x) => x.field), t.map((x) => x.fromUnitId), t.map((x) => x.toUnitId), t.map((x) => x.seq),
      ],
    );
    return rows[0]?.written ?? 0;
  }
}
