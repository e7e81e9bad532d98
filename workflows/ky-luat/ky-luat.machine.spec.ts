// Pure machine tests for discipline (B3), driven through the same engine functions the service uses.
// Domain reference: docs/domain/procedures.md §7 (R0–R12).
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { Effect } from '../shared/effects';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import { refusalReasons } from '../shared/refusal';
import type { AuthorityDecision, BodyKind, DisciplineAuthorityFact, DisciplineForm, DisciplineSubject, EventFacts, Level } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import { KhieuNaiInput } from '../khieu-nai-ky-luat/khieu-nai-ky-luat.events';
import { KyLuatInput, VotePayload, type DisciplineViolationDto, type RosterMemberDto } from './ky-luat.events';
import type { ContextKyLuat, EventKyLuat } from './ky-luat.machine';
import { kyLuatV1 as def } from './ky-luat.procedure';
import { formsFromTable } from './ky-luat.facts';
import { describeMachineConformance } from '../shared/machine-conformance.spec';

type EventType = EventKyLuat['type'];

// ---------------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------------

const SUBJECT_ID = '0b6c3f0e-7f3a-4c1d-9a51-3c2b1d0e9f10';
const CHILD_ID = '5e1d2c3b-4a59-4876-9e5d-1c2b3a4f5e6d';
const DAY = 86_400_000;
const STEP_CLOCK = Date.parse('2026-03-02T02:00:00.000Z');
const at = (i: number): string => new Date(STEP_CLOCK + i * DAY).toISOString();

const CELL = { kind: 'CELL' as BodyKind, level: 'CELL' as Level };
const GRASSROOTS_BTV = { kind: 'STANDING_COMMITTEE' as BodyKind, level: 'GRASSROOTS' as Level };
const UPPER_BTV = { kind: 'STANDING_COMMITTEE' as BodyKind, level: 'UPPER_GRASSROOTS' as Level };
const PROVINCIAL_BTV = { kind: 'STANDING_COMMITTEE' as BodyKind, level: 'PROVINCIAL' as Level };

const VIOLATION: DisciplineViolationDto = { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: '2023-05-10', continuing: false };

function input(kind: DisciplineSubject = 'FULL_MEMBER', extra: Partial<KyLuatInput> = {}, holdsPost = false): KyLuatInput {
  return {
    subject: { kind, name: kind === 'ORGANISATION' ? 'Chi bộ Khu phố 3' : 'Nguyễn Văn A', ...(kind === 'ORGANISATION' ? {} : { userId: SUBJECT_ID }), ...(holdsPost ? { holdsPost } : {}) },
    violation: VIOLATION,
    evidenceRefs: ['05-KL/UBKT'],
    source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' },
    concludedAt: '2026-02-20',
    ...extra,
  };
}

const rule = (value: number | null) => ({ ruleId: 'r', value, unit: 'MONTHS' as const, legalBasis: 'Quy định 69-QĐ/TW', confidence: 'STATED' });
/** A rule row with structured data, as the service resolves it (the values of migrations/1795302000000-DisciplineRules.ts). */
const data = (unit: 'FRACTION' | 'LIST' | 'TABLE', value: unknown, confidence = 'STATED') => ({ ruleId: 'r', value: null, data: value, unit, legalBasis: 'Quy định 69-QĐ/TW', confidence });
const count = (value: number, unit: 'COUNT' | 'MONTHS') => ({ ruleId: 'r', value, unit, legalBasis: 'Quy định 296-QĐ/TW', confidence: 'UNVERIFIED' });
const NOT_FOUND = { ruleId: 'r', value: null, data: null, unit: 'FRACTION' as const, legalBasis: 'Quy định 69-QĐ/TW', confidence: 'NOT_FOUND' };
const ALL_SUBJECTS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'];
const SEEDED = {
  'B3.THRESHOLD_STANDARD': data('FRACTION', { numerator: 1, denominator: 2, strict: true }),
  'B3.THRESHOLD_EXPULSION_PROPOSE': data('FRACTION', { numerator: 2, denominator: 3, strict: false }),
  'B3.THRESHOLD_EXPULSION_DECIDE': data('FRACTION', { numerator: 1, denominator: 2, strict: true }),
  'B3.THRESHOLD_GIAI_TAN': NOT_FOUND,
  'VOTE.QUORUM_DISCIPLINE': NOT_FOUND,
  'VOTE.DENOMINATOR_EXCLUSIONS': data('LIST', { items: ['TRANSFERRED', 'EXEMPT_ABSENT', 'SUSPENDED_OR_PROSECUTED', 'ABSENT_APPROVED_REASON', 'PROBATIONARY'] }, 'UNVERIFIED'),
  'B3.FORMS_BY_SUBJECT': data('TABLE', {
    rows: [
      { subject: 'FULL_MEMBER', forms: ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'], onlyWithPost: ['CACH_CHUC'] },
      { subject: 'PROBATIONARY_MEMBER', forms: ['KHIEN_TRACH', 'CANH_CAO'] },
      { subject: 'ORGANISATION', forms: ['KHIEN_TRACH', 'CANH_CAO', 'GIAI_TAN'] },
    ],
  }),
  'B3.NO_LIMITATION_CATEGORIES': data('TABLE', {
    rows: [
      { category: 'INTERNAL_POLITICS', subjects: ALL_SUBJECTS },
      { category: 'DEFENCE_SECURITY_FOREIGN', subjects: ALL_SUBJECTS },
      { category: 'ILLEGAL_DIPLOMA', subjects: ['FULL_MEMBER', 'PROBATIONARY_MEMBER'] },
    ],
  }, 'INFERRED'),
  'B3.EFFECT_RULES': data('TABLE', { rows: [{ bodyKind: 'CELL', forms: ['KHIEN_TRACH', 'CANH_CAO'], effect: 'ON_ANNOUNCEMENT' }, { effect: 'ON_DECISION' }] }, 'UNVERIFIED'),
  'B3.PROTECT_NURSING_MONTHS': count(12, 'MONTHS'),
  'B3.REPEATED_ABSENCE_INVITATIONS': count(2, 'COUNT'),
};
const LIMITS: EventFacts = {
  ruleValues: {
    'B3.LIMIT_MEMBER_KHIEN_TRACH': rule(60),
    'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC': rule(120),
    'B3.LIMIT_MEMBER_KHAI_TRU': rule(null),
    'B3.LIMIT_ORG_KHIEN_TRACH': rule(60),
    'B3.LIMIT_ORG_CANH_CAO': rule(120),
    'B3.FORMS_BY_SUBJECT': SEEDED['B3.FORMS_BY_SUBJECT'],
    'B3.NO_LIMITATION_CATEGORIES': SEEDED['B3.NO_LIMITATION_CATEGORIES'],
  },
};
/** The rule facts of a ballot event; `over` replaces some (e.g. a committee's confirmed giải tán threshold). */
const voteRules = (over: Record<string, unknown> = {}): EventFacts['ruleValues'] => ({ ...SEEDED, ...over }) as EventFacts['ruleValues'];
const withRules = (facts: EventFacts, over: Record<string, unknown> = {}): EventFacts => ({ ...facts, ruleValues: { ...voteRules(over), ...facts.ruleValues } });
const formsFor = (subject: { kind: DisciplineSubject; holdsPost?: boolean }) => formsFromTable(SEEDED as EventFacts['ruleValues'], subject) as DisciplineForm[];
/** A committee confirmed a giải tán threshold (an override of B3.THRESHOLD_GIAI_TAN). */
const GIAI_TAN_CONFIRMED = { 'B3.THRESHOLD_GIAI_TAN': data('FRACTION', { numerator: 2, denominator: 3, strict: false }, 'OVERRIDE') };

type Cell = AuthorityDecision | 'UPPER_TASK';
function authority(body: { kind: BodyKind; level: Level }, subject: DisciplineSubject, cells: Partial<Record<DisciplineForm, Cell>>): EventFacts {
  const forms: DisciplineAuthorityFact['forms'] = {};
  for (const form of ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'] as DisciplineForm[]) {
    const c = cells[form] ?? 'NOT_ALLOWED';
    forms[form] = {
      decision: c === 'UPPER_TASK' ? 'ALLOWED' : c,
      notForUpperAssignedTask: c === 'UPPER_TASK',
      legalBasis: c === 'NOT_CONFIGURED' ? null : 'Quy định 296-QĐ/TW, Điều 10',
      confidence: null,
    };
  }
  return { disciplineAuthority: { body, subject, forms } };
}
// A cell may give khiển trách and cảnh cáo, except for a task assigned by the upper level (§7.3).
const CELL_AUTH = (subject: DisciplineSubject = 'FULL_MEMBER') => authority(CELL, subject, { KHIEN_TRACH: 'UPPER_TASK', CANH_CAO: 'UPPER_TASK' });
const ALL_ALLOWED = (body: { kind: BodyKind; level: Level }, subject: DisciplineSubject = 'FULL_MEMBER') =>
  authority(body, subject, { KHIEN_TRACH: 'ALLOWED', CANH_CAO: 'ALLOWED', CACH_CHUC: 'ALLOWED', KHAI_TRU: 'ALLOWED', GIAI_TAN: 'ALLOWED' });

const members = (n: number, prefix = 'm', extra: Partial<RosterMemberDto> = {}): RosterMemberDto[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, status: 'FULL' as const, ...extra }));

interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  occurredAt?: string;
}

function ballot(forms: DisciplineForm[], votes: Partial<Record<DisciplineForm, number>>, noDiscipline: number, invalid = 0) {
  const full: Partial<Record<DisciplineForm, number>> = {};
  for (const f of forms) full[f] = votes[f] ?? 0;
  const cast = Object.values(full).reduce((a, b) => a + b, 0) + noDiscipline + invalid;
  return { forms, votes: full, noDiscipline, invalid, cast };
}

interface VoteOptions {
  subject?: DisciplineSubject;
  holdsPost?: boolean;
  body?: { kind: BodyKind; level: Level };
  roster?: RosterMemberDto[];
  conflicted?: string[];
  facts?: EventFacts;
  forms?: DisciplineForm[];
  invalid?: number;
  /** Rule facts replacing the seeded ones (e.g. GIAI_TAN_CONFIRMED). */
  rules?: Record<string, unknown>;
  meetingDate?: string;
}
function VOTE(votes: Partial<Record<DisciplineForm, number>>, noDiscipline: number, o: VoteOptions = {}): Step {
  const subject = o.subject ?? 'FULL_MEMBER';
  const body = o.body ?? CELL;
  const forms = o.forms ?? formsFor({ kind: subject, holdsPost: o.holdsPost });
  return {
    type: 'RECORD_VOTE',
    payload: {
      decidingBody: body,
      subjectKind: subject,
      tally: ballot(forms, votes, noDiscipline, o.invalid ?? 0),
      roster: { members: o.roster ?? members(9), conflicted: o.conflicted ?? [] },
      minutesRef: '03-BB/CB',
      ...(o.meetingDate ? { meetingDate: o.meetingDate } : {}),
    },
    facts: withRules(o.facts ?? (body.kind === 'CELL' ? CELL_AUTH(subject) : ALL_ALLOWED(body, subject)), o.rules),
  };
}
const CHECK = (concludedAt?: string): Step => ({ type: 'CHECK_LIMITATION', payload: concludedAt ? { concludedAt } : {}, facts: LIMITS });
const SELF: Step = { type: 'SUBMIT_SELF_CRITICISM', payload: { documentRef: 'BKĐ-01', submittedAt: '2026-03-03' } };
const NO_SELF: Step = { type: 'RECORD_NO_SELF_CRITICISM', payload: { reason: 'Đảng viên không nộp bản tự kiểm điểm sau hai lần yêu cầu' } };
const HEAR: Step = { type: 'RECORD_HEARING', payload: { heldAt: '2026-03-04', representative: 'Trần Thị B, Ủy viên UBKT Đảng ủy', minutesRef: 'BB-GAP-01' } };
const ABSENT = (invitations: string[], withoutValidReason = true): Step => ({
  type: 'RECORD_REPEATED_ABSENCE',
  payload: { invitations, withoutValidReason, minutesRef: 'BB-VANG-01' },
  facts: { ruleValues: voteRules() },
});
/** A deferral; pregnancy and hospital treatment give an expected end (required for pregnancy). */
const DEFER = (ground: string, childBornOn?: string, expectedEndOn?: string): Step => ({
  type: 'DEFER_PROTECTED',
  payload: {
    ground, evidenceRef: 'GCN-01', ...(childBornOn ? { childBornOn } : {}),
    ...(expectedEndOn ?? (ground === 'PREGNANCY' ? '2026-09-01' : undefined) ? { expectedEndOn: expectedEndOn ?? '2026-09-01' } : {}),
  },
  facts: { ruleValues: voteRules() },
});
/** Resuming after a hospital stay or a pregnancy: the day it ended and its evidence. */
const RESUME_AFTER = (protectionEndedOn: string): Step => ({
  type: 'RESUME', payload: { reason: 'Đảng viên đã ra viện, đủ sức khỏe', protectionEndedOn, endEvidenceRef: 'GRV-01' },
});
const RESUME: Step = RESUME_AFTER('2026-03-02');
const DECIDE = (form: DisciplineForm, o: { body?: { kind: BodyKind; level: Level }; subject?: DisciplineSubject; facts?: EventFacts; decisionDate?: string } = {}): Step => ({
  type: 'DECIDE',
  payload: { decidingBody: o.body ?? CELL, subjectKind: o.subject ?? 'FULL_MEMBER', form, decisionRef: '12-QĐ/ĐU', ...(o.decisionDate ? { decisionDate: o.decisionDate } : {}) },
  facts: withRules(o.facts ?? ALL_ALLOWED(o.body ?? CELL, o.subject)),
});
const PROPOSE = (o: { body?: { kind: BodyKind; level: Level }; to?: { kind: BodyKind; level: Level }; facts?: EventFacts; subject?: DisciplineSubject } = {}): Step => ({
  type: 'PROPOSE_UP',
  payload: { decidingBody: o.body ?? CELL, subjectKind: o.subject ?? 'FULL_MEMBER', proposedTo: o.to ?? GRASSROOTS_BTV, proposalRef: '02-TTr/CB' },
  facts: o.facts ?? CELL_AUTH(o.subject),
});
function UPPER(votes: Partial<Record<DisciplineForm, number>>, noDiscipline: number, o: VoteOptions = {}): Step {
  const v = VOTE(votes, noDiscipline, { ...o, body: o.body ?? GRASSROOTS_BTV, roster: o.roster ?? members(7, 'u') });
  const { minutesRef: _m, ...rest } = v.payload as Record<string, unknown>;
  return { type: 'UPPER_DECIDE', payload: { ...rest, decisionRef: '45-QĐ/ĐU' }, facts: withRules(o.facts ?? ALL_ALLOWED(o.body ?? GRASSROOTS_BTV, o.subject), o.rules) };
}
const FORWARD = (to = UPPER_BTV): Step => ({ type: 'FORWARD_PROPOSAL', payload: { proposedTo: to, reason: 'Đảng ủy cơ sở không có thẩm quyền khai trừ' } });
const RECEIPT = (receivedAt = '2026-03-20'): Step => ({ type: 'RECORD_RECEIPT', payload: { receivedAt }, occurredAt: '2026-03-21T02:00:00.000Z' });
const COMPLAINT: Step = {
  type: 'COMPLAINT_LODGED',
  payload: {
    complainant: { kind: 'MEMBER', name: 'Nguyễn Văn A', userId: SUBJECT_ID },
    lodgedAt: '2026-03-25',
    lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' },
    onBehalfOfAnother: false,
    summary: 'Đề nghị xem xét lại hình thức kỷ luật',
  },
};
const CHILD = (outcome: string, link = 'COMPLAINT', procedureId = 'khieu-nai-ky-luat'): Step => ({
  type: 'CHILD_CONCLUDED',
  payload: { childCaseId: CHILD_ID, procedureId, link, outcome },
  facts: { ruleValues: voteRules() },
});
const MISSED = (generation: number, key = 'complaintWindow'): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation } });
const ARCHIVE: Step = { type: 'ARCHIVE' };

const toEvent = (s: Step, i: number): MachineEvent => ({
  type: s.type,
  payload: s.payload ?? {},
  actorId: 'u1',
  occurredAt: s.occurredAt ?? at(i),
  ...(s.facts ? { facts: s.facts } : {}),
});

interface Run {
  results: StepResult[];
  last: StepResult;
}
function play(from: StepResult, steps: readonly Step[], offset = 0): Run {
  const results = [from];
  let current = from;
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, current.snapshot, toEvent(s, offset + i));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${current.state}" was ${outcome.kind}: ${JSON.stringify(outcome)}`);
    results.push(outcome);
    current = outcome;
  });
  return { results, last: current };
}
const run = (i: KyLuatInput, steps: readonly Step[]) => play(startCase(def, i), steps);
const reach = (i: KyLuatInput, steps: readonly Step[]) => run(i, steps).last;
const attempt = (from: StepResult, s: Step, i = 50): StepOutcome => applyEvent(def, from.snapshot, toEvent(s, i));
const refusedBy = (from: StepResult, s: Step): string[] | string => {
  const o = attempt(from, s);
  return o.kind === 'guard-refused' ? o.guards : o.kind;
};
const ctx = (r: StepResult) => r.snapshot.context as ContextKyLuat;
const tags = (r: StepResult) => def.project(r.state, r.snapshot.context).tags;
const category = (r: StepResult) => def.project(r.state, r.snapshot.context).reportCategory;
const effectsOf = (r: StepResult, type: Effect['type']) => r.effects.filter((e) => e.type === type).map((e) => e.params);

const TO_MEETING: Step[] = [CHECK(), SELF, HEAR];

// ---------------------------------------------------------------------------------------------------------------
// 1. Forms by subject kind (§7.1)
// ---------------------------------------------------------------------------------------------------------------

describe('forms by subject kind', () => {
  it.each<[string, DisciplineSubject, boolean, DisciplineForm[]]>([
    ['a full member holding a post', 'FULL_MEMBER', true, ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']],
    ['a full member without a post', 'FULL_MEMBER', false, ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']],
    ['a probationary member', 'PROBATIONARY_MEMBER', false, ['CANH_CAO', 'KHIEN_TRACH']],
    ['an organisation', 'ORGANISATION', false, ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH']],
  ])('%s: the ballot lists exactly %s', (_n, kind, holdsPost, forms) => {
    expect(formsFor({ kind, holdsPost })).toEqual(forms);
  });

  // Each form the subject can receive is decided by a majority for it, at a body that may decide it.
  const cases: [DisciplineSubject, boolean, DisciplineForm][] = [
    ...(['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'] as DisciplineForm[]).map((f): [DisciplineSubject, boolean, DisciplineForm] => ['FULL_MEMBER', true, f]),
    ['PROBATIONARY_MEMBER', false, 'CANH_CAO'],
    ['PROBATIONARY_MEMBER', false, 'KHIEN_TRACH'],
    ['ORGANISATION', false, 'GIAI_TAN'],
    ['ORGANISATION', false, 'CANH_CAO'],
    ['ORGANISATION', false, 'KHIEN_TRACH'],
  ];
  it.each(cases)('%s (post: %s) can be given %s', (subject, holdsPost, form) => {
    const i = input(subject, {}, holdsPost);
    const rules = form === 'GIAI_TAN' ? GIAI_TAN_CONFIRMED : {};
    const r = reach(i, [...TO_MEETING, VOTE({ [form]: 7 }, 2, { subject, holdsPost, body: GRASSROOTS_BTV, rules }), DECIDE(form, { body: GRASSROOTS_BTV, subject })]);
    expect(r.state).toBe('effective');
    expect(tags(r)).toMatchObject({ form, subjectKind: subject, enforced: 'true' });
  });

  it.each<[string, DisciplineSubject, boolean, DisciplineForm[]]>([
    ['removal from post for a member without a post', 'FULL_MEMBER', false, ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']],
    ['expulsion for a probationary member', 'PROBATIONARY_MEMBER', false, ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']],
    ['removal from post for a probationary member', 'PROBATIONARY_MEMBER', true, ['CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']],
    ['dissolution for a member', 'FULL_MEMBER', false, ['GIAI_TAN', 'KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']],
    ['expulsion for an organisation', 'ORGANISATION', false, ['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']],
    ['a ballot leaving out a form (no khai trừ)', 'FULL_MEMBER', false, ['CANH_CAO', 'KHIEN_TRACH']],
  ])('a ballot listing %s is refused with the forms rule', (_n, subject, holdsPost, forms) => {
    const meeting = reach(input(subject, {}, holdsPost), TO_MEETING);
    expect(refusedBy(meeting, VOTE({ CANH_CAO: 6 }, 3, { subject, forms }))).toEqual(['ballotListsSubjectForms']);
    expect(def.guardMessages.ballotListsSubjectForms).toMatch(/cách chức \(chỉ khi đang giữ chức vụ\)/);
  });

  it('a decision naming a form the subject cannot receive, or not the form voted, is refused', () => {
    const voted = reach(input(), [...TO_MEETING, VOTE({ CANH_CAO: 6 }, 3, { body: GRASSROOTS_BTV })]);
    expect(voted.state).toBe('voted');
    expect(refusedBy(voted, DECIDE('CACH_CHUC', { body: GRASSROOTS_BTV }))).toEqual(['formExistsForSubject']);
    expect(refusedBy(voted, DECIDE('KHIEN_TRACH', { body: GRASSROOTS_BTV }))).toEqual(['formMatchesVote']);
    expect(refusedBy(voted, DECIDE('CANH_CAO', { body: GRASSROOTS_BTV, subject: 'PROBATIONARY_MEMBER' }))).toEqual(['subjectKindMatches']);
    expect(refusedBy(voted, DECIDE('CANH_CAO', { body: UPPER_BTV }))).toEqual(['sameBodyAsVote']);
  });

  it('giải tán has no threshold in the law (K3, NOT_FOUND): a ballot choosing it is refused, saying so, until a committee confirms one', async () => {
    const meeting = reach(input('ORGANISATION'), TO_MEETING);
    const dissolve = VOTE({ GIAI_TAN: 7 }, 2, { subject: 'ORGANISATION', body: UPPER_BTV });
    expect(refusedBy(meeting, dissolve)).toEqual(['dissolutionThresholdConfirmed']);
    const o = attempt(meeting, dissolve);
    const reasons = o.kind === 'guard-refused' ? refusalReasons(def, meeting.snapshot, toEvent(dissolve, 50), o.guards) : [];
    expect(reasons[0]).toMatch(/^Chưa có tỷ lệ biểu quyết giải tán tổ chức đảng được xác nhận.*Đã ghi 7 phiếu giải tán; B3\.THRESHOLD_GIAI_TAN chưa có giá trị\.$/);
    // One ballot for giải tán is enough to wait for the value; none, and the lighter forms are counted as usual.
    expect(refusedBy(meeting, VOTE({ GIAI_TAN: 1, CANH_CAO: 6 }, 2, { subject: 'ORGANISATION', body: UPPER_BTV }))).toEqual(['dissolutionThresholdConfirmed']);
    const warned = play(meeting, [VOTE({ CANH_CAO: 6 }, 3, { subject: 'ORGANISATION', body: UPPER_BTV })], 5).last;
    expect(ctx(warned).vote).toMatchObject({ decided: 'CANH_CAO', forms: ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH'] });
    expect(ctx(warned).vote?.text).toMatch(/^Giải tán: 0 phiếu, không xét/);
    // A confirmed value (a committee's override) decides it.
    const dissolved = play(meeting, [VOTE({ GIAI_TAN: 7 }, 2, { subject: 'ORGANISATION', body: UPPER_BTV, rules: GIAI_TAN_CONFIRMED })], 5).last;
    expect(ctx(dissolved).vote?.decided).toBe('GIAI_TAN');
    // The payload has no field for a threshold any more: a user cannot type one.
    const typed = { ...(dissolve.payload as Record<string, unknown>), dissolutionThreshold: { numerator: 1, denominator: 2, strict: true, basis: 'Ban Thường vụ áp dụng' } };
    expect(await payloadErrors(typed)).toEqual(['property dissolutionThreshold should not exist']);
  });

  it('a probationary member’s cảnh cáo at the cell takes effect on announcement', () => {
    const r = reach(input('PROBATIONARY_MEMBER'), [...TO_MEETING, VOTE({ CANH_CAO: 5 }, 4, { subject: 'PROBATIONARY_MEMBER' })]);
    expect(r.state).toBe('effective');
    expect(ctx(r).decision).toMatchObject({ form: 'CANH_CAO', effect: 'ON_ANNOUNCEMENT' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Statute of limitations (§7.2): the vote is held, a time-barred result is recorded and not enforced (R8)
// ---------------------------------------------------------------------------------------------------------------

describe('statute of limitations', () => {
  const withViolation = (violation: Partial<DisciplineViolationDto>, concludedAt: string, subject: DisciplineSubject = 'FULL_MEMBER') =>
    input(subject, { violation: { ...VIOLATION, ...violation }, concludedAt }, true);
  const decideAt = (i: KyLuatInput, form: DisciplineForm, subject: DisciplineSubject = 'FULL_MEMBER') =>
    reach(i, [...TO_MEETING, VOTE({ [form]: 7 }, 2, { subject, holdsPost: true, body: GRASSROOTS_BTV, rules: form === 'GIAI_TAN' ? GIAI_TAN_CONFIRMED : {} })]);

  it.each<[string, Partial<DisciplineViolationDto>, string, DisciplineForm, DisciplineSubject, boolean]>([
    ['khiển trách, 60 months: concluded the day before they run out', { occurredFrom: '2019-03-15' }, '2024-03-14', 'KHIEN_TRACH', 'FULL_MEMBER', false],
    ['khiển trách, 60 months: concluded the day they run out', { occurredFrom: '2019-03-15' }, '2024-03-15', 'KHIEN_TRACH', 'FULL_MEMBER', true],
    ['cảnh cáo, 120 months: the day before', { occurredFrom: '2014-08-31' }, '2024-08-30', 'CANH_CAO', 'FULL_MEMBER', false],
    ['cảnh cáo, 120 months: the day', { occurredFrom: '2014-08-31' }, '2024-08-31', 'CANH_CAO', 'FULL_MEMBER', true],
    ['cách chức shares the 120 months: the day before', { occurredFrom: '2014-08-31' }, '2024-08-30', 'CACH_CHUC', 'FULL_MEMBER', false],
    ['cách chức shares the 120 months: the day', { occurredFrom: '2014-08-31' }, '2024-08-31', 'CACH_CHUC', 'FULL_MEMBER', true],
    ['a leap day plus 60 months ends with February: 27/02 is in time', { occurredFrom: '2020-02-29' }, '2025-02-27', 'KHIEN_TRACH', 'FULL_MEMBER', false],
    ['a leap day plus 60 months ends with February: 28/02 is barred', { occurredFrom: '2020-02-29' }, '2025-02-28', 'KHIEN_TRACH', 'FULL_MEMBER', true],
    ['a continuing violation counts from its end: the day before', { occurredFrom: '2012-01-01', occurredUntil: '2019-03-15', continuing: true }, '2024-03-14', 'KHIEN_TRACH', 'FULL_MEMBER', false],
    ['a continuing violation counts from its end: the day', { occurredFrom: '2012-01-01', occurredUntil: '2019-03-15', continuing: true }, '2024-03-15', 'KHIEN_TRACH', 'FULL_MEMBER', true],
    ['a continuing violation not yet ended is never barred', { occurredFrom: '2001-01-01', continuing: true }, '2026-01-01', 'KHIEN_TRACH', 'FULL_MEMBER', false],
    ['internal politics has no limitation', { occurredFrom: '2001-01-01', noLimitationCategory: 'INTERNAL_POLITICS' }, '2026-01-01', 'KHIEN_TRACH', 'FULL_MEMBER', false],
    ['defence, security, foreign affairs has no limitation', { occurredFrom: '2001-01-01', noLimitationCategory: 'DEFENCE_SECURITY_FOREIGN' }, '2026-01-01', 'CANH_CAO', 'FULL_MEMBER', false],
    ['illegal diplomas have no limitation', { occurredFrom: '2001-01-01', noLimitationCategory: 'ILLEGAL_DIPLOMA' }, '2026-01-01', 'CACH_CHUC', 'FULL_MEMBER', false],
    ['khai trừ is never barred', { occurredFrom: '1990-01-01' }, '2026-01-01', 'KHAI_TRU', 'FULL_MEMBER', false],
    ['a probationary member’s cảnh cáo: 120 months, the day', { occurredFrom: '2014-08-31' }, '2024-08-31', 'CANH_CAO', 'PROBATIONARY_MEMBER', true],
    ['an organisation’s khiển trách: 60 months, the day before', { occurredFrom: '2019-03-15' }, '2024-03-14', 'KHIEN_TRACH', 'ORGANISATION', false],
    ['an organisation’s khiển trách: 60 months, the day', { occurredFrom: '2019-03-15' }, '2024-03-15', 'KHIEN_TRACH', 'ORGANISATION', true],
    ['an organisation’s cảnh cáo: 120 months, the day', { occurredFrom: '2014-08-31' }, '2024-08-31', 'CANH_CAO', 'ORGANISATION', true],
    ['an organisation’s dissolution is never barred', { occurredFrom: '1990-01-01' }, '2026-01-01', 'GIAI_TAN', 'ORGANISATION', false],
    ['an organisation and illegal diplomas: the table lists none, the limitation applies', { occurredFrom: '2014-08-31', noLimitationCategory: 'ILLEGAL_DIPLOMA' }, '2024-08-31', 'CANH_CAO', 'ORGANISATION', true],
  ])('%s', (_n, violation, concludedAt, form, subject, barred) => {
    const r = decideAt(withViolation(violation, concludedAt, subject), form, subject);
    expect(ctx(r).vote?.decided).toBe(form);
    expect(ctx(r).applied?.timeBarred ?? false).toBe(barred);
    expect(r.state).toBe(barred ? 'timeBarred' : 'voted');
    if (barred) {
      expect(tags(r)).toMatchObject({ form, enforced: 'false', outcome: 'NOT_ENFORCED_TIME_BARRED' });
      expect(category(r)).toBe('TIME_BARRED');
      expect(effectsOf(r, 'reportToParent')).toEqual([expect.objectContaining({ outcome: 'NOT_ENFORCED_TIME_BARRED' })]);
      expect(ctx(r).applied?.text).toMatch(/đã hết thời hiệu/);
    }
  });

  it('is computed for the form decided: the same case is barred for khiển trách and in time for cảnh cáo', () => {
    const i = withViolation({ occurredFrom: '2019-03-15' }, '2024-06-01');
    expect(decideAt(i, 'KHIEN_TRACH').state).toBe('timeBarred');
    expect(decideAt(i, 'CANH_CAO').state).toBe('voted');
    const table = ctx(reach(i, [CHECK()])).limitation?.table;
    expect(table?.map((l) => [l.form, l.barredFrom, l.timeBarred])).toEqual([
      ['KHAI_TRU', null, false],
      ['CACH_CHUC', '2029-03-15', false],
      ['CANH_CAO', '2029-03-15', false],
      ['KHIEN_TRACH', '2024-03-15', true],
    ]);
    expect(table?.[3].text).toBe('Khiển trách: thời hiệu 60 tháng tính từ 15/03/2019, hết ngày 14/03/2024; kết luận ngày 01/06/2024: đã hết thời hiệu');
  });

  it('needs the conclusion date, from the input or the step; not before the violation nor after the step', () => {
    const without = startCase(def, input('FULL_MEMBER', { concludedAt: undefined }));
    expect(refusedBy(without, CHECK())).toEqual(['conclusionDateKnown']);
    expect(refusedBy(without, CHECK('2023-01-01'))).toEqual(['conclusionDateValid']);
    expect(refusedBy(without, { ...CHECK('2026-03-10'), occurredAt: '2026-03-05T02:00:00.000Z' })).toEqual(['conclusionDateValid']);
    expect(ctx(play(without, [CHECK('2026-02-01')]).last).limitation?.concludedAt).toBe('2026-02-01');
  });

  it('a rule row with no value means no limitation', () => {
    const facts = { ruleValues: { ...LIMITS.ruleValues, 'B3.LIMIT_MEMBER_KHIEN_TRACH': rule(null) } };
    const r = reach(withViolation({ occurredFrom: '2001-01-01' }, '2026-01-01'), [{ ...CHECK(), facts }]);
    expect(ctx(r).limitation?.table.find((l) => l.form === 'KHIEN_TRACH')).toMatchObject({ months: null, timeBarred: false });
  });

  it('no row on the violation’s date, or a NOT_FOUND row, refuses the step naming the rule (never "no limitation")', () => {
    const i = withViolation({ occurredFrom: '2019-03-15' }, '2024-06-01');
    const noRow = { ruleValues: { ...LIMITS.ruleValues, 'B3.LIMIT_MEMBER_KHIEN_TRACH': null }, legalDate: { date: '2019-03-15', field: 'context.input.violation.occurredFrom' } };
    const concluded = startCase(def, i);
    expect(refusedBy(concluded, { ...CHECK(), facts: noRow })).toEqual(['limitationRulesFound']);
    const o = attempt(concluded, { ...CHECK(), facts: noRow });
    const reasons = o.kind === 'guard-refused' ? refusalReasons(def, concluded.snapshot, toEvent({ ...CHECK(), facts: noRow }, 50), o.guards) : [];
    expect(reasons[0]).toContain('Chưa có giá trị pháp lý cho B3.LIMIT_MEMBER_KHIEN_TRACH (thời hiệu khiển trách đảng viên: không có quy tắc) áp dụng ngày 15/03/2019');
    const notFound = { ruleValues: { ...LIMITS.ruleValues, 'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC': { ...rule(null), confidence: 'NOT_FOUND' } } };
    expect(refusedBy(concluded, { ...CHECK(), facts: notFound })).toEqual(['limitationRulesFound']);
    // The forms table is needed for every subject; the categories' table only when a category is declared.
    expect(refusedBy(concluded, { ...CHECK(), facts: { ruleValues: { ...LIMITS.ruleValues, 'B3.FORMS_BY_SUBJECT': null } } })).toEqual(['limitationRulesFound']);
    const noCategories = { ruleValues: { ...LIMITS.ruleValues, 'B3.NO_LIMITATION_CATEGORIES': null } };
    expect(attempt(concluded, { ...CHECK(), facts: noCategories }).kind).toBe('taken');
    const politics = startCase(def, withViolation({ occurredFrom: '2001-01-01', noLimitationCategory: 'INTERNAL_POLITICS' }, '2026-01-01'));
    expect(refusedBy(politics, { ...CHECK(), facts: noCategories })).toEqual(['limitationRulesFound']);
  });

  it('records the subject’s forms from the rule in force at the violation; later steps read them from the case', () => {
    const r = reach(input('FULL_MEMBER', {}, true), [CHECK()]);
    expect(ctx(r).forms).toEqual(['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH']);
    // A table without cách chức (a committee's version) gives a ballot without it, for this case only.
    const noRemoval = { rows: [{ subject: 'FULL_MEMBER', forms: ['KHIEN_TRACH', 'CANH_CAO', 'KHAI_TRU'] }] };
    const other = reach(input('FULL_MEMBER', {}, true), [{ ...CHECK(), facts: { ruleValues: { ...LIMITS.ruleValues, 'B3.FORMS_BY_SUBJECT': data('TABLE', noRemoval) } } }]);
    expect(ctx(other).forms).toEqual(['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Protected deferral (R2), self-criticism (R3), hearing (R4)
// ---------------------------------------------------------------------------------------------------------------

describe('protected deferral', () => {
  const dayOf = (i: number) => at(i).slice(0, 10);

  it.each<[string, Step[], string]>([
    ['before the self-criticism', [CHECK()], 'proceedings.selfCriticism'],
    ['before the hearing', [CHECK(), SELF], 'proceedings.hearing'],
    ['before the vote', TO_MEETING, 'proceedings.meeting'],
  ])('defers %s and resumes at the same step', (_n, steps, state) => {
    const before = reach(input(), steps);
    expect(before.state).toBe(state);
    const deferred = play(before, [DEFER('SERIOUS_ILLNESS_IN_HOSPITAL')], 10).last;
    expect(deferred.state).toBe('deferred');
    expect(category(deferred)).toBe('DEFERRED_PROTECTED');
    expect(availableEvents(def, deferred.snapshot).filter((t) => def.events[t].roles.length > 0)).toEqual(['RESUME']);
    const resume = RESUME_AFTER(dayOf(11));
    const resumed = play(deferred, [resume], 11).last;
    expect(resumed.state).toBe(state);
    expect(ctx(resumed).deferrals).toEqual([
      expect.objectContaining({ ground: 'SERIOUS_ILLNESS_IN_HOSPITAL', resumeTo: state.split('.')[1], resumeReason: 'Đảng viên đã ra viện, đủ sức khỏe', endedOn: dayOf(11), endEvidenceRef: 'GRV-01' }),
    ]);
  });

  it('protects at every level: after the vote and while the upper level has the proposal, which may not decide then', () => {
    const voted = reach(input('FULL_MEMBER', {}, true), [...TO_MEETING, VOTE({ KHAI_TRU: 7 }, 2, { holdsPost: true })]);
    expect(voted.state).toBe('voted');
    const deferredVoted = play(voted, [DEFER('SERIOUS_ILLNESS_IN_HOSPITAL')], 10).last;
    expect(deferredVoted.state).toBe('deferred');
    expect(play(deferredVoted, [RESUME_AFTER(dayOf(12))], 12).last.state).toBe('voted');

    const proposed = play(voted, [PROPOSE()], 10).last;
    const deferred = play(proposed, [DEFER('PREGNANCY', undefined, '2026-09-01')], 11).last;
    expect(deferred.state).toBe('deferred');
    expect(attempt(deferred, UPPER({ KHAI_TRU: 4 }, 3, { holdsPost: true }))).toMatchObject({ kind: 'not-allowed' });
    // The pregnancy ended on 20/03/2026 (the birth): not before that day.
    expect(refusedBy(deferred, { ...RESUME_AFTER('2026-03-20'), occurredAt: '2026-03-19T02:00:00.000Z' })).toEqual(['protectionEnded']);
    const back = play(deferred, [{ ...RESUME_AFTER('2026-03-20'), occurredAt: '2026-03-20T02:00:00.000Z' }]).last;
    expect(back.state).toBe('proposedUp');
    expect(play(back, [UPPER({ KHAI_TRU: 4 }, 3, { holdsPost: true })], 13).last.state).toBe('effective');
  });

  it('nursing (B3.PROTECT_NURSING_MONTHS = 12): a child born 02/03/2025 protects on 01/03/2026, not on 02/03/2026; no birth date, no deferral', () => {
    const meeting = reach(input(), TO_MEETING);
    expect(attempt(meeting, { ...DEFER('NURSING_CHILD_UNDER_12_MONTHS', '2025-03-02'), occurredAt: '2026-03-01T02:00:00.000Z' }).kind).toBe('taken');
    expect(refusedBy(meeting, { ...DEFER('NURSING_CHILD_UNDER_12_MONTHS', '2025-03-02'), occurredAt: '2026-03-02T02:00:00.000Z' })).toEqual(['protectedGroundHolds']);
    expect(refusedBy(meeting, DEFER('NURSING_CHILD_UNDER_12_MONTHS'))).toEqual(['protectedGroundHolds']);
    // The months are the rule's: with 24 the same child still protects.
    const longer = { ...DEFER('NURSING_CHILD_UNDER_12_MONTHS', '2025-03-02'), occurredAt: '2026-03-02T02:00:00.000Z', facts: { ruleValues: voteRules({ 'B3.PROTECT_NURSING_MONTHS': count(24, 'MONTHS') }) } };
    expect(attempt(meeting, longer).kind).toBe('taken');
    // Without the rule there is no period to apply: refused, naming it.
    const none = { ...DEFER('NURSING_CHILD_UNDER_12_MONTHS', '2025-06-30'), facts: { ruleValues: voteRules({ 'B3.PROTECT_NURSING_MONTHS': null }) } };
    expect(refusedBy(meeting, none)).toEqual(['protectedGroundHolds']);
    const o = attempt(meeting, none);
    expect(o.kind === 'guard-refused' && refusalReasons(def, meeting.snapshot, toEvent(none, 50), o.guards)[0]).toContain('Chưa có giá trị pháp lý cho B3.PROTECT_NURSING_MONTHS');
  });

  it('nursing: a term ends with the last protected day; resuming the day before the child is 12 months is refused, on that day and after allowed', () => {
    const meeting = reach(input(), TO_MEETING);
    const nursing = play(meeting, [{ ...DEFER('NURSING_CHILD_UNDER_12_MONTHS', '2025-06-30'), occurredAt: '2026-03-01T02:00:00.000Z' }]).last;
    expect(ctx(nursing).deferrals?.[0]).toMatchObject({ until: '2026-06-30', resumeTo: 'meeting' });
    expect(effectsOf(nursing, 'scheduleDeadline')).toEqual([{ key: 'protectionEnd', ruleKey: 'B3.PROTECT_NURSING_MONTHS', startAt: '2025-06-30', term: true }]);
    const resume = (day: string): Step => ({ type: 'RESUME', payload: { reason: 'Con đã đủ 12 tháng tuổi' }, occurredAt: `${day}T02:00:00.000Z` });
    expect(refusedBy(nursing, resume('2026-06-29'))).toEqual(['protectionEnded']);
    const o = attempt(nursing, resume('2026-06-29'));
    expect(o.kind === 'guard-refused' && refusalReasons(def, nursing.snapshot, toEvent(resume('2026-06-29'), 50), o.guards)[0]).toMatch(/chỉ tiếp tục xem xét từ ngày 30\/06\/2026\.$/);
    expect(attempt(nursing, resume('2026-06-30')).kind).toBe('taken');
    expect(attempt(nursing, resume('2026-07-15')).kind).toBe('taken');
    // The term ran out (the unit was told): recorded; resuming then leaves the ended term alone.
    const told = play(nursing, [{ ...MISSED(1, 'protectionEnd'), occurredAt: '2026-06-29T17:00:00.000Z' }]).last;
    expect(told.state).toBe('deferred');
    expect(ctx(told).deferrals?.[0].termEndedAt).toBe('2026-06-29T17:00:00.000Z');
    expect(refusedBy(nursing, MISSED(2, 'protectionEnd'))).toEqual(['currentDeadline']);
    const resumed = play(told, [resume('2026-06-30')]).last;
    expect(resumed.state).toBe('proceedings.meeting');
    expect(effectsOf(resumed, 'cancelDeadline')).toEqual([]);
  });

  it('hospital: resuming needs the discharge day and its evidence; the day before it refused, on it and after allowed; an early resume closes the term', () => {
    const meeting = reach(input(), TO_MEETING);
    const ill = play(meeting, [{ ...DEFER('SERIOUS_ILLNESS_IN_HOSPITAL', undefined, '2026-04-10'), occurredAt: '2026-03-10T02:00:00.000Z' }]).last;
    expect(effectsOf(ill, 'scheduleDeadline')).toEqual([{ key: 'protectionEnd', ruleKey: 'B3.PROTECTION_END_TERM', startAt: '2026-04-10', term: true }]);
    const on = (ended: string, day: string): Step => ({ ...RESUME_AFTER(ended), occurredAt: `${day}T02:00:00.000Z` });
    expect(refusedBy(ill, { type: 'RESUME', payload: { reason: 'Đã khỏe' }, occurredAt: '2026-04-11T02:00:00.000Z' })).toEqual(['protectionEnded']);
    expect(refusedBy(ill, on('2026-03-25', '2026-03-24'))).toEqual(['protectionEnded']);
    expect(refusedBy(ill, on('2026-03-01', '2026-03-24'))).toEqual(['protectionEnded']);
    const same = play(ill, [on('2026-03-25', '2026-03-25')]).last;
    expect(same.state).toBe('proceedings.meeting');
    // Discharged before the expected day: the reminder is no longer needed.
    expect(effectsOf(same, 'cancelDeadline')).toEqual([{ key: 'protectionEnd', at: '2026-03-25T02:00:00.000Z' }]);
    expect(attempt(ill, on('2026-03-25', '2026-03-28')).kind).toBe('taken');
  });

  it('a pregnancy needs its due date (the reminder’s day); a past expected end is refused', () => {
    const meeting = reach(input(), TO_MEETING);
    const noDate: Step = { type: 'DEFER_PROTECTED', payload: { ground: 'PREGNANCY', evidenceRef: 'GCN-01' }, facts: { ruleValues: voteRules() } };
    expect(refusedBy(meeting, noDate)).toEqual(['protectedGroundHolds']);
    expect(refusedBy(meeting, DEFER('PREGNANCY', undefined, '2026-01-01'))).toEqual(['protectedGroundHolds']);
    expect(attempt(meeting, DEFER('PREGNANCY', undefined, '2026-09-01')).kind).toBe('taken');
  });

  it('does not apply to an organisation', () => {
    expect(refusedBy(reach(input('ORGANISATION'), TO_MEETING), DEFER('PREGNANCY'))).toEqual(['subjectIsMember']);
  });
});

describe('self-criticism and the mandatory hearing', () => {
  it('a missing self-criticism is recorded and the hearing follows', () => {
    expect(reach(input(), [CHECK(), NO_SELF]).state).toBe('proceedings.hearing');
  });

  it('no vote before the member was heard', () => {
    const hearing = reach(input(), [CHECK(), SELF]);
    expect(attempt(hearing, VOTE({ CANH_CAO: 6 }, 3))).toMatchObject({ kind: 'not-allowed' });
  });

  it('“repeatedly” is the rule’s count (B3.REPEATED_ABSENCE_INVITATIONS): with 3, two absences are not enough; without the rule, refused', () => {
    const hearing = reach(input(), [CHECK(), SELF]);
    const three = { ...ABSENT(['2026-03-03', '2026-03-05']), facts: { ruleValues: voteRules({ 'B3.REPEATED_ABSENCE_INVITATIONS': count(3, 'COUNT') }) } };
    expect(refusedBy(hearing, three)).toEqual(['absenceRepeated']);
    expect(attempt(hearing, { ...three, payload: { ...(three.payload as object), invitations: ['2026-03-03', '2026-03-05', '2026-03-07'] } }).kind).toBe('taken');
    const none = { ...ABSENT(['2026-03-03', '2026-03-05']), facts: { ruleValues: voteRules({ 'B3.REPEATED_ABSENCE_INVITATIONS': null }) } };
    expect(refusedBy(hearing, none)).toEqual(['absenceRepeated']);
  });

  it.each<[string, Step, boolean]>([
    ['two invitations missed without valid reason: the body proceeds', ABSENT(['2026-03-03', '2026-03-05']), true],
    ['one invitation is not "repeatedly"', ABSENT(['2026-03-03']), false],
    ['the same invitation twice is one', ABSENT(['2026-03-03', '2026-03-03T09:00:00.000Z']), true],
    ['absences with a valid reason', ABSENT(['2026-03-03', '2026-03-05'], false), false],
  ])('%s', (_n, step, proceeds) => {
    const hearing = reach(input(), [CHECK(), SELF]);
    if (proceeds) {
      const r = play(hearing, [step], 5).last;
      expect(r.state).toBe('proceedings.meeting');
      expect(tags(r).absentRepeatedly).toBe('true');
    } else expect(refusedBy(hearing, step)).toEqual(['absenceRepeated']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. The vote (R5)
// ---------------------------------------------------------------------------------------------------------------

async function payloadErrors(payload: unknown): Promise<string[]> {
  const errors = await validate(plainToInstance(VotePayload, payload), { whitelist: true, forbidNonWhitelisted: true });
  const flat = (e: ValidationError): string[] => [...Object.values(e.constraints ?? {}), ...(e.children ?? []).flatMap(flat)];
  return errors.flatMap(flat);
}

describe('the vote', () => {
  const meeting = () => reach(input('FULL_MEMBER', {}, true), TO_MEETING);

  it('a valid tally decides, with the steps of the count in context and only counts kept', () => {
    const r = play(meeting(), [VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, body: GRASSROOTS_BTV })], 5).last;
    expect(ctx(r).vote).toMatchObject({
      decided: 'CANH_CAO',
      denominator: 9,
      counts: { present: 9, denominator: 9 },
      text: 'Quyết định hình thức Cảnh cáo sau khi cộng dồn: 5/9 phiếu, cần 5',
    });
    expect(ctx(r).vote?.steps.map((s) => s.text)).toEqual([
      'Khai trừ: 0 phiếu, cộng dồn 0/9, cần 6 (Ít nhất hai phần ba): chưa đạt',
      'Cách chức: 0 phiếu, cộng dồn 0/9, cần 5 (Quá một nửa): chưa đạt',
      'Cảnh cáo: 5 phiếu, cộng dồn 5/9, cần 5 (Quá một nửa): đạt',
    ]);
  });

  it('an invalid tally is refused by the machine and, at the API, with each code and its Vietnamese message', async () => {
    const bad = VOTE({ CANH_CAO: 7 }, 4, { holdsPost: true });
    expect(refusedBy(meeting(), bad)).toEqual(['tallyCounts']);
    expect(await payloadErrors(bad.payload)).toEqual([
      'CAST_EXCEEDS_VOTERS: Số phiếu thu vào (11) lớn hơn số đảng viên được phát phiếu (9)',
    ]);
    const uncounted = { ...(bad.payload as Record<string, unknown>), tally: { ...ballot(formsFor({ kind: 'FULL_MEMBER', holdsPost: true }), { CANH_CAO: 4 }, 3), cast: 9 } };
    expect(await payloadErrors(uncounted)).toEqual(['COUNTS_BELOW_CAST: Tổng số phiếu đã kiểm (7) nhỏ hơn số phiếu thu vào (9): còn 2 phiếu chưa kiểm']);
    expect(await payloadErrors(VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true }).payload)).toEqual([]);
  });

  it('no form reaching its threshold, even cumulatively: no discipline (R9), told to the parent', () => {
    const r = play(meeting(), [VOTE({ KHAI_TRU: 2, CANH_CAO: 1 }, 6, { holdsPost: true })], 5).last;
    expect(r.state).toBe('noDiscipline');
    expect(tags(r)).toMatchObject({ form: 'NONE', enforced: 'false', outcome: 'NO_DISCIPLINE' });
    expect(effectsOf(r, 'reportToParent')).toEqual([expect.objectContaining({ outcome: 'NO_DISCIPLINE' })]);
    expect(effectsOf(r, 'notify')).toEqual([{ template: 'ky-luat.no-discipline', audiences: ['UNIT', 'UPPER_COMMITTEE'] }]);
  });

  it('cumulative counting decides a lighter form: five votes to expel of nine give removal from post, or a warning without a post', () => {
    expect(ctx(play(meeting(), [VOTE({ KHAI_TRU: 5 }, 4, { holdsPost: true, body: GRASSROOTS_BTV })], 5).last).vote?.decided).toBe('CACH_CHUC');
    const noPost = reach(input(), TO_MEETING);
    expect(ctx(play(noPost, [VOTE({ KHAI_TRU: 5 }, 4, { body: GRASSROOTS_BTV })], 5).last).vote?.decided).toBe('CANH_CAO');
  });

  it('the subject, a member of the voting body, counts under the 24-QĐ/TW list: 5 of 10 is not more than half; left out only once a committee confirms it', () => {
    const roster = [...members(9), { id: SUBJECT_ID, status: 'FULL' as const }];
    const withSubject = play(meeting(), [VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, roster, body: GRASSROOTS_BTV })], 5).last;
    expect(withSubject.state).toBe('noDiscipline');
    expect(ctx(withSubject).vote).toMatchObject({ decided: null, denominator: 10, counts: { excluded: { SUBJECT: 0, CONFLICT_OF_INTEREST: 0 } } });
    const confirmed = { 'VOTE.DENOMINATOR_EXCLUSIONS': data('LIST', { items: ['TRANSFERRED', 'EXEMPT_ABSENT', 'SUSPENDED_OR_PROSECUTED', 'ABSENT_APPROVED_REASON', 'PROBATIONARY', 'SUBJECT', 'CONFLICT_OF_INTEREST'] }, 'OVERRIDE') };
    const subjectOut = play(meeting(), [VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, roster, body: GRASSROOTS_BTV, rules: confirmed })], 5).last;
    expect(ctx(subjectOut).vote).toMatchObject({ decided: 'CANH_CAO', denominator: 9, counts: { excluded: { SUBJECT: 1 } } });
    // A declared conflict counts too (the 10th member votes no discipline), unless confirmed.
    const declared = play(meeting(), [VOTE({ CANH_CAO: 5 }, 5, { holdsPost: true, roster: members(10), conflicted: ['m9'], body: GRASSROOTS_BTV })], 5).last;
    expect(ctx(declared).vote).toMatchObject({ decided: null, denominator: 10 });
    const declaredOut = play(meeting(), [VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, roster: members(10), conflicted: ['m9'], body: GRASSROOTS_BTV, rules: confirmed })], 5).last;
    expect(ctx(declaredOut).vote).toMatchObject({ decided: 'CANH_CAO', denominator: 9, counts: { excluded: { CONFLICT_OF_INTEREST: 1 } } });
  });

  it('7 full members, the subject among them, khai trừ ≥ 2/3: 4 votes are one short (5 needed of 7), 5 reach it — not "4 of 6"', () => {
    const seven = [...members(6), { id: SUBJECT_ID, status: 'FULL' as const }];
    const four = play(meeting(), [VOTE({ KHAI_TRU: 4 }, 3, { holdsPost: true, roster: seven })], 5).last;
    expect(ctx(four).vote).toMatchObject({ denominator: 7, decided: 'CACH_CHUC' });
    expect(ctx(four).vote?.steps[0]).toMatchObject({ form: 'KHAI_TRU', cumulativeVotes: 4, needed: 5, reached: false });
    const five = play(meeting(), [VOTE({ KHAI_TRU: 5 }, 2, { holdsPost: true, roster: seven })], 5).last;
    expect(ctx(five).vote).toMatchObject({ denominator: 7, decided: 'KHAI_TRU' });
    expect(ctx(five).vote?.steps[0]).toMatchObject({ cumulativeVotes: 5, needed: 5, reached: true });
  });

  it('(c) and (d) of 24-QĐ/TW §9.3.2 leave the roster: suspended or prosecuted, absent with an approved reason', () => {
    const roster = [...members(7), ...members(1, 's', { suspendedOrProsecuted: true }), ...members(1, 'd', { absentApprovedReason: true }), ...members(1, 'a', { absent: true })];
    const r = play(meeting(), [VOTE({ CANH_CAO: 5 }, 2, { holdsPost: true, roster, body: GRASSROOTS_BTV })], 5).last;
    expect(ctx(r).vote).toMatchObject({ decided: 'CANH_CAO', denominator: 8, counts: { present: 7, absentCounted: 1, excluded: { SUSPENDED_OR_PROSECUTED: 1, ABSENT_APPROVED_REASON: 1 } } });
  });

  it('keeps the rules it counted with; a missing threshold or denominator rule refuses the vote naming the rule and the meeting’s date', () => {
    const r = play(meeting(), [VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, meetingDate: '2026-03-05' })], 5).last;
    expect(ctx(r).vote).toMatchObject({ at: '2026-03-05', basis: { thresholds: { KHAI_TRU: { numerator: 2, denominator: 3, strict: false } }, quorum: null, exclusions: expect.arrayContaining(['PROBATIONARY']) } });
    const missing = VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, rules: { 'B3.THRESHOLD_STANDARD': null, 'VOTE.DENOMINATOR_EXCLUSIONS': { ...NOT_FOUND, unit: 'LIST' } } });
    const step = { ...missing, facts: { ...missing.facts, legalDate: { date: '2026-03-05', field: 'meetingDate' } } };
    expect(refusedBy(meeting(), step)).toEqual(['voteRulesFound']);
    const o = attempt(meeting(), step);
    expect(o.kind === 'guard-refused' && refusalReasons(def, meeting().snapshot, toEvent(step, 50), o.guards)[0]).toContain(
      'Chưa có giá trị pháp lý cho B3.THRESHOLD_STANDARD (tỷ lệ biểu quyết khiển trách, cảnh cáo, cách chức: không có quy tắc); ' +
        'VOTE.DENOMINATOR_EXCLUSIONS (những trường hợp không tính vào tổng số khi biểu quyết: quy định chưa có giá trị) áp dụng ngày 05/03/2026',
    );
    // The quorum not found is no refusal: the vote stands.
    expect(ctx(r).vote?.decided).toBe('CANH_CAO');
  });

  it('a meeting date after the day of entry or before the conclusion is refused', () => {
    expect(refusedBy(meeting(), VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, meetingDate: '2026-04-30' }))).toEqual(['meetingDateValid']);
    expect(refusedBy(meeting(), VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, meetingDate: '2026-02-19' }))).toEqual(['meetingDateValid']);
    expect(attempt(meeting(), VOTE({ CANH_CAO: 5 }, 4, { holdsPost: true, meetingDate: '2026-02-20' })).kind).toBe('taken');
  });

  it('absent members count against; exempt absent, transferred and probationary members do not', () => {
    const roster = [...members(6), ...members(2, 'a', { absent: true }), ...members(1, 'x', { absent: true, exempt: true }), ...members(1, 't', { transferred: true }), { id: 'p', status: 'PROBATIONARY' as const }];
    const r = play(meeting(), [VOTE({ CANH_CAO: 5 }, 1, { holdsPost: true, roster, body: GRASSROOTS_BTV })], 5).last;
    expect(ctx(r).vote).toMatchObject({ decided: 'CANH_CAO', denominator: 8, counts: { present: 6, absentCounted: 2, excluded: { EXEMPT_ABSENT: 1, TRANSFERRED: 1, PROBATIONARY: 1 } } });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. Authority (R6a/R6b), upper decision (R7) and expulsion's double threshold
// ---------------------------------------------------------------------------------------------------------------

describe('authority', () => {
  const cellVoted = (form: DisciplineForm, i = input('FULL_MEMBER', {}, true)) =>
    reach(i, [...TO_MEETING, VOTE({ [form]: 7 }, 2, { holdsPost: true })]);

  it('NOT_ALLOWED: the cell cannot decide removal from post and proposes it up', () => {
    const voted = cellVoted('CACH_CHUC');
    expect(voted.state).toBe('voted');
    expect(refusedBy(voted, DECIDE('CACH_CHUC', { facts: CELL_AUTH() }))).toEqual(['withinAuthority']);
    const proposed = play(voted, [PROPOSE()], 10).last;
    expect(proposed.state).toBe('proposedUp');
    expect(category(proposed)).toBe('PROPOSED_UP');
    expect(effectsOf(proposed, 'notify')).toEqual([{ template: 'ky-luat.proposed-up', audiences: ['UPPER_COMMITTEE'] }]);
    // The parent keeps waiting for the competent level's decision.
    expect(effectsOf(proposed, 'reportToParent')).toEqual([]);
  });

  it('ALLOWED: the body decides itself and may not propose up', () => {
    const voted = reach(input('FULL_MEMBER', {}, true), [...TO_MEETING, VOTE({ CACH_CHUC: 7 }, 2, { holdsPost: true, body: GRASSROOTS_BTV })]);
    expect(refusedBy(voted, PROPOSE({ body: GRASSROOTS_BTV, to: UPPER_BTV, facts: ALL_ALLOWED(GRASSROOTS_BTV) }))).toEqual(['beyondAuthority']);
    const decided = play(voted, [DECIDE('CACH_CHUC', { body: GRASSROOTS_BTV })], 10).last;
    expect(decided.state).toBe('effective');
    expect(ctx(decided).decision).toMatchObject({ form: 'CACH_CHUC', effect: 'ON_DECISION', by: 'VOTING_BODY' });
    expect(effectsOf(decided, 'reportToParent')).toEqual([expect.objectContaining({ outcome: 'DECIDED_CACH_CHUC' })]);
  });

  it('a task assigned by the upper level: the cell may not decide even khiển trách; it proposes up', () => {
    const voted = cellVoted('KHIEN_TRACH', input('FULL_MEMBER', { taskAssignedByUpper: true }, true));
    expect(voted.state).toBe('voted');
    expect(refusedBy(voted, DECIDE('KHIEN_TRACH', { facts: CELL_AUTH() }))).toEqual(['withinAuthority']);
    expect(play(voted, [PROPOSE()], 10).last.state).toBe('proposedUp');
  });

  it('NOT_CONFIGURED: deciding and proposing are refused with the message to configure the authority table', () => {
    const notConfigured = authority(CELL, 'FULL_MEMBER', { KHIEN_TRACH: 'NOT_CONFIGURED', CANH_CAO: 'NOT_CONFIGURED' });
    const voted = reach(input('FULL_MEMBER', {}, true), [...TO_MEETING, VOTE({ CANH_CAO: 7 }, 2, { holdsPost: true, facts: notConfigured })]);
    expect(voted.state).toBe('voted');
    expect(refusedBy(voted, DECIDE('CANH_CAO', { facts: notConfigured }))).toEqual(['authorityConfigured']);
    expect(refusedBy(voted, PROPOSE({ facts: notConfigured }))).toEqual(['authorityConfigured']);
    expect(def.guardMessages.authorityConfigured).toMatch(/^Chưa cấu hình thẩm quyền kỷ luật.*cấp ủy phải thiết lập bảng thẩm quyền/);
    // The refusal names the missing cell of the matrix: body kind, level, subject, form.
    const step = DECIDE('CANH_CAO', { facts: notConfigured });
    const o = attempt(voted, step);
    expect(o.kind === 'guard-refused' && refusalReasons(def, voted.snapshot, toEvent(step, 50), o.guards)[0]).toMatch(
      /Ô còn thiếu trong bảng thẩm quyền: Chi bộ – Chi bộ – Đảng viên chính thức – Cảnh cáo\.$/,
    );
    // Once the committee configured it, the same step goes through.
    expect(attempt(voted, DECIDE('CANH_CAO', { facts: CELL_AUTH() })).kind).toBe('taken');
  });

  it('the upper level confirms, changes or does not discipline (R7), with its own vote', () => {
    const proposed = play(cellVoted('CACH_CHUC'), [PROPOSE()], 10).last;
    const confirmed = play(proposed, [UPPER({ CACH_CHUC: 4 }, 3, { holdsPost: true })], 11).last;
    expect(confirmed.state).toBe('effective');
    expect(ctx(confirmed).upperVote).toMatchObject({ decided: 'CACH_CHUC', change: 'CONFIRMED' });
    expect(ctx(confirmed).decision).toMatchObject({ form: 'CACH_CHUC', by: 'UPPER_LEVEL', effect: 'ON_DECISION', body: GRASSROOTS_BTV });
    const changed = play(proposed, [UPPER({ CANH_CAO: 4 }, 3, { holdsPost: true })], 11).last;
    expect(ctx(changed).upperVote).toMatchObject({ decided: 'CANH_CAO', change: 'CHANGED' });
    expect(tags(changed)).toMatchObject({ form: 'CANH_CAO', enforced: 'true' });
    const none = play(proposed, [UPPER({ CANH_CAO: 3 }, 4, { holdsPost: true })], 11).last;
    expect(none.state).toBe('noDiscipline');
  });

  it('the upper level must itself have the authority; otherwise it forwards the proposal', () => {
    const proposed = play(cellVoted('KHAI_TRU'), [PROPOSE()], 10).last;
    const noExpulsion = authority(GRASSROOTS_BTV, 'FULL_MEMBER', { KHIEN_TRACH: 'ALLOWED', CANH_CAO: 'ALLOWED', CACH_CHUC: 'ALLOWED', KHAI_TRU: 'NOT_ALLOWED' });
    expect(refusedBy(proposed, UPPER({ KHAI_TRU: 5 }, 2, { holdsPost: true, facts: noExpulsion }))).toEqual(['upperWithinAuthority']);
    const notConfigured = authority(GRASSROOTS_BTV, 'FULL_MEMBER', { KHAI_TRU: 'NOT_CONFIGURED' });
    expect(refusedBy(proposed, UPPER({ KHAI_TRU: 5 }, 2, { holdsPost: true, facts: notConfigured }))).toEqual(['upperAuthorityConfigured']);
    expect(refusedBy(proposed, UPPER({ KHAI_TRU: 5 }, 2, { holdsPost: true, body: CELL, roster: members(9) }))).toEqual(['upperBodyAbove']);
    const forwarded = play(proposed, [FORWARD()], 11).last;
    expect(ctx(forwarded).proposal).toMatchObject({ to: UPPER_BTV, forwarded: [expect.objectContaining({ proposedTo: UPPER_BTV })] });
    expect(play(forwarded, [UPPER({ KHAI_TRU: 5 }, 2, { holdsPost: true, body: UPPER_BTV })], 12).last.state).toBe('effective');
  });

  it('expulsion needs two thirds of the proposing cell and more than half of the deciding committee', () => {
    // The cell: 6 of 9 for khai trừ (two thirds) → proposed up.
    const proposed = play(cellVoted('KHAI_TRU'), [PROPOSE()], 10).last;
    const expelled = play(proposed, [UPPER({ KHAI_TRU: 4 }, 3, { holdsPost: true })], 11).last;
    expect(ctx(expelled).upperVote?.expulsion).toMatchObject({ expelled: true, proposing: { votes: 7, denominator: 9 }, deciding: { votes: 4, denominator: 7 } });
    expect(tags(expelled)).toMatchObject({ form: 'KHAI_TRU', enforced: 'true' });
    // 3 of 7 in the committee is not more than half: not expelled, the ballots count towards cách chức.
    const short = play(proposed, [UPPER({ KHAI_TRU: 3, CACH_CHUC: 1 }, 3, { holdsPost: true })], 11).last;
    expect(ctx(short).upperVote).toMatchObject({ decided: 'CACH_CHUC' });
  });

  it('the committee cannot expel when the cell fell short of two thirds, even with its own majority', () => {
    // Cell: 5 for khai trừ of 9 → cách chức by cumulative count (beyond the cell) → proposed up.
    const voted = reach(input('FULL_MEMBER', {}, true), [...TO_MEETING, VOTE({ KHAI_TRU: 5 }, 4, { holdsPost: true })]);
    expect(ctx(voted).vote?.decided).toBe('CACH_CHUC');
    const proposed = play(voted, [PROPOSE()], 10).last;
    const r = play(proposed, [UPPER({ KHAI_TRU: 5 }, 2, { holdsPost: true })], 11).last;
    expect(ctx(r).upperVote).toMatchObject({ decided: 'CACH_CHUC', expulsion: { expelled: false, proposing: { reached: false }, deciding: { reached: true } } });
    expect(ctx(r).upperVote?.text).toMatch(/không đủ điều kiện khai trừ/);
  });

  it('a time-barred form decided by the upper level is not enforced', () => {
    const old = input('FULL_MEMBER', { violation: { ...VIOLATION, occurredFrom: '2019-03-15' }, concludedAt: '2024-06-01' }, true);
    const proposed = play(reach(old, [...TO_MEETING, VOTE({ CACH_CHUC: 7 }, 2, { holdsPost: true })]), [PROPOSE()], 10).last;
    const r = play(proposed, [UPPER({ KHIEN_TRACH: 4 }, 3, { holdsPost: true })], 11).last;
    expect(r.state).toBe('timeBarred');
    expect(effectsOf(r, 'reportToParent')).toEqual([expect.objectContaining({ outcome: 'NOT_ENFORCED_TIME_BARRED' })]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Effect (R10), complaint window (R11), archive (R12)
// ---------------------------------------------------------------------------------------------------------------

describe('effect, complaint window and complaints', () => {
  const cellWarned = () => reach(input(), [...TO_MEETING, VOTE({ CANH_CAO: 5 }, 4)]);

  it('a cell’s khiển trách or cảnh cáo takes effect when the vote result is announced, without a decision step', () => {
    const r = cellWarned();
    expect(r.state).toBe('effective');
    expect(ctx(r).decision).toMatchObject({ form: 'CANH_CAO', effect: 'ON_ANNOUNCEMENT', body: CELL, ref: '03-BB/CB', at: at(3) });
    expect(effectsOf(r, 'notify')).toEqual([{ template: 'ky-luat.decided', audiences: ['UNIT', 'UPPER_COMMITTEE'] }]);
    expect(effectsOf(r, 'reportToParent')).toEqual([expect.objectContaining({ outcome: 'DECIDED_CANH_CAO' })]);
    expect(category(r)).toBe('DISCIPLINED');
  });

  it('when a decision takes effect is the rule’s (B3.EFFECT_RULES): a table putting everything on decision makes the cell decide; a table without a row for it refuses', () => {
    const onDecision = { 'B3.EFFECT_RULES': data('TABLE', { rows: [{ effect: 'ON_DECISION' }] }) };
    const voted = reach(input(), [...TO_MEETING, VOTE({ CANH_CAO: 5 }, 4, { rules: onDecision })]);
    expect(voted.state).toBe('voted');
    const decided = play(voted, [{ ...DECIDE('CANH_CAO', { facts: CELL_AUTH() }), facts: withRules(CELL_AUTH(), onDecision) }], 9).last;
    expect(ctx(decided).decision).toMatchObject({ form: 'CANH_CAO', effect: 'ON_DECISION', by: 'VOTING_BODY' });
    const cellOnly = { 'B3.EFFECT_RULES': data('TABLE', { rows: [{ bodyKind: 'CELL', forms: ['KHIEN_TRACH', 'CANH_CAO'], effect: 'ON_ANNOUNCEMENT' }] }) };
    const meeting = reach(input(), TO_MEETING);
    expect(refusedBy(meeting, VOTE({ CANH_CAO: 6 }, 3, { body: GRASSROOTS_BTV, rules: cellOnly }))).toEqual(['effectRuleFound']);
    expect(refusedBy(meeting, VOTE({ CANH_CAO: 6 }, 3, { body: GRASSROOTS_BTV, rules: { 'B3.EFFECT_RULES': null } }))).toEqual(['voteRulesFound']);
  });

  it('a decision dated before the vote, or after the day of entry, is refused; its date is the decision’s', () => {
    const voted = reach(input(), [...TO_MEETING, VOTE({ KHIEN_TRACH: 6 }, 3, { body: GRASSROOTS_BTV, meetingDate: '2026-03-04' })]);
    expect(refusedBy(voted, DECIDE('KHIEN_TRACH', { body: GRASSROOTS_BTV, decisionDate: '2026-03-03' }))).toEqual(['decisionDateValid']);
    expect(refusedBy(voted, DECIDE('KHIEN_TRACH', { body: GRASSROOTS_BTV, decisionDate: '2026-05-01' }))).toEqual(['decisionDateValid']);
    const decided = play(voted, [DECIDE('KHIEN_TRACH', { body: GRASSROOTS_BTV, decisionDate: '2026-03-04' })], 9).last;
    expect(ctx(decided).decision).toMatchObject({ at: '2026-03-04', effect: 'ON_DECISION' });
  });

  it('a committee’s decision takes effect on the decision', () => {
    const voted = reach(input(), [...TO_MEETING, VOTE({ KHIEN_TRACH: 6 }, 3, { body: GRASSROOTS_BTV })]);
    expect(voted.state).toBe('voted');
    expect(ctx(play(voted, [DECIDE('KHIEN_TRACH', { body: GRASSROOTS_BTV })], 9).last).decision?.effect).toBe('ON_DECISION');
  });

  it('the complaint window runs from the member’s receipt of the decision (B4.FILING_WINDOW)', () => {
    const r = play(cellWarned(), [RECEIPT('2026-03-20')], 20).last;
    expect(r.state).toBe('complaintWindow');
    expect(effectsOf(r, 'scheduleDeadline')).toEqual([{ key: 'complaintWindow', ruleKey: 'B4.FILING_WINDOW', startAt: '2026-03-20' }]);
    expect(refusedBy(cellWarned(), RECEIPT('2026-03-01'))).toEqual(['receiptAfterDecision']);
  });

  it('a complaint opens the complaint procedure as a child, closes the window, and the decision stays in force', async () => {
    const r = play(cellWarned(), [RECEIPT(), COMPLAINT], 20).last;
    expect(r.state).toBe('complaintPending');
    expect(tags(r)).toMatchObject({ form: 'CANH_CAO', enforced: 'true', complaint: 'PENDING' });
    const [open] = effectsOf(r, 'openChildCase') as { procedureId: string; link: string; input: Record<string, unknown> }[];
    expect(open).toMatchObject({ procedureId: 'khieu-nai-ky-luat', link: 'COMPLAINT' });
    expect(open.input).toEqual({
      complainant: { kind: 'MEMBER', name: 'Nguyễn Văn A', userId: SUBJECT_ID },
      decision: { form: 'CANH_CAO', decidedBy: CELL, decidedAt: at(3), receivedAt: '2026-03-20' },
      lodgedAt: '2026-03-25',
      lodgedWith: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS' },
      onBehalfOfAnother: false,
      summary: 'Đề nghị xem xét lại hình thức kỷ luật',
      source: { procedureId: 'ky-luat' },
    });
    // The child procedure's input class accepts exactly this.
    expect(await validate(plainToInstance(KhieuNaiInput, open.input), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    expect(effectsOf(r, 'markDeadlineMet')).toEqual([{ key: 'complaintWindow', at: at(21) }]);
  });

  it.each<[string, { form: string; enforced: string; category: string }]>([
    ['UPHELD', { form: 'CANH_CAO', enforced: 'true', category: 'DISCIPLINED' }],
    ['CHANGED_KHIEN_TRACH', { form: 'KHIEN_TRACH', enforced: 'true', category: 'DISCIPLINED' }],
    ['ANNULLED', { form: 'NONE', enforced: 'false', category: 'ANNULLED' }],
    ['REFERRED_UP', { form: 'CANH_CAO', enforced: 'true', category: 'DISCIPLINED' }],
    ['REJECTED_LATE', { form: 'CANH_CAO', enforced: 'true', category: 'DISCIPLINED' }],
    // A form the subject cannot receive is recorded as the outcome, not applied.
    ['CHANGED_GIAI_TAN', { form: 'CANH_CAO', enforced: 'true', category: 'DISCIPLINED' }],
  ])('the complaint’s outcome %s is recorded', (outcome, expected) => {
    const r = play(cellWarned(), [RECEIPT(), COMPLAINT, CHILD(outcome)], 20).last;
    expect(r.state).toBe('complaintResolved');
    expect(tags(r)).toMatchObject({ form: expected.form, enforced: expected.enforced, complaint: outcome });
    expect(category(r)).toBe(expected.category);
    expect(ctx(r).complaintResults).toEqual([expect.objectContaining({ childCaseId: CHILD_ID, outcome })]);
  });

  it('a later result from a higher level (escalated complaint) is recorded too, then the case is archived', () => {
    const r = play(cellWarned(), [RECEIPT(), COMPLAINT, CHILD('UPHELD'), CHILD('ANNULLED'), ARCHIVE], 20).last;
    expect(r.state).toBe('archived');
    expect(r.done).toBe(true);
    expect(tags(r)).toMatchObject({ form: 'NONE', enforced: 'false', outcome: 'ANNULLED' });
  });

  it('only the complaint case’s conclusion is taken', () => {
    const pending = play(cellWarned(), [RECEIPT(), COMPLAINT], 20).last;
    expect(refusedBy(pending, CHILD('UPHELD', 'INSPECTION'))).toEqual(['fromComplaintCase']);
    expect(refusedBy(pending, CHILD('UPHELD', 'COMPLAINT', 'to-cao'))).toEqual(['fromComplaintCase']);
  });

  it('archived only once the window has closed (the current deadline generation), or after a complaint result', () => {
    const open = play(cellWarned(), [RECEIPT()], 20).last;
    expect(refusedBy(open, ARCHIVE)).toEqual(['complaintWindowClosed']);
    expect(refusedBy(open, MISSED(2))).toEqual(['currentDeadline']);
    const closed = play(open, [MISSED(1), ARCHIVE], 30).last;
    expect(closed.state).toBe('archived');
  });

  it('no discipline and time-barred results are archived', () => {
    expect(play(reach(input(), [...TO_MEETING, VOTE({ CANH_CAO: 2 }, 7)]), [ARCHIVE], 9).last.state).toBe('archived');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. Forbidden events in every state
// ---------------------------------------------------------------------------------------------------------------

const SAMPLE: Record<EventType, Step> = {
  CHECK_LIMITATION: CHECK(),
  DEFER_PROTECTED: DEFER('PREGNANCY'),
  RESUME,
  SUBMIT_SELF_CRITICISM: SELF,
  RECORD_NO_SELF_CRITICISM: NO_SELF,
  RECORD_HEARING: HEAR,
  RECORD_REPEATED_ABSENCE: ABSENT(['2026-03-03', '2026-03-05']),
  RECORD_VOTE: VOTE({ CANH_CAO: 5 }, 4),
  DECIDE: DECIDE('CANH_CAO'),
  PROPOSE_UP: PROPOSE(),
  FORWARD_PROPOSAL: FORWARD(),
  UPPER_DECIDE: UPPER({ CANH_CAO: 4 }, 3),
  RECORD_RECEIPT: RECEIPT(),
  COMPLAINT_LODGED: COMPLAINT,
  CHILD_CONCLUDED: CHILD('UPHELD'),
  DEADLINE_MISSED: MISSED(1),
  ARCHIVE,
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const CELL_WARN: Step[] = [...TO_MEETING, VOTE({ CANH_CAO: 5 }, 4)];
const REACHABLE: [string, KyLuatInput, Step[], EventType[]][] = [
  ['concluded', input(), [], ['CHECK_LIMITATION']],
  ['proceedings.selfCriticism', input(), [CHECK()], ['DEFER_PROTECTED', 'RECORD_NO_SELF_CRITICISM', 'SUBMIT_SELF_CRITICISM']],
  ['proceedings.hearing', input(), [CHECK(), SELF], ['DEFER_PROTECTED', 'RECORD_HEARING', 'RECORD_REPEATED_ABSENCE']],
  ['proceedings.meeting', input(), TO_MEETING, ['DEFER_PROTECTED', 'RECORD_VOTE']],
  ['deferred', input(), [...TO_MEETING, DEFER('PREGNANCY')], ['DEADLINE_MISSED', 'RESUME']],
  ['voted', input(), [...TO_MEETING, VOTE({ KHAI_TRU: 7 }, 2)], ['DECIDE', 'DEFER_PROTECTED', 'PROPOSE_UP']],
  ['proposedUp', input(), [...TO_MEETING, VOTE({ KHAI_TRU: 7 }, 2), PROPOSE()], ['DEFER_PROTECTED', 'FORWARD_PROPOSAL', 'UPPER_DECIDE']],
  ['noDiscipline', input(), [...TO_MEETING, VOTE({ CANH_CAO: 2 }, 7)], ['ARCHIVE']],
  ['timeBarred', input('FULL_MEMBER', { violation: { ...VIOLATION, occurredFrom: '2019-03-15' }, concludedAt: '2024-06-01' }), [...TO_MEETING, VOTE({ KHIEN_TRACH: 6 }, 3)], ['ARCHIVE']],
  ['effective', input(), CELL_WARN, ['RECORD_RECEIPT']],
  ['complaintWindow', input(), [...CELL_WARN, RECEIPT()], ['ARCHIVE', 'COMPLAINT_LODGED', 'DEADLINE_MISSED']],
  ['complaintPending', input(), [...CELL_WARN, RECEIPT(), COMPLAINT], ['CHILD_CONCLUDED', 'DEADLINE_MISSED']],
  ['complaintResolved', input(), [...CELL_WARN, RECEIPT(), COMPLAINT, CHILD('UPHELD')], ['ARCHIVE', 'CHILD_CONCLUDED', 'COMPLAINT_LODGED', 'DEADLINE_MISSED']],
  ['archived', input(), [...CELL_WARN, RECEIPT(), COMPLAINT, CHILD('UPHELD'), ARCHIVE], []],
];

/** The eventless routers after a vote is counted: no case rests there. */
const TRANSIENT = ['counted', 'upperCounted'];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type], 50), systemEvents: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'],
  states: REACHABLE.map(([state, i, steps, allowed]) => ({ state, allowed, reach: () => reach(i, steps) })),
  transientLeaves: TRANSIENT,
});

// ---------------------------------------------------------------------------------------------------------------
// 8. Input checks, labels, messages, report
// ---------------------------------------------------------------------------------------------------------------

describe('input', () => {
  const NOW = '2026-03-02T02:00:00.000Z';
  it('refuses dates in the future and an end before a start, in Vietnamese', () => {
    expect(def.inputChecks?.(input(), NOW)).toEqual([]);
    const bad = input('FULL_MEMBER', { violation: { ...VIOLATION, occurredFrom: '2026-03-03', occurredUntil: '2026-03-01', continuing: true }, concludedAt: '2026-03-05' });
    expect(def.inputChecks?.(bad, NOW)).toEqual([
      { field: 'violation.occurredFrom', message: 'Ngày bắt đầu vi phạm (03/03/2026) không được sau ngày hôm nay' },
      { field: 'concludedAt', message: 'Ngày kết luận vi phạm đến mức phải xử lý kỷ luật (05/03/2026) không được sau ngày hôm nay' },
      { field: 'violation.occurredUntil', message: 'Ngày chấm dứt vi phạm không được trước ngày bắt đầu vi phạm' },
    ]);
    // Today in Vietnam (UTC+7) is not the future.
    expect(def.inputChecks?.(input('FULL_MEMBER', { concludedAt: '2026-03-02T16:00:00.000Z' }), NOW)).toEqual([]);
  });

  it('accepts what a parent sends (no post flag, no conclusion date, no case id) and refuses unknown fields', async () => {
    const fromParent = { subject: { kind: 'FULL_MEMBER', name: 'Lê Văn C' }, violation: VIOLATION, evidenceRefs: [], source: { procedureId: 'to-cao' } };
    expect(await validate(plainToInstance(KyLuatInput, fromParent), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
    const extra = await validate(plainToInstance(KyLuatInput, { ...fromParent, priority: 1 }), { whitelist: true, forbidNonWhitelisted: true });
    expect(extra.map((e) => e.property)).toEqual(['priority']);
  });
});

describe('labels, messages, event specs and report', () => {
  it('facts are asked where the machine reads them, on the date of the legal fact; the upper decision is apart from the proposal', () => {
    for (const type of ['RECORD_VOTE', 'DECIDE', 'PROPOSE_UP', 'UPPER_DECIDE']) expect(def.events[type].facts?.[0]).toEqual({ fact: 'disciplineAuthority' });
    for (const type of ['RECORD_VOTE', 'UPPER_DECIDE'])
      expect(def.events[type].facts?.[1]).toEqual({ fact: 'ruleValues', keys: expect.arrayContaining(Object.keys(SEEDED).filter((k) => /THRESHOLD|VOTE\.|FORMS|EFFECT/.test(k))) });
    expect(def.events.DECIDE.facts?.[1]).toEqual({ fact: 'ruleValues', keys: ['B3.FORMS_BY_SUBJECT', 'B3.EFFECT_RULES'] });
    expect(def.events.CHECK_LIMITATION.facts).toEqual([
      { fact: 'ruleValues', keys: expect.arrayContaining(['B3.LIMIT_MEMBER_KHIEN_TRACH', 'B3.LIMIT_ORG_CANH_CAO', 'B3.FORMS_BY_SUBJECT', 'B3.NO_LIMITATION_CATEGORIES']) },
    ]);
    expect(def.events.DEFER_PROTECTED.facts).toEqual([{ fact: 'ruleValues', keys: ['B3.PROTECT_NURSING_MONTHS'] }]);
    expect(def.events.RECORD_REPEATED_ABSENCE.facts).toEqual([{ fact: 'ruleValues', keys: ['B3.REPEATED_ABSENCE_INVITATIONS'] }]);
    // Facts are resolved on the date of the legal fact: the meeting, the decision, the violation.
    expect(def.events.RECORD_VOTE.legalDate).toEqual(['meetingDate']);
    expect(def.events.DECIDE.legalDate).toEqual(['decisionDate']);
    expect(def.events.UPPER_DECIDE.legalDate).toEqual(['decisionDate']);
    expect(def.events.CHECK_LIMITATION.legalDate).toEqual(['context.input.violation.occurredUntil', 'context.input.violation.occurredFrom']);
    expect(def.events.UPPER_DECIDE.separateFrom).toEqual({ preparedBy: ['PROPOSE_UP'], bypassRoles: ['SECRETARY'] });
  });

  it('every case reports its form, subject kind and whether enforced; the forms are the Charter’s and none', () => {
    const report = def.report!;
    for (const [, i, steps] of REACHABLE) {
      const p = def.project(reach(i, steps).state, reach(i, steps).snapshot.context);
      expect(report.categories).toHaveProperty([p.reportCategory]);
      for (const dim of ['form', 'subjectKind', 'enforced']) expect(report.dimensions[dim].values).toHaveProperty([p.tags[dim]]);
    }
    expect(Object.keys(report.dimensions.form.values).sort()).toEqual(['CACH_CHUC', 'CANH_CAO', 'GIAI_TAN', 'KHAI_TRU', 'KHIEN_TRACH', 'NONE']);
  });
});
