import { IsISO8601, IsString, MinLength } from 'class-validator';
import { setup } from 'xstate';
import { Role, type ProcedureDefinition } from '@hoso/workflows';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

// A small procedure of the test's own that declares every deadline operation, on the Front-supervision rule
// A.FRONT_SUPERVISION_RESULT (20 working days from the next day, one extension of 10).
class StartInput {
  @IsString() @MinLength(3) title!: string;
  @IsISO8601({ strict: true }) receivedAt!: string;
}
class AtPayload {
  @IsISO8601({ strict: true }) at!: string;
}
class ReasonPayload {
  @IsString() @MinLength(3) reason!: string;
}

type Ev = { type: 'PAUSE' | 'RESUME' | 'DONE'; payload: AtPayload } | { type: 'EXTEND'; payload: ReasonPayload };
const machine = setup({
  types: {} as { context: { input: StartInput }; events: Ev & { actorId: string; occurredAt: string }; input: StartInput },
  actions: {
    scheduleDeadline: (_, _p: { key: string; ruleKey: string; startAt: string }) => undefined,
    pauseDeadline: (_, _p: { key: string; at: string }) => undefined,
    resumeDeadline: (_, _p: { key: string; at: string }) => undefined,
    extendDeadline: (_, _p: { key: string; reason: string }) => undefined,
    markDeadlineMet: (_, _p: { key: string; at: string }) => undefined,
  },
}).createMachine({
  id: 'test-deadlines',
  initial: 'running',
  context: ({ input }) => ({ input }),
  entry: { type: 'scheduleDeadline', params: ({ context }) => ({ key: 'result', ruleKey: 'A.FRONT_SUPERVISION_RESULT', startAt: context.input.receivedAt }) },
  states: {
    running: {
      on: {
        PAUSE: { target: 'paused', actions: { type: 'pauseDeadline', params: ({ event }) => ({ key: 'result', at: (event.payload as AtPayload).at }) } },
        EXTEND: { target: 'running', actions: { type: 'extendDeadline', params: ({ event }) => ({ key: 'result', reason: (event.payload as ReasonPayload).reason }) } },
        // The act's own date closes the deadline (an act dated earlier may be entered later).
        DONE: { target: 'done', actions: { type: 'markDeadlineMet', params: ({ event }) => ({ key: 'result', at: (event.payload as AtPayload).at }) } },
      },
    },
    done: { type: 'final' },
    paused: {
      on: {
        RESUME: { target: 'running', actions: { type: 'resumeDeadline', params: ({ event }) => ({ key: 'result', at: (event.payload as AtPayload).at }) } },
        PAUSE: { target: 'paused', actions: { type: 'pauseDeadline', params: ({ event }) => ({ key: 'result', at: (event.payload as AtPayload).at }) } },
      },
    },
  },
});

const procedure: ProcedureDefinition = {
  id: 'test-deadlines',
  version: 1,
  title: 'Quy trình thử nghiệm thời hạn',
  legalBasis: 'Thử nghiệm',
  machine,
  input: StartInput,
  createRoles: [Role.TASK_FORCE_OFFICER],
  events: {
    PAUSE: { label: 'Tạm dừng', roles: [Role.TASK_FORCE_OFFICER], payload: AtPayload },
    RESUME: { label: 'Tiếp tục', roles: [Role.TASK_FORCE_OFFICER], payload: AtPayload },
    EXTEND: { label: 'Gia hạn', roles: [Role.TASK_FORCE_OFFICER], payload: ReasonPayload },
    DONE: { label: 'Hoàn thành', roles: [Role.TASK_FORCE_OFFICER], payload: AtPayload },
  },
  stateLabels: { running: 'Đang chạy', paused: 'Tạm dừng', done: 'Hoàn thành' },
  guardMessages: {},
  project: (_state, context) => {
    const c = context as { input: StartInput };
    return { reportCategory: 'IN_PROGRESS', tags: {}, title: c.input.title, receivedAt: c.input.receivedAt };
  },
};

describe('deadlines: pause, resume and extend keep their arithmetic', () => {
  let t: TestApp;
  let org: DemoOrg;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    t.app.get(ProcedureRegistryService).register(procedure);
  });
  afterAll(() => t.close());

  const as = () => ({ Authorization: `Bearer ${org.tokens.taskForce}` });
  const row = async (caseId: string) =>
    (
      await t.dataSource.query(
        `SELECT status, due_at, remaining_working_days, extensions_used, explanation FROM deadline WHERE case_id = $1 AND key = 'result'`,
        [caseId],
      )
    )[0] as { status: string; due_at: Date | null; remaining_working_days: number | null; extensions_used: number; explanation: { adjustments: { kind: string; detail: string }[] } };
  const send = (id: string, version: number, type: string, payload: object) =>
    t.http.post(`/cases/${id}/events`).set(as()).send({ type, payload, expectedVersion: version });

  async function start(receivedAt: string): Promise<string> {
    const res = await t.http
      .post('/cases')
      .set(as())
      .send({ procedureId: 'test-deadlines', orgUnitId: org.city.id, input: { title: 'Thông tin từ giám sát của Mặt trận', receivedAt } })
      .expect(201);
    return res.body.case.id as string;
  }

  it('pause keeps the working days left, resume counts them from the resume day, extend adds the rule’s 10 once', async () => {
    // Received Monday 2/11/2026 (09:00 in Vietnam). 20 working days from the next day:
    // 3–6 Nov (4), 9–13 (9), 16–20 (14), 23–27 (19), Mon 30 Nov (20) → due end of 30/11/2026.
    const id = await start('2026-11-02T02:00:00.000Z');
    expect(new Date((await row(id)).due_at!).toISOString()).toBe('2026-11-30T16:59:59.999Z');

    // Paused on Tuesday 10/11: the working days after 10/11 up to 30/11 are 11–13 (3), 16–20 (8), 23–27 (13), 30 (14).
    await send(id, 1, 'PAUSE', { at: '2026-11-10T03:00:00.000Z' }).expect(200);
    const paused = await row(id);
    expect(paused).toMatchObject({ status: 'PAUSED', due_at: null, remaining_working_days: 14 });

    // Resumed on Tuesday 1/12: 14 working days from the next day: 2–4 Dec (3), 7–11 (8), 14–18 (13), Mon 21 (14).
    await send(id, 2, 'RESUME', { at: '2026-12-01T03:00:00.000Z' }).expect(200);
    const resumed = await row(id);
    expect(resumed.status).toBe('PENDING');
    expect(new Date(resumed.due_at!).toISOString()).toBe('2026-12-21T16:59:59.999Z');

    // Extended by 10 working days after 21/12: 22–25 (4), 28–31 (8); 1/1/2027 is Tết Dương lịch; 2–3 Jan weekend; 4 (9), 5 (10).
    await send(id, 3, 'EXTEND', { reason: 'Vụ việc phức tạp, cần xác minh thêm' }).expect(200);
    const extended = await row(id);
    expect(new Date(extended.due_at!).toISOString()).toBe('2027-01-05T16:59:59.999Z');
    expect(extended.extensions_used).toBe(1);
    expect(extended.explanation.adjustments.map((a) => a.kind)).toEqual(['PAUSE', 'RESUME', 'EXTEND']);
    expect(extended.explanation.adjustments[2].detail).toContain('Vụ việc phức tạp');

    // The explanation endpoint shows the same record.
    const expl = await t.http.get(`/cases/${id}/deadlines/result/explanation`).set(as()).expect(200);
    expect(expl.body.explanation.adjustments).toHaveLength(3);
  });

  it('a second extension is beyond the rule: 409, and nothing is written', async () => {
    const id = await start('2026-11-02T02:00:00.000Z');
    await send(id, 1, 'EXTEND', { reason: 'Lần gia hạn thứ nhất' }).expect(200);
    const before = await row(id);
    const res = await send(id, 2, 'EXTEND', { reason: 'Lần gia hạn thứ hai' }).expect(409);
    expect(res.body.code).toBe('DEADLINE_EXTENSION_NOT_ALLOWED');
    expect(res.body.message).toMatch(/gia hạn/);
    expect(await row(id)).toEqual(before);
    const [{ version }] = await t.dataSource.query(`SELECT version FROM "case" WHERE id = $1`, [id]);
    expect(version).toBe(2);
  });

  it('pausing a paused deadline is refused (409 DEADLINE_NOT_OPEN) and changes nothing', async () => {
    const id = await start('2026-11-02T02:00:00.000Z');
    await send(id, 1, 'PAUSE', { at: '2026-11-05T03:00:00.000Z' }).expect(200);
    const res = await send(id, 2, 'PAUSE', { at: '2026-11-06T03:00:00.000Z' }).expect(409);
    expect(res.body.code).toBe('DEADLINE_NOT_OPEN');
    expect((await row(id)).remaining_working_days).toBe(17);
  });

  describe('an act dated on time but entered after the lapse was recorded (changes-2026 §3.8)', () => {
    // Due end of Monday 30/11/2026 (see above). The worker has recorded the lapse: status MISSED.
    const missed = async () => {
      const id = await start('2026-11-02T02:00:00.000Z');
      await t.dataSource.query(`UPDATE deadline SET status = 'MISSED', closed_at = now() WHERE case_id = $1 AND key = 'result'`, [id]);
      return id;
    };

    it('an act dated on the due day makes the deadline MET, with a note of why', async () => {
      const id = await missed();
      await send(id, 1, 'DONE', { at: '2026-11-30T16:00:00.000Z' }).expect(200); // 23:00 on 30/11 in Vietnam
      const r = await row(id);
      expect(r.status).toBe('MET');
      expect(r.explanation.adjustments.at(-1)).toMatchObject({ kind: 'MET_AFTER_MISS' });
      expect(r.explanation.adjustments.at(-1)!.detail).toContain('2026-11-30');
    });

    it('an act dated the day before is on time too', async () => {
      const id = await missed();
      await send(id, 1, 'DONE', { at: '2026-11-29' }).expect(200);
      expect((await row(id)).status).toBe('MET');
    });

    it('an act dated the day after the due day stays MISSED', async () => {
      const id = await missed();
      await send(id, 1, 'DONE', { at: '2026-11-30T17:00:00.000Z' }).expect(200); // 00:00 on 1/12 in Vietnam
      const r = await row(id);
      expect(r.status).toBe('MISSED');
      expect(r.explanation.adjustments.map((a) => a.kind)).not.toContain('MET_AFTER_MISS');
    });
  });
});
