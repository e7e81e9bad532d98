// Procedure B4: complaint against a disciplinary decision (khiếu nại kỷ luật đảng).
// Legal basis: Điều lệ Đảng, Điều 39 khoản 7; Quy định 22-QĐ/TW, Điều 22–23; Quy định 296-QĐ/TW — docs/domain/procedures.md §8 (C0–C8);
// the ladder, final instances, window and grounds are rule rows (../shared/domain/changes-2026.md §3.10, K20–K23).
import { vietnamDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { and, assign, setup } from 'xstate';
import type { ChildConcludedPayload } from '../shared/child-case';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { DisciplineForm, EventFacts } from '../shared/facts';
import {
  complaintCaseInput, type AssessPayload, type DeadlineMissedPayload, type DecideComplaintPayload, type EscalatePayload, type KhieuNaiInput,
  type NotifyComplainantPayload, type ReasonPayload, type ReportPayload,
} from './khieu-nai-ky-luat.events';
import {
  assessAdmissibility, complaintRules, filingWindow, finalInstance, formsForComplainant, groundsOf, isAtInstance, nextInstance, sameBody, WINDOW_DUE,
  type Admissibility, type Body, type ComplaintRules, type Instance,
} from './khieu-nai-ky-luat.rules';
import type { MachineEvent } from '../shared/procedure';

export const KHIEU_NAI_PROCEDURE_ID = 'khieu-nai-ky-luat';

export interface ContextKhieuNai {
  input: KhieuNaiInput;
  /** Invariant (§8 [S24]): the decision complained against stays in force until a complaint decision changes it. */
  decisionInForce: true;
  /** `receivedAt`: when the competent body received the complaint (the resolution deadline runs from it). */
  admissibility?: Admissibility & { assessedAt: string; receivedAt: string; note?: string };
  verification?: { startedAt: string; report?: ReportPayload & { at: string } };
  decision?: DecideComplaintPayload & { decidedAt: string; formInForce: DisciplineForm | null };
  notice?: NotifyComplainantPayload & { at: string };
  /** What the API offers once the complainant is notified: the next instance, or that this was the final one. */
  offer?: EscalationOffer;
  escalation?: EscalatePayload & { lodgedWith: Body; at: string; results: { childCaseId: string; outcome: string; summary?: string; at: string }[] };
  closure?: { reason: string; at: string; finalInstance: boolean };
  deadlineGenerations?: Record<string, number>;
  overdue?: boolean;
}

// The machine's view of an event of type T with payload P (the engine's MachineEvent).
type E<T extends string, P> = MachineEvent<T, P>;
export type EventKhieuNai =
  | E<'ASSESS_ADMISSIBILITY', AssessPayload>
  | E<'START_VERIFICATION', Record<string, never>>
  | E<'SUBMIT_REPORT', ReportPayload>
  | E<'DECIDE', DecideComplaintPayload>
  | E<'NOTIFY_COMPLAINANT', NotifyComplainantPayload>
  | E<'ESCALATE', EscalatePayload>
  | E<'CLOSE', ReasonPayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;

/** The next instance offered after the complaint decision (`next` null: this body was the final instance). */
export interface EscalationOffer {
  next: Instance | null;
  final: Body | null;
  /** Rules missing on the date asked: no offer can be computed. */
  rulesMissing?: true;
}

const original = (c: ContextKhieuNai) => c.input.decision.originallyDecidedBy ?? c.input.decision.decidedBy;
/** The form the complaint decision leaves in force (null: annulled). */
const formAfter = (c: ContextKhieuNai, p: DecideComplaintPayload): DisciplineForm | null =>
  p.outcome === 'ANNULLED' ? null : p.outcome === 'CHANGED' ? (p.newForm as DisciplineForm) : c.input.decision.form;
const formNow = (c: ContextKhieuNai): DisciplineForm => c.decision?.formInForce ?? c.input.decision.form;

type Ev = EventKhieuNai;
const rulesOf = (e: Ev): ComplaintRules | null => complaintRules(e.facts?.ruleValues);
/** The final instance for the form in force (null: the table has none, e.g. giải tán). */
const finalFor = (c: ContextKhieuNai, r: ComplaintRules) => finalInstance(r.finals, original(c), formNow(c));
/** What may follow this complaint decision, by the rules handed in with the event. */
function offerOf(c: ContextKhieuNai, e: Ev): EscalationOffer {
  const r = rulesOf(e);
  if (!r || !c.decision) return { next: null, final: null, rulesMissing: true };
  const final = finalFor(c, r);
  if (!final) return { next: null, final: null, rulesMissing: true };
  // The final instance for the form complained against has decided (even if it changed the form): nothing beyond it.
  const finalComplained = finalInstance(r.finals, original(c), c.input.decision.form);
  if (sameBody(c.decision.decidingBody, finalComplained)) return { next: null, final: finalComplained };
  return { next: nextInstance(c.decision.decidingBody, original(c), formNow(c), r), final };
}
/** Whether this complaint body is the last instance for the form in force. */
const atFinalInstance = (c: ContextKhieuNai, e: Ev) => {
  const o = offerOf(c, e);
  return !o.rulesMissing && o.next === null;
};
/** The body an escalation lodges with: the one named, or the next instance's only body. */
function escalationBody(c: ContextKhieuNai, e: Ev): Body | undefined {
  if (e.type !== 'ESCALATE') return undefined;
  const next = offerOf(c, e).next;
  if (!next) return undefined;
  const named = e.payload.lodgedWith;
  if (named) return isAtInstance(named, next) ? named : undefined;
  return next.kinds.length === 1 ? { kind: next.kinds[0], level: next.level } : undefined;
}
/** The facts of the assessment: the rules, the window (when the decision was received) and the grounds list. */
const assessmentFacts = (c: ContextKhieuNai, e: Ev) => ({
  rules: rulesOf(e),
  window: filingWindow(e.facts?.dueDates?.[WINDOW_DUE]),
  grounds: groundsOf(e.facts?.ruleValues),
  needsWindow: c.input.decision.receivedAt !== undefined,
});

/** What the parent is told: the complaint decision (CHANGED carries the new form) or the first reason for rejecting. */
function outcomeCode(c: ContextKhieuNai): string {
  if (c.admissibility && c.admissibility.reasons.length > 0) return `REJECTED_${c.admissibility.reasons[0]}`;
  if (!c.decision) return 'NONE';
  return c.decision.outcome === 'CHANGED' ? `CHANGED_${c.decision.newForm}` : c.decision.outcome;
}

export const khieuNaiMachineV1 = setup({
  types: {} as { context: ContextKhieuNai; events: EventKhieuNai; input: KhieuNaiInput },
  guards: {
    // The competent body's receipt: not before the complaint was sent, not after today.
    receiptDateValid: ({ context, event }) =>
      event.type === 'ASSESS_ADMISSIBILITY' &&
      vietnamDate(event.payload.receivedAt) >= vietnamDate(context.input.lodgedAt) &&
      vietnamDate(event.payload.receivedAt) <= vietnamDate(event.occurredAt),
    // No legal value, no decision: each rule the step needs must have a row in force (changes-2026.md §1).
    ladderKnown: ({ event }) => rulesOf(event) !== null,
    finalInstanceKnown: ({ context, event }) => {
      const r = rulesOf(event);
      return r !== null && finalFor(context, r) !== null;
    },
    filingWindowKnown: ({ context, event }) => {
      const f = assessmentFacts(context, event);
      return !f.needsWindow || f.window !== null;
    },
    groundsKnown: ({ event }) => groundsOf(event.facts?.ruleValues) !== null,
    hasRejectionReason: ({ context }) => (context.admissibility?.reasons.length ?? 0) > 0,
    decidedByLodgedBody: ({ context, event }) =>
      event.type === 'DECIDE' && event.payload.decidingBody.kind === context.input.lodgedWith.kind && event.payload.decidingBody.level === context.input.lodgedWith.level,
    changedFormGiven: ({ context, event }) =>
      event.type === 'DECIDE' &&
      (event.payload.outcome === 'CHANGED'
        ? event.payload.newForm !== undefined && event.payload.newForm !== context.input.decision.form && formsForComplainant(context.input.complainant).includes(event.payload.newForm)
        : event.payload.newForm === undefined),
    notFinalInstance: ({ context, event }) => !atFinalInstance(context, event),
    // The next instance is computed, not chosen: a body of another level (or a level skipped) is refused.
    toNextInstance: ({ context, event }) => escalationBody(context, event) !== undefined,
    notAnnulled: ({ context }) => context.decision?.outcome !== 'ANNULLED',
    fromNextInstance: ({ event }) =>
      event.type === 'CHILD_CONCLUDED' && event.payload.link === 'COMPLAINT' && event.payload.procedureId === KHIEU_NAI_PROCEDURE_ID,
    currentDeadline: ({ context, event }, params: { key: string }) =>
      event.type === 'DEADLINE_MISSED' && event.payload.key === params.key && isCurrentGeneration(context.deadlineGenerations, event.payload),
  },
  actions: {
    ...effectActions,
    assess: assign({
      admissibility: ({ context, event }) => {
        if (event.type !== 'ASSESS_ADMISSIBILITY') return context.admissibility;
        const f = assessmentFacts(context, event);
        const found = assessAdmissibility(context.input, event.payload.findings, f.rules!, f.window, f.grounds!);
        return { ...found, assessedAt: event.occurredAt, receivedAt: event.payload.receivedAt, ...(event.payload.note ? { note: event.payload.note } : {}) };
      },
    }),
    recordDecision: assign({
      decision: ({ context, event }) =>
        event.type === 'DECIDE' ? { ...event.payload, decidedAt: event.occurredAt, formInForce: formAfter(context, event.payload) } : context.decision,
    }),
    countSchedule: assign({
      deadlineGenerations: ({ context }, params: { key: string }) => scheduledOnceMore(context.deadlineGenerations, params.key),
    }),
    // C7: a new complaint at the next level, against this complaint decision, opened as a linked case.
    openNextInstance: enqueueEffects(({ context, event, enqueue }) => {
      const lodgedWith = escalationBody(context, event);
      if (event.type !== 'ESCALATE' || !context.decision || !lodgedWith) return;
      const c = context.input;
      const input = complaintCaseInput({
        complainant: c.complainant,
        decision: {
          form: context.decision.formInForce ?? c.decision.form,
          decidedBy: context.decision.decidingBody,
          decidedAt: context.decision.decidedAt,
          receivedAt: context.notice?.receivedAt,
          originallyDecidedBy: original(context),
        },
        lodgedAt: event.payload.lodgedAt,
        lodgedWith,
        onBehalfOfAnother: c.onBehalfOfAnother,
        summary: event.payload.summary,
        sourceProcedureId: KHIEU_NAI_PROCEDURE_ID,
      });
      // Copied into a plain object: the effect table types a child's input as a record, which a class type is not.
      enqueue({ type: 'openChildCase', params: { procedureId: KHIEU_NAI_PROCEDURE_ID, link: 'COMPLAINT', input: { ...input } } });
    }),
    // The next instance's result is this complaint's result for the disciplinary case above (relayed as is).
    relayResult: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'CHILD_CONCLUDED' || !context.escalation) return;
      const { childCaseId, outcome, summary } = event.payload;
      enqueue.assign({ escalation: { ...context.escalation, results: [...context.escalation.results, { childCaseId, outcome, summary, at: event.occurredAt }] } });
      enqueue({ type: 'reportToParent', params: { outcome, summary } });
    }),
  },
}).createMachine({
  id: 'khieu-nai-ky-luat',
  version: '1',
  initial: 'lodged',
  context: ({ input }) => ({ input, decisionInForce: true as const }),
  on: {
    // B4.RESOLVE has no legal value (Q2): a missed deadline set by a secretary is recorded wherever the case is.
    DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'resolve' } }, actions: assign({ overdue: true }) },
  },
  states: {
    // C0 → C1: the admissibility check (window, exclusions, level order).
    lodged: {
      on: {
        ASSESS_ADMISSIBILITY: {
          guard: and(['receiptDateValid', 'ladderKnown', 'finalInstanceKnown', 'filingWindowKnown', 'groundsKnown']),
          target: 'assessed',
          actions: 'assess',
        },
      },
    },
    assessed: {
      always: [{ guard: 'hasRejectionReason', target: 'rejected' }, { target: 'accepted' }],
    },
    // C2
    rejected: {
      type: 'final',
      entry: [
        { type: 'notify', params: { template: 'khieu-nai.rejected', audiences: ['REPORTER', 'UNIT'] } },
        { type: 'reportToParent', params: ({ context }) => ({ outcome: outcomeCode(context) }) },
      ],
    },
    // C3: the resolution deadline has no value in the rule table (Q2); scheduled so a secretary can set one. It runs
    // from the competent body's receipt of the complaint (inferred from [S21]), not from the day the letter was sent.
    accepted: {
      entry: [
        { type: 'scheduleDeadline', params: ({ context }) => ({ key: 'resolve', ruleKey: 'B4.RESOLVE', startAt: context.admissibility!.receivedAt }) },
        { type: 'countSchedule', params: { key: 'resolve' } },
      ],
      on: { START_VERIFICATION: { target: 'verifying', actions: assign({ verification: ({ event }) => ({ startedAt: event.occurredAt }) }) } },
    },
    // C4
    verifying: {
      on: {
        SUBMIT_REPORT: {
          target: 'reported',
          actions: assign({ verification: ({ context, event }) => ({ startedAt: context.verification?.startedAt ?? event.occurredAt, report: { ...event.payload, at: event.occurredAt } }) }),
        },
      },
    },
    reported: {
      on: {
        // C5: upheld, changed (new form), annulled, or referred up (an increase beyond this body's authority).
        DECIDE: {
          guard: and(['decidedByLodgedBody', 'changedFormGiven']),
          target: 'decided',
          actions: [
            'recordDecision',
            { type: 'markDeadlineMet', params: ({ event }) => ({ key: 'resolve', at: event.occurredAt }) },
            { type: 'reportToParent', params: ({ context }) => ({ outcome: outcomeCode(context), summary: context.decision?.reason }) },
          ],
        },
        // The verification report may be redone before the decision.
        SUBMIT_REPORT: {
          target: 'reported',
          actions: assign({ verification: ({ context, event }) => ({ startedAt: context.verification?.startedAt ?? event.occurredAt, report: { ...event.payload, at: event.occurredAt } }) }),
        },
      },
    },
    decided: {
      on: {
        // C6
        NOTIFY_COMPLAINANT: {
          target: 'notified',
          actions: [
            assign({
              notice: ({ event }) => ({ ...event.payload, at: event.occurredAt }),
              offer: ({ context, event }) => offerOf(context, event),
            }),
            { type: 'notify', params: ({ event }) => ({ template: 'khieu-nai.decided', audiences: ['REPORTER', 'UNIT'], summary: event.payload.summary }) },
          ],
        },
      },
    },
    notified: {
      on: {
        // C7: up to the final level for the form; the next level's case checks its own admissibility (window, level).
        ESCALATE: {
          guard: and(['notAnnulled', 'ladderKnown', 'finalInstanceKnown', 'notFinalInstance', 'toNextInstance']),
          target: 'escalated',
          actions: [
            assign({
              escalation: ({ context, event }) =>
                event.type === 'ESCALATE' ? { ...event.payload, lodgedWith: escalationBody(context, event)!, at: event.occurredAt, results: [] } : context.escalation,
            }),
            'openNextInstance',
          ],
        },
        // C8: no further complaint, or the final level has decided.
        CLOSE: {
          target: 'closed',
          actions: assign({ closure: ({ context, event }) => ({ reason: event.type === 'CLOSE' ? event.payload.reason : '', at: event.occurredAt, finalInstance: atFinalInstance(context, event) }) }),
        },
      },
    },
    escalated: {
      on: {
        // Every result of the next level (its decision, then any result from further up) is relayed to the case above.
        CHILD_CONCLUDED: { guard: 'fromNextInstance', target: 'escalated', actions: 'relayResult' },
        CLOSE: {
          target: 'closed',
          actions: assign({ closure: ({ event }) => ({ reason: event.payload.reason, at: event.occurredAt, finalInstance: false }) }),
        },
      },
    },
    closed: { type: 'final' },
  },
});
