import { JobName } from '@hoso/core/queue';
import type { AuthHousekeepingService } from '@hoso/access/services/auth-housekeeping.service';
import type { IdentityRetentionService } from '@hoso/cases/services/identity-retention.service';
import type { CheckpointJob } from '@hoso/timeline/jobs/checkpoint.job';
import type { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import type { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import type { BucketJob, MissedJob } from '@hoso/deadlines/jobs/deadline-buckets';
import type { DeadlineMissedJob } from '@hoso/deadlines/jobs/deadline-missed.job';
import type { CompactStatisticsJob } from '@hoso/cases/jobs/compact-statistics.job';
import type { FillOfferedEventsJob } from '@hoso/cases/jobs/fill-offered-events.job';
import type { DeliverMessageJob } from '@hoso/cases/jobs/deliver-message.job';
import type { NotificationRelayJob } from '@hoso/notifications/jobs/notification-relay.job';
import type { OutboxRelayJob } from '@hoso/cases/jobs/outbox-relay.job';
import type { SendNotificationJob } from '@hoso/notifications/jobs/send-notification.job';

export type JobHandler = (data: unknown, attempt: number) => Promise<unknown>;

export interface JobServices {
  deliver: DeliverMessageJob;
  relay: OutboxRelayJob;
  arming: ArmDeadlinesJob;
  bucket: FireBucketJob;
  missed: DeadlineMissedJob;
  notificationRelay: NotificationRelayJob;
  sendNotification: SendNotificationJob;
  checkpoint: CheckpointJob;
  retention: IdentityRetentionService;
  housekeeping: AuthHousekeepingService;
  statistics: CompactStatisticsJob;
  offeredEvents: FillOfferedEventsJob;
}

/** Every job name maps to a handler; the Record type makes a missing one a compile error, start-up checks again. */
export function jobHandlers(s: JobServices): Record<JobName, JobHandler> {
  return {
    [JobName.DELIVER_MESSAGE]: (data, attempt) => s.deliver.handle(data as { outboxId: string }, attempt),
    [JobName.RELAY_OUTBOX]: () => s.relay.relayOnce(),
    [JobName.ARM_DEADLINES]: () => s.arming.reconcile(),
    [JobName.FIRE_BUCKET]: (data) => s.bucket.handle(data as BucketJob | { sentinel: true }),
    [JobName.DEADLINE_MISSED]: (data) => s.missed.handle(data as MissedJob),
    [JobName.RELAY_NOTIFICATIONS]: () => s.notificationRelay.relayOnce(),
    [JobName.SEND_NOTIFICATION]: (data, attempt) => s.sendNotification.handle(data as { deliveryId: string }, attempt),
    [JobName.TAKE_CHECKPOINT]: () => s.checkpoint.handle(),
    [JobName.PURGE_IDENTITIES]: () => s.retention.sweep(),
    [JobName.PRUNE_AUTH]: () => s.housekeeping.prune(),
    [JobName.COMPACT_STATISTICS]: () => s.statistics.handle(),
    [JobName.FILL_OFFERED_EVENTS]: () => s.offeredEvents.handle(),
  };
}

export function assertAllHandled(handlers: Partial<Record<string, JobHandler>>): void {
  const missing = Object.values(JobName).filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for job name(s): ${missing.join(', ')}`);
}
