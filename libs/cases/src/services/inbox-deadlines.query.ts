import type { DataSource } from 'typeorm';

/** The conditions on `"case" c` of one inbox request (scope, status, filters) and their parameters ($1, $2, …). */
export interface InboxScope {
  where: string;
  params: unknown[];
}

/** What the inbox lists: a deadline still running, or already missed (a paused one is not listed). */
const OPEN = `status IN ('PENDING', 'MISSED')`;

const COLUMNS = `c.id, c.title, c.procedure_id AS "procedureId", c.state, c.org_unit_id AS "orgUnitId",
  c.assigned_unit_id AS "assignedUnitId", c.version, d.key AS "deadlineKey", d.rule_key AS "ruleKey",
  d.due_at AS "dueAt", d.status AS "deadlineStatus"`;

export interface InboxRow {
  id: string;
  dueAt: Date | null;
  [column: string]: unknown;
}

/**
 * The inbox's SQL, driven from the open deadlines rather than from every case in scope (issue 16). A case is listed by
 * its nearest open deadline (the earliest due; among equal ones the first by id); so the list is two parts, dated
 * then undated:
 * - dated: open deadlines with a due instant, each kept only when no open deadline of its case comes before it, walked
 *   in `ix_deadline_inbox` order (due_at, case_id) and stopped at the page;
 * - undated (view `nearest` only), by case id: cases whose open deadlines all lack a due date (the first of them by
 *   id), and cases assigned to a unit with no open deadline at all (procedures.md §4.2).
 * The views with a cutoff keep the dated cases whose nearest deadline falls before it.
 */
export class InboxDeadlinesQuery {
  constructor(private readonly dataSource: DataSource) {}

  /** One page of the dated part, `cutoff` the extra condition on `d.due_at` (e.g. `< $5`) or ''. */
  dated(s: InboxScope, cutoff: string, limit: number, offset: number): Promise<InboxRow[]> {
    const n = s.params.length;
    return this.dataSource.query(
      `SELECT ${COLUMNS} ${datedFrom(s, cutoff)} ORDER BY d.due_at, d.case_id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...s.params, limit, offset],
    );
  }

  /**
   * How many dated cases there are, counted up to `bound` (the count stops there). A case is dated (and before the
   * cutoff) exactly when one of its open deadlines is: counted over cases, without picking each one's nearest.
   */
  async countDated(s: InboxScope, cutoff: string, bound: number): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM "case" c
          WHERE EXISTS (SELECT 1 FROM deadline e
                         WHERE e.case_id = c.id AND e.${OPEN} AND e.due_at IS NOT NULL ${cutoff ? `AND e.due_at ${cutoff}` : ''})
            AND ${s.where}
          LIMIT $${s.params.length + 1}) x`,
      [...s.params, bound],
    );
    return n;
  }

  /** One page of the undated part. Each of its two sources is ordered by case id and bounded by the page's end. */
  undated(s: InboxScope, limit: number, offset: number): Promise<InboxRow[]> {
    const n = s.params.length;
    return this.dataSource.query(
      `SELECT ${COLUMNS}
         FROM (${undatedIds(s, `$${n + 3}`)}) u
         JOIN "case" c ON c.id = u.case_id
         LEFT JOIN deadline d ON d.id = u.deadline_id
        ORDER BY u.case_id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...s.params, limit, offset, limit + offset],
    );
  }

  /** How many undated cases there are, counted up to `bound`: over cases, as the dated ones. */
  async countUndated(s: InboxScope, bound: number): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (
         SELECT 1 FROM "case" c
          WHERE (c.assigned_unit_id IS NOT NULL OR EXISTS (SELECT 1 FROM deadline e WHERE e.case_id = c.id AND e.${OPEN}))
            AND NOT EXISTS (SELECT 1 FROM deadline e WHERE e.case_id = c.id AND e.${OPEN} AND e.due_at IS NOT NULL)
            AND ${s.where}
          LIMIT $${s.params.length + 1}) x`,
      [...s.params, bound],
    );
    return n;
  }

  /**
   * The cases waiting for their assigned unit's report (view `awaitingReport`): few, so read from `case` with each
   * one's nearest open deadline, dated first, then by case id. `where` already holds the report condition.
   */
  awaitingReport(s: InboxScope, limit: number, offset: number): Promise<InboxRow[]> {
    const n = s.params.length;
    return this.dataSource.query(
      `SELECT ${COLUMNS} ${awaitingFrom(s)} ORDER BY d.due_at NULLS LAST, c.id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...s.params, limit, offset],
    );
  }

  async countAwaitingReport(s: InboxScope, bound: number): Promise<number> {
    const [{ n }] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM "case" c WHERE ${s.where} LIMIT $${s.params.length + 1}) x`,
      [...s.params, bound],
    );
    return n;
  }
}

function datedFrom(s: InboxScope, cutoff: string): string {
  return `FROM deadline d JOIN "case" c ON c.id = d.case_id
   WHERE d.${OPEN} AND d.due_at IS NOT NULL ${cutoff ? `AND d.due_at ${cutoff}` : ''}
     AND NOT EXISTS (SELECT 1 FROM deadline e
                      WHERE e.case_id = d.case_id AND e.${OPEN}
                        AND (e.due_at < d.due_at OR (e.due_at = d.due_at AND e.id < d.id)))
     AND ${s.where}`;
}

/** `(case_id, deadline_id)` of the undated cases, each source bounded by `bound` (a parameter). */
function undatedIds(s: InboxScope, bound: string): string {
  return `(SELECT d.case_id, d.id AS deadline_id
             FROM deadline d JOIN "case" c ON c.id = d.case_id
            WHERE d.${OPEN} AND d.due_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM deadline e
                               WHERE e.case_id = d.case_id AND e.${OPEN} AND (e.due_at IS NOT NULL OR e.id < d.id))
              AND ${s.where}
            ORDER BY d.case_id LIMIT ${bound})
          UNION ALL
          (SELECT c.id, NULL::uuid
             FROM "case" c
            WHERE c.assigned_unit_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM deadline e WHERE e.case_id = c.id AND e.${OPEN})
              AND ${s.where}
            ORDER BY c.id LIMIT ${bound})`;
}

function awaitingFrom(s: InboxScope): string {
  return `FROM "case" c
    LEFT JOIN LATERAL (SELECT key, rule_key, due_at, status FROM deadline
                        WHERE case_id = c.id AND ${OPEN}
                        ORDER BY due_at NULLS LAST, id LIMIT 1) d ON true
   WHERE ${s.where}`;
}
