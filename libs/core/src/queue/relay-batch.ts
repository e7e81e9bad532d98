import type { DataSource } from 'typeorm';
import type { QueueBackend } from './queue-backend';
import type { QueueName } from './queue-names';
import { freeJobIds, type JobSpec } from './free-job-ids';

/** How long a row may stay QUEUED before its job is taken as lost (e.g. Redis was flushed) and queued again. */
export const REQUEUE_AFTER_SECONDS = 5 * 60;
const BATCH = 200;

export interface RelaySpec<Row extends { id: string }> {
  /** Selects up to `$1` rows to queue: the pending ones, and the ones queued before `$2` seconds ago. */
  select: string;
  queue: QueueName;
  job(row: Row): JobSpec;
  /** Marks the rows QUEUED (only if still pending or queued: a row already done stays done). */
  markQueued: string;
}

/**
 * One pass of a relay from a table to a queue. Enqueue first, with deterministic job ids, then mark the rows: a crash
 * in between enqueues the same ids again (a no-op while the job waits), and the job's handler skips rows already done.
 * A row queued long ago whose job failed or finished gets its id freed and its job added again (freeJobIds). The
 * database stays the source of truth.
 */
export async function relayBatch<Row extends { id: string }>(dataSource: DataSource, queues: QueueBackend, spec: RelaySpec<Row>): Promise<number> {
  const rows: Row[] = await dataSource.query(spec.select, [BATCH, REQUEUE_AFTER_SECONDS]);
  if (rows.length === 0) return 0;
  const queue = await queues.queue(spec.queue);
  const jobs = rows.map((r) => spec.job(r));
  // Ids held by failed or finished jobs are freed; adding under an id a waiting or running job holds stays a no-op.
  await freeJobIds(queue, jobs);
  await queue.addBulk(jobs);
  await dataSource.query(spec.markQueued, [rows.map((r) => r.id)]);
  return rows.length;
}
