// `npm run admin:create` and `start:api` with SEED_DEMO=true, each run as its own process against a fresh EMPTY
// database (no schema at all), as an operator runs them after `createdb`: the first administrator is created, can
// log in through the real API process, and is the only way in until they add others.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { Client } from 'pg';
import { passwordProblems } from '@hoso/access/password-policy';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

const STRONG = 'Quản-trị-2026-mạnh';
const WEAK = 'quantri';
const TS_NODE = ['-r', 'ts-node/register', '-r', 'tsconfig-paths/register'];

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The children get the test's database and nothing of the shared Redis: BullMQ keeps its queues in that database. */
function childEnv(url: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, TS_NODE_TRANSPILE_ONLY: '1', LOG_LEVEL: 'error', ...extra };
  delete env.REDIS_URL;
  delete env.NODE_OPTIONS;
  return env;
}

function adminCreate(url: string, args: string[], stdin: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'admin:create', '--', ...args], { env: childEnv(url), stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

async function sparePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Api {
  base: string;
  output: () => string;
  stop(): Promise<void>;
}

/** `start:api` (its source, through ts-node) on a spare port; answers once /health does. */
async function startApi(url: string): Promise<Api> {
  const port = await sparePort();
  const child: ChildProcess = spawn('node', [...TS_NODE, 'apps/api/src/main.ts'], {
    env: childEnv(url, { PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: 'true', BULLMQ_PREFIX: 'hoso-create-admin' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited: ${out}`);
    if (Date.now() > deadline) throw new Error(`API did not answer /health: ${out}`);
    const ok = await fetch(`${base}/health`).then((r) => r.status < 500, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    base,
    output: () => out,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function login(api: Api, username: string, password: string): Promise<{ status: number; token?: string }> {
  const res = await fetch(`${api.base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { accessToken?: string };
  return { status: res.status, token: body.accessToken };
}

/** Users and units; zero while the schema does not exist yet (nothing has ever run). */
async function counts(url: string): Promise<{ users: number; units: number; schema: boolean }> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const [{ present }] = (await c.query(`SELECT to_regclass('app_user') IS NOT NULL AS present`)).rows;
    if (!present) return { users: 0, units: 0, schema: false };
    const { rows } = await c.query(`SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM org_unit) AS units`);
    return { ...rows[0], schema: true };
  } finally {
    await c.end();
  }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

describe('npm run admin:create on an empty database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('refuses a weak password with every reason of the password policy, and creates nothing', async () => {
    const run = await adminCreate(db.url, ['--username', 'quantri', '--unit-name', 'Thành ủy Thử nghiệm'], `${WEAK}\n`);
    expect(run.code).toBe(1);
    const reasons = passwordProblems(WEAK, 'quantri').map((p) => p.message);
    expect(reasons.length).toBeGreaterThanOrEqual(3);
    for (const reason of reasons) expect(run.stderr).toContain(reason);
    expect(await counts(db.url)).toMatchObject({ users: 0, units: 0 });
  });

  it('refuses a password given as an argument without using it', async () => {
    const run = await adminCreate(db.url, ['--username', 'quantri', '--unit-name', 'Thành ủy', `--password=${STRONG}`], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Không nhận mật khẩu trong tham số dòng lệnh');
    expect(await counts(db.url)).toMatchObject({ users: 0, units: 0 });
  });

  it('refuses an empty password read from stdin', async () => {
    const run = await adminCreate(db.url, ['--username', 'quantri', '--unit-name', 'Thành ủy'], '');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Mật khẩu phải có ít nhất 12 ký tự (hiện có 0)');
  });

  it('migrates, creates the root unit and an ADMIN from stdin, who logs in through start:api; a second run refuses', async () => {
    const run = await adminCreate(
      db.url,
      ['--username', 'quantri', '--unit-name', 'Thành ủy Thử nghiệm', '--display-name', 'Nguyễn Quản Trị', '--unit-code', 'TU-TN'],
      `${STRONG}\n`,
    );
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('Đã tạo đơn vị gốc TU-TN');
    expect(run.stdout + run.stderr).not.toContain(STRONG);
    expect(await counts(db.url)).toEqual({ users: 1, units: 1, schema: true });

    const [assignment] = await query<{ username: string; display_name: string; role: string; code: string; name: string; parent_id: string | null }>(
      db.url,
      `SELECT u.username, u.display_name, r.role, o.code, o.name, o.parent_id
         FROM app_user u JOIN role_assignment r ON r.user_id = u.id JOIN org_unit o ON o.id = r.unit_id`,
    );
    expect(assignment).toEqual({ username: 'quantri', display_name: 'Nguyễn Quản Trị', role: 'ADMIN', code: 'TU-TN', name: 'Thành ủy Thử nghiệm', parent_id: null });
    const audit = await query<{ action: string; details: Record<string, unknown> }>(db.url, `SELECT action, details FROM audit_log WHERE action LIKE '%ADMIN%'`);
    expect(audit).toEqual([{ action: 'FIRST_ADMIN_CREATED', details: expect.objectContaining({ username: 'quantri', unitCode: 'TU-TN' }) }]);
    expect(JSON.stringify(audit)).not.toContain(STRONG);

    // The real API process, with SEED_DEMO on: a database with an administrator gets no demo users.
    const api = await startApi(db.url);
    try {
      expect((await login(api, 'quantri', 'Sai-mat-khau-2026')).status).toBe(401);
      const ok = await login(api, 'quantri', STRONG);
      expect(ok.status).toBe(200);
      const units = await fetch(`${api.base}/org-units`, { headers: { authorization: `Bearer ${ok.token}` } });
      expect(units.status).toBe(200);
      expect(((await units.json()) as { items: { code: string }[] }).items.map((u) => u.code)).toEqual(['TU-TN']);
      expect(api.output()).not.toContain('Tài khoản demo');
    } finally {
      await api.stop();
    }
    expect(await counts(db.url)).toMatchObject({ users: 1 });

    const again = await adminCreate(db.url, ['--username', 'quantri2', '--unit-name', 'Thành ủy khác'], `${STRONG}\n`);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Cơ sở dữ liệu đã có 1 người dùng và 1 đơn vị');
    expect(await counts(db.url)).toMatchObject({ users: 1, units: 1 });
  }, 180_000);

  it('adds one more administrator to an existing unit with --force-additional, and only to a unit that exists', async () => {
    const missing = await adminCreate(db.url, ['--username', 'quantri2', '--force-additional', '--unit-code', 'KHONG-CO'], `${STRONG}\n`);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy đơn vị.');
    const added = await adminCreate(db.url, ['--username', 'quantri2', '--force-additional', '--unit-code', 'TU-TN'], `${STRONG}\n`);
    expect(added.code).toBe(0);
    expect(await counts(db.url)).toMatchObject({ users: 2, units: 1 });
    const actions = await query<{ action: string }>(db.url, `SELECT action FROM audit_log WHERE action LIKE '%ADMIN%' ORDER BY id`);
    expect(actions.map((a) => a.action)).toEqual(['FIRST_ADMIN_CREATED', 'ADMIN_ADDED_FROM_CLI']);
  }, 60_000);
});

describe('start:api with SEED_DEMO=true on an empty database', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('migrates, seeds the demo organisation and prints its logins once; a printed login works', async () => {
    const first = await startApi(db.url);
    let printed: string;
    try {
      printed = first.output();
      expect(printed).toContain('Tài khoản demo (chỉ hiển thị một lần');
      // console.table: │ index │ 'quantri' │ '<password>' │ …
      const row = printed.split('\n').find((l) => l.includes("'quantri'"));
      const password = row?.match(/'quantri'\s*│\s*'([^']+)'/)?.[1];
      expect(password).toBeDefined();
      expect((await login(first, 'quantri', password!)).status).toBe(200);
    } finally {
      await first.stop();
    }
    expect(await counts(db.url)).toMatchObject({ users: 10, units: 4 });
    // The second start finds users: it seeds nothing and prints nothing.
    const second = await startApi(db.url);
    await second.stop();
    expect(second.output()).not.toContain('Tài khoản demo');
    expect(await counts(db.url)).toMatchObject({ users: 10, units: 4 });
  }, 240_000);
});
