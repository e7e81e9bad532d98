// Operations (issue 14): the queue view for administrators over HTTP, on whichever backend the suite runs on (BullMQ
// on PostgreSQL when embedded, on Redis against the real services). Jobs are made to fail on purpose by a processor
// of the test's own, which succeeds on the next attempt: a retry is seen to run the job again.
import { randomUUID } from 'node:crypto';
import type { Job, Queue } from 'bullmq';
import { Role } from '@hoso/workflows';
import { QueueBackend, QueueName } from '@hoso/core/queue';
import { addPerson, createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

const FAILING = 'queue-admin-test';
const REASON = 'Đã khắc phục máy chủ thư, chạy lại công việc';

async function until(what: string, check: () => Promise<boolean>, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the queue view for administrators (/admin/queues)', () => {
  let t: TestApp;
  let org: DemoOrg;
  let admin: { id: string; token: string };
  let wardAdmin: { id: string; token: string };
  let queue: Queue;
  /** Runs per job id: the first run of a job fails, the next succeeds. */
  const runs = new Map<string, number>();

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    admin = await addPerson(t, 'quantri', org.city.id, [Role.ADMIN]);
    wardAdmin = await addPerson(t, 'quantri-a', org.wardA.id, [Role.ADMIN]);
    const backend = t.app.get(QueueBackend);
    queue = await backend.queue(QueueName.NOTIFICATIONS);
    await backend.worker(QueueName.NOTIFICATIONS, async (job: Job) => {
      const n = (runs.get(job.id!) ?? 0) + 1;
      runs.set(job.id!, n);
      if (n === 1) throw new Error(`SMTP 550 hộp thư nguyen.van.a@example.vn không tồn tại\n    at send (smtp.ts:1)`);
      return 'sent';
    });
  });
  afterAll(() => t?.close());

  const as = (token: string) => ({ Authorization: `Bearer ${token}` });

  /** Adds jobs that fail at their first run, and waits until they have. */
  async function failJobs(ids: string[]): Promise<void> {
    for (const id of ids) {
      await queue.add(FAILING, { deliveryId: randomUUID(), minute: 29_000_000, displayName: 'Nguyễn Văn A', body: 'Nội dung thông báo' }, { jobId: id, attempts: 1 });
    }
    await until(`${ids.join(', ')} failed`, async () => (await Promise.all(ids.map((id) => queue.getJobState(id)))).every((s) => s === 'failed'));
  }

  const countsOf = async (name: QueueName) => {
    const res = await t.http.get('/admin/queues').set(as(admin.token)).expect(200);
    return (res.body.queues as { name: string }[]).find((q) => q.name === name) as Record<string, number | string>;
  };

  it('lists every queue with its counts, on the backend in use', async () => {
    await failJobs(['fail-a', 'fail-b']);
    const res = await t.http.get('/admin/queues').set(as(admin.token)).expect(200);
    expect(res.body.backend).toBe(process.env.DATABASE_URL && process.env.REDIS_URL ? 'redis' : 'postgres');
    expect(res.body.queues.map((q: { name: string }) => q.name)).toEqual(Object.values(QueueName));
    expect(await countsOf(QueueName.NOTIFICATIONS)).toEqual({ name: 'notifications', waiting: 0, active: 0, delayed: 0, failed: 2, completed: 0 });
    expect(await countsOf(QueueName.AUDIT)).toEqual({ name: 'audit', waiting: 0, active: 0, delayed: 0, failed: 0, completed: 0 });
  });

  it('lists the failed jobs page by page with ids and numbers only, the reason on one line with the e-mail masked', async () => {
    const first = await t.http.get('/admin/queues/notifications/failed?page=1&pageSize=1').set(as(admin.token)).expect(200);
    expect(first.body).toMatchObject({ queue: 'notifications', page: 1, pageSize: 1, total: 2 });
    expect(first.body.items).toHaveLength(1);
    const second = await t.http.get('/admin/queues/notifications/failed?page=2&pageSize=1').set(as(admin.token)).expect(200);
    const third = await t.http.get('/admin/queues/notifications/failed?page=3&pageSize=1').set(as(admin.token)).expect(200);
    expect(third.body.items).toEqual([]);
    const ids = [first.body.items[0].id, second.body.items[0].id];
    expect(ids.sort()).toEqual(['fail-a', 'fail-b']);

    const job = first.body.items[0];
    expect(job).toEqual({
      id: expect.any(String),
      name: FAILING,
      attemptsMade: 1,
      maxAttempts: 1,
      failedReason: 'SMTP 550 hộp thư [e-mail] không tồn tại',
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      processedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      failedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      data: { deliveryId: expect.stringMatching(/^[0-9a-f-]{36}$/), minute: 29_000_000 },
    });
    expect(JSON.stringify(first.body)).not.toMatch(/Nguyễn|Nội dung|example\.vn/);
  });

  it('refuses anyone but an administrator of the top unit (403), and a caller without a token (401)', async () => {
    const routes = [
      () => t.http.get('/admin/queues'),
      () => t.http.get('/admin/queues/notifications/failed'),
      () => t.http.post('/admin/queues/notifications/failed/fail-a/retry').send({ reason: REASON }),
      () => t.http.post('/admin/queues/notifications/failed/retry-all').send({ reason: REASON }),
    ];
    for (const route of routes) {
      for (const token of [org.tokens.secretary, org.tokens.auditor, wardAdmin.token]) {
        const res = await route().set(as(token));
        expect({ status: res.status, code: res.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
        expect(res.body.message).toBe('Bạn không có quyền thực hiện thao tác này.');
      }
      const anonymous = await route();
      expect({ status: anonymous.status, code: anonymous.body.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    }
    // Nothing was retried by the refused calls.
    expect(await queue.getJobState('fail-a')).toBe('failed');
    // A non-admin asking about a queue that does not exist learns nothing about it either.
    await t.http.get('/admin/queues/no-such-queue/failed').set(as(org.tokens.secretary)).expect(403);
  });

  it('answers 404 with a stable code for an unknown queue or job, and 400 for a missing or short reason', async () => {
    for (const res of [
      await t.http.get('/admin/queues/no-such-queue/failed').set(as(admin.token)),
      await t.http.post('/admin/queues/Notifications/failed/retry-all').set(as(admin.token)).send({ reason: REASON }),
      await t.http.post('/admin/queues/no-such-queue/failed/fail-a/retry').set(as(admin.token)).send({ reason: REASON }),
    ]) {
      expect({ status: res.status, code: res.body.code, message: res.body.message }).toEqual({ status: 404, code: 'QUEUE_NOT_FOUND', message: 'Không có hàng đợi này.' });
    }
    for (const jobId of ['no-such-job', 'bad%20id']) {
      const res = await t.http.post(`/admin/queues/notifications/failed/${jobId}/retry`).set(as(admin.token)).send({ reason: REASON });
      expect({ status: res.status, code: res.body.code }).toEqual({ status: 404, code: 'QUEUE_JOB_NOT_FOUND' });
    }
    for (const body of [{}, { reason: 'quá ngắn!' }, { reason: 'x'.repeat(2001) }, { reason: REASON, extra: 1 }]) {
      const one = await t.http.post('/admin/queues/notifications/failed/fail-a/retry').set(as(admin.token)).send(body);
      const all = await t.http.post('/admin/queues/notifications/failed/retry-all').set(as(admin.token)).send(body);
      expect([one.status, one.body.code, all.status, all.body.code]).toEqual([400, 'VALIDATION_FAILED', 400, 'VALIDATION_FAILED']);
    }
    const bad = await t.http.get('/admin/queues/notifications/failed?pageSize=101').set(as(admin.token));
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await queue.getJobState('fail-a')).toBe('failed');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action LIKE 'QUEUE_%'`)).toEqual([{ n: 0 }]);
  });

  it('retries one failed job with a reason of 10 characters: the job runs again and the retry is in the audit log', async () => {
    const res = await t.http.post('/admin/queues/notifications/failed/fail-a/retry').set(as(admin.token)).send({ reason: 'Chạy lại!!' }).expect(200);
    expect(res.body).toEqual({ queue: 'notifications', jobId: 'fail-a' });
    await until('fail-a completed', async () => (await queue.getJobState('fail-a')) === 'completed');
    expect(runs.get('fail-a')).toBe(2);
    expect(await countsOf(QueueName.NOTIFICATIONS)).toMatchObject({ failed: 1, completed: 1 });

    const audit = await t.dataSource.query(`SELECT actor_id AS "actorId", action, reason, details FROM audit_log WHERE action LIKE 'QUEUE_%'`);
    expect(audit).toEqual([{ actorId: admin.id, action: 'QUEUE_JOB_RETRIED', reason: 'Chạy lại!!', details: { queue: 'notifications', jobId: 'fail-a', jobName: FAILING } }]);

    // Done now: not failed any more, so not retried again.
    const again = await t.http.post('/admin/queues/notifications/failed/fail-a/retry').set(as(admin.token)).send({ reason: REASON });
    expect({ status: again.status, code: again.body.code }).toEqual({ status: 409, code: 'QUEUE_JOB_NOT_FAILED' });
  });

  it('retries every failed job of a queue at once, and does nothing (nor logs) when none is failed', async () => {
    await failJobs(['fail-c', 'fail-d']);
    expect(await countsOf(QueueName.NOTIFICATIONS)).toMatchObject({ failed: 3 });
    const res = await t.http.post('/admin/queues/notifications/failed/retry-all').set(as(admin.token)).send({ reason: REASON }).expect(200);
    expect(res.body).toEqual({ queue: 'notifications', retried: 3 });
    await until('all completed', async () => (await Promise.all(['fail-b', 'fail-c', 'fail-d'].map((id) => queue.getJobState(id)))).every((s) => s === 'completed'));
    expect(await countsOf(QueueName.NOTIFICATIONS)).toMatchObject({ failed: 0, completed: 4 });
    const listed = await t.http.get('/admin/queues/notifications/failed').set(as(admin.token)).expect(200);
    expect({ total: listed.body.total, items: listed.body.items }).toEqual({ total: 0, items: [] });

    const none = await t.http.post('/admin/queues/notifications/failed/retry-all').set(as(admin.token)).send({ reason: REASON }).expect(200);
    expect(none.body).toEqual({ queue: 'notifications', retried: 0 });
    const audit = await t.dataSource.query(`SELECT action, details FROM audit_log WHERE action = 'QUEUE_FAILED_JOBS_RETRIED'`);
    expect(audit).toEqual([{ action: 'QUEUE_FAILED_JOBS_RETRIED', details: { queue: 'notifications', count: 3 } }]);
  });
});
