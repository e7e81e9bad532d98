import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersistedSnapshot } from '@hoso/workflows';
import { eventHash, GENESIS_HASH, type ChainedEvent } from '../timeline/hash-chain';

export interface CaseRow {
  id: string;
  procedure_id: string;
  machine_version: number;
  snapshot: PersistedSnapshot;
  state: string;
  status: 'OPEN' | 'CLOSED';
  report_category: string;
  tags: Record<string, string>;
  version: number;
  org_unit_id: string;
  assigned_unit_id: string | null;
  title: string;
  chain_head: string;
  created_by: string;
  received_at: Date;
  created_at: Date;
  updated_at: Date;
  unit_path: string;
  assigned_unit_path: string | null;
}

export interface CaseWrite {
  snapshot: PersistedSnapshot;
  state: string;
  status: 'OPEN' | 'CLOSED';
  reportCategory: string;
  tags: Record<string, string>;
  assignedUnitId: string | null;
  title: string;
  receivedAt: string;
}

const SELECT_CASE = `
  SELECT c.*, ou.path AS unit_path, au.path AS assigned_unit_path
    FROM "case" c
    JOIN org_unit ou ON ou.id = c.org_unit_id
    LEFT JOIN org_unit au ON au.id = c.assigned_unit_id`;

/** SQL for cases and their timeline. Every write runs inside the caller's transaction. */
@Injectable()
export class CaseStoreRepository {
  async findById(m: EntityManager, id: string): Promise<CaseRow | undefined> {
    const rows: CaseRow[] = await m.query(`${SELECT_CASE} WHERE c.id = $1`, [id]);
    return rows[0];
  }

  async insertCase(
    m: EntityManager,
    c: CaseWrite & { id: string; procedureId: string; machineVersion: number; orgUnitId: string; createdBy: string; chainHead: string; now: Date },
  ): Promise<void> {
    await m.query(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version,
                           org_unit_id, assigned_unit_id, title, chain_head, created_by, received_at, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,1,$9,$10,$11,$12,$13,$14,$15,$15)`,
      [c.id, c.procedureId, c.machineVersion, JSON.stringify(c.snapshot), c.state, c.status, c.reportCategory, JSON.stringify(c.tags), c.orgUnitId,
        c.assignedUnitId, c.title, c.chainHead, c.createdBy, c.receivedAt, c.now],
    );
  }

  /** The optimistic lock: exactly one row must move from `expected` to `expected + 1`. */
  async updateIfVersion(m: EntityManager, id: string, expected: number, c: CaseWrite & { chainHead: string; now: Date }): Promise<boolean> {
    const [, affected] = (await m.query(
      `UPDATE "case" SET snapshot = $3, state = $4, status = $5, report_category = $6, tags = $7, assigned_unit_id = $8,
                         chain_head = $9, updated_at = $10, version = version + 1
        WHERE id = $1 AND version = $2`,
      [id, expected, JSON.stringify(c.snapshot), c.state, c.status, c.reportCategory, JSON.stringify(c.tags), c.assignedUnitId, c.chainHead, c.now],
    )) as [unknown, number];
    return affected === 1;
  }

  /** Append one timeline row chained to `prevHash`; returns its hash. */
  async appendEvent(m: EntityManager, prevHash: string, e: ChainedEvent): Promise<string> {
    const hash = eventHash(prevHash, e);
    await m.query(
      `INSERT INTO case_event (id, case_id, seq, type, payload, actor_id, from_state, to_state, machine_version,
                               occurred_at, recorded_at, prev_hash, hash)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
      [randomUUID(), e.caseId, e.seq, e.type, JSON.stringify(e.payload ?? {}), e.actorId, e.fromState, e.toState,
        e.machineVersion, e.occurredAt, e.recordedAt, prevHash, hash],
    );
    return hash;
  }

  genesis(): string {
    return GENESIS_HASH;
  }
}
