import type { JobsOptions } from 'bullmq';
import { JobName, jobId } from '@hoso/core/queue';

export const MINUTE_MS = 60_000;
/** A long-delayed job whose absence means the queue lost its state (e.g. a Redis flush). */
export const SENTINEL = jobId('sentinel', 'deadlines');

/** Fire every planned firing of one epoch minute. */
export interface BucketJob {
  minute: number;
}

/** Send DEADLINE_MISSED for one escalated deadline. */
export interface MissedJob {
  deadlineId: string;
  generation: number;
}

/**
 * The bucket (epoch minute) that fires an instant: rounded up to the minute, so nothing fires early. The policy's
 * instants are on the minute (08:00 reminders; escalation 1 ms after the end of a day). A firing already due when
 * it is planned goes into the current minute, whose job runs at once.
 */
export function bucketOf(fireAt: Date, now: number): number {
  return fireAt.getTime() <= now ? Math.floor(now / MINUTE_MS) : Math.ceil(fireAt.getTime() / MINUTE_MS);
}

/** A job as added to the queue, always under a deterministic id. */
export interface QueuedJob<T> {
  name: JobName;
  data: T;
  opts: JobsOptions & { jobId: string };
}

const RETRY = { attempts: 10, backoff: { type: 'exponential', delay: 1000 } } as const;

/**
 * One job per minute that has firings. Removed once complete so that the same minute can be queued again (a firing
 * planned late into a minute already fired); a failed one is kept for inspection until the reconciler retries it.
 */
export function bucketJob(minute: number, now: number): QueuedJob<BucketJob> {
  return {
    name: JobName.FIRE_BUCKET,
    data: { minute },
    opts: { jobId: jobId('bucket', minute), delay: Math.max(0, minute * MINUTE_MS - now), ...RETRY, removeOnComplete: true, removeOnFail: { age: 30 * 86400 } },
  };
}

/** Behind every bucket (a job with a priority waits for those without): a person waits for a reminder, not for this. */
export function missedJob(deadlineId: string, generation: number): QueuedJob<MissedJob> {
  return {
    name: JobName.DEADLINE_MISSED,
    data: { deadlineId, generation },
    opts: {
      jobId: jobId('missed', deadlineId, `g${generation}`), priority: 10, ...RETRY,
      removeOnComplete: { age: 86400, count: 100_000 }, removeOnFail: { age: 30 * 86400 },
    },
  };
}
