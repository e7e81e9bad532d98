// What the HTTP benchmarks share: scratch databases, the pgbench -N baseline, the built API as its own process, and a
// keep-alive HTTP client. Each benchmark prints its figures next to a baseline measured in the same run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { Client } from 'pg';
import { withDatabase } from '../support/test-env';

export const ADMIN_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function adminQuery(sql: string): Promise<void> {
  const c = new Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

/** `pgbench -N` on a scratch database of scale 10: the same-run baseline, in transactions per second. */
export async function pgbenchTps(clients: number, seconds: number): Promise<number> {
  const db = `hoso_bench_pgbench_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${db}`);
  try {
    const u = new URL(withDatabase(ADMIN_URL, db));
    const args = ['-h', u.hostname, '-p', u.port || '5432', '-U', decodeURIComponent(u.username || 'postgres')];
    execFileSync('pgbench', [...args, '-i', '-s', '10', '-q', db], { stdio: 'ignore' });
    const out = execFileSync('pgbench', [...args, '-N', '-c', String(clients), '-j', '2', '-T', String(seconds), db], { encoding: 'utf8' });
    const m = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    if (!m) throw new Error(`could not read pgbench output:\n${out}`);
    return Number(m[1]);
  } finally {
    await adminQuery(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
  }
}

export interface HttpAnswer {
  status: number;
  body: any;
}

export class BenchHttp {
  private readonly agent: http.Agent;

  constructor(private readonly port: number, maxSockets: number) {
    this.agent = new http.Agent({ keepAlive: true, maxSockets });
  }

  call(method: string, path: string, token: string | undefined, body?: unknown): Promise<HttpAnswer> {
    return new Promise((resolve, reject) => {
      const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const req = http.request(
        {
          host: '127.0.0.1', port: this.port, path, method, agent: this.agent,
          headers: {
            ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = null;
            try {
              parsed = JSON.parse(text || 'null');
            } catch {
              parsed = text;
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
        },
      );
      req.on('error', reject);
      if (data) req.write(data);
      req.end();
    });
  }

  async login(username: string, password: string): Promise<string> {
    const res = await this.call('POST', '/auth/login', undefined, { username, password });
    if (res.status !== 200 && res.status !== 201) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.accessToken as string;
  }

  async waitForHealth(): Promise<void> {
    for (let i = 0; i < 120; i++) {
      try {
        if ((await this.call('GET', '/health', undefined)).status === 200) return;
      } catch {
        /* not up yet */
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error('API did not come up');
  }

  destroy(): void {
    this.agent.destroy();
  }
}

/** The built API (`dist/apps/api/src/main.js`) as its own process, in production mode, on the given database. */
export function startApi(opts: { url: string; port: number; pool: number; preload?: string[]; env?: Record<string, string> }): ChildProcess {
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  return spawn(process.execPath, [...profile, ...(opts.preload ?? []), 'dist/apps/api/src/main.js'], {
    env: {
      ...process.env, DATABASE_URL: opts.url, REDIS_URL, PORT: String(opts.port), LOG_LEVEL: 'warn', NODE_ENV: 'production',
      AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'), AUDIT_SIGNING_KEY: randomBytes(32).toString('base64'),
      IDENTITY_KEYS: `bench:${randomBytes(32).toString('base64')}`, DB_POOL_SIZE: String(opts.pool), ...opts.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export async function stopApi(api: ChildProcess | undefined): Promise<void> {
  if (!api || api.exitCode !== null) return;
  const exited = new Promise((r) => api.once('exit', r));
  api.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
