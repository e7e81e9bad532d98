// Pure machine tests for an item of an inspection and supervision plan (kiem-tra-giam-sat-chuyen-de), driven through
// the engine functions the service uses. Domain reference: docs/domain/ke-hoach-kiem-tra-giam-sat.md, changes-2026.md §5.3.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import type { Effect } from '../shared/effects';
import { describeMachineConformance } from '../shared/machine-conformance.spec';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { Role } from '../shared/roles';
import { InspectionInput } from '../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.events';
import { kiemTraDauHieuViPhamV1 } from '../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.procedure';
import { KyLuatInput } from '../ky-luat/ky-luat.events';
import { kyLuatV1 } from '../ky-luat/ky-luat.procedure';
import { ConcludeItemPayload, ItemInput } from './kiem-tra-giam-sat-chuyen-de.events';
import type { EventItem } from './kiem-tra-giam-sat-chuyen-de.machine';
import { kiemTraGiamSatChuyenDeV1 as def } from './kiem-tra-giam-sat-chuyen-de.procedure';

type EventType = EventItem['type'];
interface Step {
  type: EventType;
  payload?: unknown;
  /** The instant the service records (default: 10/4/2027, after every date below). */
  at?: string;
  actor?: string;
}

const PERSON = '0a000000-0000-4000-8000-00000000000a';
const UNIT = '0b000000-0000-4000-8000-00000000000b';
const SUBJECT_USER = '0c000000-0000-4000-8000-00000000000c';
const LATER = '2027-04-10T03:00:00.000Z';

// Item 2 of a cell's 2027 plan adopted on 8/1/2027: inspecting a full member's compliance in March; told by the end of
// February (the preceding monthly meeting).
const INPUT: ItemInput = {
  kind: 'INSPECTION',
  subject: { kind: 'MEMBER', name: 'Đảng viên Nguyễn Văn An', personId: PERSON, membership: 'FULL_MEMBER', userId: SUBJECT_USER },
  content: 'Việc chấp hành Điều lệ Đảng, nghị quyết của chi bộ và thực hiện nhiệm vụ đảng viên.',
  period: { from: '2027-03-01', to: '2027-03-31' },
  carriedOutBy: 'Đồng chí Bí thư chi bộ',
  plan: { year: 2027, itemNo: 2, adoptedOn: '2027-01-08', planTitle: 'Kế hoạch kiểm tra, giám sát năm 2027' },
  noticeDueDate: '2027-02-28',
  openedAt: '2027-01-08T03:00:00.000Z',
};
const ORG_INPUT: ItemInput = {
  ...INPUT,
  kind: 'THEMATIC_SUPERVISION',
  subject: { kind: 'ORGANISATION', name: 'Tổ đảng khu phố 3', unitId: UNIT },
  content: 'Giám sát chuyên đề việc thực hiện quy chế dân chủ ở cơ sở.',
};

const NOTIFY = (notifiedOn = '2027-02-24', extra: Record<string, unknown> = { selfReportDueDate: '2027-03-10' }): Step => ({
  type: 'NOTIFY_SUBJECT', payload: { notifiedOn, minutesRef: '02-BB/CB', ...extra },
});
const SELF_REPORT = (receivedOn = '2027-03-08'): Step => ({ type: 'RECORD_SELF_REPORT', payload: { receivedOn, summary: 'Báo cáo tự kiểm tra của đảng viên.', documentRef: 'BC-01' } });
const WITHOUT: Step = { type: 'PROCEED_WITHOUT_SELF_REPORT', payload: { reason: 'Đảng viên đi công tác dài ngày, không nộp báo cáo.' } };
const VERIFY: Step = { type: 'RECORD_VERIFICATION', payload: { kind: 'WORK_WITH_PEOPLE', summary: 'Làm việc với tổ dân phố nơi cư trú.', documentRef: 'BB-LV-01' } };
const RESULT = (reportedOn = '2027-03-25'): Step => ({
  type: 'SUBMIT_RESULT_REPORT', payload: { reportedOn, summary: 'Dự thảo báo cáo kết quả kiểm tra.', proposedOutcome: 'NO_VIOLATION', documentRef: 'BC-KQ-02' }, actor: 'u-carrier',
});
const RETURN: Step = { type: 'RETURN_TO_VERIFICATION', payload: { reason: 'Cần làm rõ thêm ý kiến nơi cư trú.' } };
const CONCLUDE = (o: Partial<ConcludeItemPayload> = {}): Step => ({
  type: 'CONCLUDE',
  payload: { meetingDate: '2027-03-30', outcome: 'NO_VIOLATION', summary: 'Đảng viên chấp hành tốt.', minutesRef: '03-BB/CB', ...o },
});
const SHORTCOMINGS = (correctionDueDate = '2027-05-31') =>
  CONCLUDE({ outcome: 'SHORTCOMINGS_TO_CORRECT', summary: 'Còn hạn chế trong sinh hoạt nơi cư trú.', measures: 'Kiểm điểm, rút kinh nghiệm.', correctionDueDate });
const SIGNS = CONCLUDE({
  outcome: 'SIGNS_OF_VIOLATION',
  summary: 'Có dấu hiệu vi phạm quy định về những điều đảng viên không được làm.',
  inspection: { initiatingBody: { kind: 'CELL', level: 'CELL', name: 'Chi bộ Khu phố 3' }, reason: 'Dấu hiệu vi phạm trong việc kê khai tài sản.' },
});
const VIOLATION = (o: Partial<ConcludeItemPayload> = {}) =>
  CONCLUDE({
    outcome: 'VIOLATION',
    summary: 'Vi phạm quy định sinh hoạt đảng.',
    violation: { summary: 'Bỏ sinh hoạt chi bộ ba kỳ liên tiếp không có lý do.', occurredFrom: '2026-10-01', occurredUntil: '2026-12-31', continuing: false },
    ...o,
  });
const NOTICE_CONCLUSION = (notifiedOn = '2027-04-02'): Step => ({ type: 'NOTIFY_CONCLUSION', payload: { notifiedOn, audiences: ['UNIT', 'UPPER_COMMITTEE'] } });
const CORRECTION = (o: Record<string, unknown> = {}): Step => ({
  type: 'RECORD_CORRECTION', payload: { receivedOn: '2027-04-08', summary: 'Đã kiểm điểm trước chi bộ.', accepted: true, ...o },
});
const REFER: Step = {
  type: 'REFER_TO_INSPECTION',
  payload: { decidedOn: '2027-04-09', inspection: { initiatingBody: { kind: 'CELL' }, reason: 'Không khắc phục sau hai lần nhắc nhở.' } },
};
const CANCEL = (cancelledOn = '2027-02-01'): Step => ({ type: 'CANCEL', payload: { cancelledOn, reason: 'Đảng viên chuyển sinh hoạt đảng sang đơn vị khác.' } });
const MISSED = (key: string, generation = 1): Step => ({ type: 'DEADLINE_MISSED', payload: { key, generation } });

const SAMPLE: Record<EventType, Step> = {
  NOTIFY_SUBJECT: NOTIFY(), RECORD_SELF_REPORT: SELF_REPORT(), PROCEED_WITHOUT_SELF_REPORT: WITHOUT, RECORD_VERIFICATION: VERIFY,
  SUBMIT_RESULT_REPORT: RESULT(), RETURN_TO_VERIFICATION: RETURN, CONCLUDE: CONCLUDE(), NOTIFY_CONCLUSION: NOTICE_CONCLUSION(),
  RECORD_CORRECTION: CORRECTION(), REFER_TO_INSPECTION: REFER, CANCEL: CANCEL(), DEADLINE_MISSED: MISSED('PERIOD'),
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

const toEvent = (s: Step): MachineEvent => ({ type: s.type, payload: s.payload ?? {}, actorId: s.actor ?? 'u-secretary', occurredAt: s.at ?? LATER });

function run(input: ItemInput, steps: readonly Step[]): StepResult[] {
  const results = [startCase(def, input)];
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, results[results.length - 1].snapshot, toEvent(s));
    if (outcome.kind !== 'taken') throw new Error(`step ${i} (${s.type}) from "${results[results.length - 1].state}" was ${JSON.stringify(outcome)}`);
    results.push(outcome);
  });
  return results;
}
const reach = (input: ItemInput, steps: readonly Step[]): StepResult => run(input, steps).at(-1)!;
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
const reasons = (from: StepResult, s: Step, guards: string[]) => refusalReasons(def, from.snapshot, toEvent(s), guards);
const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const effectsOf = (r: StepOutcome | StepResult): Effect[] => ('kind' in r ? (r.kind === 'taken' ? r.effects : []) : r.effects);
const effects = (r: StepOutcome | StepResult, type?: string): Effect[] => effectsOf(r).filter((e) => !type || e.type === type);
const deadlineEffects = (r: StepResult) => r.effects.filter((e) => /Deadline/.test(e.type)).map((e) => ({ type: e.type, ...(e.params as object) }));

async function errorsOf(cls: new () => object, plain: unknown): Promise<ValidationError[]> {
  return validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true });
}
const paths = (errors: ValidationError[], at = ''): string[] =>
  errors.flatMap((e) => {
    const p = at ? `${at}.${e.property}` : e.property;
    return e.children && e.children.length > 0 ? paths(e.children, p) : [p];
  });

const TO_RESULT: Step[] = [NOTIFY(), SELF_REPORT(), VERIFY, RESULT()];
const TO_CONCLUSION: Step[] = [...TO_RESULT, CONCLUDE()];

describe('an inspection of a member from the notice to the conclusion (no violation)', () => {
  let rs: StepResult[];
  beforeAll(() => {
    rs = run(INPUT, [...TO_CONCLUSION, NOTICE_CONCLUSION()]);
  });

  it('passes through every step with the statistics category of each, done only at the end', () => {
    expect(rs.map((r) => `${r.state} ${project(r).reportCategory}`)).toEqual([
      'planned PLANNED', 'awaitingSelfReport IN_PROGRESS', 'verifying IN_PROGRESS', 'verifying IN_PROGRESS', 'resultReported IN_PROGRESS',
      'concluded CONCLUDED', 'closed COMPLETED',
    ]);
    expect(rs.map((r) => r.done)).toEqual([false, false, false, false, false, false, true]);
  });

  it('schedules the notice (end of the preceding month) and the period (its last day) at once; each step meets its own', () => {
    expect(rs.map(deadlineEffects)).toEqual([
      [
        { type: 'scheduleDeadline', key: 'NOTICE', ruleKey: 'KTGS.ITEM_NOTICE', startAt: INPUT.openedAt, dueAt: '2027-02-28T16:59:59.999Z' },
        { type: 'scheduleDeadline', key: 'PERIOD', ruleKey: 'KTGS.ITEM_PERIOD', startAt: INPUT.openedAt, dueAt: '2027-03-31T16:59:59.999Z' },
      ],
      [
        { type: 'markDeadlineMet', key: 'NOTICE', at: '2027-02-24' },
        // The notice fixed the self-inspection report's day.
        { type: 'scheduleDeadline', key: 'SELF_REPORT', ruleKey: 'KTGS.SELF_REPORT', startAt: '2027-02-24', dueAt: '2027-03-10T16:59:59.999Z' },
      ],
      [{ type: 'markDeadlineMet', key: 'SELF_REPORT', at: '2027-03-08' }],
      [],
      [{ type: 'markDeadlineMet', key: 'PERIOD', at: '2027-03-25' }, { type: 'scheduleDeadline', key: 'CONCLUSION', ruleKey: 'KTGS.CONCLUSION', startAt: '2027-03-25' }],
      [{ type: 'markDeadlineMet', key: 'CONCLUSION', at: '2027-03-30' }, { type: 'scheduleDeadline', key: 'CONCLUSION_NOTICE', ruleKey: 'KTGS.CONCLUSION_NOTICE', startAt: '2027-03-30' }],
      [{ type: 'markDeadlineMet', key: 'CONCLUSION_NOTICE', at: '2027-04-02' }],
    ]);
  });

  it('tells the unit and the committee above, and reports the conclusion to the plan', () => {
    expect(rs.at(-1)!.effects.filter((e) => e.type === 'notify' || e.type === 'reportToParent')).toEqual([
      { type: 'notify', params: { template: 'ktgs.conclusion', audiences: ['UNIT', 'UPPER_COMMITTEE'], summary: 'Đảng viên chấp hành tốt.' } },
      { type: 'reportToParent', params: { outcome: 'NO_VIOLATION', summary: 'Nội dung 2 (Đảng viên Nguyễn Văn An): Đảng viên chấp hành tốt.' } },
    ]);
    expect(rs.flatMap((r) => r.effects).filter((e) => e.type === 'openChildCase')).toEqual([]);
  });

  it('is counted by kind, subject, outcome and year, titled with its plan', () => {
    expect(project(rs.at(-1)!)).toEqual({
      reportCategory: 'COMPLETED',
      tags: { kind: 'INSPECTION', subject: 'MEMBER', year: '2027', origin: 'PLAN', outcome: 'NO_VIOLATION' },
      title: 'Kiểm tra: Đảng viên Nguyễn Văn An (kế hoạch 2027, nội dung 2)',
      receivedAt: INPUT.openedAt,
    });
    expect(availableEvents(def, rs.at(-1)!.snapshot)).toEqual([]);
  });

  it('is about the member’s person record (checked and linked by the service)', () => {
    expect(def.personOf!(INPUT)).toBe(PERSON);
    expect(def.personOf!(ORG_INPUT)).toBeUndefined();
  });
});

describe('the notice at the preceding monthly meeting', () => {
  const planned = () => reach(INPUT, []);

  it.each([
    ['the day before its last day', '2027-02-27', undefined],
    ['on its last day', '2027-02-28', undefined],
    ['the day after (late, recorded)', '2027-03-01', 'true'],
  ])('told %s: taken; late %s', (_what, notifiedOn, late) => {
    const r = attempt(planned(), NOTIFY(notifiedOn, {}));
    expect(r).toMatchObject({ kind: 'taken', state: 'awaitingSelfReport' });
    expect(project(r as StepResult).tags.late).toBe(late);
  });

  it('refuses a notice before the plan adopted the item, or dated after the day it is recorded', () => {
    const before = NOTIFY('2027-01-07', {});
    expect(attempt(planned(), before)).toMatchObject({ kind: 'guard-refused', guards: ['noticeDateValid'] });
    expect(reasons(planned(), before, ['noticeDateValid'])[0]).toBe('Ngày thông báo chưa hợp lệ: Ngày thông báo (2027-01-07) trước ngày thông qua kế hoạch (mở nội dung) (2027-01-08).');
    expect(attempt(planned(), NOTIFY('2027-01-08', {}))).toMatchObject({ kind: 'taken' });
    const future = { ...NOTIFY('2027-02-24', {}), at: '2027-02-23T10:00:00.000Z' };
    expect(attempt(planned(), future)).toMatchObject({ kind: 'guard-refused', guards: ['noticeDateValid'] });
    // 2027-02-24 00:30 in Vietnam is that day: taken.
    expect(attempt(planned(), { ...NOTIFY('2027-02-24', {}), at: '2027-02-23T17:30:00.000Z' })).toMatchObject({ kind: 'taken' });
  });

  it('refuses a self-report day on or before the notice; the day after is taken', () => {
    const same = NOTIFY('2027-02-24', { selfReportDueDate: '2027-02-24' });
    expect(attempt(planned(), same)).toMatchObject({ kind: 'guard-refused', guards: ['noticeDateValid'] });
    expect(reasons(planned(), same, ['noticeDateValid'])[0]).toContain('Hạn nộp báo cáo tự kiểm tra (2027-02-24) phải sau ngày thông báo (2027-02-24).');
    expect(attempt(planned(), NOTIFY('2027-02-24', { selfReportDueDate: '2027-02-25' }))).toMatchObject({ kind: 'taken' });
  });

  it('without a day set by the notice, the self-report is due by the setting (no value: set by hand)', () => {
    const r = attempt(planned(), NOTIFY('2027-02-24', {}));
    expect(effects(r, 'scheduleDeadline')).toEqual([{ type: 'scheduleDeadline', params: { key: 'SELF_REPORT', ruleKey: 'KTGS.SELF_REPORT', startAt: '2027-02-24' } }]);
  });

  it('an item registered outside a plan has only its period to keep', () => {
    const direct = { ...INPUT, plan: undefined, noticeDueDate: undefined };
    const r = startCase(def, direct);
    expect(deadlineEffects(r)).toEqual([
      { type: 'scheduleDeadline', key: 'PERIOD', ruleKey: 'KTGS.ITEM_PERIOD', startAt: INPUT.openedAt, dueAt: '2027-03-31T16:59:59.999Z' },
    ]);
    expect(project(r).tags).toMatchObject({ origin: 'DIRECT', year: '2027' });
    expect(project(r).title).toBe('Kiểm tra: Đảng viên Nguyễn Văn An');
  });
});

describe('the member concerned takes no step of the item', () => {
  it.each([
    ['NOTIFY_SUBJECT', [] as Step[], NOTIFY()],
    ['SUBMIT_RESULT_REPORT', [NOTIFY(), SELF_REPORT(), VERIFY], RESULT()],
    ['CONCLUDE', TO_RESULT, CONCLUDE()],
    ['CANCEL', [], CANCEL()],
  ])('%s by the subject’s own account is refused, naming why', (_type, steps, step) => {
    const here = reach(INPUT, steps);
    const bySubject = { ...step, actor: SUBJECT_USER };
    expect(attempt(here, bySubject)).toMatchObject({ kind: 'guard-refused', guards: ['notBySubject'] });
    expect(reasons(here, bySubject, ['notBySubject'])[0]).toMatch(/không tự thực hiện/);
  });

  it('whoever drafted the result report does not record the conclusion (a secretary may, with a reason)', () => {
    expect(def.events.CONCLUDE.separateFrom).toEqual({ preparedBy: ['SUBMIT_RESULT_REPORT'], bypassRoles: [Role.SECRETARY] });
    expect(def.events.CONCLUDE.roles).not.toContain(Role.INSPECTION_COMMISSION_MEMBER);
    expect(def.events.SUBMIT_RESULT_REPORT.roles).toContain(Role.INSPECTION_COMMISSION_MEMBER);
  });
});

describe('verification and the result report', () => {
  it('goes on without a self-report (its deadline cancelled), with the reason on record', () => {
    const r = reach(INPUT, [NOTIFY(), WITHOUT]);
    expect(r.state).toBe('verifying');
    expect(r.effects).toEqual([{ type: 'cancelDeadline', params: { key: 'SELF_REPORT', at: LATER } }]);
    expect(r.snapshot.context).toMatchObject({ withoutSelfReport: { reason: WITHOUT.payload && (WITHOUT.payload as { reason: string }).reason } });
  });

  it('a report dated before the self-report is refused; on its day it is taken; after the period it is late', () => {
    const verifying = reach(INPUT, [NOTIFY(), SELF_REPORT('2027-03-08')]);
    expect(attempt(verifying, RESULT('2027-03-07'))).toMatchObject({ kind: 'guard-refused', guards: ['reportDateValid'] });
    expect(attempt(verifying, RESULT('2027-03-08'))).toMatchObject({ kind: 'taken', state: 'resultReported' });
    expect(project(attempt(verifying, RESULT('2027-03-31')) as StepResult).tags.late).toBeUndefined();
    expect(project(attempt(verifying, RESULT('2027-04-01')) as StepResult).tags.late).toBe('true');
  });

  it('the meeting may send it back: the conclusion deadline is cancelled, then scheduled again (a new generation)', () => {
    const rs = run(INPUT, [...TO_RESULT, RETURN, VERIFY, RESULT('2027-03-28')]);
    expect(rs.map((r) => r.state).slice(-3)).toEqual(['verifying', 'verifying', 'resultReported']);
    expect(rs.at(-3)!.effects).toEqual([{ type: 'cancelDeadline', params: { key: 'CONCLUSION', at: LATER } }]);
    expect(rs.at(-1)!.snapshot.context).toMatchObject({ deadlineGenerations: { CONCLUSION: 2 } });
    expect(attempt(rs.at(-1)!, MISSED('CONCLUSION', 1))).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
    const missed = attempt(rs.at(-1)!, MISSED('CONCLUSION', 2));
    expect(missed).toMatchObject({ kind: 'taken', state: 'resultReported' });
    expect(project(missed as StepResult).tags.overdue).toBe('true');
  });
});

describe('the conclusion', () => {
  const reported = () => reach(INPUT, TO_RESULT);

  it('a meeting before the result report is refused; on its day it is taken', () => {
    expect(attempt(reported(), CONCLUDE({ meetingDate: '2027-03-24' }))).toMatchObject({ kind: 'guard-refused', guards: ['meetingDateValid'] });
    expect(attempt(reported(), CONCLUDE({ meetingDate: '2027-03-25' }))).toMatchObject({ kind: 'taken', state: 'concluded' });
  });

  it.each([
    ['the day before the meeting', '2027-03-29', false],
    ['on the meeting day', '2027-03-30', false],
    ['the day after', '2027-03-31', true],
  ])('shortcomings with the correction due %s: taken %s', (_what, due, taken) => {
    const r = attempt(reported(), SHORTCOMINGS(due));
    expect(r.kind).toBe(taken ? 'taken' : 'guard-refused');
    if (!taken) expect(reasons(reported(), SHORTCOMINGS(due), ['conclusionComplete'])[0]).toContain('phải sau ngày họp kết luận (2027-03-30)');
  });

  describe('shortcomings to correct: followed up until corrected', () => {
    let rs: StepResult[];
    beforeAll(() => {
      rs = run(INPUT, [...TO_RESULT, SHORTCOMINGS(), NOTICE_CONCLUSION(), CORRECTION({ accepted: false, nextDueDate: '2027-06-30', receivedOn: '2027-04-05' })]);
    });

    it('is notified, reported to the plan, and its correction is due on the day the conclusion set', () => {
      const notified = rs.at(-2)!;
      expect(notified.state).toBe('followUp');
      expect(notified.effects.map((e) => e.type)).toEqual(['markDeadlineMet', 'notify', 'scheduleDeadline', 'reportToParent']);
      expect(deadlineEffects(notified)[1]).toEqual({
        type: 'scheduleDeadline', key: 'CORRECTION', ruleKey: 'KTGS.CORRECTION_REPORT', startAt: '2027-04-02', dueAt: '2027-05-31T16:59:59.999Z',
      });
      expect(effects(notified, 'reportToParent')[0].params).toMatchObject({ outcome: 'SHORTCOMINGS_TO_CORRECT' });
      expect(project(notified)).toMatchObject({ reportCategory: 'FOLLOW_UP', tags: { outcome: 'SHORTCOMINGS_TO_CORRECT', followUp: 'PENDING' } });
    });

    it('not yet corrected: a new day (a new generation; the old one stale)', () => {
      const again = rs.at(-1)!;
      expect(again.state).toBe('followUp');
      expect(deadlineEffects(again)).toEqual([
        { type: 'scheduleDeadline', key: 'CORRECTION', ruleKey: 'KTGS.CORRECTION_REPORT', startAt: '2027-04-05', dueAt: '2027-06-30T16:59:59.999Z' },
      ]);
      expect(attempt(again, MISSED('CORRECTION', 1))).toMatchObject({ kind: 'guard-refused' });
      expect(attempt(again, MISSED('CORRECTION', 2))).toMatchObject({ kind: 'taken', state: 'followUp' });
    });

    it('corrected: closed, the plan told; a report after the current day is late', () => {
      const onTime = attempt(rs.at(-1)!, { ...CORRECTION({ receivedOn: '2027-06-30' }), at: '2027-07-01T03:00:00.000Z' });
      expect(onTime).toMatchObject({ kind: 'taken', state: 'closed', done: true });
      expect(effects(onTime)).toEqual([
        { type: 'markDeadlineMet', params: { key: 'CORRECTION', at: '2027-06-30' } },
        { type: 'reportToParent', params: { outcome: 'CORRECTED', summary: 'Nội dung 2 (Đảng viên Nguyễn Văn An): đã khắc phục: Đã kiểm điểm trước chi bộ.' } },
      ]);
      expect(project(onTime as StepResult)).toMatchObject({ reportCategory: 'COMPLETED', tags: { followUp: 'CORRECTED' } });
      expect(project(onTime as StepResult).tags.late).toBeUndefined();
      const late = attempt(rs.at(-1)!, { ...CORRECTION({ receivedOn: '2027-07-01' }), at: '2027-07-02T03:00:00.000Z' });
      expect(project(late as StepResult).tags.late).toBe('true');
    });

    it('refuses a report before the conclusion was notified, and a new day not after the report', () => {
      const followUp = rs.at(-2)!;
      expect(attempt(followUp, CORRECTION({ receivedOn: '2027-04-01' }))).toMatchObject({ kind: 'guard-refused', guards: ['correctionReportValid'] });
      const sameDay = CORRECTION({ accepted: false, receivedOn: '2027-04-05', nextDueDate: '2027-04-05' });
      expect(attempt(followUp, sameDay)).toMatchObject({ kind: 'guard-refused', guards: ['correctionReportValid'] });
      expect(reasons(followUp, sameDay, ['correctionReportValid'])[0]).toContain('Hạn mới báo cáo khắc phục (2027-04-05) phải sau ngày nhận báo cáo (2027-04-05).');
    });

    it('not corrected and showing signs of violation: an inspection opens, the follow-up ends', () => {
      const r = attempt(rs.at(-1)!, REFER);
      expect(r).toMatchObject({ kind: 'taken', state: 'closed' });
      expect(effects(r).map((e) => e.type)).toEqual(['openChildCase', 'cancelDeadline', 'reportToParent']);
      expect(effects(r, 'openChildCase')[0].params).toMatchObject({ procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION' });
      expect(effects(r, 'reportToParent')[0].params).toMatchObject({ outcome: 'REFERRED_TO_INSPECTION' });
      expect(project(r as StepResult).tags).toMatchObject({ followUp: 'REFERRED_TO_INSPECTION', referral: 'kiem-tra-dau-hieu-vi-pham' });
    });
  });

  describe('signs of violation: an inspection on signs of violation opens as a linked case', () => {
    let concluded: StepResult;
    beforeAll(() => {
      concluded = reach(INPUT, [...TO_RESULT, SIGNS]);
    });

    it('opens it with an input the inspection procedure accepts', async () => {
      const [open] = effects(concluded, 'openChildCase');
      expect(open.params).toMatchObject({ procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION' });
      const input = (open.params as { input: Record<string, unknown> }).input;
      expect(input).toEqual({
        subject: { kind: 'FULL_MEMBER', name: 'Đảng viên Nguyễn Văn An', isParty: true, userId: SUBJECT_USER },
        reason: 'Dấu hiệu vi phạm trong việc kê khai tài sản.',
        summary: 'Có dấu hiệu vi phạm quy định về những điều đảng viên không được làm.',
        evidenceRefs: ['02-BB/CB', 'BC-01', 'BB-LV-01', 'BC-KQ-02', '03-BB/CB'],
        source: { procedureId: 'kiem-tra-giam-sat-chuyen-de' },
        initiatingBody: { kind: 'CELL', level: 'CELL', name: 'Chi bộ Khu phố 3' },
        proposedAt: LATER,
      });
      expect(await errorsOf(InspectionInput, input)).toEqual([]);
      expect(kiemTraDauHieuViPhamV1.project('proposed', { registration: input }).tags.origin).toBe('kiem-tra-giam-sat-chuyen-de');
    });

    it('is notified and reported to the plan as signs of violation', () => {
      const r = attempt(concluded, NOTICE_CONCLUSION());
      expect(r).toMatchObject({ kind: 'taken', state: 'closed' });
      expect(effects(r, 'reportToParent')[0].params).toMatchObject({ outcome: 'SIGNS_OF_VIOLATION' });
      expect(project(r as StepResult).tags).toMatchObject({ outcome: 'SIGNS_OF_VIOLATION', referral: 'kiem-tra-dau-hieu-vi-pham' });
    });

    it('requires the inspection to open (the payload names it, checked in full)', async () => {
      const without = { ...SIGNS, payload: { ...(SIGNS.payload as object), inspection: undefined } };
      const reported = reach(INPUT, TO_RESULT);
      expect(attempt(reported, without)).toMatchObject({ kind: 'guard-refused', guards: ['conclusionComplete'] });
      expect(reasons(reported, without, ['conclusionComplete'])[0]).toContain('cần nêu chủ thể kiểm tra và dấu hiệu vi phạm');
      const noViolation = { ...VIOLATION(), payload: { ...(VIOLATION().payload as object), violation: undefined } };
      expect(reasons(reported, noViolation, ['conclusionComplete'])[0]).toContain('cần nêu hành vi vi phạm');
      expect(paths(await errorsOf(ConcludeItemPayload, { ...(SIGNS.payload as object), inspection: { initiatingBody: { kind: 'ADVISORY_DEPARTMENT' }, reason: 'x' } }))).toEqual([
        'inspection.initiatingBody.kind', 'inspection.reason',
      ]);
    });
  });

  describe('a violation: a discipline case opens as a linked case', () => {
    it('for a member, with the input the discipline procedure accepts, concluded on the meeting’s date', async () => {
      const r = reach(INPUT, [...TO_RESULT, VIOLATION({ evidenceRefs: ['BB-XM-05'] })]);
      const [open] = effects(r, 'openChildCase');
      expect(open.params).toMatchObject({ procedureId: 'ky-luat', link: 'DISCIPLINE' });
      const input = (open.params as { input: Record<string, unknown> }).input;
      expect(input).toEqual({
        subject: { kind: 'FULL_MEMBER', name: 'Đảng viên Nguyễn Văn An', userId: SUBJECT_USER },
        violation: { summary: 'Bỏ sinh hoạt chi bộ ba kỳ liên tiếp không có lý do.', occurredFrom: '2026-10-01', occurredUntil: '2026-12-31', continuing: false },
        evidenceRefs: ['02-BB/CB', 'BC-01', 'BB-LV-01', 'BC-KQ-02', '03-BB/CB', 'BB-XM-05'],
        source: { procedureId: 'kiem-tra-giam-sat-chuyen-de' },
        concludedAt: '2027-03-30',
      });
      expect(await errorsOf(KyLuatInput, input)).toEqual([]);
      expect(kyLuatV1.inputChecks!(input, LATER)).toEqual([]);
    });

    it('for an organisation, as an organisation', () => {
      const r = reach(ORG_INPUT, [...TO_RESULT, VIOLATION()]);
      expect(effects(r, 'openChildCase')[0].params).toMatchObject({ input: { subject: { kind: 'ORGANISATION', name: 'Tổ đảng khu phố 3' } } });
    });

    it('refuses a member whose standing nobody stated; stating it at the conclusion is enough', () => {
      const unknown = { ...INPUT, subject: { ...INPUT.subject, membership: undefined } };
      const reported = reach(unknown, TO_RESULT);
      expect(attempt(reported, VIOLATION())).toMatchObject({ kind: 'guard-refused', guards: ['conclusionComplete'] });
      expect(reasons(reported, VIOLATION(), ['conclusionComplete'])[0]).toBe(
        'Kết luận chưa đủ để ghi nhận: Cần xác định đảng viên chính thức hay dự bị để chuyển xem xét kỷ luật.',
      );
      const stated = attempt(reported, VIOLATION({ disciplineSubjectKind: 'PROBATIONARY_MEMBER' }));
      expect(effects(stated, 'openChildCase')[0].params).toMatchObject({ input: { subject: { kind: 'PROBATIONARY_MEMBER' } } });
    });

    it('refuses a violation dated after the meeting (the discipline case would refuse it too)', () => {
      const late = VIOLATION({ violation: { summary: 'Vi phạm.', occurredFrom: '2027-03-31', continuing: true } });
      expect(attempt(reached(), late)).toMatchObject({ kind: 'guard-refused', guards: ['conclusionComplete'] });
      const onDay = VIOLATION({ violation: { summary: 'Vi phạm.', occurredFrom: '2027-03-30', continuing: true } });
      expect(attempt(reached(), onDay)).toMatchObject({ kind: 'taken' });
      function reached() {
        return reach(INPUT, TO_RESULT);
      }
    });
  });

  it('a conclusion notified before the meeting is refused; on the meeting day it is taken', () => {
    const concluded = reach(INPUT, TO_CONCLUSION);
    expect(attempt(concluded, NOTICE_CONCLUSION('2027-03-29'))).toMatchObject({ kind: 'guard-refused', guards: ['conclusionNoticeDateValid'] });
    expect(attempt(concluded, NOTICE_CONCLUSION('2027-03-30'))).toMatchObject({ kind: 'taken', state: 'closed' });
  });
});

describe('cancelling an item (with a reason)', () => {
  it('before its conclusion: every running deadline cancelled, the plan told', () => {
    const r = attempt(reach(INPUT, [NOTIFY(), WITHOUT]), CANCEL('2027-03-02'));
    expect(r).toMatchObject({ kind: 'taken', state: 'cancelled', done: true });
    expect(effects(r).map((e) => `${e.type} ${(e.params as { key?: string }).key ?? ''}`.trim())).toEqual([
      'cancelDeadline NOTICE', 'cancelDeadline PERIOD', 'cancelDeadline SELF_REPORT', 'cancelDeadline CONCLUSION', 'reportToParent',
    ]);
    expect(effects(r, 'reportToParent')[0].params).toEqual({
      outcome: 'CANCELLED', summary: 'Nội dung 2 (Đảng viên Nguyễn Văn An): hủy: Đảng viên chuyển sinh hoạt đảng sang đơn vị khác.',
    });
    expect(project(r as StepResult).reportCategory).toBe('CANCELLED');
  });

  it('dated before the adoption is refused; on the adoption day it is taken', () => {
    expect(attempt(reach(INPUT, []), CANCEL('2027-01-07'))).toMatchObject({ kind: 'guard-refused', guards: ['cancelDateValid'] });
    expect(attempt(reach(INPUT, []), CANCEL('2027-01-08'))).toMatchObject({ kind: 'taken', state: 'cancelled' });
  });

  it('needs a reason', async () => {
    expect(paths(await errorsOf(def.events.CANCEL.payload!, { cancelledOn: '2027-02-01' }))).toEqual(['reason']);
  });
});

describe('input and payload validation', () => {
  const now = '2027-01-08T05:00:00.000Z';

  it('accepts the fixtures', async () => {
    expect(await errorsOf(ItemInput, INPUT)).toEqual([]);
    expect(await errorsOf(ItemInput, ORG_INPUT)).toEqual([]);
    expect(def.inputChecks!(INPUT, now)).toEqual([]);
    expect(def.inputChecks!(ORG_INPUT, now)).toEqual([]);
  });

  it('a member needs the person record, an organisation its unit; unknown kinds and fields are refused', async () => {
    expect(paths(await errorsOf(ItemInput, { ...INPUT, subject: { kind: 'MEMBER', name: 'A' } }))).toEqual(['subject.personId']);
    expect(paths(await errorsOf(ItemInput, { ...INPUT, subject: { kind: 'ORGANISATION', name: 'B' } }))).toEqual(['subject.unitId']);
    expect(paths(await errorsOf(ItemInput, { ...INPUT, kind: 'AUDIT', extra: 1 })).sort()).toEqual(['extra', 'kind']);
    expect(paths(await errorsOf(ItemInput, { ...INPUT, period: { from: '01/03/2027', to: '2027-03-31' } }))).toEqual(['period.from']);
  });

  it('the input checks: period order and year, the notice before the start, the subject’s fields, no opening from the future', () => {
    expect(def.inputChecks!({ ...INPUT, period: { from: '2027-03-31', to: '2027-03-01' } }, now).map((p) => p.field)).toEqual(['period']);
    expect(def.inputChecks!({ ...INPUT, period: { from: '2027-12-01', to: '2028-01-15' } }, now)[0].message).toBe(
      'Thời gian tiến hành phải nằm trong năm của kế hoạch (2027).',
    );
    expect(def.inputChecks!({ ...INPUT, noticeDueDate: '2027-03-02' }, now).map((p) => p.field)).toEqual(['noticeDueDate']);
    expect(def.inputChecks!({ ...INPUT, noticeDueDate: '2027-03-01' }, now)).toEqual([]);
    expect(def.inputChecks!({ ...INPUT, subject: { ...INPUT.subject, unitId: UNIT } }, now).map((p) => p.field)).toEqual(['subject.unitId']);
    expect(def.inputChecks!({ ...ORG_INPUT, subject: { ...ORG_INPUT.subject, personId: PERSON } }, now).map((p) => p.field)).toEqual(['subject.personId']);
    // Opened on 8/1 (Vietnam): checked on 7/1 it is from the future; at 00:00 on 8/1 (Vietnam) it is not.
    expect(def.inputChecks!(INPUT, '2027-01-07T16:59:59.999Z').map((p) => p.field)).toEqual(['openedAt']);
    expect(def.inputChecks!(INPUT, '2027-01-07T17:00:00.000Z')).toEqual([]);
  });

  it('a correction not accepted needs its new day', async () => {
    expect(paths(await errorsOf(def.events.RECORD_CORRECTION.payload!, { receivedOn: '2027-04-05', summary: 'Chưa xong.', accepted: false }))).toEqual(['nextDueDate']);
  });
});

// Forbidden events: what each state offers, and everything else refused.
const REACHABLE: [state: string, steps: Step[], allowed: EventType[]][] = [
  ['planned', [], ['CANCEL', 'DEADLINE_MISSED', 'NOTIFY_SUBJECT']],
  ['awaitingSelfReport', [NOTIFY()], ['CANCEL', 'DEADLINE_MISSED', 'PROCEED_WITHOUT_SELF_REPORT', 'RECORD_SELF_REPORT']],
  ['verifying', [NOTIFY(), SELF_REPORT()], ['CANCEL', 'DEADLINE_MISSED', 'RECORD_VERIFICATION', 'SUBMIT_RESULT_REPORT']],
  ['resultReported', TO_RESULT, ['CANCEL', 'CONCLUDE', 'DEADLINE_MISSED', 'RETURN_TO_VERIFICATION']],
  ['concluded', TO_CONCLUSION, ['DEADLINE_MISSED', 'NOTIFY_CONCLUSION']],
  ['followUp', [...TO_RESULT, SHORTCOMINGS(), NOTICE_CONCLUSION()], ['DEADLINE_MISSED', 'RECORD_CORRECTION', 'REFER_TO_INSPECTION']],
  ['closed', [...TO_CONCLUSION, NOTICE_CONCLUSION()], []],
  ['cancelled', [CANCEL()], []],
];

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type]), systemEvents: ['DEADLINE_MISSED'],
  states: REACHABLE.map(([state, steps, allowed]) => ({ state, allowed, reach: () => reach(INPUT, steps) })),
  openDimensions: ['year'],
});

describe('labels, messages and event specs', () => {
  it('declares every rule key it schedules, and statistics by kind, subject, outcome and year', () => {
    expect([...def.ruleKeys!].sort()).toEqual([
      'KTGS.CONCLUSION', 'KTGS.CONCLUSION_NOTICE', 'KTGS.CORRECTION_REPORT', 'KTGS.ITEM_NOTICE', 'KTGS.ITEM_PERIOD', 'KTGS.SELF_REPORT',
    ]);
    expect(Object.keys(def.report!.dimensions)).toEqual(['kind', 'subject', 'outcome', 'followUp', 'year']);
    expect(Object.keys(def.report!.dimensions.kind.values)).toEqual(['INSPECTION', 'REGULAR_SUPERVISION', 'THEMATIC_SUPERVISION']);
  });
});
