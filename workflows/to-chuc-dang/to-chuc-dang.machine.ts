// Procedure: founding, merging, splitting, absorbing, re-attaching, renaming and dissolving a Party organisation (thành lập, hợp nhất, chia tách, sáp nhập, giải thể tổ chức đảng).
// Legal basis: Điều lệ Đảng Art. 10 §3, Art. 21 §2; Quy định 294-QĐ/TW (2025); Hướng dẫn 31-HD/BTCTW (2025) — docs/domain/changes-2026.md §2, §5.1.
import { and, assign, setup } from 'xstate';
import { addCalendarDays, endOfVietnamDay, vietnamDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { effectActions } from '../shared/effect-actions';
import type { EventFacts, Level } from '../shared/facts';
import { planShapeProblems, type OrgChangeKind, type OrgChangePlan, type OrgChangeProblem } from '../shared/org-change';
import type { MachineEvent } from '../shared/procedure';
import type {
  AmendPlanPayload, AnnounceOrgChangePayload, AppraisePayload, DeadlineKey, DeadlineMissedPayload, DecideOrgChangePayload, HandoverCompletedPayload,
  NotApprovedPayload, OrgChangeInput, OrgChangePlanDto, SubmitDossierPayload, UpperOpinionPayload,
} from './to-chuc-dang.events';
import { bodyLabel, checkDecidingBody, RULE, type Body } from './to-chuc-dang.rules';
import { payloadReader, plainData } from '../shared/payload';

export const ORG_PROCEDURE_ID = 'to-chuc-dang';

/** How each kind of change ends when it took effect (the case's outcome); NOT_APPROVED when the body refused it. */
export const OUTCOME_BY_KIND: Readonly<Record<OrgChangeKind, string>> = {
  FOUND: 'FOUNDED',
  MERGE: 'MERGED',
  SPLIT: 'SPLIT',
  ABSORB: 'ABSORBED',
  MOVE: 'RE_ATTACHED',
  RENAME: 'RENAMED',
  DISSOLVE: 'DISSOLVED',
};

export interface ContextOrg {
  registration: OrgChangeInput;
  dossier?: SubmitDossierPayload;
  upperOpinions?: UpperOpinionPayload[];
  appraisal?: AppraisePayload;
  decision?: { number: string; date: string; body: Body & { name?: string }; decidedAt: string };
  /** The plan in force: the decision's, or its latest correction. */
  plan?: OrgChangePlan;
  notApproved?: NotApprovedPayload;
  announcement?: AnnounceOrgChangePayload;
  /** What stood in the way when the effective date came (or at the latest correction), for the unit to correct. */
  problems?: OrgChangeProblem[];
  amendments?: { reason: string; documentRef?: string; at: string }[];
  /** When the change was applied (the transition that declared applyOrgChange). */
  appliedAt?: string;
  handover?: HandoverCompletedPayload;
  outcome?: string;
  deadlineGenerations?: Record<string, number>;
  overdue?: Record<string, boolean>;
}

type E<T extends string, P> = MachineEvent<T, P>;
export type EventOrg =
  | E<'SUBMIT_DOSSIER', SubmitDossierPayload>
  | E<'RECORD_UPPER_OPINION', UpperOpinionPayload>
  | E<'APPRAISE', AppraisePayload>
  | E<'DECIDE', DecideOrgChangePayload>
  | E<'NOT_APPROVED', NotApprovedPayload>
  | E<'ANNOUNCE', AnnounceOrgChangePayload>
  | E<'AMEND_PLAN', AmendPlanPayload>
  | E<'HANDOVER_COMPLETED', HandoverCompletedPayload>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;

type Args = { context: ContextOrg; event: EventOrg };

const payloadOf = payloadReader<EventOrg>();

// The DTO validated each unit reference as one of its two forms (an existing unit or a new one).
const planData = (p: OrgChangePlanDto): Omit<OrgChangePlan, 'decision'> => plainData(p) as unknown as Omit<OrgChangePlan, 'decision'>;

/** The plan a DECIDE carries, with the decision that makes it; undefined for a payload without a plan. */
export function decidedPlan(p: DecideOrgChangePayload | undefined): OrgChangePlan | undefined {
  if (!p || typeof p.plan !== 'object' || p.plan === null) return undefined;
  const body = p.decidingBody ? (p.decidingBody.name ?? bodyLabel(p.decidingBody)) : '';
  return { ...planData(p.plan), decision: { number: p.decisionNumber, date: p.decisionDate, body } };
}

/** A corrected plan under the same decision. */
export function amendedPlan(c: ContextOrg, p: AmendPlanPayload | undefined): OrgChangePlan | undefined {
  if (!p || typeof p.plan !== 'object' || p.plan === null || !c.plan) return undefined;
  return { ...planData(p.plan), decision: c.plan.decision };
}

/** The plan whose check the event asks for: the decided one, the corrected one, or (on the effective date) the one in force. */
export function planUnderCheck(c: ContextOrg, event: Pick<EventOrg, 'type' | 'payload'>): OrgChangePlan | undefined {
  if (event.type === 'DECIDE') return decidedPlan(event.payload as DecideOrgChangePayload);
  if (event.type === 'AMEND_PLAN') return amendedPlan(c, event.payload as AmendPlanPayload);
  if (event.type === 'DEADLINE_MISSED') return awaitingEffect(c) && (event.payload as DeadlineMissedPayload)?.key === 'EFFECTIVE' ? c.plan : undefined;
  return undefined;
}

/** Announced and not yet applied: the effective date is awaited (or a correction after it). */
export const awaitingEffect = (c: ContextOrg): boolean => c.announcement !== undefined && c.appliedAt === undefined && c.plan !== undefined;

/**
 * Everything that keeps the plan from being applied: its own shape (dates, counts; pure) and what the organisation
 * tree says (the `orgChange` fact). No answer from the tree is a problem too: a plan is never applied unchecked.
 */
export function planProblems(plan: OrgChangePlan | undefined, facts: EventFacts | undefined): OrgChangeProblem[] {
  if (!plan) return [{ code: 'NO_PLAN', message: 'Chưa có phương án sắp xếp tổ chức.' }];
  const problems = [...planShapeProblems(plan)];
  const fact = facts?.orgChange;
  if (!fact) problems.push({ code: 'NOT_CHECKED', message: 'Chưa đối chiếu được phương án với hệ thống tổ chức.' });
  else problems.push(...fact.problems);
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.message) ? false : (seen.add(p.message), true)));
}

/** The levels a change concerns: the organisations of the proposal and the ones the plan founds. */
export function levelsConcerned(c: ContextOrg, plan: OrgChangePlan | undefined): Level[] {
  return [...new Set([...c.registration.organisations.map((o) => o.level), ...(plan?.newUnits ?? []).map((u) => u.level)])];
}

/** The instant the plan takes effect is 00:00 of its effective date in Vietnam: the EFFECTIVE term ends just before. */
export function effectiveDueAt(plan: OrgChangePlan): string {
  return endOfVietnamDay(addCalendarDays(plan.effectiveDate, -1)).toISOString();
}

const effectiveReachedAt = (plan: OrgChangePlan, at: string): boolean => Date.parse(at) > Date.parse(effectiveDueAt(plan));

// Deadline effects with the bookkeeping that lets a stale DEADLINE_MISSED be told apart.
const schedule = (key: DeadlineKey, ruleKey: string, startAt: (a: Args) => string) =>
  [
    { type: 'scheduleDeadline', params: (a: Args) => ({ key, ruleKey, startAt: startAt(a) }) },
    { type: 'countSchedule', params: { key } },
  ] as const;
const met = (key: DeadlineKey, at: (a: Args) => string) => ({ type: 'markDeadlineMet', params: (a: Args) => ({ key, at: at(a) }) }) as const;
// The effective date is fixed by the decision: a term due at its first instant, on the ORG.EFFECTIVE row's basis.
const scheduleEffective = [
  {
    type: 'scheduleDeadline',
    params: ({ context }: Args) => ({
      key: 'EFFECTIVE',
      ruleKey: RULE.EFFECTIVE,
      startAt: context.plan!.decision.date,
      term: true,
      dueAt: effectiveDueAt(context.plan!),
    }),
  },
  { type: 'countSchedule', params: { key: 'EFFECTIVE' } },
] as const;

const problemsText = (problems: readonly OrgChangeProblem[]) => problems.map((p) => p.message).join(' ');

// The change takes effect: the tree, cases, members and roles move in this transaction; the unit is told; the
// handover of records (ORG.HANDOVER, a setting) runs from the effective date.
const applyChange = [
  'recordApplied',
  { type: 'applyOrgChange', params: ({ context }: Args) => ({ plan: context.plan! }) },
  {
    type: 'notify',
    params: ({ context }: Args) => ({
      template: 'to-chuc.in-effect',
      audiences: ['UNIT'] as const,
      summary: `Quyết định ${context.plan!.decision.number} có hiệu lực từ ngày ${context.plan!.effectiveDate}.`,
    }),
  },
  ...schedule('HANDOVER', RULE.HANDOVER, ({ context }) => context.plan!.effectiveDate),
] as const;

const toCorrection = [
  'recordProblems',
  {
    type: 'notify',
    params: ({ context, event }: Args) => ({
      template: 'to-chuc.needs-correction',
      audiences: ['UNIT'] as const,
      summary: problemsText(planProblems(context.plan, event.facts)),
    }),
  },
] as const;

export const orgMachineV1 = setup({
  types: {} as { context: ContextOrg; events: EventOrg; input: OrgChangeInput },
  guards: {
    // The decided (or corrected) plan is the change the case was opened for.
    planMatchesKind: ({ context, event }) => planUnderCheck(context, event)?.kind === context.registration.kind,
    // ORG.DECIDING_BODY: the body is competent for every level the change concerns (Charter Art. 10 §3).
    decidingBodyAllowed: ({ context, event }) =>
      event.type === 'DECIDE' &&
      checkDecidingBody(event.facts, levelsConcerned(context, decidedPlan(event.payload)), event.payload.decidingBody).ok,
    // Nothing in the plan itself or on the tree stands in the way.
    planAcceptable: ({ context, event }) => planProblems(planUnderCheck(context, event), event.facts).length === 0,
    announcedAfterDecision: ({ context, event }) =>
      event.type === 'ANNOUNCE' && !!context.decision && vietnamDate(event.payload.announcedOn) >= context.decision.date,
    // The effective date's term ran out (its current generation, not a superseded one).
    effectiveDateCame: ({ context, event }) =>
      event.type === 'DEADLINE_MISSED' && event.payload.key === 'EFFECTIVE' && isCurrentGeneration(context.deadlineGenerations, event.payload),
    // Routes a correction: applied at once when the effective date has already begun, else awaited again.
    effectiveDateReached: ({ context, event }) => {
      const plan = planUnderCheck(context, event);
      return !!plan && effectiveReachedAt(plan, event.occurredAt);
    },
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
    recordDossier: assign({ dossier: ({ event }) => payloadOf('SUBMIT_DOSSIER', event) }),
    recordUpperOpinion: assign({
      upperOpinions: ({ context, event }) => [...(context.upperOpinions ?? []), payloadOf('RECORD_UPPER_OPINION', event)],
    }),
    recordAppraisal: assign({ appraisal: ({ event }) => payloadOf('APPRAISE', event) }),
    recordDecision: assign(({ event }) => {
      const p = payloadOf('DECIDE', event);
      return {
        decision: { number: p.decisionNumber, date: p.decisionDate, body: plainData(p.decidingBody), decidedAt: event.occurredAt },
        plan: decidedPlan(p),
      };
    }),
    recordNotApproved: assign({ notApproved: ({ event }) => payloadOf('NOT_APPROVED', event), outcome: () => 'NOT_APPROVED' }),
    recordAnnouncement: assign({ announcement: ({ event }) => payloadOf('ANNOUNCE', event) }),
    recordProblems: assign({ problems: ({ context, event }) => planProblems(context.plan, event.facts) }),
    recordAmendment: assign(({ context, event }) => {
      const p = payloadOf('AMEND_PLAN', event);
      return {
        plan: amendedPlan(context, p),
        problems: [],
        amendments: [...(context.amendments ?? []), { reason: p.reason, ...(p.documentRef ? { documentRef: p.documentRef } : {}), at: event.occurredAt }],
      };
    }),
    recordApplied: assign({ appliedAt: ({ event }) => event.occurredAt, problems: () => [] }),
    recordHandover: assign({
      handover: ({ event }) => payloadOf('HANDOVER_COMPLETED', event),
      outcome: ({ context }) => OUTCOME_BY_KIND[context.registration.kind],
    }),
  },
}).createMachine({
  id: 'to-chuc-dang',
  version: '1',
  initial: 'proposed',
  context: ({ input }) => ({ registration: input }),
  on: {
    // A deadline a committee set by hand and missed is recorded wherever the case is.
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // (1) The proposal of the organisation commission or committee, on the deciding committee's unit.
    proposed: {
      on: {
        SUBMIT_DOSSIER: {
          target: 'dossierSubmitted',
          actions: ['recordDossier', ...schedule('APPRAISAL', RULE.APPRAISAL, ({ event }) => payloadOf('SUBMIT_DOSSIER', event).submittedOn)],
        },
      },
    },
    // (1)–(2) Tờ trình, đề án, member lists, handover plan on file; the upper committee's opinion where required.
    dossierSubmitted: {
      on: {
        RECORD_UPPER_OPINION: { actions: 'recordUpperOpinion' },
        APPRAISE: {
          target: 'appraised',
          actions: [
            'recordAppraisal',
            met('APPRAISAL', ({ event }) => payloadOf('APPRAISE', event).appraisedOn),
            ...schedule('DECISION', RULE.DECISION, ({ event }) => payloadOf('APPRAISE', event).appraisedOn),
          ],
        },
      },
    },
    // (3) The organisation department's appraisal is in; (4) the committee or its standing committee decides.
    appraised: {
      on: {
        RECORD_UPPER_OPINION: { actions: 'recordUpperOpinion' },
        DECIDE: {
          guard: and(['planMatchesKind', 'decidingBodyAllowed', 'planAcceptable']),
          target: 'decided',
          actions: ['recordDecision', met('DECISION', ({ event }) => payloadOf('DECIDE', event).decisionDate)],
        },
        NOT_APPROVED: {
          target: 'notApproved',
          actions: ['recordNotApproved', met('DECISION', ({ event }) => payloadOf('NOT_APPROVED', event).decidedOn)],
        },
      },
    },
    // (5) Decision issued; it is announced to the organisations concerned.
    decided: {
      on: {
        ANNOUNCE: { guard: 'announcedAfterDecision', target: 'awaitingEffectiveDate', actions: ['recordAnnouncement', ...scheduleEffective] },
      },
    },
    // The change waits for 00:00 of its effective date (a term deadline); then the plan is checked again and applied.
    awaitingEffectiveDate: {
      on: {
        DEADLINE_MISSED: [
          { guard: and(['effectiveDateCame', 'planAcceptable']), target: 'inEffect', actions: applyChange },
          { guard: 'effectiveDateCame', target: 'awaitingCorrection', actions: toCorrection },
          { guard: 'currentDeadline', actions: 'recordOverdue' },
        ],
      },
    },
    // Something changed since the decision (e.g. a case opened without a successor): the plan is corrected first.
    awaitingCorrection: {
      on: {
        AMEND_PLAN: [
          { guard: and(['planMatchesKind', 'planAcceptable', 'effectiveDateReached']), target: 'inEffect', actions: ['recordAmendment', ...applyChange] },
          { guard: and(['planMatchesKind', 'planAcceptable']), target: 'awaitingEffectiveDate', actions: ['recordAmendment', ...scheduleEffective] },
        ],
      },
    },
    // (6)–(8) In effect: records, seal, archives and finances are handed over.
    inEffect: {
      on: {
        HANDOVER_COMPLETED: {
          target: 'closed',
          actions: ['recordHandover', met('HANDOVER', ({ event }) => payloadOf('HANDOVER_COMPLETED', event).minutesDate)],
        },
      },
    },
    closed: { type: 'final' },
    notApproved: { type: 'final' },
  },
});
