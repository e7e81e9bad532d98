// The embedded server (PGlite behind pglite-socket's protocol handler, our session scheduler) must look to its
// clients like PostgreSQL with separate sessions: statements of one client never run between another client's
// Parse and Bind or inside its transaction; a client gone mid-transaction is rolled back; LISTEN hears another
// connection's NOTIFY. It always runs on PGlite, whatever DATABASE_URL says: it is the embedded server under test.
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@hoso/core/database';

describe('embedded PostgreSQL server', () => {
  let pg: EmbeddedPostgres;
  const clients: Client[] = [];

  async function connect(): Promise<Client> {
    const c = new Client({ connectionString: pg.url });
    await c.connect();
    clients.push(c);
    return c;
  }

  beforeAll(async () => {
    pg = await startEmbeddedPostgres({ dataDir: 'memory://', port: 0 });
    const c = await connect();
    await c.query('CREATE TABLE item (id int PRIMARY KEY, owner int NOT NULL)');
  });
  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.end()));
    await pg.stop();
  });

  it('runs many clients’ parameterised statements and transactions at once without mixing them', async () => {
    const workers = await Promise.all(Array.from({ length: 6 }, () => connect()));
    const results = await Promise.all(
      workers.map(async (c, w) => {
        const sums: number[] = [];
        for (let i = 0; i < 40; i++) {
          // Statements with 1, 2 and 3 parameters, so a Bind meeting another client's Parse would be refused.
          await c.query('BEGIN');
          await c.query('INSERT INTO item (id, owner) VALUES ($1, $2)', [w * 1000 + i, w]);
          const { rows } = await c.query<{ s: number }>('SELECT $1::int + $2::int + $3::int AS s', [w, i, 1]);
          sums.push(rows[0].s);
          await c.query(i % 5 === 0 ? 'ROLLBACK' : 'COMMIT');
          const one = await c.query<{ n: string }>('SELECT count(*) AS n FROM item WHERE owner = $1', [w]);
          expect(Number(one.rows[0].n)).toBe(i + 1 - Math.floor(i / 5) - 1);
        }
        return sums;
      }),
    );
    results.forEach((sums, w) => expect(sums).toEqual(Array.from({ length: 40 }, (_, i) => w + i + 1)));
    const total = await workers[0].query<{ n: string }>('SELECT count(*) AS n FROM item');
    expect(Number(total.rows[0].n)).toBe(6 * 32);
  });

  it('keeps another client out of an open transaction: it sees the rows only once they are committed', async () => {
    const [a, b] = [await connect(), await connect()];
    const order: string[] = [];
    await a.query('BEGIN');
    await a.query('INSERT INTO item (id, owner) VALUES (90001, 900)');
    const seen = b.query<{ n: string }>('SELECT count(*) AS n FROM item WHERE owner = 900').then((r) => {
      order.push('b read');
      return Number(r.rows[0].n);
    });
    await a.query('INSERT INTO item (id, owner) VALUES (90002, 900)');
    order.push('a wrote');
    await a.query('COMMIT');
    expect(await seen).toBe(2);
    expect(order).toEqual(['a wrote', 'b read']);
  });

  it('rolls back the transaction of a client that goes away, and lets the others go on', async () => {
    const [a, b] = [await connect(), await connect()];
    await a.query('BEGIN');
    await a.query('INSERT INTO item (id, owner) VALUES (91001, 910)');
    const waiting = b.query<{ n: string }>('SELECT count(*) AS n FROM item WHERE owner = 910');
    (a as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    a.on('error', () => undefined);
    expect(Number((await waiting).rows[0].n)).toBe(0);
  });

  it('delivers a NOTIFY raised on one connection to a LISTEN on another, at commit', async () => {
    const [listener, notifier] = [await connect(), await connect()];
    const heard: { channel: string; payload?: string }[] = [];
    listener.on('notification', (n) => heard.push({ channel: n.channel, payload: n.payload }));
    await listener.query('LISTEN hoso_test');
    await notifier.query('BEGIN');
    await notifier.query(`SELECT pg_notify('hoso_test', 'việc mới')`);
    expect(heard).toEqual([]);
    await notifier.query('COMMIT');
    await listener.query('SELECT 1'); // the notification was written before this answer on the same socket
    expect(heard).toEqual([{ channel: 'hoso_test', payload: 'việc mới' }]);
  });
});
