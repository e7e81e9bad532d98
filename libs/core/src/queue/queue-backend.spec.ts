// QueueBackend on PostgreSQL when the database is down at the first start: the failed connection must not be
// remembered, or the queues stay down until the process restarts.
import type { EnvDto } from '../config/env.dto';
import { QueueBackend } from './queue-backend';

/** Every pool the backend made, in order; the first `failures` of them refuse every query. */
const pools: FakePool[] = [];
let failures = 0;

class FakePool {
  readonly refuses = pools.length < failures;
  ended = false;
  readonly queries: string[] = [];

  constructor() {
    pools.push(this);
  }

  async query(sql: string): Promise<{ rows: { db: string }[] }> {
    this.queries.push(sql);
    if (this.refuses) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    return { rows: [{ db: 'hoso' }] };
  }

  async connect(): Promise<{ release(): void }> {
    if (this.refuses) throw new Error('connect ECONNREFUSED 127.0.0.1:5432');
    return { release() {} };
  }

  async end(): Promise<void> {
    this.ended = true;
  }
}

jest.mock('pg', () => ({ Pool: jest.fn().mockImplementation(() => new FakePool()) }));
const migrations = jest.fn(async () => undefined);
jest.mock('bullmq/dist/cjs/postgres/migrator.js', () => ({ runMigrations: (...args: unknown[]) => migrations(...(args as [])) }));

const CONFIG = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/hoso', BULLMQ_PREFIX: 'hoso' } as EnvDto;

beforeEach(() => {
  pools.length = 0;
  failures = 0;
  migrations.mockClear();
});

describe('QueueBackend on PostgreSQL', () => {
  it('connects again on the next call after a failed first start, and ends the failed pool', async () => {
    failures = 1;
    const backend = new QueueBackend(CONFIG);
    expect(backend.kind).toBe('postgres');

    await expect(backend.ping(200)).resolves.toBe(false);
    expect(pools).toHaveLength(1);
    expect(pools[0].ended).toBe(true);
    expect(migrations).not.toHaveBeenCalled();

    await expect(backend.ping(200)).resolves.toBe(true);
    expect(pools).toHaveLength(2);
    expect(migrations).toHaveBeenCalledTimes(1);
    expect(pools[1].queries).toEqual(['SELECT quote_ident(current_database()) AS db', 'ALTER DATABASE hoso SET search_path = public, bullmq', 'SELECT 1 FROM bullmq.meta LIMIT 1']);
  });

  it('keeps trying while the database stays down, then connects once it is back', async () => {
    failures = 3;
    const backend = new QueueBackend(CONFIG);
    for (let i = 0; i < 3; i++) await expect(backend.ping(200)).resolves.toBe(false);
    await expect(backend.ping(200)).resolves.toBe(true);
    expect(pools.map((p) => p.ended)).toEqual([true, true, true, false]);
  });

  it('connects only once when it succeeds, however many callers ask at once', async () => {
    const backend = new QueueBackend(CONFIG);
    await expect(Promise.all([backend.ping(200), backend.ping(200), backend.ping(200)])).resolves.toEqual([true, true, true]);
    await expect(backend.ping(200)).resolves.toBe(true);
    expect(pools).toHaveLength(1);
    expect(migrations).toHaveBeenCalledTimes(1);
  });
});
