import type { DataSource } from 'typeorm';

/**
 * The SQL pieces the lists, the inbox and the queue share (issue 16): a count that stops at a bound, a statement run
 * without parallel workers, and what an open deadline is.
 */

/**
 * `inner` (a SELECT) counted up to the value of the parameter `limit` (e.g. `$5`): the count stops there, so a list of
 * a million cases costs no more to count than one of `limit`. Callers pass bound + 1, enough to tell "exactly n" from
 * "more than the bound".
 */
export function countUpToSql(inner: string, limit: string): string {
  return `SELECT count(*)::int AS n FROM (${inner} LIMIT ${limit}) x`;
}

/**
 * `sql` without parallel workers (SET LOCAL: in a transaction of its own). For the pages walked down an index in
 * their order and stopped at the page: workers walking the index side by side each read ahead (at a million cases
 * 5,000 deadlines and their cases, 80–350 ms, where one walk reads about 400), and the planner, costing the whole
 * walk, prefers them.
 */
export function withoutParallelWorkers<T>(dataSource: DataSource, sql: string, params: unknown[], opts: { nestedLoops?: boolean } = {}): Promise<T[]> {
  return dataSource.transaction(async (m) => {
    await m.query(`SET LOCAL max_parallel_workers_per_gather = 0`);
    // For a statement bounded by a short range of an index, walked in its order: each row joined by primary key. The
    // planner, costing its other conditions as selective, may instead read much of a table to hash-join the range.
    if (opts.nestedLoops) {
      for (const plan of ['seqscan', 'bitmapscan', 'hashjoin', 'mergejoin']) await m.query(`SET LOCAL enable_${plan} = off`);
    }
    return m.query(sql, params);
  });
}

/**
 * A deadline still running, or already missed (a paused one does not count), on the deadline table with no alias.
 * Word for word the predicate of the partial indexes `ix_deadline_inbox` and `ix_deadline_open_case`
 * (deadline.entity.ts), so that the planner may use them: qualify it as `d.${OPEN_DEADLINE}`.
 */
export const OPEN_DEADLINE = `status IN ('PENDING', 'MISSED')`;

/**
 * The open deadline `d` is its case's nearest: no open deadline of the case comes before it (an earlier due instant;
 * among equal ones a smaller id). Kept on the deadlines walked in due order, it leaves one row per case.
 */
export function nearestOpenDeadlineSql(d: string): string {
  return `NOT EXISTS (SELECT 1 FROM deadline e
                      WHERE e.case_id = ${d}.case_id AND e.${OPEN_DEADLINE}
                        AND (e.due_at < ${d}.due_at OR (e.due_at = ${d}.due_at AND e.id < ${d}.id)))`;
}
