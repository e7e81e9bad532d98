// Deadline reminders and escalation: the reconciler arms each open deadline's jobs on the queue (deterministic ids,
// a sentinel job to notice a lost queue); the fire handler reloads, skips stale jobs, claims (deadline, generation,
// kind) in deadline_delivery and only then notifies, and on ESCALATE marks the deadline MISSED and sends the case
// machine DEADLINE_MISSED. Runs on the real PostgreSQL + Redis, or on PGlite with BullMQ's PostgreSQL backend.
//
// Nobody waits for days: a deadline is made due by moving `deadline.due_at` in SQL (and resetting
// `armed_generation`), then `DeadlineArmingService.reconcile()` arms it and the worker in the test app fires it.
// The worker's own arming loop (a BullMQ job scheduler) is checked first and then removed, so that every later
// reconcile() is the test's own and its answer is deterministic. Jobs run by the worker are awaited through the
// worker's own 'completed' / 'failed' events, not by polling the queue while a handler runs.
//
// Embedded mode (BullMQ on PGlite) needs two accommodations, both reported:
// - the worker is not woken by NOTIFY: pglite-socket hands a notification to the connection whose statement raised
//   it, never to BullMQ's LISTEN connection, so an idle worker sleeps until its next delayed job. After putting
//   jobs on the queue the test wakes it (`wake()`: pause + resume, which makes the worker fetch at once).
// - pglite-socket 0.2.17 runs every connection on PGlite's one session and lets another connection's messages in
//   between a client's Parse and Bind when a transaction starts or ends in between: a transaction (the fire
//   handler's) racing other connections fails ("bind message supplies 3 parameters, but prepared statement ""
//   requires 2", 'portal "" does not exist') or runs another client's statement with its parameters. So there the
//   deadlines worker takes one job at a time and is paused between the tests that need it, and the other queues'
//   workers (outbox, notification channels: not under test here) are paused.
import type { Job, Worker } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { CaseCommandService, SYSTEM_ACTOR_ID } from '@hoso/cases/services/case-command.service';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { addCalendarDays, toVietnamDate } from '@hoso/deadlines/calendar';
import { planFirings, workingDaysBefore } from '@hoso/deadlines/reminders/reminder-policy';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { Role } from '@hoso/workflows';
import { DeadlineArmingService, type FireJob } from '../../apps/worker/src/deadline-arming.service';
import { DeadlineFireHandler } from '../../apps/worker/src/deadline-fire.handler';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

type Who = keyof DemoOrg['tokens'];
type Queue = Awaited<ReturnType<QueueBackend['queue']>>;

interface DeadlineRow {
  id: string;
  case_id: string;
  key: string;
  status: string;
  generation: number;
  start_at: Date;
  due_at: Date | null;
  armed_generation: number | null;
  closed_at: Date | null;
}

interface DeliveryRow {
  deadline_id: string;
  generation: number;
  kind: string;
}

interface NotificationRow {
  id: string;
  user_id: string;
  kind: string;
  title: string;
  source_key: string;
  read_at: Date | null;
}

const WAIT_MS = 20_000;
const SENTINEL = jobId('sentinel', 'deadlines');
const ARM_SCHEDULER = jobId('arm', 'deadlines');
const REMIND_DAYS = [3, 1]; // the default REMINDER_WORKING_DAYS
const CLASSIFY = {
  infoType: 'PHAN_ANH',
  subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
};

/** Poll `probe` until it answers something truthy; fail with `what` after `timeoutMs`. */
async function waitFor<T>(what: string | (() => string), probe: () => Promise<T | undefined | null | false>, timeoutMs = WAIT_MS): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe('deadline reminders', () => {
  let t: TestApp;
  let org: DemoOrg;
  let arming: DeadlineArmingService;
  let fire: DeadlineFireHandler;
  let queue: Queue;
  let config: EnvDto;
  let embedded = false;
  let deadlinesWorker: Worker;
  let keepWorkerRunning = true; // the first tests watch the worker as it runs at start
  const runs = new Map<string, { ok: boolean; result: unknown }[]>();
  const finished = (id: string) => runs.get(id) ?? runs.set(id, []).get(id)!;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    org = await seedOrg(t);
    arming = t.app.get(DeadlineArmingService);
    fire = t.app.get(DeadlineFireHandler);
    queue = await t.app.get(QueueBackend).queue(QueueName.DEADLINES);
    config = t.app.get<EnvDto>(APP_CONFIG);
    const backend = t.app.get(QueueBackend);
    embedded = backend.kind === 'postgres';
    // The worker consumers are private to QueueBackend; the test listens to the deadlines worker's events.
    const workers = (backend as unknown as { workers: Worker[] }).workers;
    deadlinesWorker = workers.find((w) => w.name === QueueName.DEADLINES)!;
    expect(deadlinesWorker).toBeDefined();
    deadlinesWorker.on('completed', (job, result) => finished(job.id!).push({ ok: true, result }));
    deadlinesWorker.on('failed', (job, err) => job && finished(job.id!).push({ ok: false, result: err.message }));
    if (embedded) {
      deadlinesWorker.concurrency = 1;
      for (const w of workers) if (w !== deadlinesWorker) await w.pause();
    }
  });
  afterEach(async () => {
    // Embedded: quiet between tests (waits for a running job to finish).
    if (embedded && !keepWorkerRunning) await deadlinesWorker.pause();
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await t?.close();
  });

  const as = (who: Who) => ({ Authorization: `Bearer ${org.tokens[who]}` });

  async function step(caseId: string, type: string, expectedVersion: number, who: Who, payload?: unknown): Promise<void> {
    const res = await t.http.post(`/cases/${caseId}/events`).set(as(who)).send({ type, expectedVersion, ...(payload === undefined ? {} : { payload }) });
    if (res.status !== 200) throw new Error(`${type} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }

  /** A press item published now, screened, classified and asked for an explanation (version 4, one deadline). */
  async function pressCase(unit: 'city' | 'wardB' = 'city', publishedAt = new Date().toISOString()): Promise<string> {
    const who: Who = unit === 'city' ? 'taskForce' : 'wardB';
    const input = registration({ source: 'PRESS', channel: 'PUBLICATION', publication: 'Báo Thanh Niên', publishedAt, receivedAt: publishedAt });
    const res = await t.http.post('/cases').set(as(who)).send({ procedureId: 'quy-dinh-1374', orgUnitId: org[unit].id, input });
    if (res.status !== 201) throw new Error(`create answered ${res.status}: ${JSON.stringify(res.body)}`);
    const id = res.body.case.id as string;
    await step(id, 'START_SCREENING', 1, who);
    await step(id, 'CLASSIFY', 2, who, CLASSIFY);
    await step(id, 'REQUEST_EXPLANATION', 3, unit === 'city' ? 'office' : who);
    return id;
  }

  const deadlineOf = async (caseId: string, generation?: number): Promise<DeadlineRow> => {
    const rows: DeadlineRow[] = await t.dataSource.query(
      `SELECT id, case_id, key, status, generation, start_at, due_at, armed_generation, closed_at FROM deadline
        WHERE case_id = $1 AND key = 'explanation' AND ($2::int IS NULL OR generation = $2) ORDER BY generation DESC LIMIT 1`,
      [caseId, generation ?? null],
    );
    if (!rows[0]) throw new Error(`no explanation deadline for case ${caseId}`);
    return rows[0];
  };
  const deadlineById = async (id: string): Promise<DeadlineRow> =>
    (await t.dataSource.query(`SELECT id, case_id, key, status, generation, start_at, due_at, armed_generation, closed_at FROM deadline WHERE id = $1`, [id]))[0];

  const deliveries = (deadlineId: string): Promise<DeliveryRow[]> =>
    t.dataSource.query(`SELECT deadline_id, generation, kind FROM deadline_delivery WHERE deadline_id = $1 ORDER BY generation, kind`, [deadlineId]);

  const notifications = (caseId: string): Promise<NotificationRow[]> =>
    t.dataSource.query(`SELECT id, user_id, kind, title, source_key, read_at FROM notification WHERE case_id = $1 ORDER BY kind, user_id`, [caseId]);

  /** Who got which kind, as sorted "who:KIND" strings. */
  async function recipients(caseId: string): Promise<string[]> {
    const byId = new Map(Object.entries(org.userIds).map(([who, id]) => [id, who]));
    return (await notifications(caseId)).map((n) => `${byId.get(n.user_id) ?? n.user_id}:${n.kind}`).sort();
  }

  const caseState = async (caseId: string): Promise<{ state: string; version: number }> =>
    (await t.dataSource.query(`SELECT state, version FROM "case" WHERE id = $1`, [caseId]))[0];

  const events = (caseId: string, type: string): Promise<{ seq: number; actor_id: string; payload: unknown }[]> =>
    t.dataSource.query(`SELECT seq, actor_id, payload FROM case_event WHERE case_id = $1 AND type = $2 ORDER BY seq`, [caseId, type]);

  const jobIdFor = (d: { id: string; generation: number; due_at: Date | null }, kind: string) =>
    jobId('dl', d.id, `g${d.generation}`, kind, Math.floor(new Date(d.due_at!).getTime() / 1000));

  const fireJob = (d: DeadlineRow, kind: string, overrides: Partial<FireJob> = {}): FireJob => ({
    deadlineId: d.id,
    generation: d.generation,
    kind,
    dueAt: new Date(d.due_at!).toISOString(),
    ...overrides,
  });

  /** Everything the fire handler may write, for "nothing was written" checks. */
  async function written(caseId: string) {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM deadline_delivery) AS deliveries, (SELECT count(*)::int FROM notification) AS notifications,
              (SELECT count(*)::int FROM case_event WHERE case_id = $1) AS events`,
      [caseId],
    );
    const deadlines = await t.dataSource.query(`SELECT id, status, generation, due_at, closed_at FROM deadline WHERE case_id = $1 ORDER BY generation`, [caseId]);
    return { counts, deadlines, state: await caseState(caseId) };
  }

  /** Make `d` due at `dueSql` (an SQL expression), from `startSql`, and unarmed: the reconciler arms it again. */
  async function moveDue(deadlineId: string, dueSql: string, startSql?: string): Promise<DeadlineRow> {
    await t.dataSource.query(
      `UPDATE deadline SET due_at = ${dueSql}${startSql ? `, start_at = ${startSql}` : ''}, armed_generation = NULL WHERE id = $1`,
      [deadlineId],
    );
    return deadlineById(deadlineId);
  }

  /** How many open deadlines the next reconcile() should arm. */
  async function unarmed(): Promise<number> {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM deadline WHERE status = 'PENDING' AND due_at IS NOT NULL AND armed_generation IS DISTINCT FROM generation`,
    );
    return n;
  }

  /** reconcile(), expecting it to arm exactly the open deadlines not armed yet (and no queue loss). */
  async function reconcileExpectingAll(): Promise<number> {
    const expected = await unarmed();
    expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: expected });
    expect(await unarmed()).toBe(0);
    return expected;
  }

  /** Embedded: make the worker fetch now (see the note at the top). Redis wakes it by itself. */
  async function wake(): Promise<void> {
    if (!embedded) return;
    await deadlinesWorker.pause();
    await deadlinesWorker.resume();
  }

  /** The queue loses everything (a Redis flush, a wiped queue schema): the sentinel, every job, the schedulers. */
  async function loseQueue(): Promise<void> {
    await queue.obliterate({ force: true });
    expect(await queue.getJob(SENTINEL)).toBeUndefined();
    expect(await queue.getJobSchedulersCount()).toBe(0);
  }

  /**
   * Move the due an hour ahead, and the start just before the latest firing already due, so that exactly one
   * firing is due now (REMIND_1WD, or DUE_DAY when the due day's 08:00 has passed) and the others are later.
   */
  async function oneReminderDueNow(deadlineId: string): Promise<{ d: DeadlineRow; kind: string }> {
    const now = Date.now();
    const due = new Date(now + 3_600_000);
    const plan = planFirings(await t.app.get(CalendarService).current(), new Date(0), due, REMIND_DAYS);
    const past = plan.filter((f) => f.fireAt.getTime() <= now);
    expect(past.map((f) => f.kind)).toContain('REMIND_1WD'); // 08:00 on the working day before the due day
    const last = past[past.length - 1];
    await t.dataSource.query(`UPDATE deadline SET start_at = $2, due_at = $3, armed_generation = NULL WHERE id = $1`, [
      deadlineId, new Date(last.fireAt.getTime() - 1), due,
    ]);
    return { d: await deadlineById(deadlineId), kind: last.kind };
  }

  /** Due five seconds ago, started a second before that: only the escalation is left to fire, at once. */
  const escalateNow = (deadlineId: string) => moveDue(deadlineId, `now() - interval '5 seconds'`, `now() - interval '6 seconds'`);

  async function jobsOf(deadlineId: string): Promise<Job[]> {
    const jobs = await queue.getJobs(['delayed', 'waiting', 'active', 'completed', 'failed'], 0, -1);
    return jobs.filter((j) => (j?.data as Partial<FireJob> | undefined)?.deadlineId === deadlineId);
  }

  /** The result of the `n`-th run (from 1) of job `id` by the worker, once it has finished. */
  async function ran(id: string, n = 1): Promise<unknown> {
    const run = await waitFor(() => `run ${n} of job ${id} (runs so far: ${JSON.stringify(finished(id))})`, async () => finished(id)[n - 1]);
    if (!run.ok) throw new Error(`job ${id} failed: ${String(run.result)}`);
    return run.result;
  }

  describe('the worker’s own arming loop', () => {
    it('arms a new deadline by itself within a few of its periods', async () => {
      const caseId = await pressCase();
      const armed = await waitFor('the worker to arm the new deadline', async () => {
        const d = await deadlineOf(caseId);
        return d.armed_generation === d.generation ? d : undefined;
      });
      expect(armed.generation).toBe(1);
      expect(await queue.getJob(jobIdFor(armed, 'ESCALATE'))).toBeDefined();
      expect(await queue.getJob(SENTINEL)).toBeDefined();
    });

    afterAll(async () => {
      // From here on the tests call reconcile() themselves: stop the scheduler and let a running pass finish.
      await queue.removeJobScheduler(ARM_SCHEDULER);
      await waitFor('no arming pass to be left on the queue', async () => {
        const left = await queue.getJobs(['active', 'waiting', 'delayed', 'prioritized'], 0, -1);
        return !left.some((j) => j?.name === JobName.ARM_DEADLINES);
      });
      keepWorkerRunning = false;
      if (embedded) await deadlinesWorker.pause();
    });
  });

  describe('a. arming', () => {
    it('arms a new deadline with one job per planned firing, under deterministic ids; a second pass arms nothing', async () => {
      const caseId = await pressCase();
      const before = await deadlineOf(caseId);
      expect(before).toMatchObject({ status: 'PENDING', generation: 1, armed_generation: null });

      // Only this one is open and unarmed (the loop armed the earlier one).
      expect(await unarmed()).toBe(1);
      const first = await arming.reconcile();
      expect(first).toEqual({ rearmedAll: false, armed: 1 });
      const d = await deadlineOf(caseId);
      expect(d.armed_generation).toBe(d.generation);

      // Published now: the due is 10 working days on, so both reminders fall after the start.
      const plan = planFirings(await t.app.get(CalendarService).current(), new Date(d.start_at), new Date(d.due_at!), REMIND_DAYS);
      expect(plan.map((f) => f.kind)).toEqual(['REMIND_3WD', 'REMIND_1WD', 'DUE_DAY', 'ESCALATE']);
      const dueAt = new Date(d.due_at!).toISOString();
      for (const f of plan) {
        const job = await queue.getJob(jobIdFor(d, f.kind));
        expect(job).toBeDefined();
        expect(job!.name).toBe(JobName.FIRE_DEADLINE);
        expect(job!.data).toEqual({ deadlineId: d.id, generation: 1, kind: f.kind, dueAt });
        expect(await job!.getState()).toBe('delayed');
        // Delayed until its firing time (the delay was computed a moment before the job was stamped).
        expect(Math.abs(job!.timestamp + job!.delay - f.fireAt.getTime())).toBeLessThan(5_000);
        expect(job!.opts.attempts).toBe(10);
      }
      expect(plan.find((f) => f.kind === 'ESCALATE')!.fireAt.getTime()).toBe(new Date(d.due_at!).getTime() + 1);
      expect((await jobsOf(d.id)).map((j) => j.id).sort()).toEqual(plan.map((f) => jobIdFor(d, f.kind)).sort());

      // Nothing new to arm: no job added, no row changed.
      const second = await arming.reconcile();
      expect(second).toEqual({ rearmedAll: false, armed: 0 });
      expect(await jobsOf(d.id)).toHaveLength(plan.length);
      expect(await deadlineOf(caseId)).toEqual(d);

      // Arming the same generation again (e.g. a lost UPDATE) adds no duplicate job: the ids are the same.
      await t.dataSource.query(`UPDATE deadline SET armed_generation = NULL WHERE id = $1`, [d.id]);
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 1 });
      expect(await jobsOf(d.id)).toHaveLength(plan.length);
    });

    it('leaves a closed deadline alone', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      await t.dataSource.query(`UPDATE deadline SET status = 'CANCELLED' WHERE id = $1`, [d.id]);
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 0 });
      expect((await deadlineById(d.id)).armed_generation).toBeNull();
      expect(await jobsOf(d.id)).toEqual([]);
    });
  });

  describe('b. exactly once', () => {
    it('acts on a reminder delivered twice only once: one delivery row, one notification per recipient', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = fireJob(d, 'REMIND_1WD');

      expect(await fire.handle(job)).toBe('DONE');
      expect(await fire.handle(job)).toBe('SKIPPED');

      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'REMIND_1WD' }]);
      // The city's task force and office are reminded; the secretary, the standing committee and the wards are not.
      expect(await recipients(caseId)).toEqual(['office:REMIND_1WD', 'taskForce:REMIND_1WD']);
      const rows = await notifications(caseId);
      for (const n of rows) {
        expect(n.source_key).toBe(`dl-${d.id}-g1-REMIND_1WD`);
        expect(n.title).toMatch(/^Sắp đến hạn: /);
        expect(n.read_at).toBeNull();
      }
      // A reminder changes neither the deadline nor the case.
      expect(await deadlineById(d.id)).toMatchObject({ status: 'PENDING', closed_at: null });
      expect(await caseState(caseId)).toEqual({ state: 'explanationRequested', version: 4 });
    });

    it('acts once when two deliveries of the same job run at the same time', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = fireJob(d, 'DUE_DAY');

      const answers = await Promise.all([fire.handle(job), fire.handle({ ...job })]);
      expect(answers.sort()).toEqual(['DONE', 'SKIPPED']);
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'DUE_DAY' }]);
      expect(await recipients(caseId)).toEqual(['office:DUE_DAY', 'taskForce:DUE_DAY']);
      expect((await notifications(caseId)).every((n) => n.title.startsWith('Hôm nay đến hạn: '))).toBe(true);
    });

    it('acts once for two concurrent escalations too, and sends the case DEADLINE_MISSED once', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = fireJob(d, 'ESCALATE');

      const answers = await Promise.all([fire.handle(job), fire.handle({ ...job })]);
      expect(answers.sort()).toEqual(['DONE', 'SKIPPED']);
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'ESCALATE' }]);
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(await events(caseId, 'DEADLINE_MISSED')).toHaveLength(1);
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED' });
    });
  });

  describe('c. a worker killed while handling', () => {
    it('records nothing when it dies before the commit; the retry then acts exactly once', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = fireJob(d, 'REMIND_3WD');
      const before = await written(caseId);

      // The handler does all its work in the transaction, then the process "dies" before COMMIT.
      const ds = t.app.get(DataSource);
      const original = ds.transaction.bind(ds) as (fn: (m: EntityManager) => Promise<unknown>) => Promise<unknown>;
      const spy = jest.spyOn(ds, 'transaction').mockImplementationOnce((async (fn: (m: EntityManager) => Promise<unknown>) =>
        original(async (m) => {
          await fn(m);
          const claimed: unknown[] = await m.query(`SELECT 1 FROM deadline_delivery WHERE deadline_id = $1`, [d.id]);
          expect(claimed).toHaveLength(1); // the claim was made inside the transaction…
          throw new Error('worker killed before commit');
        })) as never);
      await expect(fire.handle(job)).rejects.toThrow('worker killed before commit');
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();

      // …and rolled back with everything else.
      expect(await written(caseId)).toEqual(before);
      expect(await deliveries(d.id)).toEqual([]);
      expect(await notifications(caseId)).toEqual([]);

      // BullMQ retries the job: it acts now, once.
      expect(await fire.handle(job)).toBe('DONE');
      expect(await fire.handle(job)).toBe('SKIPPED');
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'REMIND_3WD' }]);
      expect(await recipients(caseId)).toEqual(['office:REMIND_3WD', 'taskForce:REMIND_3WD']);
    });

    it('an escalation that fails half-way (after MISSED and the notifications) leaves the deadline PENDING; the retry escalates once', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = fireJob(d, 'ESCALATE');
      const before = await written(caseId);

      const spy = jest.spyOn(t.app.get(CaseCommandService), 'sendAsSystem').mockRejectedValueOnce(new Error('worker killed while escalating'));
      await expect(fire.handle(job)).rejects.toThrow('worker killed while escalating');
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();

      expect(await written(caseId)).toEqual(before);
      expect(await deliveries(d.id)).toEqual([]);
      expect(await notifications(caseId)).toEqual([]);
      expect(await deadlineById(d.id)).toMatchObject({ status: 'PENDING', closed_at: null });
      expect(await caseState(caseId)).toEqual({ state: 'explanationRequested', version: 4 });
      expect(await events(caseId, 'DEADLINE_MISSED')).toEqual([]);

      expect(await fire.handle(job)).toBe('DONE');
      expect(await fire.handle(job)).toBe('SKIPPED');
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'ESCALATE' }]);
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED', closed_at: expect.any(Date) });
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });
      const missed = await events(caseId, 'DEADLINE_MISSED');
      expect(missed).toEqual([{ seq: 5, actor_id: SYSTEM_ACTOR_ID, payload: { key: 'explanation', generation: 1 } }]);
    });
  });

  describe('d. stale jobs', () => {
    it('skips, writing nothing, a job for a met deadline, a moved due, an unknown deadline, or the sentinel', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const stale = [
        fireJob(d, 'REMIND_1WD', { dueAt: new Date(new Date(d.due_at!).getTime() - 86_400_000).toISOString() }), // planned for another due
        fireJob(d, 'ESCALATE', { dueAt: '2026-01-01T16:59:59.999Z' }),
        fireJob(d, 'REMIND_1WD', { generation: 2 }), // a generation the row does not have
        fireJob(d, 'REMIND_1WD', { deadlineId: '5b0e6c2e-6a56-4c8e-9d57-1b1c1f0e7a11' }),
      ];
      const before = await written(caseId);
      for (const job of stale) expect(await fire.handle(job)).toBe('SKIPPED');
      expect(await fire.handle({ sentinel: true })).toBe('SKIPPED');
      expect(await written(caseId)).toEqual(before);

      // The explanation arrives: the deadline is MET, and neither a reminder nor the escalation acts any more.
      await step(caseId, 'RECORD_EXPLANATION', 4, 'office', { receivedAt: new Date().toISOString(), summary: 'Báo cáo giải trình của người đứng đầu' });
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MET' });
      const met = await written(caseId);
      for (const kind of ['REMIND_3WD', 'REMIND_1WD', 'DUE_DAY', 'ESCALATE']) expect(await fire.handle(fireJob(d, kind))).toBe('SKIPPED');
      expect(await written(caseId)).toEqual(met);
      expect(await deliveries(d.id)).toEqual([]);
      expect(await caseState(caseId)).toEqual({ state: 'officeProposal', version: 5 });
    });

    it('a deadline scheduled a second time fires only for its current generation', async () => {
      // No 1374 path schedules the explanation twice: model the second schedule as the engine writes it (the pending
      // generation cancelled, a new row with generation 2), with a due an hour away and a start a month ago, so its
      // working-day reminders are due now while its escalation is not.
      const caseId = await pressCase();
      await reconcileExpectingAll();
      const g1 = await deadlineOf(caseId, 1);
      expect(g1.armed_generation).toBe(1);
      const g1Jobs = await jobsOf(g1.id);
      expect(g1Jobs.map((j) => (j.data as FireJob).kind).sort()).toEqual(['DUE_DAY', 'ESCALATE', 'REMIND_1WD', 'REMIND_3WD']);

      await t.dataSource.query(`UPDATE deadline SET status = 'CANCELLED', closed_at = now(), updated_at = now() WHERE id = $1`, [g1.id]);
      await t.dataSource.query(
        `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, rule_id, calendar_version,
                               explanation, manual_due, created_at, updated_at)
         SELECT gen_random_uuid(), case_id, key, rule_key, start_at, due_at + interval '2 days', 'PENDING', 2, event_seq,
                rule_id, calendar_version, explanation, false, now(), now()
           FROM deadline WHERE id = $1`,
        [g1.id],
      );
      const { d: g2, kind } = await oneReminderDueNow((await deadlineOf(caseId, 2)).id);
      expect(g2).toMatchObject({ status: 'PENDING', generation: 2, armed_generation: null });

      // Jobs of generation 1, or of generation 2 planned for another due, are stale.
      const before = await written(caseId);
      expect(await fire.handle(fireJob(g1, 'REMIND_1WD'))).toBe('SKIPPED');
      expect(await fire.handle(fireJob(g1, 'ESCALATE'))).toBe('SKIPPED');
      expect(await fire.handle(fireJob(g2, 'REMIND_1WD', { generation: 1 }))).toBe('SKIPPED');
      expect(await fire.handle(fireJob(g2, 'REMIND_1WD', { dueAt: new Date(g1.due_at!).toISOString() }))).toBe('SKIPPED');
      expect(await written(caseId)).toEqual(before);

      // The reconciler arms generation 2 only; the worker fires the reminder that is due now.
      expect(await unarmed()).toBe(1);
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 1 });
      expect((await deadlineOf(caseId, 2)).armed_generation).toBe(2);
      expect((await deadlineById(g1.id)).armed_generation).toBe(1);
      await wake();
      expect(await ran(jobIdFor(g2, kind))).toBe('DONE');
      expect(await recipients(caseId)).toEqual([`office:${kind}`, `taskForce:${kind}`]);
      const escalate = await queue.getJob(jobIdFor(g2, 'ESCALATE'));
      expect(await escalate!.getState()).toBe('delayed');

      // The generation 1 jobs still on the queue run now (promoted one by one) and the worker skips them.
      for (const job of g1Jobs) {
        await job.promote();
        await wake();
        expect(await ran(job.id!)).toBe('SKIPPED');
      }

      expect(await deliveries(g1.id)).toEqual([]);
      expect(await deliveries(g2.id)).toEqual([{ deadline_id: g2.id, generation: 2, kind }]);
      const rows = await notifications(caseId);
      expect(rows.map((n) => n.source_key)).toEqual([`dl-${g2.id}-g2-${kind}`, `dl-${g2.id}-g2-${kind}`]);
      expect(await recipients(caseId)).toEqual([`office:${kind}`, `taskForce:${kind}`]);
      expect(await deadlineById(g1.id)).toMatchObject({ status: 'CANCELLED' });
      expect(await deadlineById(g2.id)).toMatchObject({ status: 'PENDING' });
    });
  });

  describe('e. escalation end to end through the worker', () => {
    let caseId: string;
    let secretaryNotice: { id: string };

    it('a due passed a few seconds ago is escalated by the worker: MISSED, DEADLINE_MISSED by the system, overdue state', async () => {
      caseId = await pressCase();
      const d0 = await deadlineOf(caseId);
      const d = await escalateNow(d0.id);
      await reconcileExpectingAll();
      await wake();

      expect(await ran(jobIdFor(d, 'ESCALATE'))).toBe('DONE');
      const missed = await deadlineById(d.id);
      expect(missed.status).toBe('MISSED');
      expect(missed.closed_at).not.toBeNull();
      expect(await deliveries(d.id)).toContainEqual({ deadline_id: d.id, generation: 1, kind: 'ESCALATE' });

      const view = await t.http.get(`/cases/${caseId}`).set(as('secretary'));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ state: 'explanationOverdue', version: 5 });
      expect(view.body.context.overdue).toEqual({ explanation: true });
      expect(view.body.deadlines).toEqual([expect.objectContaining({ key: 'explanation', status: 'MISSED', generation: 1 })]);

      const timeline = await t.http.get(`/cases/${caseId}/timeline`).set(as('secretary'));
      expect(timeline.status).toBe(200);
      const last = timeline.body.items[timeline.body.items.length - 1];
      expect(last).toMatchObject({
        seq: 5,
        type: 'DEADLINE_MISSED',
        actorId: SYSTEM_ACTOR_ID,
        fromState: 'explanationRequested',
        toState: 'explanationOverdue',
        payload: { key: 'explanation', generation: 1 },
      });
      expect(timeline.body.reminders).toContainEqual({ key: 'explanation', generation: 1, kind: 'ESCALATE', deliveredAt: expect.any(String) });
      expect(timeline.body.reminders.filter((r: { kind: string }) => r.kind === 'ESCALATE')).toHaveLength(1);
    });

    it('names the system as the actor of DEADLINE_MISSED on the timeline ("Hệ thống")', async () => {
      const timeline = await t.http.get(`/cases/${caseId}/timeline`).set(as('secretary'));
      const missed = timeline.body.items.find((e: { type: string }) => e.type === 'DEADLINE_MISSED');
      expect(missed.actorName).toBe('Hệ thống');
    });

    it('gives the secretary one unread ESCALATE notification for the case; the reminder staff get none for it', async () => {
      const res = await t.http.get('/me/notifications?pageSize=100').set(as('secretary'));
      expect(res.status).toBe(200);
      const mine = res.body.items.filter((n: { caseId: string }) => n.caseId === caseId);
      expect(mine).toEqual([
        expect.objectContaining({
          id: expect.any(String), caseId, kind: 'ESCALATE', title: expect.stringMatching(/^Quá hạn: /), body: expect.stringContaining('explanation'),
          createdAt: expect.any(String), readAt: null,
        }),
      ]);
      secretaryNotice = mine[0];
      const reminders = await recipients(caseId);
      expect(reminders.filter((r) => r.endsWith(':ESCALATE'))).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      const tf = await t.http.get('/me/notifications?pageSize=100').set(as('taskForce'));
      expect(tf.body.items.filter((n: { caseId: string; kind: string }) => n.caseId === caseId && n.kind === 'ESCALATE')).toEqual([]);
    });

    it('answers 404 to another user marking it read, and to an id that is not a uuid; the owner marks it read once', async () => {
      const other = await t.http.post(`/me/notifications/${secretaryNotice.id}/read`).set(as('taskForce'));
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('NOT_FOUND');
      const bad = await t.http.post('/me/notifications/khong-phai-uuid/read').set(as('secretary'));
      expect(bad.status).toBe(404);
      const [row] = await t.dataSource.query(`SELECT read_at FROM notification WHERE id = $1`, [secretaryNotice.id]);
      expect(row.read_at).toBeNull();

      const before = (await t.http.get('/me/notifications').set(as('secretary'))).body.unread as number;
      const read = await t.http.post(`/me/notifications/${secretaryNotice.id}/read`).set(as('secretary'));
      expect(read.status).toBe(200);
      expect(read.body).toEqual({ id: secretaryNotice.id, readAt: expect.any(String) });
      // Marking it again keeps the first time.
      const again = await t.http.post(`/me/notifications/${secretaryNotice.id}/read`).set(as('secretary'));
      expect(again.status).toBe(200);
      expect(again.body.readAt).toBe(read.body.readAt);

      const after = await t.http.get('/me/notifications?pageSize=100').set(as('secretary'));
      expect(after.body.unread).toBe(before - 1);
      expect(after.body.items.find((n: { id: string }) => n.id === secretaryNotice.id).readAt).toBe(read.body.readAt);
      const unread = await t.http.get('/me/notifications?unread=true&pageSize=100').set(as('secretary'));
      expect(unread.body.items.some((n: { id: string }) => n.id === secretaryNotice.id)).toBe(false);
    });
  });

  describe('f. queue loss', () => {
    it('re-arms every open deadline from the database after the queue lost everything, and still acts once', async () => {
      // A deadline with one reminder due now.
      const caseId = await pressCase();
      const { d, kind } = await oneReminderDueNow((await deadlineOf(caseId)).id);
      await reconcileExpectingAll();
      await wake();
      expect(await ran(jobIdFor(d, kind))).toBe('DONE');
      const sent = await recipients(caseId);
      expect(sent).toEqual([`office:${kind}`, `taskForce:${kind}`]);
      const sentDeliveries = await deliveries(d.id);
      expect(sentDeliveries).toEqual([{ deadline_id: d.id, generation: 1, kind }]);

      // The queue loses everything (a Redis flush / a wiped queue schema): the sentinel and every deadline job.
      await loseQueue();
      expect(await jobsOf(d.id)).toEqual([]);

      const [{ open }] = await t.dataSource.query(`SELECT count(*)::int AS open FROM deadline WHERE status = 'PENDING' AND due_at IS NOT NULL`);
      expect(open).toBeGreaterThanOrEqual(2);
      const result = await arming.reconcile();
      expect(result).toEqual({ rearmedAll: true, armed: open });
      expect(await queue.getJob(SENTINEL)).toBeDefined();
      expect(await unarmed()).toBe(0);
      const rearmed = (await jobsOf(d.id)).map((j) => j.id).sort();
      expect(rearmed).toEqual(expect.arrayContaining([jobIdFor(d, kind), jobIdFor(d, 'ESCALATE')]));
      // A second pass finds the sentinel back and nothing to arm.
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 0 });

      // The reminder already sent runs again from the re-armed job, and is skipped: nobody is reminded twice.
      await wake();
      expect(await ran(jobIdFor(d, kind), 2)).toBe('SKIPPED');
      expect(await deliveries(d.id)).toEqual(sentDeliveries);
      expect(await recipients(caseId)).toEqual(sent);

      // Made due now, it escalates once.
      const due = await escalateNow(d.id);
      expect(await unarmed()).toBe(1);
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 1 });
      await wake();
      expect(await ran(jobIdFor(due, 'ESCALATE'))).toBe('DONE');
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED' });
      expect((await deliveries(d.id)).filter((r) => r.kind === 'ESCALATE')).toHaveLength(1);
      const all = await recipients(caseId);
      expect(all.filter((r) => r.endsWith(':ESCALATE'))).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(new Set(all).size).toBe(all.length);
      expect(await events(caseId, 'DEADLINE_MISSED')).toHaveLength(1);
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });

      // Lost again after the escalation: the MISSED deadline is not armed again, nothing is sent twice.
      await loseQueue();
      const again = await arming.reconcile();
      expect(again.rearmedAll).toBe(true);
      expect(await jobsOf(d.id)).toEqual([]);
      expect(await recipients(caseId)).toEqual(all);
    });
  });

  describe('g. notifications API', () => {
    it('pages the caller’s own notifications, newest first', async () => {
      const [{ total, unread }] = await t.dataSource.query(
        `SELECT count(*)::int AS total, count(*) FILTER (WHERE read_at IS NULL)::int AS unread FROM notification WHERE user_id = $1`,
        [org.userIds.taskForce],
      );
      expect(total).toBeGreaterThanOrEqual(3);
      const page1 = await t.http.get('/me/notifications?pageSize=1').set(as('taskForce'));
      expect(page1.status).toBe(200);
      expect(page1.body).toMatchObject({ page: 1, pageSize: 1, total, unread });
      expect(page1.body.items).toHaveLength(1);
      const page2 = await t.http.get('/me/notifications?pageSize=1&page=2').set(as('taskForce'));
      expect(page2.body).toMatchObject({ page: 2, pageSize: 1, total });
      expect(page2.body.items).toHaveLength(1);
      expect(page2.body.items[0].id).not.toBe(page1.body.items[0].id);
      expect(new Date(page2.body.items[0].createdAt).getTime()).toBeLessThanOrEqual(new Date(page1.body.items[0].createdAt).getTime());
      const beyond = await t.http.get(`/me/notifications?pageSize=1&page=${total + 1}`).set(as('taskForce'));
      expect(beyond.body).toMatchObject({ items: [], total });

      // Every page together is exactly the caller's notifications.
      const all = await t.http.get('/me/notifications?pageSize=100').set(as('taskForce'));
      const ids: string[] = all.body.items.map((n: { id: string }) => n.id);
      const expected: { id: string }[] = await t.dataSource.query(`SELECT id FROM notification WHERE user_id = $1`, [org.userIds.taskForce]);
      expect([...ids].sort()).toEqual(expected.map((r) => r.id).sort());
      const times = all.body.items.map((n: { createdAt: string }) => new Date(n.createdAt).getTime());
      expect(times).toEqual([...times].sort((a: number, b: number) => b - a));
      // A user with no role is notified of nothing.
      const none = await t.http.get('/me/notifications').set(as('noRole'));
      expect(none.body).toEqual({ items: [], page: 1, pageSize: 20, total: 0, unread: 0 });
    });

    it('filters unread ones with unread=true', async () => {
      const all = await t.http.get('/me/notifications?pageSize=100').set(as('taskForce'));
      await t.http.post(`/me/notifications/${all.body.items[0].id}/read`).set(as('taskForce')).expect(200);
      const [{ unread }] = await t.dataSource.query(
        `SELECT count(*)::int AS unread FROM notification WHERE user_id = $1 AND read_at IS NULL`,
        [org.userIds.taskForce],
      );
      const res = await t.http.get('/me/notifications?unread=true&pageSize=100').set(as('taskForce'));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ total: unread, unread });
      expect(res.body.items).toHaveLength(unread);
      expect(res.body.items.every((n: { readAt: unknown }) => n.readAt === null)).toBe(true);
      expect(res.body.items.some((n: { id: string }) => n.id === all.body.items[0].id)).toBe(false);
      const everything = await t.http.get('/me/notifications?unread=false&pageSize=100').set(as('taskForce'));
      expect(everything.body.total).toBe(all.body.total);
    });

    it.each([
      ['pageSize=0'],
      ['pageSize=101'],
      ['page=0'],
      ['unread=yes'],
    ])('refuses %s (400)', async (query) => {
      const res = await t.http.get(`/me/notifications?${query}`).set(as('taskForce'));
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
    });

    it('answers 401 without a token', async () => {
      expect((await t.http.get('/me/notifications')).status).toBe(401);
      expect((await t.http.post('/me/notifications/5b0e6c2e-6a56-4c8e-9d57-1b1c1f0e7a11/read')).status).toBe(401);
      expect((await t.http.get('/me/notifications').set('Authorization', 'Bearer khong-hop-le')).status).toBe(401);
    });
  });

  describe('a due moved after the deadline was armed', () => {
    const REASON = 'Phường B chờ hướng dẫn mới của Thành ủy nên chưa áp dụng thời hạn giải trình';
    const DUE_REASON = 'Bí thư phường B đặt hạn theo kế hoạch kiểm tra';
    const CAL_REASON = 'Áp dụng thông báo lịch nghỉ chính thức của Chính phủ (thử nghiệm)';
    const RECOMPUTE_REASON = 'Tính lại thời hạn theo lịch nghỉ chính thức mới (thử nghiệm)';
    const ADMIN_PASSWORD = 'mat-khau-quan-tri-thu-nghiem';

    it('a second hand-set due makes the jobs planned for the first one stale, and the reconciler arms the new one', async () => {
      // Ward B has no legal explanation deadline: its secretary sets the due by hand, and may change it.
      await t.http
        .post('/rules/overrides')
        .set(as('wardB'))
        .send({ key: 'A.PRESS_EXPLAIN', orgUnitId: org.wardB.id, value: null, reason: REASON, effectiveFrom: '2020-01-01' })
        .expect(201);
      const caseId = await pressCase('wardB');
      expect((await deadlineOf(caseId)).due_at).toBeNull();
      // Without a due there is nothing to arm.
      await reconcileExpectingAll();
      expect((await deadlineOf(caseId)).armed_generation).toBeNull();

      const today = toVietnamDate(new Date());
      await t.http.post(`/cases/${caseId}/deadlines/explanation/due`).set(as('wardB')).send({ dueDate: addCalendarDays(today, 20), reason: DUE_REASON }).expect(201);
      expect(await unarmed()).toBe(1);
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 1 });
      const first = await deadlineOf(caseId);
      const oldJobs = await jobsOf(first.id);
      expect(oldJobs.map((j) => j.id)).toContain(jobIdFor(first, 'ESCALATE'));

      await t.http.post(`/cases/${caseId}/deadlines/explanation/due`).set(as('wardB')).send({ dueDate: addCalendarDays(today, 30), reason: DUE_REASON }).expect(201);
      const d = await deadlineOf(caseId);
      expect(d.generation).toBe(first.generation);
      expect(new Date(d.due_at!).getTime()).toBeGreaterThan(new Date(first.due_at!).getTime());
      // The jobs on the queue were planned for the first due: each is skipped when it runs.
      for (const job of oldJobs) expect(await fire.handle(job.data as FireJob)).toBe('SKIPPED');
      expect(await deliveries(d.id)).toEqual([]);

      // The new due is armed again, under new ids.
      expect(await unarmed()).toBe(1);
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 1 });
      expect(await queue.getJob(jobIdFor(d, 'ESCALATE'))).toBeDefined();
      expect(await fire.handle(fireJob(d, 'REMIND_1WD'))).toBe('DONE');
    });

    describe('by the recompute command after a calendar change', () => {
      let caseId: string;
      let moved: DeadlineRow;
      let oldJobs: Job[];

      it('moves an armed due one working day later; the jobs planned for the old due are stale', async () => {
        const dir = t.app.get(OrgDirectoryService);
        const { id } = await dir.createUser({ username: 'qt-nhac-han', displayName: 'Quản trị', password: ADMIN_PASSWORD });
        await dir.assignRole(id, org.city.id, Role.ADMIN);
        const admin = (await t.http.post('/auth/login').send({ username: 'qt-nhac-han', password: ADMIN_PASSWORD }).expect(200)).body.accessToken as string;

        caseId = await pressCase();
        await reconcileExpectingAll();
        const before = await deadlineOf(caseId);
        oldJobs = await jobsOf(before.id);
        expect(oldJobs).toHaveLength(4);

        // A new holiday on the last working day before the due: the due moves one working day later.
        const calendar = await t.app.get(CalendarService).current();
        const holiday = workingDaysBefore(calendar, toVietnamDate(new Date(before.due_at!)), 1);
        const change = await t.http
          .post('/calendar/changes')
          .set('Authorization', `Bearer ${admin}`)
          .send({ kind: 'SCHEDULE', reason: CAL_REASON, set: [{ date: holiday, kind: 'HOLIDAY', name: 'Nghỉ lễ (thử nghiệm)' }], clear: [] });
        expect(change.status).toBe(201);
        const run = await t.http.post('/deadlines/recompute').set('Authorization', `Bearer ${admin}`).send({ dryRun: false, reason: RECOMPUTE_REASON });
        expect(run.status).toBe(200);
        expect(run.body.moves).toContainEqual(expect.objectContaining({ deadlineId: before.id, from: new Date(before.due_at!).toISOString() }));

        moved = await deadlineOf(caseId);
        expect(moved.generation).toBe(before.generation);
        expect(new Date(moved.due_at!).getTime()).toBeGreaterThan(new Date(before.due_at!).getTime());
        for (const job of oldJobs) expect(await fire.handle(job.data as FireJob)).toBe('SKIPPED');
        expect(await deliveries(moved.id)).toEqual([]);
      });

      it('the reconciler arms the recomputed due', async () => {
        expect((await arming.reconcile()).armed).toBeGreaterThanOrEqual(1);
        expect(await queue.getJob(jobIdFor(moved, 'ESCALATE'))).toBeDefined();
      });
    });
  });

  describe('the worker’s own loop after a queue loss', () => {
    let later: string;

    it('runs as at start, then loses its scheduler with the rest of the queue', async () => {
      // The worker as it runs normally: its scheduler in place (as JobsProcessor creates it at start).
      keepWorkerRunning = true;
      await queue.upsertJobScheduler(ARM_SCHEDULER, { every: config.DEADLINE_ARM_EVERY_MS }, {
        name: JobName.ARM_DEADLINES, data: {}, opts: { removeOnComplete: true, removeOnFail: 100 },
      });
      await wake();
      const running = await pressCase();
      await waitFor('the worker loop to arm a deadline', async () => {
        const row = await deadlineOf(running);
        return row.armed_generation === row.generation;
      });

      await queue.obliterate({ force: true });
      expect(await queue.getJob(SENTINEL)).toBeUndefined();
      expect(await queue.getJobSchedulersCount()).toBe(0);
      later = await pressCase();
      expect((await deadlineOf(later)).armed_generation).toBeNull();
    });

    // The worker's process-local watchdog notices the missing sentinel, restores the schedulers and re-arms.
    it('re-arms by itself, without a restart', async () => {
      await waitFor(
        'the worker loop to notice the lost queue and arm the new deadline',
        async () => (await deadlineOf(later)).armed_generation === 1 && (await queue.getJob(SENTINEL)) !== undefined,
        3 * config.DEADLINE_ARM_EVERY_MS + 2_000,
      );
    });
  });
});
