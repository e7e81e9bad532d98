import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { DeadlineArmingService } from './deadline-arming.service';
import { DeadlineFireHandler } from './deadline-fire.handler';
import { DeliverMessageHandler } from './deliver-message.handler';
import { assertAllHandled, jobHandlers } from './job-handlers';
import { OutboxRelayService } from './outbox-relay.service';

const RELAY_EVERY_MS = 1000;

/** The worker's BullMQ consumers (one per queue, dispatching by job name) and the repeating jobs that feed them. */
@Injectable()
export class JobsProcessor implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: EnvDto,
    private readonly queues: QueueBackend,
    private readonly deliver: DeliverMessageHandler,
    private readonly relay: OutboxRelayService,
    private readonly arming: DeadlineArmingService,
    private readonly fire: DeadlineFireHandler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = jobHandlers({ deliver: this.deliver, relay: this.relay, arming: this.arming, fire: this.fire });
    assertAllHandled(handlers);
    const dispatch = async (job: Job) => {
      const handler = handlers[job.name as JobName];
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      return handler(job.data, job.attemptsMade + 1);
    };
    await this.queues.worker(QueueName.OUTBOX, dispatch, { concurrency: 4 });
    await this.queues.worker(QueueName.DEADLINES, dispatch, { concurrency: 8 });

    // Whatever a crash or a lost queue left behind is picked up at start, then on a schedule.
    await this.relay.relayOnce();
    await this.arming.reconcile();
    const outbox = await this.queues.queue(QueueName.OUTBOX);
    await outbox.upsertJobScheduler(jobId('relay', 'outbox'), { every: RELAY_EVERY_MS }, {
      name: JobName.RELAY_OUTBOX, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 },
    });
    const deadlines = await this.queues.queue(QueueName.DEADLINES);
    await deadlines.upsertJobScheduler(jobId('arm', 'deadlines'), { every: this.config.DEADLINE_ARM_EVERY_MS }, {
      name: JobName.ARM_DEADLINES, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 },
    });
    this.logger.log(`worker started on ${this.queues.kind} (${this.config.NODE_ENV})`);
  }
}
