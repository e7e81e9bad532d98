import type { JobsOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import { QueueBackend, type QueueName } from '@hoso/core/queue';

/** How long a row may stay QUEUED before its job is taken as lost (e.g. Redis was flushed) and queued again. */
export const REQUEUE_AFTER_SECONDS = 5 * 60;
const BATCH = 200;

export interface RelaySpec<Row extends { id: string }> {
  /** Selects up to `$1` rows to queue: the pending ones, and the ones queued before `$2` seconds ago. */
  select: string;
  queue: QueueName;
  job(row: Row): { name: string; data: object; opts: JobsOptions & { jobId: string } };
  /** Marks the rows QUEUED (only if still pending or queued: a row already done stays done). */
  markQueued: string;
}

/**
 * One pass of a relay from a table to a queue. Enqueue first, with deterministic job ids, then mark the rows: a crash
 * in between enqueues the same ids again (a no-op), and the job's handler skips rows already done. The database
 * stays the source of truth.
 */
export async function relayBatch<Row extends { id: string }>(dataSource: DataSource, queues: QueueBackend, spec: RelaySpec<Row>): Promise<number> {
  const rows: Row[] = await dataSource.query(spec.select, [BATCH, REQUEUE_AFTER_SECONDS]);
  if (rows.length === 0) return 0;
  const queue = await queues.queue(spec.queue);
  await queue.addBulk(rows.map((r) => spec.job(r)));
  await dataSource.query(spec.markQueued, [rows.map((r) => r.id)]);
  return rows.length;
}
