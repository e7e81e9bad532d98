// npm run test:faults [-- --bounded | --full] [--keep] [--only "<fault>,<fault>"]
// The fault suite (issue 14): its own PostgreSQL cluster and Redis on free ports in a temporary directory, the built
// API and worker as separate processes (run `npm run build` first), a steady load of commands with Idempotency-Keys
// and deadlines falling due, and one fault per phase: kill -9 of the worker and of the API, an immediate PostgreSQL
// restart, Redis FLUSHALL and restart, and a storm of worker kills during a minute of firings. After each phase the
// invariants are checked; the table of faults × invariants is printed whatever happens, and the exit code is 0 only
// if every invariant held after every fault. Every process and the temporary directory are removed on success,
// failure and Ctrl-C (--keep leaves the directory, with the logs, for a post-mortem).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'pg';
import { ensureDir, freePort, PostgresCluster, RedisServer, sleep } from './cluster';
import { FAULTS, MODES, type Fault, type Suite } from './faults';
import { HttpClient } from './http-client';
import { backlog, checkAll } from './invariants';
import { Load } from './load';
import { createOrg } from './org';
import { AppProcess, assertBuilt, DIST, killClis, runCli, tail } from './processes';
import { printReport, rowPassed, type Row } from './report';
import { WebhookReceiver } from './webhook-receiver';

const argv = process.argv.slice(2);
const unknown = argv.filter((a, i) => !['--bounded', '--full', '--keep', '--only'].includes(a) && argv[i - 1] !== '--only');
if (unknown.length > 0 || (argv.includes('--full') && argv.includes('--bounded'))) {
  console.error(`usage: npm run test:faults -- [--bounded | --full] [--keep] [--only "<fault>,…"] (unexpected: ${unknown.join(' ')})`);
  process.exit(2);
}
const mode = MODES[argv.includes('--full') ? 'full' : 'bounded'];
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1]?.split(',').map((s) => s.trim().toLowerCase()) : undefined;
const faults = only ? FAULTS.filter((f) => only.some((o) => f.name.toLowerCase().startsWith(o))) : FAULTS;
if (faults.length === 0) {
  console.error(`--only names none of: ${FAULTS.map((f) => f.name).join(', ')}`);
  process.exit(2);
}

const started = Date.now();
const dir = mkdtempSync(join(tmpdir(), 'hoso-faults-'));
const rows: Row[] = [];
let suite: Partial<Suite> = {};
const receiver = new WebhookReceiver(randomBytes(24).toString('hex'));
let http: HttpClient | undefined;
let cleaning: Promise<void> | undefined;
let interrupted: string | undefined;

/** Everything this run started, in reverse: the load, the servers, the cluster, the directory. Safe to call twice. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    suite.load?.abort();
    killClis();
    suite.api?.killNow();
    suite.worker?.killNow();
    await Promise.allSettled([suite.api?.stop(1000), suite.worker?.stop(1000)]);
    suite.api?.closeLog();
    suite.worker?.closeLog();
    http?.destroy();
    await suite.pool?.end().catch(() => undefined);
    await receiver.stop().catch(() => undefined);
    await suite.redis?.kill().catch(() => undefined);
    await suite.pg?.destroy().catch(() => undefined);
    if (argv.includes('--keep')) console.log(`kept ${dir} (logs: api.log, worker.log, postgres.log, redis.log)`);
    else rmSync(dir, { recursive: true, force: true });
  })();
  return cleaning;
}

function finish(code: number): never {
  printReport(rows, `Fault suite, ${mode.name} form (${faults.length} faults, ${mode.clients} clients)`, Date.now() - started);
  process.exit(code);
}

function interrupt(why: string, code: number): void {
  if (interrupted) return;
  interrupted = why;
  console.error(`\n${why}: stopping every process of the suite and removing ${dir}`);
  void cleanup().finally(() => finish(code));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => interrupt(signal, 130));
if (mode.budgetMs) setTimeout(() => interrupt(`over the ${mode.name} form's ${mode.budgetMs! / 1000} s budget`, 1), mode.budgetMs).unref();

/** Restart a process that exited on its own (the exit stays recorded as a failure of the phase). */
async function supervise(p: AppProcess, revived: { n: number }): Promise<void> {
  if (p.unplanned.length > revived.n && !p.running) {
    revived.n = p.unplanned.length;
    await p.start();
  }
}

/** Waits until nothing is left to do; after a Redis loss, moves the requeue clock of stuck rows if the mode says so. */
async function settle(s: Suite, fault: Fault, revived: Record<string, { n: number }>): Promise<{ ms: number; done: boolean; note: string }> {
  const t0 = Date.now();
  let note = '';
  let looked = false;
  while (Date.now() - t0 < s.mode.settleMs) {
    await supervise(s.api, revived.api);
    await supervise(s.worker, revived.worker);
    const b = await backlog(s.pool).catch(() => undefined);
    if (b && Object.values(b).every((n) => n === 0)) return { ms: Date.now() - t0, done: true, note };
    if (fault.losesQueue && !looked && Date.now() - t0 > 10_000) {
      // Everything else has caught up by now: what is still QUEUED had its job in the Redis that was lost.
      looked = true;
      const { rows } = await s.pool.query<{ o: number; d: number }>(
        `SELECT (SELECT count(*)::int FROM outbox_message WHERE status = 'QUEUED') AS o, (SELECT count(*)::int FROM notification_delivery WHERE status = 'QUEUED') AS d`,
      );
      const { o, d } = rows[0];
      if (o + d > 0 && s.mode.advanceRequeueClock) {
        await s.pool.query(`UPDATE outbox_message SET created_at = created_at - interval '5 minutes' WHERE status = 'QUEUED'`);
        await s.pool.query(`UPDATE notification_delivery SET updated_at = updated_at - interval '5 minutes' WHERE status = 'QUEUED'`);
      }
      if (o + d > 0) {
        note = `; ${o} outbox messages and ${d} deliveries still QUEUED 10 s after the load, their jobs lost: ` +
          (s.mode.advanceRequeueClock ? 'their requeue clock moved 5 min on' : 'waited for the 5-minute requeue');
      }
    }
    await sleep(500);
  }
  return { ms: Date.now() - t0, done: false, note };
}

async function phase(s: Suite, fault: Fault, cliEnv: NodeJS.ProcessEnv): Promise<Row> {
  const revived = { api: { n: s.api.unplanned.length }, worker: { n: s.worker.unplanned.length } };
  const exits0 = { api: s.api.unplanned.length, worker: s.worker.unplanned.length };
  await fault.prepare?.(s);
  // The heads signed now must still be in their chains after the fault (audit:verify checks the latest checkpoint).
  if ((await s.pool.query(`SELECT 1 FROM "case" LIMIT 1`)).rowCount) {
    const cp = await runCli(DIST.auditCheckpoint, [], cliEnv);
    if (cp.code !== 0) throw new Error(`audit:checkpoint exited ${cp.code}: ${cp.out}`);
  }
  const acks0 = s.load.acks.length;
  const retries0 = s.load.retries;
  s.load.start(s.mode.clients);
  await sleep(s.mode.loadBefore * 1000);
  console.error(`[faults] ${((Date.now() - started) / 1000).toFixed(0)} s: ${fault.name}`);
  const note = await fault.inject(s);
  await sleep(s.mode.loadAfter * 1000);
  await s.load.stop();
  const caught = await settle(s, fault, revived);
  const unplannedExits = [...s.api.unplanned.slice(exits0.api), ...s.worker.unplanned.slice(exits0.worker)].map(
    (e) => `${e.name} exited by itself (code ${e.code}, signal ${e.signal}); last lines: ${e.logTail.split('\n').slice(-3).join(' / ')}`,
  );
  const checks = await checkAll({ pool: s.pool, load: s.load, org: s.load.org, receiver, cliEnv, unplannedExits });
  return {
    fault: fault.name, what: fault.what, note: note + caught.note, caughtUpMs: caught.ms, caughtUp: caught.done,
    acks: s.load.acks.length - acks0, retries: s.load.retries - retries0, checks,
  };
}

async function main(): Promise<void> {
  assertBuilt();
  const [pgPort, redisPort, apiPort] = [await freePort(), await freePort(), await freePort()];
  const pg = new PostgresCluster(dir, pgPort);
  suite.pg = pg;
  await pg.init();
  const redis = new RedisServer(redisPort, join(dir, 'redis.log'));
  suite.redis = redis;
  await redis.start();
  await receiver.start();
  // A clean environment: nothing of the caller's (the shared DATABASE_URL / REDIS_URL above all) leaks in.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH, HOME: process.env.HOME ?? dir, LANG: 'C.UTF-8', TZ: 'UTC',
    NODE_ENV: 'production', LOG_LEVEL: 'log', DATABASE_URL: pg.url(), REDIS_URL: redis.url, BULLMQ_PREFIX: 'hoso',
    AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'), IDENTITY_KEYS: `faults:${randomBytes(32).toString('base64')}`,
    AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'), WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: receiver.secret,
    CHANNEL_RETRY_BASE_MS: '200', DEADLINE_ARM_EVERY_MS: '1000', DOCUMENT_DIR: ensureDir(join(dir, 'documents')), WEB_DIR: '',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ACCESS_TOKEN_TTL_SECONDS: '86400', REFRESH_TOKEN_TTL_SECONDS: '86400', DB_POOL_SIZE: '10',
  };
  const pool = new Pool({ connectionString: pg.url(), max: 4 });
  // A connection cut by the PostgreSQL restart must not take the runner down; the next query reconnects.
  pool.on('error', () => undefined);
  suite.pool = pool;
  const api = new AppProcess('api', DIST.api, { ...env, PORT: String(apiPort), HOST: '127.0.0.1' }, join(dir, 'api.log'), apiPort);
  const worker = new AppProcess('worker', DIST.worker, env, join(dir, 'worker.log'));
  suite = { ...suite, api, worker };
  http = new HttpClient(() => apiPort);
  // admin:create migrates the empty database first; the API and the worker then find it up to date.
  const org = await createOrg(http, pool, env, () => Promise.all([api.start(), worker.start()]).then(() => undefined));
  const load = new Load(http, org, randomBytes(3).toString('hex'), mode.stormDeadlines);
  const s: Suite = { mode, pg, redis, api, worker, load, pool };
  suite = s;
  console.error(`[faults] ${mode.name}: cluster on :${pgPort}, redis on :${redisPort}, API on :${apiPort}, ${dir}`);
  for (const fault of faults) {
    try {
      rows.push(await phase(s, fault, env));
    } catch (err) {
      const error = interrupted ? `stopped: ${interrupted}` : (err as Error).message;
      rows.push({ fault: fault.name, what: fault.what, note: '', caughtUpMs: 0, caughtUp: false, acks: 0, retries: 0, error });
      throw err;
    }
  }
}

main().then(
  async () => {
    if (interrupted) return;
    await cleanup();
    finish(rows.length === faults.length && rows.every(rowPassed) ? 0 : 1);
  },
  async (err: Error) => {
    // Ctrl-C: the signal handler cleans up and prints the table.
    if (interrupted) return;
    console.error(`fault suite stopped: ${err.message}`);
    for (const p of [suite.api, suite.worker]) if (p) console.error(`--- ${p.name} log (last lines)\n${tail(p.logFile, 15)}`);
    await cleanup();
    finish(1);
  },
);
