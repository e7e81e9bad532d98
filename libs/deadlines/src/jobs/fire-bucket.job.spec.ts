import type { Queue } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { JobName, QueueName, type QueueBackend } from '@hoso/core/queue';
import type { NewNotification, NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import type { ClaimedFiring, DeadlineFiringRepository, FiringRecipient, TakenChunk } from '../repositories/deadline-firing.repository';
import { ESCALATE_ROLES, REMIND_ROLES } from '../reminders/reminder-notices';
import type { QueuedJob } from './deadline-buckets';
import { FireBucketJob } from './fire-bucket.job';

type Port<T> = { [K in keyof T]: T[K] };

const MINUTE = 29_000_000;
const DUE = new Date('2025-03-10T16:59:59.999Z');

/** Every step of interest, in order, across the fakes. */
let log: string[];

class FakeManager {
  constructor(readonly tx: number) {}
}

class FakeDataSource {
  transactions = 0;
  async transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    const tx = ++this.transactions;
    log.push(`tx${tx}`);
    return fn(new FakeManager(tx) as unknown as EntityManager);
  }
}

/** The deadlines, their cases and who holds which role on each case's unit. */
interface World {
  deadlines: Record<string, { case_id: string; key: string; title: string; due_at: Date }>;
  roles: { user_id: string; role: string; case_id: string }[];
}

/** Hands out prepared chunks in order (then empty ones) and resolves recipients from `World` by the roles asked for. */
class FakeFirings implements Pick<Port<DeadlineFiringRepository>, 'takeChunk' | 'recipients'> {
  takes: { tx: number; minute: number; limit: number }[] = [];
  recipientCalls: { tx: number; claimed: readonly (ClaimedFiring & { escalate: boolean })[]; escalateRoles: readonly string[]; remindRoles: readonly string[] }[] = [];
  constructor(private readonly chunks: (TakenChunk | Error)[], private readonly world: World) {}

  async takeChunk(m: EntityManager, minute: number, limit: number): Promise<TakenChunk> {
    this.takes.push({ tx: (m as unknown as FakeManager).tx, minute, limit });
    const next = this.chunks.shift() ?? { deadlines: 0, picked: 0, claimed: [], missed: [] };
    if (next instanceof Error) throw next;
    return next;
  }

  async recipients(
    m: EntityManager,
    claimed: readonly (ClaimedFiring & { escalate: boolean })[],
    escalateRoles: readonly string[],
    remindRoles: readonly string[],
  ): Promise<FiringRecipient[]> {
    this.recipientCalls.push({ tx: (m as unknown as FakeManager).tx, claimed, escalateRoles, remindRoles });
    return claimed.flatMap((c) => {
      const d = this.world.deadlines[c.id];
      const roles = c.escalate ? escalateRoles : remindRoles;
      return this.world.roles
        .filter((r) => r.case_id === d.case_id && roles.includes(r.role))
        .map((r) => ({ deadline_id: c.id, generation: c.generation, kind: c.kind, case_id: d.case_id, key: d.key, due_at: d.due_at, title: d.title, user_id: r.user_id }));
    });
  }
}

class FakeOutbox implements Pick<Port<NotificationOutboxService>, 'addMany'> {
  batches: { tx: number; notices: readonly NewNotification[] }[] = [];
  async addMany(m: EntityManager, notices: readonly NewNotification[]) {
    this.batches.push({ tx: (m as unknown as FakeManager).tx, notices });
    return notices.map((n, i) => ({ id: `n${i}`, user_id: n.userId }));
  }
}

class FakeQueue {
  added: QueuedJob<unknown>[] = [];
  async addBulk(jobs: QueuedJob<unknown>[]) {
    log.push(`addBulk(${jobs.length})`);
    this.added.push(...jobs);
    return [];
  }
}

class FakeQueues {
  readonly queue_ = new FakeQueue();
  names: QueueName[] = [];
  async queue(name: QueueName) {
    this.names.push(name);
    return this.queue_ as unknown as Queue;
  }
}

const WORLD: World = {
  deadlines: {
    d1: { case_id: 'c1', key: 'reportDue', title: 'Vụ A', due_at: DUE },
    d2: { case_id: 'c2', key: 'explanation', title: 'Vụ B', due_at: DUE },
  },
  roles: [
    { user_id: 'officer1', role: 'TASK_FORCE_OFFICER', case_id: 'c1' },
    { user_id: 'secretary1', role: 'SECRETARY', case_id: 'c1' },
    { user_id: 'officer2', role: 'COMMITTEE_OFFICE', case_id: 'c2' },
    { user_id: 'secretary2', role: 'SECRETARY', case_id: 'c2' },
    { user_id: 'member2', role: 'STANDING_COMMITTEE_MEMBER', case_id: 'c2' },
  ],
};

function setup(chunks: (TakenChunk | Error)[]) {
  const dataSource = new FakeDataSource();
  const queues = new FakeQueues();
  const outbox = new FakeOutbox();
  const firings = new FakeFirings(chunks, WORLD);
  const job = new FireBucketJob(
    dataSource as unknown as DataSource,
    queues as unknown as QueueBackend,
    outbox as unknown as NotificationOutboxService,
    firings as unknown as DeadlineFiringRepository,
  );
  return { job, dataSource, queues, outbox, firings };
}

/** A full chunk (CHUNK = 1000 deadlines, one firing each) whose firings were all stale. */
const fullStale = (): TakenChunk => ({ deadlines: 1000, picked: 1000, claimed: [], missed: [] });

describe('FireBucketJob', () => {
  beforeEach(() => {
    log = [];
  });

  it('skips the sentinel: no transaction, no firing taken, nothing queued', async () => {
    const { job, dataSource, firings, queues } = setup([]);
    await expect(job.handle({ sentinel: true })).resolves.toBe('SKIPPED');
    expect(dataSource.transactions).toBe(0);
    expect(firings.takes).toEqual([]);
    expect(queues.names).toEqual([]);
  });

  it("notifies each recipient of a chunk's claimed firings once, in the chunk's transaction, with the Vietnamese notice", async () => {
    const { job, outbox, firings } = setup([{ deadlines: 1, picked: 1, claimed: [{ id: 'd1', generation: 1, kind: 'REMIND_3WD' }], missed: [] }]);
    await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 1, skipped: 0 });
    expect(firings.takes).toEqual([{ tx: 1, minute: MINUTE, limit: 1000 }]);
    expect(outbox.batches).toEqual([
      {
        tx: 1,
        notices: [
          {
            userId: 'officer1', caseId: 'c1', kind: 'REMIND_3WD',
            title: 'Sắp đến hạn: Vụ A',
            body: `Thời hạn "reportDue" (lần 1) hết vào 2025-03-10T16:59:59.999Z.`,
            sourceKey: `dl-d1-g1-REMIND_3WD-${DUE.getTime()}`,
          },
        ],
      },
    ]);
  });

  it('sends ESCALATE to the escalation roles and the other firings to the officers', async () => {
    const { job, outbox, firings } = setup([
      {
        deadlines: 2,
        picked: 2,
        claimed: [{ id: 'd1', generation: 1, kind: 'DUE_DAY' }, { id: 'd2', generation: 4, kind: 'ESCALATE' }],
        missed: [{ id: 'd2', generation: 4 }],
      },
    ]);
    await job.handle({ minute: MINUTE });
    expect(firings.recipientCalls).toHaveLength(1);
    const call = firings.recipientCalls[0];
    expect(call.claimed.map((c) => [c.id, c.kind, c.escalate])).toEqual([['d1', 'DUE_DAY', false], ['d2', 'ESCALATE', true]]);
    expect(call.escalateRoles).toEqual(ESCALATE_ROLES);
    expect(call.remindRoles).toEqual(REMIND_ROLES);
    const notices = outbox.batches.flatMap((b) => b.notices);
    expect(notices.map((n) => [n.userId, n.kind, n.title])).toEqual([
      ['officer1', 'DUE_DAY', 'Hôm nay đến hạn: Vụ A'],
      ['secretary2', 'ESCALATE', 'Quá hạn: Vụ B'],
      ['member2', 'ESCALATE', 'Quá hạn: Vụ B'],
    ]);
    expect(notices[1].body).toBe(`Thời hạn "explanation" (lần 4) đã hết vào 2025-03-10T16:59:59.999Z.`);
  });

  it('counts firings found stale as skipped and notifies nobody', async () => {
    const { job, outbox, firings, queues } = setup([{ deadlines: 3, picked: 3, claimed: [], missed: [] }]);
    await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 0, skipped: 3 });
    expect(firings.recipientCalls).toEqual([]);
    expect(outbox.batches).toEqual([]);
    expect(queues.names).toEqual([]);
  });

  it('counts firings already delivered (picked but not claimed) as skipped', async () => {
    const { job, outbox } = setup([{ deadlines: 3, picked: 3, claimed: [{ id: 'd1', generation: 1, kind: 'DUE_DAY' }], missed: [] }]);
    await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 1, skipped: 2 });
    expect(outbox.batches.flatMap((b) => b.notices).map((n) => n.userId)).toEqual(['officer1']);
  });

  it('queues a DEADLINE_MISSED job per escalated deadline after the whole minute', async () => {
    const { job, queues } = setup([
      { deadlines: 1000, picked: 1000, claimed: [{ id: 'd2', generation: 4, kind: 'ESCALATE' }], missed: [{ id: 'd2', generation: 4 }] },
      { deadlines: 1, picked: 1, claimed: [{ id: 'd1', generation: 1, kind: 'ESCALATE' }], missed: [{ id: 'd1', generation: 1 }] },
    ]);
    await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 2, skipped: 999 });
    expect(queues.names).toEqual([QueueName.DEADLINES]);
    expect(queues.queue_.added.map((j) => [j.name, j.data, j.opts.jobId])).toEqual([
      [JobName.DEADLINE_MISSED, { deadlineId: 'd2', generation: 4 }, 'missed-d2-g4'],
      [JobName.DEADLINE_MISSED, { deadlineId: 'd1', generation: 1 }, 'missed-d1-g1'],
    ]);
    // Every chunk's transaction ran before the jobs were queued.
    expect(log[log.length - 1]).toBe('addBulk(2)');
    expect(log.filter((s) => s.startsWith('tx')).length).toBeGreaterThanOrEqual(2);
  });

  it('takes a big minute in further chunks until one comes back short', async () => {
    const { job, firings } = setup([fullStale(), fullStale(), fullStale(), { deadlines: 7, picked: 7, claimed: [], missed: [] }]);
    await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 0, skipped: 3007 });
    // The four chunks, then one empty take per lane that ended on the short one or after it.
    expect(firings.takes.length).toBeGreaterThanOrEqual(5);
    expect(new Set(firings.takes.map((t) => t.tx)).size).toBe(firings.takes.length);
  });

  it('counts a chunk by deadlines: 250 deadlines with four firings each is not a full chunk, and nothing more is taken', async () => {
    const { job, firings } = setup([{ deadlines: 250, picked: 1000, claimed: [], missed: [] }, fullStale()]);
    await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 0, skipped: 1000 });
    expect(firings.takes).toEqual([{ tx: 1, minute: MINUTE, limit: 1000 }]);
  });

  it('takes the chunk size from FireBucketJob.CHUNK (deadlines per chunk)', async () => {
    const chunk = FireBucketJob.CHUNK;
    FireBucketJob.CHUNK = 3;
    try {
      const { job, firings } = setup([{ deadlines: 3, picked: 12, claimed: [], missed: [] }, { deadlines: 1, picked: 4, claimed: [], missed: [] }]);
      await expect(job.handle({ minute: MINUTE })).resolves.toEqual({ fired: 0, skipped: 16 });
      expect(firings.takes.every((t) => t.limit === 3)).toBe(true);
      expect(firings.takes.length).toBeGreaterThanOrEqual(3); // the full first chunk, then a take per lane
    } finally {
      FireBucketJob.CHUNK = chunk;
    }
  });

  it('still queues the DEADLINE_MISSED jobs of committed chunks when a later chunk fails, then fails', async () => {
    const { job, queues } = setup([
      { deadlines: 1000, picked: 1000, claimed: [{ id: 'd2', generation: 4, kind: 'ESCALATE' }], missed: [{ id: 'd2', generation: 4 }] },
      new Error('deadlock detected'),
      new Error('deadlock detected'),
    ]);
    await expect(job.handle({ minute: MINUTE })).rejects.toThrow('deadlock detected');
    expect(queues.queue_.added.map((j) => j.opts.jobId)).toEqual(['missed-d2-g4']);
  });
});
