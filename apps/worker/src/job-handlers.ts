import { JobName } from '@hoso/core/queue';
import type { DeliverMessageHandler } from './deliver-message.handler';
import type { OutboxRelayService } from './outbox-relay.service';

export type JobHandler = (data: unknown, attempt: number) => Promise<unknown>;

/** Every job name maps to a handler; the Record type makes a missing one a compile error, start-up checks again. */
export function jobHandlers(deliver: DeliverMessageHandler, relay: OutboxRelayService): Record<JobName, JobHandler> {
  return {
    [JobName.DELIVER_MESSAGE]: (data, attempt) => deliver.handle(data as { outboxId: string }, attempt),
    [JobName.RELAY_OUTBOX]: () => relay.relayOnce(),
  };
}

export function assertAllHandled(handlers: Partial<Record<string, JobHandler>>): void {
  const missing = Object.values(JobName).filter((name) => typeof handlers[name] !== 'function');
  if (missing.length > 0) throw new Error(`No handler for job name(s): ${missing.join(', ')}`);
}
