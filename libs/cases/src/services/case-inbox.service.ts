import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { endOfVietnamDay, toVietnamDate } from '@hoso/kernel/legal-time';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import type { InboxView } from '../dtos/inbox.query';
import { AwaitingMeQuery, type AwaitingMeFilter } from './awaiting-me.query';
import { visibleCasesSql } from './case-access.service';
import { ProcedureRegistryService } from './procedure-registry.service';

export interface InboxFilter {
  view: InboxView;
  days?: number;
  unitId?: string;
  assignedUnitId?: string;
  procedureId?: string;
  state?: string;
  page: number;
  pageSize: number;
}

/** Shown for a case whose nearest deadline has no due date: no rule sets one (a secretary may set it by hand). */
export const NO_LEGAL_DEADLINE = 'Không có thời hạn luật định';

/**
 * The procedures' statistics category of a case assigned to a unit that has not reported yet (ReportCategory): the
 * projection knows it from the state (1374: `assignedToUnit.awaitingReport`), so it holds for any procedure that
 * assigns cases and reports that category.
 */
export const AWAITING_UNIT_REPORT = 'AWAITING_UNIT_REPORT';

/**
 * Open cases by their nearest deadline (pending, or already missed), within the caller's scope: all of them,
 * only the overdue ones, those due within N working days, or those waiting for their assigned unit's report; for one
 * unit, one assigned unit, one procedure or one state. Cases whose deadline has no due date, and cases assigned to a
 * unit without one, come last with `dueAt` null and `NO_LEGAL_DEADLINE`.
 */
@Injectable()
export class CaseInboxService {
  private readonly awaiting: AwaitingMeQuery;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly calendars: CalendarService,
    registry: ProcedureRegistryService,
  ) {
    this.awaiting = new AwaitingMeQuery(dataSource, registry);
  }

  async list(user: AuthUser, f: InboxFilter) {
    const visible = await this.users.visibleUnitIds(user);
    const params: unknown[] = [visible, user.id];
    const where = [`c.status = 'OPEN'`, visibleCasesSql('c', '$1', '$2')];
    const now = new Date();
    const equal = (column: string, value: string | undefined, cast = '') => {
      if (value === undefined) return;
      params.push(value);
      where.push(`${column} = $${params.length}${cast}`);
    };
    equal('c.org_unit_id', f.unitId, '::uuid');
    equal('c.assigned_unit_id', f.assignedUnitId, '::uuid');
    equal('c.procedure_id', f.procedureId);
    equal('c.state', f.state);
    let cutoff: Date | undefined;
    if (f.view === 'overdue') cutoff = now;
    if (f.view === 'dueWithin') {
      const calendar = await this.calendars.current();
      cutoff = endOfVietnamDay(calendar.addWorkingDays(toVietnamDate(now), f.days ?? 3, 'NEXT_DAY').due);
    }
    if (cutoff) {
      params.push(cutoff);
      where.push(`d.due_at ${f.view === 'overdue' ? '<' : '<='} $${params.length}`);
    }
    // A deadline whose rule sets no value has no due date: it still counts, after the dated ones. A case assigned to a
    // unit awaits that unit's report, for which no rule sets a due date (procedures.md §4.2): listed without one.
    let listed = `(d.key IS NOT NULL OR c.assigned_unit_id IS NOT NULL)`;
    // Waiting for the assigned unit's report: the projection's category says so (a case whose report came back stays
    // assigned, and one still waiting may have another deadline running, e.g. a Front-supervision result).
    if (f.view === 'awaitingReport') {
      params.push(AWAITING_UNIT_REPORT);
      listed = `(c.assigned_unit_id IS NOT NULL AND c.report_category = $${params.length})`;
    }
    const from = `FROM "case" c
      LEFT JOIN LATERAL (SELECT key, rule_key, due_at, status FROM deadline
                          WHERE case_id = c.id AND status IN ('PENDING', 'MISSED')
                          ORDER BY due_at NULLS LAST LIMIT 1) d ON true
     WHERE ${where.join(' AND ')} AND ${listed}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const items: { dueAt: Date | null }[] = await this.dataSource.query(
      `SELECT c.id, c.title, c.procedure_id AS "procedureId", c.state, c.org_unit_id AS "orgUnitId",
              c.assigned_unit_id AS "assignedUnitId", c.version, d.key AS "deadlineKey", d.rule_key AS "ruleKey",
              d.due_at AS "dueAt", d.status AS "deadlineStatus"
        ${from}
        ORDER BY d.due_at NULLS LAST, c.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, f.pageSize, (f.page - 1) * f.pageSize],
    );
    return {
      view: f.view,
      asOf: now.toISOString(),
      items: items.map((i) => ({
        ...i,
        overdue: i.dueAt !== null && new Date(i.dueAt) < now,
        dueLabel: i.dueAt === null ? NO_LEGAL_DEADLINE : null,
      })),
      page: f.page,
      pageSize: f.pageSize,
      total,
    };
  }

  /** The open cases in scope where the caller may take a step now (GET /inbox/awaiting-me). */
  async awaitingMe(user: AuthUser, f: AwaitingMeFilter) {
    return this.awaiting.list(user, await this.users.visibleUnitIds(user), f);
  }
}
