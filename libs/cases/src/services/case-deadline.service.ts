import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DeadlineRepository, type DeadlineDetail } from '@hoso/deadlines/repositories/deadline.repository';
import { Role } from '@hoso/workflows';
import { rolesOn, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { endOfVietnamDay, isIsoDate, toVietnamDate } from '@hoso/kernel/legal-time';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { CaseQueryService } from './case-query.service';

/** A case's deadlines as people read them: the arithmetic behind each, and a due date set by hand where the law sets none. */
@Injectable()
export class CaseDeadlineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly audit: AuditLogService,
    private readonly deadlines: DeadlineRepository,
  ) {}

  private async current(caseId: string, key: string): Promise<DeadlineDetail> {
    const d = await this.deadlines.findLatest(caseId, key);
    if (!d) throw new DomainError(ErrorCode.DEADLINE_NOT_FOUND, { key });
    return d;
  }

  async explain(user: AuthUser, caseId: string, key: string) {
    const row = await this.cases.getVisible(user, caseId);
    const d = await this.current(row.id, key);
    return {
      caseId: row.id,
      key: d.key,
      ruleKey: d.rule_key,
      status: d.status,
      generation: d.generation,
      startAt: d.start_at,
      dueAt: d.due_at,
      closedAt: d.closed_at,
      calendarVersion: d.calendar_version,
      manualDue: d.manual_due,
      explanation: d.explanation,
    };
  }

  async setManualDue(user: AuthUser, caseId: string, key: string, dueDate: string, reason: string) {
    const row = await this.cases.getVisible(user, caseId);
    if (!rolesOn(user, row.unit_path).has(Role.SECRETARY)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: [Role.SECRETARY] });
    if (!isIsoDate(dueDate)) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'dueDate', constraint: 'isDate', message: 'phải là ngày hợp lệ' }] });
    }
    const d = await this.current(row.id, key);
    if (d.status !== 'PENDING') throw new DomainError(ErrorCode.DEADLINE_NOT_FOUND, { key, status: d.status });
    if (d.due_at !== null && !d.manual_due) throw new DomainError(ErrorCode.DEADLINE_HAS_LEGAL_DUE, { key });
    if (dueDate < toVietnamDate(new Date(d.start_at))) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: [{ field: 'dueDate', constraint: 'min', message: 'không được trước ngày bắt đầu' }] });
    }
    const dueAt = endOfVietnamDay(dueDate);
    const adjustments = [...(d.explanation?.adjustments ?? []), { at: new Date().toISOString(), kind: 'MANUAL_DUE', detail: `Hạn đặt thủ công: hết ngày ${dueDate}. ${reason}` }];
    await this.dataSource.transaction(async (m) => {
      // Only while still open and without a legal due: a concurrent step may have closed it since it was read.
      const changed = await this.deadlines.setManualDue(m, d.id, dueAt, { ...(d.explanation ?? {}), adjustments });
      if (!changed) throw new DomainError(ErrorCode.DEADLINE_NOT_OPEN, { key });
      await this.audit.record(m, user.id, 'DEADLINE_MANUAL_DUE', reason, { caseId: row.id, key, dueAt: dueAt.toISOString() });
    });
    return this.explain(user, caseId, key);
  }
}
