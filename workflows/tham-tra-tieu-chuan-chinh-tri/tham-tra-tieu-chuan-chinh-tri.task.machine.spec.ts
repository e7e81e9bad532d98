// Pure machine tests for a verification task (the committee of a place of residence or work answers about one person),
// the child case the political-standard verification opens. Domain reference: docs/domain/tham-tra-tieu-chuan-chinh-tri.md.
import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { applyEvent, availableEvents, startCase, type StepOutcome, type StepResult } from '../shared/engine';
import { describeMachineConformance } from '../shared/machine-conformance.spec';
import type { MachineEvent } from '../shared/procedure';
import { refusalReasons } from '../shared/refusal';
import { AnswerTaskPayload, VerificationTaskInput } from './tham-tra-tieu-chuan-chinh-tri.events';
import { xacMinhTieuChuanChinhTriV1 as def } from './tham-tra-tieu-chuan-chinh-tri.task.procedure';

const NOW = '2026-05-20T03:00:00.000Z';
const TASK: VerificationTaskInput = {
  taskKey: 'me-ct', personKey: 'me', fullName: 'Lê Thị Hoa', relation: 'MOTHER', birthYear: 1960, place: 'RESIDENCE', placeDetail: 'Ấp 3, xã An Phú',
  content: 'Xác minh lịch sử chính trị, chấp hành chủ trương, pháp luật.', requestingUnit: 'Ban Tổ chức Đảng ủy phường Bến Thành', requestedOn: '2026-05-06',
};
const ANSWER = (answeredOn = '2026-05-15', finding = 'NO_ISSUE', at = NOW) =>
  ({ type: 'ANSWER', payload: { answeredOn, finding, summary: 'Bà Lê Thị Hoa chấp hành tốt chủ trương, pháp luật.', documentRef: '15-CV/ĐU' }, at });
const DECLINE = (answeredOn = '2026-05-12') => ({ type: 'DECLINE', payload: { answeredOn, reason: 'Không cư trú tại địa bàn xã.' }, at: NOW });
const MISSED = (generation = 1) => ({ type: 'DEADLINE_MISSED', payload: { key: 'ANSWER', generation }, at: NOW });
type Step = { type: string; payload: unknown; at: string };

const toEvent = (s: Step): MachineEvent => ({ type: s.type, payload: s.payload, actorId: 'u2', occurredAt: s.at });
const start = (): StepResult => startCase(def, TASK);
const attempt = (from: StepResult, s: Step): StepOutcome => applyEvent(def, from.snapshot, toEvent(s));
const taken = (r: StepOutcome): StepResult => {
  if (r.kind !== 'taken') throw new Error(`expected the step taken, got ${JSON.stringify(r)}`);
  return r;
};
const reasons = (from: StepResult, s: Step) => {
  const r = attempt(from, s);
  if (r.kind !== 'guard-refused') throw new Error(`expected a refusal, got ${r.kind}`);
  return refusalReasons(def, from.snapshot, toEvent(s), r.guards).join(' ');
};

describe('a verification task on the committee of residence', () => {
  it('starts the answer’s clock (PS.TASK_ANSWER, a setting) from the request’s date', () => {
    const s = start();
    expect(s.state).toBe('awaitingAnswer');
    expect(s.effects).toEqual([{ type: 'scheduleDeadline', params: { key: 'ANSWER', ruleKey: 'PS.TASK_ANSWER', startAt: '2026-05-06' } }]);
    expect(def.project(s.state, s.snapshot.context)).toEqual({
      reportCategory: 'AWAITING_ANSWER', tags: { taskKey: 'me-ct', personKey: 'me', place: 'RESIDENCE' },
      title: 'Yêu cầu xác minh tiêu chuẩn chính trị: Lê Thị Hoa', receivedAt: '2026-05-06',
    });
  });

  it('the answer meets the deadline on its own date and reports its finding to the verification', () => {
    const done = taken(attempt(start(), ANSWER('2026-05-15', 'ISSUE_FOUND')));
    expect(done.state).toBe('answered');
    expect(done.done).toBe(true);
    expect(done.effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'ANSWER', at: '2026-05-15' } },
      { type: 'reportToParent', params: { outcome: 'ISSUE_FOUND' } },
    ]);
    // What the verification reads: the finding and its date, in the case's tags.
    expect(def.project(done.state, done.snapshot.context)).toMatchObject({
      reportCategory: 'ANSWERED', tags: { taskKey: 'me-ct', outcome: 'ISSUE_FOUND', answeredOn: '2026-05-15' },
    });
  });

  it('is dated from the request: the day before refused, the day of it taken; never after the day it is entered', () => {
    expect(reasons(start(), ANSWER('2026-05-05'))).toBe(def.guardMessages.answerDated);
    expect(taken(attempt(start(), ANSWER('2026-05-06'))).state).toBe('answered');
    expect(attempt(start(), ANSWER('2026-05-21')).kind).toBe('guard-refused');
    expect(taken(attempt(start(), ANSWER('2026-05-20'))).state).toBe('answered');
  });

  it('"not in our area" closes the task and tells the verification to ask elsewhere', () => {
    const out = taken(attempt(start(), DECLINE()));
    expect(out.state).toBe('declined');
    expect(out.effects.map((e) => [e.type, e.params])).toEqual([
      ['markDeadlineMet', { key: 'ANSWER', at: '2026-05-12' }],
      ['reportToParent', { outcome: 'NOT_IN_AREA' }],
    ]);
    expect(def.project(out.state, out.snapshot.context)).toMatchObject({ reportCategory: 'NOT_IN_AREA', tags: { outcome: 'NOT_IN_AREA', answeredOn: '2026-05-12' } });
  });

  it('records a missed answer (current generation only) and still takes the late answer', () => {
    const late = taken(attempt(start(), MISSED(1)));
    expect(def.project(late.state, late.snapshot.context).tags.overdue).toBe('true');
    expect(attempt(start(), MISSED(2)).kind).toBe('guard-refused');
    expect(taken(attempt(late, ANSWER())).state).toBe('answered');
  });

  it('a closed task takes nothing more', () => {
    const done = taken(attempt(start(), ANSWER()));
    expect(availableEvents(def, done.snapshot)).toEqual([]);
    for (const s of [ANSWER(), DECLINE(), MISSED()]) expect(attempt(done, s)).toEqual({ kind: 'not-allowed', allowed: [] });
  });
});

describe('the task procedure', () => {
  it('is opened only by a verification (nobody registers one), answered by the addressed committee', () => {
    expect(def.createRoles).toEqual([]);
    expect(def.events.ANSWER.roles).toEqual(['COMMITTEE_OFFICE', 'SECRETARY', 'STANDING_COMMITTEE_MEMBER']);
    expect(def.events.DEADLINE_MISSED.roles).toEqual([]);
    expect(def.documentKinds!['VB-TRA-LOI'].steps.ANSWER).toBe('REQUIRED');
  });

  it('refuses a bad finding, an instant for a date, and a relation outside the list; a request from the future', async () => {
    const errors = await validate(plainToInstance(AnswerTaskPayload, { ...ANSWER().payload, finding: 'OK', answeredOn: '2026-05-15T00:00:00Z' }) as object);
    expect(errors.map((e) => e.property).sort()).toEqual(['answeredOn', 'finding']);
    const input = await validate(plainToInstance(VerificationTaskInput, { ...TASK, relation: 'COUSIN' }) as object);
    expect(input.map((e) => e.property)).toEqual(['relation']);
    expect(def.inputChecks!({ ...TASK, requestedOn: '2026-05-21' }, NOW).map((p) => p.field)).toEqual(['requestedOn']);
  });
});

const SAMPLE = { ANSWER: ANSWER(), DECLINE: DECLINE(), DEADLINE_MISSED: MISSED() };
type EventType = keyof typeof SAMPLE;
const after = (steps: Step[]): StepResult => steps.reduce((r, s) => taken(attempt(r, s)), start());

describeMachineConformance<EventType>({
  def, events: ['ANSWER', 'DECLINE', 'DEADLINE_MISSED'], sample: (type) => toEvent(SAMPLE[type]), systemEvents: ['DEADLINE_MISSED'],
  states: [
    { state: 'awaitingAnswer', reach: () => after([]), allowed: ['ANSWER', 'DEADLINE_MISSED', 'DECLINE'] },
    { state: 'answered', reach: () => after([ANSWER()]), allowed: [] },
    { state: 'declined', reach: () => after([DECLINE()]), allowed: [] },
  ],
});
