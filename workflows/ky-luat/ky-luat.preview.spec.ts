// The discipline ballots' previews against the machine itself: for the same payload the preview's outcome is what the
// transition then decides (through the same engine the service uses).
import 'reflect-metadata';
import fc from 'fast-check';
import { applyEvent, startCase, type StepResult } from '../shared/engine';
import type { BodyKind, DisciplineForm, EventFacts, Level } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import type { ContextKyLuat } from './ky-luat.machine';
import { kyLuatV1 as def } from './ky-luat.procedure';
import { formsFromTable } from './ky-luat.facts';

const SUBJECT_ID = '0b6c3f0e-7f3a-4c1d-9a51-3c2b1d0e9f10';
const CELL = { kind: 'CELL' as BodyKind, level: 'CELL' as Level };
const GRASSROOTS_BTV = { kind: 'STANDING_COMMITTEE' as BodyKind, level: 'GRASSROOTS' as Level };
const DAY = 86_400_000;
const at = (i: number) => new Date(Date.parse('2026-03-02T02:00:00.000Z') + i * DAY).toISOString();

const rule = (value: number | null) => ({ ruleId: 'r', value, unit: 'MONTHS' as const, legalBasis: 'Quy định 69-QĐ/TW', confidence: 'STATED' });
const data = (unit: 'FRACTION' | 'LIST' | 'TABLE', value: unknown, confidence = 'STATED') => ({ ruleId: 'r', value: null, data: value, unit, legalBasis: 'Quy định 294-QĐ/TW', confidence });
const NOT_FOUND = { ruleId: 'r', value: null, data: null, unit: 'FRACTION' as const, legalBasis: 'Quy định 69-QĐ/TW', confidence: 'NOT_FOUND' };
/** The rule rows as seeded (migrations/1795302000000-DisciplineRules.ts). */
const RULES: EventFacts['ruleValues'] = {
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
  'B3.NO_LIMITATION_CATEGORIES': data('TABLE', { rows: [] }),
  'B3.EFFECT_RULES': data('TABLE', { rows: [{ bodyKind: 'CELL', forms: ['KHIEN_TRACH', 'CANH_CAO'], effect: 'ON_ANNOUNCEMENT' }, { effect: 'ON_DECISION' }] }),
};
const LIMITS: EventFacts = {
  ruleValues: {
    ...RULES,
    'B3.LIMIT_MEMBER_KHIEN_TRACH': rule(60), 'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC': rule(120), 'B3.LIMIT_MEMBER_KHAI_TRU': rule(null),
    'B3.LIMIT_ORG_KHIEN_TRACH': rule(60), 'B3.LIMIT_ORG_CANH_CAO': rule(120),
  },
};
/** Every form allowed for the body (the authority does not change the count), with the rule facts of a ballot. */
const allowed = (body: { kind: BodyKind; level: Level }): EventFacts => ({
  ruleValues: RULES,
  disciplineAuthority: {
    body, subject: 'FULL_MEMBER',
    forms: Object.fromEntries(['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'].map((f) => [f, { decision: 'ALLOWED', notForUpperAssignedTask: false, legalBasis: 'x', confidence: null }])),
  },
});
const formsFor = (subject: { kind: 'FULL_MEMBER'; holdsPost?: boolean }) => formsFromTable(RULES, subject) as DisciplineForm[];

const input = (holdsPost = false) => ({
  subject: { kind: 'FULL_MEMBER', name: 'Nguyễn Văn A', userId: SUBJECT_ID, ...(holdsPost ? { holdsPost } : {}) },
  violation: { summary: 'Vi phạm quy định về những điều đảng viên không được làm', occurredFrom: '2023-05-10', continuing: false },
  evidenceRefs: ['05-KL/UBKT'],
  source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' },
  concludedAt: '2026-02-20',
});

const members = (n: number, prefix = 'm') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, status: 'FULL' }));
function tally(forms: DisciplineForm[], votes: Partial<Record<DisciplineForm, number>>, noDiscipline: number) {
  const all = Object.fromEntries(forms.map((f) => [f, votes[f] ?? 0])) as Record<DisciplineForm, number>;
  return { forms, votes: all, noDiscipline, invalid: 0, cast: Object.values(all).reduce((a, b) => a + b, 0) + noDiscipline };
}
const FORMS = formsFor({ kind: 'FULL_MEMBER' });
const POST_FORMS = formsFor({ kind: 'FULL_MEMBER', holdsPost: true });

const vote = (t: unknown, roster: unknown, body = CELL) => ({ decidingBody: body, subjectKind: 'FULL_MEMBER', tally: t, roster, minutesRef: '03-BB/CB' });

function play(steps: { type: string; payload?: unknown; facts?: EventFacts }[], holdsPost = false): StepResult {
  let current = startCase(def, input(holdsPost));
  steps.forEach((s, i) => {
    const event: MachineEvent = { type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: at(i), ...(s.facts ? { facts: s.facts } : {}) };
    const o = applyEvent(def, current.snapshot, event);
    if (o.kind !== 'taken') throw new Error(`${s.type}: ${o.kind}`);
    current = o;
  });
  return current;
}
const TO_MEETING = [
  { type: 'CHECK_LIMITATION', facts: LIMITS },
  { type: 'SUBMIT_SELF_CRITICISM', payload: { documentRef: 'BKĐ-01', submittedAt: '2026-03-03' } },
  { type: 'RECORD_HEARING', payload: { heldAt: '2026-03-04', representative: 'Trần Thị B', minutesRef: 'BB-GAP-01' } },
];

/** The preview as the service gives it: with the facts sending the step would be given (by default the seeded rules). */
const preview = (type: string, from: StepResult, payload: unknown, facts: EventFacts | undefined = allowed(CELL)) =>
  def.events[type].votePreview!({ context: from.snapshot.context, payload, facts });
const decide = (type: string, from: StepResult, payload: unknown, facts: EventFacts) =>
  applyEvent(def, from.snapshot, { type, payload, actorId: 'u1', occurredAt: at(20), facts });

describe('RECORD_VOTE preview', () => {
  const meeting = play(TO_MEETING);

  it('is registered on the ballot events only', () => {
    expect(Object.entries(def.events).filter(([, e]) => e.votePreview).map(([t]) => t)).toEqual(['RECORD_VOTE', 'UPPER_DECIDE']);
  });

  it('counts the subject when listed (24-QĐ/TW list), names who counts, and warns of what no committee confirmed', () => {
    const p = preview('RECORD_VOTE', meeting, vote(tally(FORMS, { CANH_CAO: 5 }, 3), { members: [...members(9), { id: SUBJECT_ID, status: 'FULL' }], conflicted: [] }));
    expect(p).toMatchObject({ denominator: 10, passed: false, cast: 8, quorum: null, problems: [] });
    expect(p.denominatorLabel).toBe('10 đảng viên trong danh sách: 10 người được tính vào tổng số');
    expect(p.warnings).toEqual([
      'Chưa có quy định về số đảng viên phải có mặt được xác nhận (VOTE.QUORUM_DISCIPLINE): không kiểm tra số người có mặt.',
      'Quy tắc VOTE.DENOMINATOR_EXCLUSIONS (những trường hợp không tính vào tổng số khi biểu quyết) theo Quy định 294-QĐ/TW: mức tin cậy chưa kiểm chứng, chưa được cấp ủy xác nhận.',
    ]);
    const suspended = preview('RECORD_VOTE', meeting, vote(tally(FORMS, { CANH_CAO: 5 }, 3), { members: [...members(9), { id: 's', status: 'FULL', suspendedOrProsecuted: true }], conflicted: [] }));
    expect(suspended).toMatchObject({ denominator: 9, passed: true });
    expect(suspended.denominatorLabel).toBe('10 đảng viên trong danh sách, trừ 1 người đang bị đình chỉ sinh hoạt, khởi tố, truy tố hoặc tạm giam: 9 người được tính vào tổng số');
  });

  it('without facts (the payload not yet complete) counts nothing and says only what no rule could make right', () => {
    const incomplete = preview('RECORD_VOTE', meeting, { roster: { members: members(9) }, tally: { ...tally(FORMS, { CANH_CAO: 5 }, 3), cast: 9 } }, undefined);
    expect(incomplete).toMatchObject({ passed: false, problems: [{ code: 'COUNTS_BELOW_CAST', field: 'tally.cast' }] });
  });

  it('a missing rule is a problem naming it, never a count with a guessed value', () => {
    const noThreshold = { ...allowed(CELL), ruleValues: { ...RULES, 'B3.THRESHOLD_STANDARD': null } };
    const p = preview('RECORD_VOTE', meeting, vote(tally(FORMS, { CANH_CAO: 5 }, 4), { members: members(9), conflicted: [] }), noThreshold);
    expect(p.passed).toBe(false);
    expect(p.problems).toEqual([expect.objectContaining({ code: 'RULE_MISSING', message: expect.stringContaining('Chưa có giá trị pháp lý cho B3.THRESHOLD_STANDARD') })]);
  });

  it('one vote below and at each threshold agrees with the transition', () => {
    const roster = { members: members(9), conflicted: [] };
    const cases: [Partial<Record<DisciplineForm, number>>, number, DisciplineForm | null][] = [
      [{ KHAI_TRU: 5 }, 4, 'CANH_CAO'], // ≥ 2/3: 5 of 9 short; cumulatively cảnh cáo
      [{ KHAI_TRU: 6 }, 3, 'KHAI_TRU'],
      [{ CANH_CAO: 4 }, 5, null], // > 1/2: 4 of 9 short
      [{ CANH_CAO: 5 }, 4, 'CANH_CAO'],
    ];
    for (const [votes, none, expected] of cases) {
      const payload = vote(tally(FORMS, votes, none), roster);
      const p = preview('RECORD_VOTE', meeting, payload);
      const o = decide('RECORD_VOTE', meeting, payload, allowed(CELL));
      expect(o.kind).toBe('taken');
      const decided = (o.kind === 'taken' ? (o.snapshot.context as ContextKyLuat).vote?.decided : undefined) ?? null;
      expect({ decided, passed: p.passed }).toEqual({ decided: expected, passed: expected !== null });
      expect(p.lines.find((l) => l.label.endsWith('hình thức được quyết định'))?.key ?? null).toBe(expected);
    }
  });

  it('agrees with the transition on any tally over any roster: refused exactly when it lists problems, same form otherwise', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 11 }), fc.nat(2), fc.array(fc.nat(6), { minLength: 3, maxLength: 3 }), fc.nat(4), fc.integer({ min: -1, max: 1 }),
        (n, absent, [k, c, t], none, castError) => {
          const roster = { members: [...members(n), ...members(absent, 'a').map((m) => ({ ...m, absent: true }))], conflicted: [] };
          const entered = tally(FORMS, { KHAI_TRU: k, CANH_CAO: c, KHIEN_TRACH: t }, none);
          const payload = vote({ ...entered, cast: entered.cast + castError }, roster);
          const p = preview('RECORD_VOTE', meeting, payload);
          const o = decide('RECORD_VOTE', meeting, payload, allowed(CELL));
          expect(o.kind === 'taken').toBe(p.problems.length === 0);
          if (o.kind === 'taken') expect((o.snapshot.context as ContextKyLuat).vote?.decided ?? null).toBe(p.passed ? p.lines.find((l) => l.label.endsWith('được quyết định'))?.key : null);
        },
      ),
    );
  });

  it('shows the subject forms while the ballot lists none, and says when it lists others', () => {
    const empty = preview('RECORD_VOTE', meeting, { roster: { members: members(5) } });
    expect(empty.lines.map((l) => l.key)).toEqual(['KHAI_TRU', 'CANH_CAO', 'KHIEN_TRACH']);
    expect(empty.problems[0]).toEqual({ code: 'BALLOT_FORMS_EMPTY', field: 'tally.forms', message: 'Phiếu biểu quyết chưa ghi hình thức kỷ luật nào' });
    // Cách chức for a member without a post: counted fine by the library, refused by the machine.
    const payload = vote(tally(POST_FORMS, { CANH_CAO: 6 }, 1), { members: members(9), conflicted: [] });
    const p = preview('RECORD_VOTE', meeting, payload);
    expect(p.problems).toEqual([
      {
        code: 'BALLOT_FORMS_NOT_FOR_SUBJECT', field: 'tally.forms',
        message: 'Phiếu biểu quyết phải ghi đúng các hình thức kỷ luật áp dụng cho đối tượng, từ nặng đến nhẹ: Khai trừ, Cảnh cáo, Khiển trách',
      },
    ]);
    expect(p.passed).toBe(false);
    expect(decide('RECORD_VOTE', meeting, payload, allowed(CELL))).toMatchObject({ kind: 'guard-refused', guards: ['ballotListsSubjectForms'] });
  });

  it('one below and at khai trừ’s two thirds on 7 full members with the subject among them: 4 short, 5 reached, as the transition decides', () => {
    const seven = { members: [...members(6), { id: SUBJECT_ID, status: 'FULL' }], conflicted: [] };
    for (const [k, expected] of [[4, 'CANH_CAO'], [5, 'KHAI_TRU']] as const) {
      const payload = vote(tally(FORMS, { KHAI_TRU: k }, 7 - k), seven);
      const p = preview('RECORD_VOTE', meeting, payload);
      expect(p.lines[0]).toMatchObject({ key: 'KHAI_TRU', counted: k, needed: 5, reached: k === 5 });
      const o = decide('RECORD_VOTE', meeting, payload, allowed(CELL));
      expect(o.kind === 'taken' && (o.snapshot.context as ContextKyLuat).vote?.decided).toBe(expected);
    }
  });

  it('never throws on a payload as entered', () => {
    fc.assert(
      fc.property(fc.anything(), (payload) => {
        expect(typeof preview('RECORD_VOTE', meeting, payload).outcome).toBe('string');
        expect(typeof preview('RECORD_VOTE', meeting, { tally: payload, roster: payload, dissolutionThreshold: payload }).outcome).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});

describe('UPPER_DECIDE preview', () => {
  // The cell: 7 of 9 for khai trừ (≥ 2/3) → beyond its authority → proposed to the grassroots committee.
  const cellVote = vote(tally(POST_FORMS, { KHAI_TRU: 7 }, 2), { members: members(9), conflicted: [] });
  const cellAuth: EventFacts = { ruleValues: RULES, disciplineAuthority: { ...allowed(CELL).disciplineAuthority!, forms: { KHAI_TRU: { decision: 'NOT_ALLOWED', notForUpperAssignedTask: false, legalBasis: 'x', confidence: null } } } };
  const proposed = play(
    [
      ...TO_MEETING,
      { type: 'RECORD_VOTE', payload: cellVote, facts: cellAuth },
      { type: 'PROPOSE_UP', payload: { decidingBody: CELL, subjectKind: 'FULL_MEMBER', proposedTo: GRASSROOTS_BTV, proposalRef: '02-TTr/CB' }, facts: cellAuth },
    ],
    true,
  );
  const upper = (votes: Partial<Record<DisciplineForm, number>>, none: number) => {
    const { minutesRef: _m, ...rest } = vote(tally(POST_FORMS, votes, none), { members: members(7, 'u'), conflicted: [] }, GRASSROOTS_BTV);
    return { ...rest, decisionRef: '45-QĐ/ĐU' };
  };

  it('khai trừ: more than half of the committee and the proposing cell line; 4 of 7 expels, 3 of 7 falls to cách chức', () => {
    const p = preview('UPPER_DECIDE', proposed, upper({ KHAI_TRU: 4 }, 3), allowed(GRASSROOTS_BTV));
    expect(p.lines.slice(0, 2)).toEqual([
      { key: 'KHAI_TRU', label: 'Khai trừ – hình thức được quyết định', votes: 4, counted: 4, needed: 4, thresholdLabel: 'quá một nửa', reached: true },
      {
        key: 'KHAI_TRU_PROPOSING', label: 'Khai trừ – tổ chức đề nghị (đã biểu quyết, 9 người được tính)', votes: 7, counted: 7, needed: 6,
        thresholdLabel: 'ít nhất hai phần ba', reached: true,
      },
    ]);
    expect(p).toMatchObject({ passed: true, outcome: 'Đủ phiếu thi hành kỷ luật: Khai trừ (tổ chức đề nghị 7/9 phiếu, cần 6; tổ chức quyết định 4/7 phiếu, cần 4)' });
    const o = decide('UPPER_DECIDE', proposed, upper({ KHAI_TRU: 4 }, 3), allowed(GRASSROOTS_BTV));
    expect(o.kind === 'taken' && (o.snapshot.context as ContextKyLuat).upperVote?.decided).toBe('KHAI_TRU');

    const short = upper({ KHAI_TRU: 3, CACH_CHUC: 1 }, 3);
    const q = preview('UPPER_DECIDE', proposed, short, allowed(GRASSROOTS_BTV));
    expect(q.lines.find((l) => l.key === 'KHAI_TRU')).toMatchObject({ counted: 3, needed: 4, reached: false });
    expect(q.outcome).toBe('Đủ phiếu thi hành kỷ luật: Cách chức (4/7 phiếu cộng dồn, cần 4)');
    const r = decide('UPPER_DECIDE', proposed, short, allowed(GRASSROOTS_BTV));
    expect(r.kind === 'taken' && (r.snapshot.context as ContextKyLuat).upperVote?.decided).toBe('CACH_CHUC');
  });
});
