import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';

export interface DeliveryView {
  channel: string;
  status: string;
  attempts: number;
  lastError: string | null;
}

/** A user's own notifications: newest first, paginated, each with its channel deliveries; marking one read. */
@Injectable()
export class NotificationService {
  constructor(private readonly dataSource: DataSource) {}

  async list(userId: string, opts: { unreadOnly: boolean; page: number; pageSize: number }) {
    // A notification about a case the user was since excluded from (subject, conflict) is no longer shown.
    const where = `user_id = $1 AND (case_id IS NULL OR NOT case_excludes(case_id, $1))${opts.unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [{ total, unread }] = await this.dataSource.query(
      `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification WHERE ${where}`,
      [userId],
    );
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id, case_id AS "caseId", kind, title, body, created_at AS "createdAt", read_at AS "readAt"
         FROM notification WHERE ${where} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`,
      [userId, opts.pageSize, (opts.page - 1) * opts.pageSize],
    );
    const deliveries = await this.deliveriesOf(rows.map((r) => r.id));
    const items = rows.map((r) => ({ ...r, deliveries: deliveries.get(r.id) ?? [] }));
    return { items, page: opts.page, pageSize: opts.pageSize, total, unread };
  }

  private async deliveriesOf(ids: string[]): Promise<Map<string, DeliveryView[]>> {
    const byNotification = new Map<string, DeliveryView[]>();
    if (ids.length === 0) return byNotification;
    const rows: (DeliveryView & { notificationId: string })[] = await this.dataSource.query(
      `SELECT notification_id AS "notificationId", channel, status, attempts, last_error AS "lastError"
         FROM notification_delivery WHERE notification_id = ANY($1::uuid[]) ORDER BY channel`,
      [ids],
    );
    for (const { notificationId, ...d } of rows) {
      const list = byNotification.get(notificationId) ?? [];
      list.push(d);
      byNotification.set(notificationId, list);
    }
    return byNotification;
  }

  async markRead(userId: string, id: string) {
    const [rows] = (await this.dataSource.query(
      `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING id, read_at AS "readAt"`,
      [id, userId],
    )) as [{ id: string; readAt: Date }[], number];
    if (rows.length === 0) throw new DomainError(ErrorCode.NOT_FOUND);
    return rows[0];
  }

  /**
   * Send again the channel deliveries of one of the user's notifications that were given up (FAILED): back to
   * PENDING with their attempts reset, so the relay queues them; the last error stays until the next attempt.
   */
  async retryFailed(userId: string, id: string) {
    return this.dataSource.transaction(async (m) => {
      const own: unknown[] = await m.query(`SELECT 1 FROM notification WHERE id = $1 AND user_id = $2`, [id, userId]);
      if (own.length === 0) throw new DomainError(ErrorCode.NOT_FOUND);
      const [rows] = (await m.query(
        `UPDATE notification_delivery SET status = 'PENDING', attempts = 0, retries = retries + 1, updated_at = now()
          WHERE notification_id = $1 AND status = 'FAILED' RETURNING channel`,
        [id],
      )) as [{ channel: string }[], number];
      if (rows.length === 0) throw new DomainError(ErrorCode.NOTHING_TO_RETRY);
      return { notificationId: id, retried: rows.map((r) => r.channel).sort() };
    });
  }
}
