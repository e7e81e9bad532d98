// The built API and worker as separate processes (node dist/…), each logging to its own file, killed with SIGKILL
// on purpose and watched for exits nobody asked for.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync, type WriteStream } from 'node:fs';
import { request } from 'node:http';
import { sleep } from './cluster';

export const DIST = {
  api: 'dist/apps/api/src/main.js',
  worker: 'dist/apps/worker/src/main.js',
  auditVerify: 'dist/apps/cli/src/audit-verify.cli.js',
  auditCheckpoint: 'dist/apps/cli/src/audit-checkpoint.cli.js',
  createAdmin: 'dist/apps/cli/src/create-admin.js',
};

/** The suite runs what `npm run build` produced: say so plainly when it is missing. */
export function assertBuilt(): void {
  const missing = Object.values(DIST).filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`the fault suite runs the built server: run \`npm run build\` first (missing ${missing.join(', ')})`);
}

/** An exit of the API or the worker that the suite did not cause. */
export interface UnplannedExit {
  name: string;
  code: number | null;
  signal: string | null;
  at: number;
  logTail: string;
}

/** GET http://127.0.0.1:port/path → status (0 when nothing answers). */
export function httpStatus(port: number, path: string, timeoutMs = 2000): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', timeout: timeoutMs }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

export function tail(file: string, lines = 25): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * One long-running server process. `start()` resolves once it is ready: for the API, `GET /health` answers 200;
 * for the worker, its start-up line ("worker started on …") is logged. `kill9()` is the fault; an exit at any other
 * time is recorded in `unplanned` (the runner starts the process again and fails the phase).
 */
export class AppProcess {
  private child?: ChildProcess;
  private log?: WriteStream;
  private expectingExit = false;
  private readySeen = false;
  readonly unplanned: UnplannedExit[] = [];

  constructor(
    readonly name: 'api' | 'worker',
    private readonly script: string,
    private readonly env: NodeJS.ProcessEnv,
    readonly logFile: string,
    private readonly httpPort?: number,
  ) {}

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  async start(timeoutMs = 90_000): Promise<number> {
    const t0 = Date.now();
    this.log ??= createWriteStream(this.logFile, { flags: 'a' });
    this.log.write(`\n==== ${new Date().toISOString()} start ${this.name}\n`);
    this.readySeen = false;
    this.expectingExit = false;
    const child = spawn(process.execPath, [this.script], { env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let recent = '';
    const onData = (chunk: Buffer) => {
      this.log?.write(chunk);
      if (this.readySeen || this.name !== 'worker') return;
      // The line may arrive split across two chunks.
      recent = recent.slice(-100) + chunk.toString('utf8');
      if (recent.includes('worker started on')) this.readySeen = true;
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      this.log?.write(`\n==== ${new Date().toISOString()} ${this.name} exited (code ${code}, signal ${signal})\n`);
      if (!this.expectingExit && this.child === child) {
        this.unplanned.push({ name: this.name, code, signal, at: Date.now(), logTail: tail(this.logFile) });
      }
    });
    while (Date.now() - t0 < timeoutMs) {
      if (!this.running || this.child !== child) throw new Error(`${this.name} exited while starting:\n${tail(this.logFile)}`);
      if (this.name === 'worker' ? this.readySeen : (await httpStatus(this.httpPort!, '/health')) === 200) return Date.now() - t0;
      await sleep(100);
    }
    throw new Error(`${this.name} not ready after ${timeoutMs} ms:\n${tail(this.logFile)}`);
  }

  /** The fault: SIGKILL, no shutdown hooks, in-flight work lost. Waits for the exit. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.expectingExit = true;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Graceful stop for the end of the run (SIGTERM, SIGKILL after `graceMs`). */
  async stop(graceMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || !this.running) return;
    this.expectingExit = true;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
  }

  /** Synchronous last resort for the exit path (Ctrl-C, a crash of the runner). */
  killNow(): void {
    if (this.running) {
      this.expectingExit = true;
      this.child!.kill('SIGKILL');
    }
  }

  closeLog(): void {
    this.log?.end();
  }
}

const clis = new Set<ChildProcess>();

/** A one-off CLI of the built server (audit:verify, audit:checkpoint, admin:create): exit code and output. */
export function runCli(script: string, args: string[], env: NodeJS.ProcessEnv, stdin?: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    clis.add(child);
    let out = '';
    child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      clis.delete(child);
      resolve({ code, out });
    });
    child.stdin!.end(stdin ?? '');
  });
}

/** The exit path: any CLI still running is killed. */
export function killClis(): void {
  for (const c of clis) c.kill('SIGKILL');
}
