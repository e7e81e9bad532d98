import type { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import type { CaseRow } from '../repositories/case-store.repository';
import { awaitingGroups, groupsSql } from './awaiting-steps';
import { callerEvents, type CallerEvent } from './caller-events';
import { visibleCasesSql } from './case-access.service';
import type { ProcedureRegistryService } from './procedure-registry.service';

export interface AwaitingMeFilter {
  procedureId?: string;
  unitId?: string;
  page: number;
  pageSize: number;
}

/** A step in the queue: what GET /cases/:id lists in availableEvents, without the payload guards' notes. */
export interface AwaitingStep {
  type: string;
  label: string;
  requiresSeparationReason?: boolean;
}

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
 * 3. `total` counts the sure rows and the confirmed candidates, so it counts exactly what the pages list; the page's
 *    rows get their events from callerEvents. A row that another request moved between these reads and that has no
 *    step left is left out of the page (never shown with an empty list of steps).
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
    const where = [`c.status = 'OPEN'`, visibleCasesSql('c', '$1', '$2')];
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
    const empty = { items: [], page: f.page, pageSize: f.pageSize, total: 0 };
    if (groups.certain.length === 0 && groups.candidate.length === 0) return empty;

    const sure = (into: unknown[]) => `(${groupsSql(groups.certain, into, '$2')} OR ${groupsSql(groups.candidate, into, '$2', 'offered')})`;

    // Step 2: the candidates that are not sure anyway, checked exactly.
    const confirmed = new Map<string, CallerEvent[]>();
    if (groups.candidate.length > 0) {
      const own = [...params];
      const candidate = groupsSql(groups.candidate, own, '$2', 'unknown');
      const rows: CaseRow[] = await m.query(
        `SELECT c.*, ou.path AS unit_path, au.path AS assigned_unit_path ${FROM}
          WHERE ${where.join(' AND ')} AND ${candidate} AND NOT ${sure(own)}`,
        own,
      );
      for (const row of rows) {
        const events = await callerEvents(m, user, row, this.registry.forCase(row.procedure_id, row.machine_version), now);
        if (events.length > 0) confirmed.set(row.id, events);
      }
    }

    const matched = sure(params);
    params.push([...confirmed.keys()]);
    const filter = `WHERE ${where.join(' AND ')} AND (${matched} OR c.id = ANY($${params.length}::uuid[]))`;
    const [{ total }]: { total: number }[] = await m.query(`SELECT count(*)::int AS total ${FROM} ${filter}`, params);
    if (total === 0) return empty;
    const rows: (CaseRow & { due_at: Date | null })[] = await m.query(
      `SELECT c.*, ou.path AS unit_path, au.path AS assigned_unit_path, d.due_at
         ${FROM}
         LEFT JOIN LATERAL (SELECT due_at FROM deadline
                             WHERE case_id = c.id AND status IN ('PENDING', 'MISSED')
                             ORDER BY due_at NULLS LAST LIMIT 1) d ON true
         ${filter}
        ORDER BY d.due_at ASC NULLS LAST, c.received_at ASC, c.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.pageSize, (f.page - 1) * f.pageSize],
    );

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
    return { items, page: f.page, pageSize: f.pageSize, total };
  }
}
