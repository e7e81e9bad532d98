// Procedure D: political-standard verification (thẩm tra, xác minh tiêu chuẩn chính trị) for admission, cadre planning, appointment, nomination.
// Legal basis: Quy định 58-QĐ/TW (2022) on internal political protection; 294-QĐ/TW, 06-HD/TW §3.4 — docs/domain/tham-tra-tieu-chuan-chinh-tri.md, changes-2026.md §5.4, procedures.md §9.6, §10.
import { and, assign, setup } from 'xstate';
import { scheduledOnceMore } from '../shared/deadline-generations';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { DeadlineKey } from './tham-tra-tieu-chuan-chinh-tri.events';
import { answeredTask, guardProblems, type GuardName } from './tham-tra-tieu-chuan-chinh-tri.guards';
import { RULE } from './tham-tra-tieu-chuan-chinh-tri.rules';
import { TASK_PROCEDURE_ID } from './tham-tra-tieu-chuan-chinh-tri.task.machine';
import { CONCLUSION_LABELS } from './tham-tra-tieu-chuan-chinh-tri.texts';
import type { ContextPs, EventPs } from './tham-tra-tieu-chuan-chinh-tri.types';
import { payloadReader } from '../shared/payload';

export const PS_PROCEDURE_ID = 'tham-tra-tieu-chuan-chinh-tri';

type Args = { context: ContextPs; event: EventPs };

const guard = (name: GuardName) => (args: Args) => guardProblems(name, args.context, args.event).length === 0;

const payloadOf = payloadReader<EventPs>();

// Deadline effects with the bookkeeping that lets a stale DEADLINE_MISSED be told apart (every key is a setting).
const schedule = (key: DeadlineKey, ruleKey: string, startAt: (a: Args) => string) =>
  [
    { type: 'scheduleDeadline', params: (a: Args) => ({ key, ruleKey, startAt: startAt(a) }) },
    { type: 'trackDeadline', params: { key } },
  ] as const;
const met = (key: DeadlineKey, at: (a: Args) => string) =>
  [
    { type: 'markDeadlineMet', params: (a: Args) => ({ key, at: at(a) }) },
    { type: 'closeDeadline', params: { key } },
  ] as const;
const concludedOn = ({ event }: Args) => payloadOf('CONCLUDE', event).concludedOn;

export const psMachineV1 = setup({
  types: {} as { context: ContextPs; events: EventPs; input: ContextPs['request'] },
  guards: {
    backgroundCheckable: guard('backgroundCheckable'),
    taskSendable: guard('taskSendable'),
    taskAnswerKnown: guard('taskAnswerKnown'),
    assessable: guard('assessable'),
    conclusionAllowed: guard('conclusionAllowed'),
    higherOpinionRecordable: guard('higherOpinionRecordable'),
    fileable: guard('fileable'),
    withdrawable: guard('withdrawable'),
    currentDeadline: guard('currentDeadline'),
    // Routing only (its transition has an unguarded sibling): the conclusion asks the higher level first.
    asksHigherOpinion: ({ event }) => event.type === 'CONCLUDE' && event.payload.outcome === 'NEEDS_HIGHER_OPINION',
  },
  actions: {
    ...effectActions,
    trackDeadline: assign(({ context }, params: { key: DeadlineKey }) => ({
      deadlineGenerations: scheduledOnceMore(context.deadlineGenerations, params.key),
      openDeadlines: [...(context.openDeadlines ?? []).filter((k) => k !== params.key), params.key],
    })),
    closeDeadline: assign({ openDeadlines: ({ context }, params: { key: DeadlineKey }) => (context.openDeadlines ?? []).filter((k) => k !== params.key) }),
    recordOverdue: assign({
      overdue: ({ context, event }) => (event.type === 'DEADLINE_MISSED' ? { ...context.overdue, [event.payload.key]: true } : context.overdue),
    }),
    recordBackgroundCheck: assign({ backgroundCheck: ({ event }) => ({ ...payloadOf('CHECK_BACKGROUND', event), checkedBy: event.actorId }) }),
    recordTask: assign({
      tasks: ({ context, event }) => {
        const p = payloadOf('SEND_TASK', event);
        return [
          ...(context.tasks ?? []),
          {
            taskKey: p.taskKey, personKey: p.personKey, unitId: p.unitId, unitName: p.unitName, place: p.place, requestedOn: p.requestedOn,
            ...(p.documentRef ? { documentRef: p.documentRef } : {}), sentBy: event.actorId, status: 'SENT' as const,
          },
        ];
      },
    }),
    // The task as its child case stands (linkedCases fact), not as its report says.
    recordTaskAnswer: assign({
      tasks: ({ context, event }) => {
        const a = answeredTask(context, event);
        if (!a) return context.tasks;
        return (context.tasks ?? []).map((t) =>
          t.taskKey !== a.task.taskKey
            ? t
            : a.outcome === 'NOT_IN_AREA'
              ? { ...t, status: 'NOT_IN_AREA' as const, answeredOn: a.answeredOn, childCaseId: a.childCaseId }
              : { ...t, status: 'ANSWERED' as const, finding: a.outcome as NonNullable<typeof t.finding>, answeredOn: a.answeredOn, childCaseId: a.childCaseId },
        );
      },
    }),
    recordAssessment: assign({ assessment: ({ event }) => ({ ...payloadOf('ASSESS', event), assessedBy: event.actorId }) }),
    recordConclusion: assign(({ context, event }) => {
      const p = payloadOf('CONCLUDE', event);
      const conclusions = [...(context.conclusions ?? []), { ...p, concludingBody: { ...p.concludingBody }, concludedBy: event.actorId }];
      return p.outcome === 'NEEDS_HIGHER_OPINION' ? { conclusions } : { conclusions, outcome: p.outcome };
    }),
    recordHigherOpinion: assign({ higherOpinion: ({ event }) => ({ ...payloadOf('RECORD_HIGHER_OPINION', event), recordedBy: event.actorId }) }),
    recordFiling: assign({ filed: ({ event }) => payloadOf('FILE', event) }),
    recordWithdrawal: assign({ withdrawal: ({ event }) => payloadOf('WITHDRAW', event), outcome: 'WITHDRAWN' as const }),
    // Each task goes to the committee of the place as a case of its own: it sees this person and this place only.
    openTask: enqueueEffects(({ context, event, enqueue }) => {
      const p = payloadOf('SEND_TASK', event);
      const relative = context.request.relatives.find((r) => r.key === p.personKey);
      enqueue({
        type: 'openChildCase',
        params: {
          procedureId: TASK_PROCEDURE_ID,
          link: 'VERIFICATION_TASK',
          unitId: p.unitId,
          input: {
            taskKey: p.taskKey, personKey: p.personKey, fullName: relative?.fullName ?? context.request.fullName, relation: relative?.relation ?? 'SELF',
            ...(relative?.birthYear ? { birthYear: relative.birthYear } : {}), place: p.place, placeDetail: p.placeDetail, content: p.content,
            requestingUnit: context.request.requestedBy.name, requestedOn: p.requestedOn, ...(p.documentRef ? { documentRef: p.documentRef } : {}),
          },
        },
      });
    }),
    // A final conclusion is the case's outcome: the case it serves reads it (and only it), the named officers are told.
    reportConclusion: enqueueEffects(({ context, event, enqueue }) => {
      const p = payloadOf('CONCLUDE', event);
      enqueue({ type: 'reportToParent', params: { outcome: p.outcome, summary: `${CONCLUSION_LABELS[p.outcome]} (kết luận ${p.documentRef} ngày ${p.concludedOn}).` } });
      enqueue({ type: 'notify', params: { template: 'tham-tra.concluded', audiences: ['UNIT'], summary: `${CONCLUSION_LABELS[p.outcome]}: ${context.request.fullName}.` } });
    }),
    // Withdrawn: the case it serves may ask again; the deadlines still open close.
    closeWithdrawn: enqueueEffects(({ context, event, enqueue }) => {
      for (const key of context.openDeadlines ?? []) enqueue({ type: 'cancelDeadline', params: { key, at: event.occurredAt } });
      enqueue(assign({ openDeadlines: [] }) as never);
      enqueue({ type: 'reportToParent', params: { outcome: 'WITHDRAWN' } });
    }),
  },
}).createMachine({
  id: PS_PROCEDURE_ID,
  version: '1',
  initial: 'received',
  context: ({ input }) => ({ request: input }),
  on: {
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // (1) The request of the unit that needs the conclusion; (2) the self-declared background is checked and stamped first.
    received: {
      entry: schedule('BACKGROUND_CHECK', RULE.BACKGROUND_CHECK, ({ context }) => context.request.receivedOn),
      on: {
        CHECK_BACKGROUND: {
          guard: 'backgroundCheckable',
          target: 'verifying',
          actions: ['recordBackgroundCheck', ...met('BACKGROUND_CHECK', ({ event }) => payloadOf('CHECK_BACKGROUND', event).checkedOn)],
        },
        WITHDRAW: { guard: 'withdrawable', target: 'withdrawn', actions: ['recordWithdrawal', 'closeWithdrawn'] },
      },
    },
    // (3)–(4) Tasks to the committees of residence and work of the person and each relative; each answers in its own case.
    verifying: {
      on: {
        SEND_TASK: { guard: 'taskSendable', actions: ['recordTask', 'openTask'] },
        CHILD_CONCLUDED: { guard: 'taskAnswerKnown', actions: 'recordTaskAnswer' },
        ASSESS: {
          guard: 'assessable',
          target: 'assessed',
          actions: ['recordAssessment', ...schedule('CONCLUSION', RULE.CONCLUSION, ({ event }) => payloadOf('ASSESS', event).assessedOn)],
        },
        WITHDRAW: { guard: 'withdrawable', target: 'withdrawn', actions: ['recordWithdrawal', 'closeWithdrawn'] },
      },
    },
    // (5) Assessed against Quy định 58-QĐ/TW; (6) the competent body concludes, or first asks the higher level.
    assessed: {
      on: {
        CONCLUDE: [
          {
            guard: and(['conclusionAllowed', 'asksHigherOpinion']),
            target: 'awaitingHigherOpinion',
            actions: [
              'recordConclusion',
              ...met('CONCLUSION', concludedOn),
              ...schedule('HIGHER_OPINION', RULE.HIGHER_OPINION, concludedOn),
              { type: 'notify', params: { template: 'tham-tra.higher-opinion', audiences: ['UPPER_COMMITTEE'] } },
            ],
          },
          { guard: 'conclusionAllowed', target: 'concluded', actions: ['recordConclusion', ...met('CONCLUSION', concludedOn), 'reportConclusion'] },
        ],
        WITHDRAW: { guard: 'withdrawable', target: 'withdrawn', actions: ['recordWithdrawal', 'closeWithdrawn'] },
      },
    },
    awaitingHigherOpinion: {
      on: {
        RECORD_HIGHER_OPINION: {
          guard: 'higherOpinionRecordable',
          target: 'higherOpinionReceived',
          actions: [
            'recordHigherOpinion',
            ...met('HIGHER_OPINION', ({ event }) => payloadOf('RECORD_HIGHER_OPINION', event).receivedOn),
            ...schedule('CONCLUSION', RULE.CONCLUSION, ({ event }) => payloadOf('RECORD_HIGHER_OPINION', event).receivedOn),
          ],
        },
        WITHDRAW: { guard: 'withdrawable', target: 'withdrawn', actions: ['recordWithdrawal', 'closeWithdrawn'] },
      },
    },
    // With the higher level's opinion on file the competent body concludes MEETS or DOES_NOT_MEET.
    higherOpinionReceived: {
      on: {
        CONCLUDE: { guard: 'conclusionAllowed', target: 'concluded', actions: ['recordConclusion', ...met('CONCLUSION', concludedOn), 'reportConclusion'] },
        WITHDRAW: { guard: 'withdrawable', target: 'withdrawn', actions: ['recordWithdrawal', 'closeWithdrawn'] },
      },
    },
    // (7) Concluded; the file is archived as a restricted (classified) record.
    concluded: {
      on: { FILE: { guard: 'fileable', target: 'filed', actions: 'recordFiling' } },
    },
    filed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

