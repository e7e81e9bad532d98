// Pure machine tests for complaints against discipline (B4), driven through the engine functions the service uses.
// Domain reference: docs/domain/procedures.md §8 (C0–C8).
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Effect } from '../shared/effects';
import { applyEvent, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { DisciplineForm, DueDateFact, EventFacts, Level, RuleValueFact } from '../shared/facts';
import { refusalReasons } from '../shared/refusal';
import type { MachineEvent } from '../shared/procedure';
import { KhieuNaiInput, type AdmissibilityFindingsDto, type BodyDto, type ComplaintBodyKind } from './khieu-nai-ky-luat.events';
import type { ContextKhieuNai, EventKhieuNai } from './khieu-nai-ky-luat.machine';
import { khieuNaiKyLuatV1 as def } from './khieu-nai-ky-luat.procedure';
import {
  ADMISSIBILITY_REASONS, ADMISSIBILITY_LABELS, complaintRules, formsForComplainant, nextInstance, type AdmissibilityReason, type Instance,
} from './khieu-nai-ky-luat.rules';
import { VIETNAMESE } from '../shared/vietnamese';
import { describeMachineConformance } from '../shared/machine-conformance.spec';

type EventType = EventKhieuNai['type'];
const CHILD_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const DAY = 86_400_000;
const STEP_CLOCK = Date.parse('2026-04-01T02:00:00.000Z');
const at = (i: number): string => new Date(STEP_CLOCK + i * DAY).toISOString();

const body = (kind: ComplaintBodyKind, level: Level): BodyDto => ({ kind, level });
const CELL = body('CELL', 'CELL');
const UBKT_GRASSROOTS = body('INSPECTION_COMMISSION', 'GRASSROOTS');
const BTV_GRASSROOTS = body('STANDING_COMMITTEE', 'GRASSROOTS');
const UBKT_CENTRAL = body('INSPECTION_COMMISSION', 'CENTRAL');
const SECRETARIAT = body('SECRETARIAT', 'CENTRAL');
const POLITBURO = body('STANDING_COMMITTEE', 'CENTRAL');
const CENTRAL_COMMITTEE = body('PARTY_COMMITTEE', 'CENTRAL');
const BTV_PROVINCIAL = body('STANDING_COMMITTEE', 'PROVINCIAL');

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

// The rule rows as migrations/1795302200000-ComplaintDenunciation1374Rules.ts seeds them (the 296 versions).
const BELOW = ['PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'];
const LADDER = [
  { level: 'CELL', upperDirect: 'GRASSROOTS', handlesComplaints: false, label: 'Chi bộ' },
  { level: 'SECTION', upperDirect: 'GRASSROOTS', handlesComplaints: false, label: 'Đảng ủy bộ phận' },
  { level: 'GRASSROOTS', upperDirect: 'UPPER_GRASSROOTS', handlesComplaints: true, label: 'Cơ sở' },
  { level: 'UPPER_GRASSROOTS', upperDirect: 'PROVINCIAL', handlesComplaints: true, label: 'Đảng ủy cấp xã' },
  { level: 'PROVINCIAL', upperDirect: 'CENTRAL', handlesComplaints: true, label: 'Tỉnh' },
  { level: 'CENTRAL', upperDirect: null, handlesComplaints: true, label: 'Trung ương' },
];
const FINALS = [
  { decidedAtLevels: BELOW, forms: ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC'], final: { kind: 'INSPECTION_COMMISSION', level: 'CENTRAL' }, label: 'UBKTTW' },
  { decidedAtLevels: BELOW, forms: ['KHAI_TRU'], final: { kind: 'SECRETARIAT', level: 'CENTRAL' }, label: 'Ban Bí thư' },
  { decidedAtLevels: BELOW, forms: ['GIAI_TAN'], final: null, label: 'Chưa tìm thấy' },
  { decidedAtLevels: ['CENTRAL'], forms: ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'], final: { kind: 'PARTY_COMMITTEE', level: 'CENTRAL' }, label: 'BCH TW' },
];
const rule = (key: string, unit: RuleValueFact['unit'], extra: Partial<RuleValueFact>): RuleValueFact => ({
  ruleId: key, value: null, unit, legalBasis: 'Quy định 296-QĐ/TW', confidence: 'INFERRED', ...extra,
});
const LADDER_FACTS = (ladder: unknown[] = LADDER, finals: unknown[] = FINALS): Record<string, RuleValueFact | null> => ({
  'ORG.LEVEL_LADDER': rule('ORG.LEVEL_LADDER', 'TABLE', { data: { rows: ladder } }),
  'B4.FINAL_INSTANCE': rule('B4.FINAL_INSTANCE', 'TABLE', { data: { rows: finals } }),
});
const GROUNDS = [...ADMISSIBILITY_REASONS];
/** The window as the service counts it: the rule and the last day (the working calendar is the service's). */
const windowDue = (due: string | null, receivedAt = '2026-01-10', value: number | null = 1, unit: RuleValueFact['unit'] = 'MONTHS'): DueDateFact => ({
  ruleKey: 'B4.FILING_WINDOW', startAt: receivedAt, due, rule: rule('B4.FILING_WINDOW', unit, { value, confidence: 'CONFLICT' }), note: '',
});
const assessFacts = (o: { due?: DueDateFact | null; grounds?: readonly string[] | null; ladder?: unknown[]; finals?: unknown[] } = {}): EventFacts => ({
  ruleValues: {
    ...LADDER_FACTS(o.ladder, o.finals),
    'B4.NOT_ACCEPTED_GROUNDS': o.grounds === null ? null : rule('B4.NOT_ACCEPTED_GROUNDS', 'LIST', { data: { items: o.grounds ?? GROUNDS } }),
  },
  dueDates: { filingWindow: o.due === undefined ? windowDue('2026-02-10') : o.due },
});
const ladderFacts = (): EventFacts => ({ ruleValues: LADDER_FACTS() });

interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  occurredAt?: string;
}
const ASSESS = (findings?: AdmissibilityFindingsDto, facts: EventFacts = assessFacts(), receivedAt = '2026-02-03'): Step => ({
  type: 'ASSESS_ADMISSIBILITY',
  payload: { receivedAt, ...(findings ? { findings } : {}) },
  facts,
});
const VERIFY: Step = { type: 'START_VERIFICATION' };
const REPORT: Step = { type: 'SUBMIT_REPORT', payload: { documentRef: 'BC-05/UBKT', summary: 'Báo cáo thẩm tra nội dung khiếu nại' } };
const DECIDE = (outcome: string, decidingBody: BodyDto = UBKT_GRASSROOTS, newForm?: DisciplineForm): Step => ({
  type: 'DECIDE',
  payload: { outcome, decidingBody, decisionRef: '20-QĐ/UBKT', reason: 'Căn cứ kết quả thẩm tra', ...(newForm ? { newForm } : {}) },
});
const NOTIFY = (receivedAt = '2026-04-20', facts: EventFacts = ladderFacts()): Step => ({
  type: 'NOTIFY_COMPLAINANT', payload: { summary: 'Thông báo quyết định giải quyết khiếu nại', receivedAt }, facts,
});
const ESCALATE = (lodgedWith: BodyDto | undefined, lodgedAt = '2026-04-25', facts: EventFacts = ladderFacts()): Step => ({
  type: 'ESCALATE', payload: { lodgedAt, ...(lodgedWith ? { lodgedWith } : {}), summary: 'Khiếu nại tiếp lên cấp trên' }, facts,
});
const CLOSE: Step = { type: 'CLOSE', payload: { reason: 'Người khiếu nại không khiếu nại tiếp' }, facts: ladderFacts() };
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
const refusalText = (from: StepResult, s: Step, i = 50): string => {
  const o = attempt(from, s, i);
  return o.kind === 'guard-refused' ? refusalReasons(def, from.snapshot, toEvent(s, i), o.guards).join(' ') : o.kind;
};
const ctx = (r: StepResult) => r.snapshot.context as ContextKhieuNai;
const tags = (r: StepResult) => def.project(r.state, r.snapshot.context).tags;
const effectsOf = (r: StepResult, type: Effect['type']) => r.effects.filter((e) => e.type === type).map((e) => e.params);
const reasonsOf = (i: KhieuNaiInput, step: Step = ASSESS()) => ctx(reach(i, [step])).admissibility?.reasons;
const RULES = complaintRules(LADDER_FACTS())!;
/** The body a clerk would name at an instance (its first kind). */
const first = (n: Instance) => body(n.kinds[0], n.level);
const vietnamDay = (iso: string) => iso.slice(0, 10);

// ---------------------------------------------------------------------------------------------------------------
// 1. Admissibility (C1): every reason, with its label and source
// ---------------------------------------------------------------------------------------------------------------

describe('admissibility', () => {
  it('a complaint in time, from the member, to the next level, after receipt is accepted; its deadline runs from the competent body’s receipt', () => {
    const r = reach(complaint(), [ASSESS()]);
    expect(r.state).toBe('accepted');
    expect(tags(r)).toMatchObject({ admissibility: 'ACCEPTED', form: 'CANH_CAO', level: 'GRASSROOTS' });
    // B4.RESOLVE has no legal value: the engine shows "no legal deadline" and a secretary may set one. Its clock is the
    // competent body's receipt (03/02), not the day the letter was sent (01/02).
    expect(effectsOf(r, 'scheduleDeadline')).toEqual([{ key: 'resolve', ruleKey: 'B4.RESOLVE', startAt: '2026-02-03' }]);
    expect(ctx(r).admissibility).toMatchObject({ receivedAt: '2026-02-03', nextInstance: { level: 'GRASSROOTS' }, finalInstance: UBKT_CENTRAL });
    expect(ctx(r).decisionInForce).toBe(true);
  });

  it('refuses a receipt by the competent body dated before the letter was sent or after today', () => {
    const lodged = startCase(def, complaint());
    expect(refusedBy(lodged, ASSESS(undefined, assessFacts(), '2026-01-31'))).toEqual(['receiptDateValid']);
    expect(refusedBy(lodged, { ...ASSESS(undefined, assessFacts(), at(51).slice(0, 10)) })).toEqual(['receiptDateValid']);
    expect(attempt(lodged, ASSESS(undefined, assessFacts(), '2026-02-01')).kind).toBe('taken');
  });

  // The last day comes from the service (B4.FILING_WINDOW counted with the working calendar): day before, on, after.
  it.each<[string, string, DueDateFact, boolean]>([
    ['one month from 10/01 ends on 10/02: lodged the day before', '2026-02-09', windowDue('2026-02-10'), false],
    ['… lodged on its last day', '2026-02-10', windowDue('2026-02-10'), false],
    ['… lodged the day after', '2026-02-11', windowDue('2026-02-10'), true],
    ['30 working days from 10/01 (Tết counted out by the calendar) end on 02/03: lodged on it', '2026-03-02', windowDue('2026-03-02', '2026-01-10', 30, 'WORKING_DAYS'), false],
    ['… lodged on 03/03', '2026-03-03', windowDue('2026-03-02', '2026-01-10', 30, 'WORKING_DAYS'), true],
    ['30 days from 10/01 end on 09/02: 10/02 is late', '2026-02-10', windowDue('2026-02-09', '2026-01-10', 30, 'CALENDAR_DAYS'), true],
  ])('filing window: %s', (_n, lodgedAt, due, late) => {
    const reasons = reasonsOf(complaint({ lodgedAt }), ASSESS(undefined, assessFacts({ due }), lodgedAt));
    expect(reasons).toEqual(late ? ['LATE'] : []);
  });

  it('the window says where it ends, on which basis and how sure the rule is (the conflict in the law stays visible)', () => {
    expect(ctx(reach(complaint(), [ASSESS()])).admissibility?.window).toEqual({
      value: 1, unit: 'MONTHS', lastDay: '2026-02-10', legalBasis: 'Quy định 296-QĐ/TW', confidence: 'CONFLICT',
      text: expect.stringMatching(/^Thời hạn khiếu nại 1 tháng kể từ ngày nhận quyết định \(10\/01\/2026\): đến hết ngày 10\/02\/2026 — Quy định 296-QĐ\/TW; độ tin cậy: các nguồn chưa thống nhất/),
    });
    const wd = ctx(reach(complaint({ lodgedAt: '2026-02-20' }), [ASSESS(undefined, assessFacts({ due: windowDue('2026-03-02', '2026-01-10', 30, 'WORKING_DAYS') }), '2026-02-20')]));
    expect(wd.admissibility?.window).toMatchObject({ value: 30, unit: 'WORKING_DAYS', lastDay: '2026-03-02' });
    expect(wd.admissibility?.window?.text).toContain('30 ngày làm việc');
  });

  it('no window in force on the day of receipt (no row, or a row without value) refuses the assessment: no one-month default', () => {
    const lodged = startCase(def, complaint());
    expect(refusedBy(lodged, ASSESS(undefined, assessFacts({ due: null })))).toEqual(['filingWindowKnown']);
    expect(refusedBy(lodged, ASSESS(undefined, assessFacts({ due: { ...windowDue(null), rule: null } })))).toEqual(['filingWindowKnown']);
    expect(refusedBy(lodged, ASSESS(undefined, assessFacts({ due: windowDue(null, '2026-01-10', null) })))).toEqual(['filingWindowKnown']);
    expect(refusalText(lodged, ASSESS(undefined, assessFacts({ due: null })))).toContain('B4.FILING_WINDOW');
    // Not received at all: no window is needed, the complaint is refused as lodged before receipt.
    expect(reasonsOf(complaint({}, { receivedAt: undefined }), ASSESS(undefined, assessFacts({ due: null })))).toEqual(['BEFORE_RECEIPT']);
  });

  it.each<[AdmissibilityReason, KhieuNaiInput, AdmissibilityFindingsDto | undefined]>([
    ['ON_BEHALF_OF_ANOTHER', complaint({ onBehalfOfAnother: true }), undefined],
    ['SKIPPED_LEVEL', complaint({ lodgedWith: BTV_PROVINCIAL }), undefined],
    ['NOT_COMPETENT_LEVEL', complaint({ lodgedWith: CELL }), undefined],
    ['LODGED_WITH_MULTIPLE_LEVELS', complaint(), { lodgedWithOtherLevels: true }],
    ['ALREADY_FINAL', complaint({ lodgedWith: CENTRAL_COMMITTEE }, { decidedBy: UBKT_CENTRAL, originallyDecidedBy: BTV_PROVINCIAL }), undefined],
    ['BEFORE_RECEIPT', complaint({}, { receivedAt: undefined }), undefined],
    ['BEFORE_RECEIPT', complaint({ lodgedAt: '2026-01-08' }), undefined],
    ['HANDLED_BY_HIGHER_LEVEL', complaint(), { handledByHigherLevel: true }],
    ['COURT_SENTENCED', complaint({ findings: { courtSentenced: { nonCustodialReformOrHeavier: true, judgementAnnulled: false } } }), undefined],
    ['REFUSED_TO_RECEIVE', complaint(), { refusedToReceiveDecision: true }],
    ['TRANSFERRED_OUTSIDE', complaint(), { membershipTransferredOutside: true }],
  ])('%s is not accepted, notified and told to the parent', (reason, i, findings) => {
    const r = reach(i, [ASSESS(findings, assessFacts(), vietnamDay(i.lodgedAt))]);
    expect(ctx(r).admissibility?.reasons).toEqual([reason]);
    expect(r.state).toBe('rejected');
    expect(r.done).toBe(true);
    expect(tags(r).admissibility).toBe(reason);
    expect(def.project(r.state, r.snapshot.context).reportCategory).toBe('REJECTED');
    expect(effectsOf(r, 'notify')).toEqual([{ template: 'khieu-nai.rejected', audiences: ['REPORTER', 'UNIT'] }]);
    expect(effectsOf(r, 'reportToParent')).toEqual([{ outcome: `REJECTED_${reason}` }]);
  });

  it('a ground the list in force does not name is shown but does not reject; no list in force refuses the step', () => {
    const grounds = GROUNDS.filter((g) => g !== 'HANDLED_BY_HIGHER_LEVEL');
    const r = reach(complaint(), [ASSESS({ handledByHigherLevel: true }, assessFacts({ grounds }))]);
    expect(r.state).toBe('accepted');
    expect(ctx(r).admissibility).toMatchObject({ reasons: [], unlisted: ['HANDLED_BY_HIGHER_LEVEL'] });
    const lodged = startCase(def, complaint());
    expect(refusedBy(lodged, ASSESS(undefined, assessFacts({ grounds: null })))).toEqual(['groundsKnown']);
    expect(refusalText(lodged, ASSESS(undefined, assessFacts({ grounds: null })))).toContain('B4.NOT_ACCEPTED_GROUNDS');
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
    const r = reach(complaint({ onBehalfOfAnother: true, lodgedAt: '2026-03-01' }), [ASSESS({ handledByHigherLevel: true }, assessFacts(), '2026-03-02')]);
    expect(ctx(r).admissibility?.reasons).toEqual(['LATE', 'ON_BEHALF_OF_ANOTHER', 'HANDLED_BY_HIGHER_LEVEL']);
    expect(tags(r).admissibility).toBe('LATE');
  });

  describe('levels (ORG.LEVEL_LADDER)', () => {
    it.each<[string, BodyDto, BodyDto, AdmissibilityReason[]]>([
      ['a cell’s decision goes to the grassroots level (its inspection commission)', CELL, UBKT_GRASSROOTS, []],
      ['… or its standing committee', CELL, BTV_GRASSROOTS, []],
      ['… never to a section committee, which resolves no complaint', { ...CELL, upperDirectLevel: 'SECTION' }, body('PARTY_COMMITTEE', 'SECTION'), ['NOT_COMPETENT_LEVEL']],
      ['a cell under a section still goes to the grassroots level', { ...CELL, upperDirectLevel: 'SECTION' }, UBKT_GRASSROOTS, []],
      ['a cell’s decision sent to the upper-grassroots level skips one', CELL, body('INSPECTION_COMMISSION', 'UPPER_GRASSROOTS'), ['SKIPPED_LEVEL']],
      ['an inspection commission’s decision goes first to its own standing committee', UBKT_GRASSROOTS, BTV_GRASSROOTS, []],
      ['… not to the level above', UBKT_GRASSROOTS, body('INSPECTION_COMMISSION', 'UPPER_GRASSROOTS'), ['SKIPPED_LEVEL']],
      ['… nor to itself', UBKT_GRASSROOTS, UBKT_GRASSROOTS, ['NOT_COMPETENT_LEVEL']],
      ['a grassroots committee’s decision goes to the commune-level committee (upper-grassroots since 1/7/2025)', BTV_GRASSROOTS, body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS'), []],
      ['… or straight to the province where that is its own upper-direct level', { ...BTV_GRASSROOTS, upperDirectLevel: 'PROVINCIAL' }, body('INSPECTION_COMMISSION', 'PROVINCIAL'), []],
      ['a provincial reprimand goes to UBKTTW, its final instance', body('STANDING_COMMITTEE', 'PROVINCIAL'), UBKT_CENTRAL, []],
      ['… not to the Secretariat', body('STANDING_COMMITTEE', 'PROVINCIAL'), SECRETARIAT, ['NOT_COMPETENT_LEVEL']],
    ])('%s', (_n, decidedBy, lodgedWith, reasons) => {
      expect(reasonsOf(complaint({ lodgedWith }, { decidedBy }))).toEqual(reasons);
    });

    it('follows the ladder in force: a committee’s confirmed ladder without the upper-grassroots level sends a grassroots decision to the province', () => {
      const ladder = LADDER.map((r) => (r.level === 'GRASSROOTS' ? { ...r, upperDirect: 'PROVINCIAL' } : r));
      const facts = assessFacts({ ladder });
      expect(reasonsOf(complaint({ lodgedWith: body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS') }, { decidedBy: BTV_GRASSROOTS }), ASSESS(undefined, facts))).toEqual(['NOT_COMPETENT_LEVEL']);
      expect(reasonsOf(complaint({ lodgedWith: body('STANDING_COMMITTEE', 'PROVINCIAL') }, { decidedBy: BTV_GRASSROOTS }), ASSESS(undefined, facts))).toEqual([]);
    });

    it('refuses the assessment without a ladder or a final-instance table in force, naming the rule', () => {
      const lodged = startCase(def, complaint());
      const noLadder = assessFacts();
      const values = { ...noLadder.ruleValues, 'ORG.LEVEL_LADDER': null };
      expect(refusedBy(lodged, ASSESS(undefined, { ...noLadder, ruleValues: values }))).toEqual(['ladderKnown']);
      expect(refusedBy(lodged, ASSESS(undefined, assessFacts({ ladder: LADDER.filter((r) => r.level !== 'SECTION') })))).toEqual(['ladderKnown']);
      expect(refusedBy(lodged, ASSESS(undefined, assessFacts({ ladder: LADDER.map((r) => (r.level === 'PROVINCIAL' ? { ...r, upperDirect: 'CELL' } : r)) })))).toEqual(['ladderKnown']);
      expect(refusalText(lodged, ASSESS(undefined, { ...noLadder, ruleValues: values }))).toContain('ORG.LEVEL_LADDER');
    });

    it('giải tán has no final instance in the law found: the complaint is refused with a clear message, not treated as khai trừ', () => {
      const org = complaint({ complainant: { kind: 'ORGANISATION', name: 'Chi bộ 3' } }, { form: 'GIAI_TAN', decidedBy: BTV_GRASSROOTS });
      const lodged = startCase(def, org);
      expect(refusedBy(lodged, ASSESS())).toEqual(['finalInstanceKnown']);
      const text = refusalText(lodged, ASSESS());
      expect(text).toContain('B4.FINAL_INSTANCE');
      expect(text).toContain('Hình thức: Giải tán.');
      expect(text).toMatch(VIETNAMESE);
      // Decided at the centre, the Central Committee is final for any form.
      expect(reasonsOf({ ...org, decision: { ...org.decision, decidedBy: POLITBURO }, lodgedWith: CENTRAL_COMMITTEE })).toEqual([]);
    });
  });

  // Each form × each deciding level: the level-by-level path up to the final instance, nothing beyond it.
  describe('the ladder for each form and each level (B4.FINAL_INSTANCE)', () => {
    const LEVEL_BODIES: [string, BodyDto][] = [
      ['a cell', CELL],
      ['a section committee (đảng ủy bộ phận)', body('PARTY_COMMITTEE', 'SECTION')],
      ['a grassroots standing committee', BTV_GRASSROOTS],
      ['a commune-level standing committee', body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS')],
      ['a provincial inspection commission', body('INSPECTION_COMMISSION', 'PROVINCIAL')],
      ['a provincial standing committee', BTV_PROVINCIAL],
    ];
    const FINAL_OF: Record<string, BodyDto> = { KHIEN_TRACH: UBKT_CENTRAL, CANH_CAO: UBKT_CENTRAL, CACH_CHUC: UBKT_CENTRAL, KHAI_TRU: SECRETARIAT };
    const path = (decidedBy: BodyDto, form: DisciplineForm): string[] => {
      const out: string[] = [];
      let at: BodyDto = decidedBy;
      for (let n = nextInstance(at, decidedBy, form, RULES); n; n = nextInstance(at, decidedBy, form, RULES)) {
        at = first(n);
        out.push(`${at.kind}@${at.level}`);
        if (out.length > LEVEL_BODIES.length * 2) throw new Error('the ladder does not end');
      }
      return out;
    };
    it.each(LEVEL_BODIES.flatMap(([name, b]) => (['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'] as DisciplineForm[]).map((f) => [f, name, b] as const)))(
      '%s decided by %s: ends at its final instance, never skipping a level',
      (form, _n, decidedBy) => {
        const steps = path(decidedBy, form);
        expect(steps.at(-1)).toBe(`${FINAL_OF[form].kind}@CENTRAL`);
        // Only one central instance: the final one for the form.
        expect(steps.filter((s) => s.endsWith('@CENTRAL'))).toEqual([`${FINAL_OF[form].kind}@CENTRAL`]);
        // Levels only go up, one handling level at a time (the inspection commission's own committee first).
        const order = ['GRASSROOTS', 'UPPER_GRASSROOTS', 'PROVINCIAL', 'CENTRAL'];
        const levels = [...new Set(steps.map((s) => s.split('@')[1]))];
        expect(levels).toEqual(order.slice(order.indexOf(levels[0])));
        // Beyond the final instance: nothing.
        expect(nextInstance(FINAL_OF[form], decidedBy, form, RULES)).toBeNull();
      },
    );

    it.each<[string, DisciplineForm, BodyDto, BodyDto | undefined, boolean]>([
      ['UBKTTW is final for khiển trách decided below', 'KHIEN_TRACH', UBKT_CENTRAL, BTV_PROVINCIAL, true],
      ['UBKTTW is final for cảnh cáo decided below', 'CANH_CAO', UBKT_CENTRAL, CELL, true],
      ['UBKTTW is final for cách chức decided below', 'CACH_CHUC', UBKT_CENTRAL, BTV_GRASSROOTS, true],
      ['UBKTTW is not final for khai trừ: the Secretariat is', 'KHAI_TRU', UBKT_CENTRAL, BTV_PROVINCIAL, false],
      ['the Secretariat is final for khai trừ decided provincially and below', 'KHAI_TRU', SECRETARIAT, BTV_PROVINCIAL, true],
      ['discipline decided by UBKTTW itself goes to the Central Committee', 'CANH_CAO', UBKT_CENTRAL, undefined, false],
      ['… as does the Politburo’s', 'KHAI_TRU', POLITBURO, undefined, false],
      ['the Central Committee is final for discipline decided at the centre', 'KHAI_TRU', CENTRAL_COMMITTEE, undefined, true],
    ])('%s', (_n, form, decidedBy, originallyDecidedBy, final) => {
      const next = nextInstance(decidedBy, originallyDecidedBy ?? decidedBy, form, RULES);
      const lodgedWith = next ? first(next) : CENTRAL_COMMITTEE;
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

  it('a probationary member can only be under khiển trách or cảnh cáo: no change to cách chức, no registration under khai trừ', () => {
    const probationary = complaint({ complainant: { kind: 'MEMBER', name: 'Lê Văn C', probationary: true } });
    expect(formsForComplainant(probationary.complainant)).toEqual(['CANH_CAO', 'KHIEN_TRACH']);
    const reported = reach(probationary, ACCEPTED);
    expect(refusedBy(reported, DECIDE('CHANGED', UBKT_GRASSROOTS, 'CACH_CHUC'))).toEqual(['changedFormGiven']);
    expect(attempt(reported, DECIDE('CHANGED', UBKT_GRASSROOTS, 'KHIEN_TRACH')).kind).toBe('taken');
    expect(def.inputChecks?.({ ...probationary, decision: { ...probationary.decision, form: 'KHAI_TRU' } }, '2026-04-01T02:00:00.000Z')).toEqual([
      expect.objectContaining({ field: 'decision.form', message: expect.stringContaining('đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo') }),
    ]);
  });

  it('a missed resolution deadline (set by a secretary) is recorded; a stale one is not', () => {
    const accepted = reach(complaint(), [ASSESS()]);
    expect(refusedBy(accepted, MISSED(2))).toEqual(['currentDeadline']);
    expect(tags(play(accepted, [MISSED(1)], 2)).overdue).toBe('true');
  });
});

/** The next level's own assessment of an escalated complaint: received on the day it was lodged, in its window. */
const ASSESS_CHILD = (i: KhieuNaiInput): Step => ({
  ...ASSESS(undefined, assessFacts({ due: windowDue('2026-12-31', i.decision.receivedAt) }), vietnamDay(i.lodgedAt)),
  occurredAt: '2026-11-01T02:00:00.000Z',
});

describe('escalation up to the final level for the form', () => {
  it('opens the complaint at the computed next instance against this complaint decision, and relays its results to the case above', async () => {
    const notified = reach(complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY()]);
    // The offer: the inspection commission decided, so its own level's standing committee or committee is next.
    expect(ctx(notified).offer).toEqual({ next: { level: 'GRASSROOTS', kinds: ['STANDING_COMMITTEE', 'PARTY_COMMITTEE'] }, final: UBKT_CENTRAL });
    const escalated = play(notified, [ESCALATE(BTV_GRASSROOTS)], 5);
    expect(escalated.state).toBe('escalated');
    const [open] = effectsOf(escalated, 'openChildCase') as unknown as { procedureId: string; link: string; input: KhieuNaiInput }[];
    expect(open).toMatchObject({ procedureId: 'khieu-nai-ky-luat', link: 'COMPLAINT' });
    expect(open.input.lodgedWith).toEqual(BTV_GRASSROOTS);
    expect(open.input.decision).toEqual({ form: 'CANH_CAO', decidedBy: UBKT_GRASSROOTS, decidedAt: at(3), receivedAt: '2026-04-20', originallyDecidedBy: CELL });
    expect(await validate(plainToInstance(KhieuNaiInput, open.input), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    // The next level's own check: in time and at the right level.
    expect(reach(open.input, [ASSESS_CHILD(open.input)]).state).toBe('accepted');

    const relayed = play(escalated, [CHILD('CHANGED_KHIEN_TRACH'), CHILD('UPHELD')], 6);
    expect(relayed.state).toBe('escalated');
    expect(effectsOf(relayed, 'reportToParent')).toEqual([{ outcome: 'UPHELD' }]);
    expect(ctx(relayed).escalation?.results.map((r) => r.outcome)).toEqual(['CHANGED_KHIEN_TRACH', 'UPHELD']);
    expect(refusedBy(escalated, CHILD('UPHELD', 'DISCIPLINE'))).toEqual(['fromNextInstance']);
    expect(play(relayed, [CLOSE], 9).state).toBe('closed');
  });

  it('refuses any body other than the computed instance, and names the instance', () => {
    const notified = reach(complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY()]);
    // Skipping the grassroots standing committee, or a parallel body of another level.
    for (const wrong of [body('INSPECTION_COMMISSION', 'UPPER_GRASSROOTS'), BTV_PROVINCIAL, UBKT_GRASSROOTS, UBKT_CENTRAL]) {
      expect(refusedBy(notified, ESCALATE(wrong))).toEqual(['toNextInstance']);
    }
    // Two bodies at that instance: which one received it must be said.
    expect(refusedBy(notified, ESCALATE(undefined))).toEqual(['toNextInstance']);
    expect(refusalText(notified, ESCALATE(undefined))).toContain(
      'Cấp giải quyết kế tiếp: Ban Thường vụ cấp ủy (Cơ sở (đảng ủy cơ sở, chi bộ cơ sở)) hoặc Cấp ủy (Cơ sở (đảng ủy cơ sở, chi bộ cơ sở)).',
    );
    expect(play(notified, [ESCALATE(body('PARTY_COMMITTEE', 'GRASSROOTS'))], 5).state).toBe('escalated');
  });

  it('above a province the one instance is the final one for the form: offered, and taken without naming it', () => {
    const provincial = complaint({ lodgedWith: body('INSPECTION_COMMISSION', 'PROVINCIAL') }, { form: 'KHAI_TRU', decidedBy: body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS') });
    const notified = reach(provincial, [ASSESS(), VERIFY, REPORT, DECIDE('UPHELD', body('INSPECTION_COMMISSION', 'PROVINCIAL')), NOTIFY()]);
    expect(ctx(notified).offer?.next).toEqual({ level: 'PROVINCIAL', kinds: ['STANDING_COMMITTEE', 'PARTY_COMMITTEE'] });
    const direct = complaint({ lodgedWith: BTV_PROVINCIAL }, { form: 'KHAI_TRU', decidedBy: body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS') });
    const byBtv = reach(direct, [ASSESS(), VERIFY, REPORT, DECIDE('UPHELD', BTV_PROVINCIAL), NOTIFY()]);
    expect(ctx(byBtv).offer).toEqual({ next: { level: 'CENTRAL', kinds: ['SECRETARIAT'] }, final: SECRETARIAT });
    expect(refusedBy(byBtv, ESCALATE(UBKT_CENTRAL))).toEqual(['toNextInstance']);
    const escalated = play(byBtv, [ESCALATE(undefined)], 5);
    expect(ctx(escalated).escalation?.lodgedWith).toEqual(SECRETARIAT);
    expect((effectsOf(escalated, 'openChildCase')[0] as unknown as { input: KhieuNaiInput }).input.lodgedWith).toEqual(SECRETARIAT);
  });

  it('refuses to escalate without the rules in force, or where the table has no final instance for the form', () => {
    const notified = reach(complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY()]);
    expect(refusedBy(notified, ESCALATE(BTV_GRASSROOTS, '2026-04-25', { ruleValues: {} }))).toEqual(['ladderKnown']);
    const noCanhCao = FINALS.map((r) => ({ ...r, forms: r.forms.filter((f) => f !== 'CANH_CAO') }));
    expect(refusedBy(notified, ESCALATE(BTV_GRASSROOTS, '2026-04-25', { ruleValues: LADDER_FACTS(LADDER, noCanhCao) }))).toEqual(['finalInstanceKnown']);
    // Without rules the offer says so rather than guessing.
    expect(ctx(reach(complaint(), [...ACCEPTED, DECIDE('UPHELD'), NOTIFY('2026-04-20', { ruleValues: {} })])).offer).toEqual({ next: null, final: null, rulesMissing: true });
  });

  /** Runs a complaint from lodging to its notified decision at `lodgedWith`, then escalates to the next instance. */
  function chain(form: DisciplineForm, decidedBy: BodyDto): { bodies: string[]; last: StepResult } {
    let i = complaint({ lodgedWith: first(nextInstance(decidedBy, decidedBy, form, RULES)!) }, { form, decidedBy, receivedAt: '2026-01-10', decidedAt: '2026-01-05' });
    const bodies: string[] = [];
    for (let guard = 0; guard < 12; guard++) {
      const notified = reach(i, [ASSESS_CHILD(i), VERIFY, REPORT, DECIDE('UPHELD', i.lodgedWith), NOTIFY(at(4).slice(0, 10))]);
      bodies.push(`${i.lodgedWith.kind}@${i.lodgedWith.level}`);
      const next = ctx(notified).offer?.next;
      if (!next) return { bodies, last: notified };
      const escalated = play(notified, [ESCALATE(first(next), at(5).slice(0, 10))], 5);
      i = (effectsOf(escalated, 'openChildCase')[0] as unknown as { input: KhieuNaiInput }).input;
    }
    throw new Error('escalation did not stop');
  }

  it.each<[DisciplineForm, string]>([
    ['KHIEN_TRACH', 'INSPECTION_COMMISSION@CENTRAL'],
    ['CANH_CAO', 'INSPECTION_COMMISSION@CENTRAL'],
    ['CACH_CHUC', 'INSPECTION_COMMISSION@CENTRAL'],
    ['KHAI_TRU', 'SECRETARIAT@CENTRAL'],
  ])('%s decided by a cell climbs level by level and stops at %s; beyond it, refused', (form, final) => {
    const { bodies, last } = chain(form, CELL);
    expect(bodies).toEqual([
      'INSPECTION_COMMISSION@GRASSROOTS',
      'STANDING_COMMITTEE@GRASSROOTS',
      'INSPECTION_COMMISSION@UPPER_GRASSROOTS',
      'STANDING_COMMITTEE@UPPER_GRASSROOTS',
      'INSPECTION_COMMISSION@PROVINCIAL',
      'STANDING_COMMITTEE@PROVINCIAL',
      final,
    ]);
    expect(ctx(last).offer).toEqual({ next: null, final: { kind: final.split('@')[0], level: 'CENTRAL' } });
    expect(refusedBy(last, ESCALATE(CENTRAL_COMMITTEE))).toEqual(['notFinalInstance']);
    expect(refusedBy(last, ESCALATE(undefined))).toEqual(['notFinalInstance']);
    const closed = play(last, [CLOSE], 9);
    expect(closed.state).toBe('closed');
    expect(tags(closed).finalInstance).toBe('true');
  });

  it('nothing to escalate once the discipline is annulled', () => {
    const notified = reach(complaint(), [...ACCEPTED, DECIDE('ANNULLED'), NOTIFY()]);
    expect(refusedBy(notified, ESCALATE(BTV_GRASSROOTS))).toEqual(['notAnnulled']);
  });

  it('a form changed by the final instance ends the ladder; a form changed below it moves the final instance', () => {
    const i = complaint({ lodgedWith: UBKT_CENTRAL }, { form: 'KHAI_TRU', decidedBy: BTV_PROVINCIAL });
    // A khai trừ from a province goes to the Secretariat, not UBKTTW.
    expect(reasonsOf(i)).toEqual(['NOT_COMPETENT_LEVEL']);
    const atSecretariat = complaint({ lodgedWith: SECRETARIAT }, { form: 'KHAI_TRU', decidedBy: BTV_PROVINCIAL });
    const changed = reach(atSecretariat, [ASSESS(), VERIFY, REPORT, DECIDE('CHANGED', SECRETARIAT, 'CANH_CAO'), NOTIFY()]);
    expect(ctx(changed).decision?.formInForce).toBe('CANH_CAO');
    // The final instance for the form complained against has decided: no further complaint about the new form.
    expect(ctx(changed).offer).toEqual({ next: null, final: SECRETARIAT });
    expect(refusedBy(changed, ESCALATE(UBKT_CENTRAL))).toEqual(['notFinalInstance']);
    // Below it, a changed form moves the final instance: a province changing khai trừ to cảnh cáo sends it to UBKTTW.
    const atProvince = complaint({ lodgedWith: BTV_PROVINCIAL }, { form: 'KHAI_TRU', decidedBy: body('STANDING_COMMITTEE', 'UPPER_GRASSROOTS') });
    const lighter = reach(atProvince, [ASSESS(), VERIFY, REPORT, DECIDE('CHANGED', BTV_PROVINCIAL, 'CANH_CAO'), NOTIFY()]);
    expect(ctx(lighter).offer).toEqual({ next: { level: 'CENTRAL', kinds: ['INSPECTION_COMMISSION'] }, final: UBKT_CENTRAL });
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

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type], 50), systemEvents: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'],
  states: REACHABLE.map(([state, i, steps, allowed]) => ({ state, allowed, reach: () => reach(i, steps) })),
  // The eventless routing after the admissibility assessment: no case rests there.
  transientLeaves: ['assessed'],
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

  it('refuses an upper-direct level that is not above the body', () => {
    expect(def.inputChecks?.(complaint({}, { decidedBy: { ...BTV_GRASSROOTS, upperDirectLevel: 'GRASSROOTS' } }), NOW)).toEqual([
      { field: 'decision.decidedBy.upperDirectLevel', message: 'Cấp trên trực tiếp (Cơ sở (đảng ủy cơ sở, chi bộ cơ sở)) phải cao hơn cấp của tổ chức (Cơ sở (đảng ủy cơ sở, chi bộ cơ sở))' },
    ]);
    expect(def.inputChecks?.(complaint({}, { decidedBy: { ...CELL, upperDirectLevel: 'SECTION' } }), NOW)).toEqual([]);
  });
});


describe('labels, messages and event specs', () => {
  it('while a complaint is pending, the state’s label says the decision stays in force', () => {
    for (const s of ['lodged', 'accepted', 'verifying']) expect(def.stateLabels[s]).toMatch(/vẫn có hiệu lực/);
  });

  it('the rules and the window are asked as facts on the legal date; the decision is apart from the report', () => {
    expect(def.events.ASSESS_ADMISSIBILITY.facts).toEqual([
      { fact: 'ruleValues', keys: ['ORG.LEVEL_LADDER', 'B4.FINAL_INSTANCE', 'B4.NOT_ACCEPTED_GROUNDS'] },
      { fact: 'dueDate', key: 'filingWindow', ruleKey: 'B4.FILING_WINDOW', start: expect.any(Function) },
    ]);
    const window = def.events.ASSESS_ADMISSIBILITY.facts![1] as { start: (c: unknown, p: unknown) => string | undefined };
    expect(window.start(ctx(startCase(def, complaint())), {})).toBe('2026-01-10');
    for (const type of ['NOTIFY_COMPLAINANT', 'ESCALATE', 'CLOSE']) expect(def.events[type].facts).toEqual([{ fact: 'ruleValues', keys: ['ORG.LEVEL_LADDER', 'B4.FINAL_INSTANCE'] }]);
    // Every event that records a dated act resolves its rules on that date.
    expect(def.events.ASSESS_ADMISSIBILITY.legalDate).toEqual(['receivedAt']);
    expect(def.events.NOTIFY_COMPLAINANT.legalDate).toEqual(['receivedAt']);
    expect(def.events.ESCALATE.legalDate).toEqual(['lodgedAt']);
    expect(def.events.DECIDE.separateFrom).toEqual({ preparedBy: ['SUBMIT_REPORT'], bypassRoles: ['SECRETARY'] });
  });
});
