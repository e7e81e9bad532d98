// Pure machine tests for the inspection on signs of violation (B2), driven through the engine functions the service uses.
// Domain reference: docs/domain/procedures.md §6 (K0–K9).
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { applyEvent, availableEvents, startCase, type PersistedSnapshot, type StepOutcome, type StepResult } from '../shared/engine';
import type { MachineEvent } from '../shared/procedure';
import { Role } from '../shared/roles';
import { InspectionInput, INSPECTION_AUTHORITY_RULE, type InspectionOutcome } from './kiem-tra-dau-hieu-vi-pham.events';
import type { EventKtdhvp } from './kiem-tra-dau-hieu-vi-pham.machine';
import { kiemTraDauHieuViPhamV1 as def } from './kiem-tra-dau-hieu-vi-pham.procedure';
import { describeMachineConformance } from '../shared/machine-conformance.spec';

type EventType = EventKtdhvp['type'];
interface Step {
  type: EventType;
  payload?: unknown;
}

const PROPOSED_AT = '2025-09-02T02:00:00.000Z';
const CHILD_ID = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const USER_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const DAY = 86_400_000;
const at = (i: number): string => new Date(Date.parse('2025-09-03T03:00:00.000Z') + i * DAY).toISOString();

const DIRECT: InspectionInput = {
  title: 'Kiểm tra đảng viên Trần Văn B khi có dấu hiệu vi phạm',
  subject: { kind: 'FULL_MEMBER', name: 'Trần Văn B', isParty: true, userId: USER_ID },
  reason: 'Kết quả giám sát cho thấy dấu hiệu vi phạm quy định về kê khai tài sản.',
  evidenceRefs: ['05-BC/UBKT'],
  initiatingBody: { kind: 'INSPECTION_COMMISSION', level: 'GRASSROOTS', name: 'Ủy ban kiểm tra Đảng ủy phường' },
  proposedAt: PROPOSED_AT,
};
// As a parent opens it: no title, a PERSON subject, a summary instead of a reason, a source.
const FROM_PARENT: InspectionInput = {
  subject: { kind: 'PERSON', name: 'Lê Thị C', isParty: true },
  summary: 'Thư không ký tên phản ánh cụ thể việc nhận tiền của doanh nghiệp.',
  evidenceRefs: [],
  source: { procedureId: 'to-cao', caseId: '2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901' },
  initiatingBody: { kind: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS' },
  proposedAt: PROPOSED_AT,
};

const DECIDE: Step = { type: 'DECIDE', payload: { decisionRef: '12-QĐ/UBKT', planSummary: 'Kế hoạch kiểm tra 30 ngày.', team: 'Đoàn kiểm tra 3 người' } };
const ANNOUNCE: Step = { type: 'ANNOUNCE', payload: { announcedAt: '2025-09-10T02:00:00.000Z' } };
const EXPLAIN: Step = {
  type: 'RECORD_EXPLANATION',
  payload: { receivedAt: '2025-09-20T02:00:00.000Z', summary: 'Báo cáo giải trình của đảng viên.', documentRef: 'BC-GT-01' },
};
const VERIFY: Step = { type: 'START_VERIFICATION' };
const RECORD: Step = { type: 'RECORD_VERIFICATION', payload: { kind: 'DOCUMENTS', summary: 'Thu thập hồ sơ kê khai.', documentRef: 'BB-01' } };
const DRAFT: Step = { type: 'SUBMIT_DRAFT_REPORT', payload: { summary: 'Dự thảo báo cáo kết quả kiểm tra.', documentRef: 'DT-01' } };
const RETURN: Step = { type: 'RETURN_TO_VERIFICATION', payload: { reason: 'Cần làm rõ nguồn gốc tài sản.' } };
const CONCLUDE = (outcome: InspectionOutcome = 'VIOLATION_DISCIPLINE'): Step => ({
  type: 'CONCLUDE',
  payload: { outcome, summary: 'Ủy ban kiểm tra kết luận.', conclusionRef: '20-TB/UBKT' },
});
const VIOLATION = { summary: 'Kê khai tài sản không trung thực.', occurredFrom: '2024-01-15', continuing: false };
const REFER = (subjectKind?: string): Step => ({
  type: 'REFER_TO_DISCIPLINE',
  payload: { ...(subjectKind ? { subjectKind } : {}), violation: VIOLATION, evidenceRefs: ['PL-01'] },
});
const CHILD = (link = 'DISCIPLINE', procedureId = 'ky-luat'): Step => ({
  type: 'CHILD_CONCLUDED',
  payload: { childCaseId: CHILD_ID, procedureId, link, outcome: 'DECIDED', summary: 'Cảnh cáo' },
});
const NOTIFY: Step = { type: 'NOTIFY', payload: { audiences: ['UNIT'], summary: 'Thông báo kết luận kiểm tra.' } };
const ARCHIVE: Step = { type: 'ARCHIVE' };
const MISSED = (key: 'inspection' | 'explanation', generation = 1): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation } });

const SAMPLE: Record<EventType, Step> = {
  DECIDE, ANNOUNCE, RECORD_EXPLANATION: EXPLAIN, START_VERIFICATION: VERIFY, RECORD_VERIFICATION: RECORD, SUBMIT_DRAFT_REPORT: DRAFT,
  RETURN_TO_VERIFICATION: RETURN, CONCLUDE: CONCLUDE('NO_VIOLATION'), REFER_TO_DISCIPLINE: REFER(), CHILD_CONCLUDED: CHILD(), NOTIFY, ARCHIVE,
  DEADLINE_MISSED: MISSED('inspection'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step, i: number): MachineEvent => ({ type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: at(i) });

function run(input: InspectionInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s, i));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(outcome)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (input: InspectionInput, steps: readonly Step[]): StepResult => run(input, steps).at(-1)!;
const attempt = (from: StepResult | PersistedSnapshot, s: Step, i = 99): StepOutcome =>
  applyEvent(def, 'snapshot' in from ? from.snapshot : from, toEvent(s, i));
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const trail = (rs: StepResult[]) => rs.map((r) => `${r.state} ${project(r).reportCategory}`);
const effectsOf = (r: StepResult, type: string) => r.effects.filter((e) => e.type === type);

async function errorsOf(cls: new () => object, plain: unknown): Promise<ValidationError[]> {
  return validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true });
}
const messages = (errors: ValidationError[]): string[] =>
  errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...messages(e.children ?? [])]);

const WORK: Step[] = [DECIDE, ANNOUNCE, EXPLAIN, VERIFY, RECORD, DRAFT];
const WORK_TRAIL = [
  'proposed PROPOSED', 'decided IN_PROGRESS', 'announced IN_PROGRESS', 'explanationReceived IN_PROGRESS', 'verifying IN_PROGRESS',
  'verifying IN_PROGRESS', 'draftReport IN_PROGRESS',
];

describe('paths to the archive, one per outcome', () => {
  const paths: [InspectionOutcome, Step[], string[]][] = [
    ['NO_VIOLATION', [CONCLUDE('NO_VIOLATION'), NOTIFY, ARCHIVE], ['concluded.noDiscipline CONCLUDED', 'notified CONCLUDED', 'archived CONCLUDED']],
    [
      'VIOLATION_NO_DISCIPLINE',
      [CONCLUDE('VIOLATION_NO_DISCIPLINE'), NOTIFY, ARCHIVE],
      ['concluded.noDiscipline CONCLUDED', 'notified CONCLUDED', 'archived CONCLUDED'],
    ],
    [
      'VIOLATION_DISCIPLINE',
      [CONCLUDE('VIOLATION_DISCIPLINE'), REFER(), CHILD(), NOTIFY, ARCHIVE],
      [
        'concluded.disciplineRequired CONCLUDED', 'disciplineReferred.awaitingDecision CONCLUDED', 'disciplineReferred.decided CONCLUDED',
        'notified CONCLUDED', 'archived CONCLUDED',
      ],
    ],
  ];

  describe.each(paths)('%s', (outcome, tail, tailTrail) => {
    let rs: StepResult[];
    beforeAll(() => {
      rs = run(DIRECT, [...WORK, ...tail]);
    });

    it('passes through the expected states and report categories, done only at the end', () => {
      expect(trail(rs)).toEqual([...WORK_TRAIL, ...tailTrail]);
      expect(rs.map((r) => r.done)).toEqual([...rs.slice(1).map(() => false), true]);
    });

    it('declares reportToParent with the outcome code at conclusion, and nowhere else', () => {
      const concluded = rs[WORK.length + 1];
      expect(effectsOf(concluded, 'reportToParent')).toEqual([{ type: 'reportToParent', params: { outcome, summary: 'Ủy ban kiểm tra kết luận.' } }]);
      expect(rs.flatMap((r) => effectsOf(r, 'reportToParent'))).toHaveLength(1);
    });

    it('schedules the inspection and the explanation on their rows (B2.*: no value found, §6 Q2), each met in turn', () => {
      expect(rs.map((r) => r.effects.filter((e) => /Deadline/.test(e.type)).map((e) => e.params))).toEqual([
        [],
        [{ key: 'inspection', ruleKey: 'B2.INSPECTION', startAt: at(0) }],
        [{ key: 'explanation', ruleKey: 'B2.SUBJECT_EXPLANATION', startAt: '2025-09-10T02:00:00.000Z' }],
        [{ key: 'explanation', at: '2025-09-20T02:00:00.000Z' }],
        [], [], [],
        [{ key: 'inspection', at: at(WORK.length) }],
        ...tail.slice(1).map(() => []),
      ]);
    });

    it('tags the outcome, the initiating body, the level and the origin', () => {
      expect(project(rs.at(-1)!).tags).toMatchObject({
        outcome, initiatingBody: 'INSPECTION_COMMISSION', level: 'GRASSROOTS', origin: 'DIRECT', subjectKind: 'FULL_MEMBER',
      });
    });

    it('accepts no further event once archived', () => {
      expect(availableEvents(def, rs.at(-1)!.snapshot)).toEqual([]);
      for (const type of ALL_EVENTS) expect(attempt(rs.at(-1)!, SAMPLE[type])).toEqual({ kind: 'not-allowed', allowed: [] });
    });
  });

  it('the subject may give no explanation: verification starts from the announcement and the explanation deadline is cancelled', () => {
    const rs = run(DIRECT, [DECIDE, ANNOUNCE, VERIFY]);
    expect(trail(rs).at(-1)).toBe('verifying IN_PROGRESS');
    expect(rs.at(-1)!.effects).toEqual([{ type: 'cancelDeadline', params: { key: 'explanation', at: at(2) } }]);
  });

  it('a deadline a committee set and that was missed is recorded wherever the case is; a stale generation is refused', () => {
    const verifying = reach(DIRECT, [DECIDE, ANNOUNCE, VERIFY]);
    const missed = attempt(verifying, MISSED('inspection'));
    expect(missed).toMatchObject({ kind: 'taken', state: 'verifying' });
    expect(project(missed as StepResult).tags.overdue).toBe('true');
    expect(attempt(verifying, MISSED('inspection', 2))).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
    // A key never scheduled has no current generation.
    expect(attempt(reach(DIRECT, [DECIDE]), MISSED('explanation'))).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
    expect(project(verifying).tags.overdue).toBeUndefined();
  });

  it('a draft sent back goes to verification again and is counted', () => {
    const r = reach(DIRECT, [...WORK, RETURN, RECORD, DRAFT]);
    expect(r.state).toBe('draftReport');
    expect(r.snapshot.context).toMatchObject({ draftsReturned: 1 });
  });
});

describe('referral to discipline (ky-luat)', () => {
  const concluded = () => reach(DIRECT, [...WORK, CONCLUDE('VIOLATION_DISCIPLINE')]);

  it('NOTIFY before referral is not allowed: the case must go to discipline first', () => {
    expect(attempt(concluded(), NOTIFY)).toEqual({ kind: 'not-allowed', allowed: ['DEADLINE_MISSED', 'REFER_TO_DISCIPLINE'] });
  });

  it('opens the discipline case with exactly the fields its input needs, evidence gathered from the whole case', () => {
    const r = reach(DIRECT, [...WORK, CONCLUDE('VIOLATION_DISCIPLINE'), REFER()]);
    expect(r.effects).toEqual([
      {
        type: 'openChildCase',
        params: {
          procedureId: 'ky-luat',
          link: 'DISCIPLINE',
          input: {
            subject: { kind: 'FULL_MEMBER', name: 'Trần Văn B', userId: USER_ID },
            violation: { summary: VIOLATION.summary, occurredFrom: '2024-01-15', continuing: false },
            evidenceRefs: ['05-BC/UBKT', '12-QĐ/UBKT', 'BC-GT-01', 'BB-01', 'DT-01', '20-TB/UBKT', 'PL-01'],
            source: { procedureId: 'kiem-tra-dau-hieu-vi-pham' },
            // The date of the conclusion (step 7, in Vietnam): the discipline's limitation runs until then.
            concludedAt: '2025-09-09',
          },
        },
      },
    ]);
    expect(project(r).tags.discipline).toBe('REFERRED');
  });

  it('a PERSON subject needs the membership kind in the referral; a wrong kind is refused', () => {
    const here = reach(FROM_PARENT, [...WORK, CONCLUDE('VIOLATION_DISCIPLINE')]);
    expect(attempt(here, REFER())).toMatchObject({ kind: 'guard-refused', guards: ['disciplineSubjectKnown'] });
    expect(attempt(here, REFER('ORGANISATION'))).toMatchObject({ kind: 'guard-refused', guards: ['disciplineSubjectKnown'] });
    const taken = attempt(here, REFER('PROBATIONARY_MEMBER'));
    expect(taken.kind).toBe('taken');
    if (taken.kind === 'taken') {
      expect(taken.effects[0]).toMatchObject({ params: { input: { subject: { kind: 'PROBATIONARY_MEMBER', name: 'Lê Thị C' } } } });
    }
  });

  it('VIOLATION_DISCIPLINE is refused for a subject outside the Party', () => {
    const here = reach({ ...DIRECT, subject: { ...DIRECT.subject, isParty: false } }, WORK);
    expect(attempt(here, CONCLUDE('VIOLATION_DISCIPLINE'))).toMatchObject({ kind: 'guard-refused', guards: ['disciplineOnlyForPartySubject'] });
    expect(attempt(here, CONCLUDE('VIOLATION_NO_DISCIPLINE')).kind).toBe('taken');
  });

  describe('CHILD_CONCLUDED', () => {
    const waiting = () => reach(DIRECT, [...WORK, CONCLUDE('VIOLATION_DISCIPLINE'), REFER()]);

    it('with link DISCIPLINE from ky-luat moves the case on and records the decision', () => {
      const r = attempt(waiting(), CHILD());
      expect(r).toMatchObject({ kind: 'taken', state: 'disciplineReferred.decided', effects: [] });
      if (r.kind === 'taken') expect(project(r).tags.discipline).toBe('DECIDED');
    });

    it.each([
      ['a wrong link', CHILD('INSPECTION')],
      ['another procedure', CHILD('DISCIPLINE', 'khieu-nai-ky-luat')],
    ])('from %s is refused', (_name, step) => {
      expect(attempt(waiting(), step)).toMatchObject({ kind: 'guard-refused', guards: ['fromDisciplineCase'] });
    });

    it('a stale one (after the decision was recorded, or before any referral) is not allowed', () => {
      const decided = reach(DIRECT, [...WORK, CONCLUDE('VIOLATION_DISCIPLINE'), REFER(), CHILD()]);
      expect(attempt(decided, CHILD())).toEqual({ kind: 'not-allowed', allowed: ['DEADLINE_MISSED', 'NOTIFY'] });
      expect(attempt(reach(DIRECT, WORK), CHILD()).kind).toBe('not-allowed');
    });
  });
});

describe('a case opened by a parent', () => {
  it('starts from the parent input (PERSON subject, summary, source) and reports its outcome back', () => {
    const rs = run(FROM_PARENT, [...WORK, CONCLUDE('VIOLATION_NO_DISCIPLINE')]);
    expect(rs.at(-1)!.effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'inspection', at: at(WORK.length) } },
      { type: 'reportToParent', params: { outcome: 'VIOLATION_NO_DISCIPLINE', summary: 'Ủy ban kiểm tra kết luận.' } },
    ]);
    expect(project(rs[0])).toMatchObject({
      reportCategory: 'PROPOSED',
      title: 'Kiểm tra khi có dấu hiệu vi phạm: Lê Thị C',
      receivedAt: PROPOSED_AT,
      tags: { origin: 'to-cao', initiatingBody: 'STANDING_COMMITTEE', level: 'UPPER_GRASSROOTS', subjectKind: 'PERSON' },
    });
  });
});

describe('who may start an inspection (§6: not an advisory department)', () => {
  it('the committee office (an advisory department) is not among the creating roles', () => {
    expect(def.createRoles).not.toContain(Role.COMMITTEE_OFFICE);
    expect(def.createRoles).not.toContain(Role.TASK_FORCE_OFFICER);
    expect([...def.createRoles].sort()).toEqual([Role.INSPECTION_COMMISSION_MEMBER, Role.SECRETARY, Role.STANDING_COMMITTEE_MEMBER].sort());
  });

  it('an advisory department named as initiating body is refused with the rule and its source', async () => {
    const errors = await errorsOf(InspectionInput, { ...DIRECT, initiatingBody: { kind: 'ADVISORY_DEPARTMENT', name: 'Ban Tổ chức' } });
    const text = messages(errors).join(' ');
    expect(text).toContain('Ban tham mưu, giúp việc của cấp ủy không được tiến hành kiểm tra');
    expect(text).toContain('Quy định 296-QĐ/TW, Điều 5');
    expect(text).toContain(INSPECTION_AUTHORITY_RULE);
  });

  it.each(['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION', 'CELL'])('%s may start it', async (kind) => {
    expect(await errorsOf(InspectionInput, { ...DIRECT, initiatingBody: { kind } })).toEqual([]);
  });

  it('an unknown body kind gets the rule too', async () => {
    expect(messages(await errorsOf(InspectionInput, { ...DIRECT, initiatingBody: { kind: 'PROPAGANDA' } }))).toEqual([INSPECTION_AUTHORITY_RULE]);
  });
});

describe('input validation', () => {
  it('both fixtures are accepted', async () => {
    expect(await errorsOf(InspectionInput, DIRECT)).toEqual([]);
    expect(await errorsOf(InspectionInput, FROM_PARENT)).toEqual([]);
  });

  it('a reason or a summary is required', async () => {
    const { reason: _r, ...noReason } = DIRECT;
    expect((await errorsOf(InspectionInput, noReason)).map((e) => e.property).sort()).toEqual(['reason', 'summary']);
    expect(await errorsOf(InspectionInput, { ...noReason, summary: 'Có dấu hiệu vi phạm.' })).toEqual([]);
  });

  it('the proposal instant is required (it is the case receipt instant) and an unknown field is refused', async () => {
    const { proposedAt: _p, ...noDate } = DIRECT;
    expect((await errorsOf(InspectionInput, noDate)).map((e) => e.property)).toEqual(['proposedAt']);
    expect((await errorsOf(InspectionInput, { ...DIRECT, extra: 1 })).map((e) => e.property)).toEqual(['extra']);
  });
});

// Forbidden events: what each state offers, and everything else refused.
const REACHABLE: [state: string, input: InspectionInput, steps: Step[], allowed: EventType[]][] = [
  ['proposed', DIRECT, [], ['DEADLINE_MISSED', 'DECIDE']],
  ['decided', DIRECT, [DECIDE], ['ANNOUNCE', 'DEADLINE_MISSED']],
  ['announced', DIRECT, [DECIDE, ANNOUNCE], ['DEADLINE_MISSED', 'RECORD_EXPLANATION', 'START_VERIFICATION']],
  ['explanationReceived', DIRECT, [DECIDE, ANNOUNCE, EXPLAIN], ['DEADLINE_MISSED', 'START_VERIFICATION']],
  ['verifying', DIRECT, [DECIDE, ANNOUNCE, EXPLAIN, VERIFY], ['DEADLINE_MISSED', 'RECORD_VERIFICATION', 'SUBMIT_DRAFT_REPORT']],
  ['draftReport', DIRECT, WORK, ['CONCLUDE', 'DEADLINE_MISSED', 'RETURN_TO_VERIFICATION']],
  ['concluded.noDiscipline', DIRECT, [...WORK, CONCLUDE('NO_VIOLATION')], ['DEADLINE_MISSED', 'NOTIFY']],
  ['concluded.disciplineRequired', DIRECT, [...WORK, CONCLUDE()], ['DEADLINE_MISSED', 'REFER_TO_DISCIPLINE']],
  ['disciplineReferred.awaitingDecision', DIRECT, [...WORK, CONCLUDE(), REFER()], ['CHILD_CONCLUDED', 'DEADLINE_MISSED']],
  ['disciplineReferred.decided', DIRECT, [...WORK, CONCLUDE(), REFER(), CHILD()], ['DEADLINE_MISSED', 'NOTIFY']],
  ['notified', DIRECT, [...WORK, CONCLUDE('NO_VIOLATION'), NOTIFY], ['ARCHIVE', 'DEADLINE_MISSED']],
  ['archived', DIRECT, [...WORK, CONCLUDE('NO_VIOLATION'), NOTIFY, ARCHIVE], []],
];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type], 99), systemEvents: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'],
  states: REACHABLE.map(([state, input, steps, allowed]) => ({ state, allowed, reach: () => reach(input, steps) })),
  // The eventless router after the conclusion: no case rests there.
  transientLeaves: ['concluded.routing'],
});

describe('labels, messages and event specs', () => {
  it('cites the guidance to 296 (08-HD/TW), not the congress guidance; dated events resolve their rules on their date', () => {
    expect(def.legalBasis).toContain('Hướng dẫn 08-HD/TW');
    expect(def.legalBasis).not.toContain('UBKTTW');
    expect(def.events.ANNOUNCE.legalDate).toEqual(['announcedAt']);
    expect(def.events.RECORD_EXPLANATION.legalDate).toEqual(['receivedAt']);
  });

  it('whoever drafted the report does not conclude, and the proposer does not decide (the secretary may bypass)', () => {
    expect(def.events.CONCLUDE.separateFrom).toEqual({ preparedBy: ['SUBMIT_DRAFT_REPORT'], bypassRoles: [Role.SECRETARY] });
    expect(def.events.DECIDE.separateFrom).toEqual({ preparedBy: ['CREATE'], bypassRoles: [Role.SECRETARY] });
  });
});
