// npm run bench:deadlines — deadlines at scale on the real PostgreSQL and Redis, next to redis-benchmark measured
// in the same run. Prints a Markdown report (paste into docs/BENCHMARKS.md).
//  1. N open deadlines (default 1,000,000) are planned (one deadline_firing row per firing) and armed (one job per
//     minute that has firings): time, process memory, table size, Redis memory per job and per deadline.
//  2. FLUSHALL, then the reconciler notices the lost queue and re-arms every bucket from the database: time.
//  3. A burst of B cases (default 10,000) whose deadlines fall due in the same minute, handled by the real worker:
//     lag between the due instant and each escalation's delivery (its notifications to the secretary and the
//     standing committee, MISSED), then how long the machine events (DEADLINE_MISSED, one job each) take to drain.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { loadConfig } from '@hoso/core/config';
import { openDatabase } from '@hoso/core/database';
import { QueueBackend, QueueName } from '@hoso/core/queue';
import { AuditLogService } from '@hoso/core/audit-log/audit-log.service';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { applyEvent, startCase, type PersistedSnapshot } from '@hoso/workflows';
import { quyDinh1374V1 } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { DeadlineFiringRepository } from '@hoso/deadlines/repositories/deadline-firing.repository';
import { DeadlineRepository } from '@hoso/deadlines/repositories/deadline.repository';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { SCHEMA } from '../../migrations/schema';
import { withDatabase } from '../support/test-env';

const ADMIN = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const N = Number(process.env.BENCH_DEADLINES ?? 1_000_000);
const BURST = Number(process.env.BENCH_BURST ?? 10_000);

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN });
  await c.connect();
  await c.query(sql);
  await c.end();
}

function redisBaseline(): number {
  const out = execFileSync('redis-benchmark', ['-h', '127.0.0.1', '-p', '6379', '-t', 'set', '-n', '200000', '-q', '-P', '1', '-c', '32'], { encoding: 'utf8' });
  const m = /SET: ([\d.]+) requests per second/.exec(out);
  return m ? Number(m[1]) : NaN;
}

async function redisUsedMemory(r: IORedis): Promise<number> {
  const info = await r.info('memory');
  return Number(/used_memory:(\d+)/.exec(info)![1]);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const tag = randomBytes(3).toString('hex');
  const db = `hoso_bench_dl_${tag}`;
  const prefix = `hoso-bench-${tag}`;
  await admin(`CREATE DATABASE ${db}`);
  const url = withDatabase(ADMIN, db);
  const redis = new IORedis(REDIS);
  const config = loadConfig({}, { DATABASE_URL: url, REDIS_URL: REDIS, BULLMQ_PREFIX: prefix, LOG_LEVEL: 'warn', NODE_ENV: 'production', AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'), AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'), IDENTITY_KEYS: `bench:${randomBytes(32).toString('base64')}` });
  const ds = await openDatabase(url, SCHEMA, 10);
  const queues = new QueueBackend(config);
  const calendars = new CalendarService(ds, new AuditLogService());
  const arming = new ArmDeadlinesJob(config, ds, queues, calendars, new DeadlineRepository(ds), new DeadlineFiringRepository(ds));
  try {
    const baseline = redisBaseline();
    const year = new Date().getUTCFullYear();
    await calendars.ensureSeeded([year, year + 1]);

    // 1. N open deadlines over the next 60 days, due at the end of a Vietnamese day as the planner sets them
    //    (working-day rules: reminders 3 and 1 working days before).
    await ds.query(
      `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, created_at, updated_at)
       SELECT gen_random_uuid(), gen_random_uuid(), 'explanation', 'A.PRESS_EXPLAIN', now(),
              date_trunc('day', now()) + ((i % 60) + 5) * interval '1 day' + interval '16 hours 59 minutes 59.999 seconds',
              'PENDING', 1, 1, now(), now()
         FROM generate_series(1, $1) AS i`,
      [N],
    );
    const mem0 = await redisUsedMemory(redis);
    const rss0 = process.memoryUsage().rss;
    let t = Date.now();
    const first = await arming.reconcile();
    const armSeconds = (Date.now() - t) / 1000;
    const rss1 = process.memoryUsage().rss;
    const queue = await queues.queue(QueueName.DEADLINES);
    const counts = await queue.getJobCounts('delayed', 'waiting');
    const jobs = counts.delayed + counts.waiting;
    const mem1 = await redisUsedMemory(redis);
    const [{ firings, buckets, tableBytes }] = await ds.query(
      `SELECT (SELECT count(*)::int FROM deadline_firing) AS firings, (SELECT count(DISTINCT bucket)::int FROM deadline_firing) AS buckets,
              pg_total_relation_size('deadline_firing')::bigint AS "tableBytes"`,
    );

    // 2. Redis loses everything; the reconciler re-arms from the database.
    await redis.flushall();
    t = Date.now();
    const second = await arming.reconcile();
    const reconcileSeconds = (Date.now() - t) / 1000;
    const [{ lost }] = await ds.query(
      `SELECT count(*)::int AS lost FROM deadline d WHERE d.status = 'PENDING'
          AND NOT EXISTS (SELECT 1 FROM deadline_firing f WHERE f.deadline_id = d.id AND f.generation = d.generation)`,
    );

    // 3. Burst: B real 1374 cases waiting for an explanation, all due in the same minute, on a clean queue.
    await redis.flushall();
    await ds.query(`TRUNCATE deadline, deadline_firing`);
    const root = randomUUID();
    await ds.query(`INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1, NULL, 'B', 'Thành ủy', 'PROVINCIAL', $2, '2020-01-01')`, [root, `/${root}/`]);
    // The people an escalation notifies: the secretary and two standing committee members (and the reminder staff).
    await ds.query(
      `WITH u AS (INSERT INTO app_user (id, username, display_name, password_hash)
                  SELECT gen_random_uuid(), 'bench-' || r || '-' || i, 'Bench', 'x'
                    FROM (VALUES ('SECRETARY', 1), ('STANDING_COMMITTEE_MEMBER', 2), ('TASK_FORCE_OFFICER', 1), ('COMMITTEE_OFFICE', 1)) AS p(r, n),
                         generate_series(1, p.n) AS i RETURNING id, split_part(username, '-', 2) AS role)
       INSERT INTO role_assignment (id, user_id, unit_id, role) SELECT gen_random_uuid(), u.id, $1, u.role FROM u`,
      [root],
    );
    let snap: PersistedSnapshot = startCase(quyDinh1374V1, {
      title: 'Bench', source: 'PRESS', channel: 'PUBLICATION', summary: 'Báo phản ánh', receivedAt: '2026-11-02T02:00:00.000Z', publishedAt: '2026-11-02T01:00:00.000Z',
    }).snapshot;
    for (const ev of [
      { type: 'START_SCREENING', payload: {} },
      { type: 'CLASSIFY', payload: { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } } },
      { type: 'REQUEST_EXPLANATION', payload: {} },
    ]) {
      const o = applyEvent(quyDinh1374V1, snap, { ...ev, actorId: root, occurredAt: new Date().toISOString() });
      if (o.kind !== 'taken') throw new Error(`bench setup: ${ev.type} ${o.kind}`);
      snap = o.snapshot;
    }
    // The last millisecond of a minute, ≥ 45 s ahead, as a due is the last millisecond of a day: the escalation
    // instant (due + 1 ms) is then on the minute, as the policy's instants are.
    const dueAt = new Date(Math.ceil((Date.now() + 45_000) / 60_000) * 60_000 - 1);
    await ds.query(
      `WITH c AS (
         INSERT INTO "case" (id, procedure_id, machine_version, snapshot, state, status, report_category, tags, version, org_unit_id,
                             title, chain_head, created_by, received_at)
         SELECT gen_random_uuid(), 'quy-dinh-1374', 1, $1::jsonb, 'explanationRequested', 'OPEN', 'IN_PROGRESS', '{}'::jsonb, 4, $2,
                'Bench', repeat('0', 64), $2, now()
           FROM generate_series(1, $3) RETURNING id)
       INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, created_at, updated_at)
       SELECT gen_random_uuid(), c.id, 'explanation', 'A.PRESS_EXPLAIN', now(), $4, 'PENDING', 1, 4, now(), now() FROM c`,
      [JSON.stringify(snap), root, BURST, dueAt],
    );
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot({ ...config, DEADLINE_ARM_EVERY_MS: 1000 } as typeof config, ds), { logger: ['error'] });
    // When each delivery became visible to others (committed), polled every 50 ms from a connection of its own.
    const poll = new Client({ connectionString: url });
    await poll.connect();
    const seen: { at: number; n: number }[] = [];
    const until = dueAt.getTime() + 180_000;
    while (Date.now() < until) {
      const { rows } = await poll.query<{ n: number }>(`SELECT count(*)::int AS n FROM deadline_delivery WHERE kind = 'ESCALATE'`);
      if (rows[0].n > (seen.at(-1)?.n ?? 0)) seen.push({ at: Date.now(), n: rows[0].n });
      if (rows[0].n >= BURST) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const lags: number[] = (
      await ds.query(
        `SELECT extract(epoch FROM (dd.delivered_at - d.due_at)) * 1000 AS ms
           FROM deadline_delivery dd JOIN deadline d ON d.id = dd.deadline_id WHERE dd.kind = 'ESCALATE'`,
      )
    ).map((r: { ms: string }) => Number(r.ms)).sort((a: number, b: number) => a - b);
    // The k-th delivery was visible at the first poll that counted k or more.
    const visible: number[] = [];
    for (const s of seen) while (visible.length < s.n) visible.push(s.at - dueAt.getTime());
    const [{ notified }] = await ds.query(`SELECT count(*)::int AS notified FROM notification WHERE kind = 'ESCALATE'`);
    let moved = 0;
    while (Date.now() < until + 300_000) {
      [{ moved }] = await ds.query(`SELECT count(*)::int AS moved FROM "case" WHERE state = 'explanationOverdue'`);
      if (moved >= BURST) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const drainedSeconds = (Date.now() - dueAt.getTime()) / 1000;
    await poll.end();
    await worker.close();

    console.log(`
| measure | value |
|---|---|
| baseline: redis-benchmark SET, 32 clients, requests/s | ${baseline.toFixed(0)} |
| deadlines planned and armed | ${first.armed.toLocaleString('en')} (${firings.toLocaleString('en')} firings in ${buckets.toLocaleString('en')} buckets; ${jobs.toLocaleString('en')} delayed jobs with the sentinel) |
| time to plan and arm them | ${armSeconds.toFixed(1)} s (${(first.armed / armSeconds).toFixed(0)} deadlines/s) |
| arming process RSS growth | ${((rss1 - rss0) / 1048576).toFixed(0)} MiB |
| deadline_firing size (table and indexes) | ${(Number(tableBytes) / 1048576).toFixed(0)} MiB (${(Number(tableBytes) / Math.max(1, first.armed)).toFixed(0)} bytes per deadline) |
| Redis memory per job / per deadline | ${((mem1 - mem0) / Math.max(1, jobs)).toFixed(0)} / ${((mem1 - mem0) / Math.max(1, first.armed)).toFixed(1)} bytes |
| reconcile after FLUSHALL | ${reconcileSeconds.toFixed(1)} s: ${second.buckets.toLocaleString('en')} buckets re-armed for ${N.toLocaleString('en')} deadlines, ${second.armed} planned again (re-armed all: ${second.rearmedAll}; open deadlines without planned firings: ${lost}) |
| burst: escalations delivered | ${lags.length.toLocaleString('en')} of ${BURST.toLocaleString('en')}, ${notified.toLocaleString('en')} notifications |
| burst lag due → claimed (delivered_at), p50 / p99 / max | ${pct(lags, 50)?.toFixed(0)} / ${pct(lags, 99)?.toFixed(0)} / ${lags[lags.length - 1]?.toFixed(0)} ms |
| burst lag due → committed (seen by a 50 ms poll), p50 / p99 / max | ${pct(visible, 50)?.toFixed(0)} / ${pct(visible, 99)?.toFixed(0)} / ${visible[visible.length - 1]?.toFixed(0)} ms |
| machine events drained (cases moved by DEADLINE_MISSED) | ${moved.toLocaleString('en')} of ${BURST.toLocaleString('en')}, ${drainedSeconds.toFixed(1)} s after the due |
`);
  } finally {
    await queues.onApplicationShutdown();
    await ds.destroy().catch(() => undefined);
    const keys = await redis.keys(`${prefix}:*`);
    for (let i = 0; i < keys.length; i += 1000) await redis.del(...keys.slice(i, i + 1000));
    await redis.quit();
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  }
}

main().catch((err: Error) => {
  console.error(err.stack ?? err.message);
  process.exit(1);
});
