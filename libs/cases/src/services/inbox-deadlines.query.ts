import type { DataSource } from 'typeorm';
import { countUpToSql, nearestOpenDeadlineSql, OPEN_DEADLINE as OPEN, withoutParallelWorkers } from '../repositories/bounded-query.sql';
import { inScopeCasesSql, visibleCaseWaysSql } from './case-access.service';

/**
 * One inbox request: `where` the conditions on `"case" c` besides visibility (status, filters), `params` all the
 * parameters, beginning with the caller's: their units (uuid[], `UNITS`), id (`USER`) and excluded cases (uuid[],
 * `excludedCaseIds`, `EXCLUDED`), which every statement turns into the visibility rule in the form its plan needs;
 * `where`'s own follow, from $4.
 */
export interface InboxScope {
  where: string;
  params: unknown[];
}

/** The caller's parameters, the first three of every request's `params` (InboxScope). */
const UNITS = '$1';
const USER = '$2';
const EXCLUDED = '$3';

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
 *   in `ix_deadline_inbox` order (due_at, case_id) and stopped at the page; the caller's exclusions are tested on the
 *   deadline's case id as each row comes (a hashed NOT IN), which keeps that order;
 * - undated (view `nearest` only), by case id: cases whose open deadlines all lack a due date (the first of them by
 *   id), and cases assigned to a unit with no open deadline at all (procedures.md §4.2).
 * The views with a cutoff keep the dated cases whose nearest deadline falls before it.
 *
 * The counts stop at a bound and read the open cases in scope one way in at a time (`visibleCaseWaysSql`), each from
 * an index of the open cases that holds every column they test (`ix_case_open_unit`, `ix_case_open_assigned`), and
 * ask `ix_deadline_open_case` whether a case has an open deadline: index-only, where a bitmap of the scope read a
 * case row (and a deadline row) per case (1795303700000-InboxOpenCases).
 */
export class InboxDeadlinesQuery {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The cases the user may never see (`user_excluded_cases`, the rule of `notExcludedSql`), read once per request and
   * passed to its statements as an array: `<> ALL` of a constant array is a hashed test in a filter, cheap wherever
   * the planner puts it — on the deadlines walked in the list's order (a commune: rows of thousands of cases) or on
   * the deadlines of a ward's few cases. A `NOT IN (subquery)` there is costed as rebuilt on every inner rescan, and
   * an anti-join that keeps the order rescans every excluded case per row.
   */
  async excludedCaseIds(userId: string): Promise<string[]> {
    const [{ ids }] = await this.dataSource.query(`SELECT coalesce(array_agg(x.case_id), '{}') AS ids FROM user_excluded_cases($1::uuid) x`, [userId]);
    return ids;
  }

  /**
   * One page of the dated part, `cutoff` the extra condition on `d.due_at` (e.g. `< $5`) or ''. Without parallel
   * workers (`withoutParallelWorkers`): the walk stops at the page (a commune's first page reads about 400 deadlines).
   */
  dated(s: InboxScope, cutoff: string, limit: number, offset: number): Promise<InboxRow[]> {
    const n = s.params.length;
    return withoutParallelWorkers<InboxRow>(
      this.dataSource,
      `SELECT ${COLUMNS} ${datedFrom(s, cutoff)} ORDER BY d.due_at, d.case_id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...s.params, limit, offset],
    );
  }

  /**
   * How many dated cases there are, counted up to `bound` (the count stops there). A case is dated (and before the
   * cutoff) exactly when one of its open deadlines is: counted over cases, without picking each one's nearest.
   */
  countDated(s: InboxScope, cutoff: string, bound: number): Promise<number> {
    return this.countCases(
      s,
      `EXISTS (SELECT 1 FROM deadline e
                WHERE e.case_id = c.id AND e.${OPEN} AND e.due_at IS NOT NULL ${cutoff ? `AND e.due_at ${cutoff}` : ''})`,
      bound,
    );
  }

  /**
   * How many cases the view `nearest` lists, dated and undated together, counted up to `bound`: those with an open
   * deadline, and those assigned to a unit.
   */
  countListed(s: InboxScope, bound: number): Promise<number> {
    return this.countCases(s, `(c.assigned_unit_id IS NOT NULL OR EXISTS (SELECT 1 FROM deadline e WHERE e.case_id = c.id AND e.${OPEN}))`, bound);
  }

  /** One page of the undated part. Each of its two sources is ordered by case id and bounded by the page's end. */
  undated(s: InboxScope, limit: number, offset: number): Promise<InboxRow[]> {
    const n = s.params.length;
    return withoutParallelWorkers<InboxRow>(
      this.dataSource,
      `SELECT ${COLUMNS}
         FROM (${undatedIds(s, `$${n + 3}`)}) u
         JOIN "case" c ON c.id = u.case_id
         LEFT JOIN deadline d ON d.id = u.deadline_id
        ORDER BY u.case_id LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...s.params, limit, offset, limit + offset],
    );
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

  countAwaitingReport(s: InboxScope, bound: number): Promise<number> {
    return this.countCases(s, 'true', bound);
  }

  /** The visible cases of the scope meeting `condition` (on `c`: its id and assigned unit), counted up to `bound`. */
  private async countCases(s: InboxScope, condition: string, bound: number): Promise<number> {
    const ways = visibleCaseWaysSql('c', UNITS, USER).map(
      (way) => `SELECT c.id, c.assigned_unit_id FROM "case" c WHERE ${way} AND ${s.where}`,
    );
    const [{ n }] = await this.dataSource.query(
      countUpToSql(`SELECT 1 FROM (${ways.join(' UNION ALL ')}) c WHERE ${notExcluded('c.id')} AND ${condition}`, `$${s.params.length + 1}`),
      [...s.params, bound],
    );
    return n;
  }
}

function notExcluded(caseId: string): string {
  return `${caseId} <> ALL(${EXCLUDED}::uuid[])`;
}

/** The request's conditions on `"case" c` with the caller's visibility, its exclusions tested on `caseId`. */
function visibleWhere(caseId: string, s: InboxScope): string {
  return `${notExcluded(caseId)} AND ${inScopeCasesSql('c', UNITS, USER)} AND ${s.where}`;
}

function datedFrom(s: InboxScope, cutoff: string): string {
  return `FROM deadline d JOIN "case" c ON c.id = d.case_id
   WHERE d.${OPEN} AND d.due_at IS NOT NULL ${cutoff ? `AND d.due_at ${cutoff}` : ''}
     AND ${nearestOpenDeadlineSql('d')}
     AND ${visibleWhere('d.case_id', s)}`;
}

/** `(case_id, deadline_id)` of the undated cases, each source bounded by `bound` (a parameter). */
function undatedIds(s: InboxScope, bound: string): string {
  return `(SELECT d.case_id, d.id AS deadline_id
             FROM deadline d JOIN "case" c ON c.id = d.case_id
            WHERE d.${OPEN} AND d.due_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM deadline e
                               WHERE e.case_id = d.case_id AND e.${OPEN} AND (e.due_at IS NOT NULL OR e.id < d.id))
              AND ${visibleWhere('d.case_id', s)}
            ORDER BY d.case_id LIMIT ${bound})
          UNION ALL
          (SELECT c.id, NULL::uuid
             FROM "case" c
            WHERE c.assigned_unit_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM deadline e WHERE e.case_id = c.id AND e.${OPEN})
              AND ${visibleWhere('c.id', s)}
            ORDER BY c.id LIMIT ${bound})`;
}

function awaitingFrom(s: InboxScope): string {
  return `FROM "case" c
    LEFT JOIN LATERAL (SELECT key, rule_key, due_at, status FROM deadline
                        WHERE case_id = c.id AND ${OPEN}
                        ORDER BY due_at NULLS LAST, id LIMIT 1) d ON true
   WHERE ${visibleWhere('c.id', s)}`;
}
