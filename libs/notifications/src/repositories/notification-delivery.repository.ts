import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { RelaySpec } from '@hoso/core/queue';
import type { DeliveryStatus, NotificationChannelName } from '../entities/notification-delivery.entity';
import type { CreatedNotification } from './notification.repository';

/** A delivery as its notification's user sees it. */
export interface DeliveryView {
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

/** A delivery about to be sent: its row, its notification and the user's name and address. */
export interface DeliveryToSend {
  id: string;
  channel: string;
  status: string;
  notification_id: string;
  user_id: string;
  case_id: string | null;
  kind: string;
  title: string;
  body: string;
  created_at: Date;
  display_name: string | null;
  email: string | null;
}

/** A delivery the relay puts on the queue; `retries` tells a delivery sent again by hand. */
export interface DeliveryToRelay {
  id: string;
  retries: number;
}

/**
 * The relay's statements for `relayBatch`: up to `$1` deliveries that are PENDING, or QUEUED more than `$2` seconds
 * ago (their job taken as lost); then marking `$1` (ids) QUEUED. updated_at restarts the re-enqueue clock of rows
 * that were QUEUED already.
 */
export const DELIVERY_RELAY: Pick<RelaySpec<DeliveryToRelay>, 'select' | 'markQueued'> = {
  select: `SELECT id, retries FROM notification_delivery
                WHERE status = 'PENDING' OR (status = 'QUEUED' AND updated_at < now() - make_interval(secs => $2))
                ORDER BY created_at, id LIMIT $1`,
  markQueued: `UPDATE notification_delivery SET status = 'QUEUED', updated_at = now() WHERE id = ANY($1::uuid[]) AND status IN ('PENDING', 'QUEUED')`,
};

/**
 * `notification_delivery`: the one place its SQL lives (the relay's two statements are `DELIVERY_RELAY`). Writes
 * made with a notification take the caller's EntityManager; the send handler's go through the DataSource.
 */
@Injectable()
export class NotificationDeliveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One PENDING delivery per channel per notification, e-mail only for users with an address, none twice for the
   * same notification and channel; answers how many were written.
   */
  async addPending(m: EntityManager, created: readonly CreatedNotification[], channels: readonly NotificationChannelName[]): Promise<number> {
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

  /** The deliveries of these notifications, by channel name. */
  async viewsOf(notificationIds: readonly string[]): Promise<(DeliveryView & { notificationId: string })[]> {
    return this.dataSource.query(
      `SELECT notification_id AS "notificationId", channel, status, attempts, last_error AS "lastError"
         FROM notification_delivery WHERE notification_id = ANY($1::uuid[]) ORDER BY channel`,
      [notificationIds],
    );
  }

  /**
   * The given-up (FAILED) deliveries of a notification back to PENDING, attempts reset and `retries` counted (the
   * last error stays until the next attempt); answers their channels.
   */
  async resetFailed(m: EntityManager, notificationId: string): Promise<string[]> {
    // TypeORM answers UPDATE … RETURNING with [rows, affected].
    const [rows] = (await m.query(
      `UPDATE notification_delivery SET status = 'PENDING', attempts = 0, retries = retries + 1, updated_at = now()
        WHERE notification_id = $1 AND status = 'FAILED' RETURNING channel`,
      [notificationId],
    )) as [{ channel: string }[], number];
    return rows.map((r) => r.channel);
  }

  /** The delivery with its notification and recipient; undefined if there is no such delivery. */
  async findToSend(deliveryId: string): Promise<DeliveryToSend | undefined> {
    const rows: DeliveryToSend[] = await this.dataSource.query(
      `SELECT d.id, d.channel, d.status, n.id AS notification_id, n.user_id, n.case_id, n.kind, n.title, n.body, n.created_at,
              u.display_name, u.email
         FROM notification_delivery d JOIN notification n ON n.id = d.notification_id LEFT JOIN app_user u ON u.id = n.user_id
        WHERE d.id = $1`,
      [deliveryId],
    );
    return rows[0];
  }

  /** Counts a failed attempt with its (secret-free) error, leaving the delivery QUEUED or giving it up; only while open. */
  async recordFailure(deliveryId: string, error: string, status: Extract<DeliveryStatus, 'QUEUED' | 'FAILED'>): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET attempts = attempts + 1, last_error = $2, status = $3, updated_at = now()
        WHERE id = $1 AND status IN ('PENDING', 'QUEUED')`,
      [deliveryId, error, status],
    );
  }

  /** Counts the attempt that succeeded and marks the delivery SENT, unless it already is. */
  async markSent(deliveryId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'SENT', attempts = attempts + 1, last_error = NULL, sent_at = now(), updated_at = now()
        WHERE id = $1 AND status <> 'SENT'`,
      [deliveryId],
    );
  }
}
