import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationChannelRegistry } from '../channels/notification-channel-registry';
import { NotificationDeliveryRepository } from '../repositories/notification-delivery.repository';
import { NotificationRepository, type NewNotification } from '../repositories/notification.repository';

export type { NewNotification } from '../repositories/notification.repository';

/**
 * Writes notifications and their channel deliveries in the caller's transaction: one PENDING
 * `notification_delivery` per enabled channel per new notification (e-mail only for users with an address).
 * The worker's relay puts them on the queue after the commit.
 */
@Injectable()
export class NotificationOutboxService {
  constructor(
    private readonly channels: NotificationChannelRegistry,
    private readonly notifications: NotificationRepository,
    private readonly deliveries: NotificationDeliveryRepository,
  ) {}

  /** Delivery rows for notifications just inserted (`RETURNING id, user_id`); answers how many were written. */
  async addDeliveries(m: EntityManager, created: { id: string; user_id: string }[]): Promise<number> {
    const channels = this.channels.enabled();
    if (created.length === 0 || channels.length === 0) return 0;
    return this.deliveries.addPending(m, created, channels);
  }

  /**
   * Many notifications at once, each unless its user already has its `sourceKey`, with their deliveries; answers
   * the ones written. The caller has already left out whoever the case excludes.
   */
  async addMany(m: EntityManager, notices: readonly NewNotification[]): Promise<{ id: string; user_id: string }[]> {
    if (notices.length === 0) return [];
    const created = await this.notifications.insertMany(m, notices);
    await this.addDeliveries(m, created);
    return created;
  }

  /**
   * One notification and its deliveries; null when the user already has this `sourceKey`, or is excluded from the
   * case it is about (a subject is not told about the case on them).
   */
  async notify(m: EntityManager, n: NewNotification): Promise<string | null> {
    const created = await this.notifications.insertUnlessExcluded(m, n);
    await this.addDeliveries(m, created);
    return created[0]?.id ?? null;
  }
}
