import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuthUser } from '@hoso/access/auth-user';
import { UserDirectoryService } from '@hoso/access/services/user-directory.service';
import { AccessAction } from '@hoso/timeline/access-log/access-action';
import { AccessLogService } from '@hoso/timeline/access-log/access-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { CaseStoreRepository, type CaseRow } from '../repositories/case-store.repository';
import { CASE_COUNT_BOUND, CaseSearchRepository } from '../repositories/case-search.repository';
import { CaseAccessService } from './case-access.service';
import { decodeCaseListCursor, encodeCaseListCursor } from './case-list-cursor';
import { CaseLinkService } from './case-link.service';
import { eventLabel, SYSTEM_ACTOR_ID, SYSTEM_ACTOR_NAME } from '@hoso/timeline/timeline-labels';
import { caseSummary, type CaseSummaryFields } from './case-summary';
import { ReporterIdentityService } from './reporter-identity.service';
import { callerEvents } from './caller-events';
import { ProcedureRegistryService } from './procedure-registry.service';

export interface CaseListFilter {
  procedureId?: string;
  state?: string;
  unitId?: string;
  q?: string;
  status?: 'OPEN' | 'CLOSED';
  page: number;
  pageSize: number;
  /** A previous page's nextCursor: continue after it instead of skipping (page - 1) pages. */
  cursor?: string;
}

/** Reads, always within the caller's scope: a case outside it does not exist (404). */
@Injectable()
export class CaseQueryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: CaseStoreRepository,
    private readonly registry: ProcedureRegistryService,
    private readonly users: UserDirectoryService,
    private readonly access: CaseAccessService,
    private readonly reporters: ReporterIdentityService,
    private readonly accessLog: AccessLogService,
    private readonly links: CaseLinkService,
  ) {}

  // Stateless SQL for the listing and its search (no provider needed).
  private readonly search = new CaseSearchRepository();

  /** Inside a transaction, pass its manager: a second connection would wait on it (and deadlock on PGlite). */
  async getVisible(user: AuthUser, id: string, m: EntityManager = this.dataSource.manager): Promise<CaseRow> {
    const row = await this.store.findById(m, id);
    if (!row || !(await this.access.canSee(m, user, row))) {
      throw new DomainError(ErrorCode.CASE_NOT_FOUND, { caseId: id });
    }
    return row;
  }

  async view(user: AuthUser, id: string) {
    const row = await this.getVisible(user, id);
    const def = this.registry.forCase(row.procedure_id, row.machine_version);
    // Steps the caller may take now: roles, separation of duties and the guards that ignore the payload are
    // evaluated; a guard on the payload is named in the step's note (caller-events.ts).
    const events = await callerEvents(this.dataSource.manager, user, row, def, new Date());
    const deadlines: unknown[] = await this.dataSource.query(
      `SELECT key, rule_key AS "ruleKey", start_at AS "startAt", due_at AS "dueAt", status, generation
         FROM deadline WHERE case_id = $1 ORDER BY created_at, generation`,
      [row.id],
    );
    await this.accessLog.record(this.dataSource.manager, { caseId: row.id, userId: user.id, action: AccessAction.VIEW_CASE });
    return {
      ...this.summary(row),
      procedureTitle: def.title,
      context: row.snapshot.context,
      // Masked: which fields were given, never their values; revealing is a separate, logged request.
      reporter: { ...(await this.reporters.masked(this.dataSource.manager, row.id)), mayReveal: this.reporters.mayReveal(user, row.unit_path) },
      availableEvents: events,
      deadlines,
      // The case that opened this one and the cases it opened (only those the caller may see).
      links: await this.links.linksOf(this.dataSource.manager, user, await this.users.visibleUnitIds(user), row.id),
    };
  }

  summary(row: CaseSummaryFields) {
    return caseSummary(row, this.registry.find(row.procedure_id, row.machine_version));
  }

  async list(user: AuthUser, f: CaseListFilter) {
    if (f.cursor && f.q) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, {
        fields: [{ field: 'cursor', constraint: 'isCursor', message: 'kết quả tìm kiếm xếp theo mức độ phù hợp, hãy dùng page' }],
      });
    }
    const after = f.cursor ? decodeCaseListCursor(f.cursor) : undefined;
    const offset = (f.page - 1) * f.pageSize;
    // Numbered pages reach as far as the list counts (the web's pager ends there too); walking further by OFFSET
    // would read every row skipped. Beyond, the default order continues by cursor; a search is to be narrowed.
    if (!after && offset >= CASE_COUNT_BOUND) {
      const bound = CASE_COUNT_BOUND.toLocaleString('vi-VN');
      const lastPage = Math.ceil(CASE_COUNT_BOUND / f.pageSize);
      throw new DomainError(
        ErrorCode.PAGE_BEYOND_COUNT,
        { page: f.page, pageSize: f.pageSize, lastPage, bound: CASE_COUNT_BOUND },
        f.q?.trim()
          ? `Kết quả tìm kiếm chỉ xem được trong ${bound} kết quả đầu tiên (đến trang ${lastPage} với ${f.pageSize} dòng một trang). Hãy thêm từ khóa hoặc bộ lọc để thu hẹp kết quả.`
          : `Số trang chỉ đánh đến hết ${bound} vụ việc đầu tiên (trang ${lastPage} với ${f.pageSize} dòng một trang). Để xem tiếp, hãy dùng con trỏ trang: tham số cursor bằng nextCursor của trang trước.`,
      );
    }
    const { total, totalExact, rows, next } = await this.search.list(this.dataSource.manager, {
      visibleUnitIds: await this.users.visibleUnitIds(user),
      userId: user.id,
      procedureId: f.procedureId,
      state: f.state,
      status: f.status,
      unitId: f.unitId,
      q: f.q,
      limit: f.pageSize,
      offset,
      after,
    });
    return {
      items: rows.map((r) => this.summary(r)),
      page: f.page,
      pageSize: f.pageSize,
      total,
      totalExact,
      nextCursor: next ? encodeCaseListCursor(next) : null,
    };
  }

  async timeline(user: AuthUser, id: string, page: number, pageSize: number) {
    const row = await this.getVisible(user, id);
    await this.accessLog.record(this.dataSource.manager, { caseId: row.id, userId: user.id, action: AccessAction.VIEW_TIMELINE });
    const def = this.registry.find(row.procedure_id, row.machine_version);
    const items: { type: string; toState: string; fromState: string | null }[] = await this.dataSource.query(
      `SELECT e.seq, e.type, e.payload, e.actor_id AS "actorId", COALESCE(u.display_name, CASE WHEN e.actor_id = $4 THEN $5 END) AS "actorName", e.from_state AS "fromState",
              e.to_state AS "toState", e.machine_version AS "machineVersion", e.occurred_at AS "occurredAt",
              e.recorded_at AS "recordedAt", e.prev_hash AS "prevHash", e.hash
         FROM case_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.case_id = $1 ORDER BY e.seq LIMIT $2 OFFSET $3`,
      [row.id, pageSize, (page - 1) * pageSize, SYSTEM_ACTOR_ID, SYSTEM_ACTOR_NAME],
    );
    // Reminders and escalations sent by the system, beside the chained events.
    const reminders = await this.dataSource.query(
      `SELECT d.key, dd.generation, dd.kind, dd.delivered_at AS "deliveredAt"
         FROM deadline_delivery dd JOIN deadline d ON d.id = dd.deadline_id
        WHERE d.case_id = $1 ORDER BY dd.delivered_at`,
      [row.id],
    );
    const links = await this.links.linksOf(this.dataSource.manager, user, await this.users.visibleUnitIds(user), row.id);
    return {
      caseId: row.id,
      reminders,
      links,
      items: items.map((e) => ({
        ...e,
        label: eventLabel(def, e.type),
        toStateLabel: def?.stateLabels[e.toState] ?? e.toState,
      })),
      page,
      pageSize,
      total: row.version,
    };
  }
}
