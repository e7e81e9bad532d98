// npm run bench:transitions — HTTP transitions/s and latency on the real PostgreSQL, next to `pgbench -N`
// measured in the same run on the same machine. Prints a Markdown report (paste into docs/BENCHMARKS.md).
// `-- --smoke`: a few clients for 2 s after a 2 s baseline; exits 1 when any transition fails (CI runs it so that
// a broken benchmark is noticed). `-- --floor`: instead of the HTTP phase, the API's SQL for one walk replayed without
// the API (transitions-floor.ts), next to the same baseline.
import 'reflect-metadata';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { Client } from 'pg';
import * as path from 'node:path';
import { hash } from '@node-rs/argon2';
import { openDatabase } from '@hoso/core/database';
import { SCHEMA } from '../../migrations/schema';
import { withDatabase } from '../support/test-env';
import { ADMIN_URL, adminQuery, BenchHttp, percentile, pgbenchTps, startApi, stopApi, type HttpAnswer } from './bench-support';
import { recordedWalk, replayWalk, tapLines } from './transitions-floor';

const SMOKE = process.argv.includes('--smoke');
const FLOOR = process.argv.includes('--floor');
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? (SMOKE ? 4 : 32));
const SECONDS = Number(process.env.BENCH_SECONDS ?? (SMOKE ? 2 : 20));
const WARMUP_S = SMOKE ? 0 : 3;
const PORT = Number(process.env.BENCH_PORT ?? 3987);
const PASSWORD = 'Bench-password-1';

async function main(): Promise<void> {
  const appDb = `hoso_bench_app_${randomBytes(3).toString('hex')}`;
  const http = new BenchHttp(PORT, CLIENTS);
  let api: ChildProcess | undefined;
  await adminQuery(`CREATE DATABASE ${appDb}`);
  try {
    console.error(`pgbench -N, ${CLIENTS} clients, ${SECONDS}s …`);
    const baseline = await pgbenchTps(CLIENTS, SECONDS);

    const url = withDatabase(ADMIN_URL, appDb);
    const ds = await openDatabase(url, SCHEMA, 2);
    const root = randomUUID();
    const ward = randomUUID();
    await ds.query(`INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1, NULL, 'B-ROOT', 'Thành ủy', 'PROVINCIAL', $2, '2020-01-01')`, [root, `/${root}/`]);
    await ds.query(`INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1, $2, 'B-WARD', 'Phường', 'GRASSROOTS', $3, '2020-01-01')`, [ward, root, `/${root}/${ward}/`]);
    // Separation of duties: whoever sends RETURN_TO_TASK_FORCE may not CONCLUDE the same case (QĐ 1374, EventSpec
    // separateFrom). `bench` walks the case; `bench-btv`, a standing committee member, concludes it.
    const passwordHash = await hash(PASSWORD);
    const users: Record<string, string[]> = {
      bench: ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'STANDING_COMMITTEE_MEMBER', 'SECRETARY'],
      'bench-btv': ['STANDING_COMMITTEE_MEMBER'],
    };
    for (const [username, roles] of Object.entries(users)) {
      const userId = randomUUID();
      await ds.query(`INSERT INTO app_user (id, username, display_name, password_hash, active) VALUES ($1, $2, $2, $3, true)`, [userId, username, passwordHash]);
      for (const role of roles) {
        await ds.query(`INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)`, [randomUUID(), userId, root, role]);
      }
    }
    await ds.destroy();

    // BENCH_SQL_TAP=/file: every statement the API runs is recorded (test/bench/sql-tap.ts) and counted per request.
    const tap = process.env.BENCH_SQL_TAP ?? (FLOOR ? path.join(os.tmpdir(), `${appDb}.sql.jsonl`) : undefined);
    if (tap) rmSync(tap, { force: true });
    api = startApi({
      url, port: PORT, pool: CLIENTS,
      ...(tap
        ? { preload: ['-r', require.resolve('ts-node/register/transpile-only'), '-r', path.join(__dirname, 'sql-tap.ts')], env: { BENCH_SQL_TAP: tap } }
        : {}),
    });
    await http.waitForHealth();
    const token = await http.login('bench', PASSWORD);
    const concluder = await http.login('bench-btv', PASSWORD);

    // One case walked from registration to archive: 8 transitions, 2 of them with outbox effects.
    const steps = (caseWard: string) => [
      { type: 'START_SCREENING' },
      { type: 'CLASSIFY', payload: { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } } },
      { type: 'ASSIGN_TO_UNIT', payload: { unitId: caseWard } },
      { type: 'RETURN_TO_TASK_FORCE', payload: { handlingReport: { summary: 'Đã xử lý theo thẩm quyền' } } },
      { type: 'CONCLUDE', by: concluder, payload: { finding: 'PARTLY_FOUNDED', summary: 'Có cơ sở một phần', measures: { party: ['Kiểm điểm'], government: [], massOrganisation: [] } } },
      { type: 'NOTIFY', payload: { audiences: ['REPORTER'], summary: 'Thông báo kết quả' } },
      { type: 'ARCHIVE' },
    ];
    /** One case from registration to archive; answers its id. */
    const walkOne = async (timed: (fn: () => Promise<HttpAnswer>) => Promise<HttpAnswer>): Promise<string> => {
      const created = await timed(() =>
        http.call('POST', '/cases', token, {
          procedureId: 'quy-dinh-1374', orgUnitId: root,
          input: { title: 'Bench', source: 'VOTER', channel: 'MEETING', summary: 'Ý kiến cử tri', receivedAt: '2026-11-02T02:00:00.000Z' },
        }),
      );
      if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
      let version = created.body.case.version as number;
      for (const { by, ...s } of steps(ward)) {
        const r = await timed(() => http.call('POST', `/cases/${created.body.case.id}/events`, by ?? token, { ...s, expectedVersion: version }));
        if (r.status !== 200) throw new Error(`${s.type} failed: ${r.status} ${JSON.stringify(r.body)}`);
        version = r.body.case.version;
      }
      return created.body.case.id as string;
    };

    if (FLOOR && tap) {
      await walkOne((fn) => fn()); // warms the API's caches, so the recorded walk is a steady one
      const from = tapLines(tap).length;
      const caseId = await walkOne((fn) => fn());
      const db = new Client({ connectionString: url });
      await db.connect();
      const written = async () =>
        (await db.query<{ n: number }>(`SELECT (SELECT count(*) FROM case_event)::int AS n`)).rows[0].n;
      const walk = await recordedWalk(tap, from, db, caseId);
      await stopApi(api);
      const before = await written();
      const { walks, error } = await replayWalk(url, walk, CLIENTS, SECONDS);
      if (error) throw new Error(`the replayed walk failed: ${error}`);
      // A write whose condition no longer held would write nothing without failing: every replayed step must have
      // left its timeline row (walks finished after the window add more).
      const events = (await written()) - before;
      await db.end();
      if (events < walks * 8) throw new Error(`the replay wrote ${events} timeline rows for ${walks} walks of 8 steps`);
      const tps = (walks * 8) / SECONDS;
      console.log(`
| measure (${CLIENTS} clients, ${SECONDS} s, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores) | value |
|---|---|
| pgbench -N (TPC-B-like, no branch/teller updates), tps | ${baseline.toFixed(0)} |
| statements of one walk (a create and 7 events), replayed | ${walk.statements.length} |
| hoso's SQL without the API (node-postgres, named statements), transitions/s | ${tps.toFixed(0)} |
| ratio to pgbench -N | ${(tps / baseline).toFixed(2)} |
| timeline rows the replay wrote (8 per walk) | ${events} for ${walks} walks in the window |
`);
      return;
    }

    const start = Date.now();
    const measureFrom = start + WARMUP_S * 1000;
    const end = measureFrom + SECONDS * 1000;
    const latencies: number[] = [];
    let errors = 0;
    let cases = 0;
    let requests = 0;
    const timed = async (fn: () => Promise<HttpAnswer>) => {
      const t0 = process.hrtime.bigint();
      const res = await fn();
      requests++;
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const now = Date.now();
      if (now >= measureFrom && now < end) {
        if (res.status >= 400) errors++;
        else latencies.push(ms);
      }
      return res;
    };
    const client = async () => {
      while (Date.now() < end) {
        await walkOne(timed);
        cases++;
      }
    };
    // CPU used in the measured window by the API process and by the PostgreSQL backends of the app database, per
    // transition: steadier than throughput on a shared machine (it does not count what other processes take).
    const cpuAt: { api: number; pg: number }[] = [];
    const sampleCpu = async () => {
      const c = new Client({ connectionString: ADMIN_URL });
      await c.connect();
      const { rows } = await c.query(`SELECT pid FROM pg_stat_activity WHERE datname = $1`, [appDb]).finally(() => c.end());
      cpuAt.push({ api: cpuSeconds(api?.pid), pg: rows.reduce((sum, r: { pid: number }) => sum + cpuSeconds(r.pid), 0) });
    };
    const samples = [
      new Promise<void>((r) => setTimeout(() => void sampleCpu().then(r, r), measureFrom - Date.now())),
      new Promise<void>((r) => setTimeout(() => void sampleCpu().then(r, r), end - Date.now())),
    ];
    await Promise.all(Array.from({ length: CLIENTS }, client));
    await Promise.all(samples);
    latencies.sort((a, b) => a - b);
    const tps = latencies.length / SECONDS;
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const ratio = tps / baseline;
    const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
    console.log(`
| measure (${CLIENTS} clients, ${SECONDS} s, ${cpu} cores${SMOKE ? ', smoke' : ''}) | value |
|---|---|
| pgbench -N (TPC-B-like, no branch/teller updates), tps | ${baseline.toFixed(0)} |
| hoso HTTP transitions/s (create + 7 events per case) | ${tps.toFixed(0)} |
| ratio hoso / pgbench -N | ${ratio.toFixed(2)} |
| p50 latency | ${p50?.toFixed(1)} ms |
| p99 latency | ${p99?.toFixed(1)} ms |
| cases walked to archive (whole run) | ${cases} |
| errors (measured window) | ${errors} |
${cpuAt.length === 2 && latencies.length > 0 ? `| CPU per transition: API process / PostgreSQL backends | ${(((cpuAt[1].api - cpuAt[0].api) * 1000) / latencies.length).toFixed(2)} ms / ${(((cpuAt[1].pg - cpuAt[0].pg) * 1000) / latencies.length).toFixed(2)} ms |
` : ''}`);
    if (tap && existsSync(tap)) {
      // Statements per request over the whole run (warm-up included), the two logins before it excepted.
      const lines = readFileSync(tap, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; ms: number });
      const byText = new Map<string, number>();
      for (const l of lines) {
        const key = l.text.replace(/\s+/g, ' ').trim().slice(0, 90);
        byText.set(key, (byText.get(key) ?? 0) + 1);
      }
      console.log(`statements: ${lines.length} for ${requests} requests (${(lines.length / requests).toFixed(2)} per request)`);
      for (const [text, n] of [...byText].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${(n / requests).toFixed(2)}  ${text}`);
    }
    if (errors > 0 || cases === 0) throw new Error(`${errors} transitions failed, ${cases} cases walked to archive`);
  } finally {
    await stopApi(api);
    await adminQuery(`DROP DATABASE IF EXISTS ${appDb} WITH (FORCE)`).catch(() => undefined);
    http.destroy();
  }
}

/** User + system CPU seconds of a process so far (Linux /proc; 0 when it is gone or elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
