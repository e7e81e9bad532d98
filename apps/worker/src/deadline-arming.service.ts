import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { planFirings } from '@hoso/deadlines/reminders/reminder-policy';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';

const BATCH = 1000;
/** A long-delayed job whose absence means the queue lost its state. */
export const SENTINEL = jobId('sentinel', 'deadlines');
const TEN_YEARS_MS = 10 * 365 * 86_400_000;

export interface FireJob {
  deadlineId: string;
  generation: number;
  kind: string;
  /** The due instant the job was planned for: a recomputed due makes it stale. */
  dueAt: string;
}

/**
 * Puts each open deadline's reminders and escalation on the queue as delayed jobs with deterministic ids, then
 * marks the row armed. The database stays the source of truth: if the queue loses its jobs (its sentinel job is
 * gone, e.g. after a Redis flush), every open deadline is marked unarmed and armed again.
 */
@Injectable()
export class DeadlineArmingService {
  private readonly logger = new Logger('DeadlineArming');
  private readonly remindDays: number[];

  constructor(
    @Inject(APP_CONFIG) config: EnvDto,
    private readonly dataSource: DataSource,
    private readonly queues: QueueBackend,
    private readonly calendars: CalendarService,
  ) {
    this.remindDays = config.REMINDER_WORKING_DAYS ? config.REMINDER_WORKING_DAYS.split(',').map(Number).filter((n) => n > 0) : [];
  }

  /** The reconciler: re-arm everything if the queue lost its state, then arm whatever is not armed yet. */
  async reconcile(maxBatches = 10_000): Promise<{ rearmedAll: boolean; armed: number }> {
    const queue = await this.queues.queue(QueueName.DEADLINES);
    const rearmedAll = (await queue.getJob(SENTINEL)) === undefined;
    if (rearmedAll) {
      await this.dataSource.query(`UPDATE deadline SET armed_generation = NULL WHERE status = 'PENDING' AND armed_generation IS NOT NULL`);
      await queue.add(JobName.FIRE_DEADLINE, { sentinel: true }, { jobId: SENTINEL, delay: TEN_YEARS_MS });
    }
    let armed = 0;
    for (let i = 0; i < maxBatches; i++) {
      const n = await this.armBatch();
      armed += n;
      if (n < BATCH) break;
    }
    if (rearmedAll && armed > 0) this.logger.warn(`queue held no deadline jobs: re-armed ${armed} open deadline(s) from the database`);
    return { rearmedAll, armed };
  }

  async armBatch(): Promise<number> {
    const rows: { id: string; generation: number; start_at: Date; due_at: Date }[] = await this.dataSource.query(
      `SELECT id, generation, start_at, due_at FROM deadline
        WHERE status = 'PENDING' AND due_at IS NOT NULL AND armed_generation IS DISTINCT FROM generation
        ORDER BY due_at LIMIT $1`,
      [BATCH],
    );
    if (rows.length === 0) return 0;
    const calendar = await this.calendars.current();
    const now = Date.now();
    const jobs = rows.flatMap((r) => {
      const due = new Date(r.due_at);
      return planFirings(calendar, new Date(r.start_at), due, this.remindDays).map((f) => ({
        name: JobName.FIRE_DEADLINE,
        data: { deadlineId: r.id, generation: r.generation, kind: f.kind, dueAt: due.toISOString() } satisfies FireJob,
        opts: {
          jobId: jobId('dl', r.id, `g${r.generation}`, f.kind, Math.floor(due.getTime() / 1000)),
          delay: Math.max(0, f.fireAt.getTime() - now),
          attempts: 10,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: { age: 7 * 86400, count: 100_000 },
          removeOnFail: { age: 30 * 86400 },
        },
      }));
    });
    const queue = await this.queues.queue(QueueName.DEADLINES);
    for (let i = 0; i < jobs.length; i += 500) await queue.addBulk(jobs.slice(i, i + 500));
    await this.dataSource.query(
      `UPDATE deadline d SET armed_generation = x.generation
         FROM unnest($1::uuid[], $2::int[]) AS x(id, generation) WHERE d.id = x.id AND d.generation = x.generation`,
      [rows.map((r) => r.id), rows.map((r) => r.generation)],
    );
    return rows.length;
  }
}
