import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createPostgresBackend, Queue, Worker, withBackend, type Processor, type QueueOptions, type WorkerOptions } from 'bullmq';
import IORedis from 'ioredis';
import { Pool } from 'pg';
import { APP_CONFIG } from '../config/app-config';
import type { EnvDto } from '../config/env.dto';
import type { QueueName } from './queue-names';

// Not exported from the package root; the backend's own migration runner, applied once at boot.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { runMigrations } = require('bullmq/dist/cjs/postgres/migrator.js') as {
  runMigrations(client: unknown, schema?: string): Promise<void>;
};

export type QueueBackendKind = 'redis' | 'postgres';

/**
 * BullMQ on Redis when REDIS_URL is set, otherwise on its PostgreSQL backend in the application's database.
 * On PostgreSQL we hand BullMQ our own pool: the search path (public, bullmq) is set at database level so it
 * also works on PGlite, where all connections share one session.
 */
@Injectable()
export class QueueBackend implements OnApplicationShutdown {
  readonly kind: QueueBackendKind;
  private redis?: IORedis;
  private pool?: Pool;
  private ready?: Promise<void>;
  private readonly queues = new Map<string, Queue>();
  private readonly workers: Worker[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: EnvDto) {
    this.kind = config.REDIS_URL ? 'redis' : 'postgres';
  }

  /**
   * Connects once. A failed attempt (e.g. PostgreSQL down at start) is not kept: the next call tries again, so the
   * queues come back with their store instead of staying down until a restart.
   */
  private init(): Promise<void> {
    this.ready ??= this.connect().catch(async (err: unknown) => {
      this.ready = undefined;
      const pool = this.pool;
      this.pool = undefined;
      await pool?.end().catch(() => undefined);
      throw err;
    });
    return this.ready;
  }

  private async connect(): Promise<void> {
    if (this.kind === 'redis') {
      this.redis = new IORedis(this.config.REDIS_URL!, { maxRetriesPerRequest: null });
      return;
    }
    this.pool = new Pool({ connectionString: this.config.DATABASE_URL, max: 5 });
    await this.pool.query('ALTER DATABASE ' + (await this.currentDatabase()) + ' SET search_path = public, bullmq');
    const client = await this.pool.connect();
    try {
      await runMigrations(client, 'bullmq');
    } finally {
      client.release();
    }
  }

  private async currentDatabase(): Promise<string> {
    const { rows } = await this.pool!.query<{ db: string }>('SELECT quote_ident(current_database()) AS db');
    return rows[0].db;
  }

  private options(): QueueOptions {
    return this.kind === 'redis'
      ? { connection: this.redis!, prefix: this.config.BULLMQ_PREFIX }
      : ({ connection: this.pool! } as unknown as QueueOptions);
  }

  private classes(): { Queue: typeof Queue; Worker: typeof Worker } {
    // The PostgreSQL-bound classes share the public API; their generics differ only in the connection type.
    return this.kind === 'redis' ? { Queue, Worker } : (withBackend(createPostgresBackend) as unknown as { Queue: typeof Queue; Worker: typeof Worker });
  }

  async queue(name: QueueName): Promise<Queue> {
    await this.init();
    const existing = this.queues.get(name);
    if (existing) return existing;
    const q = new (this.classes().Queue)(name, this.options());
    this.queues.set(name, q);
    return q;
  }

  async worker(name: QueueName, processor: Processor, opts: Partial<WorkerOptions> = {}): Promise<Worker> {
    await this.init();
    const w = new (this.classes().Worker)(name, processor, { ...this.options(), ...opts } as WorkerOptions);
    this.workers.push(w);
    return w;
  }

  /**
   * For /health: can we reach the queue's store? Answers within `timeoutMs`. The jobs' Redis client retries forever
   * and queues commands while offline, so a PING is sent only on a ready connection; otherwise we wait for it to
   * become ready, at most `timeoutMs`.
   */
  async ping(timeoutMs = 800): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    try {
      return await Promise.race([this.probe(timeoutMs), late]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  private async probe(timeoutMs: number): Promise<boolean> {
    await this.init();
    if (this.redis) {
      if (this.redis.status !== 'ready' && !(await this.readyWithin(this.redis, timeoutMs))) return false;
      return (await this.redis.ping()) === 'PONG';
    }
    await this.pool!.query('SELECT 1 FROM bullmq.meta LIMIT 1');
    return true;
  }

  /** Resolves true once `redis` is ready, false after `ms`; the listener never outlives the wait. */
  private readyWithin(redis: IORedis, ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        redis.off('ready', onReady);
        resolve(ok);
      };
      const onReady = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      redis.once('ready', onReady);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    if (this.redis) await this.redis.quit().catch(() => undefined);
    if (this.pool) await this.pool.end().catch(() => undefined);
  }
}
