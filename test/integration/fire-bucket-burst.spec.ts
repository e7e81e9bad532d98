// A minute holding more than one chunk of firings: every overdue deadline's reminders and its escalation fall into
// the same minute (a firing already due when planned goes into the current one). A chunk taking a deadline's
// escalation closed it (MISSED) and the chunk taking its reminders then dropped them as stale: reminders lost with no
// fault. Chunks now take whole deadlines, so each deadline's reminders and escalation commit together, reminders first.
// Deadline ids are chosen so that their order is known, and the firings are put straight into a minute of the test's
// own, far ahead, already planned (`armed_generation` = generation), so that nothing else plans or fires them.
// Runs on the real PostgreSQL + Redis, or on PGlite with BullMQ's PostgreSQL backend.
import type { Worker } from 'bullmq';
import { QueueBackend, QueueName } from '@hoso/core/queue';
import { FireBucketJob, type BucketResult } from '@hoso/deadlines/jobs/fire-bucket.job';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const DUE = new Date('2020-03-10T16:59:59.999Z');
const ALL = ['DUE_DAY', 'ESCALATE', 'REMIND_1WD', 'REMIND_3WD'];
const REMINDERS = ['DUE_DAY', 'REMIND_1WD', 'REMIND_3WD'];

describe('firing a minute of many chunks (issue 14)', () => {
  let t: TestApp;
  let org: DemoOrg;
  let bucket: FireBucketJob;
  let caseId: string;
  let minute = 91_000_000;
  const chunk = FireBucketJob.CHUNK;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    org = await seedOrg(t);
    bucket = t.app.get(FireBucketJob);
    // The DEADLINE_MISSED jobs the escalations queue are not this test's business: the worker leaves them.
    const workers = (t.app.get(QueueBackend) as unknown as { workers: Worker[] }).workers;
    await workers.find((w) => w.name === QueueName.DEADLINES)!.pause();
    const at = new Date().toISOString();
    const input = registration({ source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Thanh Niên', publishedAt: at, receivedAt: at });
    const res = await t.http.post('/cases').set({ Authorization: `Bearer ${org.tokens.taskForce}` })
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input });
    expect(res.body).toMatchObject({ case: { id: expect.any(String) } });
    caseId = res.body.case.id as string;
  });
  afterEach(() => {
    FireBucketJob.CHUNK = chunk;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Deadline `series`-`i` (i from 1): a uuid that sorts by (series, i). */
  const idOf = (series: number, i: number) => `00000000-0000-4000-8${String(series).padStart(3, '0')}-${String(i).padStart(12, '0')}`;

  /**
   * `kinds(i)` firings of deadlines 1..n of `series`, PENDING, overdue, already planned, all in a fresh minute of the
   * test's own; answers the minute and the ids.
   */
  async function plant(series: number, n: number, kinds: (i: number) => string[]): Promise<{ minute: number; ids: string[] }> {
    const m = minute++;
    const ids = Array.from({ length: n }, (_, i) => idOf(series, i + 1));
    await t.dataSource.query(
      `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, armed_generation, event_seq, created_at, updated_at)
       SELECT id, $2, 's' || $3 || '-' || n, 'A.PRESS_EXPLAIN', $4::timestamptz - interval '30 days', $4, 'PENDING', 1, 1, 1, now(), now()
         FROM unnest($1::uuid[]) WITH ORDINALITY AS x(id, n)`,
      [ids, caseId, series, DUE],
    );
    const rows = ids.flatMap((id, i) => kinds(i + 1).map((kind) => [id, kind]));
    await t.dataSource.query(
      `INSERT INTO deadline_firing (deadline_id, generation, kind, due_at, fire_at, bucket)
       SELECT id, 1, kind, $3, $3, $4 FROM unnest($1::uuid[], $2::text[]) AS x(id, kind)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), DUE, m],
    );
    return { minute: m, ids };
  }

  /**
   * Per deadline: its delivery rows, its notices by kind (as "who:KIND", each once), the deadline's status, whether its
   * DEADLINE_MISSED is recorded, and whether its reminders' notices were written no later than its escalation's.
   */
  async function outcome(ids: string[]) {
    const byId = new Map(Object.entries(org.userIds).map(([who, id]) => [id, who]));
    const rows: { id: string; status: string; deliveries: string[]; notices: { user_id: string; kind: string }[]; missed: boolean; in_order: boolean }[] =
      await t.dataSource.query(
        `SELECT d.id, d.status,
                ARRAY(SELECT kind FROM deadline_delivery dd WHERE dd.deadline_id = d.id ORDER BY kind) AS deliveries,
                COALESCE((SELECT json_agg(json_build_object('user_id', n.user_id, 'kind', n.kind)) FROM notification n
                           WHERE n.source_key LIKE 'dl-' || d.id || '-%'), '[]') AS notices,
                EXISTS (SELECT 1 FROM deadline_missed_event e WHERE e.deadline_id = d.id) AS missed,
                COALESCE((SELECT max(created_at) FROM notification n WHERE n.source_key LIKE 'dl-' || d.id || '-%' AND n.kind <> 'ESCALATE')
                      <= (SELECT min(created_at) FROM notification n WHERE n.source_key LIKE 'dl-' || d.id || '-%' AND n.kind = 'ESCALATE'), true) AS in_order
           FROM deadline d WHERE d.id = ANY($1::uuid[]) ORDER BY d.id`,
        [ids],
      );
    return rows.map((r) => ({ ...r, notices: r.notices.map((n) => `${byId.get(n.user_id) ?? n.user_id}:${n.kind}`).sort() }));
  }

  /** What every deadline with all four firings must show: each delivered once, to its people, reminders first. */
  const fullyDelivered = (id: string) => ({
    id,
    status: 'MISSED',
    deliveries: ALL,
    notices: [...REMINDERS.flatMap((k) => [`office:${k}`, `taskForce:${k}`]), 'secretary:ESCALATE', 'standing:ESCALATE'].sort(),
    missed: true,
    in_order: true,
  });

  const left = async (m: number): Promise<number> =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM deadline_firing WHERE bucket = $1`, [m]))[0].n;

  it('loses no reminder when the chunk boundary falls between a deadline’s escalation and its reminders (production chunk size)', async () => {
    // Taken by (deadline, kind), 1002 rows: the first deadline has 2 (no escalation), the next 250 have all 4. Taken
    // by rows, the first 1000 end on the escalation of the 251st, whose reminders came next.
    const { minute: m, ids } = await plant(1, 251, (i) => (i === 1 ? ['DUE_DAY', 'REMIND_3WD'] : ALL));
    const result = (await bucket.handle({ minute: m })) as BucketResult;
    expect(result).toEqual({ fired: 1002, skipped: 0 });
    expect(await left(m)).toBe(0);
    const got = await outcome(ids);
    expect(got[0]).toMatchObject({ status: 'PENDING', deliveries: ['DUE_DAY', 'REMIND_3WD'], missed: false });
    expect(got.slice(1)).toEqual(ids.slice(1).map(fullyDelivered));
  });

  it('delivers every reminder and escalation exactly once, reminders first, over many chunks, parallel lanes and two concurrent runs', async () => {
    // 7 deadlines a chunk: 120 deadlines (480 firings) make 18 chunks, taken by the lanes of two runs at once.
    FireBucketJob.CHUNK = 7;
    const { minute: m, ids } = await plant(2, 120, () => ALL);
    const runs = (await Promise.all([bucket.handle({ minute: m }), bucket.handle({ minute: m })])) as BucketResult[];
    expect(runs.reduce((n, r) => n + r.fired, 0)).toBe(480);
    expect(runs.reduce((n, r) => n + r.skipped, 0)).toBe(0);
    expect(await left(m)).toBe(0);
    expect(await outcome(ids)).toEqual(ids.map(fullyDelivered));
    // A third run finds nothing; re-planned firings are refused by their claims.
    expect(await bucket.handle({ minute: m })).toEqual({ fired: 0, skipped: 0 });
    const [{ deliveries, notices }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM deadline_delivery WHERE deadline_id = ANY($1::uuid[])) AS deliveries,
              (SELECT count(*)::int FROM notification WHERE substr(source_key, 4, 36) = ANY($2::text[])) AS notices`,
      [ids, ids],
    );
    expect({ deliveries, notices }).toEqual({ deliveries: 480, notices: 960 });
  });

  it('splits nothing either when some deadlines have fewer firings in the minute (mixed sizes, a chunk of 3)', async () => {
    FireBucketJob.CHUNK = 3;
    const kinds = (i: number) => [['ESCALATE', 'REMIND_3WD'], ALL, ['DUE_DAY', 'ESCALATE', 'REMIND_1WD']][i % 3];
    const { minute: m, ids } = await plant(3, 40, kinds);
    const planted = ids.reduce((n, _, i) => n + kinds(i + 1).length, 0);
    const runs = (await Promise.all([bucket.handle({ minute: m }), bucket.handle({ minute: m })])) as BucketResult[];
    expect(runs.reduce((n, r) => n + r.fired, 0)).toBe(planted);
    expect(await left(m)).toBe(0);
    for (const [i, o] of (await outcome(ids)).entries()) {
      expect(o).toMatchObject({ status: 'MISSED', deliveries: [...kinds(i + 1)].sort(), missed: true, in_order: true });
      expect(o.notices).toHaveLength(kinds(i + 1).length * 2);
    }
  });
});
