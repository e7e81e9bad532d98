import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';

const BATCH = 200;
// A delivery queued (or last tried) this long ago and still not done lost its job (e.g. Redis was flushed).
const REQUEUE_AFTER_MS = 5 * 60_000;
/** How often a channel delivery is tried before it is marked FAILED; the send handler reads it too. */
export const SEND_ATTEMPTS = 8;

/**
 * Moves notification deliveries onto the queue, as the outbox relay does for outbox rows: enqueue with a
 * deterministic job id first, then mark the rows QUEUED. A crash in between re-enqueues the same ids (a no-op),
 * and the send handler skips deliveries already SENT. The database stays the source of truth.
 */
@Injectable()
export class NotificationRelayService {
  private readonly logger = new Logger('NotificationRelay');

  constructor(
    @Inject(APP_CONFIG) private readonly config: EnvDto,
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
  ) {}

  async relayOnce(): Promise<number> {
    const rows: { id: string; retries: number }[] = await this.dataSource.query(
      `SELECT id, retries FROM notification_delivery
        WHERE status = 'PENDING' OR (status = 'QUEUED' AND updated_at < now() - make_interval(secs => $2))
        ORDER BY created_at, id LIMIT $1`,
      [BATCH, REQUEUE_AFTER_MS / 1000],
    );
    if (rows.length === 0) return 0;
    const queue = await this.queues.queue(QueueName.NOTIFICATIONS);
    await queue.addBulk(
      rows.map((r) => ({
        name: JobName.SEND_NOTIFICATION,
        data: { deliveryId: r.id },
        opts: {
          jobId: r.retries > 0 ? jobId('notify', r.id, `r${r.retries}`) : jobId('notify', r.id),
          attempts: SEND_ATTEMPTS,
          backoff: { type: 'exponential', delay: this.config.CHANNEL_RETRY_BASE_MS },
          removeOnComplete: { age: 86400, count: 10000 },
          removeOnFail: { age: 7 * 86400 },
        },
      })),
    );
    // updated_at restarts the re-enqueue clock of rows that were QUEUED already.
    await this.dataSource.query(
      `UPDATE notification_delivery SET status = 'QUEUED', updated_at = now() WHERE id = ANY($1::uuid[]) AND status IN ('PENDING', 'QUEUED')`,
      [rows.map((r) => r.id)],
    );
    this.logger.debug(`relayed ${rows.length} notification deliver${rows.length === 1 ? 'y' : 'ies'}`);
    return rows.length;
  }
}
