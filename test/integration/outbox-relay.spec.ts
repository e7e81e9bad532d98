// A machine's `notify` effect: written to the outbox with the transition, relayed by the worker, delivered once.
import { jobId, QueueBackend, QueueName } from '@hoso/core/queue';
import { DeliverMessageJob } from '@hoso/cases/jobs/deliver-message.job';
import { OutboxRelayJob } from '@hoso/cases/jobs/outbox-relay.job';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

interface OutboxRow {
  id: string;
  case_id: string;
  event_seq: number;
  type: string;
  payload: Record<string, unknown>;
  status: string;
  attempts: number;
  processed_at: Date | null;
}

const DELIVERY_TIMEOUT_MS = 15_000;

describe('outbox relay', () => {
  let t: TestApp;
  let org: DemoOrg;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    org = await seedOrg(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  const outbox = (caseId: string): Promise<OutboxRow[]> =>
    t.dataSource.query(`SELECT * FROM outbox_message WHERE case_id = $1 ORDER BY id`, [caseId]);

  async function step(caseId: string, who: keyof DemoOrg['tokens'], type: string, expectedVersion: number, payload?: unknown) {
    const res = await t.http
      .post(`/cases/${caseId}/events`)
      .set('Authorization', `Bearer ${org.tokens[who]}`)
      .send({ type, expectedVersion, ...(payload === undefined ? {} : { payload }) });
    if (res.status !== 200) throw new Error(`${type} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body as { case: { version: number; state: string } };
  }

  async function waitForStatus(id: string, status: string): Promise<OutboxRow> {
    const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
    for (;;) {
      const [row]: OutboxRow[] = await t.dataSource.query(`SELECT * FROM outbox_message WHERE id = $1`, [id]);
      if (row?.status === status) return row;
      if (Date.now() > deadline) throw new Error(`outbox ${id} still ${row?.status} after ${DELIVERY_TIMEOUT_MS} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  async function waitForJob(id: string): Promise<{ state: string; returnvalue: unknown; attemptsMade: number; failedReason?: string }> {
    const queue = await t.app.get(QueueBackend).queue(QueueName.OUTBOX);
    const deadline = Date.now() + DELIVERY_TIMEOUT_MS;
    for (;;) {
      const job = await queue.getJob(id);
      const state = job ? await job.getState() : 'missing';
      if (job && state === 'completed') return { state, returnvalue: job.returnvalue, attemptsMade: job.attemptsMade };
      if (job && state === 'failed') return { state, returnvalue: job.returnvalue, attemptsMade: job.attemptsMade, failedReason: job.failedReason };
      if (Date.now() > deadline) {
        return { state, returnvalue: job?.returnvalue, attemptsMade: job?.attemptsMade ?? 0, failedReason: job?.failedReason };
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('writes the notification with the assignment, and the worker delivers it once', async () => {
    const created = await t.http
      .post('/cases')
      .set('Authorization', `Bearer ${org.tokens.taskForce}`)
      .send({ procedureId: 'quy-dinh-1374', orgUnitId: org.city.id, input: registration() })
      .expect(201);
    const caseId = created.body.case.id as string;

    await step(caseId, 'taskForce', 'START_SCREENING', 1);
    await step(caseId, 'taskForce', 'CLASSIFY', 2, {
      infoType: 'PHAN_ANH',
      subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
    });
    // Screening and classifying notify nobody.
    expect(await outbox(caseId)).toEqual([]);

    const assigned = await step(caseId, 'secretary', 'ASSIGN_TO_UNIT', 3, { unitId: org.wardA.id });
    expect(assigned.case).toMatchObject({ version: 4, state: 'assignedToUnit.awaitingReport' });

    // One message, tied to the event that declared it (written in the same transaction as seq 4).
    const rows = await outbox(caseId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'notify', event_seq: 4 });
    expect(rows[0].payload).toEqual({ template: '1374.assigned', audiences: ['UNIT'], caseId, seq: 4 });
    const events: { seq: number; type: string }[] = await t.dataSource.query(
      `SELECT seq, type FROM case_event WHERE case_id = $1 AND seq = $2`,
      [caseId, rows[0].event_seq],
    );
    expect(events).toEqual([{ seq: 4, type: 'ASSIGN_TO_UNIT' }]);

    const done = await waitForStatus(rows[0].id, 'DONE');
    expect(done.processed_at).not.toBeNull();
    expect(done.attempts).toBe(1);
    // The delivery job itself succeeded at its first attempt (no retries, nothing left failing in the queue).
    const job = await waitForJob(jobId('outbox', rows[0].id));
    expect(job).toMatchObject({ state: 'completed', returnvalue: 'DONE', attemptsMade: 1 });

    // Relaying again finds nothing to send for this row, and a second delivery of the same job is skipped.
    await t.app.get(OutboxRelayJob).relayOnce();
    expect(await t.app.get(DeliverMessageJob).handle({ outboxId: rows[0].id }, 1)).toBe('SKIPPED');
    expect(await t.app.get(DeliverMessageJob).handle({ outboxId: rows[0].id }, 2)).toBe('SKIPPED');

    const after = await outbox(caseId);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ status: 'DONE', attempts: 1 });
    expect(new Date(after[0].processed_at!).getTime()).toBe(new Date(done.processed_at!).getTime());
  });

  it('skips a delivery for a message that does not exist', async () => {
    expect(await t.app.get(DeliverMessageJob).handle({ outboxId: '999999999' }, 1)).toBe('SKIPPED');
  });
});
