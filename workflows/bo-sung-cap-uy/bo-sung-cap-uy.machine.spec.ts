// Pure machine tests for filling a grassroots committee from local personnel (bo-sung-cap-uy), driven through the
// engine functions the service uses. Domain reference: docs/domain/bo-sung-cap-uy.md, changes-2026.md §5.2.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { applyEvent, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { EventFacts, RuleValueFact } from '../shared/facts';
import { describeMachineConformance } from '../shared/machine-conformance.spec';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import {
  CommitteeFillingInput, DesignationPayload, NominationBallotPayload, PersonBallotPayload, UpperAgreementPayload, ConfidenceBallotPayload,
} from './bo-sung-cap-uy.events';
import { boSungCapUyV1 as def } from './bo-sung-cap-uy.procedure';
import type { ContextCapUy, EventType } from './bo-sung-cap-uy.types';

interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  /** The instant the service records (default: noon of 30/6/2026 in Vietnam, after every date of the fixtures). */
  at?: string;
}

const NOW = '2026-06-30T05:00:00.000Z';
const U_AN = '0a000000-0000-4000-8000-0000000000a1';
const U_BINH = '0a000000-0000-4000-8000-0000000000b2';

const INPUT: CommitteeFillingInput = {
  committeeName: 'Đảng ủy Trường Đại học Sư phạm',
  level: 'GRASSROOTS',
  term: '2025–2030',
  reason: 'Phó Bí thư chuyển công tác, một ủy viên Ban Thường vụ nghỉ hưu, một cấp ủy viên thôi tham gia cấp ủy.',
  need: 'Bổ sung từ nguồn cán bộ tại chỗ, đủ cơ cấu lãnh đạo khoa.',
  posts: [
    { post: 'DEPUTY_SECRETARY', count: 1 },
    { post: 'STANDING_MEMBER', count: 1 },
    { post: 'COMMITTEE_MEMBER', count: 1 },
  ],
  proposedAt: '2026-05-04T02:00:00.000Z',
};

const fact = (data: unknown, unit: RuleValueFact['unit'] = 'FRACTION', confidence = 'STATED'): RuleValueFact => ({
  ruleId: 'r', value: null, data, unit, legalBasis: 'Căn cứ thử nghiệm', confidence,
});
const share = (numerator: number, denominator: number, strict: boolean) => ({ numerator, denominator, strict });
const EXCLUSIONS = {
  'VOTE.DENOMINATOR_EXCLUSIONS': fact({ items: ['PROBATIONARY', 'TRANSFERRED', 'SUSPENDED_OR_PROSECUTED', 'EXEMPT_ABSENT', 'ABSENT_APPROVED_REASON'] }, 'LIST', 'UNVERIFIED'),
};
const QUORUM = { 'VOTE.QUORUM_CONFIDENCE': fact(share(2, 3, false), 'FRACTION', 'UNVERIFIED') };
const CONFIDENCE = { 'CAP_UY.CONFIDENCE_THRESHOLD': fact(share(1, 2, true)) };
const ELECTION = { 'CAP_UY.ELECTION_THRESHOLD': fact(share(1, 2, true)) };
const ACCOUNTS = { [U_AN]: { active: true, displayName: 'Nguyễn Văn An' }, [U_BINH]: { active: true, displayName: 'Trần Thị Bình' } };
const BODIES = {
  'CAP_UY.DECIDING_BODY': fact(
    { rows: [{ committeeLevel: 'GRASSROOTS', bodies: [{ kind: 'PARTY_COMMITTEE', level: 'UPPER_GRASSROOTS' }, { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' }] }] },
    'TABLE', 'INFERRED',
  ),
};

/** A committee of `n` full members, the first `absent` of them absent. */
const roster = (n: number, absent = 0) => Array.from({ length: n }, (_, i) => ({ id: `m${i + 1}`, status: 'FULL', ...(i < absent ? { absent: true } : {}) }));

const REPORT: Step = { type: 'REPORT_TO_UPPER', payload: { reportedOn: '2026-05-06', documentRef: '25-TTr/ĐU' } };
const AGREE = (posts = INPUT.posts, agreedOn = '2026-05-12'): Step => ({ type: 'RECORD_UPPER_AGREEMENT', payload: { agreedOn, documentRef: '40-CV/ĐUP', posts } });
const CANDIDATES = [
  { key: 'an', fullName: 'Nguyễn Văn An', post: 'DEPUTY_SECRETARY', userId: U_AN, votes: 7 },
  { key: 'son', fullName: 'Lê Văn Sơn', post: 'STANDING_MEMBER', votes: 6 },
  { key: 'binh', fullName: 'Trần Thị Bình', post: 'COMMITTEE_MEMBER', userId: U_BINH, votes: 6 },
  { key: 'dung', fullName: 'Phạm Thị Dung', post: 'COMMITTEE_MEMBER', votes: 2 },
];
const NOMINATE = (o: { candidates?: unknown[]; members?: unknown[]; cast?: number; facts?: EventFacts; meetingDate?: string } = {}): Step => ({
  type: 'RECORD_NOMINATION_BALLOT',
  payload: { meetingDate: o.meetingDate ?? '2026-05-20', members: o.members ?? roster(9), cast: o.cast ?? 9, invalid: 0, candidates: o.candidates ?? CANDIDATES },
  facts: o.facts ?? { ruleValues: { ...EXCLUSIONS, ...QUORUM }, userAccounts: ACCOUNTS },
});
const tally = (approve: number, cast = 9) => ({ approve, reject: cast - approve, invalid: 0, cast });
const CONFIDE = (o: { an?: number; son?: number; binh?: number; members?: unknown[]; cast?: number; facts?: EventFacts; meetingDate?: string } = {}): Step => ({
  type: 'RECORD_CONFIDENCE_BALLOT',
  payload: {
    meetingDate: o.meetingDate ?? '2026-05-20',
    members: o.members ?? roster(9),
    results: [
      { nomineeKey: 'an', tally: tally(o.an ?? 8, o.cast) },
      { nomineeKey: 'son', tally: tally(o.son ?? 7, o.cast) },
      { nomineeKey: 'binh', tally: tally(o.binh ?? 6, o.cast) },
    ],
  },
  facts: o.facts ?? { ruleValues: { ...EXCLUSIONS, ...QUORUM, ...CONFIDENCE } },
});
const PERSON_OK = (keys = ['an', 'son'], opinion = 'AGREE'): Step => ({
  type: 'RECORD_PERSON_AGREEMENT', payload: { agreedOn: '2026-05-25', opinion, nomineeKeys: keys, documentRef: '45-CV/ĐUP' },
});
const DOSSIER: Step = { type: 'SUBMIT_DOSSIER', payload: { submittedOn: '2026-05-22', summary: 'Tờ trình, biên bản kiểm phiếu, trích ngang, kết luận tiêu chuẩn chính trị.' } };
const APPRAISE: Step = { type: 'APPRAISE', payload: { appraisedOn: '2026-05-27', opinion: 'AGREE', notes: 'Đủ tiêu chuẩn, đúng quy trình.' } };
const BODY = { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS', name: 'Ban Thường vụ Đảng ủy phường Hòa Bình' };
const DESIGNATE = (o: { keys?: string[]; date?: string; effectiveFrom?: string; body?: unknown; facts?: EventFacts; at?: string } = {}): Step => ({
  type: 'DESIGNATE',
  payload: {
    decisionNumber: '120-QĐ/ĐU', decisionDate: o.date ?? '2026-06-01', decidingBody: o.body ?? BODY, nomineeKeys: o.keys ?? ['an', 'binh'],
    ...(o.effectiveFrom ? { effectiveFrom: o.effectiveFrom } : {}),
  },
  facts: o.facts ?? { ruleValues: BODIES, userAccounts: ACCOUNTS },
  ...(o.at ? { at: o.at } : {}),
});
const AGREE_ELECT = (keys = ['an', 'binh']): Step => ({
  type: 'AGREE_TO_ELECT', payload: { agreedOn: '2026-06-01', documentRef: '50-CV/ĐUP', decidingBody: BODY, nomineeKeys: keys }, facts: { ruleValues: BODIES },
});
const ELECT = (o: { an?: number; binh?: number; facts?: EventFacts } = {}): Step => ({
  type: 'RECORD_ELECTION',
  payload: { electionDate: '2026-06-05', members: roster(9), results: [{ nomineeKey: 'an', tally: tally(o.an ?? 7) }, { nomineeKey: 'binh', tally: tally(o.binh ?? 6) }] },
  facts: o.facts ?? { ruleValues: { ...EXCLUSIONS, ...ELECTION }, userAccounts: ACCOUNTS },
});
const REFUSE = (decidedOn = '2026-05-12'): Step => ({ type: 'REFUSE', payload: { decidedOn, reason: 'Chưa bảo đảm cơ cấu, đề nghị chuẩn bị thêm nguồn.' } });
const WITHDRAW: Step = { type: 'WITHDRAW', payload: { withdrawnOn: '2026-05-21', reason: 'Người được giới thiệu xin rút, chưa có nguồn thay thế.' } };
const MISSED = (key: string, generation = 1, o: { facts?: EventFacts; at?: string } = {}): Step => ({
  type: 'DEADLINE_MISSED', payload: { key, generation }, facts: o.facts ?? { userAccounts: ACCOUNTS }, ...(o.at ? { at: o.at } : {}),
});

const SAMPLE: Record<EventType, Step> = {
  REPORT_TO_UPPER: REPORT, RECORD_UPPER_AGREEMENT: AGREE(), REFUSE: REFUSE('2026-06-20'), RECORD_NOMINATION_BALLOT: NOMINATE(), RECORD_CONFIDENCE_BALLOT: CONFIDE(),
  RECORD_PERSON_AGREEMENT: PERSON_OK(), SUBMIT_DOSSIER: DOSSIER, APPRAISE, DESIGNATE: DESIGNATE(), AGREE_TO_ELECT: AGREE_ELECT(), RECORD_ELECTION: ELECT(),
  WITHDRAW: { ...WITHDRAW, payload: { withdrawnOn: '2026-06-20', reason: 'Dừng đề nghị.' } }, DEADLINE_MISSED: MISSED('UPPER_AGREEMENT'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step): MachineEvent => ({ type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.at ?? NOW, ...(s.facts ? { facts: s.facts } : {}) });

function run(steps: readonly Step[], input: CommitteeFillingInput = INPUT): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s));
    if (outcome.kind !== 'taken') {
      const why = outcome.kind === 'guard-refused' ? refusalReasons(def, results.at(-1)!.snapshot, toEvent(s), outcome.guards) : outcome;
      throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(why)}`);
    }
    results.push(outcome);
  });
  return results;
}
const reach = (steps: readonly Step[], input?: CommitteeFillingInput): StepResult => run(steps, input).at(-1)!;
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
/** The refusal as a person reads it (guard messages and details), or 'taken'. */
function refusal(from: StepResult, s: Step): string {
  const r = attempt(from, s);
  if (r.kind === 'taken') return 'taken';
  if (r.kind === 'not-allowed') return `not allowed: ${r.allowed.join(',')}`;
  return refusalReasons(def, from.snapshot, toEvent(s), r.guards).join(' ');
}
const ctx = (r: StepResult | StepOutcome) => (r as StepResult).snapshot.context as ContextCapUy;
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const effectsOf = (r: StepOutcome | StepResult, type: string) => ('effects' in r ? r.effects.filter((e) => e.type === type) : []);

async function errorsOf(cls: new () => object, plain: unknown): Promise<ValidationError[]> {
  return validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true });
}
const paths = (errors: ValidationError[], at = ''): string[] =>
  errors.flatMap((e) => {
    const p = at ? `${at}.${e.property}` : e.property;
    return e.children && e.children.length > 0 ? paths(e.children, p) : [p];
  });

const TO_CONFERENCE = [REPORT, AGREE()];
const TO_DOSSIER = [...TO_CONFERENCE, NOMINATE(), CONFIDE()];
const TO_DECISION = [...TO_DOSSIER, PERSON_OK(), DOSSIER, APPRAISE];

describe('a designation from the report to the new member’s role', () => {
  let rs: StepResult[];
  beforeAll(() => {
    rs = run([...TO_DECISION, DESIGNATE()]);
  });

  it('passes through every step, done only at the end, with the statistics category of each', () => {
    expect(rs.map((r) => `${r.state} ${project(r).reportCategory}`)).toEqual([
      'registered AWAITING_AGREEMENT', 'awaitingUpperAgreement AWAITING_AGREEMENT', 'agreed CONFERENCE', 'nominated CONFERENCE', 'conferenceHeld CONFERENCE',
      'conferenceHeld CONFERENCE', 'dossierSubmitted AWAITING_DECISION', 'appraised AWAITING_DECISION', 'filled FILLED',
    ]);
    expect(rs.map((r) => r.done)).toEqual([false, false, false, false, false, false, false, false, true]);
  });

  it('schedules each step on its setting and meets it with the act’s own date', () => {
    expect(rs.map((r) => r.effects.filter((e) => /Deadline/.test(e.type)).map((e) => e.params))).toEqual([
      [],
      [{ key: 'UPPER_AGREEMENT', ruleKey: 'CAP_UY.UPPER_AGREEMENT', startAt: '2026-05-06' }],
      [{ key: 'UPPER_AGREEMENT', at: '2026-05-12' }],
      [],
      [],
      [],
      [{ key: 'APPRAISAL', ruleKey: 'CAP_UY.APPRAISAL', startAt: '2026-05-22' }],
      [{ key: 'APPRAISAL', at: '2026-05-27' }, { key: 'DECISION', ruleKey: 'CAP_UY.DECISION', startAt: '2026-05-27' }],
      [{ key: 'DECISION', at: '2026-06-01' }],
    ]);
  });

  it('introduces the most-named people per agreed post, and records who won the confidence vote', () => {
    expect(ctx(rs[3]).nomination).toMatchObject({ denominator: 9, introduced: [{ key: 'an', nominationVotes: 7 }, { key: 'son' }, { key: 'binh' }] });
    expect(ctx(rs[3]).nomination!.introduced.map((n) => n.key)).not.toContain('dung');
    expect(ctx(rs[4]).confident!.map((n) => n.key)).toEqual(['an', 'son', 'binh']);
    expect(ctx(rs[4]).confidence!.results[0].text).toBe('Tán thành 8/9, cần 5 (Quá một nửa): thông qua');
    expect(ctx(rs[4]).confidence!.basis.join(' ')).toContain('VOTE.QUORUM_CONFIDENCE: Ít nhất hai phần ba (Căn cứ thử nghiệm; chưa kiểm chứng)');
  });

  it('gives the deputy secretary the standing committee’s role, records the member without a role of their own, and tells the unit', () => {
    expect(effectsOf(rs[8], 'assignCommitteeRoles')).toEqual([
      { type: 'assignCommitteeRoles', params: { on: '2026-06-01', assignments: [{ userId: U_AN, role: 'STANDING_COMMITTEE_MEMBER', fullName: 'Nguyễn Văn An', post: 'DEPUTY_SECRETARY' }] } },
    ]);
    expect(ctx(rs[8]).filled!.members.map((m) => [m.key, m.roleStatus])).toEqual([['an', 'ASSIGNED'], ['binh', 'NO_ROLE']]);
    const [notice] = effectsOf(rs[8], 'notify');
    expect(notice.params).toMatchObject({ template: 'cap-uy.filled', audiences: ['UNIT'] });
    expect((notice.params as { summary: string }).summary).toContain('Nguyễn Văn An (Phó Bí thư), Trần Thị Bình (Cấp ủy viên)');
    expect(project(rs[8])).toMatchObject({
      reportCategory: 'FILLED',
      tags: { level: 'GRASSROOTS', method: 'DESIGNATION', outcome: 'DESIGNATED', roleAssignment: 'ASSIGNED', effectiveDate: '2026-06-01' },
      title: 'Bổ sung Đảng ủy Trường Đại học Sư phạm: 1 phó bí thư, 1 ủy viên ban thường vụ, 1 cấp ủy viên',
      receivedAt: INPUT.proposedAt,
    });
  });
});

describe('people without an account', () => {
  it('a standing member without an account is recorded, not given a role; the timeline’s state says so', () => {
    const r = reach([...TO_DECISION, DESIGNATE({ keys: ['an', 'son'] })]);
    expect(r.state).toBe('filledRecordedOnly');
    expect(def.stateLabels[r.state]).toContain('chưa có tài khoản');
    const son = ctx(r).filled!.members.find((m) => m.key === 'son')!;
    expect(son).toMatchObject({ roleStatus: 'NO_ACCOUNT', role: 'STANDING_COMMITTEE_MEMBER' });
    expect(son.note).toContain('chưa có tài khoản trong hệ thống');
    expect(effectsOf(r, 'assignCommitteeRoles')[0].params).toMatchObject({ assignments: [{ userId: U_AN }] });
    expect(project(r).tags).toMatchObject({ outcome: 'DESIGNATED', roleAssignment: 'RECORDED_ONLY' });
  });

  it('an account locked by the effective date is not given the role (recorded only)', () => {
    const waiting = reach([...TO_DECISION, DESIGNATE({ effectiveFrom: '2026-07-01' })]);
    const locked = { ...ACCOUNTS, [U_AN]: { active: false, displayName: 'Nguyễn Văn An' } };
    const r = attempt(waiting, MISSED('EFFECTIVE', 1, { facts: { userAccounts: locked }, at: '2026-06-30T17:00:00.000Z' }));
    expect(r).toMatchObject({ kind: 'taken', state: 'filledRecordedOnly' });
    expect(effectsOf(r, 'assignCommitteeRoles')).toEqual([]);
    expect(ctx(r).filled!.members[0].note).toContain('tài khoản đã bị khóa');
  });

  it('an account named at the nomination must exist', () => {
    const at = reach(TO_CONFERENCE);
    const why = refusal(at, NOMINATE({ facts: { ruleValues: { ...EXCLUSIONS, ...QUORUM }, userAccounts: { [U_AN]: null, [U_BINH]: ACCOUNTS[U_BINH] } } }));
    expect(why).toContain(`Nguyễn Văn An: không có tài khoản với mã ${U_AN}`);
  });
});

describe('the effective date of a designation', () => {
  it('a later date waits on a term due at 00:00 of that day, then gives the roles once', () => {
    const waiting = reach([...TO_DECISION, DESIGNATE({ effectiveFrom: '2026-07-01' })]);
    expect(waiting.state).toBe('awaitingEffectiveDate');
    expect(effectsOf(waiting, 'assignCommitteeRoles')).toEqual([]);
    // 00:00 on 1/7/2026 in Vietnam is the end of 30/6 (16:59:59.999 UTC).
    expect(effectsOf(waiting, 'scheduleDeadline')[0].params).toEqual({
      key: 'EFFECTIVE', ruleKey: 'CAP_UY.EFFECTIVE', startAt: '2026-06-01', term: true, dueAt: '2026-06-30T16:59:59.999Z',
    });
    expect(project(waiting)).toMatchObject({ reportCategory: 'AWAITING_DECISION', tags: { effectiveDate: '2026-07-01' } });
    const done = attempt(waiting, MISSED('EFFECTIVE', 1, { at: '2026-06-30T17:00:00.000Z' }));
    expect(done).toMatchObject({ kind: 'taken', state: 'filled' });
    expect(effectsOf(done, 'assignCommitteeRoles')[0].params).toMatchObject({ on: '2026-07-01' });
  });

  it('a stale generation of the term is refused; a step deadline missed meanwhile is only recorded', () => {
    const waiting = reach([...TO_DECISION, DESIGNATE({ effectiveFrom: '2026-07-01' })]);
    expect(attempt(waiting, MISSED('EFFECTIVE', 2))).toMatchObject({ kind: 'guard-refused' });
    const noted = attempt(waiting, MISSED('DECISION', 1));
    expect(noted).toMatchObject({ kind: 'taken', state: 'awaitingEffectiveDate' });
    expect(ctx(noted).overdue).toEqual({ DECISION: true });
  });

  it('the boundary: recorded at 23:59:59.999 the day before it waits; at 00:00 of the day it takes effect at once', () => {
    const before = attempt(reach(TO_DECISION), DESIGNATE({ effectiveFrom: '2026-07-01', at: '2026-06-30T16:59:59.999Z' }));
    expect(before).toMatchObject({ kind: 'taken', state: 'awaitingEffectiveDate' });
    const on = attempt(reach(TO_DECISION), DESIGNATE({ effectiveFrom: '2026-07-01', at: '2026-06-30T17:00:00.000Z' }));
    expect(on).toMatchObject({ kind: 'taken', state: 'filled' });
  });

  it('an effective date before the decision is refused', () => {
    expect(refusal(reach(TO_DECISION), DESIGNATE({ effectiveFrom: '2026-05-31' }))).toContain('Ngày có hiệu lực (31/05/2026) không được trước ngày ký quyết định (01/06/2026)');
  });
});

describe('the conference', () => {
  const at = () => reach(TO_CONFERENCE);

  it('quorum: 6 of 9 present (two thirds) is enough; 5 present is one short and refused', () => {
    expect(attempt(at(), NOMINATE({ members: roster(9, 3), cast: 6, candidates: CANDIDATES.map((c) => ({ ...c, votes: Math.min(c.votes, 6) })) }))).toMatchObject({ kind: 'taken' });
    const why = refusal(at(), NOMINATE({ members: roster(9, 4), cast: 5, candidates: CANDIDATES.map((c) => ({ ...c, votes: Math.min(c.votes, 5) })) }));
    expect(why).toContain('Số đảng viên có mặt (5/9) không đủ: cần ít nhất hai phần ba tổng số');
  });

  it('a tie at the last place of a post is refused: the conference nominates again', () => {
    const tied = CANDIDATES.map((c) => (c.key === 'dung' ? { ...c, votes: 6 } : c));
    expect(refusal(at(), NOMINATE({ candidates: tied }))).toContain('Trần Thị Bình, Phạm Thị Dung có số phiếu giới thiệu bằng nhau (6)');
  });

  it('a nomination threshold set by the committee leaves out those below it; nobody reaching it is refused', () => {
    const half = { 'CAP_UY.NOMINATION_THRESHOLD': fact(share(1, 2, true)) };
    const few = CANDIDATES.map((c) => (c.key === 'son' ? { ...c, votes: 4 } : c));
    const r = attempt(at(), NOMINATE({ candidates: few, facts: { ruleValues: { ...EXCLUSIONS, ...QUORUM, ...half }, userAccounts: ACCOUNTS } }));
    expect(ctx(r).nomination!.introduced.map((n) => n.key)).toEqual(['an', 'binh']);
    const none = CANDIDATES.map((c) => ({ ...c, votes: 4 }));
    expect(refusal(at(), NOMINATE({ candidates: none, facts: { ruleValues: { ...EXCLUSIONS, ...QUORUM, ...half }, userAccounts: ACCOUNTS } }))).toContain(
      'Không có người nào được giới thiệu đạt quá một nửa tổng số',
    );
  });

  it('refuses bad counts: more ballots than members present, votes above the valid ballots, a post not agreed, no denominator rule', () => {
    expect(refusal(at(), NOMINATE({ cast: 10 }))).toContain('Số phiếu thu vào (10) lớn hơn số ủy viên được phát phiếu (9)');
    expect(refusal(at(), NOMINATE({ candidates: [{ ...CANDIDATES[0], votes: 10 }] }))).toContain('Số phiếu giới thiệu Nguyễn Văn An (10) lớn hơn số phiếu hợp lệ (9)');
    expect(refusal(at(), NOMINATE({ candidates: [{ ...CANDIDATES[0], votes: -1 }] }))).toContain('không được âm');
    const onlyDeputy = reach([REPORT, AGREE([{ post: 'DEPUTY_SECRETARY', count: 1 }])]);
    expect(refusal(onlyDeputy, NOMINATE())).toContain('Lê Văn Sơn: chức danh Ủy viên Ban Thường vụ không thuộc số lượng cấp trên đã đồng ý bổ sung');
    expect(refusal(at(), NOMINATE({ facts: { ruleValues: QUORUM, userAccounts: ACCOUNTS } }))).toContain('Chưa có giá trị cho VOTE.DENOMINATOR_EXCLUSIONS');
  });

  it('the meeting date: the day before the agreement is refused, the day of it is taken, a day after today is refused', () => {
    expect(refusal(at(), NOMINATE({ meetingDate: '2026-05-11' }))).toContain('Ngày hội nghị (11/05/2026) không được trước ngày cấp trên đồng ý chủ trương (12/05/2026)');
    expect(attempt(at(), NOMINATE({ meetingDate: '2026-05-12' }))).toMatchObject({ kind: 'taken' });
    expect(refusal(at(), NOMINATE({ meetingDate: '2026-07-01' }))).toContain('không được sau ngày hôm nay');
  });

  describe('confidence ballots', () => {
    const nominated = () => reach([...TO_CONFERENCE, NOMINATE()]);

    it('cannot be counted until the committee sets the threshold (a setting), naming the rule', () => {
      const why = refusal(nominated(), CONFIDE({ facts: { ruleValues: { ...EXCLUSIONS, ...QUORUM } } }));
      expect(why).toContain('Chưa có giá trị cho CAP_UY.CONFIDENCE_THRESHOLD');
      expect(why).toContain('cấp ủy cần xác nhận giá trị này');
    });

    it('more than half of 9: 5 votes pass, 4 (one below) do not', () => {
      const r = attempt(nominated(), CONFIDE({ an: 5, son: 4, binh: 5 }));
      expect(ctx(r).confident!.map((n) => n.key)).toEqual(['an', 'binh']);
      expect(ctx(r).confidence!.results.find((x) => x.key === 'son')!.text).toBe('Tán thành 4/9, cần 5 (Quá một nửa): không thông qua');
    });

    it('nobody passing sends the conference back to nominate again, the round kept', () => {
      const r = attempt(nominated(), CONFIDE({ an: 4, son: 3, binh: 2 }));
      expect(r).toMatchObject({ kind: 'taken', state: 'agreed' });
      expect(ctx(r).conferences).toHaveLength(1);
      expect(ctx(r).conferences![0].confidence!.results.every((x) => !x.passed)).toBe(true);
      const again = attempt(r as StepResult, NOMINATE({ meetingDate: '2026-05-19' }));
      expect(refusal(r as StepResult, NOMINATE({ meetingDate: '2026-05-19' }))).toContain('không được trước ngày hội nghị trước (20/05/2026)');
      expect(again.kind).toBe('guard-refused');
      const second = reach([...TO_CONFERENCE, NOMINATE(), CONFIDE({ an: 4, son: 3, binh: 2 }), NOMINATE({ meetingDate: '2026-06-02' }), CONFIDE({ meetingDate: '2026-06-02' })]);
      expect(second.state).toBe('conferenceHeld');
      expect(ctx(second).conferences).toHaveLength(2);
    });

    it('refuses a missing or foreign result, a bad tally and a missed quorum', () => {
      const p = CONFIDE().payload as { results: unknown[] };
      expect(refusal(nominated(), { ...CONFIDE(), payload: { ...p, results: p.results.slice(0, 2) } })).toContain('Chưa có kết quả kiểm phiếu của: Trần Thị Bình');
      expect(refusal(nominated(), { ...CONFIDE(), payload: { ...p, results: [...p.results, { nomineeKey: 'dung', tally: tally(5) }] } })).toContain('Không thuộc danh sách được lấy phiếu: dung');
      expect(refusal(nominated(), CONFIDE({ an: 9, cast: 8 }))).toContain('Nguyễn Văn An:');
      expect(refusal(nominated(), CONFIDE({ members: roster(9, 4), cast: 5, an: 5, son: 5, binh: 5 }))).toContain('Số đảng viên có mặt (5/9) không đủ');
    });
  });
});

describe('the upper committee', () => {
  it('agrees to fewer than asked; more than asked, or a post not asked, is refused', () => {
    const at = reach([REPORT]);
    expect(attempt(at, AGREE([{ post: 'DEPUTY_SECRETARY', count: 1 }]))).toMatchObject({ kind: 'taken', state: 'agreed' });
    expect(refusal(at, AGREE([{ post: 'COMMITTEE_MEMBER', count: 2 }]))).toContain('Cấp ủy viên: số lượng đồng ý (2) vượt số lượng đề nghị (1)');
    expect(refusal(at, AGREE([{ post: 'SECRETARY', count: 1 }]))).toContain('Chức danh Bí thư không có trong đề nghị bổ sung');
  });

  it('an agreement dated the day before the report is refused; on the report’s day it is taken', () => {
    const at = reach([REPORT]);
    expect(refusal(at, AGREE(INPUT.posts, '2026-05-05'))).toContain('không được trước ngày báo cáo cấp trên (06/05/2026)');
    expect(attempt(at, AGREE(INPUT.posts, '2026-05-06'))).toMatchObject({ kind: 'taken' });
  });

  it('refuses at the first step: NOT_AGREED, the clock met', () => {
    const r = reach([REPORT, REFUSE()]);
    expect(r.state).toBe('notAgreed');
    expect(r.done).toBe(true);
    expect(effectsOf(r, 'markDeadlineMet')[0].params).toEqual({ key: 'UPPER_AGREEMENT', at: '2026-05-12' });
    expect(project(r)).toMatchObject({ reportCategory: 'NOT_AGREED', tags: { outcome: 'NOT_AGREED' } });
  });

  it('refuses after the appraisal: NOT_AGREED, the decision’s clock met', () => {
    const r = reach([...TO_DECISION, REFUSE('2026-06-02')]);
    expect(ctx(r)).toMatchObject({ outcome: 'NOT_AGREED', refusal: { stage: 'appraised' } });
    expect(effectsOf(r, 'markDeadlineMet')[0].params).toEqual({ key: 'DECISION', at: '2026-06-02' });
  });

  it('standing posts need its agreement on the person before the decision; a refusal on the person blocks it', () => {
    const noAgreement = reach([...TO_DOSSIER, DOSSIER, APPRAISE]);
    expect(refusal(noAgreement, DESIGNATE({ keys: ['an', 'binh'] }))).toContain('Nguyễn Văn An (Phó Bí thư): chưa có văn bản cấp trên đồng ý về nhân sự');
    expect(attempt(noAgreement, DESIGNATE({ keys: ['binh'] }))).toMatchObject({ kind: 'taken', state: 'filled' });
    const refused = reach([...TO_DOSSIER, PERSON_OK(['an'], 'DISAGREE'), DOSSIER, APPRAISE]);
    expect(refusal(refused, DESIGNATE())).toContain('Nguyễn Văn An (Phó Bí thư): cấp trên không đồng ý về nhân sự');
    expect(refusal(reach(TO_DOSSIER), PERSON_OK(['binh']))).toContain('Trần Thị Bình được giới thiệu làm Cấp ủy viên: không cần ý kiến riêng về nhân sự');
  });

  it('designates only people who won the confidence vote, within the agreed numbers', () => {
    const at = reach([...TO_CONFERENCE, NOMINATE(), CONFIDE({ binh: 4 }), PERSON_OK(), DOSSIER, APPRAISE]);
    expect(refusal(at, DESIGNATE({ keys: ['an', 'binh'] }))).toContain('Không có trong danh sách đạt phiếu tín nhiệm: binh');
  });

  it('a body the rule does not name for the level is refused, naming the competent ones; no rule is refused too', () => {
    const at = reach(TO_DECISION);
    const why = refusal(at, DESIGNATE({ body: { kind: 'STANDING_COMMITTEE', level: 'PROVINCIAL' } }));
    expect(why).toContain('Ban Thường vụ cấp ủy (Tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương) không có thẩm quyền');
    expect(why).toContain('Ban Thường vụ cấp ủy (Cấp trên cơ sở)');
    expect(refusal(at, DESIGNATE({ facts: { ruleValues: {}, userAccounts: ACCOUNTS } }))).toContain('Chưa có giá trị cho CAP_UY.DECIDING_BODY');
    const section = reach(TO_DECISION, { ...INPUT, level: 'SECTION' });
    expect(refusal(section, DESIGNATE())).toContain('chưa nêu cấp có thẩm quyền đối với cấp ủy cấp Đảng ủy bộ phận');
  });

  it('a decision dated after the day it is entered is refused', () => {
    expect(refusal(reach(TO_DECISION), DESIGNATE({ date: '2026-07-01' }))).toContain('Ngày ký quyết định (01/07/2026) không được sau ngày hôm nay');
  });
});

describe('election (bầu bổ sung)', () => {
  const pending = () => reach([...TO_DECISION, AGREE_ELECT()]);

  it('the agreement to elect meets the decision’s clock and waits for the election', () => {
    const r = pending();
    expect(r.state).toBe('electionPending');
    expect(effectsOf(r, 'markDeadlineMet')[0].params).toEqual({ key: 'DECISION', at: '2026-06-01' });
    expect(project(r).tags).toMatchObject({ method: 'ELECTION' });
  });

  it('cannot be counted until the committee sets the threshold', () => {
    expect(refusal(pending(), ELECT({ facts: { ruleValues: EXCLUSIONS, userAccounts: ACCOUNTS } }))).toContain('Chưa có giá trị cho CAP_UY.ELECTION_THRESHOLD');
  });

  it('a round where nobody is elected is recorded; the next one elects: ELECTED, roles on the election date', () => {
    const none = attempt(pending(), ELECT({ an: 4, binh: 4 }));
    expect(none).toMatchObject({ kind: 'taken', state: 'electionPending' });
    expect(ctx(none).elections).toHaveLength(1);
    const r = attempt(none as StepResult, ELECT({ an: 5, binh: 4 }));
    expect(r).toMatchObject({ kind: 'taken', state: 'filled' });
    expect(ctx(r).filled!.members.map((m) => m.key)).toEqual(['an']);
    expect(effectsOf(r, 'assignCommitteeRoles')[0].params).toMatchObject({ on: '2026-06-05' });
    expect(def.project(r.kind === 'taken' ? r.state : '', ctx(r)).tags).toMatchObject({ outcome: 'ELECTED', method: 'ELECTION' });
  });
});

describe('withdrawal and step deadlines', () => {
  it('withdraws before the decision, cancelling the open clocks: WITHDRAWN', () => {
    const r = reach([...TO_CONFERENCE, WITHDRAW]);
    expect(r.state).toBe('withdrawn');
    expect(effectsOf(r, 'cancelDeadline').map((e) => (e.params as { key: string }).key)).toEqual(['UPPER_AGREEMENT', 'APPRAISAL', 'DECISION']);
    expect(project(r)).toMatchObject({ reportCategory: 'WITHDRAWN', tags: { outcome: 'WITHDRAWN' } });
  });

  it('a step deadline missed (a filled setting) is recorded and tagged; a stale one is refused', () => {
    const at = reach([REPORT]);
    const r = attempt(at, MISSED('UPPER_AGREEMENT', 1));
    expect(r).toMatchObject({ kind: 'taken', state: 'awaitingUpperAgreement' });
    expect(def.project('awaitingUpperAgreement', ctx(r)).tags.overdue).toBe('true');
    expect(attempt(at, MISSED('UPPER_AGREEMENT', 2))).toMatchObject({ kind: 'guard-refused' });
  });
});

describe('input and payload validation', () => {
  it('accepts the fixtures', async () => {
    expect(await errorsOf(CommitteeFillingInput, INPUT)).toEqual([]);
    expect(await errorsOf(NominationBallotPayload, NOMINATE().payload)).toEqual([]);
    expect(await errorsOf(ConfidenceBallotPayload, CONFIDE().payload)).toEqual([]);
    expect(await errorsOf(DesignationPayload, DESIGNATE({ effectiveFrom: '2026-07-01' }).payload)).toEqual([]);
  });

  it('refuses an unknown post, a count of 0, a post twice, an unknown level and an unknown field', async () => {
    const errors = await errorsOf(CommitteeFillingInput, { ...INPUT, level: 'PROVINCIAL', posts: [{ post: 'CHAIR', count: 0 }], extra: 1 });
    expect(paths(errors).sort()).toEqual(['extra', 'level', 'posts.0.count', 'posts.0.post']);
    expect(paths(await errorsOf(CommitteeFillingInput, { ...INPUT, posts: [{ post: 'SECRETARY', count: 1 }, { post: 'SECRETARY', count: 1 }] }))).toEqual(['posts']);
    expect(paths(await errorsOf(CommitteeFillingInput, { ...INPUT, posts: [] }))).toEqual(['posts']);
  });

  it('refuses dates as instants or in another format, a key with spaces, a bad account id, no written agreement', async () => {
    expect(paths(await errorsOf(UpperAgreementPayload, { agreedOn: '12/05/2026', posts: INPUT.posts })).sort()).toEqual(['agreedOn', 'documentRef']);
    const bad = { ...(NOMINATE().payload as object), meetingDate: '2026-05-20T08:00:00Z', candidates: [{ key: 'an van', fullName: 'A', post: 'SECRETARY', userId: 'x', votes: 1.5 }] };
    expect(paths(await errorsOf(NominationBallotPayload, bad)).sort()).toEqual(['candidates.0.key', 'candidates.0.userId', 'candidates.0.votes', 'meetingDate']);
    expect(paths(await errorsOf(PersonBallotPayload, { members: [], results: [] })).sort()).toEqual(['members', 'results']);
  });

  it('the input check: no proposal from the future', () => {
    expect(def.inputChecks!(INPUT, '2026-05-05T00:00:00.000Z')).toEqual([]);
    expect(def.inputChecks!({ ...INPUT, proposedAt: '2026-05-06T02:00:00.000Z' }, '2026-05-05T00:00:00.000Z').map((p) => p.field)).toEqual(['proposedAt']);
  });
});

// Forbidden events: what each state offers, and everything else refused.
const REACHABLE: [state: string, steps: Step[], allowed: EventType[]][] = [
  ['registered', [], ['DEADLINE_MISSED', 'REPORT_TO_UPPER', 'WITHDRAW']],
  ['awaitingUpperAgreement', [REPORT], ['DEADLINE_MISSED', 'RECORD_UPPER_AGREEMENT', 'REFUSE', 'WITHDRAW']],
  ['agreed', TO_CONFERENCE, ['DEADLINE_MISSED', 'RECORD_NOMINATION_BALLOT', 'WITHDRAW']],
  ['nominated', [...TO_CONFERENCE, NOMINATE()], ['DEADLINE_MISSED', 'RECORD_CONFIDENCE_BALLOT', 'WITHDRAW']],
  ['conferenceHeld', TO_DOSSIER, ['DEADLINE_MISSED', 'RECORD_PERSON_AGREEMENT', 'SUBMIT_DOSSIER', 'WITHDRAW']],
  ['dossierSubmitted', [...TO_DOSSIER, DOSSIER], ['APPRAISE', 'DEADLINE_MISSED', 'RECORD_PERSON_AGREEMENT', 'WITHDRAW']],
  ['appraised', TO_DECISION, ['AGREE_TO_ELECT', 'DEADLINE_MISSED', 'DESIGNATE', 'RECORD_PERSON_AGREEMENT', 'REFUSE', 'WITHDRAW']],
  ['awaitingEffectiveDate', [...TO_DECISION, DESIGNATE({ effectiveFrom: '2026-07-01' })], ['DEADLINE_MISSED']],
  ['electionPending', [...TO_DECISION, AGREE_ELECT()], ['DEADLINE_MISSED', 'RECORD_ELECTION', 'WITHDRAW']],
  ['filled', [...TO_DECISION, DESIGNATE()], []],
  ['filledRecordedOnly', [...TO_DECISION, DESIGNATE({ keys: ['son'] })], []],
  ['notAgreed', [REPORT, REFUSE()], []],
  ['withdrawn', [WITHDRAW], []],
];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type]), systemEvents: ['DEADLINE_MISSED'],
  states: REACHABLE.map(([state, steps, allowed]) => ({ state, allowed, reach: () => reach(steps) })),
});

describe('labels, messages and event specs', () => {
  it('separates the decision from the appraisal and the proposal, with no bypass', () => {
    expect(def.events.DESIGNATE.separateFrom).toEqual({ preparedBy: ['APPRAISE', 'REPORT_TO_UPPER', 'SUBMIT_DOSSIER'], bypassRoles: [] });
    expect(def.events.RECORD_UPPER_AGREEMENT.separateFrom).toEqual({ preparedBy: ['REPORT_TO_UPPER'], bypassRoles: [] });
  });

  it('declares every rule key it schedules, and statistics by outcome, method, level and access', () => {
    expect(def.ruleKeys).toEqual(['CAP_UY.UPPER_AGREEMENT', 'CAP_UY.APPRAISAL', 'CAP_UY.DECISION', 'CAP_UY.EFFECTIVE']);
    expect(Object.keys(def.report!.dimensions)).toEqual(['outcome', 'method', 'level', 'roleAssignment']);
  });
});
