import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersistedSnapshot } from '@hoso/workflows';
import type { WriteStatement } from '@hoso/core/database/write-statement';

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

  /** Head of a create statement: the new case row. */
  insertCase(
    w: WriteStatement,
    c: CaseWrite & {
      id: string; procedureId: string; machineVersion: number; orgUnitId: string; createdBy: string; chainHead: string; now: Date;
      /** Restricted filing: only its named participants see it (ProcedureDefinition.restricted); fixed at creation. */
      restricted?: boolean;
    },
  ): void {
    w.head(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version,
                           org_unit_id, assigned_unit_id, title, chain_head, created_by, received_at, created_at, updated_at, restricted)
       VALUES (${w.p(c.id)}, ${w.p(c.procedureId)}, ${w.p(c.machineVersion)}, ${w.p(JSON.stringify(c.snapshot))}, ${w.p(c.state)},
               ${w.p(c.status)}, ${w.p(c.reportCategory)}, ${w.p(JSON.stringify(c.tags))}, 1, ${w.p(c.orgUnitId)},
               ${w.p(c.assignedUnitId)}, ${w.p(c.title)}, ${w.p(c.chainHead)}, ${w.p(c.createdBy)}, ${w.p(c.receivedAt)},
               ${w.p(c.now)}, ${w.p(c.now)}, ${w.p(c.restricted === true)})`,
    );
  }

  /** Head of a transition statement — the optimistic lock: the row moves from `expected` to `expected + 1` or not at all. */
  updateIfVersion(w: WriteStatement, id: string, expected: number, c: CaseWrite & { chainHead: string; now: Date }): void {
    w.head(
      `UPDATE "case" SET snapshot = ${w.p(JSON.stringify(c.snapshot))}, state = ${w.p(c.state)}, status = ${w.p(c.status)},
                         report_category = ${w.p(c.reportCategory)}, tags = ${w.p(JSON.stringify(c.tags))},
                         assigned_unit_id = ${w.p(c.assignedUnitId)}, chain_head = ${w.p(c.chainHead)}, updated_at = ${w.p(c.now)},
                         version = version + 1
        WHERE id = ${w.p(id)} AND version = ${w.p(expected)}`,
    );
  }

  /** Head of a version move: the case resumes on another machine version, under the same optimistic lock. */
  moveToVersionIfVersion(w: WriteStatement, id: string, expected: number, machineVersion: number, c: CaseWrite & { chainHead: string; now: Date }): void {
    w.head(
      `UPDATE "case" SET machine_version = ${w.p(machineVersion)}, snapshot = ${w.p(JSON.stringify(c.snapshot))}, state = ${w.p(c.state)},
                         status = ${w.p(c.status)}, report_category = ${w.p(c.reportCategory)}, tags = ${w.p(JSON.stringify(c.tags))},
                         assigned_unit_id = ${w.p(c.assignedUnitId)}, chain_head = ${w.p(c.chainHead)}, updated_at = ${w.p(c.now)},
                         version = version + 1
        WHERE id = ${w.p(id)} AND version = ${w.p(expected)}`,
    );
  }

  /** Run the statement; the number of case rows written (0 means the expected version was stale). */
  async execute(m: EntityManager, w: WriteStatement): Promise<number> {
    const { sql, params } = w.build();
    const rows: { written: number }[] = await m.query(sql, params);
    return rows[0]?.written ?? 0;
  }
}
