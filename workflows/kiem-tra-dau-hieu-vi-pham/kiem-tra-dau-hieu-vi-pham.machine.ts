// Procedure B2: inspection of a party organisation or member when there are signs of violation (kiểm tra khi có dấu hiệu vi phạm).
// Legal basis: Điều lệ Đảng Art. 32; Quy định 296-QĐ/TW (2025) Art. 5 and its guidance Hướng dẫn 08-HD/TW; UBKT procedure templates —
// docs/domain/procedures.md §6 (K0–K9). No deadline was found (Q2): the B2.* rows are NULL and scheduled so a committee can set them.
import { assign, setup } from 'xstate';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { vietnamDate } from '@hoso/kernel/legal-time';
import type { ChildConcludedPayload } from '../shared/child-case';
import { effectActions } from '../shared/effect-actions';
import type {
  AnnouncePayload, ConcludeInspectionPayload, DeadlineMissedPayload, DecidePayload, DisciplineSubjectKind, DraftReportPayload, InspectionInput,
  NotifyInspectionPayload, RecordExplanationPayload, RecordVerificationPayload, ReferInspectionPayload, ReturnDraftPayload,
} from './kiem-tra-dau-hieu-vi-pham.events';
import type { MachineEvent } from '../shared/procedure';

export const INSPECTION_PROCEDURE_ID = 'kiem-tra-dau-hieu-vi-pham';
export const DISCIPLINE_PROCEDURE_ID = 'ky-luat';

export interface ContextKtdhvp {
  registration: InspectionInput;
  decision?: DecidePayload & { decidedAt: string };
  announcement?: AnnouncePayload;
  explanation?: RecordExplanationPayload;
  verifications?: (RecordVerificationPayload & { at: string })[];
  draftReport?: DraftReportPayload;
  /** Times the draft went back to verification. */
  draftsReturned?: number;
  conclusion?: ConcludeInspectionPayload & { concludedAt: string };
  referral?: { subjectKind: DisciplineSubjectKind; referredAt: string };
  disciplineResult?: Pick<ChildConcludedPayload, 'childCaseId' | 'outcome' | 'summary'>;
  /** How many times each deadline key was scheduled (= its generation), and which current ones were missed. */
  deadlineGenerations?: Record<string, number>;
  overdue?: Record<string, boolean>;
}

// The machine's view of an event of type T with payload P (the engine's MachineEvent).
type E<T extends string, P> = MachineEvent<T, P>;
export type EventKtdhvp =
  | E<'DECIDE', DecidePayload>
  | E<'ANNOUNCE', AnnouncePayload>
  | E<'RECORD_EXPLANATION', RecordExplanationPayload>
  | E<'START_VERIFICATION', Record<string, never>>
  | E<'RECORD_VERIFICATION', RecordVerificationPayload>
  | E<'SUBMIT_DRAFT_REPORT', DraftReportPayload>
  | E<'RETURN_TO_VERIFICATION', ReturnDraftPayload>
  | E<'CONCLUDE', ConcludeInspectionPayload>
  | E<'REFER_TO_DISCIPLINE', ReferInspectionPayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'NOTIFY', NotifyInspectionPayload>
  | E<'ARCHIVE', Record<string, never>>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;

/** The deadlines of an inspection and their rule rows (no value found: a committee sets the due date by hand). */
export const INSPECTION_DEADLINES = {
  inspection: 'B2.INSPECTION',
  explanation: 'B2.SUBJECT_EXPLANATION',
} as const;

/** The discipline procedure's subject kind, or undefined when the registration and the referral do not settle it. */
export function disciplineSubjectKind(registration: InspectionInput, given: DisciplineSubjectKind | undefined): DisciplineSubjectKind | undefined {
  const kind = registration.subject.kind;
  if (kind === 'PERSON') return given === 'FULL_MEMBER' || given === 'PROBATIONARY_MEMBER' ? given : undefined;
  return given === undefined || given === kind ? kind : undefined;
}

// Every document reference on the case, for the discipline body (registration first, then in the order recorded).
function evidenceOf(c: ContextKtdhvp, extra: readonly string[] = []): string[] {
  const refs = [
    ...(c.registration.evidenceRefs ?? []),
    c.decision?.decisionRef,
    c.explanation?.documentRef,
    ...(c.verifications ?? []).map((v) => v.documentRef),
    c.draftReport?.documentRef,
    c.conclusion?.conclusionRef,
    ...extra,
  ];
  return [...new Set(refs.filter((r): r is string => typeof r === 'string' && r.length > 0))];
}

/** Input of the discipline case (ky-luat): exactly the fields its input class expects, nothing more. */
function disciplineInput(c: ContextKtdhvp, p: ReferInspectionPayload): Record<string, unknown> {
  const { name, userId } = c.registration.subject;
  const { summary, occurredFrom, occurredUntil, continuing } = p.violation;
  return {
    subject: { kind: disciplineSubjectKind(c.registration, p.subjectKind), name, ...(userId ? { userId } : {}) },
    violation: { summary, occurredFrom, ...(occurredUntil ? { occurredUntil } : {}), continuing },
    evidenceRefs: evidenceOf(c, p.evidenceRefs),
    source: { procedureId: INSPECTION_PROCEDURE_ID },
    // This conclusion is the one "to disciplinary level": the discipline's limitation runs until its date.
    ...(c.conclusion ? { concludedAt: vietnamDate(c.conclusion.concludedAt) } : {}),
  };
}

type AnyEvent = { event: EventKtdhvp };
const startVerification = { target: '#kiem-tra-dau-hieu-vi-pham.verifying' } as const;
const schedule = (key: keyof typeof INSPECTION_DEADLINES, startAt: (a: AnyEvent) => string) => [
  { type: 'scheduleDeadline', params: (a: AnyEvent) => ({ key, ruleKey: INSPECTION_DEADLINES[key], startAt: startAt(a) }) },
  { type: 'countSchedule', params: { key } },
] as const;
// The subject's explanation arrives: its deadline is met on the day it was received.
const explanationMet = {
  type: 'markDeadlineMet',
  params: ({ event }: AnyEvent) => ({ key: 'explanation', at: event.type === 'RECORD_EXPLANATION' ? event.payload.receivedAt : event.occurredAt }),
} as const;

export const ktdhvpMachineV1 = setup({
  types: {} as { context: ContextKtdhvp; events: EventKtdhvp; input: InspectionInput },
  guards: {
    // Party discipline applies to party members and party organisations only.
    disciplineOnlyForPartySubject: ({ context, event }) =>
      event.type === 'CONCLUDE' && (event.payload.outcome !== 'VIOLATION_DISCIPLINE' || context.registration.subject.isParty),
    // Routes a fresh conclusion (never refuses anything: the `always` transition has an unguarded fallback).
    concludedWithDiscipline: ({ context }) => context.conclusion?.outcome === 'VIOLATION_DISCIPLINE',
    disciplineSubjectKnown: ({ context, event }) =>
      event.type === 'REFER_TO_DISCIPLINE' && disciplineSubjectKind(context.registration, event.payload.subjectKind) !== undefined,
    // Only the discipline case this inspection opened moves it on; another linked case's report is refused.
    fromDisciplineCase: ({ event }) =>
      event.type === 'CHILD_CONCLUDED' && event.payload.link === 'DISCIPLINE' && event.payload.procedureId === DISCIPLINE_PROCEDURE_ID,
    // A missed-deadline event counts only for the deadline's current generation (a rescheduled one supersedes it).
    currentDeadline: ({ context, event }) => event.type === 'DEADLINE_MISSED' && isCurrentGeneration(context.deadlineGenerations, event.payload),
  },
  actions: {
    ...effectActions,
    countSchedule: assign({
      deadlineGenerations: ({ context }, params: { key: string }) => scheduledOnceMore(context.deadlineGenerations, params.key),
    }),
    recordOverdue: assign({
      overdue: ({ context, event }) => (event.type === 'DEADLINE_MISSED' ? { ...context.overdue, [event.payload.key]: true } : context.overdue),
    }),
    recordDecision: assign({
      decision: ({ event }) => (event.type === 'DECIDE' ? { ...event.payload, decidedAt: event.occurredAt } : undefined),
    }),
    recordAnnouncement: assign({ announcement: ({ event }) => (event.type === 'ANNOUNCE' ? event.payload : undefined) }),
    recordExplanation: assign({ explanation: ({ event }) => (event.type === 'RECORD_EXPLANATION' ? event.payload : undefined) }),
    recordVerification: assign({
      verifications: ({ context, event }) =>
        event.type === 'RECORD_VERIFICATION' ? [...(context.verifications ?? []), { ...event.payload, at: event.occurredAt }] : context.verifications,
    }),
    recordDraft: assign({ draftReport: ({ event }) => (event.type === 'SUBMIT_DRAFT_REPORT' ? event.payload : undefined) }),
    countReturn: assign({ draftsReturned: ({ context }) => (context.draftsReturned ?? 0) + 1 }),
    recordConclusion: assign({
      conclusion: ({ event }) => (event.type === 'CONCLUDE' ? { ...event.payload, concludedAt: event.occurredAt } : undefined),
    }),
    recordReferral: assign({
      referral: ({ context, event }) =>
        event.type === 'REFER_TO_DISCIPLINE'
          ? { subjectKind: disciplineSubjectKind(context.registration, event.payload.subjectKind) as DisciplineSubjectKind, referredAt: event.occurredAt }
          : undefined,
    }),
    recordDisciplineResult: assign({
      disciplineResult: ({ event }) =>
        event.type === 'CHILD_CONCLUDED'
          ? { childCaseId: event.payload.childCaseId, outcome: event.payload.outcome, summary: event.payload.summary }
          : undefined,
    }),
  },
}).createMachine({
  id: 'kiem-tra-dau-hieu-vi-pham',
  version: '1',
  initial: 'proposed',
  context: ({ input }) => ({ registration: input }),
  on: {
    // A deadline a committee set by hand and missed is recorded wherever the case is.
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // K0: the officer in charge proposed (subject, content, plan, team); the inspecting body decides, and the
    // inspection's time (B2.INSPECTION, not found) runs from the decision.
    proposed: {
      on: { DECIDE: { target: 'decided', actions: ['recordDecision', ...schedule('inspection', ({ event }) => event.occurredAt)] } },
    },
    // K1: decision and plan issued.
    decided: {
      on: {
        ANNOUNCE: {
          target: 'announced',
          // The subject's explanation (B2.SUBJECT_EXPLANATION, not found) runs from the announcement.
          actions: ['recordAnnouncement', ...schedule('explanation', ({ event }) => (event.type === 'ANNOUNCE' ? event.payload.announcedAt : event.occurredAt))],
        },
      },
    },
    // K2: announced to the subject and its managing organisation; the subject prepares a written explanation.
    announced: {
      on: {
        RECORD_EXPLANATION: { target: 'explanationReceived', actions: ['recordExplanation', explanationMet] },
        // A subject who gives no explanation does not stop the inspection: the explanation's deadline is moot.
        START_VERIFICATION: {
          ...startVerification,
          actions: { type: 'cancelDeadline', params: ({ event }: AnyEvent) => ({ key: 'explanation', at: event.occurredAt }) },
        },
      },
    },
    // K3
    explanationReceived: { on: { START_VERIFICATION: startVerification } },
    // K4: documents, evidence, work with people.
    verifying: {
      on: {
        RECORD_VERIFICATION: { actions: 'recordVerification' },
        SUBMIT_DRAFT_REPORT: { target: 'draftReport', actions: 'recordDraft' },
      },
    },
    // K5: the team's draft report, discussed with the subject; the body concludes or sends it back.
    draftReport: {
      on: {
        RETURN_TO_VERIFICATION: { target: 'verifying', actions: 'countReturn' },
        CONCLUDE: {
          guard: 'disciplineOnlyForPartySubject',
          target: 'concluded',
          // A parent (1374, a denunciation) learns the outcome now; the engine ignores this for a case without one.
          actions: [
            'recordConclusion',
            { type: 'markDeadlineMet', params: ({ event }: AnyEvent) => ({ key: 'inspection', at: event.occurredAt }) },
            {
              type: 'reportToParent',
              params: ({ event }: AnyEvent) => ({
                outcome: event.type === 'CONCLUDE' ? event.payload.outcome : '',
                summary: event.type === 'CONCLUDE' ? event.payload.summary : undefined,
              }),
            },
          ],
        },
      },
    },
    // K6: with a violation to disciplinary level the case must go on to discipline before the conclusion is notified.
    concluded: {
      initial: 'routing',
      states: {
        routing: {
          always: [{ guard: 'concludedWithDiscipline', target: 'disciplineRequired' }, { target: 'noDiscipline' }],
        },
        noDiscipline: { on: { NOTIFY: { target: '#kiem-tra-dau-hieu-vi-pham.notified', actions: { type: 'notify', params: notifyParams } } } },
        disciplineRequired: {
          on: {
            REFER_TO_DISCIPLINE: {
              guard: 'disciplineSubjectKnown',
              target: '#kiem-tra-dau-hieu-vi-pham.disciplineReferred',
              actions: [
                'recordReferral',
                {
                  type: 'openChildCase',
                  params: ({ context, event }) => ({
                    procedureId: DISCIPLINE_PROCEDURE_ID,
                    link: 'DISCIPLINE' as const,
                    input: event.type === 'REFER_TO_DISCIPLINE' ? disciplineInput(context, event.payload) : {},
                  }),
                },
              ],
            },
          },
        },
      },
    },
    // K7: waits for the discipline case to conclude.
    disciplineReferred: {
      initial: 'awaitingDecision',
      states: {
        awaitingDecision: {
          on: { CHILD_CONCLUDED: { guard: 'fromDisciplineCase', target: 'decided', actions: 'recordDisciplineResult' } },
        },
        decided: { on: { NOTIFY: { target: '#kiem-tra-dau-hieu-vi-pham.notified', actions: { type: 'notify', params: notifyParams } } } },
      },
    },
    // K8
    notified: { on: { ARCHIVE: { target: 'archived' } } },
    // K9
    archived: { type: 'final' },
  },
});

function notifyParams({ event }: AnyEvent) {
  return {
    template: 'ktdhvp.conclusion',
    audiences: event.type === 'NOTIFY' ? event.payload.audiences : [],
    summary: event.type === 'NOTIFY' ? event.payload.summary : undefined,
  };
}
