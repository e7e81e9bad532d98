import { JobName } from '@hoso/core/queue';
import type { AuthHousekeepingService } from '@hoso/access/services/auth-housekeeping.service';
import type { IdentityRetentionService } from '@hoso/cases/services/identity-retention.service';
import type { CheckpointJob } from '@hoso/timeline/jobs/checkpoint.job';
import type { DeadlineArmingService } from './deadline-arming.service';
import type { DeadlineBucketHandler } from './deadline-bucket.handler';
import type { BucketJob, MissedJob } from './deadline-buckets';
import type { DeadlineMissedHandler } from './deadline-missed.handler';
import type { DeliverMessageHandler } from './deliver-message.handler';
import type { NotificationRelayService } from './notification-relay.service';
import type { OutboxRelayService } from './outbox-relay.service';
import type { SendNotificationHandler } from './send-notification.handler';

export type JobHandler = (data: unknown, attempt: number) => Promise<unknown>;

export interface JobServices {
  deliver: DeliverMessageHandler;
  relay: OutboxRelayService;
  arming: DeadlineArmingService;
  bucket: DeadlineBucketHandler;
  missed: DeadlineMissedHandler;
  notificationRelay: NotificationRelayService;
  sendNotification: SendNotificationHandler;
  checkpoint: CheckpointJob;
  retention: IdentityRetentionService;
  housekeeping: AuthHousekeepingService;
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
  };
}

export function assertAllHandled(handlers: Partial<Record<string, JobHandler>>): void {
  const missing = Object.values(JobName).filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for job name(s): ${missing.join(', ')}`);
}
