// The statistics rollup (CaseStatisticsRollup migration): cases counted by procedure, Vietnamese month of reception,
// today's unit, report category and tags. Triggers on "case" append signed deltas; compaction folds them into the
// month rows; a read sums both, so compaction only makes reads faster.

/** Anything that runs a statement: a TypeORM DataSource or EntityManager (rows) or a `pg` client (`{ rows }`). */
export interface SqlRunner {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

const rowsOf = <R>(result: unknown): R[] => (Array.isArray(result) ? result : (result as { rows: R[] }).rows);

const KEY = 'procedure_id, month, org_unit_id, report_category, tags';

// Claims a batch of deltas (rows another compaction holds are skipped, so two compactions at once never wait on each
// other and each delta is moved exactly once: the DELETE that returns it is the one that removes it) and adds them to
// the month rows in key order, so two foldings that meet on a key lock it in the same order.
const FOLD = `
  WITH claimed AS (SELECT id FROM case_statistics_delta ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED),
  moved AS (DELETE FROM case_statistics_delta d USING claimed WHERE d.id = claimed.id
            RETURNING d.procedure_id, d.month, d.org_unit_id, d.report_category, d.tags, d.n),
  folded AS (INSERT INTO case_statistics_month AS m (${KEY}, n)
             SELECT ${KEY}, sum(n) FROM moved GROUP BY ${KEY} HAVING sum(n) <> 0 ORDER BY ${KEY}
             ON CONFLICT (${KEY}) DO UPDATE SET n = m.n + excluded.n
             RETURNING 1)
  SELECT (SELECT count(*) FROM moved)::int AS moved, (SELECT count(*) FROM folded)::int AS folded`;

// The month rows a folding brought to zero; a row another folding is changing is left for the next time.
const DROP_ZEROS = `
  DELETE FROM case_statistics_month m
   USING (SELECT ${KEY} FROM case_statistics_month WHERE n = 0 FOR UPDATE SKIP LOCKED) z
   WHERE (m.procedure_id, m.month, m.org_unit_id, m.report_category, m.tags) = (z.procedure_id, z.month, z.org_unit_id, z.report_category, z.tags)
     AND m.n = 0`;

const BATCH = 50_000;

/**
 * Folds the pending deltas of the statistics rollup into its month rows, in batches, each one statement; safe to run
 * from several workers at once. Returns the number of deltas moved.
 */
export async function compactStatisticsRollup(db: SqlRunner, batch = BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const [r] = rowsOf<{ moved: number }>(await db.query(FOLD, [batch]));
    total += r.moved;
    if (r.moved < batch) break;
  }
  await db.query(DROP_ZEROS);
  return total;
}

/**
 * The whole Vietnamese months inside a period [startsAt, endsBefore) — `firstMonth` (inclusive) to `endMonth`
 * (exclusive), read from the rollup — and the instants they span, [monthsFrom, monthsBefore): the cases received
 * before or after them, in the partial months at the period's edges, are read one by one. Computed with the functions
 * the triggers bucket by, so a month row holds exactly the cases received within its instants.
 */
export const ROLLUP_BOUNDS = `
  SELECT to_char(first_month, 'YYYY-MM-DD') AS "firstMonth", to_char(end_month, 'YYYY-MM-DD') AS "endMonth",
         CASE WHEN first_month < end_month THEN case_statistics_month_start(first_month) ELSE $2::timestamptz END AS "monthsFrom",
         CASE WHEN first_month < end_month THEN case_statistics_month_start(end_month) ELSE $2::timestamptz END AS "monthsBefore"
    FROM (SELECT CASE WHEN case_statistics_month_start(case_statistics_month_of($1)) >= $1::timestamptz THEN case_statistics_month_of($1)
                      ELSE (case_statistics_month_of($1) + interval '1 month')::date END AS first_month,
                 case_statistics_month_of($2) AS end_month) b`;

export interface RollupBounds {
  firstMonth: string;
  endMonth: string;
  monthsFrom: Date;
  monthsBefore: Date;
}

/**
 * The statistics' groups (held unit, today's unit, whether today's has ended, category, tags, n) of the cases of a
 * procedure received in a period that the caller is not excluded from, as the statement over every case answered
 * them: the whole months from the rollup (month rows and pending deltas) and the edges' cases, each counted under
 * today's unit; then, exactly, the cases moved after the period's end counted under the unit that held them, and the
 * caller's excluded cases taken away. Parameters: $1 procedure, $2 startsAt, $3 endsBefore, $4 the caller, $5 the
 * units in scope (only a first cut: rows the scope check keeps), $6–$9 the `RollupBounds`.
 */
export const ROLLUP_GROUPS = `
  WITH moved AS (
    SELECT DISTINCT ON (t.case_id) t.case_id, t.from_unit_id FROM case_unit_transfer t
     WHERE t.field = 'ORG_UNIT' AND t.at >= $3 ORDER BY t.case_id, t.at, t.id
  ), signed AS (
    SELECT m.org_unit_id AS held, m.org_unit_id AS current, m.report_category AS category, m.tags, m.n
      FROM case_statistics_month m WHERE m.procedure_id = $1 AND m.month >= $6::date AND m.month < $7::date
    UNION ALL
    SELECT d.org_unit_id, d.org_unit_id, d.report_category, d.tags, d.n
      FROM case_statistics_delta d WHERE d.procedure_id = $1 AND d.month >= $6::date AND d.month < $7::date
    UNION ALL
    SELECT c.org_unit_id, c.org_unit_id, c.report_category, c.tags, count(*)
      FROM "case" c WHERE c.procedure_id = $1 AND c.received_at >= $2 AND c.received_at < $8
     GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT c.org_unit_id, c.org_unit_id, c.report_category, c.tags, count(*)
      FROM "case" c WHERE c.procedure_id = $1 AND c.received_at >= $9 AND c.received_at < $3
     GROUP BY 1, 2, 3, 4
    UNION ALL
    SELECT u.held, c.org_unit_id, c.report_category, c.tags, u.n
      FROM moved h JOIN "case" c ON c.id = h.case_id
     CROSS JOIN LATERAL (VALUES (h.from_unit_id, 1), (c.org_unit_id, -1)) u(held, n)
     WHERE c.procedure_id = $1 AND c.received_at >= $2 AND c.received_at < $3
    UNION ALL
    SELECT COALESCE(h.from_unit_id, c.org_unit_id), c.org_unit_id, c.report_category, c.tags, -1
      FROM (SELECT DISTINCT x.case_id FROM user_excluded_cases($4::uuid) x) x
      JOIN "case" c ON c.id = x.case_id
      LEFT JOIN moved h ON h.case_id = c.id
     WHERE c.procedure_id = $1 AND c.received_at >= $2 AND c.received_at < $3
  ), summed AS (
    SELECT held, current, category, tags, sum(n)::int AS n FROM signed GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0
  )
  SELECT s.held, s.current, ou.valid_to IS NOT NULL AS current_ended, s.category, s.tags, s.n
    FROM summed s JOIN org_unit ou ON ou.id = s.current
   WHERE s.held = ANY($5::uuid[]) OR s.current = ANY($5::uuid[]) OR ou.valid_to IS NOT NULL`;
