import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { DeliverMessageHandler } from './deliver-message.handler';
import { assertAllHandled, jobHandlers } from './job-handlers';
import { OutboxRelayService } from './outbox-relay.service';

const RELAY_EVERY_MS = 1000;

/** The worker's BullMQ consumer for the outbox queue, and the repeating relay job that feeds it. */
@Injectable()
export class OutboxProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: EnvDto,
    private readonly queues: QueueBackend,
    private readonly deliver: DeliverMessageHandler,
    private readonly relay: OutboxRelayService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = jobHandlers(this.deliver, this.relay);
    assertAllHandled(handlers);
    await this.queues.worker(
      QueueName.OUTBOX,
      async (job: Job) => {
        const handler = handlers[job.name as JobName];
        if (!handler) throw new Error(`No handler for job ${job.name}`);
        return handler(job.data, job.attemptsMade + 1);
      },
      { concurrency: 4 },
    );
    const queue = await this.queues.queue(QueueName.OUTBOX);
    // Relay at start (whatever was left by a crash) and then on a schedule.
    await this.relay.relayOnce();
    await queue.upsertJobScheduler(jobId('relay', 'outbox'), { every: RELAY_EVERY_MS }, { name: JobName.RELAY_OUTBOX, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } });
    this.logger.log(`worker started on ${this.queues.kind} (${this.config.NODE_ENV})`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.logger.log('worker stopping');
  }
}
