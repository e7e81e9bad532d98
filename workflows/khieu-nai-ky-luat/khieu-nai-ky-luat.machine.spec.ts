// Pure machine tests for complaints against discipline (B4), driven through the engine functions the service uses.
// Domain reference: docs/domain/procedures.md §8 (C0–C8).
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Effect } from '../shared/effects';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { BodyKind, DisciplineForm, EventFacts, Level } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import { KhieuNaiInput, type AdmissibilityFindingsDto, type BodyDto } from './khieu-nai-ky-luat.events';
import type { ContextKhieuNai, EventKhieuNai } from './khieu-nai-ky-luat.machine';
import { khieuNaiKyLuatV1 as def } from './khieu-nai-ky-luat.procedure';
import { ADMISSIBILITY_REASONS, ADMISSIBILITY_LABELS, nextInstance, type AdmissibilityReason } from './khieu-nai-ky-luat.rules';
import { VIETNAMESE } from '../shared/vietnamese';
import { allNodes, guardsUsed } from '../shared/machine-structure';

type EventType = EventKhieuNai['type'];
const CHILD_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const DAY = 86_400_000;
const STEP_CLOCK = Date.parse('2026-04-01T02:00:00.000Z');
const at = (i: number): string => new Date(STEP_CLOCK + i * DAY).toISOString();

const body = (kind: BodyKind, level: Level): BodyDto => ({ kind, level });
const CELL = body('CELL', 'CELL');
const UBKT_GRASSROOTS = body('INSPECTION_COMMISSION', 'GRASSROOTS');
const BTV_GRASSROOTS = body('STANDING_COMMITTEE', 'GRASSROOTS');
const UBKT_CENTRAL = body('INSPECTION_COMMISSION', 'CENTRAL');
const SECRETARIAT = body('STANDING_COMMITTEE', 'CENTRAL');
const CENTRAL_COMMITTEE = body('PARTY_COMMITTEE', 'CENTRAL');

function complaint(extra: Partial<KhieuNaiInput> = {}, decision: Partial<KhieuNaiInput['decision']> = {}): KhieuNaiInput {
  return {
    complainant: { kind: 'MEMBER', name: 'Nguyễn Văn A' },
    decision: { form: 'CANH_CAO', decidedBy: CELL, decidedAt: '2026-01-05', receivedAt: '2026-01-10', ...decision },
    lodgedAt: '2026-02-01',
    lodgedWith: UBKT_GRASSROOTS,
    onBehalfOfAnother: false,
    summary: 'Đề nghị xem xét lại hình thức kỷ luật cảnh cáo',
    source: { procedureId: 'ky-luat' },
    ...extra,
  };
}

const windowFact = (value: number | null, unit: 'MONTHS' | 'CALENDAR_DAYS' | 'WORKING_DAYS' = 'MONTHS'): EventFacts => ({
  ruleValues: { 'B4.FILING_WINDOW': { ruleId: 'r', value, unit, legalBasis: 'Quy định 296-QĐ/TW', confidence: 'CONFLICT' } },
});

interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  occurredAt?: string;
}
const ASSESS = (findings?: AdmissibilityFindingsDto, facts: EventFacts = windowFact(1)): Step => ({
  type: 'ASSESS_ADMISSIBILITY',
  payload: findings ? { findings } : {},
  facts,
});
const VERIFY: Step = { type: 'START_VERIFICATION' };
const REPORT: Step = { type: 'SUBMIT_REPORT', payload: { documentRef: 'BC-05/UBKT', summary: 'Báo cáo thẩm tra nội dung khiếu nại' } };
const DECIDE = (outcome: string, decidingBody: BodyDto = UBKT_GRASSROOTS, newForm?: DisciplineForm): Step => ({
  type: 'DECIDE',
  payload: { outcome, decidingBody, decisionRef: '20-QĐ/UBKT', reason: 'Căn cứ kết quả thẩm tra', ...(newForm ? { newForm } : {}) },
});
const NOTIFY = (receivedAt = '2026-04-20'): Step => ({ type: 'NOTIFY_COMPLAINANT', payload: { summary: 'Thông báo quyết định giải quyết khiếu nại', receivedAt } });
const ESCALATE = (lodgedWith: BodyDto, lodgedAt = '2026-04-25'): Step => ({ type: 'ESCALATE', payload: { lodgedAt, lodgedWith, summary: 'Khiếu nại tiếp lên cấp trên' } });
const CLOSE: Step = { type: 'CLOSE', payload: { reason: 'Người khiếu nại không khiếu nại tiếp' } };
const CHILD = (outcome: string, link = 'COMPLAINT'): Step => ({ type: 'CHILD_CONCLUDED', payload: { childCaseId: CHILD_ID, procedureId: 'khieu-nai-ky-luat', link, outcome } });
const MISSED = (generation: number): Step => ({ type: 'DEADLINE_MISSED', payload: { key: 'resolve', generation } });

const toEvent = (s: Step, i: number): MachineEvent => ({
  type: s.type,
  payload: s.payload ?? {},
  actorId: 'u1',
  occurredAt: s.occurredAt ?? at(i),
  ...(s.facts ? { facts: s.facts } : {}),
});
function play(from: StepResult, steps: readonly Step[], offset = 0): StepResult {
  let current = from;
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, current.snapshot, toEvent(s, offset + i));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${current.state}" was ${outcome.kind}: ${JSON.stringify(outcome)}`);
    current = outcome;
  });
  return current;
}
const reach = (i: KhieuNaiInput, steps: readonly Step[]) => play(startCase(def, i), steps);
const attempt = (from: StepResult, s: Step, i = 50): StepOutcome => applyEvent(def, from.snapshot, toEvent(s, i));
const refusedBy = (from: StepResult, s: Step): string[] | string => {
  const o = attempt(from, s);
  return o.kind === 'guard-refused' ? o.guards : o.kind;
};
const ctx = (r: StepResult) => r.snapshot.context as ContextKhieuNai;
const tags = (r: StepResult) => def.project(r.state, r.snapshot.context).tags;
const effectsOf = (r: StepResult, type: Effect['type']) => r.effects.filter((e) => e.type === type).map((e) => e.params);
const reasonsOf = (i: KhieuNaiInput, step: Step = ASSESS()) => ctx(reach(i, [step])).admissibility?.reasons;

// ---------------------------------------------------------------------------------------------------------------
// 1. Admissibility (C1): every reason, with its label and source
// ---------------------------------------------------------------------------------------------------------------

describe('admissibility', () => {
  it('a complaint in time, from the member, to the next level, after receipt is accepted and its resolution deadline scheduled', () => {
    const r = reach(complaint(), [ASSESS()]);
    expect(r.state).toBe('accepted');
    expect(tags(r)).toMatchObject({ admissibility: 'ACCEPTED', form: 'CANH_CAO', level: 'GRASSROOTS' });
    // B4.RESOLVE has no legal value: the engine shows "no legal deadline" and a secretary may set one.
    expect(effectsOf(r, 'scheduleDeadline')).toEqual([{ key: 'resolve', ruleKey: 'B4.RESOLVE', startAt: '2026-02-01' }]);
    expect(ctx(r).decisionInForce).toBe(true);
  });

  it.each<[string, string, string, EventFacts, boolean]>([
    ['one month from 10/01: lodged on its last day, 10/02', '2026-01-10', '2026-02-10', windowFact(1), false],
    ['one month from 10/01: lodged a day after, 11/02', '2026-01-10', '2026-02-11', windowFact(1), true],
    ['one month from 31/01 ends on 28/02', '2026-01-31', '2026-02-28', windowFact(1), false],
    ['one month from 31/01: 01/03 is late', '2026-01-31', '2026-03-01', windowFact(1), true],
    ['received as an instant at night, Vietnam time (10/01 23:00)', '2026-01-10T16:00:00.000Z', '2026-02-10', windowFact(1), false],
    ['no rule row: one month by default', '2026-01-10', '2026-02-11', {}, true],
    ['a rule set to 30 days: 09/02 is the last day', '2026-01-10', '2026-02-09', windowFact(30, 'CALENDAR_DAYS'), false],
    ['a rule set to 30 days: 10/02 is late', '2026-01-10', '2026-02-10', windowFact(30, 'CALENDAR_DAYS'), true],
  ])('filing window: %s', (_n, receivedAt, lodgedAt, facts, late) => {
    const reasons = reasonsOf(complaint({ lodgedAt }, { receivedAt }), ASSESS(undefined, facts));
    expect(reasons).toEqual(late ? ['LATE'] : []);
  });

  it('the window text says where it ends; working days are left to a person', () => {
    expect(ctx(reach(complaint(), [ASSESS()])).admissibility?.window?.text).toBe(
      'Thời hạn khiếu nại 1 tháng kể từ ngày nhận quyết định (10/01/2026): đến hết ngày 10/02/2026',
    );
    expect(ctx(reach(complaint(), [ASSESS(undefined, windowFact(30, 'WORKING_DAYS'))])).admissibility?.window).toMatchObject({ lastDay: null });
  });

  it.each<[AdmissibilityReason, KhieuNaiInput, AdmissibilityFindingsDto | undefined]>([
    ['ON_BEHALF_OF_ANOTHER', complaint({ onBehalfOfAnother: true }), undefined],
    ['SKIPPED_LEVEL', complaint({ lodgedWith: body('STANDING_COMMITTEE', 'PROVINCIAL') }), undefined],
    ['NOT_COMPETENT_LEVEL', complaint({ lodgedWith: CELL }), undefined],
    ['LODGED_WITH_MULTIPLE_LEVELS', complaint(), { lodgedWithOtherLevels: true }],
    ['ALREADY_FINAL', complaint({ lodgedWith: CENTRAL_COMMITTEE }, { decidedBy: UBKT_CENTRAL, originallyDecidedBy: body('STANDING_COMMITTEE', 'PROVINCIAL') }), undefined],
    ['BEFORE_RECEIPT', complaint({}, { receivedAt: undefined }), undefined],
    ['BEFORE_RECEIPT', complaint({ lodgedAt: '2026-01-08' }), undefined],
    ['HANDLED_BY_HIGHER_LEVEL', complaint(), { handledByHigherLevel: true }],
    ['COURT_SENTENCED', complaint({ findings: { courtSentenced: { nonCustodialReformOrHeavier: true, judgementAnnulled: false } } }), undefined],
    ['REFUSED_TO_RECEIVE', complaint(), { refusedToReceiveDecision: true }],
    ['TRANSFERRED_OUTSIDE', complaint(), { membershipTransferredOutside: true }],
  ])('%s is not accepted, notified and told to the parent', (reason, i, findings) => {
    const r = reach(i, [ASSESS(findings)]);
    expect(ctx(r).admissibility?.reasons).toEqual([reason]);
    expect(r.state).toBe('rejected');
    expect(r.done).toBe(true);
    expect(tags(r).admissibility).toBe(reason);
    expect(def.project(r.state, r.snapshot.context).reportCategory).toBe('REJECTED');
    expect(effectsOf(r, 'notify')).toEqual([{ template: 'khieu-nai.rejected', audiences: ['REPORTER', 'UNIT'] }]);
    expect(effectsOf(r, 'reportToParent')).toEqual([{ outcome: `REJECTED_${reason}` }]);
  });

  it('every reason has a Vietnamese label and a source, shown in the statistics', () => {
    for (const reason of ADMISSIBILITY_REASONS) {
      expect(ADMISSIBILITY_LABELS[reason].label).toMatch(/[àáảãạăâđêôơư]/i);
      expect(ADMISSIBILITY_LABELS[reason].source).toMatch(/Quy định|Điều lệ/);
      expect(def.report?.dimensions.admissibility.values[reason]).toContain(ADMISSIBILITY_LABELS[reason].label);
    }
  });

  it('a sentence that was annulled, or lighter than non-custodial reform, is no bar', () => {
    expect(reasonsOf(complaint({ findings: { courtSentenced: { nonCustodialReformOrHeavier: true, judgementAnnulled: true } } }))).toEqual([]);
    expect(reasonsOf(complaint({ findings: { courtSentenced: { nonCustodialReformOrHeavier: false, judgementAnnulled: false } } }))).toEqual([]);
  });

  it('lists every reason at once, the first one tagged', () => {
    const r = reach(complaint({ onBehalfOfAnother: true, lodgedAt: '2026-03-01' }), [ASSESS({ handledByHigherLevel: true })]);
    expect(ctx(r).admissibility?.reasons).toEqual(['LATE', 'ON_BEHALF_OF_ANOTHER', 'HANDLED_BY_HIGHER_LEVEL']);
    expect(tags(r).admissibility).toBe('LATE');
  });

  describe('levels', () => {
    it.each<[string, BodyDto, BodyDto, AdmissibilityReason[]]>([
      ['a cell’s decision goes to the grassroots level (its inspection commission)', CELL, UBKT_GRASSROOTS, []],
      ['… or its standing committee', CELL, BTV_GRASSROOTS, []],
      ['a cell’s decision sent to the upper-grassroots level skips one', CELL, body('INSPECTION_COMMISSION', 'UPPER_GRASSROOTS'), ['SKIPPED_LEVEL']],
      ['an inspection commission’s decision goes first to its own standing committee', UBKT_GRASSROOTS, BTV_GRASSROOTS, []],
      ['… not to the level above', UBKT_GRASSROOTS, body('INSPECTION_COMMISSION', 'UPPER_GRASSROOTS'), ['SKIPPED_LEVEL']],
      ['… nor to itself', UBKT_GRASSROOTS, UBKT_GRASSROOTS, ['NOT_COMPETENT_LEVEL']],
      ['a grassroots committee’s decision goes to the upper-grassroots level', BTV_GRASSROOTS, body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS'), []],
      ['… or straight to the province where that is its upper-direct level (Q3)', { ...BTV_GRASSROOTS, upperDirectLevel: 'PROVINCIAL' }, body('INSPECTION_COMMISSION', 'PROVINCIAL'), []],
      ['a provincial decision goes to the centre', body('STANDING_COMMITTEE', 'PROVINCIAL'), UBKT_CENTRAL, []],
    ])('%s', (_n, decidedBy, lodgedWith, reasons) => {
      expect(reasonsOf(complaint({ lodgedWith }, { decidedBy }))).toEqual(reasons);
    });

    it.each<[string, DisciplineForm, BodyDto, BodyDto | undefined, boolean]>([
      ['UBKTTW is final for khiển trách decided below', 'KHIEN_TRACH', UBKT_CENTRAL, body('STANDING_COMMITTEE', 'PROVINCIAL'), true],
      ['UBKTTW is final for cảnh cáo decided below', 'CANH_CAO', UBKT_CENTRAL, CELL, true],
      ['UBKTTW is final for cách chức decided below', 'CACH_CHUC', UBKT_CENTRAL, BTV_GRASSROOTS, true],
      ['UBKTTW is not final for khai trừ: the Secretariat is', 'KHAI_TRU', UBKT_CENTRAL, body('STANDING_COMMITTEE', 'PROVINCIAL'), false],
      ['the Secretariat is final for khai trừ decided provincially and below', 'KHAI_TRU', SECRETARIAT, body('STANDING_COMMITTEE', 'PROVINCIAL'), true],
      ['discipline decided by UBKTTW itself goes to the Central Committee', 'CANH_CAO', UBKT_CENTRAL, undefined, false],
      ['the Central Committee is final for everything', 'KHAI_TRU', CENTRAL_COMMITTEE, undefined, true],
    ])('%s', (_n, form, decidedBy, originallyDecidedBy, final) => {
      const next = nextInstance(decidedBy);
      const lodgedWith = next ? body(next.kinds[0], next.level) : CENTRAL_COMMITTEE;
      const reasons = reasonsOf(complaint({ lodgedWith }, { form, decidedBy, ...(originallyDecidedBy ? { originallyDecidedBy } : {}) }));
      expect(reasons).toEqual(final ? ['ALREADY_FINAL'] : []);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Outcomes (C5–C6) and escalation (C7–C8)
// ---------------------------------------------------------------------------------------------------------------

const ACCEPTED: Step[] = [ASSESS(), VERIFY, REPORT];

describe('outcomes', () => {
  it.each<[string, Step, string, DisciplineForm | null]>([
    ['upheld', DECIDE('UPHELD'), 'UPHELD', 'CANH_CAO'],
    ['changed to a lighter form', DECIDE('CHANGED', UBKT_GRASSROOTS, 'KHIEN_TRACH'), 'CHANGED_KHIEN_TRACH', 'KHIEN_TRACH'],
    ['annulled', DECIDE('ANNULLED'), 'ANNULLED', null],
    ['referred up (an increase beyond this body’s authority)', DECIDE('REFERRED_UP'), 'REFERRED_UP', 'CANH_CAO'],
  ])('%s: recorded, deadline met, told to the parent, then notified', (_n, decide, outcome, formInForce) => {
    const decided = reach(complaint(), [...ACCEPTED, decide]);
    expect(decided.state).toBe('decided');
    expect(ctx(decided).decision?.formInForce).toBe(formInForce);
    expect(effectsOf(decided, 'reportToParent')).toEqual([{ outcome, summary: 'Căn cứ kết quả thẩm tra' }]);
    expect(effectsOf(decided, 'markDeadlineMet')).toEqual([{ key: 'resolve', at: at(3) }]);
    const notified = play(decided, [NOTIFY()], 4);
    expect(notified.state).toBe('notified');
    expect(effectsOf(notified, 'notify')).toEqual([{ template: 'khieu-nai.decided', audiences: ['REPORTER', 'UNIT'], summary: 'Thông báo quyết định giải quyết khiếu nại' }]);
    expect(def.project(notified.state, notified.snapshot.context).reportCategory).toBe('DECIDED');
  });

  it('refuses a change without a new form, to the same form or to one the complainant cannot receive, and a decision by another body', () => {
    const reported = reach(complaint(), ACCEPTED);
    expect(refusedBy(reported, DECIDE('CHANGED'))).toEqual(['changedFormGiven']);
    expect(refusedBy(reported, DECIDE('CHANGED', UBKT_GRASSROOTS, 'CANH_CAO'))).toEqual(['changedFormGiven']);
    expect(refusedBy(reported, DECIDE('CHANGED', UBKT_GRASSROOTS, 'GIAI_TAN'))).toEqual(['changedFormGiven']);
    expect(refusedBy(reported, DECIDE('UPHELD', UBKT_GRASSROOTS, 'KHIEN_TRACH'))).toEqual(['changedFormGiven']);
    expect(refusedBy(reported, DECIDE('UPHELD', BTV_GRASSROOTS))).toEqual(['decidedByLodgedBody']);
  });

  it('a missed resolution deadline (set by a secretary) is recorded; a stale one is not', () => {
    const accepted = reach(complaint(), [ASSESS()]);
    expect(refusedBy(accepted, MISSED(2))).toEqual(['currentDeadline']);
    expect(tags(play(accepted, [MISSED(1)], 2)).overdue).toBe('true');
  });
});

describe('escalation up to the final level for the form', () => {
  it('opens the complaint at the next level against this complaint decision, and relays its results to the case above', async () => {
    const notified = reach(complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY()]);
    const escalated = play(notified, [ESCALATE(BTV_GRASSROOTS)], 5);
    expect(escalated.state).toBe('escalated');
    const [open] = effectsOf(escalated, 'openChildCase') as unknown as { procedureId: string; link: string; input: KhieuNaiInput }[];
    expect(open).toMatchObject({ procedureId: 'khieu-nai-ky-luat', link: 'COMPLAINT' });
    expect(open.input.decision).toEqual({ form: 'CANH_CAO', decidedBy: UBKT_GRASSROOTS, decidedAt: at(3), receivedAt: '2026-04-20', originallyDecidedBy: CELL });
    expect(await validate(plainToInstance(KhieuNaiInput, open.input), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    // The next level's own check: in time and at the right level.
    expect(reach(open.input, [ASSESS()]).state).toBe('accepted');

    const relayed = play(escalated, [CHILD('CHANGED_KHIEN_TRACH'), CHILD('UPHELD')], 6);
    expect(relayed.state).toBe('escalated');
    expect(effectsOf(relayed, 'reportToParent')).toEqual([{ outcome: 'UPHELD' }]);
    expect(ctx(relayed).escalation?.results.map((r) => r.outcome)).toEqual(['CHANGED_KHIEN_TRACH', 'UPHELD']);
    expect(refusedBy(escalated, CHILD('UPHELD', 'DISCIPLINE'))).toEqual(['fromNextInstance']);
    expect(play(relayed, [CLOSE], 9).state).toBe('closed');
  });

  /** Runs a complaint from lodging to its notified decision at `lodgedWith`, then escalates to the next instance. */
  function chain(form: DisciplineForm, decidedBy: BodyDto): { bodies: string[]; last: StepResult } {
    let i = complaint({ lodgedWith: (() => { const n = nextInstance(decidedBy)!; return body(n.kinds[0], n.level); })() }, { form, decidedBy, receivedAt: '2026-01-10', decidedAt: '2026-01-05' });
    const bodies: string[] = [];
    for (let guard = 0; guard < 12; guard++) {
      const notified = reach(i, [...ACCEPTED, DECIDE('UPHELD', i.lodgedWith), NOTIFY(at(4).slice(0, 10))]);
      bodies.push(`${i.lodgedWith.kind}@${i.lodgedWith.level}`);
      const next = nextInstance(i.lodgedWith);
      if (!next || attempt(notified, ESCALATE(body(next.kinds[0], next.level), at(5).slice(0, 10))).kind !== 'taken') return { bodies, last: notified };
      const escalated = play(notified, [ESCALATE(body(next.kinds[0], next.level), at(5).slice(0, 10))], 5);
      i = (effectsOf(escalated, 'openChildCase')[0] as unknown as { input: KhieuNaiInput }).input;
      expect(reach(i, [ASSESS()]).state).toBe('accepted');
    }
    throw new Error('escalation did not stop');
  }

  it.each<[DisciplineForm, string]>([
    ['CANH_CAO', 'INSPECTION_COMMISSION@CENTRAL'],
    ['CACH_CHUC', 'INSPECTION_COMMISSION@CENTRAL'],
    ['KHAI_TRU', 'STANDING_COMMITTEE@CENTRAL'],
  ])('%s decided by a cell climbs level by level and stops at %s', (form, final) => {
    const { bodies, last } = chain(form, CELL);
    expect(bodies).toEqual([
      'INSPECTION_COMMISSION@GRASSROOTS',
      'STANDING_COMMITTEE@GRASSROOTS',
      'INSPECTION_COMMISSION@UPPER_GRASSROOTS',
      'STANDING_COMMITTEE@UPPER_GRASSROOTS',
      'INSPECTION_COMMISSION@PROVINCIAL',
      'STANDING_COMMITTEE@PROVINCIAL',
      'INSPECTION_COMMISSION@CENTRAL',
      ...(form === 'KHAI_TRU' ? ['STANDING_COMMITTEE@CENTRAL'] : []),
    ]);
    expect(bodies.at(-1)).toBe(final);
    expect(refusedBy(last, ESCALATE(CENTRAL_COMMITTEE))).toEqual(['notFinalInstance']);
    const closed = play(last, [CLOSE], 9);
    expect(closed.state).toBe('closed');
    expect(tags(closed).finalInstance).toBe('true');
  });

  it('nothing to escalate once the discipline is annulled', () => {
    const notified = reach(complaint(), [...ACCEPTED, DECIDE('ANNULLED'), NOTIFY()]);
    expect(refusedBy(notified, ESCALATE(BTV_GRASSROOTS))).toEqual(['notAnnulled']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Forbidden events, input checks, labels
// ---------------------------------------------------------------------------------------------------------------

const SAMPLE: Record<EventType, Step> = {
  ASSESS_ADMISSIBILITY: ASSESS(),
  START_VERIFICATION: VERIFY,
  SUBMIT_REPORT: REPORT,
  DECIDE: DECIDE('UPHELD'),
  NOTIFY_COMPLAINANT: NOTIFY(),
  ESCALATE: ESCALATE(BTV_GRASSROOTS),
  CLOSE,
  CHILD_CONCLUDED: CHILD('UPHELD'),
  DEADLINE_MISSED: MISSED(1),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];
const REACHABLE: [string, KhieuNaiInput, Step[], EventType[]][] = [
  ['lodged', complaint(), [], ['ASSESS_ADMISSIBILITY', 'DEADLINE_MISSED']],
  ['rejected', complaint({ onBehalfOfAnother: true }), [ASSESS()], []],
  ['accepted', complaint(), [ASSESS()], ['DEADLINE_MISSED', 'START_VERIFICATION']],
  ['verifying', complaint(), [ASSESS(), VERIFY], ['DEADLINE_MISSED', 'SUBMIT_REPORT']],
  ['reported', complaint(), ACCEPTED, ['DEADLINE_MISSED', 'DECIDE', 'SUBMIT_REPORT']],
  ['decided', complaint(), [...ACCEPTED, DECIDE('UPHELD')], ['DEADLINE_MISSED', 'NOTIFY_COMPLAINANT']],
  ['notified', complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY()], ['CLOSE', 'DEADLINE_MISSED', 'ESCALATE']],
  ['escalated', complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY(), ESCALATE(BTV_GRASSROOTS)], ['CHILD_CONCLUDED', 'CLOSE', 'DEADLINE_MISSED']],
  ['closed', complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY(), CLOSE], []],
];

describe('allowed and forbidden events in every state', () => {
  it.each(REACHABLE)('%s', (state, i, steps, allowed) => {
    const r = reach(i, steps);
    expect(r.state).toBe(state);
    expect(availableEvents(def, r.snapshot)).toEqual([...allowed].sort());
    for (const type of ALL_EVENTS.filter((t) => !allowed.includes(t))) expect(attempt(r, SAMPLE[type]).kind).toBe('not-allowed');
  });
});

describe('input', () => {
  const NOW = '2026-04-01T02:00:00.000Z';
  it('refuses dates in the future and a receipt or complaint before the decision', () => {
    expect(def.inputChecks?.(complaint(), NOW)).toEqual([]);
    expect(def.inputChecks?.(complaint({ lodgedAt: '2026-04-02' }, { receivedAt: '2025-12-31' }), NOW)).toEqual([
      { field: 'lodgedAt', message: 'Ngày gửi đơn khiếu nại (02/04/2026) không được sau ngày hôm nay' },
      { field: 'decision.receivedAt', message: 'Ngày nhận quyết định không được trước ngày quyết định' },
    ]);
    expect(def.inputChecks?.(complaint({ lodgedAt: '2026-01-01' }), NOW)).toEqual([
      { field: 'lodgedAt', message: 'Ngày gửi đơn khiếu nại không được trước ngày quyết định bị khiếu nại' },
    ]);
  });
});


describe('labels, messages and event specs', () => {
  const nodes = allNodes(def.machine.root);

  it('every guard has a Vietnamese message and no message is stale', () => {
    const used = guardsUsed(def.machine);
    expect([...used].sort()).toEqual(Object.keys(def.machine.implementations.guards).sort());
    for (const name of used) expect(def.guardMessages[name]).toMatch(VIETNAMESE);
    expect(Object.keys(def.guardMessages).sort()).toEqual([...used].sort());
  });

  it('every state a case can rest in has a Vietnamese label that, while pending, says the decision stays in force', () => {
    const leaves = nodes.filter((n) => Object.keys(n.states).length === 0).map((n) => n.path.join('.')).filter((p) => p !== 'assessed');
    expect(leaves.sort()).toEqual(REACHABLE.map(([s]) => s).sort());
    expect(Object.keys(def.stateLabels).sort()).toEqual(leaves.sort());
    for (const s of ['lodged', 'accepted', 'verifying']) expect(def.stateLabels[s]).toMatch(/vẫn có hiệu lực/);
  });

  it('every event has a spec; the system events are sent by no role; the window is asked as a fact', () => {
    expect(Object.keys(def.events).sort()).toEqual([...ALL_EVENTS].sort());
    expect(def.events.CHILD_CONCLUDED.roles).toEqual([]);
    expect(def.events.DEADLINE_MISSED.roles).toEqual([]);
    expect(def.events.ASSESS_ADMISSIBILITY.facts).toEqual([{ fact: 'ruleValues', keys: ['B4.FILING_WINDOW'] }]);
    expect(def.events.DECIDE.separateFrom).toEqual({ preparedBy: ['SUBMIT_REPORT'], bypassRoles: ['SECRETARY'] });
  });

  it('the report spec labels every category and tag value the projection gives', () => {
    for (const [, i, steps] of REACHABLE) {
      const r = reach(i, steps);
      const p = def.project(r.state, r.snapshot.context);
      expect(def.report!.categories).toHaveProperty([p.reportCategory]);
      for (const dim of ['admissibility', 'outcome', 'form', 'level']) if (p.tags[dim]) expect(def.report!.dimensions[dim].values).toHaveProperty([p.tags[dim]]);
    }
  });
});
