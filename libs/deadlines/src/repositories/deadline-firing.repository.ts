import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

/** One planned firing of one deadline's generation, in its bucket (epoch minute). */
export interface NewFiring {
  deadlineId: string;
  generation: number;
  kind: string;
  dueAt: Date;
  fireAt: Date;
  bucket: number;
}

/** A firing claimed in `deadline_delivery`: it is notified exactly once. */
export interface ClaimedFiring {
  id: string;
  generation: number;
  kind: string;
}

/**
 * What one chunk of a bucket took: how many deadlines (each with all its firings of the minute) and rows it picked,
 * which firings it claimed, which escalations await DEADLINE_MISSED.
 */
export interface TakenChunk {
  deadlines: number;
  picked: number;
  claimed: ClaimedFiring[];
  missed: { id: string; generation: number }[];
}

/** One person to notify about one claimed firing. */
export interface FiringRecipient {
  deadline_id: string;
  generation: number;
  kind: string;
  case_id: string;
  key: string;
  due_at: Date;
  title: string;
  user_id: string;
}

/**
 * The statements on `deadline_firing`, `deadline_delivery` and `deadline_missed_event` (and the deadline rows a firing
 * closes): planning, taking a minute's firings, resolving their recipients, claiming a DEADLINE_MISSED.
 */
@Injectable()
export class DeadlineFiringRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Replaces the firings of the given deadlines (all generations) with `firings`. */
  async replace(m: EntityManager, deadlineIds: readonly string[], firings: readonly NewFiring[]): Promise<void> {
    await m.query(`DELETE FROM deadline_firing WHERE deadline_id = ANY($1::uuid[])`, [deadlineIds]);
    await m.query(
      `INSERT INTO deadline_firing (deadline_id, generation, kind, due_at, fire_at, bucket)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::timestamptz[], $5::timestamptz[], $6::int[])
       ON CONFLICT (deadline_id, generation, kind) DO UPDATE SET due_at = EXCLUDED.due_at, fire_at = EXCLUDED.fire_at, bucket = EXCLUDED.bucket`,
      [
        firings.map((f) => f.deadlineId), firings.map((f) => f.generation), firings.map((f) => f.kind),
        firings.map((f) => f.dueAt.toISOString()), firings.map((f) => f.fireAt.toISOString()), firings.map((f) => f.bucket),
      ],
    );
  }

  /** Every minute that still holds firings, in order. */
  async allBuckets(): Promise<number[]> {
    const rows: { bucket: number }[] = await this.dataSource.query(`SELECT DISTINCT bucket FROM deadline_firing ORDER BY bucket`);
    return rows.map((r) => r.bucket);
  }

  /** Minutes up to `uptoMinute` (inclusive) that still hold firings, at most `limit`. */
  async bucketsUpTo(uptoMinute: number, limit: number): Promise<number[]> {
    const rows: { bucket: number }[] = await this.dataSource.query(
      `SELECT DISTINCT bucket FROM deadline_firing WHERE bucket <= $1 ORDER BY bucket LIMIT $2`,
      [uptoMinute, limit],
    );
    return rows.map((r) => r.bucket);
  }

  /** DEADLINE_MISSED events not yet claimed, written at least `olderThanS` seconds ago, oldest first. */
  unsentMissed(olderThanS: number, limit: number): Promise<{ deadline_id: string; generation: number }[]> {
    return this.dataSource.query(
      `SELECT deadline_id, generation FROM deadline_missed_event WHERE created_at <= now() - make_interval(secs => $1) ORDER BY created_at LIMIT $2`,
      [olderThanS, limit],
    );
  }

  /**
   * Takes up to `limit` deadlines of `minute` with ALL their firings of that minute (deleted, so each is taken once)
   * and, in the same statement, keeps those whose deadline is still PENDING with the same generation and due, marks
   * escalated deadlines MISSED (a term's end ENDED), claims them in `deadline_delivery` and records
   * `deadline_missed_event` for the escalations.
   * A deadline's rows never split across chunks: a chunk locks each deadline's first row of the minute (its head, SKIP
   * LOCKED: a parallel lane or a second run takes other deadlines instead of waiting), then deletes every row of the
   * deadlines it holds. Split, the chunk with the escalation closed the deadline and the other dropped its reminders
   * as stale. The other rows are taken SKIP LOCKED too: only a planner replacing them can hold one, and waiting for
   * it while holding the head could deadlock. Each deadline row is locked once (`live`) before `escalated` updates it: a row this statement updated
   * is invisible to a later lock in it, which would silently drop the reminder. A step closing a deadline
   * concurrently either commits first (the rows are then stale) or waits for this chunk.
   */
  async takeChunk(m: EntityManager, minute: number, limit: number): Promise<TakenChunk> {
    const [taken]: TakenChunk[] = await m.query(
      `WITH heads AS MATERIALIZED (
         SELECT f.deadline_id FROM deadline_firing f
          WHERE f.bucket = $1 AND NOT EXISTS (SELECT 1 FROM deadline_firing g WHERE g.deadline_id = f.deadline_id AND g.bucket = $1
                                                 AND (g.generation, g.kind) < (f.generation, f.kind))
          ORDER BY f.deadline_id LIMIT $2 FOR UPDATE OF f SKIP LOCKED),
       picked AS (
         DELETE FROM deadline_firing f
          USING (SELECT g.deadline_id, g.generation, g.kind FROM deadline_firing g
                  WHERE g.bucket = $1 AND g.deadline_id IN (SELECT deadline_id FROM heads) FOR UPDATE OF g SKIP LOCKED) s
          WHERE f.deadline_id = s.deadline_id AND f.generation = s.generation AND f.kind = s.kind
         RETURNING f.deadline_id, f.generation, f.kind, f.due_at),
       live AS MATERIALIZED (
         SELECT d.id, d.generation, date_trunc('milliseconds', d.due_at) AS due_at FROM deadline d
          WHERE d.id IN (SELECT deadline_id FROM picked) AND d.status = 'PENDING'
          ORDER BY d.id FOR UPDATE OF d),
       fresh AS (
         SELECT p.* FROM picked p JOIN live l ON l.id = p.deadline_id AND l.generation = p.generation AND l.due_at = p.due_at),
       escalated AS (
         UPDATE deadline d SET status = CASE p.kind WHEN 'TERM_END' THEN 'ENDED' ELSE 'MISSED' END, closed_at = now(), updated_at = now()
           FROM fresh p
          WHERE p.kind IN ('ESCALATE', 'TERM_END') AND d.id = p.deadline_id AND d.status = 'PENDING' AND d.generation = p.generation
            AND date_trunc('milliseconds', d.due_at) = p.due_at
         RETURNING p.deadline_id, p.generation, p.kind, p.due_at),
       claimed AS (
         INSERT INTO deadline_delivery (deadline_id, generation, kind, due_at)
         SELECT * FROM fresh WHERE kind NOT IN ('ESCALATE', 'TERM_END') UNION ALL SELECT * FROM escalated
         ON CONFLICT DO NOTHING RETURNING deadline_id, generation, kind),
       unsent AS (
         INSERT INTO deadline_missed_event (deadline_id, generation) SELECT deadline_id, generation FROM escalated
         ON CONFLICT DO NOTHING RETURNING deadline_id, generation)
       SELECT (SELECT count(*) FROM heads)::int AS deadlines, (SELECT count(*) FROM picked)::int AS picked,
              COALESCE((SELECT json_agg(json_build_object('id', deadline_id, 'generation', generation, 'kind', kind)) FROM claimed), '[]') AS claimed,
              COALESCE((SELECT json_agg(json_build_object('id', deadline_id, 'generation', generation)) FROM unsent), '[]') AS missed`,
      [minute, limit],
    );
    return taken;
  }

  /**
   * Recipients of claimed firings: users holding one of the roles (`escalateRoles` where the firing escalates,
   * `remindRoles` otherwise) on the case's unit or above, resolved once per unit; never anyone the case excludes
   * (the rule's set form, joined once for the chunk's cases); reminders first, so their notices are written before
   * the escalation's. Reads `case`, `org_unit`, `role_assignment`.
   */
  recipients(
    m: EntityManager,
    claimed: readonly (ClaimedFiring & { escalate: boolean })[],
    escalateRoles: readonly string[],
    remindRoles: readonly string[],
  ): Promise<FiringRecipient[]> {
    return m.query(
      `WITH x AS (
         SELECT c.deadline_id, c.generation, c.kind, d.case_id, d.key, d.due_at, k.title, ou.path AS unit_path, c.escalate
           FROM unnest($1::uuid[], $2::int[], $3::text[], $6::bool[]) AS c(deadline_id, generation, kind, escalate)
           JOIN deadline d ON d.id = c.deadline_id JOIN "case" k ON k.id = d.case_id JOIN org_unit ou ON ou.id = k.org_unit_id),
       audience AS MATERIALIZED (
         SELECT u.unit_path, u.escalate, ra.user_id
           FROM (SELECT DISTINCT unit_path, escalate FROM x) u
           JOIN org_unit ou ON left(u.unit_path, length(ou.path)) = ou.path
           JOIN role_assignment ra ON ra.unit_id = ou.id AND ra.role = ANY(CASE WHEN u.escalate THEN $4::text[] ELSE $5::text[] END)
          GROUP BY u.unit_path, u.escalate, ra.user_id),
       excluded AS MATERIALIZED (SELECT * FROM case_excluded_users(ARRAY(SELECT DISTINCT case_id FROM x)))
       SELECT x.deadline_id, x.generation, x.kind, x.case_id, x.key, x.due_at, x.title, a.user_id
         FROM x JOIN audience a ON a.unit_path = x.unit_path AND a.escalate = x.escalate
        WHERE NOT EXISTS (SELECT 1 FROM excluded e WHERE e.case_id = x.case_id AND e.user_id = a.user_id)
        ORDER BY x.escalate`,
      [claimed.map((c) => c.id), claimed.map((c) => c.generation), claimed.map((c) => c.kind), escalateRoles, remindRoles, claimed.map((c) => c.escalate)],
    );
  }

  /**
   * Claims one DEADLINE_MISSED (deletes its `deadline_missed_event` row) and answers its deadline's case and key, or
   * undefined when the row is gone (already claimed by another delivery of the job).
   */
  async claimMissed(m: EntityManager, deadlineId: string, generation: number): Promise<{ case_id: string; key: string } | undefined> {
    const rows: { case_id: string; key: string }[] = await m.query(
      `WITH claimed AS (DELETE FROM deadline_missed_event WHERE deadline_id = $1 AND generation = $2 RETURNING deadline_id)
       SELECT d.case_id, d.key FROM claimed c JOIN deadline d ON d.id = c.deadline_id`,
      [deadlineId, generation],
    );
    return rows[0];
  }
}
