// Pure machine tests for Quy định 1374-QĐ/TU, driven through the same engine functions the service uses.
// Domain reference: docs/domain/procedures.md §4 (states S0–S13, deadlines A-D1…A-D3).
// class-transformer's @Type on the payload DTOs needs the Reflect metadata API, as at application boot.
import 'reflect-metadata';
import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import type { Effect } from '../shared/effects';
import type { EventFacts } from '../shared/facts';
import { applyEvent, availableEvents, startCase, type PersistedSnapshot, type StepOutcome, type StepResult } from '../shared/engine';
import type { MachineEvent, ReportCategory } from '../shared/procedure';
import type { ForwardPayload, Source } from './quy-dinh-1374.events';
import { ClassifyPayload, ConcludePayload, MeasuresDto, NotifyPayload, Register1374Input } from './quy-dinh-1374.events';
import type { Context1374, Event1374, Outcome } from './quy-dinh-1374.machine';
import { quyDinh1374V1 as def } from './quy-dinh-1374.procedure';
import { describeMachineConformance } from '../shared/machine-conformance.spec';

type EventType = Event1374['type'];
type ManagedBy = ClassifyPayload['subject']['managedBy'];
type Finding = ConcludePayload['finding'];
type ForwardTarget = ForwardPayload['target'];
type Audience = NotifyPayload['audiences'][number];

// ---------------------------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------------------------

const PUBLISHED_AT = '2024-03-01T01:00:00.000Z';
const RECEIVED_AT = '2024-03-04T02:00:00.000Z';
const UNIT_ID = '3f2b9c1e-6d4a-4e8b-9a7c-2d5e8f1a0b3c';
const DAY = 86_400_000;
const STEP_CLOCK = Date.parse('2024-03-05T03:00:00.000Z');
/** Default occurredAt of the i-th event of a run: one day apart, never equal to the registration's instants. */
const at = (i: number): string => new Date(STEP_CLOCK + i * DAY).toISOString();

const SOURCES_NOT_PRESS: Source[] = ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION'];

function registration(source: Source = 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION'): Register1374Input {
  const base = {
    title: 'Phản ánh cán bộ phường có biểu hiện suy thoái đạo đức, lối sống',
    source,
    summary: 'Người dân phản ánh cán bộ nhận quà của doanh nghiệp trên địa bàn.',
    receivedAt: RECEIVED_AT,
  };
  return source === 'PRESS'
    ? { ...base, channel: 'PUBLICATION', publishedAt: PUBLISHED_AT, publication: 'Báo Sài Gòn Giải Phóng' }
    : { ...base, channel: 'LETTER' };
}
const PRESS = registration('PRESS');
const CITIZEN = registration();

interface Step {
  type: EventType;
  payload?: unknown;
  occurredAt?: string;
  facts?: EventFacts;
}

// A.SOURCES as migrations/1795302200000-ComplaintDenunciation1374Rules.ts seeds it, handed to START_SCREENING.
const ALL_SOURCES = ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'];
const sourcesFacts = (items: string[] | null = ALL_SOURCES): EventFacts => ({
  ruleValues: {
    'A.SOURCES': items === null ? null : { ruleId: 'r', value: null, data: { items }, unit: 'LIST', legalBasis: 'Quy định 1374-QĐ/TU', confidence: 'STATED' },
  },
});

const classification = (managedBy: ManagedBy = 'RECEIVING_COMMITTEE', isParty = true): ClassifyPayload => ({
  infoType: 'TO_CAO',
  subject: { kind: 'PERSON', name: 'Nguyễn Văn A', isParty, managedBy },
});
const noMeasures = (): MeasuresDto => ({ party: [], government: [], massOrganisation: [] });
const oneMeasure = (line: keyof MeasuresDto): MeasuresDto => ({ ...noMeasures(), [line]: ['Kiểm điểm, rút kinh nghiệm'] });
const concludePayload = (finding: Finding, measures: MeasuresDto): ConcludePayload => ({
  finding,
  summary: 'Kết luận nội dung phản ánh sau khi xem xét báo cáo và xác minh.',
  measures,
});
const NOTIFY_SUMMARY = 'Thông báo kết quả giải quyết thông tin phản ánh.';
const notifyPayload = (...audiences: NotifyPayload['audiences']): NotifyPayload => ({ audiences, summary: NOTIFY_SUMMARY });

const START: Step = { type: 'START_SCREENING' };
const CLASSIFY = (managedBy: ManagedBy = 'RECEIVING_COMMITTEE', isParty = true): Step => ({
  type: 'CLASSIFY',
  payload: classification(managedBy, isParty),
});
const CLOSE: Step = { type: 'CLOSE_NO_BASIS', payload: { reason: 'Không có đối tượng, nội dung cụ thể để xem xét' } };
const REQUEST: Step = { type: 'REQUEST_EXPLANATION' };
const EXPLANATION_RECEIVED_AT = '2024-03-12T04:00:00.000Z';
const RECORD: Step = {
  type: 'RECORD_EXPLANATION',
  payload: { receivedAt: EXPLANATION_RECEIVED_AT, summary: 'Báo cáo giải trình của người đứng đầu cơ quan.' },
};
const PROPOSE: Step = { type: 'PROPOSE_METHOD', payload: { proposal: 'Đề xuất giao Ủy ban nhân dân quận xem xét.' } };
const DIRECT: Step = { type: 'DIRECT', payload: { direction: 'Thống nhất giao đơn vị xem xét, báo cáo.' } };
const ASSIGN: Step = { type: 'ASSIGN_TO_UNIT', payload: { unitId: UNIT_ID, instructions: 'Báo cáo trong 15 ngày.' } };
const FORWARD = (target: ForwardTarget = 'STATE_BODY'): Step => ({
  type: 'FORWARD',
  payload: { target, bodyName: 'Cơ quan có thẩm quyền' },
});
const INSPECT: Step = { type: 'MOVE_TO_INSPECTION', payload: { reason: 'Có dấu hiệu vi phạm quy định của Đảng' } };
const REPORT: Step = {
  type: 'RETURN_TO_TASK_FORCE',
  payload: { handlingReport: { summary: 'Báo cáo kết quả xử lý của đơn vị', documentRef: '12-BC/ĐU' } },
};
const VERIFY: Step = { type: 'START_VERIFICATION' };
const CONCLUDE = (finding: Finding = 'WELL_FOUNDED', measures: MeasuresDto = oneMeasure('party')): Step => ({
  type: 'CONCLUDE',
  payload: concludePayload(finding, measures),
});
const REFER: Step = { type: 'REFER_DISCIPLINE', payload: { reason: 'Vi phạm đến mức phải xem xét kỷ luật' } };
const NOTIFY = (...audiences: NotifyPayload['audiences']): Step => ({
  type: 'NOTIFY',
  payload: notifyPayload(...(audiences.length > 0 ? audiences : (['REPORTER'] as const))),
});
const ARCHIVE: Step = { type: 'ARCHIVE' };
const MISSED = (key: 'explanation' | 'officeProposal' | 'direction' | 'frontResult', generation: number): Step => ({
  type: 'DEADLINE_MISSED',
  payload: { key, generation },
});

/** A valid payload for every event type, so that a refusal can only come from the state. */
const SAMPLE: Record<EventType, Step> = {
  START_SCREENING: START,
  CLASSIFY: CLASSIFY(),
  CLOSE_NO_BASIS: CLOSE,
  REQUEST_EXPLANATION: REQUEST,
  RECORD_EXPLANATION: RECORD,
  PROPOSE_METHOD: PROPOSE,
  DIRECT,
  ASSIGN_TO_UNIT: ASSIGN,
  FORWARD: FORWARD(),
  MOVE_TO_INSPECTION: INSPECT,
  RETURN_TO_TASK_FORCE: REPORT,
  START_VERIFICATION: VERIFY,
  CONCLUDE: CONCLUDE(),
  REFER_DISCIPLINE: REFER,
  NOTIFY: NOTIFY(),
  ARCHIVE,
  DEADLINE_MISSED: { type: 'DEADLINE_MISSED', payload: { key: 'explanation', generation: 1 } },
  EXTEND_FRONT_RESULT: { type: 'EXTEND_FRONT_RESULT', payload: { reason: 'Vụ việc phức tạp' } },
  // Version 1 never opens a linked case, so it never takes this one.
  CHILD_CONCLUDED: {
    type: 'CHILD_CONCLUDED',
    payload: { childCaseId: '00000000-0000-4000-8000-000000000001', procedureId: 'kiem-tra-dau-hieu-vi-pham', link: 'INSPECTION', outcome: 'NO_VIOLATION' },
  },
};
const ALL_EVENTS = Object.keys(SAMPLE) as EventType[];

// ---------------------------------------------------------------------------------------------------------------
// Helpers: fold events from startCase, failing loudly when one is not taken
// ---------------------------------------------------------------------------------------------------------------

const toEvent = (s: Step, i: number): MachineEvent => {
  const facts = s.facts ?? (s.type === 'START_SCREENING' ? sourcesFacts() : undefined);
  return { type: s.type, payload: s.payload ?? {}, actorId: 'u1', occurredAt: s.occurredAt ?? at(i), ...(facts ? { facts } : {}) };
};

interface Run {
  /** results[0] is startCase's; results[i + 1] is the result of steps[i]. */
  results: StepResult[];
  last: StepResult;
}

function play(from: StepResult, steps: readonly Step[], offset = 0): Run {
  const results = [from];
  let current = from;
  steps.forEach((s, i) => {
    const outcome = applyEvent(def, current.snapshot, toEvent(s, offset + i));
    if (outcome.kind !== 'taken') {
      throw new Error(`step ${i} (${s.type}) from "${current.state}" was ${outcome.kind}: ${JSON.stringify(outcome)}`);
    }
    results.push(outcome);
    current = outcome;
  });
  return { results, last: current };
}

const run = (input: Register1374Input, steps: readonly Step[]): Run => play(startCase(def, input), steps);
const reach = (input: Register1374Input, steps: readonly Step[]): StepResult => run(input, steps).last;

function attempt(from: StepResult | PersistedSnapshot, s: Step, i = 99): StepOutcome {
  const snapshot = 'snapshot' in from ? from.snapshot : from;
  return applyEvent(def, snapshot, toEvent(s, i));
}

const project = (r: StepResult) => def.project(r.state, r.snapshot.context);
const category = (r: StepResult): ReportCategory => project(r).reportCategory as ReportCategory;
const trail = (r: Run): string[] => r.results.map((x) => `${x.state} ${category(x)}`);
const jsonCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function taken(outcome: StepOutcome): StepResult {
  if (outcome.kind !== 'taken') throw new Error(`expected the event to be taken, got ${JSON.stringify(outcome)}`);
  return outcome;
}

// ---------------------------------------------------------------------------------------------------------------
// Reusable prefixes
// ---------------------------------------------------------------------------------------------------------------

const SCREENED: Step[] = [START, CLASSIFY()];
const SCREENED_TRAIL = ['received NOT_YET_HANDLED', 'screening.unclassified IN_PROGRESS', 'screening.classified IN_PROGRESS'];
const DIRECTED: Step[] = [...SCREENED, REQUEST, RECORD, PROPOSE, DIRECT];
const DIRECTED_TRAIL = [
  ...SCREENED_TRAIL,
  'explanationRequested IN_PROGRESS',
  'officeProposal IN_PROGRESS',
  'awaitingDirection IN_PROGRESS',
  'directed IN_PROGRESS',
];
const REPORTED: Step[] = [ASSIGN, REPORT];
const REPORTED_TRAIL = ['assignedToUnit.awaitingReport AWAITING_UNIT_REPORT', 'assignedToUnit.reviewingReport IN_PROGRESS'];
const closeOut = (cat: ReportCategory): string[] => [`notified ${cat}`, `archived ${cat}`];

// Handled at the machine's root, so offered in every open state: a deadline can be missed whatever step the case
// is at. EXTEND_FRONT_RESULT is root-level too but offered only on Front-supervision cases.
const ROOT_EVENTS: EventType[] = ['DEADLINE_MISSED'];
const withRoot = (allowed: EventType[]): EventType[] => (allowed.length === 0 ? [] : [...new Set([...allowed, ...ROOT_EVENTS])].sort());

const CLASSIFIED_ALLOWED = withRoot(['ASSIGN_TO_UNIT', 'CLASSIFY', 'CLOSE_NO_BASIS', 'FORWARD', 'MOVE_TO_INSPECTION', 'REQUEST_EXPLANATION']);
const DIRECTED_ALLOWED = withRoot(['ASSIGN_TO_UNIT', 'FORWARD', 'MOVE_TO_INSPECTION', 'START_VERIFICATION']);

// ---------------------------------------------------------------------------------------------------------------
// 1. Every path to a terminal state, with the report category at each step
// ---------------------------------------------------------------------------------------------------------------

describe('paths to a terminal state', () => {
  const paths: [name: string, input: Register1374Input, steps: Step[], trail: string[], outcome: Outcome][] = [
    ['screening → close for lack of basis', CITIZEN, [...SCREENED, CLOSE], [...SCREENED_TRAIL, 'closedNoBasis NO_BASIS'], 'NO_BASIS'],
    ...(['WELL_FOUNDED', 'PARTLY_FOUNDED', 'UNFOUNDED'] as const).map(
      (finding): [string, Register1374Input, Step[], string[], Outcome] => [
        `screening → assign → report → conclude ${finding} → notify → archive`,
        CITIZEN,
        [...SCREENED, ...REPORTED, CONCLUDE(finding, finding === 'UNFOUNDED' ? noMeasures() : oneMeasure('party')), NOTIFY(), ARCHIVE],
        [...SCREENED_TRAIL, ...REPORTED_TRAIL, 'concluded RESOLVED', ...closeOut('RESOLVED')],
        'RESOLVED',
      ],
    ),
    [
      'screening → assign → report → verification → conclude → notify → archive',
      CITIZEN,
      [...SCREENED, ...REPORTED, VERIFY, CONCLUDE(), NOTIFY(), ARCHIVE],
      [...SCREENED_TRAIL, ...REPORTED_TRAIL, 'verifying IN_PROGRESS', 'concluded RESOLVED', ...closeOut('RESOLVED')],
      'RESOLVED',
    ],
    [
      'screening → assign → report → conclude → refer to discipline → notify → archive',
      CITIZEN,
      [...SCREENED, ...REPORTED, CONCLUDE(), REFER, NOTIFY(), ARCHIVE],
      [...SCREENED_TRAIL, ...REPORTED_TRAIL, 'concluded RESOLVED', 'disciplineReferred RESOLVED', ...closeOut('RESOLVED')],
      'DISCIPLINE_REFERRED',
    ],
    [
      'screening → assign → report → move to inspection → notify → archive',
      CITIZEN,
      [...SCREENED, ...REPORTED, INSPECT, NOTIFY('UPPER_COMMITTEE'), ARCHIVE],
      [...SCREENED_TRAIL, ...REPORTED_TRAIL, 'inspectionHandover MOVED_TO_INSPECTION', ...closeOut('MOVED_TO_INSPECTION')],
      'MOVED_TO_INSPECTION',
    ],
    [
      'screening → forward → notify → archive',
      CITIZEN,
      [...SCREENED, FORWARD(), NOTIFY(), ARCHIVE],
      [...SCREENED_TRAIL, 'forwarded FORWARDED', ...closeOut('FORWARDED')],
      'FORWARDED',
    ],
    [
      'screening → move to inspection → notify → archive',
      CITIZEN,
      [...SCREENED, INSPECT, NOTIFY('UPPER_COMMITTEE'), ARCHIVE],
      [...SCREENED_TRAIL, 'inspectionHandover MOVED_TO_INSPECTION', ...closeOut('MOVED_TO_INSPECTION')],
      'MOVED_TO_INSPECTION',
    ],
    [
      'screening (subject managed above) → forward up → notify → archive',
      CITIZEN,
      [START, CLASSIFY('HIGHER_COMMITTEE'), FORWARD('HIGHER_COMMITTEE'), NOTIFY(), ARCHIVE],
      [...SCREENED_TRAIL, 'forwarded FORWARDED', ...closeOut('FORWARDED')],
      'FORWARDED',
    ],
    [
      'press → directed → assign → report → conclude → notify → archive',
      PRESS,
      [...DIRECTED, ...REPORTED, CONCLUDE(), NOTIFY(), ARCHIVE],
      [...DIRECTED_TRAIL, ...REPORTED_TRAIL, 'concluded RESOLVED', ...closeOut('RESOLVED')],
      'RESOLVED',
    ],
    [
      'press → directed → forward → notify → archive',
      PRESS,
      [...DIRECTED, FORWARD('LOWER_COMMITTEE'), NOTIFY(), ARCHIVE],
      [...DIRECTED_TRAIL, 'forwarded FORWARDED', ...closeOut('FORWARDED')],
      'FORWARDED',
    ],
    [
      'press → directed → move to inspection → notify → archive',
      PRESS,
      [...DIRECTED, INSPECT, NOTIFY('UPPER_COMMITTEE'), ARCHIVE],
      [...DIRECTED_TRAIL, 'inspectionHandover MOVED_TO_INSPECTION', ...closeOut('MOVED_TO_INSPECTION')],
      'MOVED_TO_INSPECTION',
    ],
    [
      'press → directed → in-house verification → conclude → notify → archive',
      PRESS,
      [...DIRECTED, VERIFY, CONCLUDE(), NOTIFY(), ARCHIVE],
      [...DIRECTED_TRAIL, 'verifying IN_PROGRESS', 'concluded RESOLVED', ...closeOut('RESOLVED')],
      'RESOLVED',
    ],
    [
      'press → directed → in-house verification → move to inspection → notify → archive',
      PRESS,
      [...DIRECTED, VERIFY, INSPECT, NOTIFY('UPPER_COMMITTEE'), ARCHIVE],
      [...DIRECTED_TRAIL, 'verifying IN_PROGRESS', 'inspectionHandover MOVED_TO_INSPECTION', ...closeOut('MOVED_TO_INSPECTION')],
      'MOVED_TO_INSPECTION',
    ],
    [
      'press → directed → in-house verification → conclude PARTLY_FOUNDED → refer to discipline → notify → archive',
      PRESS,
      [...DIRECTED, VERIFY, CONCLUDE('PARTLY_FOUNDED', oneMeasure('government')), REFER, NOTIFY(), ARCHIVE],
      [...DIRECTED_TRAIL, 'verifying IN_PROGRESS', 'concluded RESOLVED', 'disciplineReferred RESOLVED', ...closeOut('RESOLVED')],
      'DISCIPLINE_REFERRED',
    ],
  ];

  describe.each(paths)('%s', (_name, input, steps, expectedTrail, outcome) => {
    let r: Run;
    beforeAll(() => {
      r = run(input, steps);
    });

    it('passes through the expected states and report categories', () => {
      expect(trail(r)).toEqual(expectedTrail);
    });

    it('is done only at the end, with the outcome recorded', () => {
      expect(r.results.map((x) => x.done)).toEqual([...steps.map(() => false), true]);
      expect(project(r.last).tags).toMatchObject({ source: input.source, outcome });
    });

    it('accepts no further event once final', () => {
      expect(availableEvents(def, r.last.snapshot)).toEqual([]);
      for (const type of ALL_EVENTS) expect(attempt(r.last, SAMPLE[type])).toEqual({ kind: 'not-allowed', allowed: [] });
    });
  });

  it('keeps the assigned unit on the case from assignment to archive, so its people can see it', () => {
    const r = run(CITIZEN, [...SCREENED, ...REPORTED, CONCLUDE(), NOTIFY(), ARCHIVE]);
    expect(r.results.map((x) => project(x).assignedUnitId)).toEqual([
      undefined, undefined, undefined, UNIT_ID, UNIT_ID, UNIT_ID, UNIT_ID, UNIT_ID,
    ]);
  });

  it('tags the classification and the finding for statistics', () => {
    const r = run(PRESS, [...DIRECTED, VERIFY, CONCLUDE('PARTLY_FOUNDED', oneMeasure('massOrganisation'))]);
    expect(project(r.last).tags).toEqual({ source: 'PRESS', infoType: 'TO_CAO', outcome: 'RESOLVED', finding: 'PARTLY_FOUNDED' });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 2. Effects: legal deadlines and notifications
// ---------------------------------------------------------------------------------------------------------------

describe('effects', () => {
  const T_REQUEST = '2024-03-06T01:15:00.000Z';
  const T_RECORDED = '2024-03-13T09:30:00.000Z'; // entered a day after the explanation actually arrived
  const T_PROPOSED = '2024-03-18T07:45:00.000Z';
  const T_DIRECTED = '2024-03-27T02:20:00.000Z';

  const pressSteps: Step[] = [
    ...SCREENED,
    { ...REQUEST, occurredAt: T_REQUEST },
    { ...RECORD, occurredAt: T_RECORDED },
    { ...PROPOSE, occurredAt: T_PROPOSED },
    { ...DIRECT, occurredAt: T_DIRECTED },
    ASSIGN,
    REPORT,
    CONCLUDE(),
    NOTIFY(),
    ARCHIVE,
  ];
  const expected: [state: string, effects: Effect[]][] = [
    ['received', []],
    ['screening.unclassified', []],
    ['screening.classified', []],
    // A-D1 runs from publication, not from registration or the request.
    ['explanationRequested', [{ type: 'scheduleDeadline', params: { key: 'explanation', ruleKey: 'A.PRESS_EXPLAIN', startAt: PUBLISHED_AT } }]],
    // A-D1 is met, and A-D2 starts, when the explanation was received — not when it was typed in.
    [
      'officeProposal',
      [
        { type: 'markDeadlineMet', params: { key: 'explanation', at: EXPLANATION_RECEIVED_AT } },
        { type: 'scheduleDeadline', params: { key: 'officeProposal', ruleKey: 'A.OFFICE_PROPOSE', startAt: EXPLANATION_RECEIVED_AT } },
      ],
    ],
    [
      'awaitingDirection',
      [
        { type: 'markDeadlineMet', params: { key: 'officeProposal', at: T_PROPOSED } },
        { type: 'scheduleDeadline', params: { key: 'direction', ruleKey: 'A.BTV_DIRECT', startAt: T_PROPOSED } },
      ],
    ],
    ['directed', [{ type: 'markDeadlineMet', params: { key: 'direction', at: T_DIRECTED } }]],
    ['assignedToUnit.awaitingReport', [{ type: 'notify', params: { template: '1374.assigned', audiences: ['UNIT'] } }]],
    ['assignedToUnit.reviewingReport', []],
    ['concluded', []],
    ['notified', [{ type: 'notify', params: { template: '1374.result', audiences: ['REPORTER'], summary: NOTIFY_SUMMARY } }]],
    ['archived', []],
  ];

  let pressRun: Run;
  beforeAll(() => {
    pressRun = run(PRESS, pressSteps);
  });

  it.each(expected.map((row, i) => [i, ...row] as const))('step %i → %s declares exactly its effects', (i, state, effects) => {
    expect(pressRun.results[i].state).toBe(state);
    expect(pressRun.results[i].effects).toEqual(effects);
  });

  it('ASSIGN_TO_UNIT from screening notifies the unit, with no summary', () => {
    // toStrictEqual: the assignment notice declares no `summary` key at all, not even an undefined one.
    expect(reach(CITIZEN, [...SCREENED, ASSIGN]).effects).toStrictEqual([
      { type: 'notify', params: { template: '1374.assigned', audiences: ['UNIT'] } },
    ]);
  });

  const notifyCases: [from: string, input: Register1374Input, steps: Step[], audience: Audience, template: string][] = [
    ['concluded', CITIZEN, [...SCREENED, ...REPORTED, CONCLUDE()], 'REPORTER', '1374.result'],
    ['disciplineReferred', CITIZEN, [...SCREENED, ...REPORTED, CONCLUDE(), REFER], 'REPORTER', '1374.result'],
    ['forwarded', CITIZEN, [...SCREENED, FORWARD()], 'REPORTER', '1374.forwarded'],
    ['inspectionHandover', CITIZEN, [...SCREENED, INSPECT], 'UPPER_COMMITTEE', '1374.inspection'],
  ];
  it.each(notifyCases)('NOTIFY from %s declares the notification to %s with the office summary', (from, input, steps, audience, template) => {
    const before = reach(input, steps);
    expect(before.state).toBe(from);
    const after = taken(attempt(before, NOTIFY(audience)));
    expect(after.state).toBe('notified');
    expect(after.effects).toEqual([{ type: 'notify', params: { template, audiences: [audience], summary: NOTIFY_SUMMARY } }]);
  });

  it.each(notifyCases)('NOTIFY from %s with two audiences declares one notification carrying both', (from, input, steps, _audience, template) => {
    const before = reach(input, steps);
    expect(before.state).toBe(from);
    const payload = { audiences: ['REPORTER', 'UPPER_COMMITTEE'], summary: 'Thông báo cho người phản ánh và cấp ủy cấp trên.' };
    const after = taken(attempt(before, { type: 'NOTIFY', payload }));
    expect(after.state).toBe('notified');
    expect(after.effects).toStrictEqual([
      {
        type: 'notify',
        params: { template, audiences: ['REPORTER', 'UPPER_COMMITTEE'], summary: 'Thông báo cho người phản ánh và cấp ủy cấp trên.' },
      },
    ]);
  });

  it('a non-press case starts only its handling clock, at receipt, and the conclusion meets it', () => {
    const r = run(CITIZEN, [...SCREENED, ...REPORTED, VERIFY, CONCLUDE(), REFER, NOTIFY(), ARCHIVE]);
    const deadlines = r.results.flatMap((x) => x.effects.filter((e) => /Deadline/.test(e.type)));
    expect(deadlines).toEqual([
      { type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', startAt: RECEIVED_AT } },
      { type: 'markDeadlineMet', params: { key: 'handling', at: at(SCREENED.length + REPORTED.length + 1) } },
    ]);
  });

  it.each([
    ['assign', [ASSIGN, REPORT, CONCLUDE(), NOTIFY(), ARCHIVE]],
    ['forward', [FORWARD(), NOTIFY(), ARCHIVE]],
    ['inspection', [INSPECT, NOTIFY('UPPER_COMMITTEE'), ARCHIVE]],
    ['verification', [VERIFY, CONCLUDE(), NOTIFY(), ARCHIVE]],
  ])('a press case closed via %s leaves no deadline running', (_name, tail) => {
    const r = run(PRESS, [...DIRECTED, ...tail]);
    const open = new Set<string>();
    for (const e of r.results.flatMap((x) => x.effects)) {
      if (e.type === 'scheduleDeadline') open.add(e.params.key);
      if (e.type === 'markDeadlineMet' || e.type === 'cancelDeadline') open.delete(e.params.key);
    }
    expect([...open]).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 3. Forbidden events: what each state offers, and everything else refused
// ---------------------------------------------------------------------------------------------------------------

const REACHABLE_STATES: [state: string, input: Register1374Input, steps: Step[], allowed: EventType[]][] = [
  ['received', CITIZEN, [], ['START_SCREENING']],
  ['screening.unclassified', CITIZEN, [START], ['CLASSIFY']],
  ['screening.classified', PRESS, SCREENED, CLASSIFIED_ALLOWED as EventType[]],
  ['explanationRequested', PRESS, [...SCREENED, REQUEST], ['DEADLINE_MISSED', 'RECORD_EXPLANATION']],
  ['explanationOverdue', PRESS, [...SCREENED, REQUEST, MISSED('explanation', 1)], ['PROPOSE_METHOD', 'RECORD_EXPLANATION']],
  ['officeProposal', PRESS, [...SCREENED, REQUEST, RECORD], ['DEADLINE_MISSED', 'PROPOSE_METHOD']],
  ['awaitingDirection', PRESS, [...SCREENED, REQUEST, RECORD, PROPOSE], ['DEADLINE_MISSED', 'DIRECT']],
  ['directed', PRESS, DIRECTED, DIRECTED_ALLOWED as EventType[]],
  ['assignedToUnit.awaitingReport', CITIZEN, [...SCREENED, ASSIGN], ['RETURN_TO_TASK_FORCE']],
  ['assignedToUnit.reviewingReport', CITIZEN, [...SCREENED, ...REPORTED], ['CONCLUDE', 'MOVE_TO_INSPECTION', 'START_VERIFICATION']],
  ['verifying', PRESS, [...DIRECTED, VERIFY], ['CONCLUDE', 'MOVE_TO_INSPECTION']],
  ['concluded', CITIZEN, [...SCREENED, ...REPORTED, CONCLUDE()], ['NOTIFY', 'REFER_DISCIPLINE']],
  ['disciplineReferred', CITIZEN, [...SCREENED, ...REPORTED, CONCLUDE(), REFER], ['NOTIFY']],
  ['forwarded', CITIZEN, [...SCREENED, FORWARD()], ['NOTIFY']],
  ['inspectionHandover', CITIZEN, [...SCREENED, INSPECT], ['NOTIFY']],
  ['notified', CITIZEN, [...SCREENED, FORWARD(), NOTIFY()], ['ARCHIVE']],
  ['archived', CITIZEN, [...SCREENED, FORWARD(), NOTIFY(), ARCHIVE], []],
  ['closedNoBasis', CITIZEN, [...SCREENED, CLOSE], []],
];
const REACHABLE = REACHABLE_STATES.map(([state, input, steps, allowed]) => [state, input, steps, withRoot(allowed)] as const);

describeMachineConformance({
  def, events: ALL_EVENTS, sample: (type) => toEvent(SAMPLE[type], 99), systemEvents: ['DEADLINE_MISSED'],
  states: REACHABLE.map(([state, input, steps, allowed]) => ({ state, allowed, reach: () => reach(input, steps) })),
  // Version 1 handles no linked case: CHILD_CONCLUDED is refused in every state, and childLink (implemented for
  // version 2) is used by none of its transitions.
  handledEvents: ALL_EVENTS.filter((t) => t !== 'CHILD_CONCLUDED'),
  unusedGuards: ['childLink'],
});

describe('decisions before classification', () => {
  const decisions: Step[] = [CLOSE, REQUEST, ASSIGN, FORWARD(), FORWARD('HIGHER_COMMITTEE'), INSPECT];
  it.each(decisions.map((s) => [s.type, s] as const))('%s is not allowed before CLASSIFY', (_type, s) => {
    expect(attempt(reach(PRESS, [START]), s)).toEqual({ kind: 'not-allowed', allowed: withRoot(['CLASSIFY']) });
    expect(attempt(reach(PRESS, []), s)).toEqual({ kind: 'not-allowed', allowed: withRoot(['START_SCREENING']) });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 4. Subject managed by a higher committee: forwarding up is the only way on
// ---------------------------------------------------------------------------------------------------------------

describe('subject managed by a higher committee', () => {
  const FORWARD_TARGETS_NOT_UP: ForwardTarget[] = ['LOWER_COMMITTEE', 'OTHER_PARTY_ORGANISATION', 'STATE_BODY'];

  describe('after screening', () => {
    let above: StepResult;
    beforeAll(() => {
      above = reach(PRESS, [START, CLASSIFY('HIGHER_COMMITTEE')]);
    });

    it.each([
      ['CLOSE_NO_BASIS', CLOSE, 'subjectManagedHere'],
      ['ASSIGN_TO_UNIT', ASSIGN, 'subjectManagedHere'],
      ['MOVE_TO_INSPECTION', INSPECT, 'partySubjectManagedHere'],
      ['REQUEST_EXPLANATION (press source)', REQUEST, 'isPressSource'],
    ] as const)('%s is refused by guard %s', (_name, s, guard) => {
      expect(attempt(above, s)).toEqual({ kind: 'guard-refused', allowed: CLASSIFIED_ALLOWED, guards: [guard] });
    });

    it.each(FORWARD_TARGETS_NOT_UP)('FORWARD to %s is refused by forwardTargetAllowed', (target) => {
      expect(attempt(above, FORWARD(target))).toEqual({
        kind: 'guard-refused',
        allowed: CLASSIFIED_ALLOWED,
        guards: ['forwardTargetAllowed'],
      });
    });

    it('FORWARD to HIGHER_COMMITTEE is taken', () => {
      const next = taken(attempt(above, FORWARD('HIGHER_COMMITTEE')));
      expect(next.state).toBe('forwarded');
      expect(category(next)).toBe('FORWARDED');
    });

    it.each(['RECEIVING_COMMITTEE', 'LOWER_COMMITTEE'] as const)('re-classifying as managed by %s re-opens the other decisions', (managedBy) => {
      const lower = taken(attempt(above, CLASSIFY(managedBy)));
      expect(lower.state).toBe('screening.classified');
      expect(taken(attempt(lower, CLOSE)).state).toBe('closedNoBasis');
      expect(taken(attempt(lower, ASSIGN)).state).toBe('assignedToUnit.awaitingReport');
      expect(taken(attempt(lower, INSPECT)).state).toBe('inspectionHandover');
      expect(taken(attempt(lower, REQUEST)).state).toBe('explanationRequested');
      for (const target of FORWARD_TARGETS_NOT_UP) expect(taken(attempt(lower, FORWARD(target))).state).toBe('forwarded');
    });

    it('re-classifying upwards closes them again', () => {
      const here = reach(PRESS, SCREENED);
      const up = taken(attempt(here, CLASSIFY('HIGHER_COMMITTEE')));
      expect(attempt(up, ASSIGN)).toMatchObject({ kind: 'guard-refused', guards: ['subjectManagedHere'] });
    });
  });

  // The press path is closed to such a subject at REQUEST_EXPLANATION and classification cannot change after
  // screening, so events alone cannot bring one to `directed`. We check the guards there on a stored snapshot
  // whose classification says so, as a case would look if that record were corrected by data migration.
  describe('at the standing committee direction (press path)', () => {
    let above: PersistedSnapshot;
    beforeAll(() => {
      const directed = reach(PRESS, DIRECTED);
      above = jsonCopy(directed.snapshot);
      (above.context as Context1374).classification!.subject.managedBy = 'HIGHER_COMMITTEE';
    });

    it.each([
      ['ASSIGN_TO_UNIT', ASSIGN, 'subjectManagedHere'],
      ['START_VERIFICATION', VERIFY, 'subjectManagedHere'],
      ['MOVE_TO_INSPECTION', INSPECT, 'partySubjectManagedHere'],
    ] as const)('%s is refused by guard %s', (_name, s, guard) => {
      expect(attempt(above, s)).toEqual({ kind: 'guard-refused', allowed: DIRECTED_ALLOWED, guards: [guard] });
    });

    it.each(FORWARD_TARGETS_NOT_UP)('FORWARD to %s is refused by forwardTargetAllowed', (target) => {
      expect(attempt(above, FORWARD(target))).toEqual({
        kind: 'guard-refused',
        allowed: DIRECTED_ALLOWED,
        guards: ['forwardTargetAllowed'],
      });
    });

    it('FORWARD to HIGHER_COMMITTEE is taken', () => {
      const next = taken(attempt(above, FORWARD('HIGHER_COMMITTEE')));
      expect(next.state).toBe('forwarded');
      expect(category(next)).toBe('FORWARDED');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 5. No pass-through to the task force without a handling report (§4.1, T-A6)
// ---------------------------------------------------------------------------------------------------------------

describe('returning a case to the task force', () => {
  let awaiting: StepResult;
  beforeAll(() => {
    awaiting = reach(CITIZEN, [...SCREENED, ASSIGN]);
  });

  it.each([
    ['an empty payload', {}],
    ['an undefined report', { handlingReport: undefined }],
  ])('with %s is refused by carriesHandlingReport and leaves the case awaiting the report', (_name, payload) => {
    const before = jsonCopy(awaiting.snapshot);
    const outcome = attempt(awaiting, { type: 'RETURN_TO_TASK_FORCE', payload });
    expect(outcome).toEqual({ kind: 'guard-refused', allowed: withRoot(['RETURN_TO_TASK_FORCE']), guards: ['carriesHandlingReport'] });
    expect(awaiting.snapshot).toEqual(before);
    expect(awaiting.state).toBe('assignedToUnit.awaitingReport');
    expect(category(awaiting)).toBe('AWAITING_UNIT_REPORT');
    expect(availableEvents(def, awaiting.snapshot)).toEqual(withRoot(['RETURN_TO_TASK_FORCE']));
  });

  // `@IsOptional()` on ReturnToTaskForcePayload.handlingReport lets `null` through validation, so the guard
  // (`!= null`) is what keeps `{ "handlingReport": null }` from passing a case back with no report.
  it('with a null report is refused too', () => {
    const before = jsonCopy(awaiting.snapshot);
    expect(attempt(awaiting, { type: 'RETURN_TO_TASK_FORCE', payload: { handlingReport: null } })).toEqual({
      kind: 'guard-refused',
      allowed: withRoot(['RETURN_TO_TASK_FORCE']),
      guards: ['carriesHandlingReport'],
    });
    expect(awaiting.snapshot).toEqual(before);
  });

  it('with a handling report is taken and the report is kept', () => {
    const next = taken(attempt(awaiting, REPORT));
    expect(next.state).toBe('assignedToUnit.reviewingReport');
    expect(category(next)).toBe('IN_PROGRESS');
    expect((next.snapshot.context as Context1374).handlingReport).toEqual({
      summary: 'Báo cáo kết quả xử lý của đơn vị',
      documentRef: '12-BC/ĐU',
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6. Other guards at their boundary
// ---------------------------------------------------------------------------------------------------------------

describe('REQUEST_EXPLANATION is for press items only', () => {
  it.each(SOURCES_NOT_PRESS)('refused for source %s', (source) => {
    const here = reach(registration(source), SCREENED);
    expect(attempt(here, REQUEST)).toEqual({ kind: 'guard-refused', allowed: CLASSIFIED_ALLOWED, guards: ['isPressSource'] });
  });

  it('taken for source PRESS', () => {
    expect(taken(attempt(reach(PRESS, SCREENED), REQUEST)).state).toBe('explanationRequested');
  });
});

describe('MOVE_TO_INSPECTION needs a party subject', () => {
  const notParty: [from: string, input: Register1374Input, steps: Step[], allowed: string[]][] = [
    ['screening.classified', CITIZEN, [START, CLASSIFY('RECEIVING_COMMITTEE', false)], CLASSIFIED_ALLOWED],
    ['directed', PRESS, [START, CLASSIFY('RECEIVING_COMMITTEE', false), REQUEST, RECORD, PROPOSE, DIRECT], DIRECTED_ALLOWED],
    ['assignedToUnit.reviewingReport', CITIZEN, [START, CLASSIFY('LOWER_COMMITTEE', false), ...REPORTED], withRoot(['CONCLUDE', 'MOVE_TO_INSPECTION', 'START_VERIFICATION'])],
    ['verifying', PRESS, [START, CLASSIFY('RECEIVING_COMMITTEE', false), REQUEST, RECORD, PROPOSE, DIRECT, VERIFY], withRoot(['CONCLUDE', 'MOVE_TO_INSPECTION'])],
  ];

  it.each(notParty)('refused from %s when the subject is not a party member or organisation', (from, input, steps, allowed) => {
    const here = reach(input, steps);
    expect(here.state).toBe(from);
    expect(attempt(here, INSPECT)).toEqual({ kind: 'guard-refused', allowed, guards: ['partySubjectManagedHere'] });
  });

  it.each(notParty)('taken from %s when the same subject is a party member', (from, input, steps) => {
    const partySteps = steps.map((s) => (s.type === 'CLASSIFY' ? CLASSIFY((s.payload as ClassifyPayload).subject.managedBy, true) : s));
    const here = reach(input, partySteps);
    expect(here.state).toBe(from);
    expect(taken(attempt(here, INSPECT)).state).toBe('inspectionHandover');
  });
});

describe.each([
  ['assignedToUnit.reviewingReport', CITIZEN, [...SCREENED, ...REPORTED], ['CONCLUDE', 'MOVE_TO_INSPECTION', 'START_VERIFICATION']],
  ['verifying', PRESS, [...DIRECTED, VERIFY], ['CONCLUDE', 'MOVE_TO_INSPECTION']],
] as const)('CONCLUDE from %s: measures must match the finding', (_from, input, steps, allowed) => {
  let here: StepResult;
  beforeAll(() => {
    here = reach(input, steps);
  });

  it.each(['WELL_FOUNDED', 'PARTLY_FOUNDED'] as const)('%s with no measure is refused by measuresMatchFinding', (finding) => {
    expect(attempt(here, CONCLUDE(finding, noMeasures()))).toEqual({
      kind: 'guard-refused',
      allowed: withRoot([...allowed]),
      guards: ['measuresMatchFinding'],
    });
  });

  const oneMeasureCases = (['WELL_FOUNDED', 'PARTLY_FOUNDED'] as const).flatMap((finding) =>
    (['party', 'government', 'massOrganisation'] as const).map((line) => [finding, line] as const),
  );
  it.each(oneMeasureCases)('%s with exactly one measure on the %s line is taken', (finding, line) => {
    const next = taken(attempt(here, CONCLUDE(finding, oneMeasure(line))));
    expect(next.state).toBe('concluded');
    expect(category(next)).toBe('RESOLVED');
    expect(project(next).tags.finding).toBe(finding);
  });

  it('UNFOUNDED with no measure is taken', () => {
    const next = taken(attempt(here, CONCLUDE('UNFOUNDED', noMeasures())));
    expect(next.state).toBe('concluded');
    expect(project(next).tags.finding).toBe('UNFOUNDED');
  });
});

describe('REFER_DISCIPLINE needs a violation in the conclusion and a party subject', () => {
  const concludedWith = (finding: Finding, isParty = true) =>
    reach(CITIZEN, [
      START,
      CLASSIFY('RECEIVING_COMMITTEE', isParty),
      ...REPORTED,
      CONCLUDE(finding, finding === 'UNFOUNDED' ? noMeasures() : oneMeasure('party')),
    ]);

  it('refused after an UNFOUNDED conclusion', () => {
    expect(attempt(concludedWith('UNFOUNDED'), REFER)).toEqual({
      kind: 'guard-refused',
      allowed: withRoot(['NOTIFY', 'REFER_DISCIPLINE']),
      guards: ['violationFound'],
    });
  });

  it.each(['PARTLY_FOUNDED', 'WELL_FOUNDED'] as const)('taken after a %s conclusion', (finding) => {
    const next = taken(attempt(concludedWith(finding), REFER));
    expect(next.state).toBe('disciplineReferred');
    expect(project(next).tags.outcome).toBe('DISCIPLINE_REFERRED');
    expect(category(next)).toBe('RESOLVED');
  });

  // Party discipline applies to party members and party organisations only.
  it.each(['PARTLY_FOUNDED', 'WELL_FOUNDED', 'UNFOUNDED'] as const)(
    'refused after a %s conclusion when the subject is not a party member or organisation',
    (finding) => {
      const here = concludedWith(finding, false);
      expect(here.state).toBe('concluded');
      expect(attempt(here, REFER)).toEqual({
        kind: 'guard-refused',
        allowed: withRoot(['NOTIFY', 'REFER_DISCIPLINE']),
        guards: ['violationFound'],
      });
    },
  );

  it('PARTLY_FOUNDED with isParty false is refused, the same with isParty true is taken', () => {
    const nonParty = concludedWith('PARTLY_FOUNDED', false);
    expect((nonParty.snapshot.context as Context1374).classification?.subject.isParty).toBe(false);
    expect(attempt(nonParty, REFER)).toMatchObject({ kind: 'guard-refused', guards: ['violationFound'] });

    const party = concludedWith('PARTLY_FOUNDED', true);
    expect((party.snapshot.context as Context1374).classification?.subject.isParty).toBe(true);
    expect(taken(attempt(party, REFER)).state).toBe('disciplineReferred');
  });

  it('a non-party subject found in violation is still notified and archived without referral', () => {
    const here = concludedWith('WELL_FOUNDED', false);
    const r = play(here, [NOTIFY(), ARCHIVE]);
    expect(r.last.state).toBe('archived');
    expect(project(r.last).tags.outcome).toBe('RESOLVED');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 6b. Payload validation: DTO rules enforced before the machine sees an event (class-validator, as the API does)
// ---------------------------------------------------------------------------------------------------------------

async function violations<T extends object>(cls: ClassConstructor<T>, plain: unknown): Promise<string[]> {
  const errors = await validate(plainToInstance(cls, plain) as object, { whitelist: true, forbidNonWhitelisted: true });
  const flatten = (e: ValidationError, prefix: string): string[] => [
    ...Object.keys(e.constraints ?? {}).map((c) => `${prefix}${e.property}:${c}`),
    ...(e.children ?? []).flatMap((child) => flatten(child, `${prefix}${e.property}.`)),
  ];
  return errors.flatMap((e) => flatten(e, '')).sort();
}

describe('payload validation', () => {
  describe('MeasuresDto: each measure has at least 3 characters', () => {
    it.each([
      ['an empty-string measure', ''],
      ['a 2-character measure', 'ab'],
    ])('%s is refused', async (_name, measure) => {
      expect(await violations(MeasuresDto, { ...noMeasures(), government: [measure] })).toEqual(['government:minLength']);
    });

    it('a 3-character measure is accepted', async () => {
      expect(await violations(MeasuresDto, { ...noMeasures(), massOrganisation: ['abc'] })).toEqual([]);
    });

    it('the fixture measures are accepted on every line', async () => {
      for (const line of ['party', 'government', 'massOrganisation'] as const) {
        expect(await violations(MeasuresDto, oneMeasure(line))).toEqual([]);
      }
    });
  });

  describe('NotifyPayload: at least one audience, no duplicates', () => {
    it('empty audiences are refused', async () => {
      expect(await violations(NotifyPayload, { audiences: [], summary: NOTIFY_SUMMARY })).toEqual(['audiences:arrayMinSize']);
    });

    it('duplicate audiences are refused', async () => {
      expect(await violations(NotifyPayload, { audiences: ['REPORTER', 'REPORTER'], summary: NOTIFY_SUMMARY })).toEqual([
        'audiences:arrayUnique',
      ]);
    });

    it('two distinct audiences are accepted', async () => {
      expect(await violations(NotifyPayload, notifyPayload('REPORTER', 'UPPER_COMMITTEE'))).toEqual([]);
    });
  });

  describe('Register1374Input', () => {
    it('the fixtures are accepted', async () => {
      expect(await violations(Register1374Input, PRESS)).toEqual([]);
      expect(await violations(Register1374Input, CITIZEN)).toEqual([]);
    });

    it('an unknown source is refused', async () => {
      expect(await violations(Register1374Input, { ...CITIZEN, source: 'RUMOUR' })).toEqual(['source:isIn']);
    });

    it('a PRESS registration without publishedAt is refused', async () => {
      const withoutPublishedAt: Register1374Input = { ...PRESS };
      delete withoutPublishedAt.publishedAt;
      expect(await violations(Register1374Input, withoutPublishedAt)).toEqual(['publishedAt:isIso8601']);
    });

    it.each(SOURCES_NOT_PRESS)('a %s registration without publishedAt is accepted', async (source) => {
      const input = registration(source);
      expect(input).not.toHaveProperty('publishedAt');
      expect(await violations(Register1374Input, input)).toEqual([]);
    });

    it('an unknown extra field is refused', async () => {
      expect(await violations(Register1374Input, { ...CITIZEN, priority: 'HIGH' })).toEqual(['priority:whitelistValidation']);
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 7. Labels and messages: nothing the machine can show is left without Vietnamese text
// ---------------------------------------------------------------------------------------------------------------


describe('labels, messages and event specs', () => {
  it('every event handled in a reached state has an event spec', () => {
    const handled = new Set<string>();
    for (const [, input, steps] of REACHABLE) {
      const { snapshot } = reach(input, steps);
      const resolved = def.machine.resolveState({ value: snapshot.value as never, context: snapshot.context as never });
      for (const node of resolved._nodes) for (const type of node.ownEvents) handled.add(type);
    }
    for (const type of handled) expect(def.events).toHaveProperty([type]);
    expect([...handled].sort()).toEqual(Object.keys(def.events).sort());
  });
});

// ---------------------------------------------------------------------------------------------------------------
// 8. Persistence: a stored snapshot continues identically
// ---------------------------------------------------------------------------------------------------------------

describe('persistence', () => {
  const steps: Step[] = [...DIRECTED, ASSIGN, REPORT, VERIFY, CONCLUDE('PARTLY_FOUNDED', oneMeasure('party')), REFER, NOTIFY(), ARCHIVE];
  let straight: Run;
  beforeAll(() => {
    straight = run(PRESS, steps);
  });

  it.each(steps.map((s, i) => [i, s.type] as const))('after step %i the JSON copy accepts %s exactly as the original', (i) => {
    const original = straight.results[i];
    const stored = jsonCopy(original.snapshot);
    expect(stored).toEqual(original.snapshot);
    expect(availableEvents(def, stored)).toEqual(availableEvents(def, original.snapshot));
    const event = toEvent(steps[i], i);
    const fromStored = applyEvent(def, stored, event);
    expect(fromStored).toEqual(applyEvent(def, original.snapshot, event));
    expect(fromStored).toEqual(straight.results[i + 1]);
  });

  it('a case stored and reloaded between every step ends exactly like one run straight through', () => {
    let current = startCase(def, PRESS);
    steps.forEach((s, i) => {
      current = taken(applyEvent(def, jsonCopy(current.snapshot), toEvent(s, i)));
    });
    expect(current).toEqual(straight.last);
    expect(current.done).toBe(true);
  });

  it('a stored snapshot refuses the same way the original does', () => {
    const awaiting = reach(CITIZEN, [...SCREENED, ASSIGN]);
    const bare: Step = { type: 'RETURN_TO_TASK_FORCE', payload: {} };
    expect(attempt(jsonCopy(awaiting.snapshot), bare)).toEqual(attempt(awaiting, bare));
    expect(attempt(jsonCopy(awaiting.snapshot), ARCHIVE)).toEqual(attempt(awaiting, ARCHIVE));
  });
});

describe('payload validation: nested objects are required', () => {
  it('CLASSIFY without its subject is refused (it would leave the case undecidable)', async () => {
    expect(await violations(ClassifyPayload, { infoType: 'PHAN_ANH' })).toEqual(['subject:isDefined']);
  });

  it('CONCLUDE without its measures is refused', async () => {
    expect(await violations(ConcludePayload, { finding: 'UNFOUNDED', summary: 'Không có cơ sở' })).toEqual(['measures:isDefined']);
  });
});

describe('missed deadlines (sent by the system)', () => {
  const requested = () => reach(PRESS, [...SCREENED, REQUEST]);

  it('counts each schedule of a key in the context, matching the deadline row generation', () => {
    const step = requested();
    expect((step.snapshot.context as Context1374).deadlineGenerations).toEqual({ explanation: 1 });
  });

  it('the current generation moves an explanation request to "overdue"; a stale one is refused', () => {
    const stale = attempt(requested(), MISSED('explanation', 2));
    expect(stale).toMatchObject({ kind: 'guard-refused', guards: ['currentDeadline'] });
    const overdue = taken(attempt(requested(), MISSED('explanation', 1)));
    expect(overdue.state).toBe('explanationOverdue');
    expect((overdue.snapshot.context as Context1374).overdue).toEqual({ explanation: true });
    expect(overdue.effects).toEqual([]);
  });

  it('after the explanation deadline was missed, a late explanation is still recorded, or the office proposes without it', () => {
    const overdue = taken(attempt(requested(), MISSED('explanation', 1)));
    const late = taken(attempt(overdue, RECORD));
    expect(late.state).toBe('officeProposal');
    expect(late.effects.map((e) => e.type)).toEqual(['markDeadlineMet', 'scheduleDeadline']);
    const without = taken(attempt(overdue, PROPOSE));
    expect(without.state).toBe('awaitingDirection');
  });

  it('a missed office or direction deadline is recorded without moving the case', () => {
    const office = reach(PRESS, [...SCREENED, REQUEST, RECORD]);
    const after = taken(attempt(office, MISSED('officeProposal', 1)));
    expect(after.state).toBe('officeProposal');
    expect((after.snapshot.context as Context1374).overdue).toEqual({ officeProposal: true });
    const direction = reach(PRESS, [...SCREENED, REQUEST, RECORD, PROPOSE]);
    expect(taken(attempt(direction, MISSED('direction', 1))).state).toBe('awaitingDirection');
    expect(attempt(direction, MISSED('officeProposal', 1))).toMatchObject({ kind: 'guard-refused' });
  });
});

describe('information from Front supervision (Quy định 124-QĐ/TW Art. 8): 20 working days, extendable once', () => {
  const FRONT: Register1374Input = { ...registration('ELECTED_BODY'), frontSupervision: true };
  const start = () => startCase(def, FRONT);

  it('registration starts the frontResult deadline at receipt, beside the handling clock of every source 1–3 case', () => {
    expect(start().effects).toEqual([
      { type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', startAt: FRONT.receivedAt } },
      { type: 'scheduleDeadline', params: { key: 'frontResult', ruleKey: 'A.FRONT_SUPERVISION_RESULT', startAt: FRONT.receivedAt } },
    ]);
    expect((start().snapshot.context as Context1374).deadlineGenerations).toEqual({ handling: 1, frontResult: 1 });
    expect(startCase(def, registration('ELECTED_BODY')).effects.map((e) => e.params)).toEqual([
      { key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', startAt: RECEIVED_AT },
    ]);
  });

  it('notifying the result marks it met; a non-Front case declares no such effect', () => {
    const front = run(FRONT, [...SCREENED, FORWARD(), NOTIFY()]).last;
    expect(front.effects).toContainEqual({ type: 'markDeadlineMet', params: { key: 'frontResult', at: expect.any(String) } });
    const other = run(registration('ELECTED_BODY'), [...SCREENED, FORWARD(), NOTIFY()]).last;
    expect(other.effects.filter((e) => e.type === 'markDeadlineMet')).toEqual([]);
  });

  it('closing for lack of basis also closes it', () => {
    const closed = run(FRONT, [...SCREENED, CLOSE]).last;
    expect(closed.effects).toEqual([
      { type: 'markDeadlineMet', params: { key: 'frontResult', at: expect.any(String) } },
      { type: 'markDeadlineMet', params: { key: 'handling', at: at(SCREENED.length) } },
    ]);
  });

  it('EXTEND_FRONT_RESULT declares the extension with its reason on a Front case, at any open step, without moving it', () => {
    const here = reach(FRONT, SCREENED);
    const extended = taken(attempt(here, SAMPLE.EXTEND_FRONT_RESULT));
    expect(extended.state).toBe(here.state);
    expect(extended.effects).toEqual([{ type: 'extendDeadline', params: { key: 'frontResult', reason: 'Vụ việc phức tạp' } }]);
  });

  it('EXTEND_FRONT_RESULT is neither offered nor taken for a case that did not come from Front supervision', () => {
    const here = reach(registration('ELECTED_BODY'), SCREENED);
    expect(availableEvents(def, here.snapshot)).not.toContain('EXTEND_FRONT_RESULT');
    expect(attempt(here, SAMPLE.EXTEND_FRONT_RESULT)).toMatchObject({ kind: 'not-allowed' });
    expect(availableEvents(def, reach(FRONT, SCREENED).snapshot)).toContain('EXTEND_FRONT_RESULT');
  });

  it('a missed frontResult is recorded wherever the case is; a stale generation is refused', () => {
    const here = reach(FRONT, SCREENED);
    const missed = taken(attempt(here, MISSED('frontResult', 1)));
    expect(missed.state).toBe(here.state);
    expect((missed.snapshot.context as Context1374).overdue).toEqual({ frontResult: true });
    expect(attempt(here, MISSED('frontResult', 2))).toMatchObject({ kind: 'guard-refused' });
  });
});
