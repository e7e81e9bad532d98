import type { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { countUpToSql, nearestOpenDeadlineSql, OPEN_DEADLINE as OPEN, withoutParallelWorkers } from '../repositories/bounded-query.sql';
import { CASE_COUNT_BOUND } from '../repositories/case-search.repository';
import type { CaseRow } from '../repositories/case-store.repository';
import { awaitingGroups, groupsSql, UNDECIDED } from './awaiting-steps';
import { callerEvents, type CallerEvent } from './caller-events';
import { visibleCasesSql } from './case-access.service';
import type { ProcedureRegistryService } from './procedure-registry.service';

export interface AwaitingMeFilter {
  procedureId?: string;
  unitId?: string;
  page: number;
  pageSize: number;
  /** Overrides AWAITING_TOTAL_BOUND (tests). */
  countBound?: number;
  /** Overrides AWAITING_HORIZON (tests). */
  horizon?: number;
}

/** The queue counts exactly up to this many cases, as GET /cases does; above it `total` is the bound, `totalExact` false. */
export const AWAITING_TOTAL_BOUND = CASE_COUNT_BOUND;

/**
 * An early page of the dated part is first looked for among the cases whose nearest deadline is due no later than the
 * open deadline at this position in due order (of all units): see `datedPage`.
 */
export const AWAITING_HORIZON = 1_000;

/** A step in the queue: what GET /cases/:id lists in availableEvents, without the payload guards' notes. */
export interface AwaitingStep {
  type: string;
  label: string;
  requiresSeparationReason?: boolean;
}

type PageRow = CaseRow & { due_at: Date | null };

/** The case and its units' paths (the acting units the groups test). */
const COLUMNS = `c.*, ou.path AS unit_path, au.path AS assigned_unit_path`;

const FROM = `FROM "case" c
  JOIN org_unit ou ON ou.id = c.org_unit_id
  LEFT JOIN org_unit au ON au.id = c.assigned_unit_id`;

/**
 * The queue of steps waiting for the caller's decision: the open cases in scope where the caller may take at least one
 * step now, exactly as GET /cases/:id lists `availableEvents` for them (caller-events.ts), oldest due first (cases
 * without a dated deadline last), then oldest received.
 *
 * How it stays exact without running the machines over every case in scope (awaiting-steps.ts):
 * 1. SQL selects the SURE rows — a (procedure, version, state) with an event the caller's roles may send on the
 *    acting unit, not refused by separation of duties, and offered there: whatever the context (no offerWhen, an
 *    unguarded transition), or, for a conditional event, named in the row's `offered_events` (written with the
 *    snapshot, offered-events.ts). Each of them has that event among its available ones.
 * 2. The other CANDIDATE rows — a conditional event the caller might send, and `offered_events` not computed yet
 *    (NULL until the worker's backfill reaches the row) or holding that event as undecided (`?TYPE`: a guard reading
 *    the caller or the instant) — are checked one by one with callerEvents; those left with no event are dropped
 *    before counting. Only these rows are read in full, and the page reuses what was computed for them.
 * 3. `total` counts the sure rows and the confirmed candidates, so it counts exactly what the pages list, up to
 *    AWAITING_TOTAL_BOUND (above it `total` is the bound and `totalExact` false); the page's rows get their events from
 *    callerEvents. A row that another request moved between these reads and that has no step left is left out of the
 *    page (never shown with an empty list of steps).
 *
 * The pages are driven from the open deadlines, as the inbox's `nearest` view (inbox-deadlines.query.ts), rather than
 * by sorting every matching case: first the dated part (cases by their earliest open deadline with a due instant,
 * walked in due order and stopped at the page, then received, then id), then the undated part (matching cases with
 * no open dated deadline, by received instant and id), reached only when the dated part does not fill the page.
 */
export class AwaitingMeQuery {
  constructor(
    private readonly dataSource: DataSource,
    private readonly registry: ProcedureRegistryService,
  ) {}

  async list(user: AuthUser, visibleUnitIds: string[], f: AwaitingMeFilter) {
    const m = this.dataSource.manager;
    const now = new Date();
    const params: unknown[] = [visibleUnitIds, user.id];
    // The request's conditions on `"case" c` besides visibility, which each statement adds in the form its plan needs.
    const where = [`c.status = 'OPEN'`];
    if (f.procedureId) {
      params.push(f.procedureId);
      where.push(`c.procedure_id = $${params.length}`);
    }
    if (f.unitId) {
      params.push(f.unitId);
      where.push(`c.org_unit_id = $${params.length}::uuid`);
    }
    const defs = this.registry.list().filter((d) => !f.procedureId || d.id === f.procedureId);
    const groups = awaitingGroups(user, defs);
    const empty = { items: [], page: f.page, pageSize: f.pageSize, total: 0, totalExact: true };
    if (groups.certain.length === 0 && groups.candidate.length === 0) return empty;

    const sure = (into: unknown[]) => `(${groupsSql(groups.certain, into, '$2')} OR ${groupsSql(groups.candidate, into, '$2', 'offered')})`;

    // Step 2: the candidates that are not sure anyway, checked exactly.
    const confirmed = new Map<string, CallerEvent[]>();
    if (groups.candidate.length > 0) {
      const own = [...params];
      const candidate = groupsSql(groups.candidate, own, '$2', 'unknown');
      // What every candidate group requires, stated once over the whole statement, in the words of the predicate of
      // `ix_case_offered_unknown` (a constant, so that the planner may use it): those few rows are read from it, not
      // every open case in scope.
      const unknown = `(c.offered_events IS NULL OR c.offered_events @> '{${UNDECIDED}}'::text[])`;
      const rows: CaseRow[] = await m.query(
        `SELECT ${COLUMNS} ${FROM}
          WHERE ${unknown} AND ${[...where, visibleCasesSql('c', '$1', '$2')].join(' AND ')} AND ${candidate} AND NOT ${sure(own)}`,
        own,
      );
      for (const row of rows) {
        const events = await callerEvents(m, user, row, this.registry.forCase(row.procedure_id, row.machine_version), now);
        if (events.length > 0) confirmed.set(row.id, events);
      }
    }

    const matched = sure(params);
    params.push([...confirmed.keys()]);
    const condition = `(${matched} OR c.id = ANY($${params.length}::uuid[]))`;
    // The exclusions as a hashed NOT IN on the walk down the deadlines (tested on each row as it comes, keeping the
    // order), as an anti-join elsewhere.
    const visible = [...where, visibleCasesSql('c', '$1', '$2')].join(' AND ');
    const inOrder = [...where, visibleCasesSql('c', '$1', '$2', true)].join(' AND ');
    const offset = (f.page - 1) * f.pageSize;
    // Counted up to one past the bound: enough to tell "exactly n" from "more than the bound".
    const bound = f.countBound ?? AWAITING_TOTAL_BOUND;
    const [counted, dated] = await Promise.all([
      this.count(`${visible} AND ${condition}`, params, bound + 1),
      this.datedPage(`${inOrder} AND ${condition}`, params, f.pageSize, offset, f.horizon ?? AWAITING_HORIZON),
    ]);
    if (counted === 0) return empty;
    let rows = dated;
    if (dated.length < f.pageSize) {
      // The page reaches past the dated cases: the undated ones follow, from the start if this page holds dated ones,
      // else from the page's offset less all the dated ones (fewer than the offset, counted up to it).
      const undatedOffset = dated.length > 0 || offset === 0 ? 0 : offset - (await this.count(`${visible} AND ${condition} AND ${DATED}`, params, offset));
      rows = dated.concat(
        await withoutParallelWorkers<PageRow>(
          this.dataSource,
          `SELECT ${COLUMNS}, NULL::timestamptz AS due_at ${FROM}
            WHERE ${visible} AND ${condition} AND NOT ${DATED}
            ORDER BY c.received_at, c.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
          [...params, f.pageSize - dated.length, undatedOffset],
        ),
      );
    }

    // Step 3: the page's steps, exactly as GET /cases/:id computes them.
    const items = [];
    for (const row of rows) {
      const def = this.registry.forCase(row.procedure_id, row.machine_version);
      const events = confirmed.get(row.id) ?? (await callerEvents(m, user, row, def, now));
      if (events.length === 0) continue;
      items.push({
        id: row.id,
        title: row.title,
        procedureId: row.procedure_id,
        procedureTitle: def.title,
        state: row.state,
        stateLabel: def.stateLabels[row.state] ?? row.state,
        orgUnitId: row.org_unit_id,
        assignedUnitId: row.assigned_unit_id,
        version: row.version,
        receivedAt: new Date(row.received_at).toISOString(),
        dueAt: row.due_at === null ? null : new Date(row.due_at).toISOString(),
        events: events.map(
          (e): AwaitingStep => ({ type: e.type, label: e.label, ...(e.requiresSeparationReason ? { requiresSeparationReason: true } : {}) }),
        ),
      });
    }
    return { items, page: f.page, pageSize: f.pageSize, total: Math.min(counted, bound), totalExact: counted <= bound };
  }

  /**
   * One page of the dated part (`condition` on `c`, `ou`, `au`). The planner costs the walk down the deadlines in due
   * order against joining every match and sorting, and at a million cases it may choose the sort for a province (3 s)
   * where the walk stops at the page. So an early page is first asked among the deadlines due no later than the one
   * at position `horizon` in due order: that range read first (a materialised CTE of about `horizon` rows), and each
   * of its rows joined to its case by primary key (nested loops only, `withoutParallelWorkers`), whatever the
   * planner thinks of the groups' selectivity. Each case found there is still kept only at its nearest open deadline.
   * Every case after that range is due later, so when the range holds the whole page, it is exactly the page.
   * Otherwise (a unit with few cases among the nearest deadlines) the whole part is asked as before. At 1,000,000
   * cases: province 3.2 s → 85 ms, commune 274 → 99 ms (docs/BENCHMARKS.md).
   */
  private async datedPage(condition: string, params: unknown[], pageSize: number, offset: number, horizon: number): Promise<PageRow[]> {
    // `upTo`: the placeholder of the range's last due instant, or '' for the whole dated part.
    const page = (upTo: string, values: unknown[]) =>
      withoutParallelWorkers<PageRow>(
        this.dataSource,
        `${upTo ? `WITH near AS MATERIALIZED (SELECT * FROM deadline WHERE ${OPEN} AND due_at IS NOT NULL AND due_at <= ${upTo}) ` : ''}
         SELECT ${COLUMNS}, d.due_at ${datedFrom(condition, upTo ? 'near' : 'deadline')}
          ORDER BY d.due_at, c.received_at, c.id LIMIT $${values.length + 1} OFFSET $${values.length + 2}`,
        [...values, pageSize, offset],
        { nestedLoops: upTo !== '' },
      );
    if (offset + pageSize <= horizon) {
      // Its own statement, so that the page is planned knowing the instant (a subquery's value is unknown to the planner).
      const [edge]: { due_at: Date }[] = await this.dataSource.query(
        `SELECT due_at FROM deadline WHERE ${OPEN} AND due_at IS NOT NULL ORDER BY due_at OFFSET $1 LIMIT 1`,
        [horizon - 1],
      );
      if (edge) {
        const near = await page(`$${params.length + 1}`, [...params, edge.due_at]);
        if (near.length === pageSize) return near;
      }
    }
    return page('', params);
  }

  /** The visible cases meeting `condition` (on `c`, `ou`, `au`), counted up to `limit` (the count stops there). */
  private async count(condition: string, params: unknown[], limit: number): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(countUpToSql(`SELECT 1 ${FROM} WHERE ${condition}`, `$${params.length + 1}`), [
      ...params,
      limit,
    ]);
    return n;
  }
}

/** The case `c` has an open deadline with a due instant: it is in the dated part, at its earliest one. */
const DATED = `EXISTS (SELECT 1 FROM deadline e WHERE e.case_id = c.id AND e.${OPEN} AND e.due_at IS NOT NULL)`;

/**
 * The dated part, driven from the open deadlines (inbox-deadlines.query.ts `datedFrom`): each open deadline with a due
 * instant kept only when no open deadline of its case comes before it (the earliest due; among equal ones the first by
 * id), so one row per case, walked in `ix_deadline_inbox` order (due_at) and stopped at the page.
 */
function datedFrom(condition: string, deadlines = 'deadline'): string {
  return `FROM ${deadlines} d
    JOIN "case" c ON c.id = d.case_id
    JOIN org_unit ou ON ou.id = c.org_unit_id
    LEFT JOIN org_unit au ON au.id = c.assigned_unit_id
   WHERE d.${OPEN} AND d.due_at IS NOT NULL
     AND ${nearestOpenDeadlineSql('d')}
     AND ${condition}`;
}
