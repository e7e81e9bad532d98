import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { NotificationChannelRegistry } from '../channels/notification-channel-registry';
import { ChannelError } from '../channels/notification-channel';
import { SEND_ATTEMPTS } from './notification-relay.job';

interface DeliveryRow {
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
    private readonly dataSource: DataSource,
    private readonly channels: NotificationChannelRegistry,
  ) {}

  async handle(data: { deliveryId: string }, attempt: number): Promise<'DONE' | 'SKIPPED'> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.channel, d.status, n.id AS notification_id, n.user_id, n.case_id, n.kind, n.title, n.body, n.created_at,
              u.display_name, u.email
         FROM notification_delivery d JOIN notification n ON n.id = d.notification_id LEFT JOIN app_user u ON u.id = n.user_id
        WHERE d.id = $1`,
      [data.deliveryId],
    );
    const d = rows[0];
    if (!d || d.status === 'SENT' || d.status === 'FAILED') return 'SKIPPED';

    try {
      const channel = this.channels.get(d.channel);
      if (!channel) throw new ChannelError(`unknown channel ${d.channel}`, true);
      await channel.send({
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
      await this.dataSource.query(
        `UPDATE notification_delivery SET attempts = attempts + 1, last_error = $2, status = $3, updated_at = now()
          WHERE id = $1 AND status IN ('PENDING', 'QUEUED')`,
        [d.id, failure.message, last ? 'FAILED' : 'QUEUED'],
      );
      this.logger.warn(
        `${d.channel} delivery ${d.id} of notification ${d.notification_id}: attempt ${attempt} failed (${failure.message})${last ? ', giving up' : ''}`,
      );
      throw failure.permanent ? new UnrecoverableError(failure.message) : failure;
    }

    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'SENT', attempts = attempts + 1, last_error = NULL, sent_at = now(), updated_at = now()
        WHERE id = $1 AND status <> 'SENT'`,
      [d.id],
    );
    return 'DONE';
  }
}
