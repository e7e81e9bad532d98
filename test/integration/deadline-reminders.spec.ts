// Deadline reminders and escalation in time buckets: the reconciler plans each open deadline's firings into
// deadline_firing (one row per reminder/escalation, from the reminder policy) and puts one delayed job per minute
// that has firings on the queue (`bucket-<epoch minute>`, a sentinel job to notice a lost queue). The bucket handler
// takes the minute's rows, skips stale ones, claims (deadline, generation, kind) in deadline_delivery and notifies
// set-based; an escalation marks the deadline MISSED and leaves a deadline_missed_event row, and a job of its own
// (`missed-<deadline>-g<generation>`) sends the case machine DEADLINE_MISSED. Runs on the real PostgreSQL + Redis,
// or on PGlite with BullMQ's PostgreSQL backend.
//
// Nobody waits for days: a deadline is made due by moving `deadline.due_at` in SQL (and resetting
// `armed_generation`), then `ArmDeadlinesJob.reconcile()` plans it; a firing already due goes into the current
// minute's bucket, which the worker in the test app fires at once. Tests that call the bucket handler themselves put
// the firings they fire into a minute of their own, far ahead (`own()`), so that no other test's rows are in it.
// The worker's own arming loop (a BullMQ job scheduler) is checked first and then removed, so that every later
// reconcile() is the test's own and its answer is deterministic. Jobs run by the worker are awaited through the
// worker's own 'completed' / 'failed' events, not by polling the queue while a handler runs.
//
// Embedded mode (BullMQ on PGlite) runs the same way: the embedded server keeps each client's exchange together
// and hands NOTIFY to BullMQ's LISTEN connection (see test/integration/embedded-postgres.spec.ts).
import type { Job, Worker } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { OrgDirectoryService } from '@hoso/access/services/org-directory.service';
import { CaseCommandService } from '@hoso/cases/services/case-command.service';
import { SYSTEM_ACTOR_ID } from '@hoso/timeline/timeline-labels';
import { APP_CONFIG, type EnvDto } from '@hoso/core/config';
import { JobName, jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { addCalendarDays, endOfVietnamDay, toVietnamDate } from '@hoso/kernel/legal-time';
import { planFirings, workingDaysBefore } from '@hoso/kernel/legal-time';
import { CalendarService } from '@hoso/deadlines/services/calendar.service';
import { NotificationOutboxService } from '@hoso/notifications/services/notification-outbox.service';
import { Role } from '@hoso/workflows';
import { ArmDeadlinesJob } from '@hoso/deadlines/jobs/arm-deadlines.job';
import { FireBucketJob } from '@hoso/deadlines/jobs/fire-bucket.job';
import { MINUTE_MS, type BucketJob } from '@hoso/deadlines/jobs/deadline-buckets';
import { DeadlineMissedJob } from '@hoso/deadlines/jobs/deadline-missed.job';
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

interface FiringRow {
  deadline_id: string;
  generation: number;
  kind: string;
  due_at: Date;
  fire_at: Date;
  bucket: number;
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
const KINDS = ['DUE_DAY', 'ESCALATE', 'REMIND_1WD', 'REMIND_3WD'];
const CLASSIFY = {
  infoType: 'PHAN_ANH',
  subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
};
// Minutes of the tests' own, about a century ahead: never due, and nothing the reconciler plans falls there.
let ownMinute = 90_000_000;

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

const bucketId = (minute: number) => jobId('bucket', minute);
const missedId = (d: { id: string; generation: number }) => jobId('missed', d.id, `g${d.generation}`);
const nowMinute = () => Math.floor(Date.now() / MINUTE_MS);

describe('deadline reminders', () => {
  let t: TestApp;
  let org: DemoOrg;
  let arming: ArmDeadlinesJob;
  let bucket: FireBucketJob;
  let missed: DeadlineMissedJob;
  let queue: Queue;
  let config: EnvDto;
  let deadlinesWorker: Worker;
  const runs = new Map<string, { ok: boolean; result: unknown }[]>();
  const finished = (id: string) => runs.get(id) ?? runs.set(id, []).get(id)!;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    org = await seedOrg(t);
    arming = t.app.get(ArmDeadlinesJob);
    bucket = t.app.get(FireBucketJob);
    missed = t.app.get(DeadlineMissedJob);
    queue = await t.app.get(QueueBackend).queue(QueueName.DEADLINES);
    config = t.app.get<EnvDto>(APP_CONFIG);
    const backend = t.app.get(QueueBackend);
    // The worker consumers are private to QueueBackend; the test listens to the deadlines worker's events.
    const workers = (backend as unknown as { workers: Worker[] }).workers;
    deadlinesWorker = workers.find((w) => w.name === QueueName.DEADLINES)!;
    expect(deadlinesWorker).toBeDefined();
    deadlinesWorker.on('completed', (job, result) => finished(job.id!).push({ ok: true, result }));
    deadlinesWorker.on('failed', (job, err) => job && finished(job.id!).push({ ok: false, result: err.message }));
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

  const firings = (deadlineId: string): Promise<FiringRow[]> =>
    t.dataSource.query(`SELECT deadline_id, generation, kind, due_at, fire_at, bucket FROM deadline_firing WHERE deadline_id = $1 ORDER BY fire_at, kind`, [
      deadlineId,
    ]);

  const unsentMissed = (deadlineId: string): Promise<{ generation: number }[]> =>
    t.dataSource.query(`SELECT generation FROM deadline_missed_event WHERE deadline_id = $1`, [deadlineId]);

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

  /** Everything the bucket handler may write, for "nothing was written" checks. */
  async function written(caseId: string) {
    const [counts] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM deadline_delivery) AS deliveries, (SELECT count(*)::int FROM notification) AS notifications,
              (SELECT count(*)::int FROM deadline_missed_event) AS missed, (SELECT count(*)::int FROM case_event WHERE case_id = $1) AS events`,
      [caseId],
    );
    const deadlines = await t.dataSource.query(`SELECT id, status, generation, due_at, closed_at FROM deadline WHERE case_id = $1 ORDER BY generation`, [caseId]);
    return { counts, deadlines, state: await caseState(caseId) };
  }

  /**
   * Moves the planned firings of `deadlineId` (all, or those of `kinds`) into a minute of the test's own and
   * answers it: firing that bucket fires exactly these.
   */
  async function own(deadlineId: string | string[], kinds?: string[]): Promise<number> {
    const minute = ownMinute++;
    const [, moved] = (await t.dataSource.query(
      `UPDATE deadline_firing SET bucket = $3 WHERE deadline_id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR kind = ANY($2::text[]))`,
      [[deadlineId].flat(), kinds ?? null, minute],
    )) as [unknown, number];
    expect(moved).toBeGreaterThan(0);
    return minute;
  }

  /** Plans `d` (as the reconciler does) and moves its firing of `kind` into a minute of the test's own. */
  async function plannedOwn(d: DeadlineRow, kind: string): Promise<BucketJob> {
    if ((await deadlineById(d.id)).armed_generation !== d.generation) await reconcileExpectingAll();
    return { minute: await own(d.id, [kind]) };
  }

  /** Make `d` due at `dueSql` (an SQL expression), from `startSql`, and unplanned: the reconciler plans it again. */
  async function moveDue(deadlineId: string, dueSql: string, startSql?: string): Promise<DeadlineRow> {
    await t.dataSource.query(
      `UPDATE deadline SET due_at = ${dueSql}${startSql ? `, start_at = ${startSql}` : ''}, armed_generation = NULL WHERE id = $1`,
      [deadlineId],
    );
    return deadlineById(deadlineId);
  }

  /** How many open deadlines the next reconcile() should plan. */
  async function unarmed(): Promise<number> {
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM deadline WHERE status = 'PENDING' AND due_at IS NOT NULL AND armed_generation IS DISTINCT FROM generation`,
    );
    return n;
  }

  /** reconcile(), expecting it to plan exactly the open deadlines not planned yet (and no queue loss). */
  async function reconcileExpectingAll(): Promise<number> {
    const expected = await unarmed();
    expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: expected });
    expect(await unarmed()).toBe(0);
    return expected;
  }

  /** Let the worker run again after `quiet()`. */
  async function wake(): Promise<void> {
    deadlinesWorker.resume();
  }

  /** For tests that call the handlers themselves: the worker must not run the jobs they queue meanwhile. */
  async function quiet(): Promise<void> {
    await deadlinesWorker.pause();
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

  /** The result of the next run of job `id` by the worker; call before the run can start, await after. */
  function nextRun(id: string): () => Promise<unknown> {
    const n = finished(id).length + 1;
    return async () => {
      const run = await waitFor(() => `run ${n} of job ${id} (runs so far: ${JSON.stringify(finished(id))})`, async () => finished(id)[n - 1]);
      if (!run.ok) throw new Error(`job ${id} failed: ${String(run.result)}`);
      return run.result;
    };
  }

  /**
   * Runs a planning pass for a firing due now, and answers the worker's run of the bucket it went into: the current
   * minute's (or the next one's, when the minute turns meanwhile).
   */
  async function armAndFireNow(): Promise<unknown> {
    const ids = [nowMinute(), nowMinute() + 1].map(bucketId);
    const since = new Map(ids.map((id) => [id, finished(id).length]));
    expect((await arming.reconcile()).armed).toBeGreaterThanOrEqual(1);
    await wake();
    const run = await waitFor('the worker to fire the current minute', async () => ids.map((id) => finished(id)[since.get(id)!]).find(Boolean));
    if (!run.ok) throw new Error(`bucket failed: ${String(run.result)}`);
    return run.result;
  }

  async function missedJobsOf(deadlineId: string): Promise<Job[]> {
    const jobs = await queue.getJobs(['delayed', 'waiting', 'prioritized', 'active', 'completed', 'failed'], 0, -1);
    return jobs.filter((j) => j?.name === JobName.DEADLINE_MISSED && (j.data as { deadlineId: string }).deadlineId === deadlineId);
  }

  /** Every (bucket) job on the queue for a minute, by minute. */
  async function bucketJobs(): Promise<Map<number, Job>> {
    const jobs = await queue.getJobs(['delayed', 'waiting', 'prioritized', 'active', 'failed'], 0, -1);
    return new Map(jobs.filter((j) => j?.name === JobName.FIRE_BUCKET && 'minute' in (j.data as object)).map((j) => [(j.data as BucketJob).minute, j]));
  }

  describe('the worker’s own arming loop', () => {
    it('plans and arms a new deadline by itself within a few of its periods', async () => {
      const caseId = await pressCase();
      const armed = await waitFor('the worker to arm the new deadline', async () => {
        const d = await deadlineOf(caseId);
        return d.armed_generation === d.generation ? d : undefined;
      });
      expect(armed.generation).toBe(1);
      const escalate = (await firings(armed.id)).find((f) => f.kind === 'ESCALATE')!;
      expect(escalate).toBeDefined();
      expect(await queue.getJob(bucketId(escalate.bucket))).toBeDefined();
      expect(await queue.getJob(SENTINEL)).toBeDefined();
    });

    afterAll(async () => {
      // From here on the tests call reconcile() themselves: stop the scheduler and let a running pass finish.
      await queue.removeJobScheduler(ARM_SCHEDULER);
      await waitFor('no arming pass to be left on the queue', async () => {
        const left = await queue.getJobs(['active', 'waiting', 'delayed', 'prioritized'], 0, -1);
        return !left.some((j) => j?.name === JobName.ARM_DEADLINES);
      });
    });
  });

  describe('a. arming', () => {
    it('plans one row per firing of the policy, arms one job per minute under deterministic ids; a second pass does nothing', async () => {
      const caseId = await pressCase();
      const before = await deadlineOf(caseId);
      expect(before).toMatchObject({ status: 'PENDING', generation: 1, armed_generation: null });

      // Only this one is open and unplanned (the loop planned the earlier one).
      expect(await unarmed()).toBe(1);
      const first = await arming.reconcile();
      expect(first).toEqual({ rearmedAll: false, armed: 1, buckets: 4, requeued: 0 });
      const d = await deadlineOf(caseId);
      expect(d.armed_generation).toBe(d.generation);

      // Published now: the due is 10 working days on, so both reminders fall after the start.
      const plan = planFirings(await t.app.get(CalendarService).current(), new Date(d.start_at), new Date(d.due_at!), REMIND_DAYS);
      expect(plan.map((f) => f.kind)).toEqual(['REMIND_3WD', 'REMIND_1WD', 'DUE_DAY', 'ESCALATE']);
      const rows = await firings(d.id);
      expect(rows).toEqual(
        plan.map((f) => ({
          deadline_id: d.id, generation: 1, kind: f.kind, due_at: new Date(d.due_at!), fire_at: f.fireAt,
          // The policy's instants are on the minute: the bucket is the firing's own minute.
          bucket: f.fireAt.getTime() / MINUTE_MS,
        })),
      );
      for (const f of rows) {
        const job = await queue.getJob(bucketId(f.bucket));
        expect(job).toBeDefined();
        expect(job!.name).toBe(JobName.FIRE_BUCKET);
        expect(job!.data).toEqual({ minute: f.bucket });
        expect(await job!.getState()).toBe('delayed');
        // Delayed until its minute (the delay was computed a moment before the job was stamped).
        expect(Math.abs(job!.timestamp + job!.delay - f.fire_at.getTime())).toBeLessThan(5_000);
        expect(job!.opts.attempts).toBe(10);
      }
      expect(rows.find((f) => f.kind === 'ESCALATE')!.fire_at.getTime()).toBe(new Date(d.due_at!).getTime() + 1);
      const jobs = await bucketJobs();

      // Nothing new to plan: no row, no job, no change.
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 0, buckets: 0, requeued: 0 });
      expect(await firings(d.id)).toEqual(rows);
      expect([...(await bucketJobs()).keys()].sort()).toEqual([...jobs.keys()].sort());
      expect(await deadlineOf(caseId)).toEqual(d);

      // Planning the same generation again (e.g. a lost UPDATE) adds no duplicate row or job: the keys are the same.
      await t.dataSource.query(`UPDATE deadline SET armed_generation = NULL WHERE id = $1`, [d.id]);
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 1, buckets: 4 });
      expect(await firings(d.id)).toEqual(rows);
      expect([...(await bucketJobs()).keys()].sort()).toEqual([...jobs.keys()].sort());
    });

    it('puts the deadlines of one minute in one bucket: 500 deadlines due together, one job, each claimed once', async () => {
      // 500 deadlines of one case (one key each), due together on a day of their own, a year ahead.
      const caseId = await pressCase();
      await reconcileExpectingAll();
      const dueDate = addCalendarDays(toVietnamDate(new Date()), 400);
      await t.dataSource.query(
        `INSERT INTO deadline (id, case_id, key, rule_key, start_at, due_at, status, generation, event_seq, created_at, updated_at)
         SELECT gen_random_uuid(), $1, 'k' || lpad(i::text, 3, '0'), 'A.PRESS_EXPLAIN', now(), $2, 'PENDING', 1, 4, now(), now()
           FROM generate_series(1, 500) AS i`,
        [caseId, endOfVietnamDay(dueDate)],
      );
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 500, buckets: 4 });
      const [{ rows, buckets }] = await t.dataSource.query(
        `SELECT count(*)::int AS rows, count(DISTINCT bucket)::int AS buckets FROM deadline_firing f JOIN deadline d ON d.id = f.deadline_id
          WHERE d.case_id = $1 AND d.key LIKE 'k%'`,
        [caseId],
      );
      expect({ rows, buckets }).toEqual({ rows: 2000, buckets: 4 });

      // The due day's reminders: one minute, one job for all 500.
      const [{ minute }] = await t.dataSource.query(
        `SELECT DISTINCT f.bucket AS minute FROM deadline_firing f JOIN deadline d ON d.id = f.deadline_id WHERE d.case_id = $1 AND d.key LIKE 'k%' AND f.kind = 'DUE_DAY'`,
        [caseId],
      );
      expect(await queue.getJob(bucketId(minute))).toBeDefined();
      const [{ inBucket }] = await t.dataSource.query(`SELECT count(*)::int AS "inBucket" FROM deadline_firing WHERE bucket = $1`, [minute]);
      expect(inBucket).toBe(500);

      // Two runs of that bucket at once (a redelivery racing the first): each firing is claimed once.
      const answers = (await Promise.all([bucket.handle({ minute }), bucket.handle({ minute })])) as { fired: number; skipped: number }[];
      expect(answers.reduce((n, a) => n + a.fired, 0)).toBe(500);
      expect(answers.reduce((n, a) => n + a.skipped, 0)).toBe(0);
      expect(await bucket.handle({ minute })).toEqual({ fired: 0, skipped: 0 });
      const [counts] = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM deadline_delivery dd JOIN deadline d ON d.id = dd.deadline_id WHERE d.case_id = $1 AND d.key LIKE 'k%') AS deliveries,
                (SELECT count(*)::int FROM notification WHERE case_id = $1 AND kind = 'DUE_DAY') AS notifications,
                (SELECT count(DISTINCT source_key)::int FROM notification WHERE case_id = $1 AND kind = 'DUE_DAY') AS notices`,
        [caseId],
      );
      // The city's task force and office, for each of the 500.
      expect(counts).toEqual({ deliveries: 500, notifications: 1000, notices: 500 });
      expect(await t.dataSource.query(`SELECT 1 FROM deadline_firing WHERE bucket = $1`, [minute])).toEqual([]);

      // The rest is not this test's business: close them, and take back the 1000 notices (the paging tests below read
      // the task force's notifications on one page).
      await t.dataSource.query(`UPDATE deadline SET status = 'CANCELLED', closed_at = now() WHERE case_id = $1 AND key LIKE 'k%'`, [caseId]);
      await t.dataSource.query(`DELETE FROM notification WHERE case_id = $1 AND kind = 'DUE_DAY'`, [caseId]);
    });

    it('leaves a closed deadline alone', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      await t.dataSource.query(`UPDATE deadline SET status = 'CANCELLED' WHERE id = $1`, [d.id]);
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 0 });
      expect((await deadlineById(d.id)).armed_generation).toBeNull();
      expect(await firings(d.id)).toEqual([]);
    });
  });

  describe('b. exactly once', () => {
    beforeEach(quiet);

    it('acts on a firing delivered twice only once: one delivery row, one notification per recipient', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = await plannedOwn(d, 'REMIND_1WD');

      expect(await bucket.handle(job)).toEqual({ fired: 1, skipped: 0 });
      // The same bucket again: its row was taken.
      expect(await bucket.handle(job)).toEqual({ fired: 0, skipped: 0 });
      // The same firing planned again (the deadline planned anew for the same generation): claimed already, skipped.
      await t.dataSource.query(`UPDATE deadline SET armed_generation = NULL WHERE id = $1`, [d.id]);
      await reconcileExpectingAll();
      expect(await bucket.handle({ minute: await own(d.id, ['REMIND_1WD']) })).toEqual({ fired: 0, skipped: 1 });

      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'REMIND_1WD' }]);
      // The city's task force and office are reminded; the secretary, the standing committee and the wards are not.
      expect(await recipients(caseId)).toEqual(['office:REMIND_1WD', 'taskForce:REMIND_1WD']);
      const rows = await notifications(caseId);
      for (const n of rows) {
        expect(n.source_key).toBe(`dl-${d.id}-g1-REMIND_1WD-${new Date(d.due_at!).getTime()}`);
        expect(n.title).toMatch(/^Sắp đến hạn: /);
        expect(n.read_at).toBeNull();
      }
      // A reminder changes neither the deadline nor the case.
      expect(await deadlineById(d.id)).toMatchObject({ status: 'PENDING', closed_at: null });
      expect(await caseState(caseId)).toEqual({ state: 'explanationRequested', version: 4 });
    });

    it('acts once when two deliveries of the same bucket run at the same time', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = await plannedOwn(d, 'DUE_DAY');

      const answers = await Promise.all([bucket.handle(job), bucket.handle({ ...job })]);
      expect(answers).toEqual(expect.arrayContaining([{ fired: 1, skipped: 0 }, { fired: 0, skipped: 0 }]));
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'DUE_DAY' }]);
      expect(await recipients(caseId)).toEqual(['office:DUE_DAY', 'taskForce:DUE_DAY']);
      expect((await notifications(caseId)).every((n) => n.title.startsWith('Hôm nay đến hạn: '))).toBe(true);
    });

    it('escalates once for two concurrent runs, and sends the case DEADLINE_MISSED once for two deliveries of its job', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = await plannedOwn(d, 'ESCALATE');

      const answers = await Promise.all([bucket.handle(job), bucket.handle({ ...job })]);
      expect(answers).toEqual(expect.arrayContaining([{ fired: 1, skipped: 0 }, { fired: 0, skipped: 0 }]));
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'ESCALATE' }]);
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED', closed_at: expect.any(Date) });
      // The machine event is still to send, and its job is queued (behind any bucket).
      expect(await unsentMissed(d.id)).toEqual([{ generation: 1 }]);
      const [queued] = await missedJobsOf(d.id);
      expect(queued.id).toBe(missedId(d));
      expect(queued.opts.priority).toBeGreaterThan(0);

      const sent = await Promise.all([missed.handle({ deadlineId: d.id, generation: 1 }), missed.handle({ deadlineId: d.id, generation: 1 })]);
      expect(sent.sort()).toEqual(['DONE', 'SKIPPED']);
      expect(await unsentMissed(d.id)).toEqual([]);
      expect(await events(caseId, 'DEADLINE_MISSED')).toHaveLength(1);
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });
    });
  });

  describe('c. a worker killed while handling', () => {
    beforeEach(quiet);

    it('records nothing when it dies before the commit; the retry then acts exactly once', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = await plannedOwn(d, 'REMIND_3WD');
      const before = await written(caseId);

      // The handler does all its work in the chunk's transaction, then the process "dies" before COMMIT.
      const ds = t.app.get(DataSource);
      const original = ds.transaction.bind(ds) as (fn: (m: EntityManager) => Promise<unknown>) => Promise<unknown>;
      const spy = jest.spyOn(ds, 'transaction').mockImplementationOnce((async (fn: (m: EntityManager) => Promise<unknown>) =>
        original(async (m) => {
          await fn(m);
          const claimed: unknown[] = await m.query(`SELECT 1 FROM deadline_delivery WHERE deadline_id = $1`, [d.id]);
          expect(claimed).toHaveLength(1); // the claim was made inside the transaction…
          throw new Error('worker killed before commit');
        })) as never);
      await expect(bucket.handle(job)).rejects.toThrow('worker killed before commit');
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();

      // …and rolled back with everything else, the taken firing row included.
      expect(await written(caseId)).toEqual(before);
      expect(await deliveries(d.id)).toEqual([]);
      expect(await notifications(caseId)).toEqual([]);
      expect((await firings(d.id)).filter((f) => f.bucket === job.minute).map((f) => f.kind)).toEqual(['REMIND_3WD']);

      // BullMQ retries the job: it acts now, once.
      expect(await bucket.handle(job)).toEqual({ fired: 1, skipped: 0 });
      expect(await bucket.handle(job)).toEqual({ fired: 0, skipped: 0 });
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'REMIND_3WD' }]);
      expect(await recipients(caseId)).toEqual(['office:REMIND_3WD', 'taskForce:REMIND_3WD']);
    });

    it('a bucket of several deadlines redelivered after a crash between the claim and the notifications notifies each once', async () => {
      const cases = [await pressCase(), await pressCase(), await pressCase()];
      const ds = await Promise.all(cases.map((c) => deadlineOf(c)));
      await reconcileExpectingAll();
      const job = { minute: await own(ds.map((d) => d.id), ['DUE_DAY']) };

      // Claimed and notified in the transaction, then killed while writing the channel deliveries.
      const spy = jest.spyOn(t.app.get(NotificationOutboxService), 'addDeliveries').mockRejectedValueOnce(new Error('worker killed after the claim'));
      await expect(bucket.handle(job)).rejects.toThrow('worker killed after the claim');
      spy.mockRestore();
      for (const d of ds) expect(await deliveries(d.id)).toEqual([]);
      for (const c of cases) expect(await notifications(c)).toEqual([]);

      expect(await bucket.handle(job)).toEqual({ fired: 3, skipped: 0 });
      expect(await bucket.handle(job)).toEqual({ fired: 0, skipped: 0 });
      for (const d of ds) expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'DUE_DAY' }]);
      for (const c of cases) expect(await recipients(c)).toEqual(['office:DUE_DAY', 'taskForce:DUE_DAY']);
    });

    it('an escalation whose machine event fails: MISSED and notified once; the event job retries and moves the case once', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = await plannedOwn(d, 'ESCALATE');

      expect(await bucket.handle(job)).toEqual({ fired: 1, skipped: 0 });
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED', closed_at: expect.any(Date) });
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      const notified = await written(caseId);

      const spy = jest.spyOn(t.app.get(CaseCommandService), 'sendAsSystem').mockRejectedValueOnce(new Error('worker killed while escalating'));
      await expect(missed.handle({ deadlineId: d.id, generation: 1 })).rejects.toThrow('worker killed while escalating');
      expect(spy).toHaveBeenCalledTimes(1);
      spy.mockRestore();

      // Nothing of the event was written, and it is still to send.
      expect(await written(caseId)).toEqual(notified);
      expect(await unsentMissed(d.id)).toEqual([{ generation: 1 }]);
      expect(await caseState(caseId)).toEqual({ state: 'explanationRequested', version: 4 });
      expect(await events(caseId, 'DEADLINE_MISSED')).toEqual([]);

      expect(await missed.handle({ deadlineId: d.id, generation: 1 })).toBe('DONE');
      expect(await missed.handle({ deadlineId: d.id, generation: 1 })).toBe('SKIPPED');
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: 1, kind: 'ESCALATE' }]);
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });
      const sent = await events(caseId, 'DEADLINE_MISSED');
      expect(sent).toEqual([{ seq: 5, actor_id: SYSTEM_ACTOR_ID, payload: { key: 'explanation', generation: 1 } }]);
    });

    it('an escalation committed but never queued (killed before its event job was added) is queued again by the reconciler', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const job = await plannedOwn(d, 'ESCALATE');

      const spy = jest.spyOn(queue, 'addBulk').mockRejectedValueOnce(new Error('worker killed after the commit'));
      await expect(bucket.handle(job)).rejects.toThrow('worker killed after the commit');
      spy.mockRestore();
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED' });
      expect(await unsentMissed(d.id)).toEqual([{ generation: 1 }]);
      expect(await missedJobsOf(d.id)).toEqual([]);
      // The bucket's retry finds nothing left to fire.
      expect(await bucket.handle(job)).toEqual({ fired: 0, skipped: 0 });

      // A minute on, the reconciler queues the event again; the worker sends it.
      await t.dataSource.query(`UPDATE deadline_missed_event SET created_at = now() - interval '2 minutes' WHERE deadline_id = $1`, [d.id]);
      const run = nextRun(missedId(d));
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, requeued: 1 });
      await wake();
      expect(await run()).toBe('DONE');
      expect(await unsentMissed(d.id)).toEqual([]);
      expect(await events(caseId, 'DEADLINE_MISSED')).toHaveLength(1);
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });
    });
  });

  describe('d. stale firings', () => {
    beforeEach(quiet);

    it('skips, writing nothing, a firing for a moved due, another generation, an unknown deadline, or the sentinel', async () => {
      const caseId = await pressCase();
      const d = await deadlineOf(caseId);
      const minute = ownMinute++;
      const due = new Date(d.due_at!);
      const stale: [string, number, string, Date][] = [
        [d.id, 1, 'REMIND_1WD', new Date(due.getTime() - 86_400_000)], // planned for another due
        [d.id, 1, 'ESCALATE', new Date('2026-01-01T16:59:59.999Z')],
        [d.id, 2, 'REMIND_1WD', due], // a generation the row does not have
        ['5b0e6c2e-6a56-4c8e-9d57-1b1c1f0e7a11', 1, 'REMIND_1WD', due],
      ];
      for (const [id, generation, kind, dueAt] of stale) {
        await t.dataSource.query(
          `INSERT INTO deadline_firing (deadline_id, generation, kind, due_at, fire_at, bucket) VALUES ($1, $2, $3, $4, $4, $5)`,
          [id, generation, kind, dueAt, minute],
        );
      }
      const before = await written(caseId);
      expect(await bucket.handle({ minute })).toEqual({ fired: 0, skipped: 4 });
      expect(await bucket.handle({ sentinel: true })).toBe('SKIPPED');
      expect(await written(caseId)).toEqual(before);
      // Stale rows are dropped, not left to fire later.
      expect(await t.dataSource.query(`SELECT 1 FROM deadline_firing WHERE bucket = $1`, [minute])).toEqual([]);

      // The explanation arrives: the deadline is MET, and neither a reminder nor the escalation acts any more.
      await reconcileExpectingAll();
      const own4 = await own(d.id);
      await step(caseId, 'RECORD_EXPLANATION', 4, 'office', { receivedAt: new Date().toISOString(), summary: 'Báo cáo giải trình của người đứng đầu' });
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MET' });
      const met = await written(caseId);
      expect(await bucket.handle({ minute: own4 })).toEqual({ fired: 0, skipped: 4 });
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
      expect((await firings(g1.id)).map((f) => f.kind).sort()).toEqual(KINDS);

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

      // The reconciler plans generation 2 only; the worker fires the reminder that is due now.
      expect(await unarmed()).toBe(1);
      expect(await armAndFireNow()).toMatchObject({ fired: 1 });
      expect((await deadlineOf(caseId, 2)).armed_generation).toBe(2);
      expect(await recipients(caseId)).toEqual([`office:${kind}`, `taskForce:${kind}`]);
      const escalate = (await firings(g2.id)).find((f) => f.kind === 'ESCALATE')!;
      expect(await (await queue.getJob(bucketId(escalate.bucket)))!.getState()).toBe('delayed');

      // The generation 1 firings still planned, and a generation 2 firing planned for another due, are skipped.
      const stale = await own(g1.id);
      await t.dataSource.query(
        `INSERT INTO deadline_firing (deadline_id, generation, kind, due_at, fire_at, bucket) VALUES ($1, 2, 'REMIND_3WD', $2, $2, $3)`,
        [g2.id, new Date(g1.due_at!), stale],
      );
      const before = await written(caseId);
      expect(await bucket.handle({ minute: stale })).toEqual({ fired: 0, skipped: 5 });
      expect(await written(caseId)).toEqual(before);

      expect(await deliveries(g1.id)).toEqual([]);
      expect(await deliveries(g2.id)).toEqual([{ deadline_id: g2.id, generation: 2, kind }]);
      const rows = await notifications(caseId);
      const key = `dl-${g2.id}-g2-${kind}-${new Date(g2.due_at!).getTime()}`;
      expect(rows.map((n) => n.source_key)).toEqual([key, key]);
      expect(await deadlineById(g1.id)).toMatchObject({ status: 'CANCELLED' });
      expect(await deadlineById(g2.id)).toMatchObject({ status: 'PENDING' });
    });
  });

  describe('excluded people', () => {
    beforeEach(quiet);

    it('a subject of the case, a member who declared a conflict, or the head of a subject organisation gets no reminder or escalation for it; others still do', async () => {
      // Three cases whose firings fall in the same bucket: the office is a subject of the first, the secretary declared
      // a conflict on it. The second case has neither. The third is about the city committee, whose secretary heads it.
      const [onThem, other, onTheirUnit] = [await pressCase(), await pressCase(), await pressCase()];
      const subject = await t.http.post(`/cases/${onThem}/participants`).set(as('taskForce'))
        .send({ relation: 'SUBJECT', userId: org.userIds.office, reason: 'Người bị phản ánh trong bài báo' });
      expect(subject.status).toBe(201);
      const conflict = await t.http.post(`/cases/${onThem}/participants`).set(as('secretary')).send({ relation: 'CONFLICT', reason: 'Là người thân của người bị phản ánh' });
      expect(conflict.status).toBe(201);
      const organisation = await t.http.post(`/cases/${onTheirUnit}/participants`).set(as('taskForce'))
        .send({ relation: 'SUBJECT_ORGANISATION', unitId: org.city.id, reason: 'Tổ chức đảng bị phản ánh' });
      expect(organisation.status).toBe(201);
      const ds = [await deadlineOf(onThem), await deadlineOf(other), await deadlineOf(onTheirUnit)];
      await reconcileExpectingAll();

      expect(await bucket.handle({ minute: await own(ds.map((d) => d.id), ['REMIND_1WD']) })).toEqual({ fired: 3, skipped: 0 });
      expect(await bucket.handle({ minute: await own(ds.map((d) => d.id), ['ESCALATE']) })).toEqual({ fired: 3, skipped: 0 });
      expect(await recipients(onThem)).toEqual(['standing:ESCALATE', 'taskForce:REMIND_1WD']);
      expect(await recipients(other)).toEqual(['office:REMIND_1WD', 'secretary:ESCALATE', 'standing:ESCALATE', 'taskForce:REMIND_1WD']);
      expect(await recipients(onTheirUnit)).toEqual(['office:REMIND_1WD', 'standing:ESCALATE', 'taskForce:REMIND_1WD']);
      // Both were delivered (claimed), whoever was left out.
      for (const d of ds) expect((await deliveries(d.id)).map((r) => r.kind)).toEqual(['ESCALATE', 'REMIND_1WD']);
    });
  });

  describe('upgrade from per-deadline jobs', () => {
    it('completes a first-release fire-deadline job left on the queue without acting on it', async () => {
      const id = 'fire-deadline-legacy-1';
      const run = nextRun(id);
      await queue.add('fire-deadline', { deadlineId: '00000000-0000-4000-8000-000000000001', generation: 1, kind: 'ESCALATE' }, { jobId: id });
      await wake();
      expect(await run()).toEqual({ obsolete: true });
    });
  });

  describe('e. escalation end to end through the worker', () => {
    let caseId: string;
    let secretaryNotice: { id: string };

    it('a due passed a few seconds ago is escalated by the worker: MISSED, DEADLINE_MISSED by the system, overdue state', async () => {
      caseId = await pressCase();
      const d0 = await deadlineOf(caseId);
      const d = await escalateNow(d0.id);
      const event = nextRun(missedId(d));
      expect(await armAndFireNow()).toMatchObject({ fired: 1 });
      const missedRow = await deadlineById(d.id);
      expect(missedRow.status).toBe('MISSED');
      expect(missedRow.closed_at).not.toBeNull();
      expect(await deliveries(d.id)).toContainEqual({ deadline_id: d.id, generation: 1, kind: 'ESCALATE' });

      // The machine event follows as its own job.
      await wake();
      expect(await event()).toBe('DONE');
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
    it('re-arms every bucket from the database after the queue lost everything, plans nothing again, and still acts once', async () => {
      // A deadline with one reminder due now.
      const caseId = await pressCase();
      const { d, kind } = await oneReminderDueNow((await deadlineOf(caseId)).id);
      expect(await armAndFireNow()).toMatchObject({ fired: 1 });
      const sent = await recipients(caseId);
      expect(sent).toEqual([`office:${kind}`, `taskForce:${kind}`]);
      const sentDeliveries = await deliveries(d.id);
      expect(sentDeliveries).toEqual([{ deadline_id: d.id, generation: 1, kind }]);
      const escalate = (await firings(d.id)).find((f) => f.kind === 'ESCALATE')!;

      // The queue loses everything (a Redis flush / a wiped queue schema): the sentinel and every bucket job.
      await loseQueue();
      expect((await bucketJobs()).size).toBe(0);

      // No deadline is lost: every open one keeps its planned firings, and each minute that has one gets its job back.
      const planned: { bucket: number }[] = await t.dataSource.query(`SELECT DISTINCT bucket FROM deadline_firing ORDER BY bucket`);
      const [{ lost }] = await t.dataSource.query(
        `SELECT count(*)::int AS lost FROM deadline d WHERE d.status = 'PENDING' AND d.due_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM deadline_firing f WHERE f.deadline_id = d.id AND f.generation = d.generation)`,
      );
      expect(lost).toBe(0);
      const result = await arming.reconcile();
      expect(result).toEqual({ rearmedAll: true, armed: 0, buckets: planned.length, requeued: 0 });
      expect(await queue.getJob(SENTINEL)).toBeDefined();
      expect(await unarmed()).toBe(0);
      expect([...(await bucketJobs()).keys()].sort((a, b) => a - b)).toEqual(planned.map((p) => p.bucket));
      expect(await queue.getJob(bucketId(escalate.bucket))).toBeDefined();
      // A second pass finds the sentinel back and nothing to do.
      expect(await arming.reconcile()).toEqual({ rearmedAll: false, armed: 0, buckets: 0, requeued: 0 });

      // The reminder already sent, planned again (e.g. after a restore of the database), is skipped when it fires.
      await t.dataSource.query(`UPDATE deadline SET armed_generation = NULL WHERE id = $1`, [d.id]);
      expect(await armAndFireNow()).toMatchObject({ fired: 0, skipped: 1 });
      expect(await deliveries(d.id)).toEqual(sentDeliveries);
      expect(await recipients(caseId)).toEqual(sent);

      // Made due now, it escalates once, and the machine moves the case.
      const due = await escalateNow(d.id);
      const event = nextRun(missedId(due));
      expect(await unarmed()).toBe(1);
      expect(await armAndFireNow()).toMatchObject({ fired: 1 });
      await wake();
      expect(await event()).toBe('DONE');
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED' });
      expect((await deliveries(d.id)).filter((r) => r.kind === 'ESCALATE')).toHaveLength(1);
      const all = await recipients(caseId);
      expect(all.filter((r) => r.endsWith(':ESCALATE'))).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(new Set(all).size).toBe(all.length);
      expect(await events(caseId, 'DEADLINE_MISSED')).toHaveLength(1);
      expect(await caseState(caseId)).toEqual({ state: 'explanationOverdue', version: 5 });

      // Lost again after the escalation: nothing of the MISSED deadline is armed again, nothing is sent twice.
      await loseQueue();
      const again = await arming.reconcile();
      expect(again.rearmedAll).toBe(true);
      expect((await firings(d.id)).filter((f) => f.generation === 1 && f.kind !== 'DUE_DAY')).toEqual([]);
      expect(await missedJobsOf(d.id)).toEqual([]);
      expect(await recipients(caseId)).toEqual(all);
    });
  });

  describe('late and failed buckets', () => {
    /** A deadline whose escalation was planned for a minute now past, with no job left for it (worker down, queue lost). */
    async function escalationMissedWhileDown(): Promise<{ caseId: string; d: DeadlineRow; minute: number }> {
      const caseId = await pressCase();
      await reconcileExpectingAll();
      const d0 = await deadlineOf(caseId);
      // Planned long ago for a due three minutes back: the rows as the planner wrote them then, the row still planned.
      await t.dataSource.query(`UPDATE deadline SET start_at = now() - interval '1 day', due_at = date_trunc('minute', now()) - interval '3 minutes 1 millisecond' WHERE id = $1`, [d0.id]);
      const d = await deadlineById(d0.id);
      const minute = Math.ceil((new Date(d.due_at!).getTime() + 1) / MINUTE_MS);
      await t.dataSource.query(`DELETE FROM deadline_firing WHERE deadline_id = $1`, [d.id]);
      await t.dataSource.query(
        `INSERT INTO deadline_firing (deadline_id, generation, kind, due_at, fire_at, bucket) VALUES ($1, 1, 'ESCALATE', $2, $3, $4)`,
        [d.id, d.due_at, new Date(new Date(d.due_at!).getTime() + 1), minute],
      );
      expect(minute).toBeLessThan(nowMinute());
      expect(await queue.getJob(bucketId(minute))).toBeUndefined();
      return { caseId, d, minute };
    }

    it('a minute that passed while the worker was down fires on the next pass', async () => {
      const { caseId, d, minute } = await escalationMissedWhileDown();
      const [run, event] = [nextRun(bucketId(minute)), nextRun(missedId(d))];
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 0, requeued: 1 });
      await wake();
      expect(await run()).toEqual({ fired: 1, skipped: 0 });
      expect(await event()).toBe('DONE');
      expect(await deadlineById(d.id)).toMatchObject({ status: 'MISSED' });
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(await firings(d.id)).toEqual([]);
    });

    it('a bucket whose job failed every attempt is queued again while it still holds firings', async () => {
      await quiet();
      const { caseId, d, minute } = await escalationMissedWhileDown();
      // Its job, with a single attempt, fails.
      await queue.add(JobName.FIRE_BUCKET, { minute }, { jobId: bucketId(minute), attempts: 1 });
      const failing = jest.spyOn(bucket, 'handle').mockRejectedValueOnce(new Error('database unreachable'));
      const first = finished(bucketId(minute)).length;
      await wake();
      await waitFor('the bucket job to fail', async () => finished(bucketId(minute))[first]);
      expect(finished(bucketId(minute))[first]).toEqual({ ok: false, result: 'database unreachable' });
      failing.mockRestore();
      expect(await (await queue.getJob(bucketId(minute)))!.getState()).toBe('failed');
      expect(await firings(d.id)).toHaveLength(1);

      // The reconciler sees a past minute still holding a firing: the failed job is replaced, and the firing done.
      const [run, event] = [nextRun(bucketId(minute)), nextRun(missedId(d))];
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, requeued: 1 });
      await wake();
      expect(await run()).toEqual({ fired: 1, skipped: 0 });
      expect(await event()).toBe('DONE');
      expect(await recipients(caseId)).toEqual(['secretary:ESCALATE', 'standing:ESCALATE']);
      expect(await firings(d.id)).toEqual([]);
      expect(await arming.reconcile()).toMatchObject({ requeued: 0 });
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

  describe('a due moved after the deadline was planned', () => {
    const REASON = 'Phường B chờ hướng dẫn mới của Thành ủy nên chưa áp dụng thời hạn giải trình';
    const DUE_REASON = 'Bí thư phường B đặt hạn theo kế hoạch kiểm tra';
    const CAL_REASON = 'Áp dụng thông báo lịch nghỉ chính thức của Chính phủ (thử nghiệm)';
    const RECOMPUTE_REASON = 'Tính lại thời hạn theo lịch nghỉ chính thức mới (thử nghiệm)';
    const ADMIN_PASSWORD = 'mat-khau-quan-tri-thu-nghiem-1';

    beforeEach(quiet);

    it('a second hand-set due makes the firings planned for the first one stale, and the reconciler plans the new one', async () => {
      // Ward B has no legal explanation deadline (the city's override): its secretary sets the due by hand, and may change it.
      await t.http
        .post('/rules/overrides')
        .set(as('secretary'))
        .send({ key: 'A.PRESS_EXPLAIN', orgUnitId: org.wardB.id, value: null, reason: REASON, effectiveFrom: '2020-01-01' })
        .expect(201);
      const caseId = await pressCase('wardB');
      expect((await deadlineOf(caseId)).due_at).toBeNull();
      // Without a due there is nothing to plan.
      await reconcileExpectingAll();
      expect((await deadlineOf(caseId)).armed_generation).toBeNull();

      const today = toVietnamDate(new Date());
      await t.http.post(`/cases/${caseId}/deadlines/explanation/due`).set(as('wardB')).send({ dueDate: addCalendarDays(today, 20), reason: DUE_REASON }).expect(201);
      expect(await unarmed()).toBe(1);
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 1 });
      const first = await deadlineOf(caseId);
      expect((await firings(first.id)).map((f) => f.kind).sort()).toEqual(KINDS);

      await t.http.post(`/cases/${caseId}/deadlines/explanation/due`).set(as('wardB')).send({ dueDate: addCalendarDays(today, 30), reason: DUE_REASON }).expect(201);
      const d = await deadlineOf(caseId);
      expect(d.generation).toBe(first.generation);
      expect(new Date(d.due_at!).getTime()).toBeGreaterThan(new Date(first.due_at!).getTime());
      // The firings planned for the first due are stale: were their minute to come before the next pass, they are skipped.
      const old = await own(d.id);
      expect(await bucket.handle({ minute: old })).toEqual({ fired: 0, skipped: 4 });
      expect(await deliveries(d.id)).toEqual([]);

      // The new due is planned again, with its own minutes.
      expect(await unarmed()).toBe(1);
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 1 });
      const rows = await firings(d.id);
      expect(rows.every((f) => f.due_at.getTime() === new Date(d.due_at!).getTime())).toBe(true);
      expect(await queue.getJob(bucketId(rows.find((f) => f.kind === 'ESCALATE')!.bucket))).toBeDefined();
      expect(await bucket.handle({ minute: await own(d.id, ['REMIND_1WD']) })).toEqual({ fired: 1, skipped: 0 });
      expect(await deliveries(d.id)).toEqual([{ deadline_id: d.id, generation: d.generation, kind: 'REMIND_1WD' }]);

      // Moved again after that reminder went out: the new due gets its own reminder (same generation, same kind).
      await t.http.post(`/cases/${caseId}/deadlines/explanation/due`).set(as('wardB')).send({ dueDate: addCalendarDays(today, 40), reason: DUE_REASON }).expect(201);
      expect(await arming.reconcile()).toMatchObject({ rearmedAll: false, armed: 1 });
      expect(await bucket.handle({ minute: await own(d.id, ['REMIND_1WD']) })).toEqual({ fired: 1, skipped: 0 });
      const again: { kind: string; n: number }[] = await t.dataSource.query(
        `SELECT kind, count(*)::int AS n FROM deadline_delivery WHERE deadline_id = $1 GROUP BY kind`,
        [d.id],
      );
      expect(again).toEqual([{ kind: 'REMIND_1WD', n: 2 }]);
      const notices: { n: number }[] = await t.dataSource.query(
        `SELECT count(DISTINCT source_key)::int AS n FROM notification WHERE case_id = $1 AND kind = 'REMIND_1WD'`,
        [caseId],
      );
      expect(notices[0].n).toBe(2);
    });

    describe('by the recompute command after a calendar change', () => {
      let caseId: string;
      let moved: DeadlineRow;

      it('moves a planned due one working day later; the firings planned for the old due are stale', async () => {
        const dir = t.app.get(OrgDirectoryService);
        const { id } = await dir.createUser({ username: 'qt-nhac-han', displayName: 'Quản trị', password: ADMIN_PASSWORD });
        await dir.assignRole(id, org.city.id, Role.ADMIN);
        const admin = (await t.http.post('/auth/login').send({ username: 'qt-nhac-han', password: ADMIN_PASSWORD }).expect(200)).body.accessToken as string;

        caseId = await pressCase();
        await reconcileExpectingAll();
        const before = await deadlineOf(caseId);
        expect(await firings(before.id)).toHaveLength(4);

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
        expect(moved.armed_generation).toBeNull();
        expect(new Date(moved.due_at!).getTime()).toBeGreaterThan(new Date(before.due_at!).getTime());
        // What is still planned is for the old due: were its minute to come before the next pass, it is skipped.
        const minute = await own(moved.id);
        expect(await bucket.handle({ minute })).toEqual({ fired: 0, skipped: 4 });
        expect(await deliveries(moved.id)).toEqual([]);
      });

      it('the reconciler plans the recomputed due', async () => {
        expect((await arming.reconcile()).armed).toBeGreaterThanOrEqual(1);
        const rows = await firings(moved.id);
        expect(rows).toHaveLength(4);
        expect(rows.every((f) => f.due_at.getTime() === new Date(moved.due_at!).getTime())).toBe(true);
        expect(await queue.getJob(bucketId(rows.find((f) => f.kind === 'ESCALATE')!.bucket))).toBeDefined();
      });
    });
  });

  describe('the worker’s own loop after a queue loss', () => {
    let later: string;

    it('runs as at start, then loses its scheduler with the rest of the queue', async () => {
      // The worker as it runs normally: its scheduler in place (as JobsProcessor creates it at start).
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
        async () => {
          if ((await deadlineOf(later)).armed_generation !== 1 || (await queue.getJob(SENTINEL)) === undefined) return false;
          const escalate = (await firings((await deadlineOf(later)).id)).find((f) => f.kind === 'ESCALATE');
          return escalate !== undefined && (await queue.getJob(bucketId(escalate.bucket))) !== undefined;
        },
        3 * config.DEADLINE_ARM_EVERY_MS + 2_000,
      );
    });
  });
});
