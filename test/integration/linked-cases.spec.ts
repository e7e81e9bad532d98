// Linked cases and facts, on small test procedures registered on the app's registry: a parent step opens a child
// case of another procedure in the same transaction (inheriting the parent's exclusions), the child's conclusion
// comes back to the parent as CHILD_CONCLUDED, both show each other; an event that asks for facts gets the rule
// values and the discipline authority in force, and they are written on its timeline row.
import { IsIn, IsObject, IsString, MinLength } from 'class-validator';
import { assign, setup } from 'xstate';
import { ProcedureRegistryService } from '@hoso/cases/services/procedure-registry.service';
import {
  BODY_KINDS, ChildConcludedPayload, DISCIPLINE_SUBJECTS, LEVELS, Role, type EventFacts, type MachineEvent, type OpenChildCaseParams,
  type ProcedureDefinition, type ReportToParentParams,
} from '@hoso/workflows';
import { caseClient, type CaseRef } from '../support/case-client';
import { createTestApp, seedOrg, type DemoOrg, type TestApp } from '../support/test-app';

class TitleInput {
  @IsString() @MinLength(3) title!: string;
}
class Empty {}
class ConcludePayload {
  @IsIn(['NO_VIOLATION', 'VIOLATION']) outcome!: string;
}
class DecidePayload {
  @IsObject() decidingBody!: { kind: string; level: string };
  @IsIn(DISCIPLINE_SUBJECTS) subjectKind!: string;
}
// Kept loose on purpose: the facts test checks what the service computes, not this DTO.
void BODY_KINDS;
void LEVELS;

type Ev = MachineEvent & { payload: Record<string, unknown> };

const parentMachine = setup({
  types: {} as { context: { title: string; childOutcome?: string }; events: Ev; input: TitleInput },
  actions: { openChildCase: (_, _p: OpenChildCaseParams) => undefined },
  guards: { fromInspection: ({ event }) => (event.payload as unknown as ChildConcludedPayload).link === 'INSPECTION' },
}).createMachine({
  id: 'test-parent',
  initial: 'open',
  context: ({ input }) => ({ title: input.title }),
  states: {
    open: {
      on: {
        // Opens a child whose input its procedure refuses: the whole step must roll back.
        HAND_OVER_BAD: {
          target: 'waiting',
          actions: { type: 'openChildCase', params: { procedureId: 'test-child', link: 'INSPECTION', input: { title: 'x' } } },
        },
        HAND_OVER: {
          target: 'waiting',
          actions: { type: 'openChildCase', params: ({ context }) => ({ procedureId: 'test-child', link: 'INSPECTION', input: { title: `Kiểm tra: ${context.title}` } }) },
        },
      },
    },
    waiting: {
      on: {
        CHILD_CONCLUDED: {
          guard: 'fromInspection',
          target: 'childDone',
          actions: assign({ childOutcome: ({ event }) => (event.payload as unknown as ChildConcludedPayload).outcome }),
        },
      },
    },
    childDone: { type: 'final' },
  },
});

const childMachine = setup({
  types: {} as { context: { title: string; facts?: EventFacts }; events: Ev; input: TitleInput },
  actions: { reportToParent: (_, _p: ReportToParentParams) => undefined },
}).createMachine({
  id: 'test-child',
  initial: 'open',
  context: ({ input }) => ({ title: input.title }),
  states: {
    open: {
      on: {
        LOOK_UP: { actions: assign({ facts: ({ event }) => event.facts }) },
        CONCLUDE: {
          target: 'concluded',
          actions: { type: 'reportToParent', params: ({ event }) => ({ outcome: String(event.payload.outcome), summary: 'Kết luận kiểm tra' }) },
        },
      },
    },
    concluded: { type: 'final' },
  },
});

function procedure(id: string, machine: ProcedureDefinition['machine'], events: ProcedureDefinition['events']): ProcedureDefinition {
  return {
    id, version: 1, title: `Thử nghiệm ${id}`, legalBasis: 'Thử nghiệm', machine, input: TitleInput, createRoles: [Role.TASK_FORCE_OFFICER],
    events, stateLabels: {}, guardMessages: { fromInspection: 'Không phải kết quả kiểm tra.' },
    project: (state, context) => ({ reportCategory: state.toUpperCase(), tags: {}, title: (context as { title: string }).title, receivedAt: '2026-11-02T02:00:00.000Z' }),
  };
}

const officers = [Role.TASK_FORCE_OFFICER, Role.SECRETARY];

describe('linked cases and facts', () => {
  let t: TestApp;
  let org: DemoOrg;
  let c: ReturnType<typeof caseClient>;

  beforeAll(async () => {
    t = await createTestApp();
    org = await seedOrg(t);
    c = caseClient(t, org.tokens);
    const registry = t.app.get(ProcedureRegistryService);
    registry.register(procedure('test-parent', parentMachine, {
      HAND_OVER: { label: 'Chuyển kiểm tra', roles: officers, payload: Empty },
      HAND_OVER_BAD: { label: 'Chuyển kiểm tra (hỏng)', roles: officers, payload: Empty },
      CHILD_CONCLUDED: { label: 'Vụ việc con kết thúc', roles: [], payload: ChildConcludedPayload },
    }));
    registry.register({
      ...procedure('test-child', childMachine, {}),
      // A title opening with a date in the future is refused (a stand-in for "a violation date cannot be in the future").
      inputChecks: (input, now) => {
        const date = /^\d{4}-\d{2}-\d{2}/.exec((input as TitleInput).title)?.[0];
        return date && date > now.slice(0, 10) ? [{ field: 'title', message: 'không được là một thời điểm trong tương lai' }] : [];
      },
      events: {
      LOOK_UP: {
        label: 'Tra cứu', roles: officers, payload: DecidePayload,
        facts: [{ fact: 'ruleValues', keys: ['B3.LIMIT_MEMBER_KHIEN_TRACH', 'B4.FILING_WINDOW', 'NO.SUCH_RULE'] }, { fact: 'disciplineAuthority' }],
      },
      CONCLUDE: { label: 'Kết luận', roles: officers, payload: ConcludePayload },
      },
    });
  });

  it('refuses an input that the procedure\'s own dated checks refuse, with the message, and writes nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case"`))[0].n;
    const future = await t.http.post('/cases').set(c.as('taskForce')).send({ procedureId: 'test-child', orgUnitId: org.city.id, input: { title: '2999-01-01 kế hoạch' } });
    expect({ status: future.status, code: future.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(future.body.details.fields).toEqual([expect.objectContaining({ field: 'title', message: 'không được là một thời điểm trong tương lai' })]);
    const past = await t.http.post('/cases').set(c.as('taskForce')).send({ procedureId: 'test-child', orgUnitId: org.city.id, input: { title: '2020-01-01 đã qua' } });
    expect(past.status).toBe(201);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM "case"`))[0].n).toBe(before + 1);
  });
  afterAll(() => t.close());

  const create = (id: string) =>
    t.http.post('/cases').set(c.as('taskForce')).send({ procedureId: id, orgUnitId: org.city.id, input: { title: 'Vụ việc thử nghiệm liên kết' } });

  it('opens a child in the same step, links both ways, and moves the parent when the child concludes', async () => {
    const created = await create('test-parent');
    expect(created.status).toBe(201);
    const parent: CaseRef = { id: created.body.case.id, version: 1 };
    // The subject recorded on the parent is excluded from the child from its first moment.
    await t.http.post(`/cases/${parent.id}/participants`).set(c.as('taskForce')).send({ relation: 'SUBJECT', userId: org.userIds.standing, reason: 'Người bị phản ánh' }).expect(201);

    const handed = await c.send('taskForce', parent, 'HAND_OVER', {});
    expect(handed.body.children).toEqual([{ caseId: expect.any(String), procedureId: 'test-child', link: 'INSPECTION' }]);
    const child: CaseRef = { id: handed.body.children[0].caseId, version: 1 };

    const childView = await c.view('secretary', child);
    expect(childView).toMatchObject({ procedureId: 'test-child', title: 'Kiểm tra: Vụ việc thử nghiệm liên kết', orgUnitId: org.city.id });
    expect(childView.links.parent).toMatchObject({ caseId: parent.id, procedureId: 'test-parent', link: 'INSPECTION', parentSeq: 2 });
    expect((await c.view('secretary', parent)).links.children).toEqual([expect.objectContaining({ caseId: child.id, link: 'INSPECTION', state: 'open' })]);
    expect((await t.http.get(`/cases/${child.id}`).set(c.as('standing'))).status).toBe(404);
    // A sibling unit sees neither.
    expect((await t.http.get(`/cases/${child.id}`).set(c.as('wardB'))).status).toBe(404);

    // The parent does not take CHILD_CONCLUDED from a person.
    const forged = await c.attempt('secretary', parent, 'CHILD_CONCLUDED', { childCaseId: child.id, procedureId: 'test-child', link: 'INSPECTION', outcome: 'NO_VIOLATION' });
    expect({ status: forged.status, code: forged.body.code }).toEqual({ status: 403, code: 'ROLE_NOT_ALLOWED' });

    await c.send('taskForce', child, 'CONCLUDE', { outcome: 'VIOLATION' });
    const after = await c.view('secretary', parent);
    expect(after).toMatchObject({ state: 'childDone', version: 3, context: { childOutcome: 'VIOLATION' } });
    const timeline = (await t.http.get(`/cases/${parent.id}/timeline`).set(c.as('secretary')).expect(200)).body;
    expect(timeline.items.at(-1)).toMatchObject({
      type: 'CHILD_CONCLUDED', actorName: 'Hệ thống',
      payload: { childCaseId: child.id, procedureId: 'test-child', link: 'INSPECTION', outcome: 'VIOLATION', summary: 'Kết luận kiểm tra' },
    });
    expect(timeline.links.children).toEqual([expect.objectContaining({ caseId: child.id, state: 'concluded' })]);
  });

  it('writes nothing, neither the parent step nor the child, when the child cannot be opened', async () => {
    const created = await create('test-parent');
    const cases = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM "case"`))[0].n as number;
    const before = await cases();
    const bad = await t.http.post(`/cases/${created.body.case.id}/events`).set(c.as('taskForce')).send({ type: 'HAND_OVER_BAD', payload: {}, expectedVersion: 1 });
    expect({ status: bad.status, code: bad.body.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect(await cases()).toBe(before);
    expect((await c.view('taskForce', { id: created.body.case.id, version: 1 })).version).toBe(1);
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1`, [created.body.case.id])).toEqual([{ n: 1 }]);
    const stale = await t.http.post(`/cases/${created.body.case.id}/events`).set(c.as('taskForce')).send({ type: 'HAND_OVER', payload: {}, expectedVersion: 7 });
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM case_link WHERE parent_case_id = $1`, [created.body.case.id])).toEqual([{ n: 0 }]);
  });

  it('a child without a parent concludes on its own', async () => {
    const created = await create('test-child');
    const child: CaseRef = { id: created.body.case.id, version: 1 };
    await c.send('taskForce', child, 'CONCLUDE', { outcome: 'NO_VIOLATION' });
    expect((await c.view('taskForce', child)).state).toBe('concluded');
  });

  it('hands the machine the rule values and the authority in force, and records them on the timeline', async () => {
    const created = await create('test-child');
    const ref: CaseRef = { id: created.body.case.id, version: 1 };
    await c.send('taskForce', ref, 'LOOK_UP', { decidingBody: { kind: 'CELL', level: 'CELL' }, subjectKind: 'PROBATIONARY_MEMBER' });
    const facts = (await c.view('taskForce', ref)).context.facts as EventFacts;
    expect(facts.ruleValues).toMatchObject({
      'B3.LIMIT_MEMBER_KHIEN_TRACH': { value: 60, unit: 'MONTHS' },
      'B4.FILING_WINDOW': expect.objectContaining({ ruleId: expect.any(String) }),
      'NO.SUCH_RULE': null,
    });
    expect(facts.disciplineAuthority).toMatchObject({
      body: { kind: 'CELL', level: 'CELL' },
      subject: 'PROBATIONARY_MEMBER',
      forms: {
        KHIEN_TRACH: { decision: 'ALLOWED', notForUpperAssignedTask: true },
        CANH_CAO: { decision: 'ALLOWED' },
        KHAI_TRU: { decision: 'NOT_CONFIGURED', legalBasis: null },
      },
    });
    const [row] = await t.dataSource.query(`SELECT payload FROM case_event WHERE case_id = $1 AND seq = 2`, [ref.id]);
    expect(row.payload.facts).toEqual(JSON.parse(JSON.stringify(facts)));
  });

  it('lets a committee fill in a cell of the authority matrix for its subtree, and the next step sees it', async () => {
    const res = await t.http.post('/discipline/authority/overrides').set(c.as('secretary')).send({
      bodyKind: 'CELL', subjectKind: 'PROBATIONARY_MEMBER', form: 'KHAI_TRU', allowed: false, orgUnitId: org.city.id,
      reason: 'Đảng viên dự bị không áp dụng hình thức khai trừ',
    });
    expect(res.status).toBe(201);
    const created = await create('test-child');
    const ref: CaseRef = { id: created.body.case.id, version: 1 };
    await c.send('taskForce', ref, 'LOOK_UP', { decidingBody: { kind: 'CELL', level: 'CELL' }, subjectKind: 'PROBATIONARY_MEMBER' });
    const facts = (await c.view('taskForce', ref)).context.facts as EventFacts;
    expect(facts.disciplineAuthority?.forms.KHAI_TRU).toMatchObject({ decision: 'NOT_ALLOWED' });
    const refused = await t.http.post('/discipline/authority/overrides').set(c.as('taskForce')).send({
      bodyKind: 'CELL', subjectKind: 'FULL_MEMBER', form: 'CACH_CHUC', allowed: true, orgUnitId: org.city.id, reason: 'Tổ công tác tự điều chỉnh',
    });
    expect({ status: refused.status, code: refused.body.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    const list = (await t.http.get('/discipline/authority').set(c.as('secretary')).expect(200)).body;
    expect(list.items.some((i: { orgUnitId: string | null; form: string }) => i.orgUnitId === org.city.id && i.form === 'KHAI_TRU')).toBe(true);
  });
});
