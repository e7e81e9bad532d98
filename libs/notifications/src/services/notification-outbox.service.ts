import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationChannelRegistry } from '../channels/notification-channel-registry';

export interface NewNotification {
  userId: string;
  caseId: string | null;
  kind: string;
  title: string;
  body: string;
  /** Unique per user: the same notice is never written twice. */
  sourceKey: string;
}

/**
 * Writes notifications and their channel deliveries in the caller's transaction: one PENDING
 * `notification_delivery` per enabled channel per new notification (e-mail only for users with an address).
 * The worker's relay puts them on the queue after the commit.
 */
@Injectable()
export class NotificationOutboxService {
  constructor(private readonly channels: NotificationChannelRegistry) {}

  /** Delivery rows for notifications just inserted (`RETURNING id, user_id`); answers how many were written. */
  async addDeliveries(m: EntityManager, created: { id: string; user_id: string }[]): Promise<number> {
    const channels = this.channels.enabled();
    if (created.length === 0 || channels.length === 0) return 0;
    // TypeORM answers INSERT … RETURNING with the rows themselves.
    const rows: unknown[] = await m.query(
      `INSERT INTO notification_delivery (id, notification_id, channel, status, attempts)
       SELECT gen_random_uuid(), n.id, c.channel, 'PENDING', 0
         FROM unnest($1::uuid[], $2::uuid[]) AS n(id, user_id)
         CROSS JOIN unnest($3::text[]) AS c(channel)
         LEFT JOIN app_user u ON u.id = n.user_id
        WHERE c.channel <> 'EMAIL' OR u.email IS NOT NULL
       ON CONFLICT ON CONSTRAINT uq_notification_delivery_channel DO NOTHING
       RETURNING id`,
      [created.map((n) => n.id), created.map((n) => n.user_id), channels],
    );
    return rows.length;
  }

  /**
   * Many notifications at once, each unless its user already has its `sourceKey`, with their deliveries; answers
   * the ones written. The caller has already left out whoever the case excludes.
   */
  async addMany(m: EntityManager, notices: readonly NewNotification[]): Promise<{ id: string; user_id: string }[]> {
    if (notices.length === 0) return [];
    const created: { id: string; user_id: string }[] = await m.query(
      `INSERT INTO notification (id, user_id, case_id, kind, title, body, source_key)
       SELECT gen_random_uuid(), n.user_id, n.case_id, n.kind, n.title, n.body, n.source_key
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[]) AS n(user_id, case_id, kind, title, body, source_key)
       ON CONFLICT ON CONSTRAINT uq_notification_source DO NOTHING
       RETURNING id, user_id`,
      [
        notices.map((n) => n.userId), notices.map((n) => n.caseId), notices.map((n) => n.kind), notices.map((n) => n.title),
        notices.map((n) => n.body), notices.map((n) => n.sourceKey),
      ],
    );
    await this.addDeliveries(m, created);
    return created;
  }

  /**
   * One notification and its deliveries; null when the user already has this `sourceKey`, or is excluded from the
   * case it is about (a subject is not told about the case on them).
   */
  async notify(m: EntityManager, n: NewNotification): Promise<string | null> {
    const created: { id: string; user_id: string }[] = await m.query(
      `INSERT INTO notification (id, user_id, case_id, kind, title, body, source_key)
       SELECT gen_random_uuid(), $1, $2, $3, $4, $5, $6
        WHERE $2::uuid IS NULL OR NOT case_excludes($2, $1)
       ON CONFLICT ON CONSTRAINT uq_notification_source DO NOTHING
       RETURNING id, user_id`,
      [n.userId, n.caseId, n.kind, n.title, n.body, n.sourceKey],
    );
    await this.addDeliveries(m, created);
    return created[0]?.id ?? null;
  }
}
