// The checks every procedure's machine spec makes of its definition, declared once: each resting state is reached and
// offers exactly its events (every other event refused as not allowed, the snapshot surviving a JSON round trip, a
// case done exactly when it offers nothing), and the definition labels what a user sees (guard messages, state and
// event labels, the statistics) in Vietnamese, names the roles of every event a person sends and no stale entry.
// A machine spec calls `describeMachineConformance` with its own table; what is particular to one procedure stays in
// its spec. This file is a spec (kept out of the production build) whose own tests run only when it is the file run.
import { assign, setup } from 'xstate';
import { applyEvent, availableEvents, startCase, type PersistedSnapshot, type StepResult } from './engine';
import { allNodes, guardsUsed } from './machine-structure';
import type { MachineEvent, ProcedureDefinition } from './procedure';
import { Role } from './roles';
import { VIETNAMESE } from './vietnamese';

/** A state a case can rest in, how a case gets there, and the events it offers there. */
export interface RestingState<E extends string = string> {
  state: string;
  reach: () => StepResult;
  allowed: readonly E[];
}

export interface MachineConformance<E extends string = string> {
  def: ProcedureDefinition;
  /** Every event type the machine knows of: each one a state does not offer is sent there and must be refused. */
  events: readonly E[];
  /** A valid event of the type (what the refusals and the round trip send). */
  sample: (type: E) => MachineEvent;
  /** Every state a case can rest in. */
  states: readonly RestingState<E>[];
  /** The events the system sends (deadlines, children's results): no role may send them. */
  systemEvents: readonly E[];
  /** The events the definition specifies and its nodes handle (default: `events`). */
  handledEvents?: readonly E[];
  /** Leaves a case never rests in (an eventless router): unlabelled. */
  transientLeaves?: readonly string[];
  /** Guards the machine implements for another version and this one's transitions never use. */
  unusedGuards?: readonly string[];
  /** Report dimensions whose values are open (a year): not labelled value by value. */
  openDimensions?: readonly string[];
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** Every guard a transition uses is implemented and has a Vietnamese message; no message without a guard. */
export function checkGuardMessages(def: ProcedureDefinition, unusedGuards: readonly string[] = []): void {
  const used = guardsUsed(def.machine);
  const implemented = Object.keys(def.machine.implementations.guards).filter((g) => !unusedGuards.includes(g));
  expect(sorted([...used])).toEqual(sorted(implemented));
  expect(sorted(Object.keys(def.guardMessages))).toEqual(sorted([...used]));
  for (const name of used) expect({ guard: name, message: def.guardMessages[name] }).toEqual({ guard: name, message: expect.stringMatching(VIETNAMESE) });
}

/** The labelled states are exactly the resting ones, each labelled in Vietnamese; every other leaf is transient. */
export function checkStateLabels(def: ProcedureDefinition, resting: readonly string[], transientLeaves: readonly string[] = []): void {
  expect(sorted(Object.keys(def.stateLabels))).toEqual(sorted(resting));
  const leaves = allNodes(def.machine.root).filter((n) => Object.keys(n.states).length === 0).map((n) => n.path.join('.'));
  expect(sorted(leaves)).toEqual(sorted([...resting, ...transientLeaves]));
  for (const state of resting) expect({ state, label: def.stateLabels[state] }).toEqual({ state, label: expect.stringMatching(VIETNAMESE) });
}

/** The machine handles exactly the specified events; each has a Vietnamese label; people send all but the system's. */
export function checkEventSpecs(def: ProcedureDefinition, handled: readonly string[], systemEvents: readonly string[]): void {
  expect(sorted([...new Set(allNodes(def.machine.root).flatMap((n) => n.ownEvents))])).toEqual(sorted(handled));
  expect(sorted(Object.keys(def.events))).toEqual(sorted(handled));
  for (const [type, spec] of Object.entries(def.events)) {
    expect({ type, label: spec.label }).toEqual({ type, label: expect.stringMatching(VIETNAMESE) });
    if (systemEvents.includes(type)) expect({ type, roles: spec.roles }).toEqual({ type, roles: [] });
    else expect({ type, sentByRoles: spec.roles.length > 0 }).toEqual({ type, sentByRoles: true });
  }
}

/** Every category, dimension and (closed) dimension value of the statistics has a Vietnamese label. */
export function checkReportLabels(def: ProcedureDefinition, openDimensions: readonly string[] = []): void {
  const report = def.report!;
  for (const [code, label] of Object.entries(report.categories)) expect({ code, label }).toEqual({ code, label: expect.stringMatching(VIETNAMESE) });
  for (const [key, d] of Object.entries(report.dimensions)) {
    expect({ key, label: d.label }).toEqual({ key, label: expect.stringMatching(VIETNAMESE) });
    if (!openDimensions.includes(key)) expect({ key, values: Object.keys(d.values).length > 0 }).toEqual({ key, values: true });
    for (const [code, label] of Object.entries(d.values)) expect({ key, code, label }).toEqual({ key, code, label: expect.stringMatching(VIETNAMESE) });
  }
}

/** What a case in the state projects is counted: its category and every tag value of a closed dimension are labelled. */
export function checkProjection(def: ProcedureDefinition, here: StepResult, openDimensions: readonly string[] = []): void {
  const report = def.report!;
  const p = def.project(here.state, here.snapshot.context);
  expect(report.categories).toHaveProperty([p.reportCategory]);
  for (const [key, d] of Object.entries(report.dimensions)) {
    const value = p.tags[key];
    if (value !== undefined && !openDimensions.includes(key)) expect({ key, value, labelled: value in d.values }).toEqual({ key, value, labelled: true });
  }
}

/** The state is reached, offers exactly its events, and is done exactly when it offers none. */
export function checkOffers(def: ProcedureDefinition, here: StepResult, row: RestingState): void {
  expect(here.state).toBe(row.state);
  expect(availableEvents(def, here.snapshot)).toEqual(sorted(row.allowed));
  expect({ state: here.state, done: here.done }).toEqual({ state: row.state, done: row.allowed.length === 0 });
}

/** A stored (JSON) copy of the snapshot is the snapshot, offers the same and takes every offered event the same way. */
export function checkRoundTrip<E extends string>(def: ProcedureDefinition, here: StepResult, allowed: readonly E[], sample: (type: E) => MachineEvent): void {
  const stored = JSON.parse(JSON.stringify(here.snapshot)) as PersistedSnapshot;
  expect(stored).toEqual(here.snapshot);
  expect(availableEvents(def, stored)).toEqual(availableEvents(def, here.snapshot));
  for (const type of allowed) expect(applyEvent(def, stored, sample(type))).toEqual(applyEvent(def, here.snapshot, sample(type)));
}

/**
 * Declares the shared checks of one procedure definition: a `state <name>` block per resting state (reached and
 * offering exactly its events; every other event refused as not allowed, one test each; a JSON round trip of its
 * snapshot), then `labels, messages and event specs` (guards, states, events, statistics).
 */
export function describeMachineConformance<E extends string>(c: MachineConformance<E>): void {
  const { def, events, sample, states, systemEvents } = c;
  const reached = new Map<string, StepResult>();
  const reach = (row: RestingState<E>): StepResult => {
    if (!reached.has(row.state)) reached.set(row.state, row.reach());
    return reached.get(row.state)!;
  };

  describe.each(states.map((row) => [row.state, row] as const))('state %s', (_state, row) => {
    let here: StepResult;
    beforeAll(() => {
      here = reach(row);
    });

    it('is reached and offers exactly its events', () => {
      checkOffers(def, here, row);
    });

    const forbidden = events.filter((t) => !row.allowed.includes(t));
    if (forbidden.length > 0) {
      it.each(forbidden)('refuses %s as not allowed', (type) => {
        expect(applyEvent(def, here.snapshot, sample(type))).toEqual({ kind: 'not-allowed', allowed: sorted(row.allowed) });
      });
    }

    it('survives a JSON round trip of its snapshot', () => {
      checkRoundTrip(def, here, row.allowed, sample);
    });
  });

  describe('labels, messages and event specs', () => {
    it('every guard has a Vietnamese message, and no message is stale', () => {
      checkGuardMessages(def, c.unusedGuards);
    });

    it('every state has a Vietnamese label, and only those', () => {
      checkStateLabels(def, states.map((s) => s.state), c.transientLeaves);
    });

    const system = systemEvents.length === 1 ? `${systemEvents[0]} is` : `${systemEvents.join(' and ')} are`;
    it(`the machine handles exactly the specified events; only ${system} sent by no role`, () => {
      checkEventSpecs(def, c.handledEvents ?? events, systemEvents);
    });

    if (def.report) {
      it('labels every statistic in Vietnamese', () => {
        checkReportLabels(def, c.openDimensions);
      });

      it('the report spec labels every category and tag value the projection gives', () => {
        for (const row of states) checkProjection(def, reach(row), c.openDimensions);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The checks themselves, on a small machine: it conforms, and each mutation of its definition fails a check.
// ---------------------------------------------------------------------------------------------------------------

if (expect.getState().testPath === __filename) {
  type Ev = MachineEvent<'SUBMIT' | 'DECIDE' | 'DEADLINE_MISSED'>;
  const machine = setup({
    types: {} as { context: { since?: unknown }; events: Ev; input: Record<string, never> },
    guards: { hasReason: ({ event }) => typeof (event.payload as { reason?: unknown }).reason === 'string' },
  }).createMachine({
    id: 'sample',
    initial: 'open',
    context: {},
    on: { DEADLINE_MISSED: { actions: assign({ since: ({ event }) => event.occurredAt }) } },
    states: {
      open: { on: { SUBMIT: 'submitted' } },
      submitted: { on: { DECIDE: { guard: 'hasReason', target: 'decided' } } },
      decided: { type: 'final' },
    },
  });
  const def: ProcedureDefinition = {
    id: 'sample', version: 1, title: 'Thủ tục mẫu', legalBasis: 'Quy định mẫu', machine, input: class {}, createRoles: [],
    events: {
      SUBMIT: { label: 'Nộp hồ sơ', roles: [Role.SECRETARY] },
      DECIDE: { label: 'Quyết định', roles: [Role.SECRETARY] },
      DEADLINE_MISSED: { label: 'Quá hạn', roles: [] },
    },
    stateLabels: { open: 'Đang mở', submitted: 'Đã nộp', decided: 'Đã quyết định' },
    guardMessages: { hasReason: 'Cần nêu lý do' },
    report: { categories: { OPEN: 'Đang giải quyết', DONE: 'Đã giải quyết' }, dimensions: { stage: { label: 'Bước', values: { open: 'Mở', submitted: 'Đã nộp', decided: 'Đã xong' } } } },
    project: (state) => ({ reportCategory: state === 'decided' ? 'DONE' : 'OPEN', tags: { stage: state }, title: 'Mẫu', receivedAt: '2026-01-01' }),
  };
  const SAMPLE: Record<Ev['type'], MachineEvent> = {
    SUBMIT: { type: 'SUBMIT', payload: {}, actorId: 'u', occurredAt: '2026-01-02T00:00:00.000Z' },
    DECIDE: { type: 'DECIDE', payload: { reason: 'Đủ điều kiện' }, actorId: 'u', occurredAt: '2026-01-03T00:00:00.000Z' },
    DEADLINE_MISSED: { type: 'DEADLINE_MISSED', payload: { key: 'X', generation: 1 }, actorId: 'system', occurredAt: '2026-01-04T00:00:00.000Z' },
  };
  const EVENTS = Object.keys(SAMPLE) as Ev['type'][];
  const after = (d: ProcedureDefinition, types: Ev['type'][]): StepResult =>
    types.reduce((r, t) => {
      const out = applyEvent(d, r.snapshot, SAMPLE[t]);
      if (out.kind !== 'taken') throw new Error(`${t}: ${out.kind}`);
      return out;
    }, startCase(d, {}));
  const table = (d: ProcedureDefinition): RestingState<Ev['type']>[] => [
    { state: 'open', reach: () => after(d, []), allowed: ['DEADLINE_MISSED', 'SUBMIT'] },
    { state: 'submitted', reach: () => after(d, ['SUBMIT']), allowed: ['DEADLINE_MISSED', 'DECIDE'] },
    { state: 'decided', reach: () => after(d, ['SUBMIT', 'DECIDE']), allowed: [] },
  ];

  describeMachineConformance({ def, events: EVENTS, sample: (t) => SAMPLE[t], states: table(def), systemEvents: ['DEADLINE_MISSED'] });

  describe('the shared checks fail a definition that lacks what a user sees', () => {
    const without = <K extends keyof ProcedureDefinition>(key: K, drop: string): ProcedureDefinition => ({
      ...def, [key]: Object.fromEntries(Object.entries(def[key] as object).filter(([k]) => k !== drop)),
    });
    const resting = table(def).map((s) => s.state);

    it('a guard without its message, a stale message, an English message', () => {
      expect(() => checkGuardMessages(without('guardMessages', 'hasReason'))).toThrow();
      expect(() => checkGuardMessages({ ...def, guardMessages: { ...def.guardMessages, gone: 'Không dùng nữa' } })).toThrow();
      expect(() => checkGuardMessages({ ...def, guardMessages: { hasReason: 'A reason is required' } })).toThrow();
    });

    it('a state without its label, a label in English, a label for no state, a leaf left out of the table', () => {
      expect(() => checkStateLabels(without('stateLabels', 'submitted'), resting)).toThrow();
      expect(() => checkStateLabels({ ...def, stateLabels: { ...def.stateLabels, submitted: 'Submitted' } }, resting)).toThrow();
      expect(() => checkStateLabels({ ...def, stateLabels: { ...def.stateLabels, archived: 'Đã lưu' } }, [...resting, 'archived'])).toThrow();
      expect(() => checkStateLabels(def, resting.filter((s) => s !== 'decided'))).toThrow();
    });

    it('an event without a spec, an English label, a person’s event with no role, a system event a role may send', () => {
      expect(() => checkEventSpecs(without('events', 'DECIDE'), EVENTS, ['DEADLINE_MISSED'])).toThrow();
      expect(() => checkEventSpecs({ ...def, events: { ...def.events, DECIDE: { label: 'Decide', roles: [Role.SECRETARY] } } }, EVENTS, ['DEADLINE_MISSED'])).toThrow();
      expect(() => checkEventSpecs({ ...def, events: { ...def.events, DECIDE: { label: 'Quyết định', roles: [] } } }, EVENTS, ['DEADLINE_MISSED'])).toThrow();
      expect(() => checkEventSpecs({ ...def, events: { ...def.events, DEADLINE_MISSED: { label: 'Quá hạn', roles: [Role.SECRETARY] } } }, EVENTS, ['DEADLINE_MISSED'])).toThrow();
    });

    it('a statistic in English, a dimension without values, a projected value or category without a label', () => {
      const report = def.report!;
      expect(() => checkReportLabels({ ...def, report: { ...report, categories: { ...report.categories, DONE: 'Done' } } })).toThrow();
      expect(() => checkReportLabels({ ...def, report: { ...report, dimensions: { stage: { label: 'Bước', values: {} } } } })).toThrow();
      expect(() => checkReportLabels({ ...def, report: { ...report, dimensions: { stage: { label: 'Bước', values: {} } } } }, ['stage'])).not.toThrow();
      const decided = after(def, ['SUBMIT', 'DECIDE']);
      expect(() => checkProjection({ ...def, report: { ...report, dimensions: { stage: { label: 'Bước', values: { open: 'Mở' } } } } }, decided)).toThrow();
      expect(() => checkProjection({ ...def, report: { ...report, categories: { OPEN: 'Đang giải quyết' } } }, decided)).toThrow();
    });

    it('a state offering another event than its row says, or one done that still offers events', () => {
      const [open, submitted] = table(def);
      expect(() => checkOffers(def, open.reach(), { ...open, allowed: ['SUBMIT'] })).toThrow();
      expect(() => checkOffers(def, submitted.reach(), { ...submitted, state: 'open' })).toThrow();
      expect(() => checkOffers(def, { ...submitted.reach(), done: true }, submitted)).toThrow();
    });

    it('a snapshot holding what JSON does not keep', () => {
      const open = after(def, []);
      const dated = { ...open, snapshot: { ...open.snapshot, context: { since: new Date('2026-01-01') } } };
      expect(() => checkRoundTrip(def, dated, ['SUBMIT'], (t: Ev['type']) => SAMPLE[t])).toThrow();
    });
  });
}
