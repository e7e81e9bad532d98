import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { NotificationDeliveryRepository, type DeliveryView } from '../repositories/notification-delivery.repository';
import { NotificationRepository } from '../repositories/notification.repository';

export type { DeliveryView } from '../repositories/notification-delivery.repository';

/** A user's own notifications: newest first, paginated, each with its channel deliveries; marking one read. */
@Injectable()
export class NotificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifications: NotificationRepository,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {}

  async list(userId: string, opts: { unreadOnly: boolean; page: number; pageSize: number }) {
    const filter = { userId, unreadOnly: opts.unreadOnly };
    const { total, unread } = await this.notifications.countFor(filter);
    const rows = await this.notifications.pageFor(filter, opts.pageSize, (opts.page - 1) * opts.pageSize);
    const deliveries = await this.deliveriesOf(rows.map((r) => r.id));
    const items = rows.map((r) => ({ ...r, deliveries: deliveries.get(r.id) ?? [] }));
    return { items, page: opts.page, pageSize: opts.pageSize, total, unread };
  }

  private async deliveriesOf(ids: string[]): Promise<Map<string, DeliveryView[]>> {
    const byNotification = new Map<string, DeliveryView[]>();
    if (ids.length === 0) return byNotification;
    for (const { notificationId, ...d } of await this.deliveries.viewsOf(ids)) {
      const list = byNotification.get(notificationId) ?? [];
      list.push(d);
      byNotification.set(notificationId, list);
    }
    return byNotification;
  }

  async markRead(userId: string, id: string) {
    const read = await this.notifications.markRead(userId, id);
    if (!read) throw new DomainError(ErrorCode.NOT_FOUND);
    return read;
  }

  /**
   * Send again the channel deliveries of one of the user's notifications that were given up (FAILED): back to
   * PENDING with their attempts reset, so the relay queues them; the last error stays until the next attempt.
   */
  async retryFailed(userId: string, id: string) {
    return this.dataSource.transaction(async (m) => {
      if (!(await this.notifications.belongsTo(m, id, userId))) throw new DomainError(ErrorCode.NOT_FOUND);
      const channels = await this.deliveries.resetFailed(m, id);
      if (channels.length === 0) throw new DomainError(ErrorCode.NOTHING_TO_RETRY);
      return { notificationId: id, retried: channels.sort() };
    });
  }
}
