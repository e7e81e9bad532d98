import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { NotificationChannelRegistry } from '../channels/notification-channel-registry';
import { ChannelError } from '../channels/notification-channel';
import { NotificationDeliveryRepository } from '../repositories/notification-delivery.repository';
import { SEND_ATTEMPTS } from './notification-relay.job';

/**
 * Sends one notification over one channel. Reload the delivery, its notification and the user; skip one already
 * SENT (or given up); send; mark SENT with a conditional UPDATE. A failure records the attempt and a short error
 * and throws, so BullMQ retries with backoff; the last attempt (or an error retrying cannot fix) marks it FAILED.
 * The notification row is never touched: whatever a channel does, the user still sees it in the application.
 */
@Injectable()
export class SendNotificationJob {
  private readonly logger = new Logger('SendNotification');

  constructor(
    private readonly deliveries: NotificationDeliveryRepository,
    private readonly channels: NotificationChannelRegistry,
  ) {}

  async handle(data: { deliveryId: string }, attempt: number): Promise<'DONE' | 'SKIPPED'> {
    const d = await this.deliveries.findToSend(data.deliveryId);
    if (!d || d.status === 'SENT' || d.status === 'FAILED') return 'SKIPPED';

    try {
      const channel = this.channels.get(d.channel);
      if (!channel) throw new ChannelError(`unknown channel ${d.channel}`, true);
      await channel.send({
        deliveryId: d.id,
        id: d.notification_id,
        userId: d.user_id,
        caseId: d.case_id,
        kind: d.kind,
        title: d.title,
        body: d.body,
        createdAt: new Date(d.created_at),
        recipient: { displayName: d.display_name ?? '', email: d.email },
      });
    } catch (err) {
      // Only a ChannelError's message is stored: anything else might quote a setting.
      const failure = err instanceof ChannelError ? err : new ChannelError(`unexpected ${(err as Error)?.name ?? 'error'}`);
      const last = failure.permanent || attempt >= SEND_ATTEMPTS;
      await this.deliveries.recordFailure(d.id, failure.message, last ? 'FAILED' : 'QUEUED');
      this.logger.warn(
        `${d.channel} delivery ${d.id} of notification ${d.notification_id}: attempt ${attempt} failed (${failure.message})${last ? ', giving up' : ''}`,
      );
      throw failure.permanent ? new UnrecoverableError(failure.message) : failure;
    }

    await this.deliveries.markSent(d.id);
    return 'DONE';
  }
}
