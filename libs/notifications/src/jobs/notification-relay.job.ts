import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { relayBatch } from '@hoso/core/queue';

/** How often a channel delivery is tried before it is marked FAILED; the send handler reads it too. */
export const SEND_ATTEMPTS = 8;

/**
 * Moves notification deliveries onto the queue (see `relayBatch`); the send handler skips deliveries already SENT.
 * A delivery retried by hand gets a job id of its own per retry.
 */
@Injectable()
export class NotificationRelayJob {
  private readonly logger = new Logger('NotificationRelay');

  constructor(
    @Inject(APP_CONFIG) private readonly config: EnvDto,
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
  ) {}

  async relayOnce(): Promise<number> {
    const n = await relayBatch<{ id: string; retries: number }>(this.dataSource, this.queues, {
      select: `SELECT id, retries FROM notification_delivery
                WHERE status = 'PENDING' OR (status = 'QUEUED' AND updated_at < now() - make_interval(secs => $2))
                ORDER BY created_at, id LIMIT $1`,
      queue: QueueName.NOTIFICATIONS,
      job: (r) => ({
        name: JobName.SEND_NOTIFICATION,
        data: { deliveryId: r.id },
        opts: {
          jobId: r.retries > 0 ? jobId('notify', r.id, `r${r.retries}`) : jobId('notify', r.id),
          attempts: SEND_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.CHANNEL_RETRY_BASE_MS },
          removeOnComplete: { age: 86400, count: 10000 },
          removeOnFail: { age: 7 * 86400 },
        },
      }),
      // updated_at restarts the re-enqueue clock of rows that were QUEUED already.
      markQueued: `UPDATE notification_delivery SET status = 'QUEUED', updated_at = now() WHERE id = ANY($1::uuid[]) AND status IN ('PENDING', 'QUEUED')`,
    });
    if (n > 0) this.logger.debug(`relayed ${n} notification deliver${n === 1 ? 'y' : 'ies'}`);
    return n;
  }
}
