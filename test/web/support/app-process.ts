// Starts the built application (`node dist/apps/embedded/src/main.js`) on a fresh embedded database and a free
// port, and reads the demo logins it prints on its first start.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningApp {
  baseUrl: string;
  logins: Record<string, string>;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** The demo logins from the start-up table: `│ 0 │ 'totocongtac' │ 'password' │ …`. */
export function parseLogins(output: string): Record<string, string> {
  const logins: Record<string, string> = {};
  for (const m of output.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']+)'\s*│/g)) logins[m[1]] = m[2];
  return logins;
}

export async function startApp(root: string, extraEnv: Record<string, string> = {}): Promise<RunningApp> {
  const dir = mkdtempSync(join(tmpdir(), 'hoso-web-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_DATA_DIR: join(dir, 'pglite'),
    EMBEDDED_PG_PORT: '0',
    DOCUMENT_DIR: join(dir, 'documents'),
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    NODE_ENV: 'development',
    ...extraEnv,
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child: ChildProcess = spawn(process.execPath, ['dist/apps/embedded/src/main.js'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the application exited (${child.exitCode}):\n${output.slice(-4000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the application did not answer /health within 120 s:\n${output.slice(-4000)}`);
    }
    const ok = await fetch(`${baseUrl}/health`).then((r) => r.ok, () => false);
    if (ok && Object.keys(parseLogins(output)).length > 0) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    baseUrl,
    logins: parseLogins(output),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => {
          const t = setTimeout(() => (child.kill('SIGKILL'), r(undefined)), 15_000);
          child.once('exit', () => (clearTimeout(t), r(undefined)));
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
