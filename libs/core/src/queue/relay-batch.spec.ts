import type { DataSource } from 'typeorm';
import type { QueueBackend } from './queue-backend';
import { relayBatch, type RelaySpec } from './relay-batch';

// A fake queue that behaves as BullMQ does with deterministic ids: `addBulk` ignores an id it still holds, whatever
// the state of the job under it.
function fakeQueue(held: Record<string, 'failed' | 'completed' | 'waiting' | 'active'>) {
  const added: string[] = [];
  const removed: string[] = [];
  const queue = {
    getJob: async (id: string) =>
      held[id] ? { getState: async () => held[id], remove: async () => { removed.push(id); delete held[id]; } } : undefined,
    addBulk: async (jobs: { opts: { jobId: string } }[]) => {
      for (const j of jobs) if (!held[j.opts.jobId]) { held[j.opts.jobId] = 'waiting'; added.push(j.opts.jobId); }
    },
  };
  return { queue, added, removed, backend: { queue: async () => queue } as unknown as QueueBackend };
}

const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const spec: RelaySpec<{ id: string }> = {
  select: 'SELECT …', queue: 'outbox' as RelaySpec<{ id: string }>['queue'], markQueued: 'UPDATE …',
  job: (r) => ({ name: 'deliver', data: { id: r.id }, opts: { jobId: `m:${r.id}` } }),
};

describe('relayBatch', () => {
  it('queues again a row whose job failed or completed (its id freed first), and leaves a waiting or running job alone', async () => {
    const marked: unknown[] = [];
    const dataSource = { query: async (sql: string, params: unknown[]) => (sql === spec.select ? rows : (marked.push(params[0]), [])) } as unknown as DataSource;
    const { added, removed, backend } = fakeQueue({ 'm:a': 'failed', 'm:b': 'completed', 'm:c': 'active' });
    expect(await relayBatch(dataSource, backend, spec)).toBe(4);
    expect(removed.sort()).toEqual(['m:a', 'm:b']);
    expect(added.sort()).toEqual(['m:a', 'm:b', 'm:d']);
    expect(marked).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('does nothing when no row is waiting', async () => {
    const dataSource = { query: async () => [] } as unknown as DataSource;
    const { added, backend } = fakeQueue({});
    expect(await relayBatch(dataSource, backend, spec)).toBe(0);
    expect(added).toEqual([]);
  });
});
