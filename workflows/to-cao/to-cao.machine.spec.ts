// Pure machine tests for the denunciation procedure (B1), driven through the engine functions the service uses.
// Domain reference: docs/domain/procedures.md §5 (D0–D14, deadlines §5.2).
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { applyEvent, startCase, type PersistedSnapshot, type StepOutcome, type StepResult } from '../shared/engine';
import type { DueDateFact, DueDateRequest, EventFacts, Level, RuleValueFact } from '../shared/facts';
import { refusalReasons } from '../shared/refusal';
import type { MachineEvent } from '../shared/procedure';
import { Role } from '../shared/roles';
import { ADMISSIBILITY_REASON_CODES, ADMISSIBILITY_REASONS, RegisterToCaoInput, type AdmissibilityReason, type ToCaoOutcome } from './to-cao.events';
import type { EventToCao } from './to-cao.machine';
import { toCaoV1 as def } from './to-cao.procedure';
import { describeMachineConformance } from '../shared/machine-conformance.spec';

type EventType = EventToCao['type'];
interface Step {
  type: EventType;
  payload?: unknown;
  occurredAt?: string;
  facts?: EventFacts;
}

const RECEIVED = '2025-09-02T02:00:00.000Z';
const DECIDED = '2025-09-08T02:00:00.000Z';
const HANDED_OVER = '2025-11-20T02:00:00.000Z';
const CHILD_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const USER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const DAY = 86_400_000;
const at = (i: number): string => new Date(Date.parse('2025-09-03T03:00:00.000Z') + i * DAY).toISOString();

const registration = (level: Level = 'GRASSROOTS'): RegisterToCaoInput => ({
  title: 'Tố cáo đảng viên Phạm Văn D vi phạm quy định về đất đai',
  summary: 'Người tố cáo nêu việc đảng viên hợp thức hóa đất công.',
  channel: 'LETTER',
  receivedByCompetentAt: RECEIVED,
  handlingBody: { kind: 'INSPECTION_COMMISSION', level, name: 'Ủy ban kiểm tra' },
  subject: { kind: 'PERSON', name: 'Phạm Văn D', userId: USER_ID },
});
const BASE = registration();
/** A cadre managed by the Politburo or the Secretariat (Quyết định 164-QĐ/TW), whatever body handles it. */
const CENTRAL = { ...registration('PROVINCIAL'), subject: { ...registration().subject, centralManaged: true } };

// The rule rows as migrations/1795302200000-ComplaintDenunciation1374Rules.ts seeds them, handed in as facts.
const rule = (key: string, unit: RuleValueFact['unit'], data: unknown): RuleValueFact => ({
  ruleId: key, value: null, data, unit, legalBasis: 'Quy định 296-QĐ/TW', confidence: 'UNVERIFIED',
});
const GROUNDS = ['ANONYMOUS', 'IMPERSONATED', 'NO_ADDRESS', 'REPEAT_NO_NEW_EVIDENCE', 'NOT_CONCRETE', 'NOT_ORIGINAL_SIGNATURE', 'MULTIPLE_SIGNERS', 'NO_CIVIL_CAPACITY'];
const groundsFacts = (items: string[] | null = GROUNDS): EventFacts => ({
  ruleValues: { 'B1.NOT_HANDLED_GROUNDS': items === null ? null : rule('B1.NOT_HANDLED_GROUNDS', 'LIST', { items }) },
});
const centralFacts = (startOn: unknown = 'TEAM_DECISION'): EventFacts => ({
  ruleValues: { 'B1.TOCAO_CENTRAL_MANAGED': { ...rule('B1.TOCAO_CENTRAL_MANAGED', 'CALENDAR_DAYS', { startOn }), value: 180, confidence: 'STATED' } },
});
/** The congress windows as the service counts them from the receipt (02/09/2025) with the working calendar. */
const window = (due: string | null, ruleKey: string): DueDateFact => ({ ruleKey, startAt: RECEIVED, due, rule: null, note: '' });
const congressFacts = (grassroots: string | null = '2025-10-08', above: string | null = '2025-10-15'): EventFacts => ({
  dueDates: { congressGrassroots: window(grassroots, 'B1.CONGRESS_WINDOW_GRASSROOTS'), congressAbove: window(above, 'B1.CONGRESS_WINDOW_ABOVE') },
});
const DEFAULT_FACTS: Partial<Record<EventType, EventFacts>> = {
  NOT_ACCEPT: groundsFacts(), USE_AS_INFORMATION: groundsFacts(), ACCEPT: centralFacts(), DEFER_FOR_CONGRESS: congressFacts(),
};

const CHECK: Step = { type: 'START_ADMISSIBILITY_CHECK' };
const NOT_ACCEPT = (reason: AdmissibilityReason): Step => ({ type: 'NOT_ACCEPT', payload: { reason, note: 'Không đủ điều kiện thụ lý.' } });
const AS_INFO = (reason: AdmissibilityReason = 'ANONYMOUS', concreteContent = true, address = 'Phường 5, Quận 3'): Step => ({
  type: 'USE_AS_INFORMATION',
  payload: { reason, concreteContent, address },
});
const INSPECT: Step = {
  type: 'OPEN_INSPECTION',
  payload: {
    subject: { kind: 'PERSON', name: 'Phạm Văn D', isParty: true },
    initiatingBody: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' },
    reason: 'Thư giấu tên có nội dung cụ thể, cùng kết quả giám sát.',
    evidenceRefs: ['THU-01'],
  },
};
const TRANSFER: Step = { type: 'TRANSFER', payload: { target: 'STATE_BODY', bodyName: 'Thanh tra thành phố', reason: 'Không thuộc thẩm quyền.' } };
const ACCEPT: Step = {
  type: 'ACCEPT',
  payload: { decisionRef: '15-QĐ/UBKT', decidedAt: DECIDED, planSummary: 'Kế hoạch giải quyết tố cáo.', team: 'Tổ xác minh 3 người' },
};
const DEFER: Step = { type: 'DEFER_FOR_CONGRESS', payload: { congressOpensAt: '2025-10-01T01:00:00.000Z', reason: 'Trong thời gian trước đại hội.' } };
const RESUME: Step = { type: 'RESUME_AFTER_CONGRESS', payload: { handedOverAt: HANDED_OVER, newCommittee: 'Ban Chấp hành khóa mới' } };
const VERIFY: Step = { type: 'START_VERIFICATION' };
const RECORD: Step = { type: 'RECORD_VERIFICATION', payload: { kind: 'WORK_WITH_DENOUNCER', summary: 'Làm việc với người tố cáo.', documentRef: 'BB-01' } };
const EXTEND: Step = { type: 'EXTEND', payload: { reason: 'Vụ việc phức tạp.', noticeSummary: 'Gia hạn giải quyết thêm 30 ngày làm việc.' } };
const WITHDRAW: Step = { type: 'WITHDRAW', payload: { withdrawnAt: '2025-09-15T02:00:00.000Z' } };
const COERCED: Step = { type: 'WITHDRAW', payload: { withdrawnAt: '2025-09-15T02:00:00.000Z', coercion: 'THREAT', note: 'Bị đe dọa.' } };
const DRAFT: Step = { type: 'SUBMIT_DRAFT_CONCLUSION', payload: { summary: 'Dự thảo báo cáo kết quả xác minh.', documentRef: 'DT-01' } };
const RETURN: Step = { type: 'RETURN_TO_VERIFICATION', payload: { reason: 'Cần xác minh thêm.' } };
const CONCLUDE = (outcome: ToCaoOutcome = 'TRUE', violationToDisciplinaryLevel = outcome !== 'FALSE'): Step => ({
  type: 'CONCLUDE',
  payload: { outcome, summary: 'Kết luận nội dung tố cáo.', violationToDisciplinaryLevel, conclusionRef: 'TB-KL-01' },
});
const VIOLATION = { summary: 'Hợp thức hóa đất công.', occurredFrom: '2023-05-01', occurredUntil: '2024-02-01', continuing: false };
const REFER: Step = {
  type: 'REFER_TO_DISCIPLINE',
  payload: { subject: { kind: 'FULL_MEMBER', name: 'Phạm Văn D', userId: USER_ID }, violation: VIOLATION, evidenceRefs: ['PL-01'] },
};
const CHILD = (link = 'DISCIPLINE', procedureId = 'ky-luat', outcome = 'DECIDED'): Step => ({
  type: 'CHILD_CONCLUDED',
  payload: { childCaseId: CHILD_ID, procedureId, link, outcome },
});
const NOTIFY: Step = { type: 'NOTIFY_RESULT', payload: { form: 'WRITTEN', summary: 'Thông báo kết quả giải quyết tố cáo.' } };
const ARCHIVE: Step = { type: 'ARCHIVE' };
const MISSED = (generation: number): Step => ({ type: 'DEADLINE_MISSED', payload: { key: 'handling', generation } });

const SAMPLE: Record<EventType, Step> = {
  START_ADMISSIBILITY_CHECK: CHECK, NOT_ACCEPT: NOT_ACCEPT('NOT_CONCRETE'), USE_AS_INFORMATION: AS_INFO(), OPEN_INSPECTION: INSPECT,
  TRANSFER, ACCEPT, DEFER_FOR_CONGRESS: DEFER, RESUME_AFTER_CONGRESS: RESUME, START_VERIFICATION: VERIFY, RECORD_VERIFICATION: RECORD,
  EXTEND, WITHDRAW, SUBMIT_DRAFT_CONCLUSION: DRAFT, RETURN_TO_VERIFICATION: RETURN, CONCLUDE: CONCLUDE(), REFER_TO_DISCIPLINE: REFER,
  CHILD_CONCLUDED: CHILD(), NOTIFY_RESULT: NOTIFY, ARCHIVE, DEADLINE_MISSED: MISSED(1),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step, i: number): MachineEvent => {
  const facts = s.facts ?? DEFAULT_FACTS[s.type];
  return { type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.occurredAt ?? at(i), ...(facts ? { facts } : {}) };
};

function run(input: RegisterToCaoInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s, i));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(outcome)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (input: RegisterToCaoInput, steps: readonly Step[]): StepResult => run(input, steps).at(-1)!;
const attempt = (from: StepResult | PersistedSnapshot, s: Step, i = 99): StepOutcome =>
  applyEvent(def, 'snapshot' in from ? from.snapshot : from, toEvent(s, i));
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const trail = (rs: StepResult[]) => rs.map((r) => `${r.state} ${project(r).reportCategory}`);
function taken(o: StepOutcome): StepResult {
  if (o.kind !== 'taken') throw new Error(`expected taken, got ${JSON.stringify(o)}`);
  return o;
}

const SCHEDULE_AT_RECEIPT = { type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'B1.TOCAO_GRASSROOTS', startAt: RECEIVED } };
const cancelAt = (i: number) => ({ type: 'cancelDeadline', params: { key: 'handling', at: at(i) } });
const HANDLED: Step[] = [CHECK, ACCEPT, VERIFY, RECORD, DRAFT];
const HANDLED_TRAIL = [
  'received NOT_YET_HANDLED', 'admissibilityCheck NOT_YET_HANDLED', 'accepted IN_PROGRESS', 'verifying.inTime IN_PROGRESS',
  'verifying.inTime IN_PROGRESS', 'draftConclusion IN_PROGRESS',
];

describe('the handling deadline by level (§5.2): every level its own row', () => {
  it.each([
    ['CELL', 'B1.TOCAO_CELL'],
    ['SECTION', 'B1.TOCAO_SECTION'],
    ['GRASSROOTS', 'B1.TOCAO_GRASSROOTS'],
    ['UPPER_GRASSROOTS', 'B1.TOCAO_UPPER_GRASSROOTS'],
    ['PROVINCIAL', 'B1.TOCAO_PROVINCIAL'],
    ['CENTRAL', 'B1.TOCAO_CENTRAL'],
  ] as const)('%s: registration starts %s from the competent body\'s receipt', (level, ruleKey) => {
    const start = startCase(def, registration(level));
    expect(start.effects).toEqual([{ type: 'scheduleDeadline', params: { key: 'handling', ruleKey, startAt: RECEIVED } }]);
    expect(project(start)).toMatchObject({ receivedAt: RECEIVED, tags: { level } });
    // Acceptance adds nothing: the clock already runs.
    expect(reach(registration(level), [CHECK, { ...ACCEPT, facts: {} }]).effects).toEqual([]);
  });

  it('a cadre managed by the Politburo or the Secretariat: keyed on the cadre, not the body; nothing at registration', () => {
    for (const level of ['GRASSROOTS', 'PROVINCIAL', 'CENTRAL'] as const) {
      const input = { ...registration(level), subject: { ...registration().subject, centralManaged: true } };
      expect(startCase(def, input).effects).toEqual([]);
      expect(reach(input, [CHECK, ACCEPT]).effects).toEqual([
        { type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'B1.TOCAO_CENTRAL_MANAGED', startAt: DECIDED } },
      ]);
    }
    // A central case not accepted has no deadline to cancel.
    expect(reach(CENTRAL, [CHECK, TRANSFER]).effects).toEqual([]);
  });

  it('the central-managed clock starts where the row says (K24): the team decision, or the receipt if a committee set it so', () => {
    expect(reach(CENTRAL, [CHECK, { ...ACCEPT, facts: centralFacts('RECEIPT') }]).effects).toEqual([
      { type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'B1.TOCAO_CENTRAL_MANAGED', startAt: RECEIVED } },
    ]);
    // No row, or a row without a start: refused with a message naming the rule, never a start in code.
    const checking = reach(CENTRAL, [CHECK]);
    for (const facts of [{}, centralFacts(null), centralFacts('LODGING')]) {
      const o = attempt(checking, { ...ACCEPT, facts });
      expect(o).toMatchObject({ kind: 'guard-refused', guards: ['centralClockKnown'] });
      expect(refusalReasons(def, checking.snapshot, toEvent({ ...ACCEPT, facts }, 1), ['centralClockKnown']).join(' ')).toContain('B1.TOCAO_CENTRAL_MANAGED');
    }
  });

  it('acceptance below central level declares nothing more; conclusion marks the deadline met', () => {
    const rs = run(BASE, [...HANDLED, CONCLUDE()]);
    expect(rs[0].effects).toEqual([SCHEDULE_AT_RECEIPT]);
    expect(rs[2].effects).toEqual([]);
    expect(rs.at(-1)!.effects).toEqual([{ type: 'markDeadlineMet', params: { key: 'handling', at: at(HANDLED.length) } }]);
  });

  it('a missed deadline is recorded without moving the case; a stale or closed one is refused', () => {
    const here = reach(BASE, [CHECK, ACCEPT]);
    const missed = taken(attempt(here, MISSED(1)));
    expect(missed.state).toBe('accepted');
    expect(project(missed).tags.overdue).toBe('true');
    expect(attempt(here, MISSED(2))).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
    expect(attempt(reach(BASE, [...HANDLED, CONCLUDE()]), MISSED(1))).toMatchObject({ kind: 'guard-refused' });
  });
});

describe('admissibility: every reason a denunciation is not handled (D2)', () => {
  it.each(ADMISSIBILITY_REASON_CODES)('%s ends the case, cancels the deadline and is counted by reason', (reason) => {
    const rs = run(BASE, [CHECK, NOT_ACCEPT(reason)]);
    expect(trail(rs)).toEqual(['received NOT_YET_HANDLED', 'admissibilityCheck NOT_YET_HANDLED', 'notAccepted NOT_ACCEPTED']);
    expect(rs.at(-1)!.done).toBe(true);
    expect(rs.at(-1)!.effects).toEqual([cancelAt(1)]);
    expect(project(rs.at(-1)!).tags).toMatchObject({ admissibility: reason });
  });

  it('every reason has a Vietnamese label and names its source', () => {
    expect([...ADMISSIBILITY_REASON_CODES].sort()).toEqual(
      ['ANONYMOUS', 'IMPERSONATED', 'MULTIPLE_SIGNERS', 'NOT_CONCRETE', 'NOT_ORIGINAL_SIGNATURE', 'NO_ADDRESS', 'NO_CIVIL_CAPACITY', 'REPEAT_NO_NEW_EVIDENCE'].sort(),
    );
    for (const { label, source } of Object.values(ADMISSIBILITY_REASONS)) {
      expect(label).toMatch(/[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i);
      expect(source).toMatch(/296-QĐ\/TW.*§5\.1/);
    }
  });

  it('a ground the list in force (B1.NOT_HANDLED_GROUNDS) does not name is refused, as is any ground without a list', () => {
    const checking = reach(BASE, [CHECK]);
    const without = groundsFacts(GROUNDS.filter((g) => g !== 'NOT_CONCRETE'));
    expect(attempt(checking, { ...NOT_ACCEPT('NOT_CONCRETE'), facts: without })).toMatchObject({ kind: 'guard-refused', guards: ['groundListed'] });
    expect(attempt(checking, { ...NOT_ACCEPT('NO_ADDRESS'), facts: without }).kind).toBe('taken');
    expect(attempt(checking, { ...NOT_ACCEPT('NO_ADDRESS'), facts: groundsFacts(null) })).toMatchObject({ kind: 'guard-refused', guards: ['groundListed'] });
    expect(attempt(checking, { ...AS_INFO('ANONYMOUS'), facts: groundsFacts(['IMPERSONATED']) })).toMatchObject({ kind: 'guard-refused', guards: ['groundListed'] });
  });

  it('an unknown reason code is refused by validation', async () => {
    const errors = await validate(plainToInstance(def.events.NOT_ACCEPT.payload!, { reason: 'TOO_LONG', note: 'abc' }));
    expect(errors.map((e) => e.property)).toEqual(['reason']);
  });
});

describe('an anonymous or impersonated letter with concrete content and an address (D3)', () => {
  it.each(['ANONYMOUS', 'IMPERSONATED'] as const)('%s: kept as information, then just archived', (reason) => {
    const rs = run(BASE, [CHECK, AS_INFO(reason), ARCHIVE]);
    expect(trail(rs).slice(2)).toEqual(['usedAsInformation.kept USED_AS_INFORMATION', 'archived USED_AS_INFORMATION']);
    expect(rs[2].effects).toEqual([cancelAt(1)]);
    expect(project(rs.at(-1)!).tags).toMatchObject({ admissibility: reason });
    expect(rs.at(-1)!.done).toBe(true);
  });

  it.each([
    ['not concrete', AS_INFO('ANONYMOUS', false)],
    ['without an address', AS_INFO('ANONYMOUS', true, '  ')],
    ['NO_ADDRESS', AS_INFO('NO_ADDRESS')],
    ['NOT_CONCRETE', AS_INFO('NOT_CONCRETE')],
    ['MULTIPLE_SIGNERS', AS_INFO('MULTIPLE_SIGNERS')],
  ])('refused when %s', (_name, step) => {
    expect(attempt(reach(BASE, [CHECK]), step)).toMatchObject({ kind: 'guard-refused', guards: ['concreteAnonymousLetter'] });
  });

  it('may open an inspection on signs of violation (link INFORMATION) with the inspection\'s input', () => {
    const r = reach(BASE, [CHECK, AS_INFO(), INSPECT]);
    expect(r.state).toBe('usedAsInformation.inspectionOpened');
    expect(r.effects).toEqual([
      {
        type: 'openChildCase',
        params: {
          procedureId: 'kiem-tra-dau-hieu-vi-pham',
          link: 'INFORMATION',
          input: {
            title: 'Kiểm tra khi có dấu hiệu vi phạm: Phạm Văn D',
            subject: { kind: 'PERSON', name: 'Phạm Văn D', isParty: true },
            reason: 'Thư giấu tên có nội dung cụ thể, cùng kết quả giám sát.',
            summary: BASE.summary,
            evidenceRefs: ['THU-01'],
            source: { procedureId: 'to-cao' },
            initiatingBody: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' },
            proposedAt: at(2),
          },
        },
      },
    ]);
    expect(project(r).tags.inspection).toBe('OPENED');
  });

  it('the inspection child input passes the inspection\'s own input validation', async () => {
    const r = reach(BASE, [CHECK, AS_INFO(), INSPECT]);
    const { kiemTraDauHieuViPhamV1 } = await import('../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.procedure');
    const input = (r.effects[0].params as { input: object }).input;
    expect(await validate(plainToInstance(kiemTraDauHieuViPhamV1.input, input) as object, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
  });

  it('records the inspection\'s outcome (link INFORMATION only), or may be archived without waiting', () => {
    const opened = reach(BASE, [CHECK, AS_INFO(), INSPECT]);
    expect(attempt(opened, CHILD('DISCIPLINE', 'kiem-tra-dau-hieu-vi-pham'))).toMatchObject({ kind: 'guard-refused', guards: ['fromInformationInspection'] });
    const done = taken(attempt(opened, CHILD('INFORMATION', 'kiem-tra-dau-hieu-vi-pham', 'VIOLATION_NO_DISCIPLINE')));
    expect(done.state).toBe('usedAsInformation.inspectionConcluded');
    expect(project(done).tags.inspection).toBe('VIOLATION_NO_DISCIPLINE');
    expect(taken(attempt(opened, ARCHIVE)).state).toBe('archived');
  });
});

describe('transfer when not competent (D4)', () => {
  it('ends the case here, records the receiving body and cancels the deadline', () => {
    const rs = run(BASE, [CHECK, TRANSFER]);
    expect(trail(rs).at(-1)).toBe('transferred TRANSFERRED');
    expect(rs.at(-1)!.done).toBe(true);
    expect(rs.at(-1)!.effects).toEqual([cancelAt(1)]);
    expect(rs.at(-1)!.snapshot.context).toMatchObject({ transfer: { target: 'STATE_BODY', bodyName: 'Thanh tra thành phố' } });
  });
});

describe('acceptance → conclusion, each outcome', () => {
  it.each(['TRUE', 'PARTLY_TRUE', 'FALSE'] as const)('%s → notify the denouncer → archive', (outcome) => {
    const rs = run(BASE, [...HANDLED, CONCLUDE(outcome), NOTIFY, ARCHIVE]);
    expect(trail(rs)).toEqual([...HANDLED_TRAIL, 'concluded RESOLVED', 'notified RESOLVED', 'archived RESOLVED']);
    expect(rs.at(-2)!.effects).toEqual([
      { type: 'notify', params: { template: 'to-cao.result', audiences: ['REPORTER'], summary: 'Thông báo kết quả giải quyết tố cáo.' } },
    ]);
    expect(project(rs.at(-1)!).tags).toMatchObject({ admissibility: 'ACCEPTED', outcome, level: 'GRASSROOTS' });
    expect(rs.at(-1)!.done).toBe(true);
  });

  it('FALSE with a violation to disciplinary level is refused', () => {
    expect(attempt(reach(BASE, HANDLED), CONCLUDE('FALSE', true))).toMatchObject({ kind: 'guard-refused', guards: ['disciplineLevelNeedsViolation'] });
  });

  it('a draft sent back returns to verification; after an extension it stays extended', () => {
    expect(reach(BASE, [...HANDLED, RETURN]).state).toBe('verifying.inTime');
    const r = reach(BASE, [CHECK, ACCEPT, VERIFY, EXTEND, DRAFT, RETURN]);
    expect(r.state).toBe('verifying.extended');
    expect(r.snapshot.context).toMatchObject({ draftsReturned: 1 });
  });
});

describe('withdrawal (D12)', () => {
  const states: [string, Step[]][] = [
    ['received', []],
    ['admissibilityCheck', [CHECK]],
    ['accepted', [CHECK, ACCEPT]],
    ['verifying.inTime', [CHECK, ACCEPT, VERIFY]],
    ['verifying.extended', [CHECK, ACCEPT, VERIFY, EXTEND]],
    ['draftConclusion', HANDLED],
  ];

  describe.each(states)('from %s', (state, steps) => {
    it('plain: ends the case and cancels the deadline', () => {
      const here = reach(BASE, steps);
      expect(here.state).toBe(state);
      const r = taken(attempt(here, WITHDRAW, 50));
      expect(r).toMatchObject({ state: 'withdrawn', done: true, effects: [cancelAt(50)] });
      expect(project(r).reportCategory).toBe('WITHDRAWN');
    });

    it('coerced (threats, coercion, bribery): recorded, and handling continues where it was', () => {
      const r = taken(attempt(reach(BASE, steps), COERCED));
      expect(r).toMatchObject({ state, done: false, effects: [] });
      expect(project(r).tags.coercedWithdrawal).toBe('true');
    });
  });

  it('after a coerced withdrawal the case is concluded as usual', () => {
    expect(reach(BASE, [CHECK, ACCEPT, COERCED, VERIFY, DRAFT, CONCLUDE()]).state).toBe('concluded');
  });

  it('is not allowed once concluded', () => {
    expect(attempt(reach(BASE, [...HANDLED, CONCLUDE()]), WITHDRAW).kind).toBe('not-allowed');
  });
});

describe('extension with notice to the denouncer (D14)', () => {
  it('extends the deadline and notifies the denouncer, once', () => {
    const r = reach(BASE, [CHECK, ACCEPT, VERIFY, EXTEND]);
    expect(r.state).toBe('verifying.extended');
    expect(r.effects).toEqual([
      { type: 'extendDeadline', params: { key: 'handling', reason: 'Vụ việc phức tạp.' } },
      { type: 'notify', params: { template: 'to-cao.extension', audiences: ['REPORTER'], summary: 'Gia hạn giải quyết thêm 30 ngày làm việc.' } },
    ]);
    expect(project(r).tags.extended).toBe('true');
    expect(attempt(r, EXTEND).kind).toBe('not-allowed');
  });
});

describe('congress window (D13)', () => {
  it('defers from receipt or the check, cancels the clock, and the new committee\'s receipt starts it again', () => {
    for (const prefix of [[], [CHECK]]) {
      const rs = run(BASE, [...prefix, DEFER, RESUME, ACCEPT]);
      const deferred = rs[prefix.length + 1];
      expect(deferred).toMatchObject({ state: 'deferredCongress', effects: [cancelAt(prefix.length)] });
      expect(project(deferred).reportCategory).toBe('DEFERRED_CONGRESS');
      const resumed = rs[prefix.length + 2];
      expect(resumed.state).toBe('admissibilityCheck');
      expect(resumed.effects).toEqual([{ type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'B1.TOCAO_GRASSROOTS', startAt: HANDED_OVER } }]);
      expect(project(resumed)).toMatchObject({ reportCategory: 'NOT_YET_HANDLED', tags: { congressDeferral: 'true' } });
      expect(rs.at(-1)!.state).toBe('accepted');
    }
  });

  it('the old generation\'s missed deadline is stale after resumption; the new one counts', () => {
    const resumed = reach(BASE, [DEFER, RESUME]);
    expect(resumed.snapshot.context).toMatchObject({ deadlineGenerations: { handling: 2 } });
    expect(attempt(resumed, MISSED(1))).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
    expect(attempt(resumed, MISSED(2)).kind).toBe('taken');
    expect(attempt(reach(BASE, [DEFER]), MISSED(1))).toMatchObject({ kind: 'guard-refused' });
  });

  it('a central case resumes without a clock: it starts at acceptance', () => {
    expect(reach(CENTRAL, [DEFER, RESUME]).effects).toEqual([]);
  });

  // Received 02/09/2025; the windows as counted from it: 25 WD end 08/10 (grassroots), 30 WD end 15/10 (above).
  const deferOn = (opens: string, facts: EventFacts = congressFacts()): Step => ({ ...DEFER, payload: { congressOpensAt: opens, reason: 'Trước đại hội.' }, facts });
  it.each<[string, Level, string, boolean]>([
    ['grassroots: the congress opens the day before the window’s last day', 'GRASSROOTS', '2025-10-07T01:00:00.000Z', true],
    ['grassroots: … on its last day (25 WD after receipt)', 'GRASSROOTS', '2025-10-08T01:00:00.000Z', true],
    ['grassroots: … the day after: received too early to defer', 'GRASSROOTS', '2025-10-09T01:00:00.000Z', false],
    ['a cell follows the grassroots window', 'CELL', '2025-10-09T01:00:00.000Z', false],
    ['above grassroots: 30 WD, the opening on 15/10 is in the window', 'PROVINCIAL', '2025-10-15T01:00:00.000Z', true],
    ['above grassroots: 16/10 is not', 'UPPER_GRASSROOTS', '2025-10-16T01:00:00.000Z', false],
    ['a congress that opened before the letter arrived', 'GRASSROOTS', '2025-09-01T01:00:00.000Z', false],
    ['a letter received on the opening day', 'GRASSROOTS', RECEIVED, true],
  ])('DEFER_FOR_CONGRESS, %s', (_n, level, opens, allowed) => {
    const o = attempt(startCase(def, registration(level)), deferOn(opens));
    expect(o.kind === 'taken' ? 'taken' : o).toEqual(allowed ? 'taken' : { kind: 'guard-refused', allowed: expect.any(Array), guards: ['inCongressWindow'] });
  });

  it('without a window in force for the level the deferral is refused, naming the rule', () => {
    const start = startCase(def, BASE);
    const missing = deferOn('2025-10-01T01:00:00.000Z', congressFacts(null));
    expect(attempt(start, missing)).toMatchObject({ kind: 'guard-refused', guards: ['congressWindowKnown'] });
    expect(refusalReasons(def, start.snapshot, toEvent(missing, 1), ['congressWindowKnown']).join(' ')).toContain('B1.CONGRESS_WINDOW_GRASSROOTS');
    // The other level's window is not asked for a grassroots body.
    expect(attempt(start, deferOn('2025-10-01T01:00:00.000Z', congressFacts('2025-10-08', null))).kind).toBe('taken');
  });
});

describe('referral to discipline (D9) and the discipline case\'s result', () => {
  const concluded = (outcome: ToCaoOutcome = 'TRUE', v?: boolean) => reach(BASE, [...HANDLED, CONCLUDE(outcome, v)]);

  it('opens ky-luat (link DISCIPLINE) with subject, violation, evidence and source', () => {
    const r = taken(attempt(concluded('PARTLY_TRUE'), REFER));
    expect(r.state).toBe('disciplineReferred.awaitingDecision');
    expect(r.effects).toEqual([
      {
        type: 'openChildCase',
        params: {
          procedureId: 'ky-luat',
          link: 'DISCIPLINE',
          input: {
            subject: { kind: 'FULL_MEMBER', name: 'Phạm Văn D', userId: USER_ID },
            violation: VIOLATION,
            evidenceRefs: ['15-QĐ/UBKT', 'BB-01', 'DT-01', 'TB-KL-01', 'PL-01'],
            source: { procedureId: 'to-cao' },
          },
        },
      },
    ]);
    expect(project(r)).toMatchObject({ reportCategory: 'RESOLVED', tags: { discipline: 'REFERRED', outcome: 'PARTLY_TRUE' } });
  });

  it('is refused when the conclusion found no violation to disciplinary level', () => {
    expect(attempt(concluded('TRUE', false), REFER)).toMatchObject({ kind: 'guard-refused', guards: ['violationToDisciplinaryLevel'] });
    expect(attempt(concluded('FALSE'), REFER)).toMatchObject({ kind: 'guard-refused', guards: ['violationToDisciplinaryLevel'] });
  });

  it('waits: NOTIFY_RESULT is not allowed until the discipline case concludes', () => {
    expect(attempt(reach(BASE, [...HANDLED, CONCLUDE(), REFER]), NOTIFY)).toEqual({ kind: 'not-allowed', allowed: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'] });
  });

  it('CHILD_CONCLUDED with link DISCIPLINE from ky-luat moves it on; then the denouncer is notified', () => {
    const rs = run(BASE, [...HANDLED, CONCLUDE(), REFER, CHILD(), NOTIFY, ARCHIVE]);
    expect(trail(rs).slice(-4)).toEqual([
      'disciplineReferred.awaitingDecision RESOLVED', 'disciplineReferred.decided RESOLVED', 'notified RESOLVED', 'archived RESOLVED',
    ]);
    expect(project(rs.at(-1)!).tags.discipline).toBe('DECIDED');
  });

  it.each([
    ['a wrong link', CHILD('INFORMATION')],
    ['another procedure', CHILD('DISCIPLINE', 'kiem-tra-dau-hieu-vi-pham')],
  ])('CHILD_CONCLUDED from %s is refused', (_name, step) => {
    expect(attempt(reach(BASE, [...HANDLED, CONCLUDE(), REFER]), step)).toMatchObject({ kind: 'guard-refused', guards: ['fromDisciplineCase'] });
  });

  it('a stale CHILD_CONCLUDED (already recorded, or without a referral) is not allowed', () => {
    expect(attempt(reach(BASE, [...HANDLED, CONCLUDE(), REFER, CHILD()]), CHILD()).kind).toBe('not-allowed');
    expect(attempt(concluded(), CHILD()).kind).toBe('not-allowed');
  });
});

// Forbidden events: what each state offers (DEADLINE_MISSED is handled at the root of every open state).
const ROOT: EventType[] = ['DEADLINE_MISSED'];
const REACHABLE: [state: string, steps: Step[], allowed: EventType[]][] = [
  ['received', [], ['DEFER_FOR_CONGRESS', 'START_ADMISSIBILITY_CHECK', 'WITHDRAW']],
  ['admissibilityCheck', [CHECK], ['ACCEPT', 'DEFER_FOR_CONGRESS', 'NOT_ACCEPT', 'TRANSFER', 'USE_AS_INFORMATION', 'WITHDRAW']],
  ['notAccepted', [CHECK, NOT_ACCEPT('ANONYMOUS')], []],
  ['usedAsInformation.kept', [CHECK, AS_INFO()], ['ARCHIVE', 'OPEN_INSPECTION']],
  ['usedAsInformation.inspectionOpened', [CHECK, AS_INFO(), INSPECT], ['ARCHIVE', 'CHILD_CONCLUDED']],
  ['usedAsInformation.inspectionConcluded', [CHECK, AS_INFO(), INSPECT, CHILD('INFORMATION', 'kiem-tra-dau-hieu-vi-pham')], ['ARCHIVE']],
  ['transferred', [CHECK, TRANSFER], []],
  ['accepted', [CHECK, ACCEPT], ['START_VERIFICATION', 'WITHDRAW']],
  ['verifying.inTime', [CHECK, ACCEPT, VERIFY], ['EXTEND', 'RECORD_VERIFICATION', 'SUBMIT_DRAFT_CONCLUSION', 'WITHDRAW']],
  ['verifying.extended', [CHECK, ACCEPT, VERIFY, EXTEND], ['RECORD_VERIFICATION', 'SUBMIT_DRAFT_CONCLUSION', 'WITHDRAW']],
  ['draftConclusion', HANDLED, ['CONCLUDE', 'RETURN_TO_VERIFICATION', 'WITHDRAW']],
  ['concluded', [...HANDLED, CONCLUDE()], ['NOTIFY_RESULT', 'REFER_TO_DISCIPLINE']],
  ['disciplineReferred.awaitingDecision', [...HANDLED, CONCLUDE(), REFER], ['CHILD_CONCLUDED']],
  ['disciplineReferred.decided', [...HANDLED, CONCLUDE(), REFER, CHILD()], ['NOTIFY_RESULT']],
  ['notified', [...HANDLED, CONCLUDE(), NOTIFY], ['ARCHIVE']],
  ['archived', [...HANDLED, CONCLUDE(), NOTIFY, ARCHIVE], []],
  ['withdrawn', [CHECK, WITHDRAW], []],
  ['deferredCongress', [DEFER], ['RESUME_AFTER_CONGRESS']],
];
const FINAL = ['notAccepted', 'transferred', 'archived', 'withdrawn'];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type], 99), systemEvents: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'],
  states: REACHABLE.map(([state, steps, own]) => ({ state, allowed: FINAL.includes(state) ? [] : [...own, ...ROOT], reach: () => reach(BASE, steps) })),
});

describe('labels, messages, roles and event specs', () => {
  it('cites the guidance to 296 (08-HD/TW), not the congress guidance; dated events resolve their rules on their own date', () => {
    expect(def.legalBasis).toContain('Hướng dẫn 08-HD/TW');
    expect(def.legalBasis).not.toContain('UBKTTW');
    expect(def.events.ACCEPT.legalDate).toEqual(['decidedAt']);
    expect(def.events.DEFER_FOR_CONGRESS.legalDate).toEqual(['congressOpensAt']);
    expect(def.events.RESUME_AFTER_CONGRESS.legalDate).toEqual(['handedOverAt']);
    expect(def.events.WITHDRAW.legalDate).toEqual(['withdrawnAt']);
    const [grassroots] = def.events.DEFER_FOR_CONGRESS.facts as readonly DueDateRequest[];
    expect(grassroots.start(startCase(def, BASE).snapshot.context, {})).toBe(RECEIVED);
  });

  it('a secretary may either open an inspection from information or just keep it', () => {
    expect(def.events.OPEN_INSPECTION.roles).toContain(Role.SECRETARY);
    expect(def.events.ARCHIVE.roles).toContain(Role.SECRETARY);
  });

  it('whoever drafted the report does not conclude on it (the secretary may bypass)', () => {
    expect(def.events.CONCLUDE.separateFrom).toEqual({ preparedBy: ['SUBMIT_DRAFT_CONCLUSION'], bypassRoles: [Role.SECRETARY] });
  });

  it('the registration fixture is valid and holds no denouncer identity', async () => {
    expect(await validate(plainToInstance(RegisterToCaoInput, BASE) as object, { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    expect(Object.keys(BASE)).not.toEqual(expect.arrayContaining(['reporter']));
  });
});
