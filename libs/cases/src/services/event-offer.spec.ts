// Which steps are offered before the payload is known: a guard on the context decides, one on the payload is named.
import { and, not, or, setup } from 'xstate';
import { startCase, type MachineEvent, type ProcedureDefinition } from '@hoso/workflows';
import { offerOf } from './event-offer';

type Ev = MachineEvent & { payload: { a?: boolean; list?: string[] } };

const machine = setup({
  types: {} as { context: { open: boolean; count: number }; events: Ev; input: { open: boolean } },
  guards: {
    isOpen: ({ context }) => context.open,
    aGiven: ({ event }) => event.payload.a === true,
    // Throws on an empty payload (no list): still a payload guard.
    listFull: ({ event }) => event.payload.list!.length > 2,
    below: ({ context }, params: { max: number }) => context.count < params.max,
  },
}).createMachine({
  id: 'offer',
  initial: 'idle',
  context: ({ input }) => ({ open: input.open, count: 3 }),
  states: {
    idle: {
      on: {
        FREE: { target: 'done' },
        CONTEXT_ONLY: { guard: 'isOpen', target: 'done' },
        PAYLOAD_ONLY: { guard: 'aGiven', target: 'done' },
        THROWS: { guard: 'listFull', target: 'done' },
        BOTH: { guard: and(['isOpen', 'aGiven']), target: 'done' },
        EITHER: { guard: or(['isOpen', 'aGiven']), target: 'done' },
        NOT_OPEN: { guard: not('isOpen'), target: 'done' },
        PARAMS: { guard: { type: 'below', params: { max: 2 } }, target: 'done' },
        FALLBACK: [{ guard: 'aGiven', target: 'done' }, { target: 'done' }],
      },
    },
    done: { type: 'final' },
  },
});

const def = {
  id: 'offer', version: 1, machine, events: {}, guardMessages: {},
} as unknown as ProcedureDefinition;

const offer = (open: boolean, type: string) =>
  offerOf(def, startCase(def, { open }).snapshot, { type, actorId: 'u', occurredAt: '2026-01-02T00:00:00.000Z' });

describe('offerOf', () => {
  it.each<[string, boolean, string, ReturnType<typeof offer>]>([
    ['an unguarded step is open', false, 'FREE', { kind: 'open' }],
    ['a context guard that holds opens it', true, 'CONTEXT_ONLY', { kind: 'open' }],
    ['a context guard that refuses closes it', false, 'CONTEXT_ONLY', { kind: 'closed' }],
    ['a payload guard is named', true, 'PAYLOAD_ONLY', { kind: 'may-refuse', guards: ['aGiven'] }],
    ['a payload guard that throws on an empty payload is named', true, 'THROWS', { kind: 'may-refuse', guards: ['listFull'] }],
    ['and(): a false context leaf closes it whatever the payload', false, 'BOTH', { kind: 'closed' }],
    ['and(): a true context leaf leaves the payload leaf', true, 'BOTH', { kind: 'may-refuse', guards: ['aGiven'] }],
    ['or(): a true context leaf opens it', true, 'EITHER', { kind: 'open' }],
    ['or(): a false context leaf leaves the payload leaf', false, 'EITHER', { kind: 'may-refuse', guards: ['aGiven'] }],
    ['not() inverts a context guard', false, 'NOT_OPEN', { kind: 'open' }],
    ['not() of a true context guard closes it', true, 'NOT_OPEN', { kind: 'closed' }],
    ['a guard with params (3 < 2 is false) closes it', true, 'PARAMS', { kind: 'closed' }],
    ['an unguarded fallback branch opens it', true, 'FALLBACK', { kind: 'open' }],
    ['an event the state has no transition for is closed', true, 'NOTHING', { kind: 'closed' }],
  ])('%s', (_name, open, type, expected) => {
    expect(offer(open, type)).toEqual(expected);
  });

  it('a finished case offers nothing', () => {
    const done = { value: 'done', context: { open: true, count: 0 }, status: 'done' };
    expect(offerOf(def, done, { type: 'FREE', actorId: 'u', occurredAt: '2026-01-02T00:00:00.000Z' })).toEqual({ kind: 'closed' });
  });
});
