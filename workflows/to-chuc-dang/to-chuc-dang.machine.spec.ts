// Pure machine tests for the organisation procedure (founding, merging, splitting… a Party organisation), driven
// through the engine functions the service uses. Domain reference: docs/domain/changes-2026.md §2, §5.1.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { EventFacts } from '../shared/facts';
import type { OrgChangeKind, OrgChangeProblem } from '../shared/org-change';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { Role } from '../shared/roles';
import { describeMachineConformance } from '../shared/machine-conformance.spec';
import { DecideOrgChangePayload, OrgChangeInput } from './to-chuc-dang.events';
import type { EventOrg } from './to-chuc-dang.machine';
import { toChucDangV1 as def } from './to-chuc-dang.procedure';

type EventType = EventOrg['type'];
interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  /** The instant the service records (default: a day per step from 4/5/2026). */
  at?: string;
}

const UNIT_A = '0a000000-0000-4000-8000-00000000000a';
const UNIT_B = '0b000000-0000-4000-8000-00000000000b';
const PARENT = '0c000000-0000-4000-8000-00000000000c';
const CASE_X = '0d000000-0000-4000-8000-00000000000d';
const DAY = 86_400_000;
const at = (i: number): string => new Date(Date.parse('2026-05-04T03:00:00.000Z') + i * DAY).toISOString();

// Two cells of a ward's grassroots committee merge into one (Charter Art. 10 §3: the grassroots committee decides).
const MERGE_INPUT: OrgChangeInput = {
  kind: 'MERGE',
  organisations: [
    { unitId: UNIT_A, name: 'Chi bộ Khu phố 1', level: 'CELL' },
    { unitId: UNIT_B, name: 'Chi bộ Khu phố 2', level: 'CELL' },
  ],
  reason: 'Sắp xếp chi bộ theo địa bàn khu phố mới sau khi sáp nhập khu phố.',
  proposedBy: { kind: 'ORGANISATION_COMMISSION', name: 'Văn phòng Đảng ủy phường' },
  proposalRef: '15-TTr/ĐU',
  proposedAt: '2026-05-04T02:00:00.000Z',
};
const FOUND_INPUT: OrgChangeInput = {
  kind: 'FOUND',
  organisations: [{ name: 'Chi bộ Trường Tiểu học Hòa Bình', level: 'CELL' }],
  reason: 'Trường có đủ 3 đảng viên chính thức (Điều lệ Đảng, Điều 21 khoản 2).',
  proposedBy: { kind: 'CONCERNED_ORGANISATION' },
  proposedAt: '2026-05-04T02:00:00.000Z',
};

const ALLOWED_ROWS = {
  rows: [
    { unitLevel: 'CELL', bodies: [{ kind: 'PARTY_COMMITTEE', level: 'GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS' }] },
    { unitLevel: 'GRASSROOTS', bodies: [{ kind: 'PARTY_COMMITTEE', level: 'UPPER_GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' }] },
  ],
};
const BASIS = 'Điều lệ Đảng (2011), Điều 10 khoản 3';
const deciding = (data: unknown = ALLOWED_ROWS) => ({
  'ORG.DECIDING_BODY': { ruleId: 'r1', value: null, data, unit: 'TABLE' as const, legalBasis: BASIS, confidence: 'INFERRED' },
});
const CLEAN = { problems: [], preview: null };
const PROBLEM: OrgChangeProblem = { code: 'OPEN_CASE_WITHOUT_SUCCESSOR', message: 'Hồ sơ X đang giải quyết chưa có tổ chức kế tục.', field: 'caseSuccessors' };
const OTHER_PROBLEM: OrgChangeProblem = { code: 'UNIT_ENDED', message: 'Chi bộ Khu phố 2 đã kết thúc hoạt động.', field: 'units[1]' };

const mergePlan = (effectiveDate = '2026-06-01', extra: Record<string, unknown> = {}) => ({
  kind: 'MERGE',
  effectiveDate,
  units: [UNIT_A, UNIT_B],
  newUnits: [{ key: 'kp12', code: 'CB-12', name: 'Chi bộ Khu phố 1–2', level: 'CELL', parentId: PARENT }],
  ...extra,
});
const foundPlan = { kind: 'FOUND', effectiveDate: '2026-06-01', units: [], newUnits: [{ key: 'th', code: 'CB-TH', name: 'Chi bộ Trường Tiểu học Hòa Bình', level: 'CELL', parentId: PARENT }] };

const SUBMIT: Step = { type: 'SUBMIT_DOSSIER', payload: { submittedOn: '2026-05-06', summary: 'Tờ trình, đề án, danh sách đảng viên, phương án bàn giao.', documentRefs: ['15-TTr/ĐU'] } };
const OPINION: Step = { type: 'RECORD_UPPER_OPINION', payload: { opinion: 'AGREE', receivedOn: '2026-05-08', documentRef: '20-CV/ĐUP' } };
const APPRAISE: Step = { type: 'APPRAISE', payload: { opinion: 'AGREE', appraisedOn: '2026-05-12', notes: 'Đủ điều kiện hợp nhất.' } };
const BODY = { kind: 'STANDING_COMMITTEE', level: 'GRASSROOTS', name: 'Ban Thường vụ Đảng ủy phường Hòa Bình' };
const DECIDE = (o: { plan?: unknown; body?: unknown; date?: string; facts?: EventFacts } = {}): Step => ({
  type: 'DECIDE',
  payload: { decisionNumber: '125-QĐ/ĐU', decisionDate: o.date ?? '2026-05-20', decidingBody: o.body ?? BODY, plan: o.plan ?? mergePlan() },
  facts: o.facts ?? { ruleValues: deciding(), orgChange: CLEAN },
});
const NOT_APPROVED: Step = { type: 'NOT_APPROVED', payload: { decidedOn: '2026-05-20', reason: 'Chưa đủ điều kiện về số đảng viên.' } };
const ANNOUNCE = (announcedOn = '2026-05-22'): Step => ({ type: 'ANNOUNCE', payload: { announcedOn } });
const EFFECTIVE = (generation = 1, orgChange: EventFacts['orgChange'] = CLEAN): Step => ({
  type: 'DEADLINE_MISSED', payload: { key: 'EFFECTIVE', generation }, facts: { orgChange }, at: '2026-05-31T17:00:00.000Z',
});
const MISSED = (key: string, generation = 1): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation }, facts: { orgChange: null } });
const AMEND = (o: { plan?: unknown; at: string; problems?: OrgChangeProblem[] }): Step => ({
  type: 'AMEND_PLAN',
  payload: { plan: o.plan ?? mergePlan('2026-06-01', { caseSuccessors: [{ caseId: CASE_X, to: { newUnit: 'kp12' } }] }), reason: 'Bổ sung tổ chức kế tục cho hồ sơ X.' },
  facts: { orgChange: { problems: o.problems ?? [], preview: null } },
  at: o.at,
});
const HANDOVER: Step = { type: 'HANDOVER_COMPLETED', payload: { minutesDate: '2026-06-05', minutesRef: '01-BB/BG' } };

const SAMPLE: Record<EventType, Step> = {
  SUBMIT_DOSSIER: SUBMIT, RECORD_UPPER_OPINION: OPINION, APPRAISE, DECIDE: DECIDE(), NOT_APPROVED, ANNOUNCE: ANNOUNCE(),
  AMEND_PLAN: AMEND({ at: '2026-06-02T02:00:00.000Z' }), HANDOVER_COMPLETED: HANDOVER, DEADLINE_MISSED: MISSED('APPRAISAL'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step, i: number): MachineEvent => ({
  type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.at ?? at(i), ...(s.facts ? { facts: s.facts } : {}),
});

function run(input: OrgChangeInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s, i));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(outcome)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (input: OrgChangeInput, steps: readonly Step[]): StepResult => run(input, steps).at(-1)!;
const attempt = (from: StepResult, s: Step, i = 99): StepOutcome => applyEvent(def, from.snapshot, toEvent(s, i));
const reasons = (from: StepResult, s: Step, guards: string[]) => refusalReasons(def, from.snapshot, toEvent(s, 99), guards);
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const effectsOf = (r: StepOutcome, type: string) => (r.kind === 'taken' ? r.effects.filter((e) => e.type === type) : []);

async function errorsOf(cls: new () => object, plain: unknown): Promise<ValidationError[]> {
  return validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true });
}
const paths = (errors: ValidationError[], at = ''): string[] =>
  errors.flatMap((e) => {
    const p = at ? `${at}.${e.property}` : e.property;
    return e.children && e.children.length > 0 ? paths(e.children, p) : [p];
  });

const TO_DECISION: Step[] = [SUBMIT, OPINION, APPRAISE];
const TO_EFFECT: Step[] = [...TO_DECISION, DECIDE(), ANNOUNCE()];

describe('a merger from the proposal to the handover', () => {
  let rs: StepResult[];
  beforeAll(() => {
    rs = run(MERGE_INPUT, [...TO_EFFECT, EFFECTIVE(), HANDOVER]);
  });

  it('passes through every step, done only at the end, with the statistics category of each', () => {
    expect(rs.map((r) => `${r.state} ${project(r).reportCategory}`)).toEqual([
      'proposed PROPOSED', 'dossierSubmitted PROPOSED', 'dossierSubmitted PROPOSED', 'appraised PROPOSED', 'decided DECIDED',
      'awaitingEffectiveDate DECIDED', 'inEffect IN_EFFECT', 'closed COMPLETED',
    ]);
    expect(rs.map((r) => r.done)).toEqual([false, false, false, false, false, false, false, true]);
  });

  it('schedules each step on its rule row and meets it with the act’s own date; the effective date is a term due at 00:00 of that day', () => {
    expect(rs.map((r) => r.effects.filter((e) => /Deadline/.test(e.type)).map((e) => e.params))).toEqual([
      [],
      [{ key: 'APPRAISAL', ruleKey: 'ORG.APPRAISAL', startAt: '2026-05-06' }],
      [],
      [{ key: 'APPRAISAL', at: '2026-05-12' }, { key: 'DECISION', ruleKey: 'ORG.DECISION', startAt: '2026-05-12' }],
      [{ key: 'DECISION', at: '2026-05-20' }],
      // 00:00 on 1/6/2026 in Vietnam is the end of 31/5 (16:59:59.999 UTC).
      [{ key: 'EFFECTIVE', ruleKey: 'ORG.EFFECTIVE', startAt: '2026-05-20', term: true, dueAt: '2026-05-31T16:59:59.999Z' }],
      [{ key: 'HANDOVER', ruleKey: 'ORG.HANDOVER', startAt: '2026-06-01' }],
      [{ key: 'HANDOVER', at: '2026-06-05' }],
    ]);
  });

  it('applies the decided plan exactly once, when the effective date comes, and tells the unit', () => {
    const applied = rs.flatMap((r) => r.effects.filter((e) => e.type === 'applyOrgChange'));
    expect(applied).toEqual([
      {
        type: 'applyOrgChange',
        params: { plan: { ...mergePlan(), decision: { number: '125-QĐ/ĐU', date: '2026-05-20', body: 'Ban Thường vụ Đảng ủy phường Hòa Bình' } } },
      },
    ]);
    expect(rs[6].effects.map((e) => e.type)).toEqual(['applyOrgChange', 'notify', 'scheduleDeadline']);
    expect(rs[6].effects[1]).toEqual({
      type: 'notify', params: { template: 'to-chuc.in-effect', audiences: ['UNIT'], summary: 'Quyết định 125-QĐ/ĐU có hiệu lực từ ngày 2026-06-01.' },
    });
  });

  it('closes with the outcome of its kind, tagged for the statistics', () => {
    expect(project(rs.at(-1)!)).toMatchObject({
      reportCategory: 'COMPLETED',
      tags: { kind: 'MERGE', outcome: 'MERGED', proposedBy: 'ORGANISATION_COMMISSION', effectiveDate: '2026-06-01' },
      title: 'Hợp nhất: Chi bộ Khu phố 1, Chi bộ Khu phố 2',
      receivedAt: MERGE_INPUT.proposedAt,
    });
    expect(availableEvents(def, rs.at(-1)!.snapshot)).toEqual([]);
  });
});

describe('outcome by kind', () => {
  const kinds: [OrgChangeKind, string][] = [
    ['FOUND', 'FOUNDED'], ['MERGE', 'MERGED'], ['SPLIT', 'SPLIT'], ['ABSORB', 'ABSORBED'], ['MOVE', 'RE_ATTACHED'], ['RENAME', 'RENAMED'], ['DISSOLVE', 'DISSOLVED'],
  ];
  // A plan of each kind that is well formed by itself (planShapeProblems); the tree's answer is the fact.
  const planOf = (kind: OrgChangeKind) => {
    const base = { kind, effectiveDate: '2026-06-01', units: [UNIT_A], newUnits: [] as unknown[] };
    const n = (key: string) => ({ key, code: `CB-${key}`, name: `Chi bộ ${key}`, level: 'CELL', parentId: PARENT });
    if (kind === 'FOUND') return foundPlan;
    if (kind === 'MERGE') return mergePlan();
    if (kind === 'SPLIT') return { ...base, newUnits: [n('a'), n('b')], recordsTo: { newUnit: 'a' } };
    if (kind === 'ABSORB') return { ...base, intoUnitId: UNIT_B };
    if (kind === 'MOVE') return { ...base, newParentId: PARENT };
    if (kind === 'RENAME') return { ...base, newName: 'Chi bộ Khu phố Mới' };
    return { ...base, recordsTo: { unitId: PARENT } };
  };

  it.each(kinds)('%s closes as %s', (kind, outcome) => {
    const input = kind === 'FOUND' ? FOUND_INPUT : { ...MERGE_INPUT, kind };
    const r = reach(input, [...TO_DECISION, DECIDE({ plan: planOf(kind) }), ANNOUNCE(), EFFECTIVE(), HANDOVER]);
    expect(r.state).toBe('closed');
    expect(project(r).tags).toMatchObject({ kind, outcome });
  });

  it('a proposal not approved closes as NOT_APPROVED, and nothing is applied', () => {
    const rs = run(MERGE_INPUT, [...TO_DECISION, NOT_APPROVED]);
    expect(rs.at(-1)).toMatchObject({ state: 'notApproved', done: true });
    expect(rs.at(-1)!.effects).toEqual([{ type: 'markDeadlineMet', params: { key: 'DECISION', at: '2026-05-20' } }]);
    expect(project(rs.at(-1)!)).toMatchObject({ reportCategory: 'NOT_APPROVED', tags: { kind: 'MERGE', outcome: 'NOT_APPROVED' } });
    expect(rs.flatMap((r) => r.effects).filter((e) => e.type === 'applyOrgChange')).toEqual([]);
  });
});

describe('the decision', () => {
  const appraised = () => reach(MERGE_INPUT, TO_DECISION);

  it('asks for the deciding-body rule and the plan check, resolved on the decision date', () => {
    expect(def.events.DECIDE.facts).toEqual([{ fact: 'ruleValues', keys: ['ORG.DECIDING_BODY'] }, expect.objectContaining({ fact: 'orgChange' })]);
    expect(def.events.DECIDE.legalDate).toEqual(['decisionDate']);
    const orgChange = def.events.DECIDE.facts![1] as { plan: (c: unknown, p: unknown) => unknown };
    expect(orgChange.plan(appraised().snapshot.context, DECIDE().payload)).toEqual({
      ...mergePlan(), decision: { number: '125-QĐ/ĐU', date: '2026-05-20', body: 'Ban Thường vụ Đảng ủy phường Hòa Bình' },
    });
  });

  it('refuses a body the rule does not name for the level, naming the bodies it does', () => {
    const step = DECIDE({ body: { kind: 'PARTY_COMMITTEE', level: 'UPPER_GRASSROOTS' } });
    const refused = attempt(appraised(), step);
    expect(refused).toMatchObject({ kind: 'guard-refused', guards: ['decidingBodyAllowed'] });
    const [text] = reasons(appraised(), step, ['decidingBodyAllowed']);
    expect(text).toContain('Điều lệ Đảng, Điều 10 khoản 3');
    expect(text).toContain('Tổ chức có thẩm quyền quyết định: Cấp ủy (Cơ sở (đảng ủy cơ sở, chi bộ cơ sở)); Ban Thường vụ cấp ủy (Cơ sở (đảng ủy cơ sở, chi bộ cơ sở))');
  });

  it('refuses when no rule row is in force, or the rule leaves a level out (never guessed)', () => {
    const none = DECIDE({ facts: { ruleValues: { 'ORG.DECIDING_BODY': null }, orgChange: CLEAN } });
    expect(attempt(appraised(), none)).toMatchObject({ kind: 'guard-refused', guards: ['decidingBodyAllowed'] });
    expect(reasons(appraised(), none, ['decidingBodyAllowed'])[0]).toContain('Chưa có quy tắc ORG.DECIDING_BODY');
    const gap = DECIDE({ facts: { ruleValues: deciding({ rows: [ALLOWED_ROWS.rows[1]] }), orgChange: CLEAN } });
    expect(attempt(appraised(), gap)).toMatchObject({ kind: 'guard-refused', guards: ['decidingBodyAllowed'] });
    expect(reasons(appraised(), gap, ['decidingBodyAllowed'])[0]).toContain('chưa nêu tổ chức có thẩm quyền đối với cấp: Chi bộ');
  });

  it('refuses a plan the tree finds problems with, giving each problem in Vietnamese', () => {
    const step = DECIDE({ facts: { ruleValues: deciding(), orgChange: { problems: [PROBLEM, OTHER_PROBLEM], preview: null } } });
    expect(attempt(appraised(), step)).toMatchObject({ kind: 'guard-refused', guards: ['planAcceptable'] });
    expect(reasons(appraised(), step, ['planAcceptable'])).toEqual([
      'Phương án chưa thực hiện được: Hồ sơ X đang giải quyết chưa có tổ chức kế tục. Chi bộ Khu phố 2 đã kết thúc hoạt động.',
    ]);
  });

  it('refuses a plan that was not checked against the tree (no fact)', () => {
    const step = DECIDE({ facts: { ruleValues: deciding(), orgChange: null } });
    expect(attempt(appraised(), step)).toMatchObject({ kind: 'guard-refused', guards: ['planAcceptable'] });
    expect(reasons(appraised(), step, ['planAcceptable'])[0]).toContain('Chưa đối chiếu được phương án với hệ thống tổ chức.');
  });

  it('takes effect on the decision date itself; the day before is refused (a plan-shape problem)', () => {
    const same = attempt(appraised(), DECIDE({ plan: mergePlan('2026-05-20') }));
    expect(same).toMatchObject({ kind: 'taken', state: 'decided' });
    const before = DECIDE({ plan: mergePlan('2026-05-19') });
    expect(attempt(appraised(), before)).toMatchObject({ kind: 'guard-refused', guards: ['planAcceptable'] });
    expect(reasons(appraised(), before, ['planAcceptable'])[0]).toContain('Ngày có hiệu lực (2026-05-19) không thể trước ngày quyết định (2026-05-20).');
  });

  it('refuses a plan of another kind than the proposal', () => {
    expect(attempt(appraised(), DECIDE({ plan: { ...mergePlan(), kind: 'ABSORB', intoUnitId: PARENT, newUnits: [] } }))).toMatchObject({
      kind: 'guard-refused', guards: ['planMatchesKind'],
    });
  });

  it('a decision taking effect on its own date, announced later, is due at once (the term has already run out)', () => {
    const r = reach(MERGE_INPUT, [...TO_DECISION, DECIDE({ plan: mergePlan('2026-05-20') }), ANNOUNCE('2026-05-21')]);
    expect(r.effects[0]).toEqual({
      type: 'scheduleDeadline', params: { key: 'EFFECTIVE', ruleKey: 'ORG.EFFECTIVE', startAt: '2026-05-20', term: true, dueAt: '2026-05-19T16:59:59.999Z' },
    });
  });

  it('an announcement dated before the decision is refused; on the decision date it is taken', () => {
    const decided = reach(MERGE_INPUT, [...TO_DECISION, DECIDE()]);
    expect(attempt(decided, ANNOUNCE('2026-05-19'))).toMatchObject({ kind: 'guard-refused', guards: ['announcedAfterDecision'] });
    expect(attempt(decided, ANNOUNCE('2026-05-20'))).toMatchObject({ kind: 'taken', state: 'awaitingEffectiveDate' });
  });

  it('separates the appraisal from the decision (the secretary may bypass with a reason)', () => {
    expect(def.events.DECIDE.separateFrom).toEqual({ preparedBy: ['APPRAISE'], bypassRoles: [Role.SECRETARY] });
    expect(def.events.NOT_APPROVED.separateFrom).toEqual({ preparedBy: ['APPRAISE'], bypassRoles: [Role.SECRETARY] });
    expect(def.events.APPRAISE.roles).toContain(Role.COMMITTEE_OFFICE);
    expect(def.events.DECIDE.roles).not.toContain(Role.COMMITTEE_OFFICE);
  });
});

describe('the effective date', () => {
  const waiting = () => reach(MERGE_INPUT, TO_EFFECT);

  it('asks the tree again about the plan in force, and only for the EFFECTIVE term while it is awaited', () => {
    const orgChange = def.events.DEADLINE_MISSED.facts![0] as { plan: (c: unknown, p: unknown) => unknown };
    const context = waiting().snapshot.context;
    expect(orgChange.plan(context, { key: 'EFFECTIVE', generation: 1 })).toMatchObject({ kind: 'MERGE', effectiveDate: '2026-06-01' });
    expect(orgChange.plan(context, { key: 'APPRAISAL', generation: 1 })).toBeUndefined();
    expect(orgChange.plan(reach(MERGE_INPUT, [...TO_EFFECT, EFFECTIVE()]).snapshot.context, { key: 'EFFECTIVE', generation: 1 })).toBeUndefined();
  });

  it('a stale generation is ignored (refused, nothing applied)', () => {
    expect(attempt(waiting(), EFFECTIVE(2))).toMatchObject({ kind: 'guard-refused' });
    const refused = attempt(waiting(), EFFECTIVE(2));
    expect(refused.kind === 'guard-refused' && refused.guards).toEqual(expect.arrayContaining(['effectiveDateCame', 'currentDeadline']));
  });

  it('a step deadline set by hand and missed is recorded while waiting, without applying anything', () => {
    const r = attempt(waiting(), MISSED('DECISION'));
    expect(r).toMatchObject({ kind: 'taken', state: 'awaitingEffectiveDate', effects: [] });
    if (r.kind === 'taken') expect(project(r).tags.overdue).toBe('true');
  });

  describe('problems found on the day (a case opened meanwhile without a successor)', () => {
    const stuck = () => reach(MERGE_INPUT, [...TO_EFFECT, EFFECTIVE(1, { problems: [PROBLEM], preview: null })]);

    it('waits for a correction, applies nothing and tells the unit what is wrong', () => {
      const r = stuck();
      expect(r.state).toBe('awaitingCorrection');
      expect(r.effects).toEqual([
        { type: 'notify', params: { template: 'to-chuc.needs-correction', audiences: ['UNIT'], summary: PROBLEM.message } },
      ]);
      expect(project(r)).toMatchObject({ reportCategory: 'DECIDED', tags: { needsCorrection: 'true' } });
      expect(r.snapshot.context).toMatchObject({ problems: [PROBLEM] });
    });

    it('no answer from the tree is a problem too', () => {
      expect(reach(MERGE_INPUT, [...TO_EFFECT, EFFECTIVE(1, null)]).state).toBe('awaitingCorrection');
    });

    it('a corrected plan after the effective date applies at once', () => {
      const r = attempt(stuck(), AMEND({ at: '2026-06-02T02:00:00.000Z' }));
      expect(r).toMatchObject({ kind: 'taken', state: 'inEffect' });
      expect(effectsOf(r, 'applyOrgChange')).toEqual([
        {
          type: 'applyOrgChange',
          params: {
            plan: {
              ...mergePlan('2026-06-01', { caseSuccessors: [{ caseId: CASE_X, to: { newUnit: 'kp12' } }] }),
              decision: { number: '125-QĐ/ĐU', date: '2026-05-20', body: 'Ban Thường vụ Đảng ủy phường Hòa Bình' },
            },
          },
        },
      ]);
      if (r.kind === 'taken') {
        expect(project(r).tags.needsCorrection).toBeUndefined();
        expect(r.snapshot.context).toMatchObject({ amendments: [{ reason: 'Bổ sung tổ chức kế tục cho hồ sơ X.', at: '2026-06-02T02:00:00.000Z' }] });
      }
    });

    it('a corrected plan moving the date later waits again: a new generation, the old one stale', () => {
      const later = attempt(stuck(), AMEND({ plan: mergePlan('2026-07-01'), at: '2026-06-02T02:00:00.000Z' }));
      expect(later).toMatchObject({ kind: 'taken', state: 'awaitingEffectiveDate' });
      expect(effectsOf(later, 'scheduleDeadline')).toEqual([
        { type: 'scheduleDeadline', params: { key: 'EFFECTIVE', ruleKey: 'ORG.EFFECTIVE', startAt: '2026-05-20', term: true, dueAt: '2026-06-30T16:59:59.999Z' } },
      ]);
      const waitingAgain = later as StepResult;
      expect(attempt(waitingAgain, EFFECTIVE(1))).toMatchObject({ kind: 'guard-refused' });
      const applied = attempt(waitingAgain, EFFECTIVE(2));
      expect(applied).toMatchObject({ kind: 'taken', state: 'inEffect' });
      expect(effectsOf(applied, 'applyOrgChange')[0]).toMatchObject({ params: { plan: { effectiveDate: '2026-07-01' } } });
    });

    it('the boundary: a correction recorded at 00:00 of the effective date applies; one millisecond earlier waits', () => {
      const plan = mergePlan('2026-06-03');
      expect(attempt(stuck(), AMEND({ plan, at: '2026-06-02T17:00:00.000Z' }))).toMatchObject({ kind: 'taken', state: 'inEffect' });
      expect(attempt(stuck(), AMEND({ plan, at: '2026-06-02T16:59:59.999Z' }))).toMatchObject({ kind: 'taken', state: 'awaitingEffectiveDate' });
    });

    it('a correction with problems still, of another kind, or dated before the decision is refused', () => {
      const still = AMEND({ at: '2026-06-02T02:00:00.000Z', problems: [OTHER_PROBLEM] });
      expect(attempt(stuck(), still)).toMatchObject({ kind: 'guard-refused', guards: ['planAcceptable'] });
      expect(reasons(stuck(), still, ['planAcceptable'])[0]).toBe(`Phương án chưa thực hiện được: ${OTHER_PROBLEM.message}`);
      expect(attempt(stuck(), AMEND({ plan: { ...mergePlan(), kind: 'SPLIT' }, at: '2026-06-02T02:00:00.000Z' }))).toMatchObject({
        kind: 'guard-refused', guards: ['planMatchesKind'],
      });
      expect(attempt(stuck(), AMEND({ plan: mergePlan('2026-05-19'), at: '2026-06-02T02:00:00.000Z' }))).toMatchObject({
        kind: 'guard-refused', guards: ['planAcceptable'],
      });
    });
  });
});

describe('input and payload validation', () => {
  it('accepts the fixtures and the decision payload', async () => {
    expect(await errorsOf(OrgChangeInput, MERGE_INPUT)).toEqual([]);
    expect(await errorsOf(OrgChangeInput, FOUND_INPUT)).toEqual([]);
    expect(await errorsOf(DecideOrgChangePayload, DECIDE().payload)).toEqual([]);
  });

  it('refuses an unknown kind, no organisation, a bad level and an unknown field', async () => {
    const errors = await errorsOf(OrgChangeInput, { ...MERGE_INPUT, kind: 'ANNEX', organisations: [], extra: 1 });
    expect(paths(errors).sort()).toEqual(['extra', 'kind', 'organisations']);
    expect(paths(await errorsOf(OrgChangeInput, { ...MERGE_INPUT, organisations: [{ name: 'Chi bộ', level: 'WARD' }] }))).toEqual(['organisations.0.level']);
  });

  it('checks the nested plan: dates as days, unit ids, a new unit’s parent, roles', async () => {
    const plan = {
      ...mergePlan('2026-06-01T00:00:00Z'),
      units: [UNIT_A, 'not-a-uuid'],
      newUnits: [{ key: 'kp 12', code: 'CB-12', name: 'Chi bộ', level: 'CELL', parentId: 'x' }],
      roles: [{ userId: UNIT_A, to: { newUnit: 'kp12' }, role: 'PRESIDENT' }],
    };
    const errors = await errorsOf(DecideOrgChangePayload, { ...(DECIDE().payload as object), plan, decisionDate: '20/05/2026' });
    expect(paths(errors).sort()).toEqual([
      'decisionDate', 'plan.effectiveDate', 'plan.newUnits.0.key', 'plan.newUnits.0.parentId', 'plan.roles.0.role', 'plan.units',
    ]);
  });

  it('the input checks: a founding names no existing unit; other kinds name one; no proposal from the future', () => {
    const now = '2026-05-05T00:00:00.000Z';
    expect(def.inputChecks!(MERGE_INPUT, now)).toEqual([]);
    expect(def.inputChecks!(FOUND_INPUT, now)).toEqual([]);
    expect(def.inputChecks!({ ...FOUND_INPUT, organisations: MERGE_INPUT.organisations }, now).map((p) => p.field)).toEqual(['organisations']);
    expect(def.inputChecks!({ ...MERGE_INPUT, organisations: FOUND_INPUT.organisations }, now)[0].message).toMatch(/^Hợp nhất: cần nêu/);
    expect(def.inputChecks!({ ...MERGE_INPUT, proposedAt: '2026-05-06T02:00:00.000Z' }, now).map((p) => p.field)).toEqual(['proposedAt']);
  });
});

// Forbidden events: what each state offers, and everything else refused.
const STUCK: Step[] = [...TO_EFFECT, EFFECTIVE(1, { problems: [PROBLEM], preview: null })];
const REACHABLE: [state: string, input: OrgChangeInput, steps: Step[], allowed: EventType[]][] = [
  ['proposed', MERGE_INPUT, [], ['DEADLINE_MISSED', 'SUBMIT_DOSSIER']],
  ['dossierSubmitted', MERGE_INPUT, [SUBMIT], ['APPRAISE', 'DEADLINE_MISSED', 'RECORD_UPPER_OPINION']],
  ['appraised', MERGE_INPUT, TO_DECISION, ['DEADLINE_MISSED', 'DECIDE', 'NOT_APPROVED', 'RECORD_UPPER_OPINION']],
  ['decided', MERGE_INPUT, [...TO_DECISION, DECIDE()], ['ANNOUNCE', 'DEADLINE_MISSED']],
  ['awaitingEffectiveDate', MERGE_INPUT, TO_EFFECT, ['DEADLINE_MISSED']],
  ['awaitingCorrection', MERGE_INPUT, STUCK, ['AMEND_PLAN', 'DEADLINE_MISSED']],
  ['inEffect', MERGE_INPUT, [...TO_EFFECT, EFFECTIVE()], ['DEADLINE_MISSED', 'HANDOVER_COMPLETED']],
  ['closed', MERGE_INPUT, [...TO_EFFECT, EFFECTIVE(), HANDOVER], []],
  ['notApproved', MERGE_INPUT, [...TO_DECISION, NOT_APPROVED], []],
];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type], 99), systemEvents: ['DEADLINE_MISSED'],
  states: REACHABLE.map(([state, input, steps, allowed]) => ({ state, allowed, reach: () => reach(input, steps) })),
});

describe('labels, messages and event specs', () => {
  it('declares every rule key it schedules, and statistics by kind and outcome', () => {
    expect(def.ruleKeys).toEqual(['ORG.APPRAISAL', 'ORG.DECISION', 'ORG.EFFECTIVE', 'ORG.HANDOVER']);
    expect(Object.keys(def.report!.dimensions)).toEqual(['kind', 'outcome']);
  });
});
