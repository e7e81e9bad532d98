// Procedure: a verification task of the political-standard verification — the committee of a place of residence or
// work answers what it knows of one person (xác minh tiêu chuẩn chính trị tại nơi cư trú, công tác).
// Legal basis: Quy định 58-QĐ/TW (2022); 06-HD/TW §3.4 (admission) — docs/domain/tham-tra-tieu-chuan-chinh-tri.md, changes-2026.md §5.4.
import { assign, setup } from 'xstate';
import { vietnamDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { effectActions } from '../shared/effect-actions';
import type { MachineEvent } from '../shared/procedure';
import type {
  AnswerTaskPayload, DeclineTaskPayload, TaskDeadlineMissedPayload, VerificationTaskInput,
} from './tham-tra-tieu-chuan-chinh-tri.events';
import { RULE } from './tham-tra-tieu-chuan-chinh-tri.rules';

export const TASK_PROCEDURE_ID = 'xac-minh-tieu-chuan-chinh-tri';

export interface ContextTask {
  task: VerificationTaskInput;
  answer?: AnswerTaskPayload & { answeredBy: string };
  declined?: DeclineTaskPayload & { declinedBy: string };
  deadlineGenerations?: Record<string, number>;
  overdue?: Record<string, boolean>;
}

type E<T extends string, P> = MachineEvent<T, P>;
export type EventTask = E<'ANSWER', AnswerTaskPayload> | E<'DECLINE', DeclineTaskPayload> | E<'DEADLINE_MISSED', TaskDeadlineMissedPayload>;
type Args = { context: ContextTask; event: EventTask };

/** The answer is dated between the request and the day it is entered. */
export const answerDateOk = (c: ContextTask, e: EventTask): boolean =>
  (e.type === 'ANSWER' || e.type === 'DECLINE') && e.payload.answeredOn >= c.task.requestedOn && e.payload.answeredOn <= vietnamDate(e.occurredAt);

const answeredOn = ({ event }: Args) => (event.type === 'ANSWER' || event.type === 'DECLINE' ? event.payload.answeredOn : vietnamDate(event.occurredAt));

export const taskMachineV1 = setup({
  types: {} as { context: ContextTask; events: EventTask; input: VerificationTaskInput },
  guards: {
    answerDated: ({ context, event }) => answerDateOk(context, event),
    currentDeadline: ({ context, event }) => event.type === 'DEADLINE_MISSED' && isCurrentGeneration(context.deadlineGenerations, event.payload),
  },
  actions: {
    ...effectActions,
    countSchedule: assign({ deadlineGenerations: ({ context }) => scheduledOnceMore(context.deadlineGenerations, 'ANSWER') }),
    recordOverdue: assign({
      overdue: ({ context, event }) => (event.type === 'DEADLINE_MISSED' ? { ...context.overdue, [event.payload.key]: true } : context.overdue),
    }),
    recordAnswer: assign({ answer: ({ event }) => (event.type === 'ANSWER' ? { ...event.payload, answeredBy: event.actorId } : undefined) }),
    recordDecline: assign({ declined: ({ event }) => (event.type === 'DECLINE' ? { ...event.payload, declinedBy: event.actorId } : undefined) }),
  },
}).createMachine({
  id: TASK_PROCEDURE_ID,
  version: '1',
  initial: 'awaitingAnswer',
  context: ({ input }) => ({ task: input }),
  states: {
    // The request reached the addressed committee: its answer is due within PS.TASK_ANSWER of the request (a setting).
    awaitingAnswer: {
      entry: [
        { type: 'scheduleDeadline', params: ({ context }: { context: ContextTask }) => ({ key: 'ANSWER', ruleKey: RULE.TASK_ANSWER, startAt: context.task.requestedOn }) },
        'countSchedule',
      ],
      on: {
        ANSWER: {
          guard: 'answerDated',
          target: 'answered',
          actions: [
            'recordAnswer',
            { type: 'markDeadlineMet', params: (a: Args) => ({ key: 'ANSWER', at: answeredOn(a) }) },
            // The requesting committee reads the answer from this case (its tags), not from this report.
            { type: 'reportToParent', params: ({ event }: Args) => ({ outcome: event.type === 'ANSWER' ? event.payload.finding : 'NO_ISSUE' }) },
          ],
        },
        DECLINE: {
          guard: 'answerDated',
          target: 'declined',
          actions: [
            'recordDecline',
            { type: 'markDeadlineMet', params: (a: Args) => ({ key: 'ANSWER', at: answeredOn(a) }) },
            { type: 'reportToParent', params: { outcome: 'NOT_IN_AREA' } },
          ],
        },
        DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
      },
    },
    answered: { type: 'final' },
    declined: { type: 'final' },
  },
});
