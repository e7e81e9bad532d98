import { Injectable } from '@nestjs/common';
import type { NotificationChannelName } from '../entities/notification-delivery.entity';
import { EmailChannel } from './email.channel';
import type { NotificationChannel } from './notification-channel';
import { WebhookChannel } from './webhook.channel';

/** The outside channels a notification may go out on. A new channel: a class here and a name in the entity. */
@Injectable()
export class NotificationChannelRegistry {
  private readonly all: ReadonlyMap<NotificationChannelName, NotificationChannel>;

  constructor(email: EmailChannel, webhook: WebhookChannel) {
    this.all = new Map<NotificationChannelName, NotificationChannel>([
      [email.name, email],
      [webhook.name, webhook],
    ]);
  }

  /** Names of the configured channels; only these get delivery rows. */
  enabled(): NotificationChannelName[] {
    return [...this.all.values()].filter((c) => c.enabled).map((c) => c.name);
  }

  get(name: string): NotificationChannel | undefined {
    return this.all.get(name as NotificationChannelName);
  }
}
