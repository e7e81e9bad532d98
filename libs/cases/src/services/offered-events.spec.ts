// What a case stores as offered whatever its caller: the context-dependent steps its snapshot does not close.
import { and, setup } from 'xstate';
import { quyDinh1374V1 } from '@hoso/workflows/quy-dinh-1374/quy-dinh-1374.procedure';
import { startCase, type MachineEvent, type ProcedureDefinition } from '@hoso/workflows';
import { offeredEvents } from './offered-events';

type Ev = MachineEvent & { payload: { a?: boolean } };

const machine = setup({
  types: {} as { context: { open: boolean }; events: Ev; input: { open: boolean } },
  guards: {
    isOpen: ({ context }) => context.open,
    aGiven: ({ event }) => event.payload.a === true,
    byActor: ({ event }) => event.actorId === 'someone',
    inTime: ({ event }) => event.occurredAt < '2030-01-01',
  },
}).createMachine({
  id: 'offered',
  initial: 'idle',
  context: ({ input }) => ({ open: input.open }),
  states: {
    idle: {
      on: {
        FREE: { target: 'done' },
        CONTEXT_ONLY: { guard: 'isOpen', target: 'done' },
        PAYLOAD_ONLY: { guard: 'aGiven', target: 'done' },
        ACTOR: { guard: 'byActor', target: 'done' },
        INSTANT_AND_CONTEXT: { guard: and(['isOpen', 'inTime']), target: 'done' },
        SYSTEM: { guard: 'isOpen', target: 'done' },
        FILTERED: { target: 'done' },
      },
    },
    done: { type: 'final' },
  },
});

const spec = (label: string, extra: object = {}) => ({ label, roles: ['SECRETARY'], ...extra });
const def = {
  id: 'offered', version: 1, machine, guardMessages: {},
  events: {
    FREE: spec('free'), CONTEXT_ONLY: spec('context'), PAYLOAD_ONLY: spec('payload'), ACTOR: spec('actor'),
    INSTANT_AND_CONTEXT: spec('instant'), SYSTEM: { label: 'system', roles: [] },
    FILTERED: spec('filtered', { offerWhen: (c: { open: boolean }) => c.open }),
  },
} as unknown as ProcedureDefinition;

describe('offeredEvents', () => {
  it('lists the conditional steps the context opens or leaves to the payload, and marks those reading the caller or instant', () => {
    expect(offeredEvents(def, startCase(def, { open: true }).snapshot)).toEqual(
      ['?', '?ACTOR', 'CONTEXT_ONLY', 'FILTERED', '?INSTANT_AND_CONTEXT', 'PAYLOAD_ONLY'],
    );
  });

  it('leaves out what the context closes (a guard, an offerWhen) but still marks a caller-dependent step undecided', () => {
    expect(offeredEvents(def, startCase(def, { open: false }).snapshot)).toEqual(['?', '?ACTOR', '?INSTANT_AND_CONTEXT', 'PAYLOAD_ONLY']);
  });

  it('a finished case offers nothing', () => {
    expect(offeredEvents(def, { value: 'done', context: { open: true }, status: 'done' })).toEqual([]);
  });

  describe('Quy định 1374: the Front supervision extension', () => {
    const registration = {
      title: 'Phản ánh cán bộ phường', source: 'ELECTED_BODY', summary: 'Người dân phản ánh.', receivedAt: '2024-03-04T02:00:00.000Z',
      channel: 'LETTER',
    };

    it('a Front case offers it, a case not from Front supervision does not', () => {
      const front = startCase(quyDinh1374V1, { ...registration, frontSupervision: true }).snapshot;
      const other = startCase(quyDinh1374V1, registration).snapshot;
      expect(offeredEvents(quyDinh1374V1, front)).toContain('EXTEND_FRONT_RESULT');
      expect(offeredEvents(quyDinh1374V1, other)).not.toContain('EXTEND_FRONT_RESULT');
      // START_SCREENING's guard reads the facts (may refuse: offered); the system's DEADLINE_MISSED is never stored.
      expect(offeredEvents(quyDinh1374V1, front)).toEqual(['EXTEND_FRONT_RESULT', 'START_SCREENING']);
      expect(offeredEvents(quyDinh1374V1, other)).toEqual(['START_SCREENING']);
    });
  });
});
