import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { QueueBackend, QueueName } from '@hoso/core/queue';
import { NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import { audienceOf, ESCALATE_ROLES, noticeBody, noticeSourceKey, noticeTitle, REMIND_ROLES } from '../reminders/reminder-notices';
import { missedJob, type BucketJob } from './deadline-buckets';

const CHUNK = 1000;
const LANES = 2;
const ADD_PAGE = 500;

export interface BucketResult {
  /** Firings claimed and notified. */
  fired: number;
  /** Firings found stale (deadline met, cancelled, paused, superseded, due moved) or already delivered. */
  skipped: number;
}

interface Claimed {
  id: string;
  generation: number;
  kind: string;
}

/**
 * Fires one minute's firings, set-based, a chunk per transaction: take the chunk's `deadline_firing` rows (deleted,
 * so each is taken once), keep those whose deadline is still PENDING with the same generation and due, claim
 * (deadline, generation, kind, due) in `deadline_delivery` with ON CONFLICT DO NOTHING, then write the notifications of
 * every claimed firing and their channel deliveries, and mark escalated deadlines MISSED (a term that ran out ENDED: the
 * unit's officers are told, nobody is escalated to). A chunk commits or leaves
 * nothing, so a bucket delivered twice, or re-run after a crash, notifies each person once.
 * The machine events for missed deadlines go out afterwards as their own jobs (`deadline_missed_event` keeps them).
 */
@Injectable()
export class FireBucketJob {
  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
    private readonly notifications: NotificationOutboxService,
  ) {}

  async handle(job: BucketJob | { sentinel: true }): Promise<BucketResult | 'SKIPPED'> {
    if ('sentinel' in job) return 'SKIPPED';
    const result: BucketResult = { fired: 0, skipped: 0 };
    const missed: { id: string; generation: number }[] = [];
    const chunk = async (): Promise<boolean> => {
      const c = await this.dataSource.transaction((m) => this.fireChunk(m, job.minute));
      result.fired += c.claimed.length;
      result.skipped += c.picked - c.claimed.length;
      missed.push(...c.missed);
      return c.picked === CHUNK;
    };
    // A full first chunk means a big minute: the rest is taken by parallel transactions (SKIP LOCKED keeps their
    // rows apart), so that the last notice of a burst is not a queue of chunks behind the first.
    let failure: unknown;
    if (await chunk()) {
      const lane = async () => {
        while (await chunk());
      };
      const lanes = await Promise.allSettled(Array.from({ length: LANES }, lane));
      failure = lanes.find((l) => l.status === 'rejected')?.reason;
    }
    // After the whole minute, so that the machine's work does not compete with the notifications still to write.
    // A crash before this leaves the rows in deadline_missed_event, which the reconciler queues again.
    if (missed.length > 0) {
      const queue = await this.queues.queue(QueueName.DEADLINES);
      const jobs = missed.map((d) => missedJob(d.id, d.generation));
      for (let i = 0; i < jobs.length; i += ADD_PAGE) await queue.addBulk(jobs.slice(i, i + ADD_PAGE));
    }
    if (failure) throw failure;
    return result;
  }

  private async fireChunk(m: EntityManager, minute: number): Promise<{ picked: number; claimed: Claimed[]; missed: { id: string; generation: number }[] }> {
    // SKIP LOCKED: a second run of the same minute takes other rows instead of waiting. A step closing a deadline
    // concurrently either commits first (the row is then stale) or waits for this chunk: reminders lock their
    // deadline, escalations update it to MISSED (only while still PENDING with the same generation and due).
    const [taken]: { picked: number; claimed: Claimed[]; missed: { id: string; generation: number }[] }[] = await m.query(
      `WITH picked AS (
         DELETE FROM deadline_firing f
          USING (SELECT deadline_id, generation, kind FROM deadline_firing WHERE bucket = $1
                  ORDER BY deadline_id, kind LIMIT $2 FOR UPDATE SKIP LOCKED) s
          WHERE f.deadline_id = s.deadline_id AND f.generation = s.generation AND f.kind = s.kind
         RETURNING f.deadline_id, f.generation, f.kind, f.due_at),
       reminded AS (
         SELECT p.deadline_id, p.generation, p.kind, p.due_at FROM picked p JOIN deadline d ON d.id = p.deadline_id
          WHERE p.kind NOT IN ('ESCALATE', 'TERM_END') AND d.status = 'PENDING' AND d.generation = p.generation AND date_trunc('milliseconds', d.due_at) = p.due_at
          ORDER BY d.id FOR UPDATE OF d),
       escalated AS (
         UPDATE deadline d SET status = CASE p.kind WHEN 'TERM_END' THEN 'ENDED' ELSE 'MISSED' END, closed_at = now(), updated_at = now()
           FROM picked p
          WHERE p.kind IN ('ESCALATE', 'TERM_END') AND d.id = p.deadline_id AND d.status = 'PENDING' AND d.generation = p.generation
            AND date_trunc('milliseconds', d.due_at) = p.due_at
         RETURNING p.deadline_id, p.generation, p.kind, p.due_at),
       claimed AS (
         INSERT INTO deadline_delivery (deadline_id, generation, kind, due_at) SELECT * FROM reminded UNION ALL SELECT * FROM escalated
         ON CONFLICT DO NOTHING RETURNING deadline_id, generation, kind),
       unsent AS (
         INSERT INTO deadline_missed_event (deadline_id, generation) SELECT deadline_id, generation FROM escalated
         ON CONFLICT DO NOTHING RETURNING deadline_id, generation)
       SELECT (SELECT count(*) FROM picked)::int AS picked,
              COALESCE((SELECT json_agg(json_build_object('id', deadline_id, 'generation', generation, 'kind', kind)) FROM claimed), '[]') AS claimed,
              COALESCE((SELECT json_agg(json_build_object('id', deadline_id, 'generation', generation)) FROM unsent), '[]') AS missed`,
      [minute, CHUNK],
    );
    if (taken.claimed.length === 0) return taken;

    // Recipients by role on the case's unit and above, resolved once per unit; never anyone the case excludes (the
    // rule's set form, joined once for the chunk's cases).
    const recipients: { deadline_id: string; generation: number; kind: string; case_id: string; key: string; due_at: Date; title: string; user_id: string }[] =
      await m.query(
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
          WHERE NOT EXISTS (SELECT 1 FROM excluded e WHERE e.case_id = x.case_id AND e.user_id = a.user_id)`,
        [taken.claimed.map((c) => c.id), taken.claimed.map((c) => c.generation), taken.claimed.map((c) => c.kind), ESCALATE_ROLES, REMIND_ROLES,
         taken.claimed.map((c) => audienceOf(c.kind) === 'ESCALATE')],
      );
    // The notifications and their e-mail and webhook deliveries commit (or roll back) with the claims; the relay sends them after.
    await this.notifications.addMany(
      m,
      recipients.map((r) => {
        const fired = { deadlineId: r.deadline_id, generation: r.generation, kind: r.kind, key: r.key, dueAt: new Date(r.due_at), caseTitle: r.title };
        return { userId: r.user_id, caseId: r.case_id, kind: r.kind, title: noticeTitle(fired), body: noticeBody(fired), sourceKey: noticeSourceKey(fired) };
      }),
    );

    return taken;
  }
}
