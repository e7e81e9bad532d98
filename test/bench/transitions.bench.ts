// npm run bench:transitions — HTTP transitions/s and latency on the real PostgreSQL, next to `pgbench -N`
// measured in the same run on the same machine. Prints a Markdown report (paste into docs/BENCHMARKS.md).
import 'reflect-metadata';
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { openDatabase } from '@hoso/core/database';
import { SCHEMA } from '../../migrations/schema';
import { withDatabase } from '../support/test-env';

const ADMIN = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 32);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const WARMUP_S = 3;
const PORT = Number(process.env.BENCH_PORT ?? 3987);

async function admin(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN });
  await c.connect();
  await c.query(sql);
  await c.end();
}

function pgbench(db: string): number {
  const u = new URL(withDatabase(ADMIN, db));
  const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
  execFileSync('pgbench', [...args, '-i', '-s', '10', '-q', db], { stdio: 'ignore' });
  const out = execFileSync('pgbench', [...args, '-N', '-c', String(CLIENTS), '-j', '2', '-T', String(SECONDS), db], { encoding: 'utf8' });
  const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
  if (!m) throw new Error(`could not read pgbench output:\n${out}`);
  return Number(m[1]);
}

const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });

function call(method: string, path: string, token: string | undefined, body?: unknown): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const req = http.request(
      {
        host: '127.0.0.1', port: PORT, path, method, agent,
        headers: { ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null') }));
      },
    );
    req.on('error', reject);
    if (data) req.write(data);
    req.end();
  });
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await call('GET', '/health', undefined)).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('API did not come up');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
  const tag = randomBytes(3).toString('hex');
  const pgDb = `hoso_bench_pgbench_${tag}`;
  const appDb = `hoso_bench_app_${tag}`;
  await admin(`CREATE DATABASE ${pgDb}`);
  await admin(`CREATE DATABASE ${appDb}`);
  let api: ReturnType<typeof spawn> | undefined;
  try {
    console.error(`pgbench -N, ${CLIENTS} clients, ${SECONDS}s …`);
    const baseline = pgbench(pgDb);

    const url = withDatabase(ADMIN, appDb);
    const ds = await openDatabase(url, SCHEMA, 2);
    const root = randomUUID();
    const ward = randomUUID();
    await ds.query(`INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1, NULL, 'B-ROOT', 'Thành ủy', 'PROVINCIAL', $2, '2020-01-01')`, [root, `/${root}/`]);
    await ds.query(`INSERT INTO org_unit (id, parent_id, code, name, level, path, valid_from) VALUES ($1, $2, 'B-WARD', 'Phường', 'GRASSROOTS', $3, '2020-01-01')`, [ward, root, `/${root}/${ward}/`]);
    const userId = randomUUID();
    await ds.query(`INSERT INTO app_user (id, username, display_name, password_hash, active) VALUES ($1, 'bench', 'Bench', $2, true)`, [userId, await hash('Bench-password-1')]);
    for (const role of ['TASK_FORCE_OFFICER', 'COMMITTEE_OFFICE', 'STANDING_COMMITTEE_MEMBER', 'SECRETARY']) {
      await ds.query(`INSERT INTO role_assignment (id, user_id, unit_id, role) VALUES ($1, $2, $3, $4)`, [randomUUID(), userId, root, role]);
    }
    await ds.destroy();

    const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
    api = spawn(process.execPath, [...profile, 'dist/apps/api/src/main.js'], {
      env: { ...process.env, DATABASE_URL: url, REDIS_URL: REDIS, PORT: String(PORT), LOG_LEVEL: 'warn', NODE_ENV: 'production', AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'), AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'), IDENTITY_KEYS: `bench:${randomBytes(32).toString('base64')}`, DB_POOL_SIZE: String(CLIENTS) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitForHealth();
    const token = (await call('POST', '/auth/login', undefined, { username: 'bench', password: 'Bench-password-1' })).body.accessToken as string;

    // One case walked from registration to archive: 8 transitions, 2 of them with outbox effects.
    const steps = (caseWard: string) => [
      { type: 'START_SCREENING' },
      { type: 'CLASSIFY', payload: { infoType: 'PHAN_ANH', subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' } } },
      { type: 'ASSIGN_TO_UNIT', payload: { unitId: caseWard } },
      { type: 'RETURN_TO_TASK_FORCE', payload: { handlingReport: { summary: 'Đã xử lý theo thẩm quyền' } } },
      { type: 'CONCLUDE', payload: { finding: 'PARTLY_FOUNDED', summary: 'Có cơ sở một phần', measures: { party: ['Kiểm điểm'], government: [], massOrganisation: [] } } },
      { type: 'NOTIFY', payload: { audiences: ['REPORTER'], summary: 'Thông báo kết quả' } },
      { type: 'ARCHIVE' },
    ];
    const start = Date.now();
    const measureFrom = start + WARMUP_S * 1000;
    const end = measureFrom + SECONDS * 1000;
    const latencies: number[] = [];
    let errors = 0;
    let cases = 0;
    const timed = async (fn: () => Promise<{ status: number; body: any }>) => {
      const t0 = process.hrtime.bigint();
      const res = await fn();
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
        const created = await timed(() =>
          call('POST', '/cases', token, {
            procedureId: 'quy-dinh-1374', orgUnitId: root,
            input: { title: 'Bench', source: 'VOTER', channel: 'MEETING', summary: 'Ý kiến cử tri', receivedAt: '2026-11-02T02:00:00.000Z' },
          }),
        );
        if (created.status !== 201) throw new Error(`create failed: ${JSON.stringify(created.body)}`);
        let version = created.body.case.version as number;
        for (const s of steps(ward)) {
          const r = await timed(() => call('POST', `/cases/${created.body.case.id}/events`, token, { ...s, expectedVersion: version }));
          if (r.status !== 200) throw new Error(`${s.type} failed: ${JSON.stringify(r.body)}`);
          version = r.body.case.version;
        }
        cases++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    latencies.sort((a, b) => a - b);
    const tps = latencies.length / SECONDS;
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const ratio = tps / baseline;
    const cpu = execFileSync('nproc', { encoding: 'utf8' }).trim();
    console.log(`
| measure (${CLIENTS} clients, ${SECONDS} s, ${cpu} cores) | value |
|---|---|
| pgbench -N (TPC-B-like, no branch/teller updates), tps | ${baseline.toFixed(0)} |
| hoso HTTP transitions/s (create + 7 events per case) | ${tps.toFixed(0)} |
| ratio hoso / pgbench -N | ${ratio.toFixed(2)} |
| p50 latency | ${p50.toFixed(1)} ms |
| p99 latency | ${p99.toFixed(1)} ms |
| cases walked to archive (whole run) | ${cases} |
| errors (measured window) | ${errors} |
`);
  } finally {
    api?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await admin(`DROP DATABASE IF EXISTS ${pgDb} WITH (FORCE)`).catch(() => undefined);
    await admin(`DROP DATABASE IF EXISTS ${appDb} WITH (FORCE)`).catch(() => undefined);
    agent.destroy();
  }
}

main().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
