// Procedure B3: disciplinary action against a party member or organisation (thi hành kỷ luật).
// Legal basis: Điều lệ Đảng; Quy định 69-QĐ/TW (sửa đổi 264-QĐ/TW); Quy định 296-QĐ/TW, Hướng dẫn 08-HD/TW — docs/domain/procedures.md §7 (R0–R12).
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { and, assign, setup } from 'xstate';
import { complaintCaseInput } from '../khieu-nai-ky-luat/khieu-nai-ky-luat.events';
import { vietnamDate, addMonths } from '@hoso/kernel/legal-time';
import type { ChildConcludedPayload } from '../shared/child-case';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import { DISCIPLINE_FORMS, type BodyKind, type DisciplineForm, type EventFacts, type Level } from '../shared/facts';
import type {
  AbsencePayload, ComplaintLodgedPayload, CheckLimitationPayload, DeadlineMissedPayload, DecidePayload, DeferPayload, ForwardProposalPayload,
  HearingPayload, KyLuatInput, ProposeUpPayload, ReasonPayload, ReceiptPayload, ResumePayload, SelfCriticismPayload, UpperDecidePayload,
  VotePayload,
} from './ky-luat.events';
import {
  authorityFor, ballotListsSubjectForms, countUpperVote, countVote, formsFor, limitationTable, type AuthorityAnswer, type Limitation,
  type UpperVoteRecord, type VoteRecord,
} from './ky-luat.rules';
import type { MachineEvent } from '../shared/procedure';

export const KY_LUAT_PROCEDURE_ID = 'ky-luat';
export const COMPLAINT_PROCEDURE_ID = 'khieu-nai-ky-luat';

type Body = { kind: BodyKind; level: Level };
type Step = 'selfCriticism' | 'hearing' | 'meeting';

/** How the case ended or stands (drives the report and what the parent is told). */
export type Outcome = 'DECIDED' | 'NO_DISCIPLINE' | 'NOT_ENFORCED_TIME_BARRED' | 'PROPOSED_UP' | 'ANNULLED';

export interface ContextKyLuat {
  input: KyLuatInput;
  limitation?: { concludedAt: string; table: Limitation[]; checkedAt: string; note?: string };
  selfCriticism?: SelfCriticismPayload | { missingReason: string };
  hearing?: ({ kind: 'HEARD' } & HearingPayload) | ({ kind: 'ABSENT_REPEATEDLY' } & AbsencePayload);
  deferrals?: { ground: DeferPayload['ground']; from: string; until?: string; evidenceRef: string; resumedAt?: string; resumeReason?: string; resumeTo: Step }[];
  /** R5: the voting body's result; only counts, never who voted what. */
  vote?: VoteRecord & { body: Body; minutesRef: string; at: string; ballot: Pick<VotePayload, 'tally' | 'roster' | 'dissolutionThreshold'>; authority: AuthorityAnswer };
  proposal?: { by: Body; to: Body; ref: string; at: string; forwarded?: (ForwardProposalPayload & { at: string })[] };
  upperVote?: UpperVoteRecord & { body: Body; decisionRef: string; at: string; change: 'CONFIRMED' | 'CHANGED' };
  /** The limitation applied to the form decided (R8 when time-barred). */
  applied?: Limitation;
  decision?: { form: DisciplineForm; body: Body; ref: string; at: string; effect: 'ON_ANNOUNCEMENT' | 'ON_DECISION'; by: 'VOTING_BODY' | 'UPPER_LEVEL' };
  /** The form in force (changed by a complaint decision); null once annulled. */
  formInForce?: DisciplineForm | null;
  outcome?: Outcome;
  receipt?: ReceiptPayload;
  complaints?: { lodgedAt: string; complainant: string; at: string }[];
  complaintResults?: { childCaseId: string; outcome: string; summary?: string; at: string }[];
  windowClosed?: boolean;
  deadlineGenerations?: Record<string, number>;
}

// The machine's view of an event of type T with payload P (the engine's MachineEvent).
type E<T extends string, P> = MachineEvent<T, P>;
export type EventKyLuat =
  | E<'CHECK_LIMITATION', CheckLimitationPayload>
  | E<'DEFER_PROTECTED', DeferPayload>
  | E<'RESUME', ResumePayload>
  | E<'SUBMIT_SELF_CRITICISM', SelfCriticismPayload>
  | E<'RECORD_NO_SELF_CRITICISM', ReasonPayload>
  | E<'RECORD_HEARING', HearingPayload>
  | E<'RECORD_REPEATED_ABSENCE', AbsencePayload>
  | E<'RECORD_VOTE', VotePayload>
  | E<'DECIDE', DecidePayload>
  | E<'PROPOSE_UP', ProposeUpPayload>
  | E<'FORWARD_PROPOSAL', ForwardProposalPayload>
  | E<'UPPER_DECIDE', UpperDecidePayload>
  | E<'RECORD_RECEIPT', ReceiptPayload>
  | E<'COMPLAINT_LODGED', ComplaintLodgedPayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>
  | E<'ARCHIVE', Record<string, never>>;

type Args = { context: ContextKyLuat; event: EventKyLuat };

// ---- Derived values (pure; guards and actions share them) --------------------------------------------------

const ANNOUNCED_BY_CELL: readonly DisciplineForm[] = ['KHIEN_TRACH', 'CANH_CAO'];
const effectOf = (body: Body, form: DisciplineForm): 'ON_ANNOUNCEMENT' | 'ON_DECISION' =>
  body.kind === 'CELL' && ANNOUNCED_BY_CELL.includes(form) ? 'ON_ANNOUNCEMENT' : 'ON_DECISION';

const sameBody = (a: Body | undefined, b: Body | undefined) => !!a && !!b && a.kind === b.kind && a.level === b.level;
const LEVEL_RANK: Record<Level, number> = { CELL: 0, SECTION: 1, GRASSROOTS: 2, UPPER_GRASSROOTS: 3, PROVINCIAL: 4, CENTRAL: 5 };

function voteOf({ context, event }: Args) {
  if (event.type !== 'RECORD_VOTE') return undefined;
  return countVote(event.payload, context.input.subject.userId);
}
function upperVoteOf({ context, event }: Args) {
  if (event.type !== 'UPPER_DECIDE') return undefined;
  return countUpperVote(event.payload, context.input.subject.userId, context.vote?.ballot as never);
}
const limitationOf = (c: ContextKyLuat, form: DisciplineForm | null | undefined) => (form ? c.limitation?.table.find((l) => l.form === form) : undefined);
const taskByUpper = (c: ContextKyLuat) => c.input.taskAssignedByUpper === true;

/** The form an authority check is about: the vote's for DECIDE/PROPOSE_UP, the upper vote's for UPPER_DECIDE. */
function authorityAnswer(a: Args): AuthorityAnswer | 'NOT_NEEDED' {
  const { context, event } = a;
  if (event.type === 'UPPER_DECIDE') {
    const r = upperVoteOf(a);
    const form = r?.ok ? r.vote.decided : null;
    if (!form || limitationOf(context, form)?.timeBarred) return 'NOT_NEEDED';
    return authorityFor(event.facts?.disciplineAuthority, form, taskByUpper(context));
  }
  const form = context.vote?.decided;
  if (!form) return 'NOT_CONFIGURED';
  return authorityFor(event.facts?.disciplineAuthority, form, taskByUpper(context));
}

const ballotFormsMatch = (c: ContextKyLuat, forms: readonly string[] | undefined) => ballotListsSubjectForms(c.input.subject, forms);

// ---- Shared transition pieces ------------------------------------------------------------------------------

const defer = (step: Step) =>
  ({
    guard: and(['subjectIsMember', 'protectedGroundHolds']),
    target: '#ky-luat.deferred',
    actions: { type: 'recordDeferral', params: { step } },
  }) as const;

const VOTE_VALID = ['subjectKindMatches', 'ballotListsSubjectForms', 'tallyCounts'] as const;
const UPPER_VALID = ['subjectKindMatches', 'upperBodyAbove', 'ballotListsSubjectForms', 'tallyCounts', 'upperAuthorityConfigured', 'upperWithinAuthority'] as const;

const reportOutcome = (outcome: (c: ContextKyLuat) => string) => ({
  type: 'reportToParent' as const,
  params: ({ context }: { context: ContextKyLuat }) => ({ outcome: outcome(context), summary: context.applied?.text ?? context.vote?.text }),
});

const notifyParams = (template: string, audiences: readonly ('UNIT' | 'UPPER_COMMITTEE')[]) => ({ type: 'notify' as const, params: { template, audiences } });

export const kyLuatMachineV1 = setup({
  types: {} as { context: ContextKyLuat; events: EventKyLuat; input: KyLuatInput },
  guards: {
    conclusionDateKnown: ({ context, event }) =>
      event.type === 'CHECK_LIMITATION' && (event.payload.concludedAt ?? context.input.concludedAt) !== undefined,
    // The conclusion comes after the violation began and is not later than the step recording it.
    conclusionDateValid: ({ context, event }) => {
      if (event.type !== 'CHECK_LIMITATION') return false;
      const at = vietnamDate((event.payload.concludedAt ?? context.input.concludedAt) as string);
      return at >= vietnamDate(context.input.violation.occurredFrom) && at <= vietnamDate(event.occurredAt);
    },
    subjectIsMember: ({ context }) => context.input.subject.kind !== 'ORGANISATION',
    // A nursing mother is protected until the child is 12 months old.
    protectedGroundHolds: ({ event }) => {
      if (event.type !== 'DEFER_PROTECTED') return false;
      if (event.payload.ground !== 'NURSING_CHILD_UNDER_12_MONTHS') return true;
      const born = event.payload.childBornOn;
      return born !== undefined && vietnamDate(event.occurredAt) < addMonths(vietnamDate(born), 12) && vietnamDate(born) <= vietnamDate(event.occurredAt);
    },
    resumesTo: ({ context }, params: { step: Step }) => context.deferrals?.at(-1)?.resumeTo === params.step,
    absenceRepeated: ({ event }) =>
      event.type === 'RECORD_REPEATED_ABSENCE' && event.payload.withoutValidReason && new Set(event.payload.invitations).size >= 2,
    subjectKindMatches: ({ context, event }) =>
      (event.type === 'RECORD_VOTE' || event.type === 'DECIDE' || event.type === 'PROPOSE_UP' || event.type === 'UPPER_DECIDE') &&
      event.payload.subjectKind === context.input.subject.kind,
    ballotListsSubjectForms: ({ context, event }) =>
      (event.type === 'RECORD_VOTE' || event.type === 'UPPER_DECIDE') && ballotFormsMatch(context, event.payload.tally?.forms),
    tallyCounts: (a) => (a.event.type === 'UPPER_DECIDE' ? upperVoteOf(a)?.ok : voteOf(a)?.ok) === true,
    // Routing after a counted vote (never refuses: the last branch has no guard).
    voteDecidedNothing: ({ context }) => context.vote?.decided === null,
    voteTimeBarred: ({ context }) => context.applied?.timeBarred === true,
    cellAnnouncesWithinAuthority: ({ context }) =>
      context.vote !== undefined && context.vote.decided !== null && context.vote.authority === 'WITHIN' &&
      effectOf(context.vote.body, context.vote.decided) === 'ON_ANNOUNCEMENT',
    upperDecidedNothing: ({ context }) => context.upperVote?.decided === null,
    sameBodyAsVote: ({ context, event }) => (event.type === 'DECIDE' || event.type === 'PROPOSE_UP') && sameBody(event.payload.decidingBody, context.vote?.body),
    formExistsForSubject: ({ context, event }) => event.type === 'DECIDE' && formsFor(context.input.subject).includes(event.payload.form),
    formMatchesVote: ({ context, event }) => event.type === 'DECIDE' && event.payload.form === context.vote?.decided,
    authorityConfigured: (a) => authorityAnswer(a) !== 'NOT_CONFIGURED',
    withinAuthority: (a) => authorityAnswer(a) === 'WITHIN',
    beyondAuthority: (a) => authorityAnswer(a) === 'BEYOND',
    upperAuthorityConfigured: (a) => authorityAnswer(a) !== 'NOT_CONFIGURED',
    upperWithinAuthority: (a) => authorityAnswer(a) !== 'BEYOND',
    // The upper decision comes from a level above the body that voted first.
    upperBodyAbove: ({ context, event }) =>
      event.type === 'UPPER_DECIDE' && context.vote !== undefined && LEVEL_RANK[event.payload.decidingBody.level] >= LEVEL_RANK[context.vote.body.level] &&
      !sameBody(event.payload.decidingBody, context.vote.body),
    receiptAfterDecision: ({ context, event }) =>
      event.type === 'RECORD_RECEIPT' && context.decision !== undefined && vietnamDate(event.payload.receivedAt) >= vietnamDate(context.decision.at) &&
      vietnamDate(event.payload.receivedAt) <= vietnamDate(event.occurredAt),
    currentDeadline: ({ context, event }, params: { key: string }) =>
      event.type === 'DEADLINE_MISSED' && event.payload.key === params.key && isCurrentGeneration(context.deadlineGenerations, event.payload),
    complaintWindowClosed: ({ context }) => context.windowClosed === true,
    fromComplaintCase: ({ event }) =>
      event.type === 'CHILD_CONCLUDED' && event.payload.link === 'COMPLAINT' && event.payload.procedureId === COMPLAINT_PROCEDURE_ID,
  },
  actions: {
    ...effectActions,
    recordLimitation: assign({
      limitation: ({ context, event }) => {
        if (event.type !== 'CHECK_LIMITATION') return context.limitation;
        const concludedAt = (event.payload.concludedAt ?? context.input.concludedAt) as string;
        return { concludedAt, table: limitationTable(context.input, concludedAt, event.facts?.ruleValues), checkedAt: event.occurredAt, note: event.payload.note };
      },
    }),
    recordDeferral: assign({
      deferrals: ({ context, event }, params: { step: Step }) => {
        if (event.type !== 'DEFER_PROTECTED') return context.deferrals;
        const p = event.payload;
        const until = p.ground === 'NURSING_CHILD_UNDER_12_MONTHS' && p.childBornOn ? addMonths(vietnamDate(p.childBornOn), 12) : undefined;
        return [...(context.deferrals ?? []), { ground: p.ground, from: event.occurredAt, until, evidenceRef: p.evidenceRef, resumeTo: params.step }];
      },
    }),
    recordResume: assign({
      deferrals: ({ context, event }) => {
        const all = [...(context.deferrals ?? [])];
        const last = all.pop();
        if (!last || event.type !== 'RESUME') return context.deferrals;
        return [...all, { ...last, resumedAt: event.occurredAt, resumeReason: event.payload.reason }];
      },
    }),
    recordVote: assign(({ context, event }) => {
      if (event.type !== 'RECORD_VOTE') return {};
      const r = countVote(event.payload, context.input.subject.userId);
      if (!r.ok) return {};
      const { tally, roster, dissolutionThreshold } = event.payload;
      const authority = r.vote.decided ? authorityFor(event.facts?.disciplineAuthority, r.vote.decided, taskByUpper(context)) : 'NOT_CONFIGURED';
      return {
        vote: { ...r.vote, body: event.payload.decidingBody, minutesRef: event.payload.minutesRef, at: event.occurredAt, ballot: { tally, roster, dissolutionThreshold }, authority },
        applied: limitationOf(context, r.vote.decided),
      };
    }),
    recordUpperVote: assign(({ context, event }) => {
      if (event.type !== 'UPPER_DECIDE') return {};
      const r = countUpperVote(event.payload, context.input.subject.userId, context.vote?.ballot as never);
      if (!r.ok) return {};
      const change = r.vote.decided === context.vote?.decided ? ('CONFIRMED' as const) : ('CHANGED' as const);
      return {
        upperVote: { ...r.vote, body: event.payload.decidingBody, decisionRef: event.payload.decisionRef, at: event.occurredAt, change },
        applied: limitationOf(context, r.vote.decided),
      };
    }),
    decideByAnnouncement: assign(({ context }) => {
      const v = context.vote as NonNullable<ContextKyLuat['vote']>;
      const form = v.decided as DisciplineForm;
      return { decision: { form, body: v.body, ref: v.minutesRef, at: v.at, effect: 'ON_ANNOUNCEMENT' as const, by: 'VOTING_BODY' as const }, formInForce: form, outcome: 'DECIDED' as const };
    }),
    recordDecision: assign(({ event }) => {
      if (event.type !== 'DECIDE') return {};
      const { form, decidingBody: body, decisionRef: ref } = event.payload;
      return { decision: { form, body, ref, at: event.occurredAt, effect: effectOf(body, form), by: 'VOTING_BODY' as const }, formInForce: form, outcome: 'DECIDED' as const };
    }),
    recordUpperDecision: assign(({ context }) => {
      const u = context.upperVote as NonNullable<ContextKyLuat['upperVote']>;
      const form = u.decided as DisciplineForm;
      return { decision: { form, body: u.body, ref: u.decisionRef, at: u.at, effect: 'ON_DECISION' as const, by: 'UPPER_LEVEL' as const }, formInForce: form, outcome: 'DECIDED' as const };
    }),
    recordProposal: assign({
      proposal: ({ event }) =>
        event.type === 'PROPOSE_UP'
          ? { by: event.payload.decidingBody, to: event.payload.proposedTo, ref: event.payload.proposalRef, at: event.occurredAt }
          : undefined,
      outcome: 'PROPOSED_UP' as const,
    }),
    recordForward: assign({
      proposal: ({ context, event }) =>
        event.type === 'FORWARD_PROPOSAL' && context.proposal
          ? { ...context.proposal, to: event.payload.proposedTo, forwarded: [...(context.proposal.forwarded ?? []), { ...event.payload, at: event.occurredAt }] }
          : context.proposal,
    }),
    recordComplaint: assign({
      complaints: ({ context, event }) =>
        event.type === 'COMPLAINT_LODGED'
          ? [...(context.complaints ?? []), { lodgedAt: event.payload.lodgedAt, complainant: event.payload.complainant.name, at: event.occurredAt }]
          : context.complaints,
    }),
    // The decision stays in force while a complaint is pending; its result is recorded when the complaint concludes.
    recordComplaintResult: assign(({ context, event }) => {
      if (event.type !== 'CHILD_CONCLUDED') return {};
      const { childCaseId, outcome, summary } = event.payload;
      const results = [...(context.complaintResults ?? []), { childCaseId, outcome, summary, at: event.occurredAt }];
      if (outcome === 'ANNULLED') return { complaintResults: results, formInForce: null, outcome: 'ANNULLED' as const };
      const changed = /^CHANGED_([A-Z_]+)$/.exec(outcome)?.[1] as DisciplineForm | undefined;
      if (changed && (DISCIPLINE_FORMS as readonly string[]).includes(changed) && formsFor(context.input.subject).includes(changed))
        return { complaintResults: results, formInForce: changed };
      return { complaintResults: results };
    }),
    countSchedule: assign({
      deadlineGenerations: ({ context }, params: { key: string }) => scheduledOnceMore(context.deadlineGenerations, params.key),
    }),
    openComplaint: enqueueEffects(({ context, event, enqueue }) => {
      if (event.type !== 'COMPLAINT_LODGED' || !context.decision) return;
      const p = event.payload;
      const input = complaintCaseInput({
        complainant: p.complainant,
        decision: {
          form: context.formInForce ?? context.decision.form,
          decidedBy: context.decision.body,
          decidedAt: context.decision.at,
          receivedAt: context.receipt?.receivedAt,
        },
        lodgedAt: p.lodgedAt,
        lodgedWith: p.lodgedWith,
        onBehalfOfAnother: p.onBehalfOfAnother,
        summary: p.summary,
        sourceProcedureId: KY_LUAT_PROCEDURE_ID,
      });
      // Copied into a plain object: the effect table types a child's input as a record, which a class type is not.
      enqueue({ type: 'openChildCase', params: { procedureId: COMPLAINT_PROCEDURE_ID, link: 'COMPLAINT', input: { ...input } } });
      if (context.deadlineGenerations?.complaintWindow && !context.windowClosed)
        enqueue({ type: 'markDeadlineMet', params: { key: 'complaintWindow', at: event.occurredAt } });
    }),
  },
}).createMachine({
  id: 'ky-luat',
  version: '1',
  initial: 'concluded',
  context: ({ input }) => ({ input }),
  states: {
    // R0 → R1: the violation was concluded at disciplinary level; the limitation is computed for every form.
    concluded: {
      on: {
        CHECK_LIMITATION: { guard: and(['conclusionDateKnown', 'conclusionDateValid']), target: 'proceedings', actions: 'recordLimitation' },
      },
    },
    proceedings: {
      initial: 'selfCriticism',
      states: {
        // R3
        selfCriticism: {
          on: {
            SUBMIT_SELF_CRITICISM: { target: 'hearing', actions: assign({ selfCriticism: ({ event }) => event.payload }) },
            RECORD_NO_SELF_CRITICISM: { target: 'hearing', actions: assign({ selfCriticism: ({ event }) => ({ missingReason: event.payload.reason }) }) },
            DEFER_PROTECTED: defer('selfCriticism'),
          },
        },
        // R4: the competent body's representative must meet and hear the member, unless they repeatedly stay away.
        hearing: {
          on: {
            RECORD_HEARING: { target: 'meeting', actions: assign({ hearing: ({ event }) => ({ kind: 'HEARD' as const, ...event.payload }) }) },
            RECORD_REPEATED_ABSENCE: {
              guard: 'absenceRepeated',
              target: 'meeting',
              actions: assign({ hearing: ({ event }) => ({ kind: 'ABSENT_REPEATEDLY' as const, ...event.payload }) }),
            },
            DEFER_PROTECTED: defer('hearing'),
          },
        },
        // R5: one secret ballot listing every form for the subject, counted cumulatively.
        meeting: {
          on: {
            RECORD_VOTE: { guard: and([...VOTE_VALID]), target: '#ky-luat.counted', actions: 'recordVote' },
            DEFER_PROTECTED: defer('meeting'),
          },
        },
      },
    },
    // R2: not disciplined while pregnant, nursing a child under 12 months or seriously ill in hospital.
    deferred: {
      on: {
        RESUME: [
          { guard: { type: 'resumesTo', params: { step: 'selfCriticism' } }, target: 'proceedings.selfCriticism', actions: 'recordResume' },
          { guard: { type: 'resumesTo', params: { step: 'hearing' } }, target: 'proceedings.hearing', actions: 'recordResume' },
          { guard: { type: 'resumesTo', params: { step: 'meeting' } }, target: 'proceedings.meeting', actions: 'recordResume' },
        ],
      },
    },
    // Transient: where a counted vote leads (R9, R8, R10 for a cell's announcement, or R6).
    counted: {
      always: [
        { guard: 'voteDecidedNothing', target: 'noDiscipline' },
        { guard: 'voteTimeBarred', target: 'timeBarred' },
        { guard: 'cellAnnouncesWithinAuthority', target: 'effective', actions: 'decideByAnnouncement' },
        { target: 'voted' },
      ],
    },
    // R6: the body decides within its authority (R6a) or proposes to the competent level (R6b).
    voted: {
      on: {
        DECIDE: {
          guard: and(['subjectKindMatches', 'sameBodyAsVote', 'formExistsForSubject', 'formMatchesVote', 'authorityConfigured', 'withinAuthority']),
          target: 'effective',
          actions: 'recordDecision',
        },
        PROPOSE_UP: {
          guard: and(['subjectKindMatches', 'sameBodyAsVote', 'authorityConfigured', 'beyondAuthority']),
          target: 'proposedUp',
          actions: ['recordProposal', notifyParams('ky-luat.proposed-up', ['UPPER_COMMITTEE'])],
        },
      },
    },
    // R6b → R7: the competent level votes and decides; it may confirm, change or not discipline.
    proposedUp: {
      on: {
        UPPER_DECIDE: { guard: and([...UPPER_VALID]), target: 'upperCounted', actions: 'recordUpperVote' },
        FORWARD_PROPOSAL: { target: 'proposedUp', actions: ['recordForward', notifyParams('ky-luat.proposed-up', ['UPPER_COMMITTEE'])] },
      },
    },
    upperCounted: {
      always: [
        { guard: 'upperDecidedNothing', target: 'noDiscipline' },
        { guard: 'voteTimeBarred', target: 'timeBarred' },
        { target: 'effective', actions: 'recordUpperDecision' },
      ],
    },
    // R9
    noDiscipline: {
      entry: [
        assign({ outcome: 'NO_DISCIPLINE' as const, formInForce: null }),
        notifyParams('ky-luat.no-discipline', ['UNIT', 'UPPER_COMMITTEE']),
        reportOutcome(() => 'NO_DISCIPLINE'),
      ],
      on: { ARCHIVE: { target: 'archived' } },
    },
    // R8: the vote was held; the result is recorded and not enforced.
    timeBarred: {
      entry: [
        assign({ outcome: 'NOT_ENFORCED_TIME_BARRED' as const, formInForce: null }),
        notifyParams('ky-luat.time-barred', ['UNIT', 'UPPER_COMMITTEE']),
        reportOutcome(() => 'NOT_ENFORCED_TIME_BARRED'),
      ],
      on: { ARCHIVE: { target: 'archived' } },
    },
    // R10: in force (a cell's khiển trách/cảnh cáo on announcement, anything else on decision).
    effective: {
      entry: [notifyParams('ky-luat.decided', ['UNIT', 'UPPER_COMMITTEE']), reportOutcome((c) => `DECIDED_${c.decision?.form ?? 'NONE'}`)],
      on: {
        RECORD_RECEIPT: {
          guard: 'receiptAfterDecision',
          target: 'complaintWindow',
          actions: [
            assign({ receipt: ({ event }) => event.payload }),
            { type: 'scheduleDeadline', params: ({ event }) => ({ key: 'complaintWindow', ruleKey: 'B4.FILING_WINDOW', startAt: event.payload.receivedAt }) },
            { type: 'countSchedule', params: { key: 'complaintWindow' } },
          ],
        },
      },
    },
    // R11: the member may complain within the window; a complaint opens B4 and the decision stays in force.
    complaintWindow: {
      on: {
        COMPLAINT_LODGED: { target: 'complaintPending', actions: ['recordComplaint', 'openComplaint'] },
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'complaintWindow' } }, actions: assign({ windowClosed: true }) },
        ARCHIVE: { guard: 'complaintWindowClosed', target: 'archived' },
      },
    },
    complaintPending: {
      on: {
        CHILD_CONCLUDED: {
          guard: 'fromComplaintCase',
          target: 'complaintResolved',
          actions: ['recordComplaintResult', notifyParams('ky-luat.complaint-result', ['UNIT', 'UPPER_COMMITTEE'])],
        },
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'complaintWindow' } }, actions: assign({ windowClosed: true }) },
      },
    },
    // A higher level may still decide on an escalated complaint: its result is recorded here too.
    complaintResolved: {
      on: {
        CHILD_CONCLUDED: {
          guard: 'fromComplaintCase',
          target: 'complaintResolved',
          actions: ['recordComplaintResult', notifyParams('ky-luat.complaint-result', ['UNIT', 'UPPER_COMMITTEE'])],
        },
        COMPLAINT_LODGED: { target: 'complaintPending', actions: ['recordComplaint', 'openComplaint'] },
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'complaintWindow' } }, actions: assign({ windowClosed: true }) },
        ARCHIVE: { target: 'archived' },
      },
    },
    // R12
    archived: { type: 'final' },
  },
});
