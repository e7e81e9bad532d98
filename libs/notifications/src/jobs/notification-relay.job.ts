import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName, relayBatch } from '@hoso/core/queue';
import { DELIVERY_RELAY, type DeliveryToRelay } from '../repositories/notification-delivery.repository';

/** How often a channel delivery is tried before it is marked FAILED; the send handler reads it too. */
export const SEND_ATTEMPTS = 8;

/**
 * Moves notification deliveries onto the queue (see `relayBatch`; its statements are the repository's
 * `DELIVERY_RELAY`); the send handler skips deliveries already SENT.
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
    const n = await relayBatch<DeliveryToRelay>(this.dataSource, this.queues, {
      ...DELIVERY_RELAY,
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
    });
    if (n > 0) this.logger.debug(`relayed ${n} notification deliver${n === 1 ? 'y' : 'ies'}`);
    return n;
  }
}
