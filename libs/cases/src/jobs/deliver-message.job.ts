import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationOutboxService, type NewNotification } from '@hoso/notifications/services/notification-outbox.service';
import { isUserAudience, USER_AUDIENCES } from '../notices/notice-audiences';
import { noticeBody, noticeSourceKey, noticeTitle } from '../notices/notice-templates';
import { OutboxRepository, type AudienceRole, type ClaimedMessage } from '../repositories/outbox.repository';

export type HandlerResult = 'DONE' | 'SKIPPED';

/**
 * Delivers one outbox message. Payloads carry ids only: the row is reloaded, skipped when already done, and claimed
 * with a conditional UPDATE in one transaction with what it writes, so two deliveries of the same job act once.
 * A `notify` message becomes a notification (with its e-mail and webhook deliveries) for each person holding the roles
 * its audiences ask for (`USER_AUDIENCES`), never for anyone the case excludes; each person once per message. The
 * audiences no user receives (the reporter, or one nobody holds the roles of) stay as an item a clerk sends by hand.
 */
@Injectable()
export class DeliverMessageJob {
  private readonly logger = new Logger('DeliverMessage');

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly notifications: NotificationOutboxService,
  ) {}

  async handle(data: { outboxId: string }, attempt: number): Promise<HandlerResult> {
    // An id that is no bigint names no message (and would fail the query).
    if (!/^\d{1,18}$/.test(String(data.outboxId))) return 'SKIPPED';
    return this.dataSource.transaction(async (m) => {
      const msg = await this.outbox.claimForDelivery(m, data.outboxId, attempt);
      if (!msg) return 'SKIPPED';
      if (msg.type === 'notify') await this.notify(m, msg);
      return 'DONE';
    });
  }

  private async notify(m: EntityManager, msg: ClaimedMessage): Promise<void> {
    const { template = '', audiences = [], caseId, summary } = msg.payload;
    if (!caseId) return;
    const wanted: AudienceRole[] = audiences.filter(isUserAudience).flatMap((audience) => {
      const { unit, roles } = USER_AUDIENCES[audience];
      return roles.map((role) => ({ audience, unit, role }));
    });
    const holders = await this.outbox.holders(m, caseId, wanted);
    // Nobody holds the roles on that unit (e.g. no committee above): the clerk sends it by hand instead.
    const nobody = audiences.filter((a) => isUserAudience(a) && !holders.some((h) => h.audience === a));
    await this.outbox.addManualAudiences(m, msg.id, nobody);

    const told = new Set<string>();
    const notices: NewNotification[] = [];
    for (const h of holders) {
      if (h.excluded || told.has(h.user_id)) continue;
      told.add(h.user_id);
      notices.push({
        userId: h.user_id,
        caseId,
        kind: template.slice(0, 32) || 'notify',
        title: noticeTitle(template, h.case_title),
        body: noticeBody(template, summary),
        sourceKey: noticeSourceKey(msg.id),
      });
    }
    const created = await this.notifications.addMany(m, notices);
    this.logger.log(`${template} → ${audiences.join(',')} case ${caseId}: ${created.length} notification(s)${nobody.length ? `, by hand: ${nobody.join(',')}` : ''}`);
  }
}
