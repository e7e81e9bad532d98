// The apply-event transaction through the HTTP API: optimistic locking, Idempotency-Key, the hash-chained
// append-only timeline, machine versions, deadline effects and unknown effects. Checks read the database directly.
import { Logger } from '@nestjs/common';
import type { Response } from 'supertest';
import { setup } from 'xstate';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { verifyChain, type ChainedEvent } from '@hoso/timeline/chain/hash-chain';
import type { NotifyParams, ProcedureDefinition, ScheduleDeadlineParams } from '@hoso/workflows';
import { EmptyPayload, type Register1374Input } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.events';
import { quyDinh1374V1 } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { Role } from '@hoso/workflows/shared/roles';
import { createTestApp, registration, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';
import { realDatabaseUrl } from '../support/test-env';

// Races that need two transactions open at once run on the real server only: PGlite serialises transactions.
const itOnRealPostgres = realDatabaseUrl() ? it : it.skip;

type Who = keyof DemoOrg['tokens'];

const CLASSIFY = {
  infoType: 'PHAN_ANH',
  subject: { kind: 'PERSON', name: 'Nguyễn Văn X', isParty: true, managedBy: 'RECEIVING_COMMITTEE' },
};
const PUBLISHED_AT = '2026-10-30T01:00:00.000Z';
const EXPLANATION_RECEIVED_AT = '2026-11-09T03:00:00.000Z';
const pressRegistration = () =>
  registration({ source: 'PRESS', channel: 'PUBLICATION', publishedAt: PUBLISHED_AT, publication: 'Báo Tuổi Trẻ' });

interface EventRow {
  case_id: string;
  seq: number;
  type: string;
  payload: unknown;
  actor_id: string;
  from_state: string | null;
  to_state: string;
  machine_version: number;
  occurred_at: Date;
  recorded_at: Date;
  prev_hash: string;
  hash: string;
}

/** Drives the API as the seeded people, and reads the database behind it. */
class Client {
  constructor(
    private readonly t: TestApp,
    private readonly org: DemoOrg,
  ) {}

  create(input: Record<string, unknown> = registration(), opts: { who?: Who; key?: string } = {}): Promise<Response> {
    const req = this.t.http.post('/cases').set('Authorization', `Bearer ${this.org.tokens[opts.who ?? 'taskForce']}`);
    if (opts.key !== undefined) req.set('Idempotency-Key', opts.key);
    return req.send({ procedureId: 'quy-dinh-1374', orgUnitId: this.org.city.id, input });
  }

  async createId(input?: Record<string, unknown>): Promise<string> {
    const res = await this.create(input);
    expect(res.status).toBe(201);
    return res.body.case.id as string;
  }

  send(
    caseId: string,
    type: string,
    expectedVersion: number,
    opts: { payload?: unknown; who?: Who; key?: string; requestId?: string; ifMatch?: boolean } = {},
  ): Promise<Response> {
    const req = this.t.http.post(`/cases/${caseId}/events`).set('Authorization', `Bearer ${this.org.tokens[opts.who ?? 'taskForce']}`);
    if (opts.key !== undefined) req.set('Idempotency-Key', opts.key);
    if (opts.requestId !== undefined) req.set('X-Request-Id', opts.requestId);
    // The version goes either in the If-Match header or in the body.
    if (opts.ifMatch) req.set('If-Match', `"${expectedVersion}"`);
    return req.send({
      type,
      ...(opts.ifMatch ? {} : { expectedVersion }),
      ...(opts.payload === undefined ? {} : { payload: opts.payload }),
    });
  }

  /** Send and require success; returns the new version. */
  async step(caseId: string, type: string, expectedVersion: number, opts: { payload?: unknown; who?: Who } = {}): Promise<number> {
    const res = await this.send(caseId, type, expectedVersion, opts);
    if (res.status !== 200) throw new Error(`${type} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body.case.version as number;
  }

  /** CREATE → START_SCREENING → CLASSIFY: the case is at screening.classified, version 3. */
  async classified(input?: Record<string, unknown>): Promise<string> {
    const id = await this.createId(input);
    await this.step(id, 'START_SCREENING', 1);
    await this.step(id, 'CLASSIFY', 2, { payload: CLASSIFY });
    return id;
  }

  get(caseId: string, who: Who = 'taskForce'): Promise<Response> {
    return this.t.http.get(`/cases/${caseId}`).set('Authorization', `Bearer ${this.org.tokens[who]}`);
  }

  async caseRow(caseId: string): Promise<{ version: number; state: string; machine_version: number; chain_head: string }> {
    const rows = await this.t.dataSource.query(`SELECT version, state, machine_version, chain_head FROM "case" WHERE id = $1`, [caseId]);
    return rows[0];
  }

  events(caseId: string): Promise<EventRow[]> {
    return this.t.dataSource.query(`SELECT * FROM case_event WHERE case_id = $1 ORDER BY seq`, [caseId]);
  }

  async count(table: 'case' | 'case_event' | 'deadline' | 'outbox_message' | 'idempotency_key'): Promise<number> {
    const [{ n }] = await this.t.dataSource.query(`SELECT count(*)::int AS n FROM "${table}"`);
    return n as number;
  }

  async counts(): Promise<Record<string, number>> {
    return {
      case: await this.count('case'),
      case_event: await this.count('case_event'),
      deadline: await this.count('deadline'),
      outbox_message: await this.count('outbox_message'),
    };
  }
}

function toChained(r: EventRow): ChainedEvent & { prevHash: string; hash: string } {
  return {
    caseId: r.case_id,
    seq: r.seq,
    type: r.type,
    payload: r.payload,
    actorId: r.actor_id,
    fromState: r.from_state,
    toState: r.to_state,
    machineVersion: r.machine_version,
    occurredAt: new Date(r.occurred_at),
    recordedAt: new Date(r.recorded_at),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

/**
 * Hold the case row's lock while `fire` starts its requests, until `waiting` of them block on a lock; then let
 * go. Every request has then read the case (and its version) before any of them could write.
 */
async function withCaseLocked<T>(t: TestApp, caseId: string, waiting: number, fire: () => Promise<T>): Promise<T> {
  const qr = t.dataSource.createQueryRunner();
  await qr.connect();
  try {
    await qr.startTransaction();
    await qr.query(`SELECT 1 FROM "case" WHERE id = $1 FOR UPDATE`, [caseId]);
    const answers = fire();
    const until = Date.now() + 10_000;
    for (;;) {
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (n >= waiting) break;
      if (Date.now() > until) throw new Error(`only ${n} of ${waiting} requests reached the lock`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await qr.commitTransaction();
    return await answers;
  } finally {
    if (qr.isTransactionActive) await qr.rollbackTransaction();
    await qr.release();
  }
}

describe('case engine', () => {
  let t: TestApp;
  let org: DemoOrg;
  let api: Client;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    api = new Client(t, org);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('optimistic locking', () => {
    it('lets exactly one of two concurrent events on the same version through; the other gets 409 VERSION_CONFLICT', async () => {
      const id = await api.createId();
      const [a, b] = await Promise.all([
        api.send(id, 'START_SCREENING', 1, { who: 'taskForce' }),
        api.send(id, 'START_SCREENING', 1, { who: 'office', ifMatch: true }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      const loser = a.status === 409 ? a : b;
      const winner = a.status === 200 ? a : b;
      expect(loser.body.code).toBe('VERSION_CONFLICT');
      expect(winner.body.case).toMatchObject({ version: 2, state: 'screening.unclassified' });

      expect((await api.caseRow(id)).version).toBe(2);
      const events = await api.events(id);
      expect(events.map((e) => [e.seq, e.type])).toEqual([
        [1, 'CREATE'],
        [2, 'START_SCREENING'],
      ]);
    });

    itOnRealPostgres('refuses the second writer with 409 even when both read the same version before either wrote', async () => {
      const id = await api.createId();
      const [a, b] = await withCaseLocked(t, id, 2, () =>
        Promise.all([api.send(id, 'START_SCREENING', 1, { who: 'taskForce' }), api.send(id, 'START_SCREENING', 1, { who: 'office' })]),
      );
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect((a.status === 409 ? a : b).body.code).toBe('VERSION_CONFLICT');
      expect((await api.caseRow(id)).version).toBe(2);
      expect((await api.events(id)).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('refuses a stale expected version and writes nothing', async () => {
      const id = await api.createId();
      await api.step(id, 'START_SCREENING', 1);
      const before = await api.counts();
      const res = await api.send(id, 'CLASSIFY', 1, { payload: CLASSIFY });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('VERSION_CONFLICT');
      const viaHeader = await api.send(id, 'CLASSIFY', 1, { payload: CLASSIFY, ifMatch: true });
      expect(viaHeader.status).toBe(409);
      expect(viaHeader.body.code).toBe('VERSION_CONFLICT');
      expect(await api.counts()).toEqual(before);
      expect((await api.caseRow(id)).version).toBe(2);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers a retried create with the first status and body, and creates nothing more', async () => {
      const first = await api.create(registration({ title: 'Vụ việc tạo một lần' }), { key: 'create-once-1' });
      expect(first.status).toBe(201);
      const before = await api.counts();

      const retry = await api.create(registration({ title: 'Vụ việc tạo một lần' }), { key: 'create-once-1' });
      expect(retry.status).toBe(201);
      expect(retry.body).toEqual(first.body);
      expect(await api.counts()).toEqual(before);
    });

    it('answers a retried event with the first status, body and ETag, even though the version has moved on', async () => {
      const id = await api.createId();
      const first = await api.send(id, 'START_SCREENING', 1, { key: 'screen-once-1' });
      expect(first.status).toBe(200);
      const before = await api.counts();

      const retry = await api.send(id, 'START_SCREENING', 1, { key: 'screen-once-1' });
      expect(retry.status).toBe(200);
      expect(retry.body).toEqual(first.body);
      expect(retry.headers.etag).toBe(first.headers.etag);
      expect(await api.counts()).toEqual(before);
      expect((await api.caseRow(id)).version).toBe(2);
    });

    it('refuses the same key with a different body (422 IDEMPOTENCY_KEY_REUSED) and writes nothing', async () => {
      const first = await api.create(registration(), { key: 'reused-key-1' });
      expect(first.status).toBe(201);
      const before = await api.counts();

      const otherBody = await api.create(registration({ title: 'Một vụ việc khác hẳn' }), { key: 'reused-key-1' });
      expect(otherBody.status).toBe(422);
      expect(otherBody.body.code).toBe('IDEMPOTENCY_KEY_REUSED');

      // The same key on another route is another request too.
      const otherRoute = await api.send(first.body.case.id, 'START_SCREENING', 1, { key: 'reused-key-1' });
      expect(otherRoute.status).toBe(422);
      expect(otherRoute.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await api.counts()).toEqual(before);
    });

    it('keeps keys per user: another user with the same key makes their own request', async () => {
      const mine = await api.create(registration(), { key: 'per-user-key', who: 'taskForce' });
      const theirs = await api.create(registration(), { key: 'per-user-key', who: 'office' });
      expect(mine.status).toBe(201);
      expect(theirs.status).toBe(201);
      expect(theirs.body.case.id).not.toBe(mine.body.case.id);
    });

    it.each([
      ['300 characters', 'k'.repeat(300)],
      ['201 characters', 'k'.repeat(201)],
      ['a space', 'my key'],
    ])('refuses a malformed key (%s) with 400 IDEMPOTENCY_KEY_INVALID and writes nothing', async (_name, key) => {
      const id = await api.createId();
      const before = await api.counts();
      const created = await api.create(registration(), { key });
      expect(created.status).toBe(400);
      expect(created.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
      const sent = await api.send(id, 'START_SCREENING', 1, { key });
      expect(sent.status).toBe(400);
      expect(sent.body.code).toBe('IDEMPOTENCY_KEY_INVALID');
      expect(await api.counts()).toEqual(before);
      expect((await api.caseRow(id)).version).toBe(1);
    });

    it('accepts a key of exactly 200 printable characters', async () => {
      const res = await api.create(registration(), { key: `${'k'.repeat(190)}-!~#$%^&*` });
      expect(res.status).toBe(201);
    });

    it('gives two concurrent identical events with the same key the same answer, and writes one event', async () => {
      const id = await api.createId();
      const [a, b] = await Promise.all([
        api.send(id, 'START_SCREENING', 1, { key: 'concurrent-send-1' }),
        api.send(id, 'START_SCREENING', 1, { key: 'concurrent-send-1' }),
      ]);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      expect(b.body).toEqual(a.body);
      expect((await api.caseRow(id)).version).toBe(2);
      expect((await api.events(id)).map((e) => e.type)).toEqual(['CREATE', 'START_SCREENING']);
    });

    itOnRealPostgres('gives the same answer to a retry that arrives while the first request is still writing', async () => {
      const id = await api.createId();
      // The first request claims the key and waits on the case lock; the retry waits on the first one's key.
      const [a, b] = await withCaseLocked(t, id, 2, () =>
        Promise.all([
          api.send(id, 'START_SCREENING', 1, { key: 'in-flight-retry-1' }),
          api.send(id, 'START_SCREENING', 1, { key: 'in-flight-retry-1' }),
        ]),
      );
      expect([a.status, b.status]).toEqual([200, 200]);
      expect(b.body).toEqual(a.body);
      expect((await api.caseRow(id)).version).toBe(2);
      expect((await api.events(id)).map((e) => e.seq)).toEqual([1, 2]);
    });

    it('gives two concurrent identical creates with the same key the same answer, and creates one case', async () => {
      const before = await api.count('case');
      const body = registration({ title: 'Tạo đồng thời cùng khóa' });
      const [a, b] = await Promise.all([api.create(body, { key: 'concurrent-create-1' }), api.create(body, { key: 'concurrent-create-1' })]);
      expect(a.status).toBe(201);
      expect(b.status).toBe(201);
      expect(b.body).toEqual(a.body);
      expect(await api.count('case')).toBe(before + 1);
    });
  });

  describe('timeline', () => {
    let id: string;
    let version: number;

    beforeAll(async () => {
      id = await api.classified();
      // Re-classify (allowed before a decision), then assign to ward A.
      let v = await api.step(id, 'CLASSIFY', 3, { payload: { ...CLASSIFY, note: 'Bổ sung: có đơn thứ hai' } });
      v = await api.step(id, 'ASSIGN_TO_UNIT', v, { who: 'secretary', payload: { unitId: org.wardA.id, instructions: 'Báo cáo trong 15 ngày' } });
      version = v;
    });

    it('numbers events 1..version with no gap, the last seq being the case version', async () => {
      expect(version).toBe(5);
      const events = await api.events(id);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(events.map((e) => e.type)).toEqual(['CREATE', 'START_SCREENING', 'CLASSIFY', 'CLASSIFY', 'ASSIGN_TO_UNIT']);
      const c = await api.caseRow(id);
      expect(c.version).toBe(events[events.length - 1].seq);
      expect(c.chain_head).toBe(events[events.length - 1].hash);
      // Each event's from_state is the previous event's to_state.
      for (let i = 1; i < events.length; i++) expect(events[i].from_state).toBe(events[i - 1].to_state);
      expect(events[0].from_state).toBeNull();
      expect(events[4].to_state).toBe('assignedToUnit.awaitingReport');
    });

    it('is an intact hash chain as stored', async () => {
      const rows = (await api.events(id)).map(toChained);
      expect(verifyChain(rows)).toBeUndefined();
    });

    it('shows a row whose payload was altered as HASH_MISMATCH at that seq', async () => {
      const rows = (await api.events(id)).map(toChained);
      rows[2] = { ...rows[2], payload: { ...(rows[2].payload as object), infoType: 'TO_CAO' } };
      expect(verifyChain(rows)).toEqual({ seq: 3, reason: 'HASH_MISMATCH' });
    });

    it('is served by GET /cases/:id/timeline with labels, in pages', async () => {
      const auth = { Authorization: `Bearer ${org.tokens.taskForce}` };
      const p1 = await t.http.get(`/cases/${id}/timeline?pageSize=2`).set(auth).expect(200);
      expect(p1.body.total).toBe(version);
      expect(p1.body.items).toHaveLength(2);
      expect(p1.body.items[0]).toMatchObject({ seq: 1, type: 'CREATE', label: 'Tiếp nhận, đăng ký vụ việc', toStateLabel: 'Tiếp nhận' });
      expect(p1.body.items[1]).toMatchObject({
        seq: 2,
        type: 'START_SCREENING',
        label: 'Bắt đầu sàng lọc, phân loại',
        fromState: 'received',
        toState: 'screening.unclassified',
        toStateLabel: 'Sàng lọc – chưa phân loại',
        actorName: 'Người dùng taskForce',
      });

      const p3 = await t.http.get(`/cases/${id}/timeline?pageSize=2&page=3`).set(auth).expect(200);
      expect(p3.body.items.map((e: { seq: number }) => e.seq)).toEqual([5]);
      expect(p3.body.items[0]).toMatchObject({ type: 'ASSIGN_TO_UNIT', label: 'Giao đơn vị, cấp ủy cấp dưới giải quyết' });
      expect(p3.body.items[0].payload).toEqual({ unitId: org.wardA.id, instructions: 'Báo cáo trong 15 ngày' });
    });

    it.each([
      ['UPDATE', `UPDATE case_event SET type = 'X'`],
      ['UPDATE one row', `UPDATE case_event SET payload = '{}'::jsonb WHERE seq = 2`],
      ['DELETE', `DELETE FROM case_event`],
      ['TRUNCATE', `TRUNCATE case_event`],
      ['TRUNCATE of the cases, cascading', `TRUNCATE "case" CASCADE`],
    ])('refuses a direct %s of the timeline in the database (append-only)', async (_name, sql) => {
      const before = await api.events(id);
      await expect(t.dataSource.query(sql)).rejects.toThrow(/append-only/);
      expect(await api.events(id)).toEqual(before);
    });
  });

  describe('deadline effects', () => {
    interface DeadlineRow {
      key: string;
      rule_key: string;
      start_at: Date;
      due_at: Date | null;
      status: string;
      generation: number;
      event_seq: number;
      closed_at: Date | null;
    }
    const deadlines = (caseId: string): Promise<DeadlineRow[]> =>
      t.dataSource.query(`SELECT * FROM deadline WHERE case_id = $1 ORDER BY created_at, key`, [caseId]);

    it('starts the explanation clock at publication when a press item is sent for explanation, then meets it', async () => {
      const id = await api.classified(pressRegistration());
      expect(await deadlines(id)).toEqual([]);

      await api.step(id, 'REQUEST_EXPLANATION', 3, { who: 'office' });
      const afterRequest = await deadlines(id);
      expect(afterRequest).toHaveLength(1);
      expect(afterRequest[0]).toMatchObject({
        key: 'explanation',
        rule_key: 'A.PRESS_EXPLAIN',
        status: 'PENDING',
        generation: 1,
        event_seq: 4,
        closed_at: null,
      });
      // Published Friday 30/10/2026 (08:00 in Vietnam); 10 working days from the next day: 2–6 and 9–13 November.
      expect(new Date(afterRequest[0].due_at!).toISOString()).toBe('2026-11-13T16:59:59.999Z');
      expect(new Date(afterRequest[0].start_at).toISOString()).toBe(PUBLISHED_AT);

      await api.step(id, 'RECORD_EXPLANATION', 4, {
        who: 'office',
        payload: { receivedAt: EXPLANATION_RECEIVED_AT, summary: 'Người đứng đầu đã giải trình bằng văn bản.' },
      });
      const rows = await deadlines(id);
      const byKey = Object.fromEntries(rows.map((r) => [r.key, r]));
      expect(rows).toHaveLength(2);
      expect(byKey.explanation).toMatchObject({ status: 'MET', generation: 1, event_seq: 4 });
      expect(new Date(byKey.explanation.closed_at!).toISOString()).toBe(EXPLANATION_RECEIVED_AT);
      expect(byKey.officeProposal).toMatchObject({ rule_key: 'A.OFFICE_PROPOSE', status: 'PENDING', generation: 1, event_seq: 5 });
      expect(new Date(byKey.officeProposal.start_at).toISOString()).toBe(EXPLANATION_RECEIVED_AT);

      const view = await api.get(id);
      expect(view.status).toBe(200);
      expect(view.body.deadlines).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'explanation', ruleKey: 'A.PRESS_EXPLAIN', status: 'MET', startAt: PUBLISHED_AT, generation: 1 }),
          expect.objectContaining({ key: 'officeProposal', ruleKey: 'A.OFFICE_PROPOSE', status: 'PENDING', startAt: EXPLANATION_RECEIVED_AT, generation: 1 }),
        ]),
      );
      expect(view.body.deadlines).toHaveLength(2);
    });

    it('writes no deadline when the request loses a race or is refused by the machine', async () => {
      const press = await api.classified(pressRegistration());
      const [a, b] = await Promise.all([
        api.send(press, 'REQUEST_EXPLANATION', 3, { who: 'office' }),
        api.send(press, 'REQUEST_EXPLANATION', 3, { who: 'taskForce' }),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect((await deadlines(press)).map((d) => [d.key, d.generation])).toEqual([['explanation', 1]]);

      // Only press items are sent for explanation (guard isPressSource).
      const citizen = await api.classified();
      const refused = await api.send(citizen, 'REQUEST_EXPLANATION', 3, { who: 'office' });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('TRANSITION_REFUSED');
      // Nothing of the refused step: only the sources 1–3 handling clock its registration started.
      expect((await deadlines(citizen)).map((d) => [d.key, d.generation, d.event_seq])).toEqual([['handling', 1, 1]]);
      expect((await api.caseRow(citizen)).version).toBe(3);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Machine versions. These register extra versions on the app's registry, so they get an app of their own.
// ---------------------------------------------------------------------------------------------------------------

interface TestEvent {
  type: 'START_SCREENING' | 'BEGIN_INTAKE';
  payload: unknown;
  actorId: string;
  occurredAt: string;
}
interface TestContext {
  registration: Register1374Input;
}

/** Version 2: a case starts with a new BEGIN_INTAKE step; START_SCREENING is no longer taken from `received`. */
const machineV2 = setup({
  types: {} as { context: TestContext; events: TestEvent; input: Register1374Input },
}).createMachine({
  id: 'quy-dinh-1374',
  version: '2',
  initial: 'received',
  context: ({ input }) => ({ registration: input }),
  states: {
    received: { on: { BEGIN_INTAKE: { target: 'intake' } } },
    intake: {},
  },
});

/**
 * Version 3: START_SCREENING declares an effect the engine does not know; BEGIN_INTAKE declares a notification
 * and then a deadline the database refuses (its start is not an instant).
 */
const machineV3 = setup({
  types: {} as { context: TestContext; events: TestEvent; input: Register1374Input },
  actions: {
    sendFax: () => undefined,
    notify: (_, _params: NotifyParams) => undefined,
    scheduleDeadline: (_, _params: ScheduleDeadlineParams) => undefined,
  },
}).createMachine({
  id: 'quy-dinh-1374',
  version: '3',
  initial: 'received',
  context: ({ input }) => ({ registration: input }),
  states: {
    received: {
      on: {
        START_SCREENING: { target: 'intake', actions: { type: 'sendFax' } },
        BEGIN_INTAKE: {
          target: 'intake',
          actions: [
            { type: 'notify', params: { template: 'test.intake', audiences: ['TASK_FORCE'] } },
            { type: 'scheduleDeadline', params: { key: 'intake', ruleKey: 'TEST.INTAKE', startAt: 'not-an-instant' } },
          ],
        },
      },
    },
    intake: {},
  },
});

function testVersion(version: number, machine: ProcedureDefinition['machine']): ProcedureDefinition {
  return {
    ...quyDinh1374V1,
    version,
    machine,
    events: {
      ...quyDinh1374V1.events,
      BEGIN_INTAKE: { label: 'Tiếp nhận ban đầu', roles: [Role.TASK_FORCE_OFFICER], payload: EmptyPayload },
    },
    stateLabels: { ...quyDinh1374V1.stateLabels, intake: 'Tiếp nhận ban đầu' },
  };
}

describe('machine versions', () => {
  let t: TestApp;
  let org: DemoOrg;
  let api: Client;
  let registry: ProcedureRegistryService;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    api = new Client(t, org);
    registry = t.app.get(ProcedureRegistryService);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('resumes an open case with the version it started on, and starts new cases on the newest', async () => {
    // Test versions come after the newest real one (BASE), whatever it is by now.
    const BASE = registry.latestOrThrow('quy-dinh-1374').version;
    const NEXT = BASE + 1;
    const old = await api.createId();
    expect((await api.caseRow(old)).machine_version).toBe(BASE);

    registry.register(testVersion(NEXT, machineV2));

    const fresh = await api.create();
    expect(fresh.status).toBe(201);
    expect(fresh.body.case).toMatchObject({ machineVersion: NEXT, state: 'received' });
    const freshId = fresh.body.case.id as string;
    expect((await api.caseRow(freshId)).machine_version).toBe(NEXT);

    // The old case still follows its own version.
    expect((await api.get(old)).body.availableEvents.map((e: { type: string }) => e.type)).toEqual(['START_SCREENING']);
    const oldStep = await api.send(old, 'START_SCREENING', 1);
    expect(oldStep.status).toBe(200);
    expect(oldStep.body.case).toMatchObject({ machineVersion: BASE, state: 'screening.unclassified', version: 2 });
    expect((await api.caseRow(old)).machine_version).toBe(BASE);
    const oldIntake = await api.send(old, 'BEGIN_INTAKE', 2);
    expect(oldIntake.status).toBe(400);
    expect(oldIntake.body.code).toBe('UNKNOWN_EVENT');

    // The new case follows the new version.
    expect((await api.get(freshId)).body.availableEvents.map((e: { type: string }) => e.type)).toEqual(['BEGIN_INTAKE']);
    const refused = await api.send(freshId, 'START_SCREENING', 1);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('TRANSITION_NOT_ALLOWED');
    expect((await api.caseRow(freshId)).version).toBe(1);
    const intake = await api.send(freshId, 'BEGIN_INTAKE', 1);
    expect(intake.status).toBe(200);
    expect(intake.body.case).toMatchObject({ machineVersion: NEXT, state: 'intake', stateLabel: 'Tiếp nhận ban đầu' });
    expect((await api.events(freshId)).map((e) => [e.type, e.machine_version])).toEqual([
      ['CREATE', NEXT],
      ['BEGIN_INTAKE', NEXT],
    ]);

    const procedures = await t.http.get('/procedures').set('Authorization', `Bearer ${org.tokens.taskForce}`).expect(200);
    const versions = (procedures.body as { id: string; version: number }[]).filter((p) => p.id === 'quy-dinh-1374').map((p) => p.version);
    expect(versions).toEqual([...Array.from({ length: BASE }, (_, k) => k + 1), NEXT]);
  });

  it('fails loudly on an effect the engine does not know: 500 with a reference, nothing written', async () => {
    const LAST = registry.latestOrThrow('quy-dinh-1374').version + 1;
    registry.register(testVersion(LAST, machineV3));
    const created = await api.create();
    expect(created.body.case.machineVersion).toBe(LAST);
    const id = created.body.case.id as string;
    const before = await api.counts();

    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = await api.send(id, 'START_SCREENING', 1, { requestId: 'req-unknown-effect-1' });
    // Operators find the cause in the log by the reference the user was given.
    expect(logged.mock.calls.flat().join('\n')).toMatch(/req-unknown-effect-1.*sendFax/);
    logged.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL_ERROR');
    expect(res.body.correlationId).toBe('req-unknown-effect-1');
    expect(res.headers['x-request-id']).toBe('req-unknown-effect-1');
    // No stack or internals in the answer.
    expect(JSON.stringify(res.body)).not.toMatch(/sendFax|at .*\.ts|Error:/);

    expect(await api.counts()).toEqual(before);
    expect(await api.caseRow(id)).toMatchObject({ version: 1, state: 'received' });
    expect((await api.events(id)).map((e) => e.seq)).toEqual([1]);
  });

  it('rolls the whole transition back when an effect fails in the database', async () => {
    const id = await api.createId();
    const before = await api.counts();
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const res = await api.send(id, 'BEGIN_INTAKE', 1);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(res.status).toBe(500);
    expect(res.body.code).toBe('INTERNAL_ERROR');
    // Neither the case update, the timeline row, nor the notification written before the failing deadline remain.
    expect(await api.counts()).toEqual(before);
    expect(await api.caseRow(id)).toMatchObject({ version: 1, state: 'received' });
    expect((await api.events(id)).map((e) => e.seq)).toEqual([1]);
  });
});
