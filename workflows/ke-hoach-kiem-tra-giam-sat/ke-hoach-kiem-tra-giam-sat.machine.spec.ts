// Pure machine tests for the yearly inspection and supervision plan (ke-hoach-kiem-tra-giam-sat), driven through the
// engine functions the service uses. Domain reference: docs/domain/ke-hoach-kiem-tra-giam-sat.md, changes-2026.md §5.3.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { Effect } from '../shared/effects';
import type { EventFacts, RuleValueFact } from '../shared/facts';
import { describeMachineConformance } from '../shared/machine-conformance.spec';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { VIETNAMESE } from '../shared/vietnamese';
import { ItemInput } from '../kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.events';
import { kiemTraGiamSatChuyenDeV1 } from '../kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.procedure';
import { PlanInput, type PlanItemDto } from './ke-hoach-kiem-tra-giam-sat.events';
import type { EventPlan } from './ke-hoach-kiem-tra-giam-sat.machine';
import { keHoachKiemTraGiamSatV1 as def } from './ke-hoach-kiem-tra-giam-sat.procedure';
import { noticeDueDate } from './ke-hoach-kiem-tra-giam-sat.rules';

type EventType = EventPlan['type'];
interface Step {
  type: EventType;
  payload?: unknown;
  facts?: EventFacts;
  /** The instant the service records (default: 20/12/2026 10:00 in Vietnam). */
  at?: string;
}

const PERSON_A = '0a000000-0000-4000-8000-00000000000a';
const PERSON_B = '0b000000-0000-4000-8000-00000000000b';
const UNIT = '0c000000-0000-4000-8000-00000000000c';
const CHILD = (n: number) => `0d000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const AT = '2026-12-20T03:00:00.000Z';

const item = (o: Partial<PlanItemDto> & Pick<PlanItemDto, 'kind' | 'subject' | 'period'>): PlanItemDto => ({
  content: 'Việc chấp hành Điều lệ Đảng và nghị quyết của chi bộ.',
  carriedOutBy: 'Đồng chí Bí thư chi bộ',
  ...o,
});
// A cell's plan for 2027, drafted on 10/12/2026 and adopted at the December meeting.
const ITEMS: PlanItemDto[] = [
  item({ kind: 'INSPECTION', subject: { kind: 'MEMBER', name: 'Đảng viên Nguyễn Văn An', personId: PERSON_A, membership: 'FULL_MEMBER' }, period: { from: '2027-03-01', to: '2027-03-31' } }),
  item({ kind: 'THEMATIC_SUPERVISION', subject: { kind: 'ORGANISATION', name: 'Tổ đảng khu phố 3', unitId: UNIT }, period: { from: '2027-01-04', to: '2027-02-26' }, method: 'Nghe báo cáo, kiểm tra sổ sách' }),
  item({ kind: 'REGULAR_SUPERVISION', subject: { kind: 'MEMBER', name: 'Đảng viên Trần Thị Bình', personId: PERSON_B }, period: { from: '2027-06-01', to: '2027-11-30' }, carriedOutBy: 'Chi ủy' }),
];
const INPUT: PlanInput = { year: 2027, purpose: 'Nâng cao ý thức chấp hành của đảng viên; phát hiện, khắc phục sớm khuyết điểm.', items: ITEMS, draftedOn: '2026-12-10' };

const rule = (key: string, o: Partial<RuleValueFact>): RuleValueFact => ({ ruleId: key, value: null, unit: 'FRACTION', legalBasis: `Căn cứ của ${key}`, confidence: 'INFERRED', ...o });
const FACTS = (o: { threshold?: RuleValueFact | null; quorum?: RuleValueFact | null; notice?: RuleValueFact | null } = {}): EventFacts => ({
  legalDate: { date: '2026-12-18', field: 'meetingDate' },
  ruleValues: {
    'KTGS.PLAN_THRESHOLD': o.threshold === undefined ? rule('KTGS.PLAN_THRESHOLD', { data: { numerator: 1, denominator: 2, strict: true }, legalBasis: 'Điều lệ Đảng, Điều 9 khoản 5' }) : o.threshold,
    'VOTE.QUORUM_INSPECTION_PLAN': o.quorum === undefined ? rule('VOTE.QUORUM_INSPECTION_PLAN', { data: null, confidence: 'NOT_FOUND' }) : o.quorum,
    'KTGS.ITEM_NOTICE': o.notice === undefined ? rule('KTGS.ITEM_NOTICE', { value: 1, unit: 'MONTHS', confidence: 'STATED' }) : o.notice,
  },
});

const ADOPT = (o: { vote?: unknown; minutesRef?: string; meetingDate?: string; facts?: EventFacts } = {}): Step => ({
  type: 'ADOPT',
  payload: { meetingDate: o.meetingDate ?? '2026-12-18', ...('minutesRef' in o ? (o.minutesRef ? { minutesRef: o.minutesRef } : {}) : { minutesRef: '12-BB/CB' }), ...(o.vote ? { vote: o.vote } : {}) },
  facts: o.facts ?? FACTS(),
});
const VOTE = (approve: number, counted = 8, present = 7) => ({ counted, present, approve });
const REVISE = (items: PlanItemDto[] = ITEMS): Step => ({ type: 'REVISE_DRAFT', payload: { purpose: INPUT.purpose, items, note: 'Bổ sung phương pháp.' } });
const WITHDRAW: Step = { type: 'WITHDRAW', payload: { withdrawnOn: '2026-12-15', reason: 'Chi bộ sáp nhập, lập kế hoạch chung.' } };
const REPORT_UP = (reportedOn = '2026-12-22'): Step => ({ type: 'REPORT_PLAN_UP', payload: { reportedOn, documentRef: '05-BC/CB' }, at: '2026-12-23T03:00:00.000Z' });
const PROGRESS: Step = { type: 'REPORT_PROGRESS', payload: { reportedOn: '2027-06-30', periodLabel: '6 tháng đầu năm' }, at: '2027-07-01T03:00:00.000Z' };
const ADD = (o: { vote?: unknown; items?: PlanItemDto[] } = {}): Step => ({
  type: 'ADD_ITEMS',
  payload: {
    meetingDate: '2027-05-06', minutesRef: '05-BB/CB', ...(o.vote ? { vote: o.vote } : {}),
    items: o.items ?? [item({ kind: 'INSPECTION', subject: { kind: 'MEMBER', name: 'Đảng viên Lê Văn Cường', personId: PERSON_B }, period: { from: '2027-07-01', to: '2027-07-31' } })],
  },
  facts: FACTS(),
  at: '2027-05-07T03:00:00.000Z',
});
const YEAR_REPORT = (reportedOn = '2027-12-20'): Step => ({
  type: 'YEAR_END_REPORT', payload: { reportedOn, summary: 'Thực hiện đạt kế hoạch.', documentRef: '20-BC/CB' }, at: '2027-12-21T03:00:00.000Z',
});
const CONCLUDED = (n: number, outcome = 'NO_VIOLATION', o: Partial<{ procedureId: string; link: string }> = {}): Step => ({
  type: 'CHILD_CONCLUDED',
  payload: { childCaseId: CHILD(n), procedureId: 'kiem-tra-giam-sat-chuyen-de', link: 'INSPECTION', outcome, summary: `Nội dung ${n}: xong.`, ...o },
  at: '2027-04-01T03:00:00.000Z',
});
const MISSED = (key: string, generation = 1): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation } });

const SAMPLE: Record<EventType, Step> = {
  REVISE_DRAFT: REVISE(), ADOPT: ADOPT(), WITHDRAW, REPORT_PLAN_UP: REPORT_UP(), REPORT_PROGRESS: PROGRESS, ADD_ITEMS: ADD(),
  YEAR_END_REPORT: YEAR_REPORT(), CHILD_CONCLUDED: CONCLUDED(1), DEADLINE_MISSED: MISSED('ADOPTION'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step): MachineEvent => ({ type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.at ?? AT, ...(s.facts ? { facts: s.facts } : {}) });

function run(input: PlanInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(outcome)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (input: PlanInput, steps: readonly Step[]): StepResult => run(input, steps).at(-1)!;
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
const reasons = (from: StepResult, s: Step, guards: string[]) => refusalReasons(def, from.snapshot, toEvent(s), guards);
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const effectsOf = (r: StepOutcome | StepResult): Effect[] => ('kind' in r ? (r.kind === 'taken' ? r.effects : []) : r.effects);
const effects = (r: StepOutcome | StepResult, type?: string): Effect[] => effectsOf(r).filter((e) => !type || e.type === type);
const childInputs = (r: StepOutcome | StepResult) => effects(r, 'openChildCase').map((e) => (e.params as { input: Record<string, unknown> }).input);

async function errorsOf(cls: new () => object, plain: unknown): Promise<ValidationError[]> {
  return validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true });
}
const paths = (errors: ValidationError[], at = ''): string[] =>
  errors.flatMap((e) => {
    const p = at ? `${at}.${e.property}` : e.property;
    return e.children && e.children.length > 0 ? paths(e.children, p) : [p];
  });

const RUNNING: Step[] = [ADOPT(), REPORT_UP()];

describe('a cell’s plan from the draft to the year’s report', () => {
  let rs: StepResult[];
  beforeAll(() => {
    rs = run(INPUT, [ADOPT({ vote: VOTE(7) }), REPORT_UP(), CONCLUDED(1), CONCLUDED(2, 'SHORTCOMINGS_TO_CORRECT'), PROGRESS, CONCLUDED(3), YEAR_REPORT()]);
  });

  it('passes through every step with the statistics category of each, closing when every item is done', () => {
    expect(rs.map((r) => `${r.state} ${project(r).reportCategory}`)).toEqual([
      'drafting DRAFTING', 'running.toReportUp ADOPTED', 'running.inProgress IN_PROGRESS', 'running.inProgress IN_PROGRESS', 'running.inProgress IN_PROGRESS',
      'running.inProgress IN_PROGRESS', 'running.inProgress IN_PROGRESS', 'closed COMPLETED',
    ]);
    expect(rs.at(-1)!.done).toBe(true);
    expect(project(rs.at(-1)!)).toEqual({
      reportCategory: 'COMPLETED', tags: { year: '2027', adoptedBy: 'VOTE' }, title: 'Kế hoạch kiểm tra, giám sát năm 2027', receivedAt: '2026-12-09T17:00:00.000Z',
    });
  });

  it('schedules the adoption at the draft, the report up and the year’s report (31/12 of its year) at adoption, and meets each', () => {
    expect(rs.map((r) => r.effects.filter((e) => /Deadline/.test(e.type)).map((e) => ({ type: e.type, ...(e.params as object) })))).toEqual([
      [{ type: 'scheduleDeadline', key: 'ADOPTION', ruleKey: 'KTGS.PLAN_ADOPTION', startAt: '2026-12-10' }],
      [
        { type: 'markDeadlineMet', key: 'ADOPTION', at: '2026-12-18' },
        { type: 'scheduleDeadline', key: 'REPORT_UP', ruleKey: 'KTGS.PLAN_REPORT_UP', startAt: '2026-12-18' },
        { type: 'scheduleDeadline', key: 'YEAR_REPORT', ruleKey: 'KTGS.YEAR_REPORT', startAt: '2026-12-18', dueAt: '2027-12-31T16:59:59.999Z' },
      ],
      [{ type: 'markDeadlineMet', key: 'REPORT_UP', at: '2026-12-22' }],
      [], [], [], [],
      [{ type: 'markDeadlineMet', key: 'YEAR_REPORT', at: '2027-12-20' }],
    ]);
  });

  it('opens each item as a linked case, numbered, with the notice’s last day from KTGS.ITEM_NOTICE', async () => {
    const opened = effects(rs[1], 'openChildCase');
    expect(opened.map((e) => (e.params as { procedureId: string; link: string }).procedureId)).toEqual(Array(3).fill('kiem-tra-giam-sat-chuyen-de'));
    expect(opened.every((e) => (e.params as { link: string }).link === 'INSPECTION')).toBe(true);
    const inputs = childInputs(rs[1]);
    expect(inputs[0]).toEqual({
      ...ITEMS[0],
      plan: { year: 2027, itemNo: 1, adoptedOn: '2026-12-18', planTitle: 'Kế hoạch kiểm tra, giám sát năm 2027' },
      noticeDueDate: '2027-02-28',
      openedAt: AT,
    });
    // January's item is told at the December meeting; June's by the end of May.
    expect(inputs.map((i) => [(i.plan as { itemNo: number }).itemNo, i.noticeDueDate])).toEqual([[1, '2027-02-28'], [2, '2026-12-31'], [3, '2027-05-31']]);
    // Each is an item case the item procedure accepts, as the service would open it that day.
    for (const input of inputs) {
      expect(await errorsOf(ItemInput, input)).toEqual([]);
      expect(kiemTraGiamSatChuyenDeV1.inputChecks!(input, AT)).toEqual([]);
    }
    expect(rs[1].snapshot.context).toMatchObject({ opened: 3, adoption: { by: 'VOTE', text: expect.stringContaining('Tán thành 7/8, cần 5 (Quá một nửa') } });
    expect((rs[1].snapshot.context as { adoption: { quorumNote?: string } }).adoption.quorumNote).toContain('VOTE.QUORUM_INSPECTION_PLAN');
  });

  it('tells the committee above at the report up, each period and the year’s end, with items done and total', () => {
    expect(effects(rs[2], 'notify')).toEqual([
      { type: 'notify', params: { template: 'ktgs.plan-report', audiences: ['UPPER_COMMITTEE'], summary: 'Kế hoạch kiểm tra, giám sát năm 2027: 3 nội dung kiểm tra, giám sát đã được chi bộ thông qua.' } },
    ]);
    expect(effects(rs[5], 'notify')[0].params).toMatchObject({ summary: '6 tháng đầu năm: Đã thực hiện 2/3 nội dung, còn 1 nội dung đang tiến hành.' });
    expect(effects(rs[7], 'notify')[0].params).toMatchObject({ summary: 'Báo cáo năm 2027: Đã thực hiện 3/3 nội dung.' });
    expect(rs.at(-1)!.snapshot.context).toMatchObject({
      progressReports: [{ periodLabel: '6 tháng đầu năm', total: 3, done: 2, cancelled: 0, byOutcome: { NO_VIOLATION: 1, SHORTCOMINGS_TO_CORRECT: 1 } }],
      yearReport: { total: 3, done: 3, byOutcome: { NO_VIOLATION: 2, SHORTCOMINGS_TO_CORRECT: 1 } },
    });
  });
});

describe('the notice’s last day', () => {
  it.each([
    ['a March item, one month before', '2027-03-01', 1, '2026-12-18', '2027-02-28'],
    ['an item starting mid-month', '2027-03-15', 1, '2026-12-18', '2027-02-28'],
    ['a January item adopted in December', '2027-01-04', 1, '2026-12-18', '2026-12-31'],
    ['an item whose preceding meeting is past: the adopting meeting', '2027-01-20', 1, '2027-01-10', '2027-01-10'],
    ['two months before (a committee’s row)', '2027-03-01', 2, '2026-12-18', '2027-01-31'],
    ['a leap year February', '2028-03-10', 1, '2027-12-01', '2028-02-29'],
  ])('%s', (_what, from, months, meeting, due) => {
    expect(noticeDueDate(from, months, meeting)).toBe(due);
  });

  it('no value for KTGS.ITEM_NOTICE: the items open without a notice day (never guessed)', () => {
    const r = attempt(reach(INPUT, []), ADOPT({ facts: FACTS({ notice: null }) }));
    expect(childInputs(r).map((i) => i.noticeDueDate)).toEqual([undefined, undefined, undefined]);
  });
});

describe('adoption by the cell meeting', () => {
  const drafting = () => reach(INPUT, []);

  it.each([
    ['one vote below more than half of 8 (4)', VOTE(4), false],
    ['at the share (5 of 8)', VOTE(5), true],
    ['of 9 counted, 4 is below (4.5 is half)', VOTE(4, 9, 9), false],
    ['of 9 counted, 5 passes', VOTE(5, 9, 9), true],
  ])('%s: adopted %s', (_what, vote, adopted) => {
    const r = attempt(drafting(), ADOPT({ vote }));
    expect(r).toMatchObject({ kind: 'taken', state: adopted ? 'running.toReportUp' : 'drafting' });
    expect(effects(r, 'openChildCase')).toHaveLength(adopted ? 3 : 0);
    if (!adopted) {
      expect((r as StepResult).snapshot.context).toMatchObject({ rejections: [{ meetingDate: '2026-12-18', text: expect.stringContaining('không thông qua') }] });
      // The draft waits for a meeting again.
      expect(availableEvents(def, (r as StepResult).snapshot)).toContain('ADOPT');
    }
  });

  it('is adopted by the minutes alone; with neither a vote nor minutes it is refused', () => {
    expect(attempt(drafting(), ADOPT())).toMatchObject({ kind: 'taken', state: 'running.toReportUp' });
    const none = ADOPT({ minutesRef: undefined });
    expect(attempt(drafting(), none)).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    expect(reasons(drafting(), none, ['meetingValid'])[0]).toBe(
      'Chưa ghi nhận được cuộc họp chi bộ: Cần kết quả biểu quyết hoặc số, ký hiệu biên bản họp chi bộ thông qua kế hoạch.',
    );
  });

  it('refuses a tally that cannot be (more present than counted, more in favour than present, nobody counted)', () => {
    for (const [vote, text] of [
      [VOTE(5, 8, 9), 'Số có mặt (9) lớn hơn tổng số được tính (8).'],
      [VOTE(8, 8, 7), 'Số tán thành (8) lớn hơn số có mặt (7).'],
      [VOTE(0, 0, 0), 'Tổng số đảng viên được tính phải lớn hơn 0.'],
    ] as const) {
      const step = ADOPT({ vote });
      expect(attempt(drafting(), step)).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
      expect(reasons(drafting(), step, ['meetingValid'])[0]).toContain(text);
    }
  });

  it('refuses a vote when no threshold is in force on the meeting date (never guessed)', () => {
    const step = ADOPT({ vote: VOTE(7), facts: FACTS({ threshold: null }) });
    expect(attempt(drafting(), step)).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    expect(reasons(drafting(), step, ['meetingValid'])[0]).toContain('Chưa có giá trị pháp lý cho KTGS.PLAN_THRESHOLD áp dụng vào ngày 18/12/2026');
  });

  it('applies a quorum a committee set: one below refused, at it taken', () => {
    const quorum = rule('VOTE.QUORUM_INSPECTION_PLAN', { data: { numerator: 2, denominator: 3, strict: false }, legalBasis: 'Quyết định của Đảng ủy phường' });
    const below = ADOPT({ vote: VOTE(5, 9, 5), facts: FACTS({ quorum }) });
    expect(attempt(drafting(), below)).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    expect(reasons(drafting(), below, ['meetingValid'])[0]).toContain('Số đảng viên có mặt (5/9) không đủ: cần ít nhất hai phần ba tổng số (Quyết định của Đảng ủy phường).');
    const at = attempt(drafting(), ADOPT({ vote: VOTE(5, 9, 6), facts: FACTS({ quorum }) }));
    expect(at).toMatchObject({ kind: 'taken', state: 'running.toReportUp' });
    expect((at as StepResult).snapshot.context).not.toHaveProperty('adoption.quorumNote');
  });

  it('a meeting before the draft, after the day it is recorded, or after an item has begun is refused', () => {
    expect(attempt(drafting(), ADOPT({ meetingDate: '2026-12-09' }))).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    expect(attempt(drafting(), ADOPT({ meetingDate: '2026-12-10' }))).toMatchObject({ kind: 'taken' });
    expect(attempt(drafting(), { ...ADOPT({ meetingDate: '2026-12-21' }) })).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    const late = { ...ADOPT({ meetingDate: '2027-01-05' }), at: '2027-01-06T03:00:00.000Z' };
    expect(attempt(drafting(), late)).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    expect(reasons(drafting(), late, ['meetingValid'])[0]).toContain('Nội dung 2: bắt đầu (2027-01-04) trước ngày họp thông qua (2027-01-05).');
    // On the item's first day it may still be adopted (and told at that meeting).
    const onDay = attempt(drafting(), { ...ADOPT({ meetingDate: '2027-01-04' }), at: '2027-01-06T03:00:00.000Z' });
    expect(childInputs(onDay)[1].noticeDueDate).toBe('2027-01-04');
  });

  it('reads the share, the quorum and the notice rule on the meeting date', () => {
    expect(def.events.ADOPT.facts).toEqual([{ fact: 'ruleValues', keys: ['KTGS.PLAN_THRESHOLD', 'VOTE.QUORUM_INSPECTION_PLAN', 'KTGS.ITEM_NOTICE'] }]);
    expect(def.events.ADOPT.legalDate).toEqual(['meetingDate']);
  });
});

describe('the draft', () => {
  it('is revised as a whole list; an item outside the plan’s year is refused, naming it', () => {
    const revised = attempt(reach(INPUT, []), REVISE(ITEMS.slice(0, 2)));
    expect(revised).toMatchObject({ kind: 'taken', state: 'drafting', effects: [] });
    expect(childInputs(attempt(revised as StepResult, ADOPT()))).toHaveLength(2);
    const outside = REVISE([...ITEMS, item({ kind: 'INSPECTION', subject: ITEMS[0].subject, period: { from: '2027-12-15', to: '2028-01-10' } })]);
    expect(attempt(reach(INPUT, []), outside)).toMatchObject({ kind: 'guard-refused', guards: ['revisionValid'] });
    expect(reasons(reach(INPUT, []), outside, ['revisionValid'])[0]).toBe(
      'Dự thảo điều chỉnh chưa hợp lệ: Nội dung 4: thời gian tiến hành (2027-12-15 – 2028-01-10) phải nằm trong năm 2027.',
    );
  });

  it('is withdrawn with a reason, its adoption deadline cancelled', () => {
    const r = attempt(reach(INPUT, []), WITHDRAW);
    expect(r).toMatchObject({ kind: 'taken', state: 'withdrawn', done: true, effects: [{ type: 'cancelDeadline', params: { key: 'ADOPTION', at: AT } }] });
    expect(project(r as StepResult).reportCategory).toBe('WITHDRAWN');
    expect(attempt(reach(INPUT, []), { ...WITHDRAW, payload: { withdrawnOn: '2026-12-09', reason: 'Lý do.' } })).toMatchObject({ kind: 'guard-refused' });
  });
});

describe('while the plan runs', () => {
  const running = () => reach(INPUT, RUNNING);

  it('records each item’s report once, and its follow-up once more; another procedure’s or link’s report is refused', () => {
    const one = reach(INPUT, [...RUNNING, CONCLUDED(1, 'SHORTCOMINGS_TO_CORRECT')]);
    expect(attempt(one, CONCLUDED(1))).toMatchObject({ kind: 'guard-refused', guards: ['fromPlanItem'] });
    const corrected = attempt(one, CONCLUDED(1, 'CORRECTED'));
    expect(corrected).toMatchObject({ kind: 'taken' });
    expect((corrected as StepResult).snapshot.context).toMatchObject({ results: { [CHILD(1)]: { outcome: 'SHORTCOMINGS_TO_CORRECT', followUp: 'CORRECTED' } } });
    expect(attempt(corrected as StepResult, CONCLUDED(1, 'CORRECTED'))).toMatchObject({ kind: 'guard-refused' });
    // A follow-up of an item never concluded here is refused too.
    expect(attempt(running(), CONCLUDED(2, 'CORRECTED'))).toMatchObject({ kind: 'guard-refused' });
    expect(attempt(running(), CONCLUDED(2, 'NO_VIOLATION', { procedureId: 'kiem-tra-dau-hieu-vi-pham' }))).toMatchObject({ kind: 'guard-refused' });
    expect(attempt(running(), CONCLUDED(2, 'NO_VIOLATION', { link: 'DISCIPLINE' }))).toMatchObject({ kind: 'guard-refused' });
  });

  it('items added by a later meeting open numbered after the others; a vote that falls short adds none', () => {
    const added = attempt(running(), ADD());
    expect(added).toMatchObject({ kind: 'taken', state: 'running.inProgress' });
    expect(childInputs(added).map((i) => [(i.plan as { itemNo: number; adoptedOn: string }).itemNo, (i.plan as { adoptedOn: string }).adoptedOn, i.noticeDueDate])).toEqual([
      [4, '2027-05-06', '2027-06-30'],
    ]);
    expect((added as StepResult).snapshot.context).toMatchObject({ opened: 4, supplements: [{ meetingDate: '2027-05-06', count: 1 }] });
    const short = attempt(running(), ADD({ vote: VOTE(4) }));
    expect(short).toMatchObject({ kind: 'taken', effects: [] });
    expect((short as StepResult).snapshot.context).toMatchObject({ opened: 3, rejections: [{ text: expect.stringContaining('Bổ sung 1 nội dung: Tán thành 4/8') }] });
    const outside = ADD({ items: [item({ kind: 'INSPECTION', subject: ITEMS[0].subject, period: { from: '2027-04-01', to: '2027-04-30' } })] });
    expect(attempt(running(), outside)).toMatchObject({ kind: 'guard-refused', guards: ['meetingValid'] });
    expect(reasons(running(), outside, ['meetingValid'])[0]).toContain('Nội dung 4: bắt đầu (2027-04-01) trước ngày họp thông qua (2027-05-06).');
  });

  it('a report dated before the adoption is refused; on its day it is taken', () => {
    const adopted = reach(INPUT, [ADOPT()]);
    expect(attempt(adopted, REPORT_UP('2026-12-17'))).toMatchObject({ kind: 'guard-refused', guards: ['reportDateValid'] });
    expect(attempt(adopted, REPORT_UP('2026-12-18'))).toMatchObject({ kind: 'taken', state: 'running.inProgress' });
  });

  it('a missed deadline of the current generation is recorded; a stale one is refused', () => {
    const r = attempt(running(), MISSED('YEAR_REPORT', 1));
    expect(r).toMatchObject({ kind: 'taken', state: 'running.inProgress' });
    expect(project(r as StepResult).tags.overdue).toBe('true');
    expect(attempt(running(), MISSED('YEAR_REPORT', 2))).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
  });
});

describe('the year’s report and closing', () => {
  it('with items still open the plan waits, and closes by itself when the last one is done (or cancelled)', () => {
    const rs = run(INPUT, [...RUNNING, CONCLUDED(1), YEAR_REPORT(), CONCLUDED(2, 'CANCELLED')]);
    expect(rs.at(-2)!.state).toBe('yearReported');
    expect(project(rs.at(-2)!).reportCategory).toBe('YEAR_REPORTED');
    expect(effects(rs.at(-2)!, 'notify')[0].params).toMatchObject({ summary: 'Báo cáo năm 2027: Đã thực hiện 1/3 nội dung, còn 2 nội dung đang tiến hành.' });
    expect(rs.at(-1)!.state).toBe('yearReported');
    const last = attempt(rs.at(-1)!, CONCLUDED(3, 'SIGNS_OF_VIOLATION'));
    expect(last).toMatchObject({ kind: 'taken', state: 'closed', done: true });
    expect((last as StepResult).snapshot.context).toMatchObject({ closedAt: '2027-04-01T03:00:00.000Z' });
  });

  it('is made only once the plan went up; dated before the adoption it is refused', () => {
    expect(availableEvents(def, reach(INPUT, [ADOPT()]).snapshot)).not.toContain('YEAR_END_REPORT');
    expect(attempt(reach(INPUT, RUNNING), YEAR_REPORT('2026-12-17'))).toMatchObject({ kind: 'guard-refused', guards: ['reportDateValid'] });
  });

  it('counts a cancelled item as done but not as carried out', () => {
    const r = reach(INPUT, [...RUNNING, CONCLUDED(1), CONCLUDED(2, 'CANCELLED'), CONCLUDED(3, 'VIOLATION'), YEAR_REPORT()]);
    expect(r.state).toBe('closed');
    expect(effects(r, 'notify')[0].params).toMatchObject({ summary: 'Báo cáo năm 2027: Đã thực hiện 2/3 nội dung, hủy 1.' });
  });
});

describe('input validation', () => {
  const now = '2026-12-10T05:00:00.000Z';

  it('accepts the fixture', async () => {
    expect(await errorsOf(PlanInput, INPUT)).toEqual([]);
    expect(def.inputChecks!(INPUT, now)).toEqual([]);
  });

  it('refuses an empty plan, a bad item and unknown fields', async () => {
    expect(paths(await errorsOf(PlanInput, { ...INPUT, items: [], extra: 1 })).sort()).toEqual(['extra', 'items']);
    expect(paths(await errorsOf(PlanInput, { ...INPUT, items: [{ ...ITEMS[0], kind: 'AUDIT', subject: { kind: 'MEMBER', name: 'X' } }] })).sort()).toEqual([
      'items.0.kind', 'items.0.subject.personId',
    ]);
    expect(paths(await errorsOf(PlanInput, { ...INPUT, year: 0 }))).toEqual(['year']);
  });

  it('a year’s plan is drafted that year or late the year before; items stay in its year; no draft from the future', () => {
    expect(def.inputChecks!({ ...INPUT, year: 2026 }, now).map((p) => p.field)).not.toContain('year');
    expect(def.inputChecks!({ ...INPUT, year: 2028 }, now).map((p) => p.field)).toContain('year');
    expect(def.inputChecks!({ ...INPUT, year: 2025 }, now).map((p) => p.field)).toContain('year');
    const outside = { ...INPUT, items: [ITEMS[0], { ...ITEMS[1], period: { from: '2026-12-28', to: '2027-01-10' } }] };
    expect(def.inputChecks!(outside, now)).toEqual([{ field: 'items', message: 'Nội dung 2: thời gian tiến hành (2026-12-28 – 2027-01-10) phải nằm trong năm 2027.' }]);
    expect(def.inputChecks!({ ...INPUT, draftedOn: '2026-12-11' }, now).map((p) => p.field)).toEqual(['draftedOn']);
  });
});

// Forbidden events: what each state offers, and everything else refused.
const REACHABLE: [state: string, steps: Step[], allowed: EventType[]][] = [
  ['drafting', [], ['ADOPT', 'DEADLINE_MISSED', 'REVISE_DRAFT', 'WITHDRAW']],
  ['running.toReportUp', [ADOPT()], ['ADD_ITEMS', 'CHILD_CONCLUDED', 'DEADLINE_MISSED', 'REPORT_PLAN_UP', 'REPORT_PROGRESS']],
  ['running.inProgress', RUNNING, ['ADD_ITEMS', 'CHILD_CONCLUDED', 'DEADLINE_MISSED', 'REPORT_PROGRESS', 'YEAR_END_REPORT']],
  ['yearReported', [...RUNNING, YEAR_REPORT()], ['CHILD_CONCLUDED', 'DEADLINE_MISSED']],
  ['closed', [...RUNNING, CONCLUDED(1), CONCLUDED(2), CONCLUDED(3), YEAR_REPORT()], []],
  ['withdrawn', [WITHDRAW], []],
];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type]), systemEvents: ['CHILD_CONCLUDED', 'DEADLINE_MISSED'],
  states: REACHABLE.map(([state, steps, allowed]) => ({ state, allowed, reach: () => reach(INPUT, steps) })),
  openDimensions: ['year'],
});

describe('labels, messages and event specs', () => {
  it('the automatic close is worded', () => {
    expect(def.automaticConditions).toEqual({ allItemsSettled: expect.stringMatching(VIETNAMESE) });
  });

  it('declares the rule keys it schedules on, and statistics by year', () => {
    expect(def.ruleKeys).toEqual(['KTGS.PLAN_ADOPTION', 'KTGS.PLAN_REPORT_UP', 'KTGS.YEAR_REPORT']);
    expect(Object.keys(def.report!.dimensions)).toEqual(['year']);
  });
});
