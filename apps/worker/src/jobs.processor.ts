import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Job } from 'bullmq';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { AuthHousekeepingService } from '@hoso/access/services/auth-housekeeping.service';
import { IdentityRetentionService } from '@hoso/cases/services/identity-retention.service';
import { CheckpointJob } from '@hoso/timeline/jobs/checkpoint.job';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { DeadlineMissedJob } from '@hoso/deadlines/jobs/deadline-missed.job';
import { CompactStatisticsJob } from '@hoso/cases/jobs/compact-statistics.job';
import { FillOfferedEventsJob } from '@hoso/cases/jobs/fill-offered-events.job';
import { DeliverMessageJob } from '@hoso/cases/jobs/deliver-message.job';
import { assertAllHandled, jobHandlers } from './job-handlers';
import { NotificationRelayJob } from '@hoso/notifications/jobs/notification-relay.job';
import { OutboxRelayJob } from '@hoso/cases/jobs/outbox-relay.job';
import { SendNotificationJob } from '@hoso/notifications/jobs/send-notification.job';

const RELAY_EVERY_MS = 1000;
/** Job names an earlier release put on the queues and no handler takes any more; completed without effect. */
const LEGACY_JOB_NAMES = new Set(['fire-deadline']);
const CHECKPOINT_TZ = 'Asia/Ho_Chi_Minh';
const COMPACT_STATISTICS_EVERY_MS = 60_000;
const FILL_OFFERED_EVENTS_EVERY_MS = 10_000;

/** The worker's BullMQ consumers (one per queue, dispatching by job name) and the repeating jobs that feed them. */
@Injectable()
export class JobsProcessor implements OnApplicationBootstrap, OnApplicationShutdown {
  private watchdog?: NodeJS.Timeout;
  private sentinelMissing = 0;

  private readonly logger = new Logger('Worker');

  constructor(
    @Inject(APP_CONFIG) private readonly config: EnvDto,
    private readonly queues: QueueBackend,
    private readonly deliver: DeliverMessageJob,
    private readonly relay: OutboxRelayJob,
    private readonly arming: ArmDeadlinesJob,
    private readonly bucket: FireBucketJob,
    private readonly missed: DeadlineMissedJob,
    private readonly notificationRelay: NotificationRelayJob,
    private readonly sendNotification: SendNotificationJob,
    private readonly checkpoint: CheckpointJob,
    private readonly retention: IdentityRetentionService,
    private readonly housekeeping: AuthHousekeepingService,
    private readonly statistics: CompactStatisticsJob,
    private readonly offeredEvents: FillOfferedEventsJob,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const handlers = jobHandlers({
      deliver: this.deliver,
      relay: this.relay,
      arming: this.arming,
      bucket: this.bucket,
      missed: this.missed,
      notificationRelay: this.notificationRelay,
      sendNotification: this.sendNotification,
      checkpoint: this.checkpoint,
      retention: this.retention,
      housekeeping: this.housekeeping,
      statistics: this.statistics,
      offeredEvents: this.offeredEvents,
    });
    assertAllHandled(handlers);
    const dispatch = async (job: Job) => {
      // Per-deadline jobs of the first release: the buckets re-armed from the database replace them.
      if (LEGACY_JOB_NAMES.has(job.name)) return { obsolete: true };
      const handler = handlers[job.name as JobName];
      if (!handler) throw new Error(`No handler for job ${job.name}`);
      return handler(job.data, job.attemptsMade + 1);
    };
    const consumers = [
      await this.queues.worker(QueueName.OUTBOX, dispatch, { concurrency: 4 }),
      await this.queues.worker(QueueName.DEADLINES, dispatch, { concurrency: 8 }),
      await this.queues.worker(QueueName.NOTIFICATIONS, dispatch, { concurrency: 4 }),
      await this.queues.worker(QueueName.AUDIT, dispatch, { concurrency: 1 }),
    ];
    // A worker's own errors (e.g. its store briefly unreachable) are retried by BullMQ; without a listener they
    // would surface as unhandled 'error' events.
    for (const w of consumers) w.on('error', (err) => this.logger.error(`queue ${w.name}: ${err.message}`));

    // Whatever a crash or a lost queue left behind is picked up at start, then on a schedule.
    await this.relay.relayOnce();
    await this.arming.reconcile();
    await this.notificationRelay.relayOnce();
    await this.ensureSchedulers();
    // The schedulers live in the queues: a lost queue (Redis flush) loses them with the sentinel. A process-local
    // watchdog notices a sentinel missing for two ticks in a row, restores the schedulers and reconciles.
    this.watchdog = setInterval(() => void this.watch(), this.config.DEADLINE_ARM_EVERY_MS);
    this.watchdog.unref();
    this.logger.log(`worker started on ${this.queues.kind} (${this.config.NODE_ENV})`);
  }

  private async watch(): Promise<void> {
    try {
      if (await this.arming.queueIntact()) {
        this.sentinelMissing = 0;
        return;
      }
      if (++this.sentinelMissing < 2) return;
      this.sentinelMissing = 0;
      this.logger.warn('deadline queue lost its state: restoring schedulers and re-arming from the database');
      await this.ensureSchedulers();
      await this.arming.reconcile();
    } catch (err) {
      this.logger.error(`watchdog: ${(err as Error).message}`);
    }
  }

  onApplicationShutdown(): void {
    if (this.watchdog) clearInterval(this.watchdog);
  }

  /** The repeating jobs (idempotent: upsert). */
  private async ensureSchedulers(): Promise<void> {
    const outbox = await this.queues.queue(QueueName.OUTBOX);
    await outbox.upsertJobScheduler(jobId('relay', 'outbox'), { every: RELAY_EVERY_MS }, {
      name: JobName.RELAY_OUTBOX, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 },
    });
    const deadlines = await this.queues.queue(QueueName.DEADLINES);
    await deadlines.upsertJobScheduler(jobId('arm', 'deadlines'), { every: this.config.DEADLINE_ARM_EVERY_MS }, {
      name: JobName.ARM_DEADLINES, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 },
    });
    const notifications = await this.queues.queue(QueueName.NOTIFICATIONS);
    await notifications.upsertJobScheduler(jobId('relay', 'notifications'), { every: RELAY_EVERY_MS }, {
      name: JobName.RELAY_NOTIFICATIONS, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 },
    });
    // The daily signed checkpoint, in Vietnam time; the handler takes at most one per Vietnamese date.
    const audit = await this.queues.queue(QueueName.AUDIT);
    await audit.upsertJobScheduler(jobId('checkpoint', 'daily'), { pattern: this.config.AUDIT_CHECKPOINT_CRON, tz: CHECKPOINT_TZ }, {
      name: JobName.TAKE_CHECKPOINT, data: {}, opts: { attempts: 5, backoff: { type: 'exponential', delay: 60_000 }, removeOnComplete: 30, removeOnFail: 30 },
    });
    // Reporters' identities past their retention period; a sweep is idempotent (purged rows leave the query).
    await audit.upsertJobScheduler(jobId('retention', 'sweep'), { every: this.config.RETENTION_SWEEP_EVERY_MS }, {
      name: JobName.PURGE_IDENTITIES, data: {}, opts: { removeOnComplete: true, removeOnFail: 30 },
    });
    // Expired refresh tokens and stale failed-login counts.
    await audit.upsertJobScheduler(jobId('prune', 'auth'), { every: 3_600_000 }, {
      name: JobName.PRUNE_AUTH, data: {}, opts: { removeOnComplete: true, removeOnFail: 30 },
    });
    // The statistics rollup's deltas folded into its month rows: reads are exact without it, and faster with it.
    await audit.upsertJobScheduler(jobId('compact', 'statistics'), { every: COMPACT_STATISTICS_EVERY_MS }, {
      name: JobName.COMPACT_STATISTICS, data: {}, opts: { removeOnComplete: true, removeOnFail: 30 },
    });
    // The cases written before offered_events existed, filled batch by batch (GET /inbox/awaiting-me is exact without).
    await audit.upsertJobScheduler(jobId('fill', 'offered-events'), { every: FILL_OFFERED_EVENTS_EVERY_MS }, {
      name: JobName.FILL_OFFERED_EVENTS, data: {}, opts: { removeOnComplete: true, removeOnFail: 30 },
    });
  }
}
