import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { Role } from '@hoso/workflows';
import { OutboxRepository, type ManualItemRow } from '../repositories/outbox.repository';
import { CaseQueryService } from '../services/case-query.service';
import { AUDIENCE_LABELS, type NoticeAudience } from './notice-audiences';
import { NOTICE_TEMPLATES } from './notice-templates';

/** Who may record that a notice was sent by hand: the office and the task force of the case's unit (or above). */
export const MARK_SENT_ROLES: readonly Role[] = [Role.COMMITTEE_OFFICE, Role.TASK_FORCE_OFFICER];

const STATUS_LABELS = { TO_SEND: 'Chưa gửi', SENT: 'Đã gửi' } as const;

/**
 * The notices of a case no user receives (to the reporter, or to a unit nobody holds the roles of): the clerk sends
 * them outside the system and records it here, with a note and optionally the document sent.
 */
@Injectable()
export class CaseOutboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CaseQueryService,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditLogService,
  ) {}

  async list(user: AuthUser, caseId: string) {
    const row = await this.cases.getVisible(user, caseId);
    const items = await this.outbox.manualItems(row.id);
    return { caseId: row.id, items: items.map(view) };
  }

  async markSent(user: AuthUser, caseId: string, itemId: string, note: string, attachmentId: string | null) {
    return this.dataSource.transaction(async (m) => {
      const row = await this.cases.getVisible(user, caseId, m);
      if (!holdsRole(user, row.unit_path, MARK_SENT_ROLES)) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: MARK_SENT_ROLES });
      // Ids are bigints: anything else names no item.
      if (!/^\d{1,18}$/.test(itemId)) throw new DomainError(ErrorCode.OUTBOX_ITEM_NOT_FOUND, { itemId: itemId.slice(0, 64) });
      const r = await this.outbox.markSent(m, row.id, itemId, user.id, note, attachmentId);
      if ('missing' in r) {
        if (r.missing === 'ATTACHMENT') throw new DomainError(ErrorCode.ATTACHMENT_NOT_FOUND, { attachmentId });
        throw new DomainError(ErrorCode.OUTBOX_ITEM_NOT_FOUND, { itemId });
      }
      if ('alreadySent' in r) throw new DomainError(ErrorCode.OUTBOX_ITEM_ALREADY_SENT, { itemId, sentAt: r.alreadySent.sentAt });
      await this.audit.record(m, user.id, 'OUTBOX_SENT_BY_HAND', note, {
        caseId: row.id, itemId, template: r.row.template, audiences: r.row.audiences, attachmentId,
      });
      return view(r.row);
    });
  }
}

function view(i: ManualItemRow) {
  const status = i.sentAt ? 'SENT' : 'TO_SEND';
  return {
    id: String(i.id),
    template: i.template,
    templateLabel: i.template ? (NOTICE_TEMPLATES[i.template]?.title ?? null) : null,
    summary: i.summary,
    audiences: i.audiences.map((a) => ({ audience: a, label: AUDIENCE_LABELS[a as NoticeAudience] ?? a })),
    status,
    statusLabel: STATUS_LABELS[status],
    createdAt: i.createdAt,
    sentAt: i.sentAt,
    sentBy: i.sentBy,
    note: i.note,
    attachmentId: i.attachmentId,
  };
}
