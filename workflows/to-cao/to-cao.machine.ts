// Procedure B1: handling a denunciation against a party organisation or party member (giải quyết tố cáo).
// Legal basis: Quy định 296-QĐ/TW (2025) and its guidance Hướng dẫn 08-HD/TW, Quy định 164-QĐ/TW (2024) — docs/domain/procedures.md §5
// (D0–D14, deadlines §5.2); deadlines, grounds and the congress window are rule rows (../shared/domain/changes-2026.md §3.6, K23–K24).
import { vietnamDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { and, assign, enqueueActions, setup } from 'xstate';
import { INSPECTION_PROCEDURE_ID } from '../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.machine';
import type { ChildConcludedPayload } from '../shared/child-case';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { NotifyParams, ScheduleDeadlineParams } from '../shared/effects';
import { centralClockStart, clockStartsAtAcceptance, congressWindowKey, handlingGrounds, handlingRuleKey } from './to-cao.rules';
import {
  INFORMATION_REASONS,
  type AcceptPayload, type AdmissibilityReason, type ConcludePayload, type DeadlineMissedPayload, type DeferCongressPayload,
  type DraftConclusionPayload, type ExtendPayload, type NotAcceptPayload, type NotifyResultPayload, type OpenInspectionPayload,
  type ReasonPayload, type RecordVerificationPayload, type ReferDisciplinePayload, type RegisterToCaoInput, type ResumeAfterCongressPayload,
  type TransferPayload, type UseAsInformationPayload, type WithdrawPayload,
} from './to-cao.events';
import type { MachineEvent } from '../shared/procedure';

export const TO_CAO_PROCEDURE_ID = 'to-cao';
export const DISCIPLINE_PROCEDURE_ID = 'ky-luat';
export const HANDLING = 'handling';

/** How the denunciation left the normal course, or ended (drives the report category). */
export type Disposition = 'NOT_ACCEPTED' | 'USED_AS_INFORMATION' | 'TRANSFERRED' | 'DEFERRED_CONGRESS' | 'WITHDRAWN' | 'RESOLVED';

export interface ContextToCao {
  registration: RegisterToCaoInput;
  disposition?: Disposition;
  /** The not-handled reason (D2) or why the letter was kept as information (D3). */
  admissibility?: { reason: AdmissibilityReason; note?: string; address?: string } | { reason: 'ACCEPTED' };
  transfer?: TransferPayload;
  acceptance?: AcceptPayload;
  congress?: { deferral: DeferCongressPayload; resumption?: ResumeAfterCongressPayload };
  verifications?: (RecordVerificationPayload & { at: string })[];
  extension?: ExtendPayload & { at: string };
  /** Withdrawals recorded; a coerced one does not stop the handling. */
  withdrawals?: WithdrawPayload[];
  draft?: DraftConclusionPayload;
  draftsReturned?: number;
  conclusion?: ConcludePayload & { concludedAt: string };
  referral?: { subjectName: string; referredAt: string };
  disciplineResult?: Pick<ChildConcludedPayload, 'childCaseId' | 'outcome' | 'summary'>;
  inspection?: { openedAt: string; result?: Pick<ChildConcludedPayload, 'childCaseId' | 'outcome' | 'summary'> };
  notice?: NotifyResultPayload;
  /** Whether the handling deadline has a pending row, and how many times it was scheduled (= its generation). */
  deadlineOpen?: boolean;
  deadlineGenerations?: Record<string, number>;
  overdue?: boolean;
}

// The machine's view of an event of type T with payload P (the engine's MachineEvent).
type E<T extends string, P> = MachineEvent<T, P>;
export type EventToCao =
  | E<'START_ADMISSIBILITY_CHECK', Record<string, never>>
  | E<'NOT_ACCEPT', NotAcceptPayload>
  | E<'USE_AS_INFORMATION', UseAsInformationPayload>
  | E<'OPEN_INSPECTION', OpenInspectionPayload>
  | E<'TRANSFER', TransferPayload>
  | E<'ACCEPT', AcceptPayload>
  | E<'DEFER_FOR_CONGRESS', DeferCongressPayload>
  | E<'RESUME_AFTER_CONGRESS', ResumeAfterCongressPayload>
  | E<'START_VERIFICATION', Record<string, never>>
  | E<'RECORD_VERIFICATION', RecordVerificationPayload>
  | E<'EXTEND', ExtendPayload>
  | E<'WITHDRAW', WithdrawPayload>
  | E<'SUBMIT_DRAFT_CONCLUSION', DraftConclusionPayload>
  | E<'RETURN_TO_VERIFICATION', ReasonPayload>
  | E<'CONCLUDE', ConcludePayload>
  | E<'REFER_TO_DISCIPLINE', ReferDisciplinePayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'NOTIFY_RESULT', NotifyResultPayload>
  | E<'ARCHIVE', Record<string, never>>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;

/** The congress window of the handling body's level, as the service counted it from the receipt. */
const congressDue = (c: ContextToCao, e: EventToCao) => e.facts?.dueDates?.[congressWindowKey(c.registration.handlingBody.level)];

type AnyEvent = { event: EventToCao };
type Ctx = { context: ContextToCao };
type Child = Pick<ChildConcludedPayload, 'childCaseId' | 'outcome' | 'summary'>;
const childResult = (event: EventToCao): Child | undefined =>
  event.type === 'CHILD_CONCLUDED' ? { childCaseId: event.payload.childCaseId, outcome: event.payload.outcome, summary: event.payload.summary } : undefined;

/** Input of the discipline case (ky-luat): exactly the fields its input class expects, nothing more. */
function disciplineInput(c: ContextToCao, p: ReferDisciplinePayload): Record<string, unknown> {
  const { kind, name, userId } = p.subject;
  const { summary, occurredFrom, occurredUntil, continuing } = p.violation;
  const refs = [
    c.acceptance?.decisionRef,
    ...(c.verifications ?? []).map((v) => v.documentRef),
    c.draft?.documentRef,
    c.conclusion?.conclusionRef,
    ...(p.evidenceRefs ?? []),
  ];
  return {
    subject: { kind, name, ...(userId ? { userId } : {}) },
    violation: { summary, occurredFrom, ...(occurredUntil ? { occurredUntil } : {}), continuing },
    evidenceRefs: [...new Set(refs.filter((r): r is string => typeof r === 'string' && r.length > 0))],
    source: { procedureId: TO_CAO_PROCEDURE_ID },
  };
}

/** Input of the inspection case (kiem-tra-dau-hieu-vi-pham) opened from a letter kept as information. */
function inspectionInput(c: ContextToCao, p: OpenInspectionPayload, at: string): Record<string, unknown> {
  const { kind, name, isParty, userId } = p.subject;
  const { kind: bodyKind, level, name: bodyName } = p.initiatingBody;
  return {
    title: `Kiểm tra khi có dấu hiệu vi phạm: ${name}`.slice(0, 300),
    subject: { kind, name, isParty, ...(userId ? { userId } : {}) },
    reason: p.reason,
    summary: c.registration.summary,
    evidenceRefs: p.evidenceRefs ?? [],
    source: { procedureId: TO_CAO_PROCEDURE_ID },
    initiatingBody: { kind: bodyKind, ...(level ? { level } : {}), ...(bodyName ? { name: bodyName } : {}) },
    proposedAt: at,
  };
}

const schedule = (startAt: string) => ({ context }: Ctx): ScheduleDeadlineParams => ({
  key: HANDLING,
  ruleKey: handlingRuleKey(context.registration),
  startAt,
});

const withdrawalTransitions = [
  // A withdrawal resulting from threats, coercion or bribery is recorded and the handling continues (§5.1 [S19]).
  { guard: 'withdrawalCoerced', actions: 'recordWithdrawal' },
  {
    target: '#to-cao.withdrawn',
    actions: ['recordWithdrawal', { type: 'closeDeadline', params: { how: 'cancelDeadline' } }, 'markWithdrawn'],
  },
] as const;

const deferForCongress = {
  guard: and(['congressWindowKnown', 'inCongressWindow']),
  target: '#to-cao.deferredCongress',
  actions: ['recordDeferral', { type: 'closeDeadline', params: { how: 'cancelDeadline' } }],
} as const;

const notifyResult = {
  target: '#to-cao.notified',
  actions: [
    'recordNotice',
    {
      type: 'notify',
      params: ({ event }: AnyEvent): NotifyParams => ({
        template: 'to-cao.result',
        audiences: ['REPORTER'],
        summary: event.type === 'NOTIFY_RESULT' ? event.payload.summary : undefined,
      }),
    },
  ],
} as const;


export const toCaoMachineV1 = setup({
  types: {} as { context: ContextToCao; events: EventToCao; input: RegisterToCaoInput },
  guards: {
    // The ground given is one the list in force names (B1.NOT_HANDLED_GROUNDS).
    groundListed: ({ event }) =>
      (event.type === 'NOT_ACCEPT' || event.type === 'USE_AS_INFORMATION') && (handlingGrounds(event.facts)?.includes(event.payload.reason) ?? false),
    // A central-managed cadre's clock needs its row's start (B1.TOCAO_CENTRAL_MANAGED); other levels start at receipt.
    centralClockKnown: ({ context, event }) => !clockStartsAtAcceptance(context.registration) || centralClockStart(event.facts) !== undefined,
    // The congress window of the level has a value on the day the letter was received.
    congressWindowKnown: ({ context, event }) => typeof congressDue(context, event)?.due === 'string',
    // Received within the window before the congress opens: counted from the receipt, the window reaches the opening.
    inCongressWindow: ({ context, event }) => {
      const due = congressDue(context, event)?.due;
      if (event.type !== 'DEFER_FOR_CONGRESS' || !due) return false;
      const received = vietnamDate(context.registration.receivedByCompetentAt);
      const opens = vietnamDate(event.payload.congressOpensAt);
      return received <= opens && opens <= due;
    },
    // Only an anonymous or impersonated letter with concrete content and an address is kept as information (§5.1 [S18]).
    concreteAnonymousLetter: ({ event }) =>
      event.type === 'USE_AS_INFORMATION' &&
      (INFORMATION_REASONS as readonly string[]).includes(event.payload.reason) &&
      event.payload.concreteContent === true &&
      event.payload.address.trim().length > 0,
    withdrawalCoerced: ({ event }) => event.type === 'WITHDRAW' && event.payload.coercion !== undefined,
    handlingDeadlineOpen: ({ context }) => context.deadlineOpen === true,
    // Routes a draft sent back to verification (never refuses: the other branch is unguarded).
    wasExtended: ({ context }) => context.extension !== undefined,
    // A false denunciation finds no violation, let alone one to disciplinary level.
    disciplineLevelNeedsViolation: ({ event }) =>
      event.type === 'CONCLUDE' && !(event.payload.outcome === 'FALSE' && event.payload.violationToDisciplinaryLevel),
    violationToDisciplinaryLevel: ({ context }) => context.conclusion?.violationToDisciplinaryLevel === true,
    // Only the discipline case this denunciation opened moves it on; another linked case's report is refused.
    fromDisciplineCase: ({ event }) =>
      event.type === 'CHILD_CONCLUDED' && event.payload.link === 'DISCIPLINE' && event.payload.procedureId === DISCIPLINE_PROCEDURE_ID,
    fromInformationInspection: ({ event }) =>
      event.type === 'CHILD_CONCLUDED' && event.payload.link === 'INFORMATION' && event.payload.procedureId === INSPECTION_PROCEDURE_ID,
    // A missed-deadline event counts only for the deadline's current generation (a rescheduled one supersedes it).
    currentDeadline: ({ context, event }) =>
      event.type === 'DEADLINE_MISSED' && context.deadlineOpen === true && isCurrentGeneration(context.deadlineGenerations, event.payload),
  },
  actions: {
    ...effectActions,
    scheduleHandling: enqueueEffects(({ context, enqueue }, params: ScheduleDeadlineParams) => {
      enqueue({ type: 'scheduleDeadline', params });
      enqueue.assign({
        deadlineOpen: true,
        deadlineGenerations: scheduledOnceMore(context.deadlineGenerations, params.key),
      });
    }),
    // Closes the handling deadline if one is pending (none yet for a central-managed case before acceptance).
    closeDeadline: enqueueEffects(({ context, event, enqueue }, params: { how: 'markDeadlineMet' | 'cancelDeadline' }) => {
      if (context.deadlineOpen !== true) return;
      enqueue({ type: params.how, params: { key: HANDLING, at: event.occurredAt } });
      enqueue.assign({ deadlineOpen: false });
    }),
    markWithdrawn: assign({ disposition: 'WITHDRAWN' as const }),
    recordDeferral: assign({
      congress: ({ event }) => (event.type === 'DEFER_FOR_CONGRESS' ? { deferral: event.payload } : undefined),
      disposition: 'DEFERRED_CONGRESS' as const,
    }),
    recordNotice: assign({ notice: ({ event }) => (event.type === 'NOTIFY_RESULT' ? event.payload : undefined) }),
    recordVerification: assign({
      verifications: ({ context, event }) =>
        event.type === 'RECORD_VERIFICATION' ? [...(context.verifications ?? []), { ...event.payload, at: event.occurredAt }] : context.verifications,
    }),
    recordDraft: assign({ draft: ({ event }) => (event.type === 'SUBMIT_DRAFT_CONCLUSION' ? event.payload : undefined) }),
    countReturn: assign({ draftsReturned: ({ context }) => (context.draftsReturned ?? 0) + 1 }),
    recordWithdrawal: assign({
      withdrawals: ({ context, event }) => (event.type === 'WITHDRAW' ? [...(context.withdrawals ?? []), event.payload] : context.withdrawals),
    }),
  },
}).createMachine({
  id: 'to-cao',
  version: '1',
  initial: 'received',
  context: ({ input }) => ({ registration: input }),
  on: {
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: assign({ overdue: true }) },
  },
  states: {
    // D0: logged with the competent body's receipt date; below central level the clock starts now.
    received: {
      entry: enqueueActions(({ context, enqueue }) => {
        if (clockStartsAtAcceptance(context.registration)) return;
        enqueue({
          type: 'scheduleHandling',
          params: { key: HANDLING, ruleKey: handlingRuleKey(context.registration), startAt: context.registration.receivedByCompetentAt },
        });
      }),
      on: {
        START_ADMISSIBILITY_CHECK: { target: 'admissibilityCheck' },
        DEFER_FOR_CONGRESS: deferForCongress,
        WITHDRAW: withdrawalTransitions,
      },
    },
    // D1: the "not handled" list and competence.
    admissibilityCheck: {
      on: {
        NOT_ACCEPT: {
          guard: 'groundListed',
          target: 'notAccepted',
          actions: [
            assign({
              admissibility: ({ event }) => ({ reason: event.payload.reason, note: event.payload.note }),
              disposition: 'NOT_ACCEPTED' as const,
            }),
            { type: 'closeDeadline', params: { how: 'cancelDeadline' } },
          ],
        },
        USE_AS_INFORMATION: {
          guard: and(['groundListed', 'concreteAnonymousLetter']),
          target: 'usedAsInformation',
          actions: [
            assign({
              admissibility: ({ event }) => ({ reason: event.payload.reason, note: event.payload.note, address: event.payload.address }),
              disposition: 'USED_AS_INFORMATION' as const,
            }),
            { type: 'closeDeadline', params: { how: 'cancelDeadline' } },
          ],
        },
        TRANSFER: {
          target: 'transferred',
          actions: [
            assign({ transfer: ({ event }) => event.payload, disposition: 'TRANSFERRED' as const }),
            { type: 'closeDeadline', params: { how: 'cancelDeadline' } },
          ],
        },
        ACCEPT: {
          guard: 'centralClockKnown',
          target: 'accepted',
          actions: [
            assign({ acceptance: ({ event }) => event.payload, admissibility: { reason: 'ACCEPTED' as const } }),
            enqueueActions(({ context, event, enqueue }) => {
              if (event.type !== 'ACCEPT' || !clockStartsAtAcceptance(context.registration)) return;
              // The start the row names: the team decision (164-QĐ/TW) or, if a committee set it so, the receipt.
              const startAt = centralClockStart(event.facts) === 'RECEIPT' ? context.registration.receivedByCompetentAt : event.payload.decidedAt;
              enqueue({ type: 'scheduleHandling', params: schedule(startAt)({ context }) });
            }),
          ],
        },
        DEFER_FOR_CONGRESS: deferForCongress,
        WITHDRAW: withdrawalTransitions,
      },
    },
    // D2
    notAccepted: { type: 'final' },
    // D3: not handled as a denunciation; the body may open an inspection with it, or just keep it.
    usedAsInformation: {
      initial: 'kept',
      states: {
        kept: {
          on: {
            OPEN_INSPECTION: {
              target: 'inspectionOpened',
              actions: [
                assign({ inspection: ({ event }) => ({ openedAt: event.occurredAt }) }),
                {
                  type: 'openChildCase',
                  params: ({ context, event }) => ({
                    procedureId: INSPECTION_PROCEDURE_ID,
                    link: 'INFORMATION' as const,
                    input: event.type === 'OPEN_INSPECTION' ? inspectionInput(context, event.payload, event.occurredAt) : {},
                  }),
                },
              ],
            },
            ARCHIVE: { target: '#to-cao.archived' },
          },
        },
        inspectionOpened: {
          on: {
            CHILD_CONCLUDED: {
              guard: 'fromInformationInspection',
              target: 'inspectionConcluded',
              actions: assign({ inspection: ({ context, event }) => ({ openedAt: context.inspection?.openedAt ?? '', result: childResult(event) }) }),
            },
            // The record may be archived without waiting: the inspection stands on its own.
            ARCHIVE: { target: '#to-cao.archived' },
          },
        },
        inspectionConcluded: { on: { ARCHIVE: { target: '#to-cao.archived' } } },
      },
    },
    // D4: terminal for this body; the receiving body's clock starts on its own receipt.
    transferred: { type: 'final' },
    // D5: decision and plan, team.
    accepted: {
      on: {
        START_VERIFICATION: { target: 'verifying' },
        WITHDRAW: withdrawalTransitions,
      },
    },
    // D6 (inTime) and D14 (extended): works with the denouncer, the subject explains, evidence is collected.
    verifying: {
      initial: 'inTime',
      on: {
        RECORD_VERIFICATION: { actions: 'recordVerification' },
        SUBMIT_DRAFT_CONCLUSION: { target: '#to-cao.draftConclusion', actions: 'recordDraft' },
        WITHDRAW: withdrawalTransitions,
      },
      states: {
        inTime: {
          on: {
            EXTEND: {
              guard: 'handlingDeadlineOpen',
              target: 'extended',
              actions: [
                assign({ extension: ({ event }) => ({ ...event.payload, at: event.occurredAt }) }),
                { type: 'extendDeadline', params: ({ event }) => ({ key: HANDLING, reason: event.payload.reason }) },
                // The denouncer is told of the extension (§5.1 [S19]).
                {
                  type: 'notify',
                  params: ({ event }) => ({ template: 'to-cao.extension', audiences: ['REPORTER'] as const, summary: event.payload.noticeSummary }),
                },
              ],
            },
          },
        },
        extended: {},
      },
    },
    // D7: the team's report; the deciding body concludes or asks for more verification.
    draftConclusion: {
      on: {
        RETURN_TO_VERIFICATION: [
          { guard: 'wasExtended', target: 'verifying.extended', actions: 'countReturn' },
          { target: 'verifying.inTime', actions: 'countReturn' },
        ],
        CONCLUDE: {
          guard: 'disciplineLevelNeedsViolation',
          target: 'concluded',
          actions: [
            assign({ conclusion: ({ event }) => ({ ...event.payload, concludedAt: event.occurredAt }), disposition: 'RESOLVED' as const }),
            { type: 'closeDeadline', params: { how: 'markDeadlineMet' } },
          ],
        },
        WITHDRAW: withdrawalTransitions,
      },
    },
    // D8
    concluded: {
      on: {
        REFER_TO_DISCIPLINE: {
          guard: 'violationToDisciplinaryLevel',
          target: 'disciplineReferred',
          actions: [
            assign({ referral: ({ event }) => ({ subjectName: event.payload.subject.name, referredAt: event.occurredAt }) }),
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
        NOTIFY_RESULT: notifyResult,
      },
    },
    // D9: waits for the discipline case.
    disciplineReferred: {
      initial: 'awaitingDecision',
      states: {
        awaitingDecision: {
          on: {
            CHILD_CONCLUDED: {
              guard: 'fromDisciplineCase',
              target: 'decided',
              actions: assign({ disciplineResult: ({ event }) => childResult(event) }),
            },
          },
        },
        decided: { on: { NOTIFY_RESULT: notifyResult } },
      },
    },
    // D10
    notified: { on: { ARCHIVE: { target: 'archived' } } },
    // D11
    archived: { type: 'final' },
    // D12
    withdrawn: { type: 'final' },
    // D13: received in the congress window: not handled now, reported and handed to the new committee.
    deferredCongress: {
      on: {
        RESUME_AFTER_CONGRESS: {
          target: 'admissibilityCheck',
          actions: [
            assign({
              congress: ({ context, event }) => ({ deferral: context.congress!.deferral, resumption: event.payload }),
              disposition: undefined,
            }),
            enqueueActions(({ context, event, enqueue }) => {
              if (event.type !== 'RESUME_AFTER_CONGRESS' || clockStartsAtAcceptance(context.registration)) return;
              enqueue({ type: 'scheduleHandling', params: schedule(event.payload.handedOverAt)({ context }) });
            }),
          ],
        },
      },
    },
  },
});
