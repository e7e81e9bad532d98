// npm run bench:reads — the reads of issue 16 over HTTP at N cases, as a province, a commune (district) and a cell
// (ward) user, next to `pgbench -N` measured in the same run, with the EXPLAIN (ANALYZE, BUFFERS) of the main
// statement of each read. Prints Markdown (paste into docs/BENCHMARKS.md).
// Options: `--cases N` (default 1,000,000), `--events N` (the long timeline, default 10,000), `--reps N` (default 5),
// `--smoke` (2,000 cases, a 200-event timeline, one repetition; exits 1 when any read does not answer 200),
// `--db NAME` (load into database NAME and keep it; a later run with the same name migrates it and measures again
// without loading: a million cases take about ten minutes to load).
import 'reflect-metadata';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { openDatabase } from '@hoso/core/database';
import { SCHEMA } from '../../migrations/schema';
import { withDatabase } from '../support/test-env';
import { ADMIN_URL, adminQuery, BenchHttp, percentile, pgbenchTps, startApi, stopApi } from './bench-support';
import { seedCases, seedLongTimeline, seedStaff, seedUnits, seedUser, type ReadsUnits, type ReadsUser } from './reads-seed';
import type { TappedStatement } from './sql-tap';
import { compactStatisticsRollup } from '@hoso/cases/services/statistics-rollup';
import { fillOfferedEvents } from '@hoso/cases/services/offered-events-backfill';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

const SMOKE = process.argv.includes('--smoke');
const CASES = option('cases', SMOKE ? 2000 : 1_000_000);
const EVENTS = option('events', SMOKE ? 200 : 10_000);
const REPS = option('reps', SMOKE ? 1 : 5);
const PORT = Number(process.env.BENCH_PORT ?? 3988);
const PASSWORD = 'Bench-password-1';
const PAGE_SIZE = 20;
const KEEP_DB = (() => {
  const at = process.argv.indexOf('--db');
  if (at < 0) return undefined;
  const name = process.argv[at + 1] ?? '';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`--db wants a lowercase database name, not ${JSON.stringify(name)}`);
  return name;
})();

/** What a kept database remembers of its load, so that a later run measures it again without loading. */
interface Loaded {
  units: ReadsUnits;
  bigCase: string;
  loadSeconds: number;
  identityKeys: string;
}

interface Read {
  name: string;
  aim: string;
  path: (ctx: ReadContext) => string;
  /** Said after the read's name: which page it reached. */
  note?: (ctx: ReadContext) => string;
}

interface ReadContext {
  bigCase: string;
  timelinePage: number;
  /** The last numbered page within the counted total (at most 10,000 cases: the web's last page). */
  deepestPage: number;
  /** The cursor that starts page `cursorPage` (≤ 10,000) of the default list, reached by walking the cursors. */
  deepCursor: string;
  cursorPage: number;
}

const READS: Read[] = [
  { name: '`GET /statistics/quy-dinh-1374` for one year', aim: '< 300 ms', path: () => '/statistics/quy-dinh-1374?from=2026-01-01&to=2026-12-31' },
  {
    name: '`GET /statistics/quy-dinh-1374` from the 15th of one month to the 20th of another',
    aim: '< 300 ms',
    path: () => '/statistics/quy-dinh-1374?from=2026-03-15&to=2026-08-20',
  },
  { name: '`GET /cases` first page', aim: '< 100 ms', path: () => '/cases' },
  {
    name: '`GET /cases?page=…` deepest numbered page (≤ 10,000 cases counted)',
    aim: '< 100 ms',
    path: (c) => `/cases?page=${c.deepestPage}`,
    note: (c) => ` (page ${c.deepestPage})`,
  },
  {
    name: '`GET /cases?cursor=…` deepest page ≤ 10,000 (keyset)',
    aim: '< 100 ms',
    path: (c) => `/cases?pageSize=${PAGE_SIZE}${c.deepCursor ? `&cursor=${c.deepCursor}` : ''}`,
    note: (c) => ` (page ${c.cursorPage})`,
  },
  { name: '`GET /cases?q=…` first page', aim: '< 200 ms', path: () => `/cases?q=${encodeURIComponent('đất đai')}` },
  { name: '`GET /inbox?view=nearest`', aim: '< 150 ms', path: () => '/inbox?view=nearest' },
  { name: '`GET /inbox/awaiting-me` first page', aim: '< 150 ms', path: () => '/inbox/awaiting-me' },
  { name: 'timeline page ≤ 100 of the long case', aim: '< 50 ms', path: (c) => `/cases/${c.bigCase}/timeline?page=${c.timelinePage}` },
  { name: '`GET /cases/:id/timeline/verify`, long case', aim: '< 300 ms', path: (c) => `/cases/${c.bigCase}/timeline/verify` },
];

interface Measured {
  read: string;
  aim: string;
  user: string;
  path: string;
  median: number;
  p95: number;
  failures: string[];
  explain?: string;
}

const log = (s: string) => console.error(`[bench:reads] ${s}`);

/**
 * Page ≤ 10,000 of the default list as a client reaches it: nextCursor after nextCursor (100 rows at a time, then a
 * smaller step to land on a page boundary); the last page when there are fewer. Returns the cursor that starts it.
 */
async function walkToDeepPage(http: BenchHttp, token: string): Promise<{ cursor: string; page: number }> {
  const target = (10_000 - 1) * PAGE_SIZE;
  let skipped = 0;
  let cursor = '';
  const step = async (size: number) => {
    const res = await http.call('GET', `/cases?pageSize=${size}${cursor ? `&cursor=${cursor}` : ''}`, token);
    if (res.status !== 200) throw new Error(`walking the cursors: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
    return res.body as { items: unknown[]; nextCursor: string | null };
  };
  while (skipped < target) {
    const size = Math.min(100, target - skipped);
    const body = await step(size);
    if (!body.nextCursor) {
      // The list ends within this step: land on the start of its last page instead.
      const within = Math.floor((body.items.length - 1) / PAGE_SIZE) * PAGE_SIZE;
      if (within > 0) {
        cursor = (await step(within)).nextCursor ?? cursor;
        skipped += within;
      }
      break;
    }
    cursor = body.nextCursor;
    skipped += size;
  }
  return { cursor, page: skipped / PAGE_SIZE + 1 };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  'Actual Total Time': number;
  'Shared Hit Blocks': number;
  'Shared Read Blocks': number;
  Plans?: PlanNode[];
}

const nodeName = (n: PlanNode) => `${n['Node Type']}${n['Relation Name'] ? ` on ${n['Relation Name']}` : n['Index Name'] ? ` using ${n['Index Name']}` : ''}`;

/** The scan that took longest in all (time × loops), with its loops: where a plan spends its time. */
function heaviestScan(n: PlanNode): PlanNode | undefined {
  const own = /Scan/.test(n['Node Type']) ? [n] : [];
  const all = [...own, ...(n.Plans ?? []).map(heaviestScan).filter((x): x is PlanNode => x !== undefined)];
  const cost = (x: PlanNode) => x['Actual Total Time'] * x['Actual Loops'];
  return all.reduce<PlanNode | undefined>((a, b) => (a === undefined || cost(b) > cost(a) ? b : a), undefined);
}

/**
 * The main statement of a read is the SELECT that takes longest: every SELECT the API ran for it is run again under
 * EXPLAIN (ANALYZE, BUFFERS) with the same parameters, and the slowest is summarised: total time, the top node, the
 * heaviest scan, buffers.
 */
async function explainMain(db: Client, tapped: TappedStatement[]): Promise<string> {
  // Each SELECT under the settings it ran with: the app's connections run with jit off, and a read may set
  // `SET LOCAL` (work_mem, parallel workers) in its transaction before its statements.
  const selects: { st: TappedStatement; settings: string[] }[] = [];
  let local: string[] = [];
  for (const st of tapped) {
    if (/^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK)\b/i.test(st.text)) local = [];
    else if (/^\s*SET LOCAL\b/i.test(st.text)) local.push(st.text);
    else if (/^\s*(SELECT|WITH)\b/i.test(st.text)) selects.push({ st, settings: [...local] });
  }
  if (selects.length === 0) return 'no SELECT';
  let worst: { time: number; plan: { Plan: PlanNode } } | undefined;
  for (const { st, settings } of selects) {
    await db.query('BEGIN');
    try {
      for (const s of ['SET LOCAL jit = off', ...settings]) await db.query(s);
      const [{ 'QUERY PLAN': [plan] }] = (await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${st.text}`, st.values)).rows;
      if (!worst || plan['Execution Time'] > worst.time) worst = { time: plan['Execution Time'], plan };
    } finally {
      await db.query('ROLLBACK');
    }
  }
  const top = worst!.plan.Plan;
  const scan = heaviestScan(top);
  const scanText = scan ? `; heaviest scan ${nodeName(scan)} (${scan['Actual Loops']} × ${scan['Actual Total Time'].toFixed(2)} ms)` : '';
  return (
    `${worst!.time.toFixed(1)} ms; ${nodeName(top)}, rows ${top['Actual Rows']}${scanText}; ` +
    `buffers hit ${top['Shared Hit Blocks']} read ${top['Shared Read Blocks']} (slowest of ${selects.length} SELECTs)`
  );
}

/** Cloned cases must be as real as walked ones: their timelines verify and they open. */
async function checkInvariants(db: Client, http: BenchHttp, token: string, bigCase: string): Promise<string[]> {
  const sample = (
    // Among the cases the province reader may open: it is excluded from a few (conflicts, subject), which answer 404.
    await db.query(`WITH seen AS (SELECT c.id, c.status FROM "case" c
                                   WHERE c.id NOT IN (SELECT x.case_id FROM user_excluded_cases((SELECT id FROM app_user WHERE username = 'reader-province')) x))
                    (SELECT id FROM seen WHERE status = 'OPEN' ORDER BY random() LIMIT 2) UNION ALL (SELECT id FROM seen WHERE status <> 'OPEN' ORDER BY random() LIMIT 2)`)
  ).rows.map((r) => r.id as string);
  const problems: string[] = [];
  for (const id of [...sample, bigCase]) {
    const one = await http.call('GET', `/cases/${id}`, token);
    if (one.status !== 200) problems.push(`GET /cases/${id}: ${one.status} ${JSON.stringify(one.body).slice(0, 200)}`);
    const v = await http.call('GET', `/cases/${id}/timeline/verify`, token);
    if (v.status !== 200 || v.body.intact !== true || v.body.headMatches !== true) {
      problems.push(`verify ${id}: ${v.status} ${JSON.stringify(v.body).slice(0, 300)}`);
    }
  }
  return problems;
}

const readersOf = (units: ReadsUnits): ReadsUser[] => [
  { label: 'province', username: 'reader-province', unitId: units.province },
  { label: 'district', username: 'reader-district', unitId: units.communes[0] },
  { label: 'ward', username: 'reader-ward', unitId: units.cells[0] },
];

async function adminRows(sql: string, values: unknown[]): Promise<unknown[]> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    return (await c.query(sql, values)).rows;
  } finally {
    await c.end();
  }
}

/** Units, users and N cases with the long timeline, through an API started for the load; remembered in the database. */
async function load(db: Client, http: BenchHttp, url: string, tapFile: string): Promise<Loaded> {
  const units = await seedUnits(db);
  const passwordHash = await hash(PASSWORD);
  await seedUser(db, 'bench-walker', passwordHash, ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'STANDING_COMMITTEE_MEMBER'].map((r) => [units.province, r]));
  await seedUser(db, 'bench-concluder', passwordHash, [[units.province, 'STANDING_COMMITTEE_MEMBER']]);
  for (const r of readersOf(units)) await seedUser(db, r.username, passwordHash, [[r.unitId, 'COMMITTEE_OFFICE'], [r.unitId, 'SECRETARY']]);
  await seedStaff(db, passwordHash, units);
  const identityKeys = `bench:${randomBytes(32).toString('base64')}`;
  const api = startApi({ url, port: PORT, pool: 8, env: { BENCH_SQL_TAP: tapFile, IDENTITY_KEYS: identityKeys } });
  try {
    await http.waitForHealth();
    const tokens = { walker: await http.login('bench-walker', PASSWORD), concluder: await http.login('bench-concluder', PASSWORD) };
    const t0 = Date.now();
    log(`seeding ${CASES} cases …`);
    await seedCases(db, http, tokens, units, CASES, log);
    // Loading a million cases outlasts an access token (15 minutes): log in again for the long timeline.
    const fresh = { walker: await http.login('bench-walker', PASSWORD), concluder: await http.login('bench-concluder', PASSWORD) };
    const bigCase = await seedLongTimeline(db, http, fresh, units, EVENTS);
    await db.query('VACUUM ANALYZE');
    await compactStatisticsRollup(db);
    const loaded: Loaded = { units, bigCase, loadSeconds: (Date.now() - t0) / 1000, identityKeys };
    await db.query(`INSERT INTO bench_reads_loaded (id, loaded) VALUES (1, $1)`, [JSON.stringify(loaded)]);
    return loaded;
  } finally {
    await stopApi(api);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const appDb = KEEP_DB ?? `hoso_bench_reads_${randomBytes(3).toString('hex')}`;
  const tapFile = path.join(os.tmpdir(), `${appDb}.sql.jsonl`);
  writeFileSync(tapFile, '');
  const http = new BenchHttp(PORT, 4);
  let api: ChildProcess | undefined;
  let db: Client | undefined;
  const exists = KEEP_DB !== undefined && (await adminRows(`SELECT 1 FROM pg_database WHERE datname = $1`, [appDb])).length > 0;
  if (!exists) await adminQuery(`CREATE DATABASE ${appDb}`);
  try {
    log(`pgbench -N …`);
    const baseline = await pgbenchTps(SMOKE ? 4 : 32, SMOKE ? 2 : 10);

    const url = withDatabase(ADMIN_URL, appDb);
    const ds = await openDatabase(url, SCHEMA, 2);
    // A database kept from before the CaseOfferedEvents migration has offered_events NULL on every case: what the
    // worker's backfill does in production, done here before measuring (a fresh load writes it with each case).
    const registry = new ProcedureRegistryService();
    let filled = 0;
    for (let n; (n = await fillOfferedEvents(ds, registry, 5000)) > 0; ) {
      filled += n;
      if (filled % 100_000 < 5000) log(`offered_events backfilled on ${filled} cases …`);
    }
    if (filled > 0) log(`offered_events backfilled on ${filled} cases`);
    await ds.destroy();
    db = new Client({ connectionString: url });
    await db.connect();
    await db.query(`CREATE TABLE IF NOT EXISTS bench_reads_loaded (id int PRIMARY KEY, loaded jsonb NOT NULL)`);
    const previous = (await db.query(`SELECT loaded FROM bench_reads_loaded WHERE id = 1`)).rows[0]?.loaded as Loaded | undefined;
    const loaded = previous ?? (await load(db, http, url, tapFile));
    if (previous) {
      log(`measuring the kept database ${appDb} again (loaded earlier in ${previous.loadSeconds.toFixed(0)} s)`);
      await db.query('ANALYZE');
    }
    const { units, bigCase, loadSeconds } = loaded;
    api = startApi({
      url, port: PORT, pool: 8,
      preload: ['-r', require.resolve('ts-node/register/transpile-only'), '-r', path.join(__dirname, 'sql-tap.ts')],
      env: { BENCH_SQL_TAP: tapFile, IDENTITY_KEYS: loaded.identityKeys },
    });
    await http.waitForHealth();
    const readers = readersOf(units);
    const sizes = (
      await db.query(`SELECT (SELECT count(*) FROM "case") AS cases, (SELECT count(*) FROM case_event) AS events,
        (SELECT count(*) FROM deadline) AS deadlines, (SELECT count(*) FROM case_participant) AS participants,
        pg_size_pretty(pg_total_relation_size('"case"')) AS case_size, pg_size_pretty(pg_database_size(current_database())) AS db_size`)
    ).rows[0];
    log(`loaded in ${loadSeconds.toFixed(0)} s: ${JSON.stringify(sizes)}`);

    const problems = await checkInvariants(db, http, await http.login('reader-province', PASSWORD), bigCase);
    if (problems.length > 0) throw new Error(`seeded cases break the app's invariants:\n${problems.join('\n')}`);

    const measured: Measured[] = [];
    for (const reader of readers) {
      const token = await http.login(reader.username, PASSWORD);
      const first = await http.call('GET', '/cases', token);
      const total = Number(first.body?.total ?? 0);
      const deep = await walkToDeepPage(http, token);
      log(`${reader.label}: walked the cursors to page ${deep.page}`);
      const ctx: ReadContext = {
        bigCase,
        deepestPage: Math.max(1, Math.min(10_000, Math.ceil(total / PAGE_SIZE))),
        timelinePage: Math.max(1, Math.min(100, Math.ceil(EVENTS / PAGE_SIZE))),
        deepCursor: deep.cursor,
        cursorPage: deep.page,
      };
      for (const read of READS) {
        const p = read.path(ctx);
        const times: number[] = [];
        const failures: string[] = [];
        for (let i = 0; i < REPS; i++) {
          const s = process.hrtime.bigint();
          const res = await http.call('GET', p, token);
          times.push(Number(process.hrtime.bigint() - s) / 1e6);
          if (res.status !== 200) failures.push(`${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
        }
        truncateSync(tapFile);
        await http.call('GET', p, token);
        await new Promise((r) => setTimeout(r, 50));
        const tapped = readFileSync(tapFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as TappedStatement);
        const explain = await explainMain(db, tapped).catch((e: Error) => `EXPLAIN failed: ${e.message}`);
        times.sort((a, b) => a - b);
        measured.push({ read: `${read.name}${read.note?.(ctx) ?? ''}`, aim: read.aim, user: reader.label, path: p, median: percentile(times, 50), p95: percentile(times, 95), failures, explain });
        log(`${reader.label} ${p}: ${percentile(times, 50).toFixed(1)} ms${failures.length ? ` FAILED ${failures[0]}` : ''}`);
      }
    }

    const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
    const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
    const lines = [
      `bench:reads — ${new Date().toISOString().slice(0, 10)}, ${cpu} cores, ${CASES.toLocaleString('en')} cases${SMOKE ? ' (smoke)' : ''}, ` +
        `${REPS} repetitions per read, long timeline ${EVENTS.toLocaleString('en')} events`,
      '',
      `| data set | value |`,
      `|---|---|`,
      `| pgbench -N (same run, ${SMOKE ? '4 clients, 2 s' : '32 clients, 10 s'}), tps | ${baseline.toFixed(0)} |`,
      `| cases / events / deadlines / participants | ${sizes.cases} / ${sizes.events} / ${sizes.deadlines} / ${sizes.participants} |`,
      `| \`case\` table with indexes / database | ${sizes.case_size} / ${sizes.db_size} |`,
      `| load time | ${loadSeconds.toFixed(0)} s |`,
      '',
      `| read | user | median | p95 | aim | main statement: EXPLAIN (ANALYZE, BUFFERS) |`,
      `|---|---|---|---|---|---|`,
      ...measured.map(
        (m) => `| ${m.read} | ${m.user} | ${m.failures.length ? `**${m.failures.length} failed**` : ms(m.median)} | ${ms(m.p95)} | ${m.aim} | ${m.explain} |`,
      ),
    ];
    console.log(`\n${lines.join('\n')}\n`);
    const failed = measured.filter((m) => m.failures.length > 0);
    for (const f of failed) console.error(`${f.user} ${f.path}: ${f.failures[0]}`);
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (failed.length > 0) throw new Error(`${failed.length} reads did not answer 200`);
  } finally {
    await db?.end().catch(() => undefined);
    await stopApi(api);
    if (!KEEP_DB) await adminQuery(`DROP DATABASE IF EXISTS ${appDb} WITH (FORCE)`).catch(() => undefined);
    rmSync(tapFile, { force: true });
    http.destroy();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
