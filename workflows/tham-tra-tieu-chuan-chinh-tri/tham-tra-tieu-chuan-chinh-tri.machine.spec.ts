// Pure machine tests for the political-standard verification (thẩm tra, xác minh tiêu chuẩn chính trị), driven through
// the engine functions the service uses. Domain reference: docs/domain/tham-tra-tieu-chuan-chinh-tri.md, changes-2026.md §5.4.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { EventFacts, LinkedCaseFact, RuleValueFact } from '../shared/facts';
import { describeMachineConformance } from '../shared/machine-conformance.spec';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { VIETNAMESE } from '../shared/vietnamese';
import {
  CheckBackgroundPayload, ConcludePayload, PoliticalStandardInput, SendTaskPayload, VerificationTaskInput,
} from './tham-tra-tieu-chuan-chinh-tri.events';
import { thamTraTieuChuanChinhTriV1 as def } from './tham-tra-tieu-chuan-chinh-tri.procedure';
import { TASK_PROCEDURE_ID } from './tham-tra-tieu-chuan-chinh-tri.task.machine';
import type { EventPs } from './tham-tra-tieu-chuan-chinh-tri.types';

type EventType = EventPs['type'];
interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  /** The instant the service records (default: NOW). */
  at?: string;
}

const NOW = '2026-06-30T03:00:00.000Z';
const OFFICER = '0e000000-0000-4000-8000-00000000000e';
const UNIT_HOME = '0a000000-0000-4000-8000-00000000000a';
const UNIT_WORK = '0b000000-0000-4000-8000-00000000000b';
const UNIT_OTHER = '0c000000-0000-4000-8000-00000000000c';
const child = (n: number) => `0d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

const INPUT: PoliticalStandardInput = {
  purpose: 'CADRE_PLANNING',
  personId: '7a1c6c3e-2b9f-4d51-8e0a-3f6b2c9d4e10',
  fullName: 'Trần Văn Bình',
  dateOfBirth: '1985-03-12',
  managementLevel: 'UPPER_GRASSROOTS',
  requestedBy: { name: 'Ban Tổ chức Đảng ủy phường Bến Thành', documentRef: '12-CV/BTC' },
  receivedOn: '2026-05-04',
  serves: 'Quy hoạch cấp ủy nhiệm kỳ 2030–2035',
  relatives: [{ key: 'me', relation: 'MOTHER', fullName: 'Lê Thị Hoa', birthYear: 1960 }],
  namedOfficers: [OFFICER],
};

const CHECK = (checkedOn = '2026-05-05', at?: string): Step => ({
  type: 'CHECK_BACKGROUND', payload: { checkedOn, stampedAcrossPages: true, summary: 'Lý lịch khai đầy đủ; đã đóng dấu giáp lai.' }, ...(at ? { at } : {}),
});
const SEND = (taskKey: string, personKey: string, over: Record<string, unknown> = {}): Step => ({
  type: 'SEND_TASK',
  payload: {
    taskKey, personKey, unitId: personKey === 'self' ? UNIT_WORK : UNIT_HOME, unitName: personKey === 'self' ? 'Đảng ủy Công ty Điện lực' : 'Đảng ủy xã An Phú',
    place: personKey === 'self' ? 'WORK' : 'RESIDENCE', placeDetail: personKey === 'self' ? 'Công ty Điện lực Sài Gòn' : 'Ấp 3, xã An Phú',
    requestedOn: '2026-05-06', documentRef: `CV-${taskKey}`, content: 'Xác minh lịch sử chính trị, chấp hành chủ trương, pháp luật.', ...over,
  },
});

/** The task case as stored when it reports: closed, its answer in its tags. */
const answeredChild = (n: number, taskKey: string, outcome = 'NO_ISSUE', answeredOn = '2026-05-15', status: 'OPEN' | 'CLOSED' = 'CLOSED'): LinkedCaseFact => ({
  caseId: child(n), procedureId: TASK_PROCEDURE_ID, link: 'VERIFICATION_TASK', state: outcome === 'NOT_IN_AREA' ? 'declined' : 'answered', status,
  reportCategory: outcome === 'NOT_IN_AREA' ? 'NOT_IN_AREA' : 'ANSWERED', tags: { taskKey, personKey: 'x', place: 'RESIDENCE', outcome, answeredOn }, personId: null,
});
const ANSWERED = (c: LinkedCaseFact, others: LinkedCaseFact[] = []): Step => ({
  type: 'CHILD_CONCLUDED',
  payload: { childCaseId: c.caseId, procedureId: TASK_PROCEDURE_ID, link: 'VERIFICATION_TASK', outcome: c.tags.outcome },
  facts: { linkedCases: [...others, c] },
});
const ASSESS = (assessedOn = '2026-05-20', proposal = 'MEETS'): Step => ({
  type: 'ASSESS', payload: { assessedOn, proposal, provisions: 'Quy định 58-QĐ/TW, Điều 10', summary: 'Bản thân và mẹ không có vấn đề về chính trị.' },
});

const BASIS = 'Quyết định của Ban Thường vụ (thử nghiệm)';
const concludingRule = (data: unknown): RuleValueFact => ({ ruleId: 'r1', value: null, data, unit: 'TABLE', legalBasis: BASIS, confidence: 'STATED' });
const ALLOWED = { rows: [{ managementLevel: 'UPPER_GRASSROOTS', bodies: [{ kind: 'ORGANISATION_COMMISSION', level: 'UPPER_GRASSROOTS' }] }] };
const BODY = { kind: 'ORGANISATION_COMMISSION', level: 'UPPER_GRASSROOTS', name: 'Ban Tổ chức Đảng ủy phường' };
const CONCLUDE = (o: { outcome?: string; on?: string; body?: unknown; rule?: RuleValueFact | null; at?: string } = {}): Step => ({
  type: 'CONCLUDE',
  payload: { concludedOn: o.on ?? '2026-05-25', outcome: o.outcome ?? 'MEETS', concludingBody: o.body ?? BODY, documentRef: '45-KL/BTC', reasons: 'Đủ tiêu chuẩn chính trị theo Quy định 58-QĐ/TW.' },
  facts: { ruleValues: { 'PS.CONCLUDING_BODY': o.rule === undefined ? concludingRule(ALLOWED) : o.rule }, legalDate: { date: o.on ?? '2026-05-25', field: 'concludedOn' } },
  ...(o.at ? { at: o.at } : {}),
});
const HIGHER = (receivedOn = '2026-06-05', opinion = 'DOES_NOT_MEET'): Step => ({
  type: 'RECORD_HIGHER_OPINION', payload: { receivedOn, opinion, body: 'Ban Tổ chức Thành ủy', documentRef: '88-CV/BTCTU', summary: 'Mẹ có vấn đề về chính trị hiện nay.' },
});
const FILE = (filedOn = '2026-06-10'): Step => ({ type: 'FILE', payload: { filedOn, archiveRef: 'M-2026-045' } });
const WITHDRAW = (withdrawnOn = '2026-05-10'): Step => ({ type: 'WITHDRAW', payload: { withdrawnOn, reason: 'Đơn vị rút đề nghị quy hoạch.' } });
const MISSED = (key: string, generation = 1): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation } });

const SELF_DONE = answeredChild(1, 'self-ct');
const ME_DONE = answeredChild(2, 'me-ct');
const TO_VERIFYING: Step[] = [CHECK()];
const TO_ASSESSMENT: Step[] = [CHECK(), SEND('self-ct', 'self'), SEND('me-ct', 'me'), ANSWERED(SELF_DONE), ANSWERED(ME_DONE, [SELF_DONE])];
const TO_CONCLUSION: Step[] = [...TO_ASSESSMENT, ASSESS()];

const SAMPLE: Record<EventType, Step> = {
  CHECK_BACKGROUND: CHECK(), SEND_TASK: SEND('t', 'self'), CHILD_CONCLUDED: ANSWERED(SELF_DONE), ASSESS: ASSESS(), CONCLUDE: CONCLUDE(),
  RECORD_HIGHER_OPINION: HIGHER(), FILE: FILE(), WITHDRAW: WITHDRAW(), DEADLINE_MISSED: MISSED('BACKGROUND_CHECK'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step): MachineEvent => ({ type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.at ?? NOW, ...(s.facts ? { facts: s.facts } : {}) });

function run(input: PoliticalStandardInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(outcome)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (steps: readonly Step[], input = INPUT): StepResult => run(input, steps).at(-1)!;
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
const reasons = (from: StepResult, s: Step): string => {
  const r = attempt(from, s);
  if (r.kind !== 'guard-refused') throw new Error(`expected a refusal, got ${r.kind}`);
  return refusalReasons(def, from.snapshot, toEvent(s), r.guards).join(' ');
};
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const effects = (r: StepOutcome | StepResult, type?: string) => ('effects' in r ? r.effects.filter((e) => !type || e.type === type) : []);
const taken = (r: StepOutcome): StepResult => {
  if (r.kind !== 'taken') throw new Error(`expected the step taken, got ${JSON.stringify(r)}`);
  return r;
};

async function errorsOf(cls: new () => object, plain: unknown): Promise<string[]> {
  const paths = (errors: ValidationError[], at = ''): string[] =>
    errors.flatMap((e) => {
      const p = at ? `${at}.${e.property}` : e.property;
      return e.children && e.children.length > 0 ? paths(e.children, p) : [p];
    });
  return paths(await validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true }));
}

describe('a verification from the request to the restricted filing (MEETS)', () => {
  let rs: StepResult[];
  beforeAll(() => {
    rs = run(INPUT, [...TO_CONCLUSION, CONCLUDE(), FILE()]);
  });

  it('passes through every step with the statistics category of each, done only when filed', () => {
    expect(rs.map((r) => `${r.state} ${project(r).reportCategory} ${project(r).tags.stage}`)).toEqual([
      'received IN_PROGRESS BACKGROUND', 'verifying IN_PROGRESS VERIFICATION', 'verifying IN_PROGRESS VERIFICATION', 'verifying IN_PROGRESS VERIFICATION',
      'verifying IN_PROGRESS VERIFICATION', 'verifying IN_PROGRESS VERIFICATION', 'assessed IN_PROGRESS CONCLUSION', 'concluded MEETS FILING',
      'filed MEETS CLOSED',
    ]);
    expect(rs.map((r) => r.done)).toEqual([false, false, false, false, false, false, false, false, true]);
  });

  it('schedules each step on its rule row (settings) and meets it with the act’s own date', () => {
    expect(rs.map((r) => effects(r).filter((e) => /Deadline/.test(e.type)).map((e) => e.params))).toEqual([
      [{ key: 'BACKGROUND_CHECK', ruleKey: 'PS.BACKGROUND_CHECK', startAt: '2026-05-04' }],
      [{ key: 'BACKGROUND_CHECK', at: '2026-05-05' }],
      [], [], [], [],
      [{ key: 'CONCLUSION', ruleKey: 'PS.CONCLUSION', startAt: '2026-05-20' }],
      [{ key: 'CONCLUSION', at: '2026-05-25' }],
      [],
    ]);
  });

  it('sends each task to the committee of the place as a child case that sees this person and this place only', async () => {
    const [self] = effects(rs[2], 'openChildCase');
    const [mother] = effects(rs[3], 'openChildCase');
    expect(self.params).toEqual({
      procedureId: TASK_PROCEDURE_ID, link: 'VERIFICATION_TASK', unitId: UNIT_WORK,
      input: {
        taskKey: 'self-ct', personKey: 'self', fullName: 'Trần Văn Bình', relation: 'SELF', place: 'WORK', placeDetail: 'Công ty Điện lực Sài Gòn',
        content: 'Xác minh lịch sử chính trị, chấp hành chủ trương, pháp luật.', requestingUnit: 'Ban Tổ chức Đảng ủy phường Bến Thành',
        requestedOn: '2026-05-06', documentRef: 'CV-self-ct',
      },
    });
    expect(mother.params).toMatchObject({ unitId: UNIT_HOME, input: { fullName: 'Lê Thị Hoa', relation: 'MOTHER', birthYear: 1960, place: 'RESIDENCE' } });
    // Nothing else of the file: no other relative, no named officers, no purpose or conclusion.
    const text = JSON.stringify(mother.params);
    for (const secret of ['Trần Văn Bình', OFFICER, 'CADRE_PLANNING', 'Quy hoạch']) expect(text).not.toContain(secret);
    for (const e of [self, mother]) expect(await errorsOf(VerificationTaskInput, (e.params as { input: unknown }).input)).toEqual([]);
  });

  it('reads each answer from the task’s case as stored (date and finding), not from its report', () => {
    const tasks = (rs[5].snapshot.context as { tasks: unknown[] }).tasks;
    expect(tasks).toEqual([
      expect.objectContaining({ taskKey: 'self-ct', status: 'ANSWERED', finding: 'NO_ISSUE', answeredOn: '2026-05-15', childCaseId: child(1) }),
      expect.objectContaining({ taskKey: 'me-ct', status: 'ANSWERED', finding: 'NO_ISSUE', answeredOn: '2026-05-15', childCaseId: child(2) }),
    ]);
  });

  it('reports the conclusion to the case it serves and tells the named officers; tags what that case may read', () => {
    expect(effects(rs[7]).filter((e) => e.type === 'reportToParent' || e.type === 'notify')).toEqual([
      { type: 'reportToParent', params: { outcome: 'MEETS', summary: 'Đủ tiêu chuẩn chính trị (kết luận 45-KL/BTC ngày 2026-05-25).' } },
      { type: 'notify', params: { template: 'tham-tra.concluded', audiences: ['UNIT'], summary: 'Đủ tiêu chuẩn chính trị: Trần Văn Bình.' } },
    ]);
    expect(project(rs.at(-1)!)).toEqual({
      reportCategory: 'MEETS',
      tags: { purpose: 'CADRE_PLANNING', stage: 'CLOSED', outcome: 'MEETS', concludedOn: '2026-05-25', conclusionRef: '45-KL/BTC' },
      title: 'Thẩm tra tiêu chuẩn chính trị: Trần Văn Bình',
      receivedAt: '2026-05-04',
    });
    expect(availableEvents(def, rs.at(-1)!.snapshot)).toEqual([]);
  });
});

describe('NEEDS_HIGHER_OPINION: the higher level’s opinion, then the conclusion', () => {
  let asked: StepResult;
  let answered: StepResult;
  beforeAll(() => {
    asked = reach([...TO_CONCLUSION, CONCLUDE({ outcome: 'NEEDS_HIGHER_OPINION' })]);
    answered = reach([...TO_CONCLUSION, CONCLUDE({ outcome: 'NEEDS_HIGHER_OPINION' }), HIGHER()]);
  });

  it('waits for the higher level on its own clock; nothing is reported yet', () => {
    expect(asked.state).toBe('awaitingHigherOpinion');
    expect(project(asked)).toMatchObject({ reportCategory: 'AWAITING_HIGHER_OPINION', tags: { higherOpinion: 'true', stage: 'HIGHER_OPINION' } });
    expect(effects(asked).map((e) => [e.type, e.params])).toEqual([
      ['markDeadlineMet', { key: 'CONCLUSION', at: '2026-05-25' }],
      ['scheduleDeadline', { key: 'HIGHER_OPINION', ruleKey: 'PS.HIGHER_OPINION', startAt: '2026-05-25' }],
      ['notify', { template: 'tham-tra.higher-opinion', audiences: ['UPPER_COMMITTEE'] }],
    ]);
  });

  it('the opinion restarts the conclusion’s clock (a second generation); the old one is stale', () => {
    expect(effects(answered).filter((e) => /Deadline/.test(e.type)).map((e) => e.params)).toEqual([
      { key: 'HIGHER_OPINION', at: '2026-06-05' },
      { key: 'CONCLUSION', ruleKey: 'PS.CONCLUSION', startAt: '2026-06-05' },
    ]);
    expect(attempt(answered, MISSED('CONCLUSION', 1)).kind).toBe('guard-refused');
    expect(project(taken(attempt(answered, MISSED('CONCLUSION', 2))))).toMatchObject({ tags: { overdue: 'true' } });
  });

  it('asking again is refused; the conclusion is dated from the opinion (the day before refused, the same day taken)', () => {
    expect(reasons(answered, CONCLUDE({ outcome: 'NEEDS_HIGHER_OPINION', on: '2026-06-06' }))).toContain('Đã có ý kiến của cấp trên (Ban Tổ chức Thành ủy)');
    expect(reasons(answered, CONCLUDE({ outcome: 'DOES_NOT_MEET', on: '2026-06-04' }))).toContain('trước ngày nhận ý kiến cấp trên (05/06/2026)');
    const done = taken(attempt(answered, CONCLUDE({ outcome: 'DOES_NOT_MEET', on: '2026-06-05' })));
    expect(done.state).toBe('concluded');
    expect(effects(done, 'reportToParent')).toEqual([{ type: 'reportToParent', params: { outcome: 'DOES_NOT_MEET', summary: expect.stringContaining('Không đủ tiêu chuẩn chính trị') } }]);
    expect(project(done)).toMatchObject({ reportCategory: 'DOES_NOT_MEET', tags: { outcome: 'DOES_NOT_MEET', higherOpinion: 'true', concludedOn: '2026-06-05' } });
  });

  it('the opinion cannot be dated before it was asked for', () => {
    expect(reasons(asked, HIGHER('2026-05-24'))).toContain('trước ngày xin ý kiến (25/05/2026)');
    expect(taken(attempt(asked, HIGHER('2026-05-25'))).state).toBe('higherOpinionReceived');
  });
});

describe('the verification tasks', () => {
  it('a committee answering "not in our area" leaves the person unverified: another committee is asked', () => {
    const declined = answeredChild(2, 'me-ct', 'NOT_IN_AREA');
    const here = reach([CHECK(), SEND('self-ct', 'self'), SEND('me-ct', 'me'), ANSWERED(SELF_DONE), ANSWERED(declined, [SELF_DONE])]);
    expect((here.snapshot.context as { tasks: { status: string }[] }).tasks.map((t) => t.status)).toEqual(['ANSWERED', 'NOT_IN_AREA']);
    expect(reasons(here, ASSESS())).toContain('Chưa có kết quả xác minh của: Lê Thị Hoa.');
    const again = answeredChild(3, 'me-ct2', 'NO_ISSUE', '2026-05-18');
    const next = reach([CHECK(), SEND('self-ct', 'self'), SEND('me-ct', 'me'), ANSWERED(SELF_DONE), ANSWERED(declined, [SELF_DONE]),
      SEND('me-ct2', 'me', { unitId: UNIT_OTHER, unitName: 'Đảng ủy xã Tân Phú' }), ANSWERED(again, [SELF_DONE, declined])]);
    expect(taken(attempt(next, ASSESS('2026-05-18'))).state).toBe('assessed');
  });

  it('assessment waits for every task sent and dates from the last answer (the day before refused, the day of it taken)', () => {
    const pending = reach([CHECK(), SEND('self-ct', 'self'), SEND('me-ct', 'me'), ANSWERED(SELF_DONE), SEND('me-work', 'me', { unitId: UNIT_OTHER }), ANSWERED(ME_DONE, [SELF_DONE])]);
    expect(reasons(pending, ASSESS())).toContain('Còn yêu cầu xác minh chưa được trả lời: Đảng ủy xã An Phú (me-work)');
    const all = reach(TO_ASSESSMENT);
    expect(reasons(all, ASSESS('2026-05-14'))).toContain('trước ngày trả lời xác minh gần nhất (15/05/2026)');
    expect(taken(attempt(all, ASSESS('2026-05-15'))).state).toBe('assessed');
  });

  it('refuses a task for someone not on the list, a repeated key, and one dated before the background check', () => {
    const here = reach([CHECK(), SEND('self-ct', 'self')]);
    expect(reasons(here, SEND('x', 'cha'))).toContain('Không có người "cha" trong danh sách thẩm tra');
    expect(reasons(here, SEND('self-ct', 'me'))).toContain('Mã yêu cầu "self-ct" đã dùng');
    expect(reasons(here, SEND('early', 'me', { requestedOn: '2026-05-04' }))).toContain('trước ngày kiểm tra lý lịch (05/05/2026)');
    expect(taken(attempt(here, SEND('same-day', 'me', { requestedOn: '2026-05-05' }))).state).toBe('verifying');
  });

  it('ignores a report whose task case is still open, unknown, or already counted', () => {
    const here = reach([CHECK(), SEND('self-ct', 'self')]);
    expect(attempt(here, ANSWERED(answeredChild(1, 'self-ct', 'NO_ISSUE', '2026-05-15', 'OPEN'))).kind).toBe('guard-refused');
    expect(attempt(here, ANSWERED(answeredChild(9, 'nobody'))).kind).toBe('guard-refused');
    const noFact = { ...ANSWERED(SELF_DONE), facts: {} };
    expect(attempt(here, noFact).kind).toBe('guard-refused');
    const once = taken(attempt(here, ANSWERED(SELF_DONE)));
    expect(attempt(once, ANSWERED(SELF_DONE)).kind).toBe('guard-refused');
  });
});

describe('the conclusion: who concludes is a rule row (PS.CONCLUDING_BODY), a setting until a committee confirms it', () => {
  let assessed: StepResult;
  beforeAll(() => {
    assessed = reach(TO_CONCLUSION);
  });

  it('no value in force (the seeded setting): refused, naming the rule', () => {
    const seeded = { ...concludingRule(null), confidence: 'NOT_FOUND', legalBasis: 'Quy định 58-QĐ/TW; giá trị chưa tìm thấy' };
    expect(reasons(assessed, CONCLUDE({ rule: seeded }))).toContain('Chưa có giá trị cho quy tắc PS.CONCLUDING_BODY');
    expect(reasons(assessed, CONCLUDE({ rule: null }))).toContain('PS.CONCLUDING_BODY');
  });

  it('a body the row does not name, or a level no row covers: refused with the bodies allowed', () => {
    const why = reasons(assessed, CONCLUDE({ body: { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' } }));
    expect(why).toContain('Cơ quan có thẩm quyền kết luận: Ban Tổ chức cấp ủy (Cấp trên cơ sở)');
    expect(why).toContain(BASIS);
    const other = { rows: [{ managementLevel: 'PROVINCIAL', bodies: [BODY] }] };
    expect(reasons(assessed, CONCLUDE({ rule: concludingRule(other) }))).toContain('chưa nêu cơ quan kết luận cho mục đích "Quy hoạch cán bộ", cấp quản lý Cấp trên cơ sở');
  });

  it('a row for the purpose wins over a row for any purpose', () => {
    const rows = { rows: [
      { managementLevel: 'UPPER_GRASSROOTS', bodies: [{ kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' }] },
      { managementLevel: 'UPPER_GRASSROOTS', purpose: 'CADRE_PLANNING', bodies: [BODY] },
    ] };
    expect(taken(attempt(assessed, CONCLUDE({ rule: concludingRule(rows) }))).state).toBe('concluded');
    expect(attempt(assessed, CONCLUDE({ rule: concludingRule(rows), body: { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' } })).kind).toBe('guard-refused');
  });

  it('dated from the assessment: the day before refused, the same day taken; never after the day it is entered', () => {
    expect(reasons(assessed, CONCLUDE({ on: '2026-05-19' }))).toContain('trước ngày báo cáo thẩm tra (20/05/2026)');
    expect(taken(attempt(assessed, CONCLUDE({ on: '2026-05-20' }))).state).toBe('concluded');
    expect(reasons(assessed, CONCLUDE({ on: '2026-05-26', at: '2026-05-25T10:00:00.000Z' }))).toContain('sau ngày ghi nhận (25/05/2026)');
    expect(taken(attempt(assessed, CONCLUDE({ on: '2026-05-25', at: '2026-05-25T10:00:00.000Z' }))).state).toBe('concluded');
  });

  it('the filing is dated from the conclusion', () => {
    const done = reach([...TO_CONCLUSION, CONCLUDE()]);
    expect(reasons(done, FILE('2026-05-24'))).toContain('trước ngày kết luận (25/05/2026)');
    expect(taken(attempt(done, FILE('2026-05-25'))).state).toBe('filed');
  });
});

describe('the background check and withdrawal', () => {
  it('the check is dated from the receipt (the day before refused, the same day taken) and not after the day it is entered', () => {
    const start = reach([]);
    expect(reasons(start, CHECK('2026-05-03'))).toContain('trước ngày nhận đề nghị thẩm tra (04/05/2026)');
    expect(taken(attempt(start, CHECK('2026-05-04'))).state).toBe('verifying');
    expect(reasons(start, CHECK('2026-05-08', '2026-05-07T16:59:59.000Z'))).toContain('sau ngày ghi nhận (07/05/2026)');
    // 17:00 UTC is already the next day in Vietnam.
    expect(taken(attempt(start, CHECK('2026-05-08', '2026-05-07T17:00:00.000Z'))).state).toBe('verifying');
  });

  it('withdrawing with a task outstanding is refused (its committee would keep being reminded); once answered, it closes every open deadline', () => {
    const pending = reach([CHECK(), SEND('self-ct', 'self')]);
    expect(reasons(pending, WITHDRAW())).toContain('Còn yêu cầu xác minh đang chờ tại Đảng ủy Công ty Điện lực');
    const clear = reach(TO_CONCLUSION);
    const out = taken(attempt(clear, WITHDRAW('2026-05-21')));
    expect(out.state).toBe('withdrawn');
    expect(effects(out).map((e) => [e.type, e.params])).toEqual([
      ['cancelDeadline', { key: 'CONCLUSION', at: NOW }],
      ['reportToParent', { outcome: 'WITHDRAWN' }],
    ]);
    expect(project(out)).toMatchObject({ reportCategory: 'WITHDRAWN', tags: { outcome: 'WITHDRAWN' } });
  });
});

describe('deadlines reported missed', () => {
  it('records the current generation of an open deadline, ignores a stale or closed one', () => {
    const start = reach([]);
    const late = taken(attempt(start, MISSED('BACKGROUND_CHECK', 1)));
    expect(late.snapshot.context).toMatchObject({ overdue: { BACKGROUND_CHECK: true } });
    expect(project(late).tags.overdue).toBe('true');
    expect(attempt(start, MISSED('BACKGROUND_CHECK', 2)).kind).toBe('guard-refused');
    expect(attempt(reach([CHECK()]), MISSED('BACKGROUND_CHECK', 1)).kind).toBe('guard-refused');
  });
});

describe('input and payload validation', () => {
  it('accepts the fixtures', async () => {
    expect(await errorsOf(PoliticalStandardInput, INPUT)).toEqual([]);
    expect(await errorsOf(SendTaskPayload, SEND('a', 'self').payload)).toEqual([]);
    expect(await errorsOf(ConcludePayload, CONCLUDE().payload)).toEqual([]);
  });

  it('refuses a bad purpose, no named officer, an instant for a date, an unknown field', async () => {
    expect(await errorsOf(PoliticalStandardInput, { ...INPUT, purpose: 'PROMOTION', namedOfficers: [], receivedOn: '2026-05-04T00:00:00Z', extra: 1 })).toEqual(
      expect.arrayContaining(['purpose', 'namedOfficers', 'receivedOn', 'extra']),
    );
    expect(await errorsOf(PoliticalStandardInput, { ...INPUT, namedOfficers: ['not-a-uuid'] })).toEqual(['namedOfficers']);
  });

  it('refuses an unstamped background, a task without its committee, a conclusion outside the three', async () => {
    expect(await errorsOf(CheckBackgroundPayload, { ...(CHECK().payload as object), stampedAcrossPages: false })).toEqual(['stampedAcrossPages']);
    const { unitId: _unit, ...noUnit } = SEND('a', 'self').payload as Record<string, unknown>;
    expect(await errorsOf(SendTaskPayload, noUnit)).toEqual(['unitId']);
    expect(await errorsOf(ConcludePayload, { ...(CONCLUDE().payload as object), outcome: 'MAYBE' })).toEqual(['outcome']);
    expect(await errorsOf(ConcludePayload, { ...(CONCLUDE().payload as object), concludingBody: { kind: 'CELL', level: 'CELL' } })).toEqual(['concludingBody.kind']);
  });

  it('the input checks: the person’s key is reserved, relatives’ keys unique, no date in the future', () => {
    const bad = { ...INPUT, receivedOn: '2026-07-01', relatives: [{ key: 'self', relation: 'FATHER', fullName: 'A' }, { key: 'self', relation: 'MOTHER', fullName: 'B' }] };
    const problems = def.inputChecks!(bad, NOW);
    expect(problems.map((p) => p.field)).toEqual(['receivedOn', 'relatives', 'relatives']);
    for (const p of problems) expect(p.message).toMatch(VIETNAMESE);
    expect(def.inputChecks!(INPUT, NOW)).toEqual([]);
  });

  it('names the creator’s officers on the restricted file and links the person', () => {
    expect(def.restricted?.namedOf(INPUT)).toEqual([OFFICER]);
    expect(def.personOf?.(INPUT)).toBe(INPUT.personId);
  });
});

// Forbidden events: what each state offers, and everything else refused.
const REACHABLE: [state: string, steps: Step[], allowed: EventType[]][] = [
  ['received', [], ['CHECK_BACKGROUND', 'DEADLINE_MISSED', 'WITHDRAW']],
  ['verifying', TO_VERIFYING, ['ASSESS', 'CHILD_CONCLUDED', 'DEADLINE_MISSED', 'SEND_TASK', 'WITHDRAW']],
  ['assessed', TO_CONCLUSION, ['CONCLUDE', 'DEADLINE_MISSED', 'WITHDRAW']],
  ['awaitingHigherOpinion', [...TO_CONCLUSION, CONCLUDE({ outcome: 'NEEDS_HIGHER_OPINION' })], ['DEADLINE_MISSED', 'RECORD_HIGHER_OPINION', 'WITHDRAW']],
  ['higherOpinionReceived', [...TO_CONCLUSION, CONCLUDE({ outcome: 'NEEDS_HIGHER_OPINION' }), HIGHER()], ['CONCLUDE', 'DEADLINE_MISSED', 'WITHDRAW']],
  ['concluded', [...TO_CONCLUSION, CONCLUDE()], ['DEADLINE_MISSED', 'FILE']],
  ['filed', [...TO_CONCLUSION, CONCLUDE(), FILE()], []],
  ['withdrawn', [WITHDRAW()], []],
];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type]), systemEvents: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'],
  states: REACHABLE.map(([state, steps, allowed]) => ({ state, allowed, reach: () => reach(steps) })),
});

describe('labels, messages and event specs', () => {
  it('the conclusion apart from the assessment; the tasks’ results read from the linked cases', () => {
    expect(def.events.CONCLUDE.separateFrom).toEqual({ preparedBy: ['ASSESS'], bypassRoles: ['SECRETARY'] });
    expect(def.events.CHILD_CONCLUDED.facts).toEqual([{ fact: 'linkedCases', procedureId: TASK_PROCEDURE_ID }]);
  });

  it('declares its rule keys; statistics by purpose and conclusion; documents per step', () => {
    expect(def.ruleKeys).toEqual(['PS.BACKGROUND_CHECK', 'PS.CONCLUSION', 'PS.HIGHER_OPINION']);
    expect(def.events.CONCLUDE.facts).toEqual([{ fact: 'ruleValues', keys: ['PS.CONCLUDING_BODY'] }]);
    expect(Object.keys(def.report!.dimensions)).toEqual(['purpose', 'outcome', 'stage', 'higherOpinion']);
    expect(def.documentKinds!['KL-TCCT'].steps.CONCLUDE).toBe('REQUIRED');
    expect(def.documentKinds!['BC-THAM-TRA'].steps.ASSESS).toBe('REQUIRED');
  });
});
