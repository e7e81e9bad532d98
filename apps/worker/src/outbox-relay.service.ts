import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';

const BATCH = 200;
// A message queued this long ago and still not done lost its job (e.g. Redis was flushed): queue it again.
const REQUEUE_AFTER_MS = 5 * 60_000;

/**
 * Moves outbox rows onto the queue. Enqueue first with a deterministic job id, then mark the row: a crash in
 * between re-enqueues the same id (a no-op), and the handler skips rows already done. The database stays the
 * source of truth.
 */
@Injectable()
export class OutboxRelayService {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
  ) {}

  async relayOnce(): Promise<number> {
    const rows: { id: string; status: string }[] = await this.dataSource.query(
      `SELECT id, status FROM outbox_message
        WHERE status = 'PENDING' OR (status = 'QUEUED' AND created_at < now() - make_interval(secs => $2))
        ORDER BY id LIMIT $1`,
      [BATCH, REQUEUE_AFTER_MS / 1000],
    );
    if (rows.length === 0) return 0;
    const queue = await this.queues.queue(QueueName.OUTBOX);
    await queue.addBulk(
      rows.map((r) => ({
        name: JobName.DELIVER_MESSAGE,
        data: { outboxId: r.id },
        opts: { jobId: jobId('outbox', r.id), attempts: 8, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 86400, count: 10000 }, removeOnFail: { age: 7 * 86400 } },
      })),
    );
    await this.dataSource.query(`UPDATE outbox_message SET status = 'QUEUED' WHERE id = ANY($1::bigint[]) AND status = 'PENDING'`, [
      rows.map((r) => r.id),
    ]);
    this.logger.debug(`relayed ${rows.length} outbox message(s)`);
    return rows.length;
  }
}
