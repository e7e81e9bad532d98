// What clients see while a dependency is down: /health answers within a second with the dependency `down` and
// 503 (a Redis client that retries forever must not hold it), and a command whose database cannot be reached is
// answered 503 SERVICE_UNAVAILABLE with Retry-After, not 500.
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

// Nothing listens on port 1: a connection is refused at once.
const CLOSED_PORT_REDIS = 'redis://127.0.0.1:1';
const CLOSED_PORT_DATABASE = 'postgres://postgres@127.0.0.1:1/hoso';

async function timedHealth(t: TestApp): Promise<{ ms: number; status: number; body: Record<string, unknown> }> {
  const started = Date.now();
  const res = await t.http.get('/health');
  return { ms: Date.now() - started, status: res.status, body: res.body as Record<string, unknown> };
}

describe('/health with the queue unreachable (REDIS_URL on a closed port)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ config: { REDIS_URL: CLOSED_PORT_REDIS } });
  });
  afterAll(() => t?.close());

  it('answers 503 within a second, the database up and the queue down, every time it is asked', async () => {
    for (let i = 0; i < 3; i++) {
      const { ms, status, body } = await timedHealth(t);
      expect(status).toBe(503);
      expect(body).toEqual({ status: 'degraded', database: 'up', queue: { backend: 'redis', status: 'down' } });
      expect(ms).toBeLessThan(1000);
    }
  });
});

describe('a command while the database is unreachable', () => {
  let t: TestApp;
  let org: DemoOrg;
  let pool: Pool;
  let realUrl: string;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    pool = (t.dataSource.driver as PostgresDriver).master as Pool;
    realUrl = (pool.options as { connectionString: string }).connectionString;
  });
  afterAll(async () => {
    (pool.options as { connectionString: string }).connectionString = realUrl;
    await t?.close();
  });

  /** New connections go to a closed port and the pool's open ones are dropped: as if the server went away. */
  async function cutTheDatabase(): Promise<void> {
    (pool.options as { connectionString: string }).connectionString = CLOSED_PORT_DATABASE;
    const idle = await Promise.all(Array.from({ length: pool.idleCount }, () => pool.connect()));
    for (const client of idle) client.release(true);
    expect(pool.totalCount).toBe(0);
  }

  it('is answered 503 SERVICE_UNAVAILABLE with Retry-After, /health says the database is down, and all works again once it is back', async () => {
    const create = () =>
      t.http.post('/cases').set({ Authorization: `Bearer ${org.tokens.taskForce}` }).send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() });
    await create().expect(201);

    await cutTheDatabase();
    const refused = await create();
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(refused.headers['retry-after']).toBe('5');
    expect(refused.body.message).toMatch(/cơ sở dữ liệu/);
    const health = await timedHealth(t);
    expect(health).toMatchObject({ status: 503, body: { status: 'degraded', database: 'down' } });
    expect(health.ms).toBeLessThan(1000);

    (pool.options as { connectionString: string }).connectionString = realUrl;
    await create().expect(201);
  });
});
