import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { relayBatch } from '@hoso/core/queue';

/** Moves outbox rows onto the queue (see `relayBatch`); the deliver handler skips rows already done. */
@Injectable()
export class OutboxRelayJob {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
  ) {}

  async relayOnce(): Promise<number> {
    const n = await relayBatch<{ id: string }>(this.dataSource, this.queues, {
      select: `SELECT id FROM outbox_message
                WHERE status = 'PENDING' OR (status = 'QUEUED' AND created_at < now() - make_interval(secs => $2))
                ORDER BY id LIMIT $1`,
      queue: QueueName.OUTBOX,
      job: (r) => ({
        name: JobName.DELIVER_MESSAGE,
        data: { outboxId: r.id },
        opts: { jobId: jobId('outbox', r.id), attempts: 8, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 86400, count: 10000 }, removeOnFail: { age: 7 * 86400 } },
      }),
      markQueued: `UPDATE outbox_message SET status = 'QUEUED' WHERE id = ANY($1::bigint[]) AND status = 'PENDING'`,
    });
    if (n > 0) this.logger.debug(`relayed ${n} outbox message(s)`);
    return n;
  }
}
