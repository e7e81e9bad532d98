import type { NotificationChannelName } from '../entities/notification-delivery.entity';

/** What a channel needs to send one notification: the row as the user sees it, and where to reach them. */
export interface OutgoingNotification {
  /** `notification_delivery.id`: the same on every attempt and manual retry of this delivery, for the receiver to dedupe. */
  deliveryId: string;
  id: string;
  userId: string;
  caseId: string | null;
  kind: string;
  title: string;
  body: string;
  createdAt: Date;
  recipient: { displayName: string; email: string | null };
}

/** One outside channel. `enabled` is false unless its settings are present; a disabled channel gets no deliveries. */
export interface NotificationChannel {
  readonly name: NotificationChannelName;
  readonly enabled: boolean;
  /** Resolves once the channel accepted the message; throws a ChannelError otherwise. */
  send(notification: OutgoingNotification): Promise<void>;
}

/**
 * A failed send. The message is stored in `notification_delivery.last_error` and logged, so it is short and never
 * carries a URL, a credential or a response body. `permanent`: retrying cannot help (e.g. no e-mail address).
 */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly permanent = false,
  ) {
    super(message.length > 300 ? `${message.slice(0, 297)}...` : message);
    this.name = 'ChannelError';
  }
}
