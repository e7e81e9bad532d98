import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EnvDto } from '@hoso/core/config';
import { JobName, QueueName, type QueueBackend } from '@hoso/core/queue';
import { DELIVERY_RELAY, type DeliveryToRelay } from '../repositories/notification-delivery.repository';
import { NotificationRelayJob, SEND_ATTEMPTS } from './notification-relay.job';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

interface AddedJob {
  name: string;
  data: unknown;
  opts: { jobId: string } & Record<string, unknown>;
}

/** The relay's two statements against an in-memory delivery table; `log` keeps the order of everything done. */
class FakeDataSource {
  readonly statuses = new Map<string, string>();
  constructor(
    private readonly due: DeliveryToRelay[],
    private readonly log: string[],
  ) {
    for (const d of due) this.statuses.set(d.id, 'PENDING');
  }

  async query(sql: string, params: unknown[]): Promise<unknown[]> {
    if (sql === DELIVERY_RELAY.select) {
      this.log.push('select');
      return this.due.filter((d) => this.statuses.get(d.id) === 'PENDING').slice(0, params[0] as number);
    }
    if (sql === DELIVERY_RELAY.markQueued) {
      const ids = params[0] as string[];
      this.log.push(`markQueued ${ids.join(',')}`);
      for (const id of ids) this.statuses.set(id, 'QUEUED');
      return [];
    }
    throw new Error(`unexpected statement: ${sql}`);
  }
}

class FakeQueue {
  readonly added: AddedJob[] = [];
  constructor(private readonly log: string[]) {}

  /** No job is held under any id (none was added before in these tests). */
  async getJob(): Promise<undefined> {
    return undefined;
  }

  async addBulk(jobs: AddedJob[]): Promise<unknown[]> {
    this.log.push(`addBulk ${jobs.length}`);
    this.added.push(...jobs);
    return jobs;
  }
}

class FakeQueues {
  readonly opened = new Map<string, FakeQueue>();
  constructor(private readonly log: string[]) {}

  async queue(name: QueueName): Promise<FakeQueue> {
    const q = this.opened.get(name) ?? new FakeQueue(this.log);
    this.opened.set(name, q);
    return q;
  }
}

describe('NotificationRelayJob', () => {
  const config = { CHANNEL_RETRY_BASE_MS: 1500 } as EnvDto;

  beforeEach(() => jest.spyOn(Logger.prototype, 'debug').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  function relayOver(due: DeliveryToRelay[]) {
    const log: string[] = [];
    const db = new FakeDataSource(due, log);
    const queues = new FakeQueues(log);
    const job = new NotificationRelayJob(config, db as unknown as DataSource, queues as unknown as QueueBackend);
    const added = () => queues.opened.get(QueueName.NOTIFICATIONS)?.added ?? [];
    return { job, db, queues, log, added };
  }

  it('puts each pending delivery on the notifications queue as one send job with a deterministic id, then marks them QUEUED', async () => {
    const { job, db, queues, log, added } = relayOver([{ id: A, retries: 0 }, { id: B, retries: 0 }]);

    expect(await job.relayOnce()).toBe(2);

    expect([...queues.opened.keys()]).toEqual([QueueName.NOTIFICATIONS]);
    expect(added()).toEqual([
      {
        name: JobName.SEND_NOTIFICATION,
        data: { deliveryId: A },
        opts: {
          jobId: `notify-${A}`, attempts: SEND_ATTEMPTS, backoff: { type: 'exponential', delay: 1500 },
          removeOnComplete: { age: 86400, count: 10000 }, removeOnFail: { age: 7 * 86400 },
        },
      },
      expect.objectContaining({ name: JobName.SEND_NOTIFICATION, data: { deliveryId: B }, opts: expect.objectContaining({ jobId: `notify-${B}` }) }),
    ]);
    // Enqueued before marked: a crash in between enqueues the same ids again, a no-op.
    expect(log).toEqual(['select', 'addBulk 2', `markQueued ${A},${B}`]);
    expect(db.statuses.get(A)).toBe('QUEUED');
    expect(db.statuses.get(B)).toBe('QUEUED');
  });

  it('gives the same delivery the same job id on every relay', async () => {
    const first = relayOver([{ id: A, retries: 0 }]);
    const second = relayOver([{ id: A, retries: 0 }]);

    await first.job.relayOnce();
    await second.job.relayOnce();

    expect(second.added().map((j) => j.opts.jobId)).toEqual(first.added().map((j) => j.opts.jobId));
  });

  it('gives a delivery sent again by hand the job id of its retry', async () => {
    const { job, added } = relayOver([{ id: A, retries: 0 }, { id: B, retries: 2 }]);

    await job.relayOnce();

    expect(added().map((j) => j.opts.jobId)).toEqual([`notify-${A}`, `notify-${B}-r2`]);
  });

  it('adds nothing and marks nothing when no delivery is due', async () => {
    const { job, queues, log } = relayOver([]);

    expect(await job.relayOnce()).toBe(0);

    expect(queues.opened.size).toBe(0);
    expect(log).toEqual(['select']);
  });

  it('relays nothing a second time once the deliveries are QUEUED', async () => {
    const { job, added } = relayOver([{ id: A, retries: 0 }]);
    expect(await job.relayOnce()).toBe(1);

    expect(await job.relayOnce()).toBe(0);

    expect(added()).toHaveLength(1);
  });
});
