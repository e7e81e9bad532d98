// Pure machine tests for the admission procedure (kết nạp đảng viên), driven through the engine functions the service uses.
// Domain reference: docs/domain/procedures.md §9 (eligibility, introducers, dossier, deadlines, votes, M0–M19).
import 'reflect-metadata';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { DeadlineDueFact, DossierItemFact, EventFacts, PersonHistoryFact, RuleValueFact } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { ADMISSION_RULES } from '../../migrations/1795302100000-AdmissionRules';
import { EXCLUSIONS_24 } from '../../migrations/1795302000000-DisciplineRules';
import { DOSSIER_STAGES, dossierChecklist, dossierRules, FORM_CODES, type DossierConditions, type DossierRequirement, type DossierStage, type FormCode } from './ket-nap-dang-vien.dossier';
import type { AdmissionInput, RosterMemberDto } from './ket-nap-dang-vien.events';
import { ketNapDangVienV1 as def } from './ket-nap-dang-vien.procedure';
import type { ContextKnd, EventKnd } from './ket-nap-dang-vien.types';

type EventType = EventKnd['type'];

// ---------------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------------

const INPUT: AdmissionInput = {
  personId: '7a1c6c3e-2b9f-4d51-8e0a-3f6b2c9d4e10',
  fullName: 'Trần Thị Bình',
  dateOfBirth: '2000-05-10',
  educationLevel: 'UPPER_SECONDARY',
  youthUnionInUnit: false,
  youthUnionMember: false,
  tradeUnionInUnit: false,
  tradeUnionMember: false,
  cellName: 'Chi bộ Khu phố 3',
  hasSectionCommittee: false,
  grassrootsCommittee: { name: 'Đảng ủy phường Bến Thành', level: 'GRASSROOTS' },
  grassrootsAuthorisedToAdmit: true,
  route: 'NORMAL',
  listedOn: '2024-01-10',
};
const with_ = (over: Partial<AdmissionInput>): AdmissionInput => ({ ...INPUT, ...over });
const NOT_AUTHORISED = with_({ grassrootsAuthorisedToAdmit: false, competentCommittee: { name: 'Ban Thường vụ Quận ủy Quận 1', level: 'UPPER_GRASSROOTS' } });
const WITH_SECTION = with_({ hasSectionCommittee: true, sectionCommittee: { name: 'Đảng ủy bộ phận Khối cơ quan', level: 'SECTION' } });

const rule = (ruleId: string, value: number | null, unit: RuleValueFact['unit'], startEvent?: string): RuleValueFact => ({
  ruleId, value, unit, legalBasis: 'Hướng dẫn 06-HD/TW', confidence: 'UNVERIFIED', ...(startEvent ? { startEvent } : {}),
});
/** A row of migrations/1795302100000-AdmissionRules in force on a date, as the resolver hands it to the machine. */
function seeded(key: string, on = '2026-01-01'): RuleValueFact | null {
  const r = ADMISSION_RULES.find((x) => x.key === key && x.effectiveFrom <= on && (x.effectiveTo === null || on < x.effectiveTo));
  if (!r) return null;
  return {
    ruleId: r.id, value: r.value, data: r.data ?? null, unit: r.unit as RuleValueFact['unit'], legalBasis: r.legalBasis, confidence: r.confidence,
    startEvent: r.startEvent, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, resolvedOn: on,
  };
}
const SEEDED_KEYS = [...new Set(ADMISSION_RULES.map((r) => r.key))];
/** The law as seeded today, and the rows of 1795246700000-LegalTimeData the machine reads (values as seeded there). */
const RULES: Record<string, RuleValueFact | null> = {
  ...Object.fromEntries(SEEDED_KEYS.map((k) => [k, seeded(k)])),
  'C.CERT_VALIDITY': rule('r1', 60, 'MONTHS'),
  'C.INTRODUCER_COWORK': rule('r3', 12, 'MONTHS'),
  'C.PROBATION': rule('r4', 12, 'MONTHS'),
  'C.CEREMONY': rule('r5', 30, 'WORKING_DAYS', 'Ngày nhận quyết định kết nạp'),
  // migrations/1795302000000-DisciplineRules: who neither votes nor counts (24-QĐ/TW §9.3.2).
  'VOTE.DENOMINATOR_EXCLUSIONS': { ruleId: 'r6', value: null, data: EXCLUSIONS_24, unit: 'LIST', legalBasis: 'Quy định 24-QĐ/TW, mục 9.3.2', confidence: 'UNVERIFIED' },
};
const withRules = (over: Record<string, RuleValueFact | null>): Record<string, RuleValueFact | null> => ({ ...RULES, ...over });
const share = (numerator: number, denominator: number, strict = false): RuleValueFact => ({
  ruleId: 'x', value: null, data: { numerator, denominator, strict }, unit: 'FRACTION', legalBasis: 'Quyết định của cấp ủy (thử)', confidence: 'STATED',
});
const NOT_FOUND = (key: string): RuleValueFact => ({ ...seeded(key, '2024-01-01')!, resolvedOn: '2024-07-01' });
/** A deadline as stored: due on `dueDate`, extensions used out of the rule's one. */
const due = (ruleKey: string, startDate: string, dueDate: string | null, extensionsUsed = 0): DeadlineDueFact => ({
  ruleKey, generation: 1, status: 'PENDING', startDate, dueDate, extensionsUsed, extensionsAllowed: 1,
});
const DUE: Record<string, DeadlineDueFact> = {
  admissionDecision: due('C.DECISION_ADMIT', '2024-07-01', '2024-09-24'),
  ceremony: due('C.CEREMONY', '2024-08-05', '2024-09-16'),
  recognitionDecision: due('C.DECISION_RECOGNISE', '2025-09-01', '2025-10-14'),
};
const doc = (formCode: string, stamped = true, n = 0): DossierItemFact => ({
  attachmentId: `a-${formCode}-${n}`, formCode, documentDate: '2024-06-01', author: 'x', stampedAcrossPages: stamped, sha256: 'f'.repeat(64), uploadedAt: '2024-06-01T00:00:00Z',
});
/** Every form, two introducer letters: complete for any stage of a two-member introduction. */
const FULL_DOSSIER = [...FORM_CODES.map((c) => doc(c)), doc('3-KNĐ', true, 1)];
const without = (...codes: string[]) => FULL_DOSSIER.filter((d) => !codes.includes(d.formCode));
const NEW_PERSON: PersonHistoryFact = { personId: INPUT.personId, status: 'NON_MEMBER', memberships: [], admissionCases: [] };
const facts = (over: Partial<EventFacts> = {}): EventFacts => ({
  ruleValues: RULES, dossier: { items: FULL_DOSSIER }, personHistory: NEW_PERSON, deadlineDue: DUE, ...over,
});

interface Step {
  type: EventType;
  payload?: unknown;
  occurredAt?: string;
  facts?: EventFacts;
  actorId?: string;
}
const LATER = '2030-06-01T03:00:00.000Z';

const members = (full: number, probationary = 0): RosterMemberDto[] => [
  ...Array.from({ length: full }, (_, i) => ({ id: `f${i}`, status: 'FULL' as const })),
  ...Array.from({ length: probationary }, (_, i) => ({ id: `p${i}`, status: 'PROBATIONARY' as const })),
];
const tally = (approve: number, reject: number, invalid = 0) => ({ approve, reject, invalid, cast: approve + reject + invalid });

const ENROL: Step = { type: 'ENROL_AWARENESS_COURSE', payload: { enrolledOn: '2024-02-01' } };
const CERT = (issuedOn = '2024-03-15'): Step => ({ type: 'RECORD_AWARENESS_CERTIFICATE', payload: { issuedOn } });
const APPLY: Step = { type: 'SUBMIT_APPLICATION', payload: { submittedOn: '2024-04-01' } };
const DECLARE: Step = { type: 'DECLARE_BACKGROUND', payload: { declaredOn: '2024-04-10' } };
const PERSONS = [
  { key: 'self', relation: 'APPLICANT', fullName: INPUT.fullName },
  { key: 'cha', relation: 'FATHER', fullName: 'Trần Văn Cường', partyMember: true },
  { key: 'me', relation: 'MOTHER', fullName: 'Lê Thị Dung', partyMember: false },
  { key: 'vo', relation: 'SPOUSE', fullName: 'Phạm Văn Em', partyMember: true },
];
const START_VERIFY = (persons: unknown[] = PERSONS, items: DossierItemFact[] = FULL_DOSSIER): Step => ({
  type: 'START_VERIFICATION', payload: { persons }, facts: facts({ dossier: { items } }),
});
const REQUEST = (personKey: string, requestedOn = '2024-05-01'): Step => ({
  type: 'REQUEST_VERIFICATION', payload: { personKey, unitAsked: 'Đảng ủy xã An Phú', requestedOn, method: 'LETTER' },
});
const ANSWER = (personKey: string, answeredOn = '2024-05-20'): Step => ({
  type: 'RECORD_VERIFICATION_ANSWER', payload: { personKey, answeredOn, finding: 'NO_ISSUE', summary: 'Không có vấn đề về chính trị.' }, actorId: 'office-1',
});
const EXEMPT = (personKey: string): Step => ({
  type: 'EXEMPT_VERIFICATION', payload: { personKey, relativeIsPartyMember: true, fullyDeclared: true, note: 'Cha là đảng viên, đã khai đầy đủ.' },
});
const CERTIFY: Step = { type: 'CERTIFY_BACKGROUND', payload: { certifiedOn: '2024-06-01', cellComment: 'Lý lịch khai đầy đủ, trung thực.' } };
const MEMBER_INTRO = (key: string, over: Record<string, unknown> = {}): Step => ({
  type: 'RECORD_INTRODUCER',
  payload: { key, kind: 'PARTY_MEMBER', name: `Đảng viên ${key}`, introducedOn: '2024-06-10', fullMember: true, coworkingSince: '2022-01-01', ...over },
});
const UNION_INTRO = (kind: 'YOUTH_UNION_EXECUTIVE' | 'TRADE_UNION_EXECUTIVE'): Step => ({
  type: 'RECORD_INTRODUCER', payload: { key: 'doan', kind, name: 'Ban Chấp hành cơ sở', introducedOn: '2024-06-10' },
});
const MEETING = '2024-07-01';
const CELL_VOTE = (over: { meetingDate?: string; approve?: number; full?: number; probationary?: number; facts?: EventFacts; tally?: unknown } = {}): Step => {
  const full = over.full ?? 9;
  const approve = over.approve ?? 6;
  return {
    type: 'CELL_VOTE',
    payload: { meetingDate: over.meetingDate ?? MEETING, members: members(full, over.probationary ?? 2), tally: over.tally ?? tally(approve, full - approve) },
    facts: over.facts ?? facts(),
  };
};
const GRASSROOTS_VOTE = (approve = 4, total = 5, items = FULL_DOSSIER): Step => ({
  type: 'GRASSROOTS_VOTE', payload: { meetingDate: '2024-07-15', members: members(total), tally: tally(approve, total - approve) }, facts: facts({ dossier: { items } }),
});
const SECTION: Step = { type: 'RECORD_SECTION_APPRAISAL', payload: { appraisedOn: '2024-07-08', favourable: true, summary: 'Đủ điều kiện.' } };
const DECIDE = (over: Record<string, unknown> = {}, items = FULL_DOSSIER): Step => ({
  type: 'DECIDE_ADMISSION', payload: { admitted: true, decisionDate: '2024-08-01', decisionRef: '123-QĐ/ĐU', ...over }, facts: facts({ dossier: { items } }),
});
const RECEIPT: Step = { type: 'RECORD_DECISION_RECEIPT', payload: { receivedOn: '2024-08-05' } };
const CEREMONY_DATE = '2024-08-20';
const CEREMONY: Step = { type: 'HOLD_CEREMONY', payload: { ceremonyDate: CEREMONY_DATE } };
const PROBATION_END = '2025-08-20';
const MISSED = (key: string, generation = 1): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation } });
const REVIEW = (asOf = PROBATION_END): Step => ({ type: 'START_RECOGNITION_REVIEW', payload: { asOf } });
const RECOGNITION_VOTE = (proposal: 'RECOGNISE' | 'STRIKE_OFF' = 'RECOGNISE', approve = 6, items = FULL_DOSSIER, meetingDate = '2025-09-01'): Step => ({
  type: 'CELL_RECOGNITION_VOTE',
  // The probationary member under review is on the cell's list and never counts.
  payload: { proposal, meetingDate, members: members(9, 1), tally: tally(approve, 9 - approve) },
  facts: facts({ dossier: { items } }),
});
const DECIDE_RECOGNITION = (decision: 'RECOGNISE' | 'STRIKE_OFF' = 'RECOGNISE', decisionDate = '2025-10-01', items = FULL_DOSSIER, over = {}): Step => ({
  type: 'DECIDE_RECOGNITION', payload: { decision, decisionDate, ...over }, facts: facts({ dossier: { items } }),
});

/** A valid payload for every event type, so that a refusal can only come from the state. */
const SAMPLE: Record<EventType, Step> = {
  ASSIGN_MENTOR: { type: 'ASSIGN_MENTOR', payload: { mentorName: 'Nguyễn Văn Giang', assignedOn: '2024-01-15' } },
  ENROL_AWARENESS_COURSE: ENROL,
  RECORD_AWARENESS_CERTIFICATE: CERT(),
  SUBMIT_APPLICATION: APPLY,
  DECLARE_BACKGROUND: DECLARE,
  START_VERIFICATION: START_VERIFY(),
  REQUEST_VERIFICATION: REQUEST('self'),
  RECORD_VERIFICATION_ANSWER: ANSWER('self'),
  EXEMPT_VERIFICATION: EXEMPT('cha'),
  CERTIFY_BACKGROUND: CERTIFY,
  RECORD_INTRODUCER: MEMBER_INTRO('z'),
  RECORD_OVER_60_CONSENT: { type: 'RECORD_OVER_60_CONSENT', payload: { consentedOn: '2024-06-20', documentRef: '45-CV/TU', body: 'Ban Thường vụ Thành ủy' } },
  RECORD_READMISSION_CONSENT: { type: 'RECORD_READMISSION_CONSENT', payload: { consentedOn: '2024-07-10', documentRef: '46-CV/TU', body: 'Ban Thường vụ Thành ủy' } },
  WITHDRAW: { type: 'WITHDRAW', payload: { reason: 'Người vào Đảng rút đơn.' } },
  CELL_VOTE: CELL_VOTE(),
  RECORD_SECTION_APPRAISAL: SECTION,
  GRASSROOTS_VOTE: GRASSROOTS_VOTE(),
  EXTEND_ADMISSION_DECISION: { type: 'EXTEND_ADMISSION_DECISION', payload: { extendedOn: '2024-07-20', reason: 'Cần thẩm tra bổ sung.' } },
  DECIDE_ADMISSION: DECIDE(),
  RECORD_DECISION_RECEIPT: RECEIPT,
  RECORD_LATE_CEREMONY_AGREEMENT: { type: 'RECORD_LATE_CEREMONY_AGREEMENT', payload: { agreedOn: '2024-10-01', documentRef: '9-CV/QU', reason: 'Người vào Đảng đi công tác.' } },
  HOLD_CEREMONY: CEREMONY,
  RECORD_MEMBER_RECORD: { type: 'RECORD_MEMBER_RECORD', payload: { declaredOn: '2024-09-10' } },
  START_RECOGNITION_REVIEW: REVIEW(),
  CELL_RECOGNITION_VOTE: RECOGNITION_VOTE(),
  EXTEND_RECOGNITION_DECISION: { type: 'EXTEND_RECOGNITION_DECISION', payload: { extendedOn: '2025-09-15', reason: 'Chờ ý kiến cấp trên.' } },
  DECIDE_RECOGNITION: DECIDE_RECOGNITION(),
  UPPER_DECIDE_RECOGNITION: { type: 'UPPER_DECIDE_RECOGNITION', payload: { decision: 'STRIKE_OFF', decisionDate: '2025-12-01' } },
  DEADLINE_MISSED: MISSED('admissionDecision'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

// ---------------------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------------------

const toEvent = (s: Step): MachineEvent => ({
  type: s.type, payload: s.payload ?? {}, actorId: s.actorId ?? 'u1', occurredAt: s.occurredAt ?? LATER, facts: s.facts ?? facts(),
});

function play(input: AdmissionInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}": ${JSON.stringify(outcome)} ${detail(results[results.length - 1], s)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (input: AdmissionInput, steps: readonly Step[]): StepResult => play(input, steps).at(-1)!;
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
function taken(outcome: StepOutcome): StepResult {
  if (outcome.kind !== 'taken') throw new Error(`expected taken, got ${JSON.stringify(outcome)}`);
  return outcome;
}
/** The reasons a person would read for a refused step (the guard messages with what each found). */
function detail(from: StepResult, s: Step): string {
  const outcome = attempt(from, s);
  return outcome.kind === 'guard-refused' ? refusalReasons(def, from.snapshot, toEvent(s), outcome.guards).join(' ') : '';
}
function refused(from: StepResult, s: Step): string {
  const outcome = attempt(from, s);
  expect(outcome.kind).toBe('guard-refused');
  return detail(from, s);
}
const ctx = (r: StepResult) => r.snapshot.context as ContextKnd;
const tags = (r: StepResult) => def.project(r.state, r.snapshot.context).tags;

// ---------------------------------------------------------------------------------------------------------------
// Prefixes
// ---------------------------------------------------------------------------------------------------------------

const TO_VERIFICATION: Step[] = [ENROL, CERT(), APPLY, DECLARE, START_VERIFY()];
const VERIFIED: Step[] = [REQUEST('self'), ANSWER('self'), REQUEST('me'), ANSWER('me'), EXEMPT('cha'), REQUEST('vo'), ANSWER('vo')];
const TO_INTRODUCTIONS: Step[] = [...TO_VERIFICATION, ...VERIFIED, CERTIFY, MEMBER_INTRO('a'), MEMBER_INTRO('b')];
const TO_GRASSROOTS: Step[] = [...TO_INTRODUCTIONS, CELL_VOTE()];
const TO_DECISION: Step[] = [...TO_GRASSROOTS, GRASSROOTS_VOTE()];
const TO_CEREMONY: Step[] = [...TO_DECISION, DECIDE(), RECEIPT];
const TO_PROBATION: Step[] = [...TO_CEREMONY, CEREMONY];
const TO_REVIEW: Step[] = [...TO_PROBATION, MISSED('probation')];
const TO_RECOGNITION_DECISION: Step[] = [...TO_REVIEW, RECOGNITION_VOTE()];

// ---------------------------------------------------------------------------------------------------------------
// 1. Paths
// ---------------------------------------------------------------------------------------------------------------

describe('paths', () => {
  it('goes from the source list to full member through every stage, with the stage tag at each step', () => {
    const results = play(INPUT, [...TO_RECOGNITION_DECISION, DECIDE_RECOGNITION()]);
    const trail = results.map((r) => `${r.state} ${tags(r).stage}`);
    expect(trail).toEqual([
      'sourceList PREPARATION',
      'awarenessCourse PREPARATION',
      'awarenessCourse PREPARATION',
      'applicationSubmitted PREPARATION',
      'backgroundDeclared VERIFICATION',
      ...Array(1 + VERIFIED.length).fill('verification VERIFICATION'),
      'backgroundCertified CELL',
      'introductionsAndComments CELL',
      'introductionsAndComments CELL',
      'grassrootsVote COMMITTEES',
      'awaitingDecision COMMITTEES',
      'admissionDecided CEREMONY',
      'ceremonyPending CEREMONY',
      'probationary PROBATION',
      'recognitionReview RECOGNITION',
      'awaitingRecognitionDecision RECOGNITION',
      'fullMember CLOSED',
    ]);
    const last = results.at(-1)!;
    expect(last.done).toBe(true);
    expect(def.project(last.state, last.snapshot.context)).toMatchObject({
      reportCategory: 'FULL_MEMBER', tags: { outcome: 'FULL_MEMBER', decidedBy: 'GRASSROOTS_AUTHORISED', route: 'NORMAL' }, receivedAt: '2024-01-10',
    });
    for (const type of ALL_EVENTS) expect(attempt(last, SAMPLE[type])).toEqual({ kind: 'not-allowed', allowed: [] });
  });

  it('with a section committee, appraises (7-KNĐ) before the grassroots vote, and needs 7-KNĐ for it', () => {
    const appraising = reach(WITH_SECTION, TO_GRASSROOTS);
    expect(appraising.state).toBe('sectionAppraisal');
    const voting = taken(attempt(appraising, SECTION));
    expect(voting.state).toBe('grassrootsVote');
    expect(refused(voting, GRASSROOTS_VOTE(4, 5, without('7-KNĐ')))).toContain('7-KNĐ (Báo cáo thẩm định của đảng ủy bộ phận)');
    expect(taken(attempt(voting, GRASSROOTS_VOTE())).state).toBe('awaitingDecision');
  });

  it('a grassroots committee not authorised proposes up, and the competent committee may decide no', () => {
    const proposed = reach(NOT_AUTHORISED, TO_DECISION);
    expect(proposed.state).toBe('awaitingDecision');
    expect(proposed.effects).toEqual([{ type: 'notify', params: { template: 'ket-nap.proposal', audiences: ['UPPER_COMMITTEE'] } }]);
    const no = taken(attempt(proposed, DECIDE({ admitted: false })));
    expect(no.state).toBe('notAdmitted');
    expect(tags(no)).toMatchObject({ outcome: 'NOT_ADMITTED_BY_DECISION', decidedBy: 'COMPETENT_COMMITTEE' });
    expect(no.effects).toContainEqual({ type: 'notify', params: { template: 'ket-nap.decision', audiences: ['UNIT'] } });
  });

  it('an authorised grassroots committee decides by its vote: no authorised vote is announced up, and its decision cannot say no', () => {
    const decided = reach(INPUT, TO_DECISION);
    expect(decided.effects).toEqual([]);
    expect(refused(decided, DECIDE({ admitted: false }))).toContain('Đảng ủy cơ sở được ủy quyền đã biểu quyết kết nạp');
  });

  it.each([
    [INPUT, 'NOT_ADMITTED_BY_GRASSROOTS'],
    [NOT_AUTHORISED, 'NOT_PROPOSED_BY_GRASSROOTS'],
  ] as const)('a grassroots vote below 2/3 ends the case (%#) and closes the decision deadline', (input, outcome) => {
    const r = reach(input, [...TO_GRASSROOTS, GRASSROOTS_VOTE(3, 5)]);
    expect(r.state).toBe('notAdmitted');
    expect(tags(r).outcome).toBe(outcome);
    expect(r.effects).toEqual([
      { type: 'cancelDeadline', params: { key: 'admissionDecision', at: LATER } },
      { type: 'notify', params: { template: 'ket-nap.not-admitted', audiences: ['UNIT'] } },
    ]);
  });

  it('the file may be withdrawn before the cell votes, not after', () => {
    const r = reach(INPUT, [...TO_VERIFICATION, SAMPLE.WITHDRAW]);
    expect(r.state).toBe('notAdmitted');
    expect(tags(r).outcome).toBe('WITHDRAWN');
    expect(attempt(reach(INPUT, TO_GRASSROOTS), SAMPLE.WITHDRAW).kind).toBe('not-allowed');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Allowed and forbidden events in every resting state
// ---------------------------------------------------------------------------------------------------------------

describe('events offered in each state', () => {
  const PREP: EventType[] = ['DEADLINE_MISSED', 'WITHDRAW'];
  const table: [state: string, input: AdmissionInput, steps: Step[], allowed: EventType[]][] = [
    ['sourceList', INPUT, [], [...PREP, 'ASSIGN_MENTOR', 'ENROL_AWARENESS_COURSE', 'RECORD_AWARENESS_CERTIFICATE']],
    ['awarenessCourse', INPUT, [ENROL], [...PREP, 'ASSIGN_MENTOR', 'RECORD_AWARENESS_CERTIFICATE', 'SUBMIT_APPLICATION']],
    ['applicationSubmitted', INPUT, [ENROL, CERT(), APPLY], [...PREP, 'DECLARE_BACKGROUND', 'RECORD_AWARENESS_CERTIFICATE']],
    ['backgroundDeclared', INPUT, [ENROL, CERT(), APPLY, DECLARE], [...PREP, 'RECORD_AWARENESS_CERTIFICATE', 'START_VERIFICATION']],
    ['verification', INPUT, TO_VERIFICATION, [...PREP, 'CERTIFY_BACKGROUND', 'EXEMPT_VERIFICATION', 'RECORD_AWARENESS_CERTIFICATE', 'RECORD_VERIFICATION_ANSWER', 'REQUEST_VERIFICATION']],
    ['backgroundCertified', INPUT, [...TO_VERIFICATION, ...VERIFIED, CERTIFY], [...PREP, 'RECORD_AWARENESS_CERTIFICATE', 'RECORD_INTRODUCER']],
    ['introductionsAndComments', INPUT, TO_INTRODUCTIONS, [...PREP, 'CELL_VOTE', 'RECORD_AWARENESS_CERTIFICATE', 'RECORD_INTRODUCER']],
    ['sectionAppraisal', WITH_SECTION, TO_GRASSROOTS, ['DEADLINE_MISSED', 'EXTEND_ADMISSION_DECISION', 'RECORD_SECTION_APPRAISAL']],
    ['grassrootsVote', INPUT, TO_GRASSROOTS, ['DEADLINE_MISSED', 'EXTEND_ADMISSION_DECISION', 'GRASSROOTS_VOTE']],
    ['awaitingDecision', INPUT, TO_DECISION, ['DEADLINE_MISSED', 'DECIDE_ADMISSION', 'EXTEND_ADMISSION_DECISION']],
    ['admissionDecided', INPUT, [...TO_DECISION, DECIDE()], ['DEADLINE_MISSED', 'RECORD_DECISION_RECEIPT']],
    ['ceremonyPending', INPUT, TO_CEREMONY, ['DEADLINE_MISSED', 'HOLD_CEREMONY', 'RECORD_LATE_CEREMONY_AGREEMENT']],
    ['probationary', INPUT, TO_PROBATION, ['ASSIGN_MENTOR', 'DEADLINE_MISSED', 'RECORD_MEMBER_RECORD', 'START_RECOGNITION_REVIEW']],
    ['recognitionReview', INPUT, TO_REVIEW, ['CELL_RECOGNITION_VOTE', 'DEADLINE_MISSED', 'RECORD_MEMBER_RECORD']],
    ['awaitingRecognitionDecision', INPUT, TO_RECOGNITION_DECISION, ['DEADLINE_MISSED', 'DECIDE_RECOGNITION', 'EXTEND_RECOGNITION_DECISION']],
    ['escalatedToUpper', INPUT, [...TO_REVIEW, RECOGNITION_VOTE('RECOGNISE', 5), RECOGNITION_VOTE('RECOGNISE', 5), RECOGNITION_VOTE('RECOGNISE', 5)], ['DEADLINE_MISSED', 'UPPER_DECIDE_RECOGNITION']],
  ];

  describe.each(table)('%s', (state, input, steps, allowed) => {
    let r: StepResult;
    beforeAll(() => {
      r = reach(input, steps);
    });
    it('is reached and offers exactly its events', () => {
      expect(r.state).toBe(state);
      expect(availableEvents(def, r.snapshot)).toEqual([...allowed].sort());
    });
    it('refuses every other event as not allowed here', () => {
      for (const type of ALL_EVENTS.filter((t) => !allowed.includes(t))) {
        expect(attempt(r, SAMPLE[type])).toMatchObject({ kind: 'not-allowed' });
      }
    });
  });

  it('offers the over-60 consent only on the provincial route', () => {
    const provincial = startCase(def, with_({ route: 'PROVINCIAL_OVER_60' }));
    expect(availableEvents(def, provincial.snapshot)).toContain('RECORD_OVER_60_CONSENT');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Eligibility at the cell's meeting
// ---------------------------------------------------------------------------------------------------------------

describe('eligibility at the cell vote', () => {
  const atVote = (input: AdmissionInput, extra: Step[] = []) => reach(input, [...TO_INTRODUCTIONS, ...extra]);

  describe('age, counted in months at the meeting date (2024-07-01)', () => {
    it.each([
      ['the day before the 18th birthday', '2006-07-02', 'AGE_UNDER_18'],
      ['the 18th birthday', '2006-07-01', null],
      ['exactly 60 years 0 months', '1964-07-01', null],
      ['60 years 0 months and 30 days', '1964-06-02', null],
      ['60 years 1 month', '1964-06-01', 'AGE_OVER_60'],
    ])('%s (born %s)', (_name, dateOfBirth, problem) => {
      const r = atVote(with_({ dateOfBirth }));
      if (problem === null) expect(taken(attempt(r, CELL_VOTE())).state).toBe('grassrootsVote');
      else {
        const text = refused(r, CELL_VOTE());
        expect(text).toContain(problem === 'AGE_UNDER_18' ? 'Chưa đủ 18 tuổi' : 'Quá 60 tuổi');
        // The basis of the row in force, as the message cites it.
        expect(text).toContain(RULES[problem === 'AGE_UNDER_18' ? 'C.AGE_MIN' : 'C.AGE_MAX']!.legalBasis);
      }
    });

    it('the day before the 18th birthday reads as 17 years 11 months, with the date the applicant turns 18', () => {
      const text = refused(atVote(with_({ dateOfBirth: '2006-07-02' })), CELL_VOTE());
      expect(text).toContain('17 tuổi 11 tháng');
      expect(text).toContain('đủ 18 tuổi từ ngày 02/07/2024');
    });

    it('over 60: refused on the provincial route without the prior consent, accepted with it', () => {
      const provincial = with_({ dateOfBirth: '1964-06-01', route: 'PROVINCIAL_OVER_60' });
      expect(refused(atVote(provincial), CELL_VOTE())).toContain('văn bản đồng ý trước của Ban Thường vụ');
      // A consent dated after the meeting is not prior.
      const late = { ...SAMPLE.RECORD_OVER_60_CONSENT, payload: { consentedOn: '2024-07-02', documentRef: '45-CV/TU', body: 'Ban Thường vụ Thành ủy' } };
      expect(attempt(atVote(provincial, [late]), CELL_VOTE()).kind).toBe('guard-refused');
      expect(taken(attempt(atVote(provincial, [SAMPLE.RECORD_OVER_60_CONSENT]), CELL_VOTE())).state).toBe('grassrootsVote');
      expect(tags(atVote(provincial)).route).toBe('PROVINCIAL_OVER_60');
    });

    it('the consent is not offered on the normal route', () => {
      expect(attempt(atVote(INPUT), SAMPLE.RECORD_OVER_60_CONSENT).kind).toBe('not-allowed');
    });
  });

  it('education below lower-secondary is refused unless an exception area is recorded', () => {
    expect(refused(atVote(with_({ educationLevel: 'PRIMARY' })), CELL_VOTE())).toContain('trung học cơ sở');
    expect(attempt(atVote(with_({ educationLevel: 'PRIMARY', educationException: 'MOUNTAINOUS' })), CELL_VOTE()).kind).toBe('taken');
  });

  describe('awareness certificate: 60 months from the issue day', () => {
    it('issued 2019-07-02: last valid day 2024-07-01, the meeting day → accepted', () => {
      expect(attempt(reach(INPUT, [...TO_INTRODUCTIONS, CERT('2019-07-02')]), CELL_VOTE()).kind).toBe('taken');
    });
    it('issued 2019-07-01: valid to 2024-06-30, the day after is refused; a new certificate lets the vote through', () => {
      const expired = reach(INPUT, [...TO_INTRODUCTIONS, CERT('2019-07-01')]);
      expect(refused(expired, CELL_VOTE())).toContain('đến hết ngày 30/06/2024');
      expect(attempt(taken(attempt(expired, CERT('2024-06-25'))), CELL_VOTE()).kind).toBe('taken');
    });
    it('a missing rule value refuses rather than guessing', () => {
      const noRule = facts({ ruleValues: { ...RULES, 'C.CERT_VALIDITY': null as unknown as RuleValueFact } });
      expect(refused(atVote(INPUT), CELL_VOTE({ facts: noRule }))).toContain('C.CERT_VALIDITY');
    });
  });

  describe('readmission (Quy định 232 §3.5)', () => {
    const former = (endedOn: string): PersonHistoryFact => ({
      ...NEW_PERSON, status: 'STRUCK_OFF', memberships: [{ admittedOn: '2010-01-01', recognisedOn: '2011-01-01', endedOn, endReason: 'STRUCK_OFF' }],
    });
    const vote = (history: PersonHistoryFact) => CELL_VOTE({ facts: facts({ personHistory: history }) });

    it('36 months after leaving: the anniversary is accepted, the day before refused', () => {
      expect(attempt(atVote(with_({ priorLeavingReason: 'OTHER' })), vote(former('2021-07-01'))).kind).toBe('taken');
      expect(refused(atVote(with_({ priorLeavingReason: 'OTHER' })), vote(former('2021-07-02')))).toContain('từ ngày 02/07/2024');
    });

    it('a former member with no leaving reason recorded is refused', () => {
      expect(refused(atVote(INPUT), vote(former('2015-01-01')))).toContain('cần ghi lý do ra khỏi Đảng');
    });

    it.each(['SELF_ABANDONED_ACTIVITY', 'APPLIED_TO_LEAVE', 'SERIOUS_DISUNITY', 'CORRUPTION_CONVICTION', 'SERIOUS_CRIME'] as const)(
      'never readmits after %s, however long ago',
      (priorLeavingReason) => {
        expect(refused(atVote(with_({ priorLeavingReason })), vote(former('2010-01-01')))).toContain('Không xem xét kết nạp lại');
      },
    );

    it('applying to leave for extreme family hardship is readmissible after 36 months', () => {
      expect(attempt(atVote(with_({ priorLeavingReason: 'APPLIED_TO_LEAVE_FAMILY_HARDSHIP' })), vote(former('2021-07-01'))).kind).toBe('taken');
    });

    it('a less serious crime: 60 months after the conviction is expunged', () => {
      const crime = (crimeExpungedOn: string) => with_({ priorLeavingReason: 'LESS_SERIOUS_CRIME', crimeExpungedOn });
      expect(attempt(atVote(crime('2019-07-01')), vote(former('2015-01-01'))).kind).toBe('taken');
      expect(refused(atVote(crime('2019-07-02')), vote(former('2015-01-01')))).toContain('60 tháng');
    });

    it('a current member, or a person with another open admission case, is refused', () => {
      expect(refused(atVote(INPUT), vote({ ...NEW_PERSON, status: 'PROBATIONARY' }))).toContain('đang là đảng viên');
      const open = { ...NEW_PERSON, admissionCases: [{ caseId: 'c2', state: 'verification', closedOn: null }] };
      expect(refused(atVote(INPUT), vote(open))).toContain('hồ sơ kết nạp khác');
      const closed = { ...NEW_PERSON, admissionCases: [{ caseId: 'c2', state: 'notAdmitted', closedOn: '2023-01-01' }] };
      expect(attempt(atVote(INPUT), vote(closed)).kind).toBe('taken');
    });
  });

  describe('introducers (Charter Art. 4 §1; 294 §3.2.1)', () => {
    const upToCertified = [...TO_VERIFICATION, ...VERIFIED, CERTIFY];
    const withIntroducers = (input: AdmissionInput, intros: Step[]) => reach(input, [...upToCertified, ...intros]);

    it('two full members who worked with the applicant 12 months: accepted', () => {
      expect(attempt(withIntroducers(INPUT, [MEMBER_INTRO('a'), MEMBER_INTRO('b')]), CELL_VOTE()).kind).toBe('taken');
    });

    it('one introducer only, or one not a full member, is refused', () => {
      expect(refused(withIntroducers(INPUT, [MEMBER_INTRO('a')]), CELL_VOTE())).toContain('hai đảng viên chính thức');
      expect(refused(withIntroducers(INPUT, [MEMBER_INTRO('a'), MEMBER_INTRO('b', { fullMember: false })]), CELL_VOTE())).toContain('không phải đảng viên chính thức');
    });

    it('12 months of working together: 11 months refused, exactly 12 accepted', () => {
      const short = MEMBER_INTRO('b', { coworkingSince: '2023-06-11' });
      expect(refused(withIntroducers(INPUT, [MEMBER_INTRO('a'), short]), CELL_VOTE())).toContain('chưa đủ 12 tháng');
      const exact = MEMBER_INTRO('b', { coworkingSince: '2023-06-10' });
      expect(attempt(withIntroducers(INPUT, [MEMBER_INTRO('a'), exact]), CELL_VOTE()).kind).toBe('taken');
    });

    it('a replacement assigned by the cell needs no 12 months, and the one replaced no longer counts', () => {
      const short = MEMBER_INTRO('b', { coworkingSince: '2023-06-11' });
      const replacement = MEMBER_INTRO('c', { coworkingSince: undefined, assignedByCell: true, replacesKey: 'b' });
      const r = withIntroducers(INPUT, [MEMBER_INTRO('a'), short, replacement]);
      expect(taken(attempt(r, CELL_VOTE())).state).toBe('grassrootsVote');
      expect(ctx(r).introducers?.find((i) => i.key === 'b')?.replacedBy).toBe('c');
      // Only a recorded introducer can be replaced.
      const stray = MEMBER_INTRO('d', { assignedByCell: true, replacesKey: 'nobody' });
      expect(refused(r, stray)).toContain('chỉ thay một đảng viên giới thiệu đã ghi nhận');
    });

    describe('an applicant of youth age in a unit with a Youth Union', () => {
      const youth = with_({ youthUnionInUnit: true, youthUnionMember: true });
      it('the Youth Union executive and one full member, with the union resolution (4-KNĐ): accepted', () => {
        expect(attempt(withIntroducers(youth, [UNION_INTRO('YOUTH_UNION_EXECUTIVE'), MEMBER_INTRO('a')]), CELL_VOTE()).kind).toBe('taken');
      });
      it('two full members instead: refused', () => {
        expect(refused(withIntroducers(youth, [MEMBER_INTRO('a'), MEMBER_INTRO('b')]), CELL_VOTE())).toContain('Ban Chấp hành Đoàn cơ sở và một đảng viên chính thức');
      });
      it('not a Youth Union member: refused', () => {
        const r = withIntroducers(with_({ youthUnionInUnit: true }), [UNION_INTRO('YOUTH_UNION_EXECUTIVE'), MEMBER_INTRO('a')]);
        expect(refused(r, CELL_VOTE())).toContain('phải là đoàn viên Đoàn TNCS Hồ Chí Minh');
      });
      it('without the union resolution in the dossier: refused, naming 4-KNĐ or 4A-KNĐ', () => {
        const r = withIntroducers(youth, [UNION_INTRO('YOUTH_UNION_EXECUTIVE'), MEMBER_INTRO('a')]);
        expect(refused(r, CELL_VOTE({ facts: facts({ dossier: { items: without('4-KNĐ', '4A-KNĐ') } }) }))).toContain('4-KNĐ hoặc 4A-KNĐ');
      });
      it('past youth age (34) the rule is two full members', () => {
        expect(attempt(withIntroducers(with_({ ...youth, dateOfBirth: '1990-01-01' }), [MEMBER_INTRO('a'), MEMBER_INTRO('b')]), CELL_VOTE()).kind).toBe('taken');
      });
    });

    it('an agency without a Youth Union: the trade-union executive and one full member', () => {
      const tu = with_({ tradeUnionInUnit: true, tradeUnionMember: true });
      expect(attempt(withIntroducers(tu, [UNION_INTRO('TRADE_UNION_EXECUTIVE'), MEMBER_INTRO('a')]), CELL_VOTE()).kind).toBe('taken');
      expect(refused(withIntroducers(tu, [UNION_INTRO('YOUTH_UNION_EXECUTIVE'), MEMBER_INTRO('a')]), CELL_VOTE())).toContain('Ban Chấp hành công đoàn cơ sở');
    });
  });

  it('lists every reason at once', () => {
    const r = reach(with_({ dateOfBirth: '2006-07-02', educationLevel: 'NONE' }), [...TO_INTRODUCTIONS]);
    const text = refused(r, CELL_VOTE({ facts: facts({ dossier: { items: without('5-KNĐ') } }), tally: tally(6, 4) }));
    expect(text).toContain('Chưa đủ điều kiện để chi bộ biểu quyết');
    for (const part of ['Chưa đủ 18 tuổi', 'trung học cơ sở', '5-KNĐ', 'lớn hơn số đảng viên được phát phiếu']) expect(text).toContain(part);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Dossier completeness per vote
// ---------------------------------------------------------------------------------------------------------------

describe('dossier: no vote while a required form is missing', () => {
  const cases: [stage: string, steps: Step[], vote: (items: DossierItemFact[]) => Step, codes: FormCode[]][] = [
    ['cell vote', TO_INTRODUCTIONS, (items) => CELL_VOTE({ facts: facts({ dossier: { items } }) }), ['CN-NTVĐ', '1-KNĐ', '2-KNĐ', '3-KNĐ', '5-KNĐ']],
    ['grassroots vote', TO_GRASSROOTS, (items) => GRASSROOTS_VOTE(4, 5, items), ['6-KNĐ']],
    ['admission decision', TO_DECISION, (items) => DECIDE({}, items), ['8-KNĐ']],
    ['recognition vote', TO_REVIEW, (items) => RECOGNITION_VOTE('RECOGNISE', 6, items), ['10-KNĐ', '11-KNĐ', '12-KNĐ', 'LLCT-DVM']],
    ['strike-off vote', TO_REVIEW, (items) => RECOGNITION_VOTE('STRIKE_OFF', 6, items), ['10-KNĐ', '11-KNĐ', '12-KNĐ']],
    ['recognition decision', TO_RECOGNITION_DECISION, (items) => DECIDE_RECOGNITION('RECOGNISE', '2025-10-01', items), ['13-KNĐ', '15-KNĐ']],
  ];
  describe.each(cases)('%s', (_stage, steps, vote, codes) => {
    let r: StepResult;
    beforeAll(() => {
      r = reach(INPUT, steps);
    });
    it.each(codes)('without %s: refused, naming it', (code) => {
      expect(refused(r, vote(without(code)))).toContain(`Hồ sơ còn thiếu: ${code} (`);
    });
    it('with all of them missing: names each', () => {
      const text = refused(r, vote(without(...codes)));
      for (const code of codes) expect(text).toContain(code);
    });
  });

  it('counts one introducer letter (3-KNĐ) per party-member introducer', () => {
    const oneLetter = FULL_DOSSIER.filter((d) => d.attachmentId !== 'a-3-KNĐ-1');
    expect(refused(reach(INPUT, TO_INTRODUCTIONS), CELL_VOTE({ facts: facts({ dossier: { items: oneLetter } }) }))).toContain('3-KNĐ (Giấy giới thiệu người vào Đảng (của đảng viên chính thức)), cần 2, mới có 1');
  });

  it('the background must be stamped across pages for the cell vote too', () => {
    const unstamped = [...without('2-KNĐ'), doc('2-KNĐ', false)];
    expect(refused(reach(INPUT, TO_INTRODUCTIONS), CELL_VOTE({ facts: facts({ dossier: { items: unstamped } }) }))).toContain('có 1 bản chưa đóng dấu giáp lai');
  });

  it('the recognition decision needs the section appraisal (14-KNĐ) where there is a section committee', () => {
    const r = reach(WITH_SECTION, [...TO_GRASSROOTS, SECTION, ...TO_RECOGNITION_DECISION.slice(TO_GRASSROOTS.length)]);
    expect(refused(r, DECIDE_RECOGNITION('RECOGNISE', '2025-10-01', without('14-KNĐ')))).toContain('14-KNĐ');
  });

  it('a form code matches whatever its Unicode form and case', () => {
    const decomposed = [...without('8-KNĐ'), doc('8-knđ'.normalize('NFD'))];
    expect(attempt(reach(INPUT, TO_DECISION), DECIDE({}, decomposed)).kind).toBe('taken');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Background verification
// ---------------------------------------------------------------------------------------------------------------

describe('background verification (§9.6)', () => {
  const declared = () => reach(INPUT, [ENROL, CERT(), APPLY, DECLARE]);

  it('does not start before the background (2-KNĐ) is uploaded and stamped across pages', () => {
    expect(refused(declared(), START_VERIFY(PERSONS, without('2-KNĐ')))).toContain('2-KNĐ (Lý lịch của người xin vào Đảng)');
    expect(refused(declared(), START_VERIFY(PERSONS, [...without('2-KNĐ'), doc('2-KNĐ', false)]))).toContain('chưa đóng dấu giáp lai');
    expect(attempt(declared(), REQUEST('self')).kind).toBe('not-allowed');
  });

  it('lists the applicant exactly once', () => {
    expect(refused(declared(), START_VERIFY(PERSONS.slice(1)))).toContain('đúng một mục là chính người vào Đảng');
  });

  it('records each sub-task: the unit asked, the request date, the answer and who recorded it', () => {
    const r = reach(INPUT, [...TO_VERIFICATION, REQUEST('me'), ANSWER('me')]);
    expect(ctx(r).verification?.find((t) => t.key === 'me')).toEqual({
      key: 'me', relation: 'MOTHER', fullName: 'Lê Thị Dung', partyMember: false, status: 'ANSWERED',
      request: { unitAsked: 'Đảng ủy xã An Phú', requestedOn: '2024-05-01', method: 'LETTER', recordedBy: 'u1' },
      answer: { answeredOn: '2024-05-20', finding: 'NO_ISSUE', summary: 'Không có vấn đề về chính trị.', recordedBy: 'office-1' },
    });
  });

  it('an answer needs a request first, and cannot predate it', () => {
    const r = reach(INPUT, TO_VERIFICATION);
    expect(refused(r, ANSWER('me'))).toContain('Chưa gửi yêu cầu thẩm tra');
    expect(refused(taken(attempt(r, REQUEST('me', '2024-05-10'))), ANSWER('me', '2024-05-09'))).toContain('trước ngày gửi yêu cầu');
  });

  it('certifies only when every person is answered or exempted, naming who is still open', () => {
    const partly = reach(INPUT, [...TO_VERIFICATION, REQUEST('self'), ANSWER('self'), REQUEST('me')]);
    const text = refused(partly, CERTIFY);
    expect(text).toContain('Lê Thị Dung');
    expect(text).toContain('Trần Văn Cường');
    expect(text).not.toContain(INPUT.fullName);
    expect(reach(INPUT, [...TO_VERIFICATION, ...VERIFIED, CERTIFY]).state).toBe('backgroundCertified');
  });

  describe('exemption of a relative who is a party member and fully declared (low-confidence source)', () => {
    it('exempts a father who is a party member, flagged as low confidence', () => {
      const r = reach(INPUT, [...TO_VERIFICATION, EXEMPT('cha')]);
      expect(ctx(r).verification?.find((t) => t.key === 'cha')).toMatchObject({ status: 'EXEMPTED', exemption: { lowConfidence: true, recordedBy: 'u1' } });
      expect(def.events.EXEMPT_VERIFICATION.label).toContain('độ tin cậy thấp');
      expect(def.guardMessages.verificationExemptable).toContain('chưa kiểm chứng');
    });
    it.each([
      ['a mother who is not a party member', 'me', 'không ghi Lê Thị Dung là đảng viên'],
      ['a spouse, even a party member (the source names parents, siblings and children)', 'vo', 'không áp dụng cho Phạm Văn Em'],
      ['the applicant', 'self', 'không áp dụng cho'],
    ])('refuses %s', (_name, key, message) => {
      expect(refused(reach(INPUT, TO_VERIFICATION), EXEMPT(key))).toContain(message);
    });
    it('refuses once the answer is in', () => {
      expect(refused(reach(INPUT, [...TO_VERIFICATION, REQUEST('cha'), ANSWER('cha')]), EXEMPT('cha'))).toContain('đã xong');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Votes
// ---------------------------------------------------------------------------------------------------------------

describe('votes (≥ 2/3 of full members; probationary members never count; no quorum stated)', () => {
  it('9 full members and 3 probationary: 6 in favour passes, with the counted text recorded', () => {
    const r = taken(attempt(reach(INPUT, TO_INTRODUCTIONS), CELL_VOTE({ approve: 6, probationary: 3 })));
    expect(r.state).toBe('grassrootsVote');
    expect(ctx(r).cellVote).toMatchObject({
      passed: true, approve: 6, denominator: 9, needed: 6, text: 'Tán thành 6/9, cần 6 (Ít nhất hai phần ba): thông qua',
      rule: `C.CELL_THRESHOLD: ${RULES['C.CELL_THRESHOLD']!.legalBasis}; chưa kiểm chứng`,
      quorumNote: expect.stringContaining('VOTE.QUORUM_ADMISSION'),
    });
  });

  it('5 of 9 does not pass: the case ends, not proposed by the cell', () => {
    const r = taken(attempt(reach(INPUT, TO_INTRODUCTIONS), CELL_VOTE({ approve: 5, probationary: 3 })));
    expect(r.state).toBe('notAdmitted');
    expect(def.project(r.state, r.snapshot.context)).toMatchObject({ reportCategory: 'NOT_ADMITTED', tags: { outcome: 'NOT_PROPOSED_BY_CELL' } });
    expect(r.effects).toEqual([]);
  });

  it('an invalid tally is refused with the voting library’s messages', () => {
    const r = reach(INPUT, TO_INTRODUCTIONS);
    expect(refused(r, CELL_VOTE({ tally: { approve: 6, reject: 2, invalid: 0, cast: 9 } }))).toContain('Tổng số phiếu đã kiểm (8) nhỏ hơn số phiếu thu vào (9)');
    expect(refused(r, CELL_VOTE({ tally: { approve: -1, reject: 2, invalid: 0, cast: 1 } }))).toContain('Số phiếu tán thành không được âm');
    // Probationary members get no ballot: 11 ballots from 9 full members is refused.
    expect(refused(r, CELL_VOTE({ tally: tally(8, 3) }))).toContain('Số phiếu thu vào (11) lớn hơn số đảng viên được phát phiếu (9)');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. Deadlines and effects
// ---------------------------------------------------------------------------------------------------------------

describe('deadlines and membership effects', () => {
  it('the cell’s resolution starts the 60 WD for the decision; the decision meets it and tells the cell', () => {
    expect(reach(INPUT, TO_GRASSROOTS).effects).toEqual([{ type: 'scheduleDeadline', params: { key: 'admissionDecision', ruleKey: 'C.DECISION_ADMIT', startAt: MEETING } }]);
    expect(reach(INPUT, [...TO_DECISION, DECIDE()]).effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'admissionDecision', at: '2024-08-01' } },
      { type: 'notify', params: { template: 'ket-nap.decision', audiences: ['UNIT'] } },
    ]);
  });

  describe('extension of the decision deadline (as many times as its rule allows, dated on or before the due date)', () => {
    const EXTEND = (extendedOn: string, deadline: DeadlineDueFact = DUE.admissionDecision): Step => ({
      type: 'EXTEND_ADMISSION_DECISION', payload: { extendedOn, reason: 'Cần thẩm tra bổ sung.' }, facts: facts({ deadlineDue: { admissionDecision: deadline } }),
    });
    it('extends once, then refuses when the stored deadline has used the extension its rule allows', () => {
      const r = taken(attempt(reach(INPUT, TO_DECISION), SAMPLE.EXTEND_ADMISSION_DECISION));
      expect(r.effects).toEqual([{ type: 'extendDeadline', params: { key: 'admissionDecision', reason: 'Cần thẩm tra bổ sung.', actDate: '2024-07-20' } }]);
      expect(ctx(r).extensions).toEqual({ admissionDecision: 'Cần thẩm tra bổ sung.' });
      expect(refused(r, EXTEND('2024-07-25', due('C.DECISION_ADMIT', MEETING, '2024-11-05', 1)))).toContain('đã được gia hạn 1 lần; quy định C.DECISION_ADMIT cho gia hạn tối đa 1 lần');
    });
    it('judged by the extension’s own date: on the due day it is taken, even entered after the worker reported the deadline missed', () => {
      const missed = reach(INPUT, [...TO_DECISION, MISSED('admissionDecision')]);
      // The machine's judgement; the deadline library still has to reopen a row the worker closed as MISSED.
      expect(attempt(missed, EXTEND('2024-09-24')).kind).toBe('taken');
    });
    it('the day after the due date it is refused, even entered before the worker noticed', () => {
      expect(refused(reach(INPUT, TO_DECISION), EXTEND('2024-09-25'))).toContain('không gia hạn được nữa');
    });
    it('cannot be dated before the cell’s resolution, nor in the future', () => {
      expect(refused(reach(INPUT, TO_DECISION), EXTEND('2024-06-30'))).toContain('trước ngày chi bộ họp');
      expect(refused(reach(INPUT, TO_DECISION), { ...EXTEND('2030-06-02'), occurredAt: LATER })).toContain('sau ngày ghi nhận');
    });
  });

  describe('a decision after its due date (its own date against the stored due date, not the worker’s notice)', () => {
    const dated = (decisionDate: string, over: Record<string, unknown> = {}) => DECIDE({ decisionDate, ...over });
    it('on the due day: no flag, even entered after the worker reported the deadline missed', () => {
      const r = reach(NOT_AUTHORISED, [...TO_DECISION, MISSED('admissionDecision'), dated('2024-09-24')]);
      expect(ctx(r).overdue).toEqual({ admissionDecision: true });
      expect(ctx(r).lateWithoutReason).toBeUndefined();
      expect(ctx(r).admissionDecision).toMatchObject({ dueDate: '2024-09-24', body: 'Ban Thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng' });
    });
    it('the day after, without a reason: flags the deciding committee (context and tag), even entered before the worker noticed', () => {
      const r = reach(NOT_AUTHORISED, [...TO_DECISION, dated('2024-09-25')]);
      expect(ctx(r).overdue).toBeUndefined();
      expect(ctx(r).lateWithoutReason).toEqual({ admission: 'Ban Thường vụ Quận ủy Quận 1' });
      expect(tags(r).lateWithoutReason).toBe('ADMISSION');
    });
    it('the day after, with a reason recorded: no flag', () => {
      const r = reach(NOT_AUTHORISED, [...TO_DECISION, MISSED('admissionDecision'), dated('2024-09-25', { lateReason: 'Chờ kết quả thẩm tra bổ sung ở nước ngoài.' })]);
      expect(ctx(r).lateWithoutReason).toBeUndefined();
      expect(tags(r).lateWithoutReason).toBeUndefined();
    });
    it('an extended due date counts: the day after the original due is in time once extended', () => {
      const extended = facts({ deadlineDue: { admissionDecision: due('C.DECISION_ADMIT', MEETING, '2024-11-05', 1) } });
      expect(ctx(reach(INPUT, [...TO_DECISION, { ...dated('2024-09-25'), facts: extended }])).lateWithoutReason).toBeUndefined();
    });
    it('no due date (no legal value for the deadline): never flagged', () => {
      const none = facts({ deadlineDue: { admissionDecision: due('C.DECISION_ADMIT', MEETING, null) } });
      expect(ctx(reach(INPUT, [...TO_DECISION, { ...dated('2024-12-01'), facts: none }])).lateWithoutReason).toBeUndefined();
    });
    it('on time: no flag', () => {
      expect(ctx(reach(INPUT, [...TO_DECISION, DECIDE()])).lateWithoutReason).toBeUndefined();
    });
    it('a stale or unknown generation is refused', () => {
      const r = reach(INPUT, TO_DECISION);
      expect(attempt(r, MISSED('admissionDecision', 2)).kind).toBe('guard-refused');
      expect(attempt(r, MISSED('ceremony', 1)).kind).toBe('guard-refused');
      // Once met, the old deadline's expiry is no longer taken.
      expect(attempt(reach(INPUT, [...TO_DECISION, DECIDE()]), MISSED('admissionDecision', 1)).kind).toBe('guard-refused');
    });
  });

  describe('where the ceremony’s clock starts: the C.CEREMONY row’s start event, read on the decision date', () => {
    const ceremonyRule = (startEvent: string) => facts({ ruleValues: withRules({ 'C.CEREMONY': rule('r5', 30, 'WORKING_DAYS', startEvent) }) });
    it('receipt (232/294): the receipt starts the clock', () => {
      expect(reach(INPUT, [...TO_DECISION, DECIDE()]).effects).not.toContainEqual(expect.objectContaining({ type: 'scheduleDeadline' }));
      expect(reach(INPUT, TO_CEREMONY).effects).toEqual([{ type: 'scheduleDeadline', params: { key: 'ceremony', ruleKey: 'C.CEREMONY', startAt: '2024-08-05' } }]);
    });
    it('issue (as 208 reports it): the decision’s date starts the clock, the receipt schedules nothing', () => {
      const decided = reach(INPUT, [...TO_DECISION, { ...DECIDE(), facts: ceremonyRule('Ngày ban hành quyết định kết nạp') }]);
      expect(decided.state).toBe('admissionDecided');
      expect(decided.effects).toContainEqual({ type: 'scheduleDeadline', params: { key: 'ceremony', ruleKey: 'C.CEREMONY', startAt: '2024-08-01' } });
      const received = taken(attempt(decided, RECEIPT));
      expect(received.state).toBe('ceremonyPending');
      expect(received.effects).toEqual([]);
    });
    it('a start event it cannot read, or no C.CEREMONY row: the admission decision is refused, naming the rule', () => {
      expect(refused(reach(INPUT, TO_DECISION), { ...DECIDE(), facts: ceremonyRule('Ngày họp chi bộ') })).toContain('"Ngày họp chi bộ"');
      expect(refused(reach(INPUT, TO_DECISION), { ...DECIDE(), facts: facts({ ruleValues: withRules({ 'C.CEREMONY': null }) }) })).toContain('C.CEREMONY');
      // Deciding not to admit starts no ceremony: nothing to read.
      expect(attempt(reach(NOT_AUTHORISED, TO_DECISION), { ...DECIDE({ admitted: false }), facts: ceremonyRule('Ngày họp chi bộ') }).kind).toBe('taken');
    });
  });

  describe('a ceremony after its due date (its own date against the stored due date)', () => {
    const HELD = (ceremonyDate: string): Step => ({ type: 'HOLD_CEREMONY', payload: { ceremonyDate } });
    const AGREED = (agreedOn: string): Step => ({ ...SAMPLE.RECORD_LATE_CEREMONY_AGREEMENT, payload: { agreedOn, documentRef: '9-CV/QU', reason: 'Người vào Đảng đi công tác.' } });
    it('on the due day: held without an agreement, even entered after the worker reported the deadline missed', () => {
      expect(taken(attempt(reach(INPUT, [...TO_CEREMONY, MISSED('ceremony')]), HELD('2024-09-16'))).state).toBe('probationary');
    });
    it('the day after: refused without the upper committee’s recorded agreement, even entered before the worker noticed', () => {
      const text = refused(reach(INPUT, TO_CEREMONY), HELD('2024-09-17'));
      expect(text).toContain('được cấp ủy cấp trên trực tiếp đồng ý');
      expect(text).toContain('hết ngày 16/09/2024');
    });
    it('accepted with an agreement given on or before the ceremony; refused with one given after it', () => {
      expect(taken(attempt(reach(INPUT, [...TO_CEREMONY, AGREED('2024-09-17')]), HELD('2024-09-17'))).state).toBe('probationary');
      expect(refused(reach(INPUT, [...TO_CEREMONY, AGREED('2024-09-18')]), HELD('2024-09-17'))).toContain('sự đồng ý phải có trước');
    });
    it('an agreement cannot predate the decision', () => {
      expect(refused(reach(INPUT, TO_CEREMONY), AGREED('2024-07-31'))).toContain('trước ngày quyết định kết nạp');
    });
  });

  it('the ceremony admits a probationary member on its date, party age from the decision date, and starts the record and probation clocks', () => {
    const r = reach(INPUT, TO_PROBATION);
    expect(r.effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'ceremony', at: CEREMONY_DATE } },
      { type: 'recordMembership', params: { status: 'PROBATIONARY', on: CEREMONY_DATE, partyAgeFrom: '2024-08-01' } },
      { type: 'scheduleDeadline', params: { key: 'memberRecord', ruleKey: 'C.MEMBER_RECORD', startAt: CEREMONY_DATE } },
      { type: 'scheduleDeadline', params: { key: 'probation', ruleKey: 'C.PROBATION', startAt: CEREMONY_DATE, term: true } },
    ]);
    expect(ctx(r).probationEndsOn).toBe(PROBATION_END);
    expect(def.project(r.state, r.snapshot.context).reportCategory).toBe('PROBATIONARY');
    const recorded = taken(attempt(r, SAMPLE.RECORD_MEMBER_RECORD));
    expect(recorded.effects).toEqual([{ type: 'markDeadlineMet', params: { key: 'memberRecord', at: '2024-09-10' } }]);
  });

  it('a missed member record stays on the case and does not move it', () => {
    const r = taken(attempt(reach(INPUT, TO_PROBATION), MISSED('memberRecord')));
    expect(r.state).toBe('probationary');
    expect(ctx(r).overdue).toEqual({ memberRecord: true });
  });

  describe('end of probation → recognition review', () => {
    it('on the system’s notice that the 12 months ended: the cell’s 30 WD start from the end date', () => {
      const r = reach(INPUT, TO_REVIEW);
      expect(r.state).toBe('recognitionReview');
      expect(r.effects).toEqual([{ type: 'scheduleDeadline', params: { key: 'recognitionCell', ruleKey: 'C.RECOGNITION_CELL', startAt: PROBATION_END } }]);
    });
    it('or on an explicit event dated on or after the end (the day before is refused)', () => {
      const p = reach(INPUT, TO_PROBATION);
      expect(refused(p, REVIEW('2025-08-19'))).toContain('đến ngày 20/08/2025 mới đủ');
      const r = taken(attempt(p, REVIEW(PROBATION_END)));
      expect(r.effects).toEqual([
        { type: 'cancelDeadline', params: { key: 'probation', at: LATER } },
        { type: 'scheduleDeadline', params: { key: 'recognitionCell', ruleKey: 'C.RECOGNITION_CELL', startAt: PROBATION_END } },
      ]);
      // The system's later notice is then stale.
      expect(attempt(r, MISSED('probation')).kind).toBe('guard-refused');
    });
    it('a stale probation notice does not move the case', () => {
      expect(attempt(reach(INPUT, TO_PROBATION), MISSED('probation', 2)).kind).toBe('guard-refused');
    });
  });

  it('the recognition vote meets the cell’s deadline and starts the decision’s 30 WD', () => {
    expect(reach(INPUT, TO_RECOGNITION_DECISION).effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'recognitionCell', at: '2025-09-01' } },
      { type: 'scheduleDeadline', params: { key: 'recognitionDecision', ruleKey: 'C.DECISION_RECOGNISE', startAt: '2025-09-01' } },
    ]);
  });

  it('recognition decided late takes effect at the end of the 12 months, party age from the admission decision', () => {
    const r = reach(INPUT, [
      ...TO_RECOGNITION_DECISION, SAMPLE.EXTEND_RECOGNITION_DECISION, MISSED('recognitionDecision'), DECIDE_RECOGNITION('RECOGNISE', '2025-12-15'),
    ]);
    expect(r.state).toBe('fullMember');
    expect(r.effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'recognitionDecision', at: '2025-12-15' } },
      { type: 'recordMembership', params: { status: 'FULL', on: PROBATION_END, partyAgeFrom: '2024-08-01' } },
      // The member record was never declared: its deadline is closed with the case.
      { type: 'cancelDeadline', params: { key: 'memberRecord', at: LATER } },
      { type: 'notify', params: { template: 'ket-nap.recognised', audiences: ['UNIT'] } },
    ]);
    expect(tags(r)).toMatchObject({ outcome: 'FULL_MEMBER', lateWithoutReason: 'RECOGNITION' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 8. Recognition votes: three failures, striking off
// ---------------------------------------------------------------------------------------------------------------

describe('recognition and striking off', () => {
  it('three failed votes (for recognition or for striking off) escalate to the upper committee', () => {
    const results = play(INPUT, [...TO_REVIEW, RECOGNITION_VOTE('RECOGNISE', 5), RECOGNITION_VOTE('STRIKE_OFF', 5), RECOGNITION_VOTE('RECOGNISE', 4)]);
    expect(results.slice(-3).map((r) => r.state)).toEqual(['recognitionReview', 'recognitionReview', 'escalatedToUpper']);
    const last = results.at(-1)!;
    expect(ctx(last).failedRecognitionVotes).toBe(3);
    expect(last.effects).toEqual([
      { type: 'cancelDeadline', params: { key: 'recognitionCell', at: LATER } },
      { type: 'notify', params: { template: 'ket-nap.recognition-escalated', audiences: ['UPPER_COMMITTEE'] } },
    ]);
    expect(def.project(last.state, last.snapshot.context)).toMatchObject({ reportCategory: 'ESCALATED_TO_UPPER', tags: { stage: 'ESCALATED', outcome: 'ESCALATED_TO_UPPER' } });
  });

  it('two failures then a pass go on to the decision', () => {
    const r = reach(INPUT, [...TO_REVIEW, RECOGNITION_VOTE('RECOGNISE', 5), RECOGNITION_VOTE('RECOGNISE', 5), RECOGNITION_VOTE('RECOGNISE', 6)]);
    expect(r.state).toBe('awaitingRecognitionDecision');
  });

  it('the upper committee decides after escalation: striking off', () => {
    const r = reach(INPUT, [...TO_REVIEW, ...Array(3).fill(RECOGNITION_VOTE('RECOGNISE', 5)), SAMPLE.UPPER_DECIDE_RECOGNITION]);
    expect(r.state).toBe('struckOff');
    expect(r.effects).toContainEqual({ type: 'recordMembership', params: { status: 'STRUCK_OFF', on: '2025-12-01' } });
    expect(ctx(r).recognitionDecision?.by).toBe('UPPER_COMMITTEE');
  });

  it('the cell votes to strike off (≥ 2/3) and the committee decides it: struck off on the decision date', () => {
    const r = reach(INPUT, [...TO_REVIEW, RECOGNITION_VOTE('STRIKE_OFF', 7), DECIDE_RECOGNITION('STRIKE_OFF', '2025-10-10', without('13-KNĐ', '15-KNĐ'))]);
    expect(r.state).toBe('struckOff');
    expect(def.project(r.state, r.snapshot.context)).toMatchObject({ reportCategory: 'STRUCK_OFF', tags: { outcome: 'STRUCK_OFF' } });
    expect(r.effects).toContainEqual({ type: 'recordMembership', params: { status: 'STRUCK_OFF', on: '2025-10-10' } });
  });

  it('the decision must answer the cell’s proposal', () => {
    expect(refused(reach(INPUT, TO_RECOGNITION_DECISION), DECIDE_RECOGNITION('STRIKE_OFF'))).toContain('đề nghị của chi bộ');
  });

  it('the recognition vote cannot be held before the 12 months end', () => {
    expect(refused(reach(INPUT, TO_REVIEW), RECOGNITION_VOTE('RECOGNISE', 6, FULL_DOSSIER, '2025-08-19'))).toContain('trước ngày hết thời gian dự bị (20/08/2025)');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 9. Definition
// ---------------------------------------------------------------------------------------------------------------

describe('procedure definition', () => {
  it('links the applicant’s person record', () => {
    expect(def.personOf?.(INPUT)).toBe(INPUT.personId);
  });

  it('refuses a birth date or a listing date in the future', () => {
    expect(def.inputChecks?.(with_({ dateOfBirth: '2031-01-01' }), '2030-01-01T00:00:00Z').map((p) => p.field)).toEqual(['dateOfBirth', 'listedOn']);
    expect(def.inputChecks?.(INPUT, '2024-06-01T00:00:00Z')).toEqual([]);
  });

  it('has a message for every guard and a label for every state, and asks for the dossier on every vote', () => {
    const guards = Object.keys((def.machine as unknown as { implementations: { guards: Record<string, unknown> } }).implementations.guards);
    const routing = [
      'cellVotePassed', 'grassrootsVotePassed', 'hasSectionCommittee', 'authorisedToAdmit', 'admitted', 'admittedCeremonyFromIssue', 'recognitionVotePassed',
      'tooManyFailedVotes', 'recognised',
    ];
    for (const g of guards.filter((x) => !routing.includes(x))) expect(def.guardMessages[g]).toBeDefined();
    for (const type of ['CELL_VOTE', 'GRASSROOTS_VOTE', 'DECIDE_ADMISSION', 'CELL_RECOGNITION_VOTE', 'DECIDE_RECOGNITION', 'START_VERIFICATION']) {
      expect(def.events[type].facts).toContainEqual({ fact: 'dossier' });
    }
    for (const type of ALL_EVENTS) expect(def.events[type]).toBeDefined();
  });

  it('reads the checklist per stage from FORMS.KND: 4/4A-KNĐ only after a union introduced, 7- and 14-KNĐ only with a section committee', () => {
    const table = dossierRules(facts());
    if (!table.ok) throw new Error(JSON.stringify(table.problems));
    const codes = (stage: DossierStage, c: Partial<DossierConditions> = {}) =>
      dossierChecklist(stage, { unionIntroduced: false, memberIntroducers: 2, hasSectionCommittee: false, ...c }, table.rows).flatMap((x) => x.requirement.codes);
    expect(codes('cellVote')).toEqual(['CN-NTVĐ', '1-KNĐ', '2-KNĐ', '3-KNĐ', '5-KNĐ']);
    expect(codes('cellVote', { unionIntroduced: true, memberIntroducers: 1 })).toEqual(['CN-NTVĐ', '1-KNĐ', '2-KNĐ', '3-KNĐ', '4-KNĐ', '4A-KNĐ', '5-KNĐ']);
    expect(codes('grassrootsVote')).toEqual(['6-KNĐ']);
    expect(codes('grassrootsVote', { hasSectionCommittee: true })).toEqual(['6-KNĐ', '7-KNĐ']);
    expect(codes('recognitionVote')).toEqual(['10-KNĐ', '11-KNĐ', '12-KNĐ', 'LLCT-DVM']);
    expect(codes('recognitionDecision', { hasSectionCommittee: true })).toEqual(['13-KNĐ', '14-KNĐ', '15-KNĐ']);
    for (const stage of DOSSIER_STAGES) expect(codes(stage, { unionIntroduced: true, hasSectionCommittee: true }).length).toBeGreaterThan(0);
    // Every code of every seeded version is in the catalogue an upload is checked against.
    for (const r of ADMISSION_RULES.filter((x) => x.key === 'FORMS.KND')) {
      for (const row of (r.data as { rows: DossierRequirement[] }).rows) for (const c of row.codes) expect(FORM_CODES).toContain(c);
    }
  });

  it('a FORMS.KND row with a code outside the catalogue, or an unknown step, refuses the step, naming the row', () => {
    const forms = RULES['FORMS.KND']!;
    const bad = { ...forms, data: { rows: [...(forms.data as { rows: unknown[] }).rows, { stage: 'cellVote', codes: ['99-KNĐ'], count: 'ONE' }, { stage: 'nowhere', codes: ['1-KNĐ'], count: 'ONE' }] } };
    const text = refused(reach(INPUT, TO_INTRODUCTIONS), CELL_VOTE({ facts: facts({ ruleValues: withRules({ 'FORMS.KND': bad }) }) }));
    expect(text).toContain('Bảng FORMS.KND');
    expect(text).toContain('99-KNĐ');
    expect(text).toContain('nowhere');
    // No table at all: the step is refused naming the rule, not checked against a default.
    expect(refused(reach(INPUT, TO_INTRODUCTIONS), CELL_VOTE({ facts: facts({ ruleValues: withRules({ 'FORMS.KND': null }) }) }))).toContain('Chưa có giá trị pháp lý cho FORMS.KND');
  });

  it('a refusal without detail gives the guard message alone', () => {
    const r = reach(INPUT, [ENROL]);
    const outcome = attempt(r, APPLY);
    expect(outcome).toMatchObject({ kind: 'guard-refused', guards: ['certificateRecorded'] });
    expect(detail(r, APPLY)).toBe(`${def.guardMessages.certificateRecorded} Chưa ghi nhận giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 10. The law as dated facts (changes-2026.md §3.3, §3.11, §4 K4–K14)
// ---------------------------------------------------------------------------------------------------------------

describe('legal values read from the rule rows in force on the date of the fact', () => {
  const atVote = (input: AdmissionInput, extra: Step[] = []) => reach(input, [...TO_INTRODUCTIONS, ...extra]);
  const vote = (over: Record<string, RuleValueFact | null>, extra: Partial<EventFacts> = {}, approve = 6) =>
    CELL_VOTE({ approve, facts: facts({ ruleValues: withRules(over), ...extra }) });

  it('the seeded versions of each key follow one another without gap or overlap, the older ones ending where the next starts', () => {
    // The rows of 1795246700000-LegalTimeData in these chains, as repaired (294 in force 1/7/2025; 06-HD/TW from 9/6/2025).
    const legacy: { key: string; effectiveFrom: string; effectiveTo: string | null }[] = [
      ...['C.DECISION_ADMIT', 'C.CEREMONY', 'C.PROBATION', 'C.RECOGNITION_CELL', 'C.DECISION_RECOGNISE', 'C.INTRODUCER_COWORK'].map((key) => ({
        key, effectiveFrom: '2025-07-01', effectiveTo: null,
      })),
      { key: 'C.CERT_VALIDITY', effectiveFrom: '2025-06-09', effectiveTo: null },
      { key: 'C.MEMBER_RECORD', effectiveFrom: '2025-06-09', effectiveTo: null },
      { key: 'C.READMIT_MIN_GAP', effectiveFrom: '2025-01-20', effectiveTo: '2025-07-01' },
    ];
    for (const key of SEEDED_KEYS) {
      const versions = [...ADMISSION_RULES, ...legacy].filter((r) => r.key === key).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
      versions.forEach((v, i) => {
        expect({ key, from: v.effectiveFrom, to: v.effectiveTo }).toEqual({ key, from: v.effectiveFrom, to: versions[i + 1]?.effectiveFrom ?? null });
      });
      // A value not found is NULL, never a guess; a value found has its value or data.
      for (const v of ADMISSION_RULES.filter((r) => r.key === key)) expect(v.confidence === 'NOT_FOUND').toBe(v.value === null && v.data === undefined);
    }
  });

  it('a meeting under 24-QĐ/TW, where no age rule was found, is refused naming the rule rather than guessing', () => {
    const text = refused(atVote(INPUT), vote({ 'C.AGE_MIN': NOT_FOUND('C.AGE_MIN'), 'C.AGE_MAX': NOT_FOUND('C.AGE_MAX') }));
    expect(text).toContain('Chưa có giá trị pháp lý cho C.AGE_MIN (Quy định 24-QĐ/TW ngày 30/7/2021; chưa tìm thấy giá trị) áp dụng vào ngày 01/07/2024');
    expect(text).toContain('C.AGE_MAX');
  });

  it('the share comes from the row: 6 of 9 passes at 2/3, not at a confirmed 3/4; no share refuses the vote naming it', () => {
    expect(taken(attempt(atVote(INPUT), vote({}))).state).toBe('grassrootsVote');
    const r = taken(attempt(atVote(INPUT), vote({ 'C.CELL_THRESHOLD': share(3, 4) })));
    expect(r.state).toBe('notAdmitted');
    expect(ctx(r).cellVote).toMatchObject({ passed: false, needed: 7, text: 'Tán thành 6/9, cần 7 (Ít nhất 3/4): không thông qua' });
    expect(refused(atVote(INPUT), vote({ 'C.CELL_THRESHOLD': null }))).toContain('Chưa có giá trị pháp lý cho C.CELL_THRESHOLD');
    // A share that can never be reached is no value either.
    expect(refused(atVote(INPUT), vote({ 'C.CELL_THRESHOLD': share(4, 3) }))).toContain('C.CELL_THRESHOLD');
  });

  it('a quorum a committee confirmed is applied (one present below it refuses), none is a warning only', () => {
    const absent = (n: number) => members(9, 2).map((m, i) => (i < n ? { ...m, absent: true } : m));
    const withQuorum = (n: number): Step => ({
      type: 'CELL_VOTE', payload: { meetingDate: MEETING, members: absent(n), tally: tally(6, 9 - n - 6) }, facts: facts({ ruleValues: withRules({ 'VOTE.QUORUM_ADMISSION': share(2, 3) }) }),
    });
    // 9 counted, quorum 2/3 = 6 present: 3 absent leaves 6 (met), 4 absent leaves 5 (not met).
    expect(taken(attempt(atVote(INPUT), withQuorum(3))).state).toBe('grassrootsVote');
    expect(refused(atVote(INPUT), { ...withQuorum(4), payload: { meetingDate: MEETING, members: absent(4), tally: tally(5, 0) } })).toContain('không đủ');
    expect(ctx(taken(attempt(atVote(INPUT), withQuorum(3)))).cellVote?.quorumNote).toBeUndefined();
  });

  it('a grassroots committee not authorised proposes up by its own share (C.GRASSROOTS_PROPOSAL_THRESHOLD), the authorised one decides by its own', () => {
    const over = { 'C.GRASSROOTS_PROPOSAL_THRESHOLD': share(1, 2, true) };
    const three = (input: AdmissionInput) => attempt(reach(input, TO_GRASSROOTS), { ...GRASSROOTS_VOTE(3, 5), facts: facts({ ruleValues: withRules(over) }) });
    expect(taken(three(NOT_AUTHORISED)).state).toBe('awaitingDecision');
    expect(taken(three(INPUT)).state).toBe('notAdmitted');
  });

  it('the deciding body comes from C.ADMISSION_DECIDING_BODY: a route the table does not name is refused', () => {
    const onlyAuthorised = { ...RULES['C.ADMISSION_DECIDING_BODY']!, data: { rows: [{ route: 'GRASSROOTS_AUTHORISED', body: 'PARTY_COMMITTEE', label: 'Đảng ủy cơ sở' }] } };
    const g = (input: AdmissionInput) => attempt(reach(input, TO_GRASSROOTS), { ...GRASSROOTS_VOTE(), facts: facts({ ruleValues: withRules({ 'C.ADMISSION_DECIDING_BODY': onlyAuthorised }) }) });
    expect(g(INPUT).kind).toBe('taken');
    expect(detail(reach(NOT_AUTHORISED, TO_GRASSROOTS), { ...GRASSROOTS_VOTE(), facts: facts({ ruleValues: withRules({ 'C.ADMISSION_DECIDING_BODY': onlyAuthorised }) }) }))
      .toContain('không có cấp quyết định kết nạp cho trường hợp cấp ủy có thẩm quyền cấp trên');
    expect(ctx(reach(INPUT, [...TO_DECISION, DECIDE()])).admissionDecision?.body).toBe('Tập thể đảng ủy cơ sở được ủy quyền kết nạp đảng viên');
  });

  it('three failed recognition votes escalate under the seeded rule; a committee’s limit of two escalates after two', () => {
    const failing = (limit: RuleValueFact | null) => ({ ...RECOGNITION_VOTE('RECOGNISE', 5), facts: facts({ ruleValues: withRules({ 'C.RECOGNITION_MAX_FAILED_VOTES': limit }) }) });
    const two = { ...RULES['C.RECOGNITION_MAX_FAILED_VOTES']!, value: 2 };
    expect(reach(INPUT, [...TO_REVIEW, failing(two), failing(two)]).state).toBe('escalatedToUpper');
    expect(reach(INPUT, [...TO_REVIEW, RECOGNITION_VOTE('RECOGNISE', 5), RECOGNITION_VOTE('RECOGNISE', 5)]).state).toBe('recognitionReview');
    expect(refused(reach(INPUT, TO_REVIEW), failing(null))).toContain('C.RECOGNITION_MAX_FAILED_VOTES');
  });

  it('the relatives a party-member exemption covers come from C.EXEMPTABLE_RELATIONS', () => {
    const exempt = (list: RuleValueFact | null) => ({ ...EXEMPT('vo'), facts: facts({ ruleValues: withRules({ 'C.EXEMPTABLE_RELATIONS': list }) }) });
    const withSpouse = { ...RULES['C.EXEMPTABLE_RELATIONS']!, data: { items: ['FATHER', 'MOTHER', 'SPOUSE'] } };
    expect(attempt(reach(INPUT, TO_VERIFICATION), exempt(withSpouse)).kind).toBe('taken');
    expect(refused(reach(INPUT, TO_VERIFICATION), exempt(NOT_FOUND('C.EXEMPTABLE_RELATIONS')))).toContain('Chưa có giá trị pháp lý cho C.EXEMPTABLE_RELATIONS');
  });

  it('education: the levels of C.EDUCATION_LEVELS, named in the refusal', () => {
    const upper = { ...RULES['C.EDUCATION_LEVELS']!, data: { items: ['UPPER_SECONDARY', 'UNIVERSITY'] } };
    expect(refused(atVote(with_({ educationLevel: 'LOWER_SECONDARY' })), vote({ 'C.EDUCATION_LEVELS': upper }))).toContain('phải là trung học phổ thông, đại học');
    expect(attempt(atVote(with_({ educationLevel: 'LOWER_SECONDARY' })), vote({})).kind).toBe('taken');
  });

  it('youth age (C.YOUTH_AGE_MIN/MAX, completed months): 30 years 11 months is youth, 31 years is not', () => {
    const youth = (dateOfBirth: string) => with_({ dateOfBirth, youthUnionInUnit: true, youthUnionMember: true });
    const upToCertified = [...TO_VERIFICATION, ...VERIFIED, CERTIFY];
    // Meeting 2024-07-01: born 1993-07-02 is 30 years 11 months; born 1993-07-01 is 31 years 0 months.
    expect(attempt(reach(youth('1993-07-02'), [...upToCertified, UNION_INTRO('YOUTH_UNION_EXECUTIVE'), MEMBER_INTRO('a')]), CELL_VOTE()).kind).toBe('taken');
    expect(attempt(reach(youth('1993-07-01'), [...upToCertified, MEMBER_INTRO('a'), MEMBER_INTRO('b')]), CELL_VOTE()).kind).toBe('taken');
    expect(refused(reach(youth('1993-07-02'), [...upToCertified, MEMBER_INTRO('a'), MEMBER_INTRO('b')]), CELL_VOTE())).toContain('Ban Chấp hành Đoàn cơ sở');
  });

  it('over 60 without consent cites 06-HD/TW (2025) and how sure that is, not 01-HD/TW (2016) alone', () => {
    const text = refused(atVote(with_({ dateOfBirth: '1964-06-01', route: 'PROVINCIAL_OVER_60' })), CELL_VOTE());
    expect(text).toContain('Hướng dẫn 06-HD/TW năm 2025');
    expect(text).toContain('chưa kiểm chứng');
    expect(def.guardMessages.provincialRoute).toContain('06-HD/TW');
  });

  describe('readmission under 294 §3.5.1: once only, the provincial standing committee’s written consent first', () => {
    const left = (times: number, endedOn = '2019-01-01'): PersonHistoryFact => ({
      ...NEW_PERSON, status: 'STRUCK_OFF',
      memberships: Array.from({ length: times }, (_, i) => ({ admittedOn: `201${i}-01-01`, endedOn: i === times - 1 ? endedOn : `201${i}-06-01`, endReason: 'STRUCK_OFF' as const })),
    });
    const former = with_({ priorLeavingReason: 'OTHER' });
    const formerVote = (history: PersonHistoryFact, over: Record<string, RuleValueFact | null> = {}) => vote(over, { personHistory: history });
    const CONSENT = (consentedOn: string): Step => ({ ...SAMPLE.RECORD_READMISSION_CONSENT, payload: { consentedOn, documentRef: '46-CV/TU', body: 'Ban Thường vụ Thành ủy' } });

    it('a person already readmitted once is refused; a first readmission passes', () => {
      expect(refused(atVote(former), formerVote(left(2)))).toContain('đã được kết nạp lại 1 lần; chỉ được xem xét kết nạp lại không quá 1 lần');
      expect(attempt(atVote(former), formerVote(left(1))).kind).toBe('taken');
    });
    it('before 294, where the once-only rule was not found, a readmission is refused naming the rule', () => {
      expect(refused(atVote(former), formerVote(left(1), { 'C.READMISSION_MAX_COUNT': NOT_FOUND('C.READMISSION_MAX_COUNT') }))).toContain('C.READMISSION_MAX_COUNT');
    });
    it('the consent is offered only to a former member', () => {
      expect(availableEvents(def, reach(former, []).snapshot)).toContain('RECORD_READMISSION_CONSENT');
      expect(availableEvents(def, reach(INPUT, []).snapshot)).not.toContain('RECORD_READMISSION_CONSENT');
    });
    describe('an authorised committee: its vote is the decision, the consent must be dated on or before its meeting (15/07/2024)', () => {
      const proposed = (extra: Step[] = []) => reach(former, [...TO_INTRODUCTIONS, ...extra, formerVote(left(1))]);
      it('without the consent: refused', () => {
        const r = proposed();
        expect(ctx(r).readmission).toEqual({ lastEndedOn: '2019-01-01' });
        expect(refused(r, GRASSROOTS_VOTE())).toContain('cần văn bản đồng ý trước của Ban Thường vụ tỉnh ủy, thành ủy');
      });
      it('consent on the meeting day: taken; the day after: refused', () => {
        expect(attempt(taken(attempt(proposed(), CONSENT('2024-07-15'))), GRASSROOTS_VOTE()).kind).toBe('taken');
        expect(refused(taken(attempt(proposed(), CONSENT('2024-07-16'))), GRASSROOTS_VOTE())).toContain('không sau ngày 15/07/2024');
      });
    });
    it('a committee not authorised: the competent committee’s decision needs the consent first', () => {
      const r = reach(with_({ ...NOT_AUTHORISED, priorLeavingReason: 'OTHER' }), [...TO_INTRODUCTIONS, formerVote(left(1)), GRASSROOTS_VOTE()]);
      expect(refused(r, DECIDE())).toContain('cần văn bản đồng ý trước');
      expect(attempt(taken(attempt(r, CONSENT('2024-07-20'))), DECIDE()).kind).toBe('taken');
    });
    it('a consent dated in the future is refused', () => {
      expect(refused(reach(former, []), { ...CONSENT('2030-06-02'), occurredAt: LATER })).toContain('sau ngày ghi nhận');
    });
  });
});
