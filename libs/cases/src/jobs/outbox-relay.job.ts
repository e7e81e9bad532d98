import { Injectable, Logger } from '@nestjs/common';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { OutboxRepository } from '../repositories/outbox.repository';

/** Moves outbox rows onto the queue (see `relayBatch`); the deliver handler skips rows already done. */
@Injectable()
export class OutboxRelayJob {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly queues: QueueBackend,
  ) {}

  async relayOnce(): Promise<number> {
    const n = await this.outbox.relayPending(this.queues, {
      queue: QueueName.OUTBOX,
      job: (r) => ({
        name: JobName.DELIVER_MESSAGE,
        data: { outboxId: r.id },
        opts: { jobId: jobId('outbox', r.id), attempts: 8, backoff: { type: 'exponential', delay: 1000 }, removeOnComplete: { age: 86400, count: 10000 }, removeOnFail: { age: 7 * 86400 } },
      }),
    });
    if (n > 0) this.logger.debug(`relayed ${n} outbox message(s)`);
    return n;
  }
}
