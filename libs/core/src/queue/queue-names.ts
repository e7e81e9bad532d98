// Every queue and job name lives here; the worker refuses to start if a job name has no handler.
export enum QueueName {
  OUTBOX = 'outbox',
  DEADLINES = 'deadlines',
  NOTIFICATIONS = 'notifications',
  AUDIT = 'audit',
}

export enum JobName {
  RELAY_OUTBOX = 'relay-outbox',
  DELIVER_MESSAGE = 'deliver-message',
  ARM_DEADLINES = 'arm-deadlines',
  FIRE_BUCKET = 'fire-bucket',
  DEADLINE_MISSED = 'deadline-missed',
  RELAY_NOTIFICATIONS = 'relay-notifications',
  SEND_NOTIFICATION = 'send-notification',
  TAKE_CHECKPOINT = 'take-checkpoint',
  PURGE_IDENTITIES = 'purge-identities',
  PRUNE_AUTH = 'prune-auth',
  COMPACT_STATISTICS = 'compact-statistics',
  FILL_OFFERED_EVENTS = 'fill-offered-events',
}

/** Deterministic job ids: the same work always gets the same id, so a re-enqueue is a no-op. No `:` allowed. */
export function jobId(...parts: (string | number)[]): string {
  const id = parts.map(String).join('-');
  if (id.includes(':') || id.length === 0) throw new Error(`Invalid job id "${id}"`);
  return id;
}
