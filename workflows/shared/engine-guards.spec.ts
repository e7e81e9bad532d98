// A refusal names the guard that refused: a plain guard by its name, an `and([...])` by its first false leaf.
import { and, setup } from 'xstate';
import { applyEvent, startCase } from './engine';
import type { MachineEvent, ProcedureDefinition } from './procedure';

type Ev = MachineEvent & { payload: { a?: boolean; b?: number } };

const machine = setup({
  types: {} as { context: { limit: number }; events: Ev; input: Record<string, never> },
  guards: {
    aHolds: ({ event }) => event.payload.a === true,
    bBelow: ({ context, event }, params: { max: number }) => (event.payload.b ?? 0) < Math.min(params.max, context.limit),
    plain: ({ event }) => event.payload.a === true,
  },
}).createMachine({
  id: 'guards',
  initial: 'open',
  context: { limit: 10 },
  states: {
    open: {
      on: {
        BOTH: { guard: and(['aHolds', { type: 'bBelow', params: { max: 5 } }]), target: 'done' },
        ONE: { guard: 'plain', target: 'done' },
      },
    },
    done: { type: 'final' },
  },
});

const def = {
  id: 'guards', version: 1, title: 't', legalBasis: 't', machine, input: class {}, createRoles: [], events: { BOTH: { label: 'x', roles: [] }, ONE: { label: 'y', roles: [] } },
  stateLabels: {}, guardMessages: {}, project: () => ({ reportCategory: 'X', tags: {}, title: 't', receivedAt: '2026-01-01T00:00:00.000Z' }),
} as unknown as ProcedureDefinition;

const send = (type: string, payload: Ev['payload']) =>
  applyEvent(def, startCase(def, {}).snapshot, { type, payload, actorId: 'u', occurredAt: '2026-01-02T00:00:00.000Z' });

describe('guard refusals', () => {
  it.each<[string, Ev['payload'], string[] | 'taken']>([
    ['the first leaf false', { a: false, b: 1 }, ['aHolds']],
    ['the second leaf false (with params)', { a: true, b: 7 }, ['bBelow']],
    ['both false: the first written', { a: false, b: 7 }, ['aHolds']],
    ['both true', { a: true, b: 1 }, 'taken'],
  ])('and(): %s', (_name, payload, expected) => {
    const outcome = send('BOTH', payload);
    expect(outcome.kind === 'guard-refused' ? outcome.guards : outcome.kind).toEqual(expected);
  });

  it('a plain guard is named as before', () => {
    expect(send('ONE', { a: false })).toMatchObject({ kind: 'guard-refused', guards: ['plain'] });
  });
});
