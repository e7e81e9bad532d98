import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { endOfVietnamDay, toVietnamDate } from '@hoso/kernel/legal-time';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { visibleCasesSql } from './case-access.service';

export interface InboxFilter {
  view: 'nearest' | 'overdue' | 'dueWithin';
  days?: number;
  unitId?: string;
  assignedUnitId?: string;
  page: number;
  pageSize: number;
}

/** Shown for a case whose nearest deadline has no due date: no rule sets one (a secretary may set it by hand). */
export const NO_LEGAL_DEADLINE = 'Không có thời hạn luật định';

/**
 * Open cases by their nearest deadline (pending, or already missed), within the caller's scope: all of them,
 * only the overdue ones, or those due within N working days; for one unit or one assigned unit. Cases whose deadline
 * has no due date, and cases assigned to a unit without one, come last with `dueAt` null and `NO_LEGAL_DEADLINE`.
 */
@Injectable()
export class CaseInboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly calendars: CalendarService,
  ) {}

  async list(user: AuthUser, f: InboxFilter) {
    const visible = await this.users.visibleUnitIds(user);
    const params: unknown[] = [visible, user.id];
    const where = [`c.status = 'OPEN'`, visibleCasesSql('c', '$1', '$2')];
    const now = new Date();
    if (f.unitId) {
      params.push(f.unitId);
      where.push(`c.org_unit_id = $${params.length}::uuid`);
    }
    if (f.assignedUnitId) {
      params.push(f.assignedUnitId);
      where.push(`c.assigned_unit_id = $${params.length}::uuid`);
    }
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
    const from = `FROM "case" c
      LEFT JOIN LATERAL (SELECT key, rule_key, due_at, status FROM deadline
                          WHERE case_id = c.id AND status IN ('PENDING', 'MISSED')
                          ORDER BY due_at NULLS LAST LIMIT 1) d ON true
     WHERE ${where.join(' AND ')} AND (d.key IS NOT NULL OR c.assigned_unit_id IS NOT NULL)`;
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
}
