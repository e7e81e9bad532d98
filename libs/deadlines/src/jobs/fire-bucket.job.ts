import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { QueueBackend, QueueName } from '@hoso/core/queue';
import { deadlineFiringLag, deadlineNotices } from '@hoso/core/metrics';
import { NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import { audienceOf, ESCALATE_ROLES, noticeBody, noticeSourceKey, noticeTitle, REMIND_ROLES } from '../reminders/reminder-notices';
import { DeadlineFiringRepository, type TakenChunk } from '../repositories/deadline-firing.repository';
import { missedJob, type BucketJob } from './deadline-buckets';

const LANES = 2;
const ADD_PAGE = 500;

export interface BucketResult {
  /** Firings claimed and notified. */
  fired: number;
  /** Firings found stale (deadline met, cancelled, paused, superseded, due moved) or already delivered. */
  skipped: number;
}

/**
 * Fires one minute's firings, set-based, a chunk of whole deadlines per transaction: take the chunk's deadlines with all
 * their `deadline_firing` rows of the minute (deleted, so each is taken once; a deadline's reminders and escalation are
 * never split across chunks), keep those whose deadline is still PENDING with the same generation and due, claim
 * (deadline, generation, kind, due) in `deadline_delivery` with ON CONFLICT DO NOTHING, then write the notifications of
 * every claimed firing and their channel deliveries, and mark escalated deadlines MISSED (a term that ran out ENDED: the
 * unit's officers are told, nobody is escalated to). A chunk commits or leaves
 * nothing, so a bucket delivered twice, or re-run after a crash, notifies each person once.
 * The machine events for missed deadlines go out afterwards as their own jobs (`deadline_missed_event` keeps them).
 */
@Injectable()
export class FireBucketJob {
  /** Deadlines per chunk (each with all its firings of the minute: up to four). Tests lower it to split a minute. */
  static CHUNK = 1000;

  constructor(
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
    private readonly notifications: NotificationOutboxService,
    private readonly firings: DeadlineFiringRepository,
  ) {}

  async handle(job: BucketJob | { sentinel: true }): Promise<BucketResult | 'SKIPPED'> {
    if ('sentinel' in job) return 'SKIPPED';
    // The minute's firings were due by its end (buckets round up): how late this run is.
    deadlineFiringLag.observe(Math.max(0, Date.now() / 1000 - job.minute * 60));
    const result: BucketResult = { fired: 0, skipped: 0 };
    const missed: { id: string; generation: number }[] = [];
    const chunk = async (): Promise<boolean> => {
      const c = await this.dataSource.transaction((m) => this.fireChunk(m, job.minute));
      result.fired += c.claimed.length;
      for (const f of c.claimed) deadlineNotices.inc({ kind: audienceOf(f.kind) === 'ESCALATE' ? 'escalation' : 'reminder' });
      result.skipped += c.picked - c.claimed.length;
      missed.push(...c.missed);
      return c.deadlines === FireBucketJob.CHUNK;
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

  private async fireChunk(m: EntityManager, minute: number): Promise<TakenChunk> {
    // Takes the chunk, closes escalated deadlines and claims deliveries in one statement (SKIP LOCKED: see the repository).
    const taken = await this.firings.takeChunk(m, minute, FireBucketJob.CHUNK);
    if (taken.claimed.length === 0) return taken;

    // Recipients by role on the case's unit and above; never anyone the case excludes.
    const recipients = await this.firings.recipients(
      m,
      taken.claimed.map((c) => ({ ...c, escalate: audienceOf(c.kind) === 'ESCALATE' })),
      ESCALATE_ROLES,
      REMIND_ROLES,
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
