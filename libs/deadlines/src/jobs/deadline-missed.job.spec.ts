import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { DeadlineFiringRepository } from '../repositories/deadline-firing.repository';
import { DeadlineMissedJob } from './deadline-missed.job';
import type { DeadlineMissedSink } from './deadline-missed.sink';

/** The public surface of a class, so that a hand-written fake can stand in for it. */
type Port<T> = { [K in keyof T]: T[K] };

const MANAGER = { name: 'tx-manager' } as unknown as EntityManager;

class FakeDataSource {
  transactions = 0;
  async transaction<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    this.transactions++;
    return fn(MANAGER);
  }
}

/** Holds the unsent DEADLINE_MISSED rows; a claim deletes the row, so a second claim finds nothing. */
class FakeFirings implements Pick<Port<DeadlineFiringRepository>, 'claimMissed'> {
  claims: { m: EntityManager; deadlineId: string; generation: number }[] = [];
  constructor(private readonly unsent: Map<string, { case_id: string; key: string }>) {}
  async claimMissed(m: EntityManager, deadlineId: string, generation: number) {
    this.claims.push({ m, deadlineId, generation });
    const id = `${deadlineId}/g${generation}`;
    const row = this.unsent.get(id);
    this.unsent.delete(id);
    return row;
  }
}

class FakeSink implements DeadlineMissedSink {
  calls: { m: EntityManager; caseId: string; key: string; generation: number }[] = [];
  async deadlineMissed(m: EntityManager, caseId: string, key: string, generation: number) {
    this.calls.push({ m, caseId, key, generation });
    return 'ESCALATED';
  }
}

function setup(unsent: Record<string, { case_id: string; key: string }> = {}) {
  const dataSource = new FakeDataSource();
  const firings = new FakeFirings(new Map(Object.entries(unsent)));
  const sink = new FakeSink();
  const job = new DeadlineMissedJob(dataSource as unknown as DataSource, sink, firings as unknown as DeadlineFiringRepository);
  return { job, dataSource, firings, sink };
}

describe('DeadlineMissedJob', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('does nothing once another run has claimed it: SKIPPED and the case is not told', async () => {
    const { job, firings, sink, dataSource } = setup();
    await expect(job.handle({ deadlineId: 'd1', generation: 2 })).resolves.toBe('SKIPPED');
    expect(firings.claims).toEqual([{ m: MANAGER, deadlineId: 'd1', generation: 2 }]);
    expect(dataSource.transactions).toBe(1);
    expect(sink.calls).toEqual([]);
  });

  it('tells the case once, in the claiming transaction, with its key and generation', async () => {
    const { job, sink } = setup({ 'd1/g2': { case_id: 'c1', key: 'reportDue' } });
    await expect(job.handle({ deadlineId: 'd1', generation: 2 })).resolves.toBe('DONE');
    expect(sink.calls).toEqual([{ m: MANAGER, caseId: 'c1', key: 'reportDue', generation: 2 }]);
  });

  it('a job delivered twice tells the case once', async () => {
    const { job, sink } = setup({ 'd1/g2': { case_id: 'c1', key: 'reportDue' } });
    expect(await job.handle({ deadlineId: 'd1', generation: 2 })).toBe('DONE');
    expect(await job.handle({ deadlineId: 'd1', generation: 2 })).toBe('SKIPPED');
    expect(sink.calls).toHaveLength(1);
  });

  it('stale generation ignored: a job for another generation claims nothing and tells nobody', async () => {
    const { job, sink, firings } = setup({ 'd1/g3': { case_id: 'c1', key: 'reportDue' } });
    await expect(job.handle({ deadlineId: 'd1', generation: 2 })).resolves.toBe('SKIPPED');
    expect(firings.claims.map((c) => c.generation)).toEqual([2]);
    expect(sink.calls).toEqual([]);
  });
});
