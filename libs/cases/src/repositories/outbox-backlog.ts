import type { DataSource } from 'typeorm';

export interface OutboxBacklog {
  /** Messages not yet delivered (PENDING or QUEUED). */
  count: number;
  /** Age of the oldest of them, in seconds (0 when none). */
  oldestSeconds: number;
}

/** For /metrics at scrape time: one cheap statement over the (status, id) index. */
export async function readOutboxBacklog(ds: DataSource): Promise<OutboxBacklog> {
  const [row] = await ds.query<{ count: string; oldest: string | null }[]>(
    `SELECT count(*) AS count, extract(epoch FROM now() - min(created_at)) AS oldest
       FROM outbox_message WHERE status IN ('PENDING', 'QUEUED')`,
  );
  return { count: Number(row.count), oldestSeconds: Math.max(0, Number(row.oldest ?? 0)) };
}
