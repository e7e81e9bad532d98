// Procedure B3: disciplinary action against a party member or organisation (thi hành kỷ luật).
// Legal basis: Điều lệ Đảng; Quy định 69-QĐ/TW (sửa đổi 264-QĐ/TW); Quy định 296-QĐ/TW, Hướng dẫn 08-HD/TW — docs/domain/procedures.md §7 (R0–R12).
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { and, assign, setup } from 'xstate';
import { complaintCaseInput } from '../khieu-nai-ky-luat/khieu-nai-ky-luat.events';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import { DISCIPLINE_FORMS, type DisciplineForm } from '../shared/facts';
import {
  authorityAnswer, ballotFormsMatch, dateInRange, dated, decidedOf, levelRank, limitationOf, ruleValues, sameBody, subjectId, taskByUpper,
  upperVoteOf, voteOf, voteRulesMissing,
} from './ky-luat.derived';
import { effectFromTable, formsFromTable, RULE, voteRuleFacts, wholeOf, type DecisionEffect } from './ky-luat.facts';
import { deferralOf, groundProblem, protectionTerm, resumeProblem, type Step } from './ky-luat.protection';
import { authorityFor, limitationRulesMissing, limitationTable, subjectForms, unconfirmedDissolutionVotes } from './ky-luat.rules';
import type { KyLuatInput } from './ky-luat.events';
import type { ContextKyLuat, EventKyLuat } from './ky-luat.types';
import { vietnamDate } from '@hoso/kernel/legal-time';

export const KY_LUAT_PROCEDURE_ID = 'ky-luat';
export const COMPLAINT_PROCEDURE_ID = 'khieu-nai-ky-luat';

export type { ContextKyLuat, EventKyLuat, Outcome } from './ky-luat.types';

// ---- Shared transition pieces ------------------------------------------------------------------------------

const defer = (step: Step) =>
  ({
    guard: and(['subjectIsMember', 'protectedGroundHolds']),
    target: '#ky-luat.deferred',
    actions: [{ type: 'recordDeferral', params: { step } }, 'scheduleProtectionEnd'],
  }) as const;

const resume = (step: Step, target: string) =>
  ({ guard: and(['protectionEnded', { type: 'resumesTo', params: { step } }]), target, actions: ['recordResume', 'closeProtectionTerm'] }) as const;

const VOTE_VALID = [
  'meetingDateValid', 'voteRulesFound', 'subjectKindMatches', 'ballotListsSubjectForms', 'dissolutionThresholdConfirmed', 'tallyCounts', 'effectRuleFound',
] as const;
const UPPER_VALID = [
  'decisionDateValid', 'upperRulesFound', 'subjectKindMatches', 'upperBodyAbove', 'ballotListsSubjectForms', 'dissolutionThresholdConfirmed', 'tallyCounts',
  'effectRuleFound', 'upperAuthorityConfigured', 'upperWithinAuthority',
] as const;

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
    // The limitation, the forms and the categories without limitation have a legal value on the violation's date.
    limitationRulesFound: ({ context, event }) =>
      event.type === 'CHECK_LIMITATION' && limitationRulesMissing(context.input, ruleValues(event)).length === 0,
    subjectIsMember: ({ context }) => context.input.subject.kind !== 'ORGANISATION',
    // A nursing mother is protected until the child reaches B3.PROTECT_NURSING_MONTHS; a pregnancy needs its due date.
    protectedGroundHolds: ({ event }) =>
      event.type === 'DEFER_PROTECTED' && groundProblem(event.payload, event.occurredAt, wholeOf(ruleValues(event), RULE.NURSING_MONTHS)) === null,
    // Not before the protection ends (nursing: the child reaches the months; otherwise the end the evidence gives).
    protectionEnded: ({ context, event }) => event.type === 'RESUME' && resumeProblem(context.deferrals?.at(-1), event.payload, event.occurredAt) === null,
    resumesTo: ({ context }, params: { step: Step }) => context.deferrals?.at(-1)?.resumeTo === params.step,
    absenceRepeated: ({ event }) => {
      if (event.type !== 'RECORD_REPEATED_ABSENCE') return false;
      const needed = wholeOf(ruleValues(event), RULE.ABSENCE_INVITATIONS);
      return needed !== undefined && event.payload.withoutValidReason && new Set(event.payload.invitations.map((d) => Date.parse(d))).size >= needed;
    },
    subjectKindMatches: ({ context, event }) =>
      (event.type === 'RECORD_VOTE' || event.type === 'DECIDE' || event.type === 'PROPOSE_UP' || event.type === 'UPPER_DECIDE') &&
      event.payload.subjectKind === context.input.subject.kind,
    meetingDateValid: ({ context, event }) => event.type === 'RECORD_VOTE' && dateInRange(context, event.payload.meetingDate, event.occurredAt),
    decisionDateValid: ({ context, event }) =>
      (event.type === 'DECIDE' || event.type === 'UPPER_DECIDE') && dateInRange(context, event.payload.decisionDate, event.occurredAt) &&
      (event.payload.decisionDate === undefined || !context.vote || vietnamDate(event.payload.decisionDate) >= vietnamDate(context.vote.at)),
    voteRulesFound: (a) => a.event.type === 'RECORD_VOTE' && voteRulesMissing(a, 'PROPOSING').length === 0,
    upperRulesFound: (a) => a.event.type === 'UPPER_DECIDE' && voteRulesMissing(a, 'DECIDING').length === 0,
    ballotListsSubjectForms: (a) =>
      (a.event.type === 'RECORD_VOTE' || a.event.type === 'UPPER_DECIDE') && ballotFormsMatch(a, a.event.payload.tally?.forms),
    // K3: giải tán has no threshold in the law found; a ballot where somebody chose it waits for a committee's value.
    dissolutionThresholdConfirmed: ({ context, event }) =>
      (event.type === 'RECORD_VOTE' || event.type === 'UPPER_DECIDE') &&
      unconfirmedDissolutionVotes(event.payload.tally, voteRuleFacts(ruleValues(event), event.type === 'RECORD_VOTE' ? 'PROPOSING' : 'DECIDING', subjectId(context))) === 0,
    tallyCounts: (a) => (a.event.type === 'UPPER_DECIDE' ? upperVoteOf(a)?.ok : voteOf(a)?.ok) === true,
    // Routing after a counted vote (never refuses: the last branch has no guard).
    voteDecidedNothing: ({ context }) => context.vote?.decided === null,
    voteTimeBarred: ({ context }) => context.applied?.timeBarred === true,
    cellAnnouncesWithinAuthority: ({ context }) =>
      context.vote !== undefined && context.vote.decided !== null && context.vote.authority === 'WITHIN' && context.vote.effect === 'ON_ANNOUNCEMENT',
    upperDecidedNothing: ({ context }) => context.upperVote?.decided === null,
    sameBodyAsVote: ({ context, event }) => (event.type === 'DECIDE' || event.type === 'PROPOSE_UP') && sameBody(event.payload.decidingBody, context.vote?.body),
    formExistsForSubject: ({ context, event }) => event.type === 'DECIDE' && (subjectForms(context, event.facts) ?? []).includes(event.payload.form),
    // B3.EFFECT_RULES says when a decision of this body on the form takes effect (nothing decided: nothing to say).
    effectRuleFound: (a) => {
      const { event } = a;
      if (event.type !== 'DECIDE' && event.type !== 'RECORD_VOTE' && event.type !== 'UPPER_DECIDE') return false;
      const form = event.type === 'DECIDE' ? event.payload.form : (event.type === 'RECORD_VOTE' ? voteOf(a) : upperVoteOf(a))?.ok ? decidedOf(a) : null;
      return !form || effectFromTable(ruleValues(event), event.payload.decidingBody, form) !== undefined;
    },
    formMatchesVote: ({ context, event }) => event.type === 'DECIDE' && event.payload.form === context.vote?.decided,
    authorityConfigured: (a) => authorityAnswer(a) !== 'NOT_CONFIGURED',
    withinAuthority: (a) => authorityAnswer(a) === 'WITHIN',
    beyondAuthority: (a) => authorityAnswer(a) === 'BEYOND',
    upperAuthorityConfigured: (a) => authorityAnswer(a) !== 'NOT_CONFIGURED',
    upperWithinAuthority: (a) => authorityAnswer(a) !== 'BEYOND',
    // The upper decision comes from a level above the body that voted first.
    upperBodyAbove: ({ context, event }) =>
      event.type === 'UPPER_DECIDE' && context.vote !== undefined && levelRank(event.payload.decidingBody.level) >= levelRank(context.vote.body.level) &&
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
    recordLimitation: assign(({ context, event }) => {
      if (event.type !== 'CHECK_LIMITATION') return {};
      const concludedAt = (event.payload.concludedAt ?? context.input.concludedAt) as string;
      const forms = formsFromTable(ruleValues(event), context.input.subject) ?? [];
      const table = limitationTable(context.input, concludedAt, ruleValues(event), forms);
      return { forms, limitation: { concludedAt, table, checkedAt: event.occurredAt, note: event.payload.note } };
    }),
    recordDeferral: assign({
      deferrals: ({ context, event }, params: { step: Step }) => {
        if (event.type !== 'DEFER_PROTECTED') return context.deferrals;
        return [...(context.deferrals ?? []), deferralOf(event.payload, event.occurredAt, params.step, wholeOf(ruleValues(event), RULE.NURSING_MONTHS))];
      },
    }),
    // A term at the protection's end: the unit is told when it runs out (nothing is escalated).
    scheduleProtectionEnd: enqueueEffects(({ event, enqueue }) => {
      if (event.type !== 'DEFER_PROTECTED') return;
      const term = protectionTerm(event.payload);
      if (!term) return;
      enqueue({ type: 'scheduleDeadline', params: { key: 'protectionEnd', ruleKey: term.ruleKey, startAt: term.startAt, term: true } });
      enqueue.assign({ deadlineGenerations: ({ context }) => scheduledOnceMore(context.deadlineGenerations, 'protectionEnd') });
    }),
    recordProtectionTermEnd: assign({
      deferrals: ({ context, event }) => {
        const all = [...(context.deferrals ?? [])];
        const last = all.pop();
        return last ? [...all, { ...last, termEndedAt: event.occurredAt }] : context.deferrals;
      },
    }),
    recordResume: assign({
      deferrals: ({ context, event }) => {
        const all = [...(context.deferrals ?? [])];
        const last = all.pop();
        if (!last || event.type !== 'RESUME') return context.deferrals;
        const p = event.payload;
        const ended = p.protectionEndedOn ? { endedOn: vietnamDate(p.protectionEndedOn), endEvidenceRef: p.endEvidenceRef } : {};
        return [...all, { ...last, ...ended, resumedAt: event.occurredAt, resumeReason: p.reason }];
      },
    }),
    // A term still running (resumed before the expected end) is closed; one that ran out is left as it ended.
    closeProtectionTerm: enqueueEffects(({ context, event, enqueue }) => {
      if (context.deadlineGenerations?.protectionEnd && !context.deferrals?.at(-1)?.termEndedAt)
        enqueue({ type: 'cancelDeadline', params: { key: 'protectionEnd', at: event.occurredAt } });
    }),
    recordVote: assign(({ context, event }) => {
      if (event.type !== 'RECORD_VOTE') return {};
      const r = voteOf({ context, event });
      if (!r?.ok) return {};
      const { tally, roster, decidingBody: body, meetingDate } = event.payload;
      const decided = r.vote.decided;
      const authority = decided ? authorityFor(event.facts?.disciplineAuthority, decided, taskByUpper(context)) : 'NOT_CONFIGURED';
      const effect = decided ? effectFromTable(ruleValues(event), body, decided) : undefined;
      return {
        vote: { ...r.vote, body, minutesRef: event.payload.minutesRef, at: dated(meetingDate, event.occurredAt), ballot: { tally, roster }, authority, effect },
        applied: limitationOf(context, decided),
      };
    }),
    recordUpperVote: assign(({ context, event }) => {
      if (event.type !== 'UPPER_DECIDE') return {};
      const r = upperVoteOf({ context, event });
      if (!r?.ok) return {};
      const change = r.vote.decided === context.vote?.decided ? ('CONFIRMED' as const) : ('CHANGED' as const);
      const body = event.payload.decidingBody;
      const effect = r.vote.decided ? effectFromTable(ruleValues(event), body, r.vote.decided) : undefined;
      return {
        upperVote: { ...r.vote, body, decisionRef: event.payload.decisionRef, at: dated(event.payload.decisionDate, event.occurredAt), change, effect },
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
      const { form, decidingBody: body, decisionRef: ref, decisionDate } = event.payload;
      const effect = effectFromTable(ruleValues(event), body, form) as DecisionEffect;
      return { decision: { form, body, ref, at: dated(decisionDate, event.occurredAt), effect, by: 'VOTING_BODY' as const }, formInForce: form, outcome: 'DECIDED' as const };
    }),
    recordUpperDecision: assign(({ context }) => {
      const u = context.upperVote as NonNullable<ContextKyLuat['upperVote']>;
      const form = u.decided as DisciplineForm;
      // Found by effectRuleFound before the vote was recorded.
      const effect = u.effect as DecisionEffect;
      return { decision: { form, body: u.body, ref: u.decisionRef, at: u.at, effect, by: 'UPPER_LEVEL' as const }, formInForce: form, outcome: 'DECIDED' as const };
    }),
    recordProposal: assign({
      proposal: ({ event }) =>
        event.type === 'PROPOSE_UP'
          ? { by: event.payload.decidingBody, to: event.payload.proposedTo, ref: event.payload.proposalRef, at: dated(event.payload.proposedOn, event.occurredAt) }
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
      if (changed && (DISCIPLINE_FORMS as readonly string[]).includes(changed) && (subjectForms(context, event.facts) ?? []).includes(changed))
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
        CHECK_LIMITATION: { guard: and(['conclusionDateKnown', 'conclusionDateValid', 'limitationRulesFound']), target: 'proceedings', actions: 'recordLimitation' },
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
    // R2: not disciplined while pregnant, nursing a young child or seriously ill in hospital — at any level: the case
    // resumes where it stood once the protection has ended; a term at its end tells the unit.
    deferred: {
      on: {
        RESUME: [
          resume('selfCriticism', 'proceedings.selfCriticism'),
          resume('hearing', 'proceedings.hearing'),
          resume('meeting', 'proceedings.meeting'),
          resume('voted', 'voted'),
          resume('proposedUp', 'proposedUp'),
        ],
        DEADLINE_MISSED: { guard: { type: 'currentDeadline', params: { key: 'protectionEnd' } }, actions: 'recordProtectionTermEnd' },
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
          guard: and([
            'decisionDateValid', 'subjectKindMatches', 'sameBodyAsVote', 'formExistsForSubject', 'formMatchesVote', 'effectRuleFound', 'authorityConfigured',
            'withinAuthority',
          ]),
          target: 'effective',
          actions: 'recordDecision',
        },
        PROPOSE_UP: {
          guard: and(['subjectKindMatches', 'sameBodyAsVote', 'authorityConfigured', 'beyondAuthority']),
          target: 'proposedUp',
          actions: ['recordProposal', notifyParams('ky-luat.proposed-up', ['UPPER_COMMITTEE'])],
        },
        DEFER_PROTECTED: defer('voted'),
      },
    },
    // R6b → R7: the competent level votes and decides; it may confirm, change or not discipline.
    proposedUp: {
      on: {
        UPPER_DECIDE: { guard: and([...UPPER_VALID]), target: 'upperCounted', actions: 'recordUpperVote' },
        FORWARD_PROPOSAL: { target: 'proposedUp', actions: ['recordForward', notifyParams('ky-luat.proposed-up', ['UPPER_COMMITTEE'])] },
        // The upper level may not decide while the member is protected either.
        DEFER_PROTECTED: defer('proposedUp'),
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
