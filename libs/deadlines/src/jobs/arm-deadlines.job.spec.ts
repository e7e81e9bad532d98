import { Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import type { EnvDto } from '@hoso/core/config';
import { JobName, QueueName, type QueueBackend } from '@hoso/core/queue';
import type { WorkingCalendar } from '@hoso/kernel/legal-time';
import type { DeadlineFiringRepository, NewFiring } from '../repositories/deadline-firing.repository';
import type { DeadlineRepository, UnarmedDeadline } from '../repositories/deadline.repository';
import type { CalendarService } from '../services/calendar.service';
import { ArmDeadlinesJob } from './arm-deadlines.job';
import { MINUTE_MS, SENTINEL, type QueuedJob } from './deadline-buckets';

type Port<T> = { [K in keyof T]: T[K] };

// Monday 2025-03-03 10:00 in Vietnam.
const NOW = Date.parse('2025-03-03T03:00:00.000Z');
const NOW_MINUTE = Math.floor(NOW / MINUTE_MS);

let log: string[];

const MANAGER = { name: 'tx-manager' } as unknown as EntityManager;

class FakeDataSource {
  transactions = 0;
  async transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    this.transactions++;
    log.push('tx:begin');
    const out = await fn(MANAGER);
    log.push('tx:commit');
    return out;
  }
}

type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

/** The jobs under their ids, with the queue's no-op for an id already there. */
class FakeQueue {
  readonly jobs = new Map<string, { state: JobState; name: string; data: unknown; opts: Record<string, unknown> }>();
  added: { name: string; data: unknown; opts: { jobId: string; delay?: number } }[] = [];
  removed: string[] = [];

  has(id: string, state: JobState = 'delayed'): void {
    this.jobs.set(id, { state, name: 'x', data: {}, opts: {} });
  }

  async getJob(id: string) {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    return {
      getState: async () => job.state,
      remove: async () => {
        this.removed.push(id);
        this.jobs.delete(id);
      },
    };
  }

  async add(name: string, data: unknown, opts: { jobId: string; delay?: number }) {
    log.push(`add:${opts.jobId}`);
    this.added.push({ name, data, opts });
    if (!this.jobs.has(opts.jobId)) this.jobs.set(opts.jobId, { state: 'delayed', name, data, opts });
  }

  async addBulk(jobs: QueuedJob<unknown>[]) {
    log.push(`addBulk:${jobs.map((j) => j.opts.jobId).join(',')}`);
    for (const j of jobs) await this.add(j.name, j.data, j.opts).then(() => log.pop());
  }

  ids(): string[] {
    return this.added.map((j) => j.opts.jobId);
  }
}

class FakeQueues {
  readonly q = new FakeQueue();
  async queue(name: QueueName) {
    expect(name).toBe(QueueName.DEADLINES);
    return this.q as unknown as Queue;
  }
}

class FakeDeadlines implements Pick<Port<DeadlineRepository>, 'findUnarmed' | 'markArmed'> {
  armed: { m: EntityManager; rows: readonly Pick<UnarmedDeadline, 'id' | 'generation' | 'due_at'>[] }[] = [];
  constructor(public unarmed: UnarmedDeadline[] = []) {}
  async findUnarmed(limit: number) {
    const rows = this.unarmed.slice(0, limit);
    this.unarmed = this.unarmed.slice(limit);
    return rows;
  }
  async markArmed(m: EntityManager, rows: readonly Pick<UnarmedDeadline, 'id' | 'generation' | 'due_at'>[]) {
    log.push('markArmed');
    this.armed.push({ m, rows });
  }
}

class FakeFirings implements Pick<Port<DeadlineFiringRepository>, 'replace' | 'allBuckets' | 'bucketsUpTo' | 'unsentMissed'> {
  replaced: { m: EntityManager; deadlineIds: readonly string[]; firings: readonly NewFiring[] }[] = [];
  /** Minutes that hold firings. */
  buckets: number[] = [];
  /** Unsent DEADLINE_MISSED rows, with their age in seconds. */
  unsent: { deadline_id: string; generation: number; ageS: number }[] = [];

  async replace(m: EntityManager, deadlineIds: readonly string[], firings: readonly NewFiring[]) {
    log.push('replace');
    this.replaced.push({ m, deadlineIds, firings });
  }
  async allBuckets() {
    return [...this.buckets];
  }
  async bucketsUpTo(uptoMinute: number, limit: number) {
    return this.buckets.filter((b) => b <= uptoMinute).slice(0, limit);
  }
  async unsentMissed(olderThanS: number, limit: number) {
    return this.unsent.filter((r) => r.ageS >= olderThanS).slice(0, limit).map(({ deadline_id, generation }) => ({ deadline_id, generation }));
  }
}

class FakeCalendars implements Pick<Port<CalendarService>, 'current'> {
  calls = 0;
  async current() {
    this.calls++;
    // No working-day reminders are configured below, so the policy never consults the calendar.
    return {} as WorkingCalendar;
  }
}

function setup(opts: { unarmed?: UnarmedDeadline[]; sentinel?: boolean } = {}) {
  const dataSource = new FakeDataSource();
  const queues = new FakeQueues();
  const calendars = new FakeCalendars();
  const deadlines = new FakeDeadlines(opts.unarmed);
  const firings = new FakeFirings();
  if (opts.sentinel ?? true) queues.q.has(SENTINEL);
  const job = new ArmDeadlinesJob(
    { REMINDER_WORKING_DAYS: '' } as EnvDto,
    dataSource as unknown as DataSource,
    queues as unknown as QueueBackend,
    calendars as unknown as CalendarService,
    deadlines as unknown as DeadlineRepository,
    firings as unknown as DeadlineFiringRepository,
  );
  return { job, dataSource, queue: queues.q, calendars, deadlines, firings };
}

const bucketId = (minute: number) => `bucket-${minute}`;

describe('ArmDeadlinesJob.reconcile', () => {
  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(() => {
    log = [];
    jest.spyOn(Date, 'now').mockReturnValue(NOW);
  });
  afterEach(() => jest.restoreAllMocks());

  it('with the sentinel missing, re-arms every bucket and unsent DEADLINE_MISSED, and re-adds the sentinel last', async () => {
    const { job, queue, firings } = setup({ sentinel: false });
    firings.buckets = [NOW_MINUTE - 5, NOW_MINUTE + 10, NOW_MINUTE + 9000];
    firings.unsent = [{ deadline_id: 'd9', generation: 2, ageS: 1 }];

    const result = await job.reconcile();

    expect(result.rearmedAll).toBe(true);
    expect(result.buckets).toBe(3);
    expect(queue.ids()).toEqual([bucketId(NOW_MINUTE - 5), bucketId(NOW_MINUTE + 10), bucketId(NOW_MINUTE + 9000), 'missed-d9-g2', SENTINEL]);
    const sentinel = queue.added[queue.added.length - 1];
    expect(sentinel).toMatchObject({ name: JobName.FIRE_BUCKET, data: { sentinel: true } });
    expect(sentinel.opts.delay).toBeGreaterThan(9 * 365 * 86_400_000);
    // Delay to the minute, never negative.
    expect(queue.added[0].opts.delay).toBe(0);
    expect(queue.added[1].opts.delay).toBe((NOW_MINUTE + 10) * MINUTE_MS - NOW);
    // The past bucket and the young DEADLINE_MISSED are already queued: the sweep after planning adds nothing twice.
    expect(result.requeued).toBe(0);
  });

  it('with the sentinel present, touches no existing bucket and does not re-add the sentinel', async () => {
    const { job, queue, firings } = setup();
    firings.buckets = [NOW_MINUTE + 10];
    const result = await job.reconcile();
    expect(result).toEqual({ rearmedAll: false, armed: 0, buckets: 0, requeued: 0 });
    expect(queue.added).toEqual([]);
  });

  it('with the sentinel present, plans new deadlines in one transaction and queues their buckets first', async () => {
    const due = new Date('2025-03-10T16:59:59.999Z'); // end of 10 March in Vietnam
    const row: UnarmedDeadline = { id: 'd1', generation: 3, start_at: new Date('2025-03-01T02:00:00Z'), due_at: due, term: false };
    const { job, queue, deadlines, firings, dataSource } = setup({ unarmed: [row] });

    const result = await job.reconcile();

    const dueDay = Date.parse('2025-03-10T01:00:00.000Z') / MINUTE_MS; // 08:00 in Vietnam on the due day
    const escalate = Math.ceil((due.getTime() + 1) / MINUTE_MS);
    expect(result).toEqual({ rearmedAll: false, armed: 1, buckets: 2, requeued: 0 });
    expect(dataSource.transactions).toBe(1);
    expect(firings.replaced).toHaveLength(1);
    expect(firings.replaced[0].m).toBe(MANAGER);
    expect(firings.replaced[0].deadlineIds).toEqual(['d1']);
    expect(firings.replaced[0].firings.map((f) => [f.deadlineId, f.generation, f.kind, f.dueAt.toISOString(), f.bucket])).toEqual([
      ['d1', 3, 'DUE_DAY', due.toISOString(), dueDay],
      ['d1', 3, 'ESCALATE', due.toISOString(), escalate],
    ]);
    expect(deadlines.armed).toEqual([{ m: MANAGER, rows: [row] }]);
    expect(queue.ids()).toEqual([bucketId(dueDay), bucketId(escalate)]);
    // Future buckets go on the queue ahead of the commit; the rows are written, then marked armed, in one transaction.
    expect(log).toEqual([`addBulk:${bucketId(dueDay)},${bucketId(escalate)}`, 'tx:begin', 'replace', 'markArmed', 'tx:commit']);
  });

  it('queues a bucket already due only after its rows commit', async () => {
    const due = new Date('2025-03-02T16:59:59.999Z'); // ran out yesterday: its due day and escalation are both due now, in the current minute
    const row: UnarmedDeadline = { id: 'd2', generation: 1, start_at: new Date('2025-02-20T02:00:00Z'), due_at: due, term: false };
    const { job, queue, firings } = setup({ unarmed: [row] });

    await job.reconcile();

    expect(firings.replaced[0].firings.map((f) => [f.kind, f.bucket])).toEqual([['DUE_DAY', NOW_MINUTE], ['ESCALATE', NOW_MINUTE]]);
    expect(queue.ids()).toEqual([bucketId(NOW_MINUTE)]);
    expect(log.indexOf(`addBulk:${bucketId(NOW_MINUTE)}`)).toBeGreaterThan(log.indexOf('tx:commit'));
  });

  it('does not add a job id already waiting twice, and replaces a failed one (ensure)', async () => {
    const { job, queue, firings } = setup();
    firings.buckets = [NOW_MINUTE - 3, NOW_MINUTE - 2, NOW_MINUTE - 1];
    queue.has(bucketId(NOW_MINUTE - 3), 'waiting');
    queue.has(bucketId(NOW_MINUTE - 2), 'failed');
    firings.unsent = [
      { deadline_id: 'd7', generation: 1, ageS: 120 },
      { deadline_id: 'd8', generation: 1, ageS: 120 },
      { deadline_id: 'd9', generation: 1, ageS: 5 }, // too young: its own job may still be on the way
    ];
    queue.has('missed-d7-g1', 'waiting');

    const result = await job.reconcile();

    expect(queue.removed).toEqual([bucketId(NOW_MINUTE - 2)]);
    expect(queue.ids()).toEqual([bucketId(NOW_MINUTE - 2), bucketId(NOW_MINUTE - 1), 'missed-d8-g1']);
    expect(result.requeued).toBe(3);
  });

  it('a second pass adds nothing once every due job is queued', async () => {
    const { job, queue, firings } = setup();
    firings.buckets = [NOW_MINUTE - 1];
    firings.unsent = [{ deadline_id: 'd8', generation: 1, ageS: 120 }];
    await job.reconcile();
    const first = queue.ids();
    const again = await job.reconcile();
    expect(again.requeued).toBe(0);
    expect(queue.ids()).toEqual(first);
  });
});

describe('ArmDeadlinesJob.queueIntact (the worker watchdog asks it)', () => {
  it('is true while the sentinel is queued, false once the queue lost it, and true again after a reconcile', async () => {
    expect(await setup().job.queueIntact()).toBe(true);
    const { job } = setup({ sentinel: false });
    expect(await job.queueIntact()).toBe(false);
    await job.reconcile();
    expect(await job.queueIntact()).toBe(true);
  });
});
