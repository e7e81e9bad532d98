import { JobName } from '@hoso/core/queue';
import type { DeadlineArmingService, FireJob } from './deadline-arming.service';
import type { DeadlineFireHandler } from './deadline-fire.handler';
import type { DeliverMessageHandler } from './deliver-message.handler';
import type { NotificationRelayService } from './notification-relay.service';
import type { OutboxRelayService } from './outbox-relay.service';
import type { SendNotificationHandler } from './send-notification.handler';

export type JobHandler = (data: unknown, attempt: number) => Promise<unknown>;

export interface JobServices {
  deliver: DeliverMessageHandler;
  relay: OutboxRelayService;
  arming: DeadlineArmingService;
  fire: DeadlineFireHandler;
  notificationRelay: NotificationRelayService;
  sendNotification: SendNotificationHandler;
}

/** Every job name maps to a handler; the Record type makes a missing one a compile error, start-up checks again. */
export function jobHandlers(s: JobServices): Record<JobName, JobHandler> {
  return {
    [JobName.DELIVER_MESSAGE]: (data, attempt) => s.deliver.handle(data as { outboxId: string }, attempt),
    [JobName.RELAY_OUTBOX]: () => s.relay.relayOnce(),
    [JobName.ARM_DEADLINES]: () => s.arming.reconcile(),
    [JobName.FIRE_DEADLINE]: (data) => s.fire.handle(data as FireJob | { sentinel: true }),
    [JobName.RELAY_NOTIFICATIONS]: () => s.notificationRelay.relayOnce(),
    [JobName.SEND_NOTIFICATION]: (data, attempt) => s.sendNotification.handle(data as { deliveryId: string }, attempt),
  };
}

export function assertAllHandled(handlers: Partial<Record<string, JobHandler>>): void {
  const missing = Object.values(JobName).filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for job name(s): ${missing.join(', ')}`);
}
