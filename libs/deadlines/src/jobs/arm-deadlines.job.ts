import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { freeJobIds, JobName, QueueBackend, QueueName } from '@hoso/core/queue';
import { planFirings } from '@hoso/kernel/legal-time';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { DeadlineFiringRepository } from '../repositories/deadline-firing.repository';
import { DeadlineRepository } from '../repositories/deadline.repository';
import { bucketJob, bucketOf, MINUTE_MS, missedJob, SENTINEL, type QueuedJob } from './deadline-buckets';

const PLAN_BATCH = 2000;
const ADD_PAGE = 500;
const TEN_YEARS_MS = 10 * 365 * 86_400_000;
// A bucket closer than this is queued after its rows commit, so that its job cannot run before they exist.
const SOON_MS = 5_000;
// A DEADLINE_MISSED still unsent this long after the escalation lost its job (a crash, a failed job): queue it again.
const MISSED_REQUEUE_AFTER_S = 60;
const SWEEP_LIMIT = 10_000;

type JobSpec = QueuedJob<unknown>;

export interface ReconcileResult {
  /** The queue had lost its state: every bucket and every unsent DEADLINE_MISSED was queued again. */
  rearmedAll: boolean;
  /** Deadlines whose firings were planned in this pass (new, rescheduled, moved, resumed). */
  armed: number;
  /** Bucket jobs put on the queue for what was planned, or after a loss (an id already queued is a no-op). */
  buckets: number;
  /** Jobs queued again for work already due: past buckets that still hold firings, unsent DEADLINE_MISSED. */
  requeued: number;
}

/**
 * Plans each open deadline's reminders and escalation into `deadline_firing` (one row per firing, from the
 * reminder policy) and puts one delayed job per minute that has firings on the queue. The database stays the
 * source of truth: a lost queue (its sentinel gone) is rebuilt from `SELECT DISTINCT bucket`, and past buckets
 * that still hold firings (a failed job, a crash) are queued again.
 */
@Injectable()
export class ArmDeadlinesJob {
  private readonly logger = new Logger('DeadlineArming');
  private readonly remindDays: number[];

  constructor(
    @Inject(APP_CONFIG) config: EnvDto,
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
    private readonly calendars: CalendarService,
    private readonly deadlines: DeadlineRepository,
    private readonly firings: DeadlineFiringRepository,
  ) {
    this.remindDays = config.REMINDER_WORKING_DAYS ? config.REMINDER_WORKING_DAYS.split(',').map(Number).filter((n) => n > 0) : [];
  }

  /** Whether the deadline queue still holds our state (its sentinel job); false after e.g. a Redis flush. */
  async queueIntact(): Promise<boolean> {
    const queue = await this.queues.queue(QueueName.DEADLINES);
    return (await queue.getJob(SENTINEL)) !== undefined;
  }

  async reconcile(maxBatches = 10_000): Promise<ReconcileResult> {
    const queue = await this.queues.queue(QueueName.DEADLINES);
    const rearmedAll = (await queue.getJob(SENTINEL)) === undefined;
    let buckets = 0;
    if (rearmedAll) {
      buckets += await this.armAllBuckets(queue);
      if (buckets > 0) this.logger.warn(`queue held no deadline jobs: re-queued ${buckets} bucket(s) from the database`);
      await this.add(queue, (await this.unsentMissed(0)).map((r) => missedJob(r.deadline_id, r.generation)));
      // Last: a crash before this line rebuilds everything again on the next pass.
      await queue.add(JobName.FIRE_BUCKET, { sentinel: true }, { jobId: SENTINEL, delay: TEN_YEARS_MS });
    }
    let armed = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.planBatch(queue);
      armed += n.deadlines;
      buckets += n.buckets;
      if (n.deadlines < PLAN_BATCH) break;
    }
    const requeued =
      (await this.rearmPastBuckets(queue)) +
      (await this.ensure(queue, (await this.unsentMissed(MISSED_REQUEUE_AFTER_S)).map((r) => missedJob(r.deadline_id, r.generation))));
    if (requeued > 0) this.logger.warn(`re-queued ${requeued} job(s) for firings or DEADLINE_MISSED already due and not done`);
    return { rearmedAll, armed, buckets, requeued };
  }

  /** Plans one batch of deadlines not planned for their current generation and due. */
  private async planBatch(queue: Queue): Promise<{ deadlines: number; buckets: number }> {
    const rows = await this.deadlines.findUnarmed(PLAN_BATCH);
    if (rows.length === 0) return { deadlines: 0, buckets: 0 };
    const calendar = await this.calendars.current();
    const now = Date.now();
    const firings = rows.flatMap((r) =>
      planFirings(calendar, new Date(r.start_at), new Date(r.due_at), this.remindDays, r.term).map((f) => ({ r, f, bucket: bucketOf(f.fireAt, now) })),
    );
    const minutes = [...new Set(firings.map((x) => x.bucket))];
    const soon = (now + SOON_MS) / MINUTE_MS;
    // Ahead of the commit: a crash in between leaves the deadlines unplanned, and a bucket without rows finds nothing.
    await this.add(queue, minutes.filter((b) => b > soon).map((b) => bucketJob(b, now)));
    await this.dataSource.transaction(async (m) => {
      await this.firings.replace(
        m,
        rows.map((r) => r.id),
        firings.map((x) => ({ deadlineId: x.r.id, generation: x.r.generation, kind: x.f.kind, dueAt: new Date(x.r.due_at), fireAt: x.f.fireAt, bucket: x.bucket })),
      );
      // Only if the row is still as it was read: a due moved meanwhile is planned again on the next pass.
      await this.deadlines.markArmed(m, rows);
    });
    await this.ensure(queue, minutes.filter((b) => b <= soon).map((b) => bucketJob(b, now)));
    return { deadlines: rows.length, buckets: minutes.length };
  }

  /** After a queue loss: one job per minute that still has firings; at 1M deadlines, a few hundred to tens of thousands. */
  private async armAllBuckets(queue: Queue): Promise<number> {
    const minutes = await this.firings.allBuckets();
    const now = Date.now();
    await this.add(queue, minutes.map((b) => bucketJob(b, now)));
    return minutes.length;
  }

  /** Minutes already past that still hold firings: their job failed, was lost, or ran before the rows committed. */
  private async rearmPastBuckets(queue: Queue): Promise<number> {
    const now = Date.now();
    const minutes = await this.firings.bucketsUpTo(Math.floor(now / MINUTE_MS), SWEEP_LIMIT);
    return this.ensure(queue, minutes.map((b) => bucketJob(b, now)));
  }

  private unsentMissed(olderThanS: number): Promise<{ deadline_id: string; generation: number }[]> {
    return this.firings.unsentMissed(olderThanS, SWEEP_LIMIT);
  }

  /** Adds the jobs whose id is free; a failed (or finished) job under the id is removed first. Answers how many were added. */
  private async ensure(queue: Queue, jobs: JobSpec[]): Promise<number> {
    const missing = await freeJobIds(queue, jobs);
    await this.add(queue, missing);
    return missing.length;
  }

  private async add(queue: Queue, jobs: JobSpec[]): Promise<void> {
    for (let i = 0; i < jobs.length; i += ADD_PAGE) await queue.addBulk(jobs.slice(i, i + ADD_PAGE));
  }
}
