import { Logger } from '@nestjs/common';
import type { JobsOptions } from 'bullmq';
import type { DataSource } from 'typeorm';
import { JobName, jobId, QueueName, REQUEUE_AFTER_SECONDS, type QueueBackend } from '@hoso/core/queue';
import { OutboxRepository } from '../repositories/outbox.repository';
import { OutboxRelayJob } from './outbox-relay.job';

type Status = 'PENDING' | 'QUEUED' | 'DONE';
interface Row { id: string; status: Status; queuedSecondsAgo?: number }
interface QueuedJob { name: string; data: { outboxId: string }; opts: JobsOptions & { jobId: string } }

/**
 * An in-memory `outbox_message` behind the real OutboxRepository: answers the relay's SELECT (pending rows, and rows
 * queued longer ago than `$2` seconds, by id, at most `$1`) and its UPDATE (pending rows among `$1` become QUEUED).
 */
class FakeOutboxTable {
  rows: Row[] = [];
  /** When set, the UPDATE fails: the worker died between enqueueing and marking. */
  failMark = false;

  constructor(private readonly events: string[]) {}

  async query(sql: string, params: unknown[]): Promise<unknown> {
    if (/^\s*SELECT\b/i.test(sql)) {
      const [limit, requeueAfter] = params as [number, number];
      return this.rows
        .filter((r) => r.status === 'PENDING' || (r.status === 'QUEUED' && (r.queuedSecondsAgo ?? 0) > requeueAfter))
        .sort((a, b) => Number(a.id) - Number(b.id))
        .slice(0, limit)
        .map((r) => ({ id: r.id }));
    }
    if (/^\s*UPDATE\b/i.test(sql)) {
      const [ids] = params as [string[]];
      this.events.push(`mark ${ids.join(',')}`);
      if (this.failMark) throw new Error('connection terminated');
      for (const r of this.rows) if (ids.includes(r.id) && r.status === 'PENDING') Object.assign(r, { status: 'QUEUED', queuedSecondsAgo: 0 });
      return [[], 0];
    }
    throw new Error(`unexpected SQL: ${sql}`);
  }

  status(): Record<string, Status> {
    return Object.fromEntries(this.rows.map((r) => [r.id, r.status]));
  }
}

/** A queue keyed by job id, as BullMQ is: adding a job whose id is already there is a no-op. */
class FakeQueue {
  readonly jobs = new Map<string, QueuedJob>();
  adds = 0;

  constructor(private readonly events: string[]) {}

  /** Every job held here is waiting (none has run or failed). */
  async getJob(id: string) {
    return this.jobs.has(id) ? { getState: async () => 'waiting', remove: async () => void this.jobs.delete(id) } : undefined;
  }

  async addBulk(jobs: QueuedJob[]): Promise<void> {
    this.adds++;
    this.events.push(`add ${jobs.map((j) => j.opts.jobId).join(',')}`);
    for (const j of jobs) if (!this.jobs.has(j.opts.jobId)) this.jobs.set(j.opts.jobId, j);
  }
}

class FakeQueues {
  readonly queues = new Map<string, FakeQueue>();

  constructor(private readonly events: string[]) {}

  async queue(name: QueueName): Promise<FakeQueue> {
    if (!this.queues.has(name)) this.queues.set(name, new FakeQueue(this.events));
    return this.queues.get(name)!;
  }
}

describe('OutboxRelayJob', () => {
  let events: string[];
  let table: FakeOutboxTable;
  let queues: FakeQueues;
  let job: OutboxRelayJob;

  const outboxQueue = () => queues.queues.get(QueueName.OUTBOX);

  beforeAll(() => Logger.overrideLogger(false));

  beforeEach(() => {
    events = [];
    table = new FakeOutboxTable(events);
    queues = new FakeQueues(events);
    job = new OutboxRelayJob(new OutboxRepository(table as unknown as DataSource), queues as unknown as QueueBackend);
  });

  it('queues one delivery job per pending message, with a deterministic id, then marks the messages queued', async () => {
    table.rows = [
      { id: '7', status: 'PENDING' },
      { id: '3', status: 'PENDING' },
      { id: '5', status: 'DONE' },
    ];

    expect(await job.relayOnce()).toBe(2);

    const jobs = [...outboxQueue()!.jobs.values()];
    expect(jobs.map((j) => ({ name: j.name, data: j.data, jobId: j.opts.jobId }))).toEqual([
      { name: JobName.DELIVER_MESSAGE, data: { outboxId: '3' }, jobId: jobId('outbox', '3') },
      { name: JobName.DELIVER_MESSAGE, data: { outboxId: '7' }, jobId: jobId('outbox', '7') },
    ]);
    expect(jobs.every((j) => j.opts.attempts === 8)).toBe(true);
    expect(table.status()).toEqual({ '7': 'QUEUED', '3': 'QUEUED', '5': 'DONE' });
    // Enqueued before marked: a crash in between leaves the rows pending, to be queued again under the same ids.
    expect(events).toEqual([`add ${jobId('outbox', '3')},${jobId('outbox', '7')}`, 'mark 3,7']);
  });

  it('adds nothing and marks nothing when no message is pending', async () => {
    table.rows = [{ id: '1', status: 'DONE' }, { id: '2', status: 'QUEUED', queuedSecondsAgo: 10 }];

    expect(await job.relayOnce()).toBe(0);

    expect(outboxQueue()?.adds ?? 0).toBe(0);
    expect(events).toEqual([]);
    expect(table.status()).toEqual({ '1': 'DONE', '2': 'QUEUED' });
  });

  it('queues a message again under the same job id when the worker died before marking it', async () => {
    table.rows = [{ id: '9', status: 'PENDING' }];
    table.failMark = true;
    await expect(job.relayOnce()).rejects.toThrow('connection terminated');
    expect(table.status()).toEqual({ '9': 'PENDING' });

    table.failMark = false;
    expect(await job.relayOnce()).toBe(1);

    expect([...outboxQueue()!.jobs.keys()]).toEqual([jobId('outbox', '9')]);
    expect(table.status()).toEqual({ '9': 'QUEUED' });
  });

  it('queues again, under the same job id, a message left queued longer than the re-enqueue delay', async () => {
    table.rows = [{ id: '4', status: 'QUEUED', queuedSecondsAgo: REQUEUE_AFTER_SECONDS + 1 }];

    expect(await job.relayOnce()).toBe(1);

    expect(events).toEqual([`add ${jobId('outbox', '4')}`, 'mark 4']);
  });
});
