// npm run bench:scale-out [-- --smoke] — issue 16 §4: two API and two worker processes on one PostgreSQL and one
// Redis, next to one of each in the same run, under the same load: clients walking 1374 cases over HTTP (each command
// with its own Idempotency-Key, spread over the APIs in turn), half of them with a deadline already overdue (its three
// reminders and its escalation fall due at once, and the worker sends DEADLINE_MISSED), half to the archive through
// the outbox (messages turned into notifications, each posted to a webhook receiver). After each phase the database is
// read to check that every reminder and every outbox message was delivered exactly once: deliveries counted per id,
// every notice to exactly the people the rules name, every webhook delivery id received once, nothing left queued.
// Runs the built server (`npm run build` first) on a scratch database of the
// shared servers (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test; REDIS_URL), with its own BullMQ
// prefix, and removes both at the end. Prints Markdown for docs/BENCHMARKS.md; exits 1 when a check fails.
// Phases: one API + one worker, two of each, then (not in --smoke) one of each again, as the others' load drifts.
// Options: --smoke (4 clients, 4 s a phase, two phases: about 30 s, for CI), --clients N (default 16), --seconds N
// (default 30), --keep (leave the processes' logs).
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { ensureDir, freePort, sleep } from '../faults/cluster';
import { type Answer, HttpClient } from '../faults/http-client';
import { backlog, checkAll, INVARIANTS, type Check } from '../faults/invariants';
import { Load } from '../faults/load';
import { createOrg } from '../faults/org';
import { AppProcess, assertBuilt, DIST, killClis } from '../faults/processes';
import { WebhookReceiver } from '../faults/webhook-receiver';
import { withDatabase } from '../support/test-env';
import { ADMIN_URL, adminQuery, percentile, REDIS_URL } from './bench-support';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => (argv.includes(`--${name}`) ? Number(argv[argv.indexOf(`--${name}`) + 1]) : fallback);
const SMOKE = argv.includes('--smoke');
const CLIENTS = option('clients', SMOKE ? 4 : 16);
const SECONDS = option('seconds', SMOKE ? 4 : 30);
const SETTLE_MS = SMOKE ? 60_000 : 300_000;
const log = (s: string) => console.error(`[bench:scale-out] ${s}`);

/** A JSON client that sends each request to the next API in turn and keeps the latency of every acknowledged command. */
class RoundRobinClient extends HttpClient {
  readonly latencies: number[] = [];
  private next = 0;

  constructor(private readonly ports: () => number[]) {
    super(() => {
      const all = this.ports();
      return all[this.next++ % all.length];
    });
  }

  override async call(method: string, path: string, opts: Parameters<HttpClient['call']>[2] = {}): Promise<Answer> {
    const t0 = process.hrtime.bigint();
    const res = await super.call(method, path, opts);
    if (method === 'POST' && res.status >= 200 && res.status < 300) this.latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
    return res;
  }
}

interface Counts {
  firings: number;
  notifications: number;
  webhookSent: number;
  outboxDone: number;
}

interface PhaseResult {
  name: string;
  apis: number;
  workers: number;
  seconds: number;
  commands: number;
  p50: number;
  p99: number;
  drainMs: number;
  drained: boolean;
  delivered: Counts;
  /** Outbox messages delivered and missed deadlines sent by each worker, from its log. */
  perWorker: number[];
  checks: Record<string, Check>;
}

/** The jobs a worker's log says it did (one line per outbox message delivered and per DEADLINE_MISSED sent). */
function workDone(p: AppProcess): number {
  if (!existsSync(p.logFile)) return 0;
  return (readFileSync(p.logFile, 'utf8').match(/"context":"(DeliverMessage|DeadlineMissed)"/g) ?? []).length;
}

async function counts(pool: Pool): Promise<Counts> {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM deadline_delivery) AS firings, (SELECT count(*)::int FROM notification) AS notifications,
            (SELECT count(*)::int FROM notification_delivery WHERE channel = 'WEBHOOK' AND status = 'SENT') AS "webhookSent",
            (SELECT count(*)::int FROM outbox_message WHERE status = 'DONE') AS "outboxDone"`,
  );
  return rows[0];
}

/**
 * Delivered at most once, counted per id — stricter than the fault suite, as nothing fails here: no reminder kind
 * claimed twice for a deadline, no notice twice to a person, no channel delivery twice for a notice, no DEADLINE_MISSED
 * twice on a case, no webhook delivery id received twice.
 */
async function oncePerId(pool: Pool, receiver: WebhookReceiver): Promise<Check> {
  const twice = async (sql: string, what: string) => (await pool.query(sql)).rows.map((r) => `${what} ${JSON.stringify(r)}`);
  const problems = [
    ...(await twice(`SELECT deadline_id, kind, count(*)::int AS n FROM deadline_delivery GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 5`, 'reminder claimed twice:')),
    ...(await twice(`SELECT user_id, source_key, count(*)::int AS n FROM notification GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 5`, 'notice twice:')),
    ...(await twice(`SELECT notification_id, channel, count(*)::int AS n FROM notification_delivery GROUP BY 1, 2 HAVING count(*) > 1 LIMIT 5`, 'delivery twice:')),
    ...(await twice(`SELECT case_id, count(*)::int AS n FROM case_event WHERE type = 'DEADLINE_MISSED' GROUP BY 1 HAVING count(*) > 1 LIMIT 5`, 'DEADLINE_MISSED twice:')),
    ...[...receiver.received].filter(([, n]) => n > 1).slice(0, 5).map(([id, n]) => `webhook delivery ${id} received ${n} times`),
  ];
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM deadline_delivery`);
  return { ok: problems.length === 0, figure: `${rows[0].n} firings, ${receiver.posts} posts`, problems };
}

async function main(): Promise<void> {
  assertBuilt();
  const started = Date.now();
  const tag = randomBytes(3).toString('hex');
  const dbName = `hoso_bench_scale_${tag}`;
  const prefix = `hoso-scale-${tag}`;
  const dir = mkdtempSync(join(tmpdir(), 'hoso-scale-'));
  const receiver = new WebhookReceiver(randomBytes(24).toString('hex'));
  const procs: AppProcess[] = [];
  let pool: Pool | undefined;
  let http: RoundRobinClient | undefined;
  let load: Load | undefined;
  let failed = false;
  const cleanup = async () => {
    load?.abort();
    killClis();
    await Promise.allSettled(procs.map((p) => p.stop(2000)));
    procs.forEach((p) => p.closeLog());
    http?.destroy();
    await pool?.end().catch(() => undefined);
    await receiver.stop().catch(() => undefined);
    await adminQuery(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => undefined);
    // This run's queues only: other work shares the Redis.
    const redis = new IORedis(REDIS_URL, { maxRetriesPerRequest: 1 });
    try {
      for await (const keys of redis.scanStream({ match: `${prefix}:*`, count: 1000 })) if ((keys as string[]).length) await redis.unlink(...(keys as string[]));
    } catch {
      /* best effort */
    }
    redis.disconnect();
    if (argv.includes('--keep')) log(`kept ${dir} (api-*.log, worker-*.log)`);
    else rmSync(dir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(130)));
  }

  try {
    await adminQuery(`CREATE DATABASE ${dbName}`);
    await receiver.start();
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH, HOME: process.env.HOME ?? dir, LANG: 'C.UTF-8', TZ: 'UTC', NODE_PATH: process.env.NODE_PATH,
      NODE_ENV: 'production', DATABASE_URL: withDatabase(ADMIN_URL, dbName), REDIS_URL, BULLMQ_PREFIX: prefix,
      AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'), IDENTITY_KEYS: `scale:${randomBytes(32).toString('base64')}`,
      AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'), WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: receiver.secret,
      CHANNEL_RETRY_BASE_MS: '200', DEADLINE_ARM_EVERY_MS: '1000', DOCUMENT_DIR: ensureDir(join(dir, 'documents')), WEB_DIR: '',
      LOGIN_RATE_LIMIT_PER_MINUTE: '100000', ACCESS_TOKEN_TTL_SECONDS: '86400', REFRESH_TOKEN_TTL_SECONDS: '86400', DB_POOL_SIZE: '8',
    };
    pool = new Pool({ connectionString: env.DATABASE_URL, max: 3 });
    let ports: number[] = [];
    http = new RoundRobinClient(() => ports);
    const cliEnv = { ...env, LOG_LEVEL: 'warn' };

    // Processes of a phase: the APIs log warnings only (as a busy production API would); the workers log their start.
    const start = async (apis: number, workers: number) => {
      const mine: AppProcess[] = [];
      const apiPorts: number[] = [];
      for (let i = 0; i < apis; i++) {
        const port = await freePort();
        apiPorts.push(port);
        mine.push(new AppProcess('api', DIST.api, { ...env, LOG_LEVEL: 'warn', PORT: String(port), HOST: '127.0.0.1' }, join(dir, `api-${procs.length + i}.log`), port));
      }
      for (let i = 0; i < workers; i++) mine.push(new AppProcess('worker', DIST.worker, { ...env, LOG_LEVEL: 'log' }, join(dir, `worker-${procs.length + i}.log`)));
      procs.push(...mine);
      await Promise.all(mine.map((p) => p.start()));
      ports = apiPorts;
      return mine;
    };

    // admin:create migrates the empty database; the organisation is made over HTTP by the first phase's API.
    let first: AppProcess[] = [];
    const org = await createOrg(http, pool, cliEnv, async () => {
      first = await start(1, 1);
    });
    load = new Load(http, org, tag, 0);

    const phase = async (name: string, apis: number, workers: number, running: AppProcess[]): Promise<PhaseResult> => {
      log(`${name}: ${apis} API + ${workers} worker, ${CLIENTS} clients for ${SECONDS} s`);
      const before = await counts(pool!);
      const acks0 = load!.acks.length;
      http!.latencies.length = 0;
      const t0 = Date.now();
      load!.start(CLIENTS);
      await sleep(SECONDS * 1000);
      await load!.stop();
      const seconds = (Date.now() - t0) / 1000;
      const latencies = [...http!.latencies].sort((a, b) => a - b);
      // Caught up when every firing due is claimed, every message and notice delivered, every machine event sent.
      const t1 = Date.now();
      let drained = false;
      while (Date.now() - t1 < SETTLE_MS) {
        const b = await backlog(pool!);
        if (Object.values(b).every((n) => n === 0)) {
          drained = true;
          break;
        }
        await sleep(250);
      }
      const drainMs = Date.now() - t1;
      const after = await counts(pool!);
      const unplannedExits = running.flatMap((p) => p.unplanned.map((e) => `${e.name} exited (code ${e.code}, signal ${e.signal})`));
      const checks: Record<string, Check> = {
        ...(await checkAll({ pool: pool!, load: load!, org, receiver, cliEnv, unplannedExits })),
        'once per id': await oncePerId(pool!, receiver),
      };
      await Promise.all(running.map((p) => p.stop()));
      const perWorker = running.filter((p) => p.name === 'worker').map(workDone);
      const delivered = Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before[k as keyof Counts]])) as unknown as Counts;
      return { name, apis, workers, seconds, commands: load!.acks.length - acks0, p50: percentile(latencies, 50), p99: percentile(latencies, 99), drainMs, drained, delivered, perWorker, checks };
    };

    const results: PhaseResult[] = [];
    results.push(await phase('one of each', 1, 1, first));
    results.push(await phase('two of each', 2, 2, await start(2, 2)));
    // Outside the smoke size, one of each again: on a shared machine the load of others drifts during a run.
    if (!SMOKE) results.push(await phase('one of each, again', 1, 1, await start(1, 1)));

    const lines = [
      `bench:scale-out — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${CLIENTS} clients, ` +
        `${SECONDS} s of load a phase${SMOKE ? ' (smoke)' : ''}, load average at the end ${loadavg()[0].toFixed(1)}`,
      '',
      '| processes | commands acknowledged | commands/s | p50 | p99 | reminders and escalations claimed | notifications | webhook posts | outbox messages done | caught up after the load | jobs per worker | checks |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...results.map((r) => {
        const bad = Object.entries(r.checks).filter(([, c]) => !c.ok).map(([k]) => k);
        return (
          `| ${r.apis} API + ${r.workers} worker | ${r.commands} | ${(r.commands / r.seconds).toFixed(0)} | ${r.p50.toFixed(1)} ms | ${r.p99.toFixed(1)} ms | ` +
          `${r.delivered.firings} | ${r.delivered.notifications} | ${r.delivered.webhookSent} | ${r.delivered.outboxDone} | ` +
          `${r.drained ? `${(r.drainMs / 1000).toFixed(1)} s` : `**not within ${SETTLE_MS / 1000} s**`} | ${r.perWorker.join(' / ')} | ${bad.length ? `**failed: ${bad.join(', ')}**` : `all ${Object.keys(r.checks).length} held`} |`
        );
      }),
      '',
      `Checks after each phase (cumulative over the run): ${[...INVARIANTS, 'once per id'].join(', ')}. Jobs per worker: ` +
        'outbox messages delivered and DEADLINE_MISSED sent, counted in each worker\'s log.',
    ];
    console.log(`\n${lines.join('\n')}\n`);
    for (const r of results) {
      for (const [k, c] of Object.entries(r.checks)) {
        if (!c.ok) console.error(`${r.name}: ${k}: ${c.figure}\n  ${c.problems.join('\n  ')}`);
      }
    }
    failed = results.some((r) => !r.drained || Object.values(r.checks).some((c) => !c.ok) || r.commands === 0);
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await cleanup();
  }
  if (failed) process.exit(1);
}

main().catch((err: Error) => {
  console.error(`bench:scale-out stopped: ${err.message}`);
  process.exit(1);
});
