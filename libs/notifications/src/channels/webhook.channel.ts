import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { ChannelError, type NotificationChannel, type OutgoingNotification } from './notification-channel';

const TIMEOUT_MS = 10_000;

/** The signature a receiver recomputes: hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed with WEBHOOK_SECRET. */
export function webhookSignature(secret: string, timestamp: string, rawBody: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex')}`;
}

/**
 * A signed JSON POST per notification, enabled when WEBHOOK_URL and WEBHOOK_SECRET are set. The receiver checks
 * X-Hoso-Signature against X-Hoso-Timestamp and the raw body (and should refuse an old timestamp). Delivery is
 * at-least-once (a crash between the receiver's 2xx and our SENT update sends again), so every POST carries
 * X-Hoso-Delivery-Id, the `notification_delivery.id`, also as `deliveryId` in the signed body: the same on every
 * retry, redelivery and manual retry of that delivery, different for every other one. The receiver dedupes on it.
 * Any answer but 2xx, a redirect included, is a failure and retried. The URL may carry a token, so it never
 * appears in an error message.
 */
@Injectable()
export class WebhookChannel implements NotificationChannel {
  readonly name = 'WEBHOOK' as const;
  readonly enabled: boolean;

  constructor(@Inject(APP_CONFIG) private readonly config: EnvDto) {
    this.enabled = Boolean(config.WEBHOOK_URL && config.WEBHOOK_SECRET);
  }

  async send(n: OutgoingNotification): Promise<void> {
    if (!this.enabled) throw new ChannelError('webhook channel not configured', true);
    const body = JSON.stringify({
      deliveryId: n.deliveryId,
      id: n.id,
      userId: n.userId,
      caseId: n.caseId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      createdAt: n.createdAt.toISOString(),
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    let res: Response;
    try {
      res = await fetch(this.config.WEBHOOK_URL!, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json; charset=utf-8',
          'User-Agent': 'hoso-notifications',
          'X-Hoso-Delivery-Id': n.deliveryId,
          'X-Hoso-Timestamp': timestamp,
          'X-Hoso-Signature': webhookSignature(this.config.WEBHOOK_SECRET!, timestamp, body),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (err) {
      throw new ChannelError(describeFetchError(err));
    }
    // Nothing of the answer is kept: drop the body so the connection is freed.
    await res.body?.cancel().catch(() => undefined);
    if (res.status < 200 || res.status > 299) throw new ChannelError(`HTTP ${res.status}`);
  }
}

function describeFetchError(err: unknown): string {
  const e = err as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `timeout after ${TIMEOUT_MS / 1000} s`;
  // Only the error code: undici's messages can quote the URL.
  return `network error${e?.cause?.code ? ` (${e.cause.code})` : ''}`;
}
