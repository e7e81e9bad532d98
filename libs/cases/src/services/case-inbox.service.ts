import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { endOfVietnamDay, toVietnamDate } from '@hoso/kernel/legal-time';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import type { InboxView } from '../dtos/inbox.query';
import { CASE_COUNT_BOUND } from '../repositories/case-search.repository';
import { AwaitingMeQuery, type AwaitingMeFilter } from './awaiting-me.query';
import { InboxDeadlinesQuery, type InboxRow, type InboxScope } from './inbox-deadlines.query';
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

/** The inbox counts exactly up to this many cases, as GET /cases does; above it `total` is the bound, `totalExact` false. */
export const INBOX_TOTAL_BOUND = CASE_COUNT_BOUND;

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
  private readonly query: InboxDeadlinesQuery;

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserDirectoryService,
    private readonly calendars: CalendarService,
    registry: ProcedureRegistryService,
  ) {
    this.awaiting = new AwaitingMeQuery(dataSource, registry);
    this.query = new InboxDeadlinesQuery(dataSource);
  }

  async list(user: AuthUser, f: InboxFilter) {
    const [visible, excluded] = await Promise.all([this.users.visibleUnitIds(user), this.query.excludedCaseIds(user.id)]);
    const params: unknown[] = [visible, user.id, excluded];
    // Visibility ($1 the units, $2 the caller, $3 the cases they may not see) is added by each statement in the form
    // its plan needs.
    const where = [`c.status = 'OPEN'`];
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
    const offset = (f.page - 1) * f.pageSize;
    // Counted up to one past the bound: enough to tell "exactly n" from "more than the bound".
    const bound = INBOX_TOTAL_BOUND + 1;
    let items: InboxRow[];
    let total: number;
    if (f.view === 'awaitingReport') {
      // Waiting for the assigned unit's report: the projection's category says so (a case whose report came back stays
      // assigned, and one still waiting may have another deadline running, e.g. a Front-supervision result).
      params.push(AWAITING_UNIT_REPORT);
      where.push(`c.assigned_unit_id IS NOT NULL AND c.report_category = $${params.length}`);
      const scope: InboxScope = { where: where.join(' AND '), params };
      [items, total] = await Promise.all([this.query.awaitingReport(scope, f.pageSize, offset), this.query.countAwaitingReport(scope, bound)]);
    } else {
      let cutoff = '';
      if (f.view !== 'nearest') {
        let at = now;
        if (f.view === 'dueWithin') {
          const calendar = await this.calendars.current();
          at = endOfVietnamDay(calendar.addWorkingDays(toVietnamDate(now), f.days ?? 3, 'NEXT_DAY').due);
        }
        params.push(at);
        cutoff = `${f.view === 'overdue' ? '<' : '<='} $${params.length}`;
      }
      const scope: InboxScope = { where: where.join(' AND '), params };
      if (f.view === 'nearest') {
        // A deadline whose rule sets no value has no due date: it still counts, after the dated ones. A case assigned
        // to a unit awaits that unit's report, for which no rule sets a due date (procedures.md §4.2): listed without
        // one. The dated and the undated cases are counted together, in one walk of the scope.
        const [dated, listed] = await Promise.all([this.query.dated(scope, '', f.pageSize, offset), this.query.countListed(scope, bound)]);
        // The page reaches past the dated cases: the undated ones follow, from the start if this page holds dated ones,
        // else from the page's offset less all the dated ones (fewer than the offset, counted up to it).
        const undated = dated.length < f.pageSize ? await this.undatedPage(scope, f.pageSize - dated.length, dated.length > 0 ? 0 : offset) : [];
        items = dated.concat(undated);
        total = listed;
      } else {
        [items, total] = await Promise.all([this.query.dated(scope, cutoff, f.pageSize, offset), this.query.countDated(scope, cutoff, bound)]);
      }
    }
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
      total: Math.min(total, INBOX_TOTAL_BOUND),
      totalExact: total <= INBOX_TOTAL_BOUND,
    };
  }

  /** `limit` undated rows after `offset` rows of the whole list. */
  private async undatedPage(scope: InboxScope, limit: number, offset: number): Promise<InboxRow[]> {
    const datedBefore = offset === 0 ? 0 : await this.query.countDated(scope, '', offset);
    return this.query.undated(scope, limit, offset - Math.min(datedBefore, offset));
  }

  /** The open cases in scope where the caller may take a step now (GET /inbox/awaiting-me). */
  async awaitingMe(user: AuthUser, f: AwaitingMeFilter) {
    return this.awaiting.list(user, await this.users.visibleUnitIds(user), f);
  }
}
