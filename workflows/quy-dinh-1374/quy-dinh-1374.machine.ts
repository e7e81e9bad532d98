// Procedure A: handling reflected information about degradation and violations (Quy định 1374-QĐ/TU, Thành ủy TP.HCM, 01/12/2017).
// Legal basis and confidence per step: docs/domain/procedures.md §4 (states S0–S13, deadlines A-D1…A-D5); sources, the
// sources 1–3 clock and the clear-violation maximum are rule rows (../shared/domain/changes-2026.md §3.5, K25).
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { and, assign, enqueueActions, setup } from 'xstate';
import type { ChildConcludedPayload } from '../shared/child-case';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { OpenChildCaseParams } from '../shared/effects';
import type {
  ReferDisciplinePayload, AssignToUnitPayload, ClassifyPayload, ConcludePayload, DirectPayload, ForwardPayload, NotifyPayload, ProposeMethodPayload,
  DeadlineMissedPayload, ReasonPayload, RecordExplanationPayload, Register1374Input, ReturnToTaskForcePayload,
} from './quy-dinh-1374.events';
import type { MachineEvent } from '../shared/procedure';

export type Outcome = 'NO_BASIS' | 'FORWARDED' | 'MOVED_TO_INSPECTION' | 'RESOLVED' | 'DISCIPLINE_REFERRED';

export interface Context1374 {
  registration: Register1374Input;
  classification?: ClassifyPayload;
  explanation?: RecordExplanationPayload;
  proposal?: ProposeMethodPayload;
  direction?: DirectPayload;
  assignment?: AssignToUnitPayload;
  forwarding?: ForwardPayload;
  handlingReport?: ReturnToTaskForcePayload['handlingReport'];
  inspectionReason?: string;
  conclusion?: ConcludePayload;
  noBasisReason?: string;
  outcome?: Outcome;
  /** Version 2: what the inspection and the discipline cases this case opened concluded. */
  inspectionResult?: ChildConcludedPayload;
  disciplineResult?: ChildConcludedPayload;
  /** How many times each deadline key was scheduled: equals the deadline row's generation. */
  deadlineGenerations?: Record<string, number>;
  /** Deadlines whose current generation was missed. */
  overdue?: Record<string, boolean>;
}

// The machine's view of an event of type T with payload P (the engine's MachineEvent).
type E<T extends string, P> = MachineEvent<T, P>;
export type Event1374 =
  | E<'START_SCREENING', Record<string, never>>
  | E<'CLASSIFY', ClassifyPayload>
  | E<'CLOSE_NO_BASIS', ReasonPayload>
  | E<'REQUEST_EXPLANATION', Record<string, never>>
  | E<'RECORD_EXPLANATION', RecordExplanationPayload>
  | E<'PROPOSE_METHOD', ProposeMethodPayload>
  | E<'DIRECT', DirectPayload>
  | E<'ASSIGN_TO_UNIT', AssignToUnitPayload>
  | E<'FORWARD', ForwardPayload>
  | E<'MOVE_TO_INSPECTION', ReasonPayload>
  | E<'RETURN_TO_TASK_FORCE', ReturnToTaskForcePayload>
  | E<'START_VERIFICATION', Record<string, never>>
  | E<'CONCLUDE', ConcludePayload>
  | E<'REFER_DISCIPLINE', ReasonPayload & Partial<ReferDisciplinePayload>>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'NOTIFY', NotifyPayload>
  | E<'ARCHIVE', Record<string, never>>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>
  | E<'EXTEND_FRONT_RESULT', ReasonPayload>;

// NOTIFY tells the audiences the office chose, with its summary of the result.
const notifyParams =
  (template: string) =>
  ({ event }: { event: Event1374 }) => ({
    template,
    audiences: event.type === 'NOTIFY' ? event.payload.audiences : [],
    summary: event.type === 'NOTIFY' ? event.payload.summary : undefined,
  });

const managedAbove = (c: Context1374) => c.classification?.subject?.managedBy === 'HIGHER_COMMITTEE';

export const SOURCES_RULE = 'A.SOURCES';
/** A.SOURCES in force: the sources Quy định 1374 handles (null without a row). */
export function sourcesInForce(e: { facts?: { ruleValues?: Readonly<Record<string, { data?: unknown } | null>> } }): readonly string[] | null {
  const items = (e.facts?.ruleValues?.[SOURCES_RULE]?.data as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) && items.every((i) => typeof i === 'string') ? (items as string[]) : null;
}
/** Sources 1–3 have their own handling clock (A.OTHER_SOURCES_HANDLING, no value found); the press has its chain. */
const hasHandlingClock = (c: Context1374) => c.registration.source !== 'PRESS';
// The outcome closes the handling clock and the clear-violation maximum, where they were scheduled.
const OUTCOME_DEADLINES = ['handling', 'clearViolation'] as const;

// Version 2 opens the inspection and the discipline as linked cases (docs/domain/procedures.md §6, §7) and waits for them.
const openInspection = {
  type: 'openChildCase',
  params: ({ context, event }: AnyEvent & { context: Context1374 }): OpenChildCaseParams => ({
    procedureId: 'kiem-tra-dau-hieu-vi-pham',
    link: 'INSPECTION',
    input: {
      title: `Kiểm tra khi có dấu hiệu vi phạm: ${context.registration.title}`.slice(0, 300),
      subject: { kind: context.classification!.subject.kind, name: context.classification!.subject.name, isParty: context.classification!.subject.isParty },
      initiatingBody: { kind: 'INSPECTION_COMMISSION' },
      reason: event.type === 'MOVE_TO_INSPECTION' ? event.payload.reason : '',
      summary: context.registration.summary,
      evidenceRefs: context.handlingReport?.documentRef ? [context.handlingReport.documentRef] : [],
      source: { procedureId: 'quy-dinh-1374' },
      proposedAt: event.occurredAt,
    },
  }),
} as const;

const openDiscipline = {
  type: 'openChildCase',
  params: ({ context, event }: AnyEvent & { context: Context1374 }): OpenChildCaseParams => {
    const p = event.type === 'REFER_DISCIPLINE' ? event.payload : undefined;
    return {
      procedureId: 'ky-luat',
      link: 'DISCIPLINE',
      input: {
        subject: { kind: p?.subjectKind, name: context.classification!.subject.name },
        violation: p?.violation,
        evidenceRefs: context.handlingReport?.documentRef ? [context.handlingReport.documentRef] : [],
        source: { procedureId: 'quy-dinh-1374' },
        ...(p?.taskAssignedByUpper !== undefined ? { taskAssignedByUpper: p.taskAssignedByUpper } : {}),
        concludedAt: event.occurredAt.slice(0, 10),
      },
    };
  },
} as const;

const childConcluded = (link: 'INSPECTION' | 'DISCIPLINE', target: string, action: 'recordInspectionResult' | 'recordDisciplineResult') =>
  ({ CHILD_CONCLUDED: { guard: { type: 'childLink', params: { link } }, target, actions: action } }) as const;

// The decisions open after screening (S1) and after the standing committee's direction (S4).
const decisionsFor = (linked: boolean) => ({
  ASSIGN_TO_UNIT: {
    guard: 'subjectManagedHere',
    target: '#quy-dinh-1374.assignedToUnit',
    actions: ['recordAssignment', { type: 'notify', params: { template: '1374.assigned', audiences: ['UNIT'] } }],
  },
  FORWARD: {
    guard: and(['forwardTargetAllowed', 'handledBeforeForwardingUp']),
    target: '#quy-dinh-1374.forwarded',
    actions: ['recordForwarding', 'outcomeReached'],
  },
  MOVE_TO_INSPECTION: {
    guard: 'partySubjectManagedHere',
    target: '#quy-dinh-1374.inspectionHandover',
    actions: linked ? (['recordInspection', 'outcomeReached', openInspection] as const) : (['recordInspection', 'outcomeReached'] as const),
  },
}) as const;

type AnyEvent = { event: Event1374 };
const explanationAt = ({ event }: AnyEvent) => (event.type === 'RECORD_EXPLANATION' ? event.payload.receivedAt : event.occurredAt);

// The explanation arrives (on time, or late after the deadline was missed): the office's clock starts (A-D2).
const recordExplanation = {
  target: '#quy-dinh-1374.officeProposal',
  actions: [
    'recordExplanation',
    { type: 'markDeadlineMet', params: (a: AnyEvent) => ({ key: 'explanation', at: explanationAt(a) }) },
    { type: 'scheduleDeadline', params: (a: AnyEvent) => ({ key: 'officeProposal', ruleKey: 'A.OFFICE_PROPOSE', startAt: explanationAt(a) }) },
    { type: 'countSchedule', params: { key: 'officeProposal' } },
  ],
} as const;

// The office proposes the form of consideration: the standing committee's clock starts (A-D3).
const proposeMethod = {
  target: '#quy-dinh-1374.awaitingDirection',
  actions: [
    'recordProposal',
    { type: 'markDeadlineMet', params: ({ event }: AnyEvent) => ({ key: 'officeProposal', at: event.occurredAt }) },
    { type: 'scheduleDeadline', params: ({ event }: AnyEvent) => ({ key: 'direction', ruleKey: 'A.BTV_DIRECT', startAt: event.occurredAt }) },
    { type: 'countSchedule', params: { key: 'direction' } },
  ],
} as const;

// Concluding after the unit's report or after the task force's own verification (S8 → S9).
const conclude = { guard: 'measuresMatchFinding', target: '#quy-dinh-1374.concluded', actions: ['recordConclusion', 'outcomeReached'] } as const;

const notifyResult = (template: string) =>
  ({ NOTIFY: { target: 'notified', actions: [{ type: 'notify', params: notifyParams(template) }, 'frontResultMet'] } }) as const;

/** Version 1 records the move to inspection and the referral to discipline; version 2 opens them as linked cases. */
function build1374(linked: boolean) {
  const decisions = decisionsFor(linked);
  return setup({
  types: {} as { context: Context1374; events: Event1374; input: Register1374Input },
  guards: {
    fromFrontSupervision: ({ context }) => context.registration.frontSupervision === true,
    // The source is one of those the rule in force lists (A.SOURCES, K25).
    sourceListed: ({ context, event }) => sourcesInForce(event)?.includes(context.registration.source) ?? false,
    isPressSource: ({ context }) => context.registration.source === 'PRESS' && !managedAbove(context),
    // The press explanation runs from publication ([S2]); without its date there is no clock to start (no fallback).
    publishedKnown: ({ context }) => typeof context.registration.publishedAt === 'string' && context.registration.publishedAt.length > 0,
    subjectManagedHere: ({ context }) => !managedAbove(context),
    // When a higher committee manages the subject, forwarding up is the only way on (§4.3, competence rule).
    forwardTargetAllowed: ({ context, event }) =>
      !managedAbove(context) || (event.type === 'FORWARD' && event.payload.target === 'HIGHER_COMMITTEE'),
    // A competent unit handles its case; passing it up to the higher committee needs its handling report (§4.1, [S5]).
    handledBeforeForwardingUp: ({ context, event }) =>
      managedAbove(context) || (event.type === 'FORWARD' && (event.payload.target !== 'HIGHER_COMMITTEE' || event.payload.handlingReport != null)),
    partySubjectManagedHere: ({ context }) => !managedAbove(context) && context.classification?.subject?.isParty === true,
    // A competent unit cannot pass its case back to the task force without a handling report (§4.1, [S5]).
    carriesHandlingReport: ({ event }) => event.type === 'RETURN_TO_TASK_FORCE' && event.payload.handlingReport != null,
    measuresMatchFinding: ({ event }) => {
      if (event.type !== 'CONCLUDE') return false;
      const { finding, measures } = event.payload;
      const count = (measures?.party?.length ?? 0) + (measures?.government?.length ?? 0) + (measures?.massOrganisation?.length ?? 0);
      return finding === 'UNFOUNDED' || count > 0;
    },
    // Party discipline applies to party members and party organisations only.
    // A missed-deadline event counts only for the deadline's current generation (a rescheduled one supersedes it).
    // Each state accepts only its own step's deadline.
    currentDeadline: ({ context, event }, params: { key: string }) =>
      event.type === 'DEADLINE_MISSED' && event.payload.key === params.key && isCurrentGeneration(context.deadlineGenerations, event.payload),
    // Used by version 2 only (version 1 never opens a linked case).
    childLink: ({ event }, params: { link: string }) => event.type === 'CHILD_CONCLUDED' && event.payload.link === params.link,
    violationFound: ({ context }) =>
      context.conclusion !== undefined && context.conclusion.finding !== 'UNFOUNDED' && context.classification?.subject?.isParty === true,
  },
  actions: {
    ...effectActions,
    recordAssignment: assign({ assignment: ({ event }) => (event.type === 'ASSIGN_TO_UNIT' ? event.payload : undefined) }),
    recordForwarding: assign({
      forwarding: ({ event }) => (event.type === 'FORWARD' ? event.payload : undefined),
      handlingReport: ({ context, event }) => (event.type === 'FORWARD' && event.payload.handlingReport ? event.payload.handlingReport : context.handlingReport),
      outcome: 'FORWARDED' as const,
    }),
    outcomeReached: enqueueEffects(({ context, event, enqueue }) => {
      for (const key of OUTCOME_DEADLINES) if (context.deadlineGenerations?.[key]) enqueue({ type: 'markDeadlineMet', params: { key, at: event.occurredAt } });
    }),
    countSchedule: assign({
      deadlineGenerations: ({ context }, params: { key: string }) => scheduledOnceMore(context.deadlineGenerations, params.key),
    }),
    recordOverdue: assign({
      overdue: ({ context, event }) => (event.type === 'DEADLINE_MISSED' ? { ...context.overdue, [event.payload.key]: true } : context.overdue),
    }),
    recordExplanation: assign({ explanation: ({ event }) => (event.type === 'RECORD_EXPLANATION' ? event.payload : undefined) }),
    recordProposal: assign({ proposal: ({ event }) => (event.type === 'PROPOSE_METHOD' ? event.payload : undefined) }),
    // The written result (or the no-basis decision) closes the Front's deadline, for Front-supervision cases only.
    frontResultMet: enqueueEffects(({ context, event, enqueue }) => {
      if (context.registration.frontSupervision === true) {
        enqueue({ type: 'markDeadlineMet', params: { key: 'frontResult', at: event.occurredAt } });
      }
    }),
    recordConclusion: assign({
      conclusion: ({ event }) => (event.type === 'CONCLUDE' ? event.payload : undefined),
      outcome: 'RESOLVED' as const,
    }),
    recordInspection: assign({
      inspectionReason: ({ event }) => (event.type === 'MOVE_TO_INSPECTION' ? event.payload.reason : undefined),
      outcome: 'MOVED_TO_INSPECTION' as const,
    }),
    recordInspectionResult: assign({ inspectionResult: ({ event }) => (event.type === 'CHILD_CONCLUDED' ? event.payload : undefined) }),
    recordDisciplineResult: assign({ disciplineResult: ({ event }) => (event.type === 'CHILD_CONCLUDED' ? event.payload : undefined) }),
  },
}).createMachine({
  id: 'quy-dinh-1374',
  version: linked ? '2' : '1',
  initial: 'received',
  context: ({ input }) => ({ registration: input }),
  on: {
    // Complex Front-supervision cases may be extended once, up to 30 working days (the rule row allows +10, once).
    EXTEND_FRONT_RESULT: {
      guard: 'fromFrontSupervision',
      actions: { type: 'extendDeadline', params: ({ event }) => ({ key: 'frontResult', reason: event.type === 'EXTEND_FRONT_RESULT' ? event.payload.reason : '' }) },
    },
    DEADLINE_MISSED: [
      { guard: { type: 'currentDeadline', params: { key: 'frontResult' } }, actions: 'recordOverdue' },
      { guard: { type: 'currentDeadline', params: { key: 'handling' } }, actions: 'recordOverdue' },
      { guard: { type: 'currentDeadline', params: { key: 'clearViolation' } }, actions: 'recordOverdue' },
    ],
  },
  states: {
    received: {
      // The Front's clock and, for sources 1–3, the handling clock (A.OTHER_SOURCES_HANDLING: no value found, a
      // committee sets one) start at receipt.
      entry: enqueueActions(({ context, enqueue }) => {
        const startAt = context.registration.receivedAt;
        if (hasHandlingClock(context)) {
          enqueue({ type: 'scheduleDeadline', params: { key: 'handling', ruleKey: 'A.OTHER_SOURCES_HANDLING', startAt } });
          enqueue({ type: 'countSchedule', params: { key: 'handling' } });
        }
        if (context.registration.frontSupervision !== true) return;
        enqueue({ type: 'scheduleDeadline', params: { key: 'frontResult', ruleKey: 'A.FRONT_SUPERVISION_RESULT', startAt } });
        enqueue({ type: 'countSchedule', params: { key: 'frontResult' } });
      }),
      on: { START_SCREENING: { guard: 'sourceListed', target: 'screening' } },
    },
    screening: {
      initial: 'unclassified',
      states: {
        unclassified: {
          on: { CLASSIFY: { target: 'classified', actions: assign({ classification: ({ event }) => event.payload }) } },
        },
        classified: {
          on: {
            // Re-classifying corrects the record before a decision is taken.
            CLASSIFY: { target: 'classified', actions: assign({ classification: ({ event }) => event.payload }) },
            CLOSE_NO_BASIS: {
              guard: 'subjectManagedHere',
              target: '#quy-dinh-1374.closedNoBasis',
              actions: [assign({ noBasisReason: ({ event }) => event.payload.reason, outcome: 'NO_BASIS' as const }), 'frontResultMet', 'outcomeReached'],
            },
            REQUEST_EXPLANATION: {
              guard: and(['isPressSource', 'publishedKnown']),
              target: '#quy-dinh-1374.explanationRequested',
              actions: [
                {
                  type: 'scheduleDeadline',
                  params: ({ context }) => ({ key: 'explanation', ruleKey: 'A.PRESS_EXPLAIN', startAt: context.registration.publishedAt! }),
                },
                { type: 'countSchedule', params: { key: 'explanation' } },
              ],
            },
            ...decisions,
          },
        },
      },
    },
    explanationRequested: {
      on: {
        RECORD_EXPLANATION: recordExplanation,
        // The head of unit did not explain in time: the case moves on to "overdue"; a late explanation is still taken.
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'explanation' } }, target: 'explanationOverdue', actions: 'recordOverdue' },
      },
    },
    explanationOverdue: {
      on: {
        RECORD_EXPLANATION: recordExplanation,
        // The office may also propose without the explanation.
        PROPOSE_METHOD: proposeMethod,
      },
    },
    officeProposal: {
      on: {
        PROPOSE_METHOD: proposeMethod,
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'officeProposal' } }, actions: 'recordOverdue' },
      },
    },
    awaitingDirection: {
      on: {
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'direction' } }, actions: 'recordOverdue' },
        DIRECT: {
          target: 'directed',
          actions: [
            assign({ direction: ({ event }) => event.payload }),
            { type: 'markDeadlineMet', params: ({ event }) => ({ key: 'direction', at: event.occurredAt }) },
            // A clear violation: the standing committee's maximum (A.CLEAR_VIOLATION_MAX) runs from its direction
            // (the start is inferred: the source's sentence is cut, changes-2026.md §3.5).
            enqueueActions(({ event, enqueue }) => {
              if (event.type !== 'DIRECT' || event.payload.clearViolation !== true) return;
              enqueue({ type: 'scheduleDeadline', params: { key: 'clearViolation', ruleKey: 'A.CLEAR_VIOLATION_MAX', startAt: event.occurredAt } });
              enqueue({ type: 'countSchedule', params: { key: 'clearViolation' } });
            }),
          ],
        },
      },
    },
    directed: {
      on: {
        ...decisions,
        START_VERIFICATION: { guard: 'subjectManagedHere', target: 'verifying' },
      },
    },
    assignedToUnit: {
      initial: 'awaitingReport',
      states: {
        awaitingReport: {
          on: {
            RETURN_TO_TASK_FORCE: {
              guard: 'carriesHandlingReport',
              target: 'reviewingReport',
              actions: assign({ handlingReport: ({ event }) => event.payload.handlingReport }),
            },
          },
        },
        reviewingReport: {
          on: {
            START_VERIFICATION: { target: '#quy-dinh-1374.verifying' },
            MOVE_TO_INSPECTION: decisions.MOVE_TO_INSPECTION,
            CONCLUDE: conclude,
          },
        },
      },
    },
    verifying: {
      on: {
        MOVE_TO_INSPECTION: decisions.MOVE_TO_INSPECTION,
        CONCLUDE: conclude,
      },
    },
    concluded: {
      on: {
        REFER_DISCIPLINE: {
          guard: 'violationFound',
          target: 'disciplineReferred',
          actions: linked ? [assign({ outcome: 'DISCIPLINE_REFERRED' as const }), openDiscipline] : assign({ outcome: 'DISCIPLINE_REFERRED' as const }),
        },
        ...notifyResult('1374.result'),
      },
    },
    // Version 2 waits for the linked case to conclude before notifying the result.
    disciplineReferred: { on: linked ? childConcluded('DISCIPLINE', 'disciplineConcluded', 'recordDisciplineResult') : notifyResult('1374.result') },
    forwarded: { on: notifyResult('1374.forwarded') },
    inspectionHandover: { on: linked ? childConcluded('INSPECTION', 'inspectionConcluded', 'recordInspectionResult') : notifyResult('1374.inspection') },
    ...(linked
      ? { inspectionConcluded: { on: notifyResult('1374.inspection') }, disciplineConcluded: { on: notifyResult('1374.result') } }
      : {}),
    notified: {
      on: { ARCHIVE: { target: 'archived' } },
    },
    archived: { type: 'final' },
    closedNoBasis: { type: 'final' },
  },
});
}

export const quyDinh1374MachineV1 = build1374(false);
export const quyDinh1374MachineV2 = build1374(true);
