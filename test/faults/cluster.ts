// The fault suite's own PostgreSQL cluster and Redis, in a temporary directory on free loopback ports: never the
// shared servers on 5432 / 6379. PostgreSQL runs with its defaults (fsync on), since crash safety is what is tested.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, Socket, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

const run = promisify(execFile);

/** A port nobody listens on right now (the kernel's pick for port 0). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** initdb / pg_ctl: PG_BIN if set, else the newest /usr/lib/postgresql/<n>/bin, else the PATH. */
function pgBinary(name: string): string {
  if (process.env.PG_BIN) return join(process.env.PG_BIN, name);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
    for (const v of versions) if (existsSync(join(root, v, 'bin', name))) return join(root, v, 'bin', name);
  }
  return name;
}

/** PostgreSQL refuses to run as root: as root, every pg binary runs as the `postgres` user through runuser. */
export class PostgresCluster {
  readonly dataDir: string;
  private readonly asRoot = process.getuid?.() === 0;

  constructor(
    private readonly dir: string,
    readonly port: number,
  ) {
    this.dataDir = join(dir, 'pgdata');
  }

  url(database = 'hoso'): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }

  private pg(name: string, args: string[]) {
    const [cmd, argv] = this.asRoot ? ['runuser', ['-u', 'postgres', '--', pgBinary(name), ...args]] : [pgBinary(name), args];
    return run(cmd, argv, { timeout: 120_000, maxBuffer: 8 * 1024 * 1024 });
  }

  async init(): Promise<void> {
    if (this.asRoot) {
      const [{ stdout: uid }, { stdout: gid }] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]);
      chownSync(this.dir, Number(uid), Number(gid));
    }
    // --no-sync only spares initdb's own flush; the running server keeps fsync on.
    await this.pg('initdb', ['-D', this.dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await this.start();
    const client = new Client({ connectionString: this.url('postgres') });
    await client.connect();
    try {
      await client.query('CREATE DATABASE hoso');
    } finally {
      await client.end();
    }
  }

  async start(): Promise<void> {
    const opts = `-p ${this.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${this.dir} -c max_connections=200`;
    await this.pg('pg_ctl', ['-D', this.dataDir, '-l', join(this.dir, 'postgres.log'), '-o', opts, '-w', '-t', '60', 'start']);
  }

  /** `pg_ctl stop -m immediate`: every backend is killed without a checkpoint; the next start runs crash recovery. */
  async stopImmediate(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dataDir, '-m', 'immediate', '-w', '-t', '60', 'stop']);
  }

  /** Immediate stop, then start (crash recovery): answers how long the server was unreachable. */
  async restartImmediate(): Promise<number> {
    const t0 = Date.now();
    await this.stopImmediate();
    await this.start();
    return Date.now() - t0;
  }

  /** Best effort, for the clean-up path: an immediate stop, else SIGKILL of the postmaster named in postmaster.pid. */
  async destroy(): Promise<void> {
    const pidFile = join(this.dataDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return;
    await this.stopImmediate().catch(() => undefined);
    if (!existsSync(pidFile)) return;
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (pid > 0) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }
  }
}

/** One RESP command over a fresh connection (PING, FLUSHALL): the answer's first line, e.g. "+PONG". */
export function redisCommand(port: number, ...words: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = new Socket();
    const timer = setTimeout(() => socket.destroy(new Error(`redis :${port} did not answer ${words[0]}`)), 10_000);
    let answer = '';
    socket.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    socket.on('data', (chunk: Buffer) => {
      answer += chunk.toString('utf8');
      if (answer.includes('\r\n')) {
        clearTimeout(timer);
        socket.end();
        resolve(answer.split('\r\n')[0]);
      }
    });
    socket.connect(port, '127.0.0.1', () => socket.write(`*${words.length}\r\n${words.map((w) => `$${Buffer.byteLength(w)}\r\n${w}\r\n`).join('')}`));
  });
}

/** redis-server as a child process: nothing saved, nothing appended, so a restart starts empty. */
export class RedisServer {
  private child?: ChildProcess;

  constructor(
    readonly port: number,
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const bin = existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : 'redis-server';
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--logfile', this.logFile];
    this.child = spawn(bin, args, { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      if (this.child.exitCode !== null) throw new Error(`redis-server exited with ${this.child.exitCode} (see ${this.logFile})`);
      if ((await redisCommand(this.port, 'PING').catch(() => '')) === '+PONG') return;
      await sleep(100);
    }
    throw new Error('redis-server did not answer PING');
  }

  /** SIGKILL, waiting for the exit. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  async flushAll(): Promise<void> {
    const answer = await redisCommand(this.port, 'FLUSHALL');
    if (answer !== '+OK') throw new Error(`FLUSHALL answered ${answer}`);
  }
}

export function ensureDir(path: string): string {
  mkdirSync(path, { recursive: true });
  return path;
}
