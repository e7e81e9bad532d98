import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PersistedSnapshot } from '@hoso/workflows';
import type { WriteStatement } from '@hoso/core/database/write-statement';
import { callerFactsSql, type CallerFacts } from '../services/case-access.service';

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
  /** offered-events.ts: computed from the snapshot with every write of it (GET /inbox/awaiting-me reads it). */
  offeredEvents: string[];
}

/** The caller's session generation a write must find unmoved (AuthGuard, `uncheckedSession`), when it has one. */
export interface SessionCondition {
  userId: string;
  generation: number;
}

function sessionHolds(w: WriteStatement, session: SessionCondition | undefined): string {
  if (!session) return 'true';
  return `EXISTS (SELECT 1 FROM app_user WHERE id = ${w.p(session.userId)} AND session_generation = ${w.p(session.generation)})`;
}

/** The node-postgres client under a TypeORM query runner (the hot statements run on it as named statements). */
interface PgClient {
  query(q: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

const statementNames = new Map<string, string>();

/**
 * Named statements need a server session per connection. The embedded PGlite runs every connection on its one
 * session (libs/core/src/database/embedded-postgres.ts), where two connections preparing one name would collide:
 * there the hot statements stay unnamed. Asked once per data source.
 */
const namedAllowed = new WeakMap<object, Promise<boolean>>();
function mayName(m: EntityManager): Promise<boolean> {
  let allowed = namedAllowed.get(m.connection);
  if (!allowed) {
    // On the manager's own connection: in a transaction, PGlite serves no other connection until it ends.
    allowed = m
      .query(`SELECT version() AS v`)
      .then((rows: { v: string }[]) => !/PGlite/i.test(rows[0]?.v ?? ''))
      .catch((err: unknown) => {
        namedAllowed.delete(m.connection);
        throw err;
      });
    namedAllowed.set(m.connection, allowed);
  }
  return allowed;
}

/**
 * A hot statement as a named prepared statement (issue 16 §3): each connection parses and plans it once, then only
 * binds and executes it (not on the embedded PGlite: see mayName). On the manager's transaction connection when it
 * has one, else on a pool connection taken for the statement, as TypeORM's `query` does. A statement's name is a hash of its text, so texts that differ
 * (a write with other effect CTEs) are different statements.
 */
async function runNamed<T>(m: EntityManager, text: string, values: unknown[]): Promise<T[]> {
  if (!(await mayName(m))) return m.query(text, values);
  let name = statementNames.get(text);
  if (!name) {
    name = `hoso_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    if (statementNames.size < 2000) statementNames.set(text, name);
  }
  const own = m.queryRunner ? undefined : m.connection.createQueryRunner();
  const runner = m.queryRunner ?? own!;
  try {
    const client = (await runner.connect()) as PgClient;
    return (await client.query({ name, text, values })).rows as T[];
  } finally {
    if (own) await own.release();
  }
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

  /**
   * The case with what `canSee` needs about the caller, in one round trip: whether the caller is excluded from it
   * (`case_excludes`) and whether they are named on it as a participant.
   */
  async findForCaller(m: EntityManager, id: string, userId: string): Promise<(CaseRow & CallerFacts) | undefined> {
    const rows = await runNamed<CaseRow & CallerFacts>(
      m,
      // Columns by name, not c.*: a prepared statement whose result type changed (a column added by a migration
      // while this process runs) would fail until reconnected. The search text is not needed here.
      `SELECT c.id, c.procedure_id, c.machine_version, c.snapshot, c.state, c.status, c.report_category, c.tags, c.version,
              c.org_unit_id, c.assigned_unit_id, c.title, c.chain_head, c.created_by, c.received_at, c.created_at,
              c.updated_at, c.restricted, ou.path AS unit_path, au.path AS assigned_unit_path, ${callerFactsSql('c.id', '$2')}
         FROM "case" c
         JOIN org_unit ou ON ou.id = c.org_unit_id
         LEFT JOIN org_unit au ON au.id = c.assigned_unit_id
        WHERE c.id = $1`,
      [id, userId],
    );
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
    session?: SessionCondition,
  ): void {
    w.head(
      `INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version,
                           org_unit_id, assigned_unit_id, title, chain_head, created_by, received_at, created_at, updated_at, restricted,
                           offered_events)
       SELECT ${w.p(c.id)}, ${w.p(c.procedureId)}, ${w.p(c.machineVersion)}, ${w.p(JSON.stringify(c.snapshot))}, ${w.p(c.state)},
               ${w.p(c.status)}, ${w.p(c.reportCategory)}, ${w.p(JSON.stringify(c.tags))}, 1, ${w.p(c.orgUnitId)},
               ${w.p(c.assignedUnitId)}, ${w.p(c.title)}, ${w.p(c.chainHead)}, ${w.p(c.createdBy)}, ${w.p(c.receivedAt)},
               ${w.p(c.now)}, ${w.p(c.now)}, ${w.p(c.restricted === true)}, ${w.p(c.offeredEvents)}::text[]
        WHERE ${sessionHolds(w, session)}`,
    );
  }

  /** Head of a transition statement — the optimistic lock: the row moves from `expected` to `expected + 1` or not at all. */
  updateIfVersion(w: WriteStatement, id: string, expected: number, c: CaseWrite & { chainHead: string; now: Date }, session?: SessionCondition): void {
    w.head(
      `UPDATE "case" SET snapshot = ${w.p(JSON.stringify(c.snapshot))}, state = ${w.p(c.state)}, status = ${w.p(c.status)},
                         report_category = ${w.p(c.reportCategory)}, tags = ${w.p(JSON.stringify(c.tags))},
                         assigned_unit_id = ${w.p(c.assignedUnitId)}, chain_head = ${w.p(c.chainHead)}, updated_at = ${w.p(c.now)},
                         offered_events = ${w.p(c.offeredEvents)}::text[], version = version + 1
        WHERE id = ${w.p(id)} AND version = ${w.p(expected)} AND ${sessionHolds(w, session)}`,
    );
  }

  /** Head of a version move: the case resumes on another machine version, under the same optimistic lock. */
  moveToVersionIfVersion(w: WriteStatement, id: string, expected: number, machineVersion: number, c: CaseWrite & { chainHead: string; now: Date }): void {
    w.head(
      `UPDATE "case" SET machine_version = ${w.p(machineVersion)}, snapshot = ${w.p(JSON.stringify(c.snapshot))}, state = ${w.p(c.state)},
                         status = ${w.p(c.status)}, report_category = ${w.p(c.reportCategory)}, tags = ${w.p(JSON.stringify(c.tags))},
                         assigned_unit_id = ${w.p(c.assignedUnitId)}, chain_head = ${w.p(c.chainHead)}, updated_at = ${w.p(c.now)},
                         offered_events = ${w.p(c.offeredEvents)}::text[], version = version + 1
        WHERE id = ${w.p(id)} AND version = ${w.p(expected)}`,
    );
  }

  /** Run the statement; the number of case rows written (0 means the expected version was stale). */
  async execute(m: EntityManager, w: WriteStatement): Promise<number> {
    const { sql, params } = w.build();
    const rows = await runNamed<{ written: number }>(m, sql, params);
    return rows[0]?.written ?? 0;
  }
}
