// The faults, each injected under the steady load. `inject` does the damage and brings the process back (as a
// supervisor would); what it prints is the note of the table's row.
import type { Pool } from 'pg';
import { sleep, type PostgresCluster, type RedisServer } from './cluster';
import type { Load } from './load';
import type { AppProcess } from './processes';

export interface Mode {
  name: 'bounded' | 'full';
  clients: number;
  /** Seconds of load before and after the fault. */
  loadBefore: number;
  loadAfter: number;
  /** S cases moved due in the storm (four firings each). */
  stormDeadlines: number;
  stormKills: number;
  /** How long the system may take to catch up after a fault before the checks run anyway. */
  settleMs: number;
  /**
   * After a Redis loss, outbox rows and deliveries that were QUEUED wait until they are 5 minutes old before the relay
   * queues them again (REQUEUE_AFTER_SECONDS). The full form waits for it; the bounded one moves those rows' clock
   * back 5 minutes instead, so that the same relay path re-queues them now.
   */
  advanceRequeueClock: boolean;
  /** The run is stopped (and fails) past this: the bounded form never takes more than 6 minutes. */
  budgetMs?: number;
}

export const MODES: Record<Mode['name'], Mode> = {
  bounded: { name: 'bounded', clients: 4, loadBefore: 5, loadAfter: 5, stormDeadlines: 250, stormKills: 4, settleMs: 120_000, advanceRequeueClock: true, budgetMs: 360_000 },
  full: { name: 'full', clients: 6, loadBefore: 15, loadAfter: 15, stormDeadlines: 1250, stormKills: 10, settleMs: 420_000, advanceRequeueClock: false },
};

export interface Suite {
  mode: Mode;
  pg: PostgresCluster;
  redis: RedisServer;
  api: AppProcess;
  worker: AppProcess;
  load: Load;
  pool: Pool;
}

export interface Fault {
  name: string;
  what: string;
  /** Rows QUEUED when Redis lost its data: their jobs are gone with it. */
  losesQueue?: boolean;
  /** Work before the load starts (the storm fills its quota of cases). */
  prepare?(s: Suite): Promise<void>;
  inject(s: Suite): Promise<string>;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Move every storm deadline due (all four firings of each into one minute), then kill the worker again and again. */
async function firingStorm(s: Suite): Promise<string> {
  // Planned by the worker's next reconcile pass, in one batch: every firing is already due, so all go into the
  // current minute's bucket.
  const { rowCount } = await s.pool.query(
    `UPDATE deadline SET start_at = start_at - interval '60 days', due_at = due_at - interval '60 days', armed_generation = NULL, updated_at = now()
      WHERE status = 'PENDING' AND due_at > now() AND case_id = ANY($1::uuid[])`,
    [s.load.done.S],
  );
  let largest = 0;
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const { rows } = await s.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM deadline_firing GROUP BY bucket ORDER BY 1 DESC LIMIT 1`).catch(() => ({ rows: [] as { n: number }[] }));
      largest = Math.max(largest, rows[0]?.n ?? 0);
      await sleep(100);
    }
  })();
  const stormLeft = async () =>
    (await s.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM deadline_firing f JOIN deadline d ON d.id = f.deadline_id WHERE d.case_id = ANY($1::uuid[])`, [s.load.done.S])).rows[0].n;
  // A transaction of the worker writing deadline_firing: a bucket's chunk taking its rows (or a planner's batch).
  const firingTxOpen = async () =>
    (await s.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
        WHERE c.relname = 'deadline_firing' AND l.mode IN ('RowShareLock', 'RowExclusiveLock') AND l.pid <> pg_backend_pid()`,
    )).rows[0].n > 0;
  /** Kills the worker as soon as a firing transaction is open, or after `withinMs` anyway. */
  const killAimed = async (withinMs: number) => {
    const t = Date.now();
    let open = false;
    while (s.worker.running && Date.now() - t < withinMs && !(open = await firingTxOpen())) await sleep(5);
    const notTaken = await stormLeft();
    await s.worker.kill9();
    kills.push(`${notTaken}${open ? '*' : ''}`);
  };
  const kills: string[] = [];
  const t0 = Date.now();
  // The first kill aims at the firing itself: once the planned rows appear (committed), the worker takes the
  // minute's rows chunk by chunk; it is killed as soon as a chunk's transaction is open.
  while (s.worker.running && Date.now() - t0 < 30_000 && (await stormLeft()) === 0) await sleep(10);
  await killAimed(3000);
  for (let i = 1; i < s.mode.stormKills; i++) {
    await s.worker.start();
    // Then while the rest of the minute, its notices, the webhooks and the machine events are worked on.
    await killAimed(Math.random() * 2000);
  }
  await s.worker.start();
  polling = false;
  await poller;
  return (
    `${rowCount} deadlines moved due; ${largest} firings seen in one minute; ${s.mode.stormKills} kill -9 in ${secs(Date.now() - t0)}; ` +
    `storm firings not yet taken at each kill: ${kills.join(', ')} (* a firing transaction was open)`
  );
}

export const FAULTS: Fault[] = [
  { name: 'none (control)', what: 'load only', inject: async () => 'no fault' },
  {
    name: 'worker kill -9',
    what: 'SIGKILL of the worker mid-load, restarted',
    async inject(s) {
      await s.worker.kill9();
      return `worker back in ${secs(await s.worker.start())}`;
    },
  },
  {
    name: 'API kill -9',
    what: 'SIGKILL of the API mid-load, restarted',
    async inject(s) {
      await s.api.kill9();
      return `API back in ${secs(await s.api.start())}`;
    },
  },
  {
    name: 'PostgreSQL restart',
    what: 'pg_ctl stop -m immediate, then start (crash recovery)',
    async inject(s) {
      return `database unreachable for ${secs(await s.pg.restartImmediate())}`;
    },
  },
  {
    name: 'Redis FLUSHALL',
    what: 'FLUSHALL under load',
    losesQueue: true,
    async inject(s) {
      await s.redis.flushAll();
      return 'all queues and schedulers emptied';
    },
  },
  {
    name: 'Redis restart',
    what: 'SIGKILL of redis-server, started empty',
    losesQueue: true,
    async inject(s) {
      const t0 = Date.now();
      await s.redis.kill();
      await s.redis.start();
      return `Redis down ${secs(Date.now() - t0)}, started empty`;
    },
  },
  {
    name: 'worker kill storm',
    what: 'repeated SIGKILL of the worker during a minute of firings',
    async prepare(s) {
      await s.load.fillStormQuota(s.mode.clients);
    },
    inject: firingStorm,
  },
];
