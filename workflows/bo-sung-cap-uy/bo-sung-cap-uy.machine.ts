// Procedure: introducing local personnel to fill a grassroots committee (giới thiệu nhân sự bổ sung cấp ủy cơ sở từ nguồn nhân sự tại chỗ).
// Legal basis: Hướng dẫn 06-HD/TW (2025) on "chỉ định bổ sung hoặc tăng thêm cấp ủy viên" (topic stated, text not read); Điều lệ Đảng — docs/domain/bo-sung-cap-uy.md, changes-2026.md §5.2.
import { and, assign, setup } from 'xstate';
import { vietnamDate } from '@hoso/kernel/legal-time';
import { isCurrentGeneration, scheduledOnceMore } from '../shared/deadline-generations';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import { CONFIDENCE_RULES, countNomination, countPersonBallot, ELECTION_RULES } from './bo-sung-cap-uy.ballots';
import type { CommitteeFillingInput, DeadlineKey } from './bo-sung-cap-uy.events';
import {
  addedBy, appraisalProblems, confidenceOutcome, confidenceProblems, decidingBodyProblems, dossierProblems, effectiveDateOf, effectiveDueAt,
  electionProblems, filledMembers, nominationProblems, personAgreementProblems, refusalProblems, reportProblems, selected, selectionProblems,
  upperAgreementProblems, withdrawalProblems,
} from './bo-sung-cap-uy.guards';
import { RULE, type Problem } from './bo-sung-cap-uy.rules';
import { POST_LABELS } from './bo-sung-cap-uy.texts';
import type { ContextCapUy, EventCapUy } from './bo-sung-cap-uy.types';
import { payloadReader, plainData } from '../shared/payload';

export const CAP_UY_PROCEDURE_ID = 'bo-sung-cap-uy';

type Args = { context: ContextCapUy; event: EventCapUy };
type Check = (c: ContextCapUy, e: EventCapUy) => Problem[];

const payloadOf = payloadReader<EventCapUy>();

/** Every check a guard stands for, by guard name: the machine's guards and the refusals' details read the same lists. */
export const CHECKS: Readonly<Record<string, Check>> = {
  reportValid: reportProblems,
  upperAgreementValid: upperAgreementProblems,
  refusalValid: refusalProblems,
  nominationValid: nominationProblems,
  confidenceValid: confidenceProblems,
  personAgreementValid: personAgreementProblems,
  dossierValid: dossierProblems,
  appraisalValid: appraisalProblems,
  selectionValid: selectionProblems,
  decidingBodyAllowed: decidingBodyProblems,
  electionValid: electionProblems,
  withdrawalValid: withdrawalProblems,
};
const passes = (name: keyof typeof CHECKS) => ({ context, event }: Args) => CHECKS[name](context, event).length === 0;

// Deadline effects with the bookkeeping that lets a stale DEADLINE_MISSED be told apart.
const schedule = (key: DeadlineKey, ruleKey: string, startAt: (a: Args) => string) =>
  [
    { type: 'scheduleDeadline', params: (a: Args) => ({ key, ruleKey, startAt: startAt(a) }) },
    { type: 'countSchedule', params: { key } },
  ] as const;
const met = (key: DeadlineKey, at: (a: Args) => string) => ({ type: 'markDeadlineMet', params: (a: Args) => ({ key, at: at(a) }) }) as const;
// The effective date is fixed by the decision: a term due at its first instant, on the CAP_UY.EFFECTIVE row's basis.
const scheduleEffective = [
  {
    type: 'scheduleDeadline',
    params: ({ event }: Args) => {
      const d = payloadOf('DESIGNATE', event);
      return { key: 'EFFECTIVE', ruleKey: RULE.EFFECTIVE, startAt: d.decisionDate, term: true, dueAt: effectiveDueAt(effectiveDateOf(d)) };
    },
  },
  { type: 'countSchedule', params: { key: 'EFFECTIVE' } },
] as const;
const STEP_KEYS: readonly DeadlineKey[] = ['UPPER_AGREEMENT', 'APPRAISAL', 'DECISION'];
const designated = ['recordDesignation', met('DECISION', ({ event }) => payloadOf('DESIGNATE', event).decisionDate)] as const;

/**
 * The act takes effect: the people are recorded with what hoso did about their access (recordFilled), the roles of
 * their posts are given to those with an active account (assignCommitteeRoles, in this transaction), the unit is told.
 */
const fill = ['recordFilled', 'giveRoles'] as const;

export const capUyMachineV1 = setup({
  types: {} as { context: ContextCapUy; events: EventCapUy; input: CommitteeFillingInput },
  guards: {
    reportValid: passes('reportValid'),
    upperAgreementValid: passes('upperAgreementValid'),
    refusalValid: passes('refusalValid'),
    nominationValid: passes('nominationValid'),
    confidenceValid: passes('confidenceValid'),
    // At least one person won the confidence vote (else the conference nominates again).
    someoneConfident: ({ context, event }) =>
      event.type === 'RECORD_CONFIDENCE_BALLOT' && !!context.nomination &&
      confidenceOutcome(context, event)?.some((r) => r.passed) === true,
    personAgreementValid: passes('personAgreementValid'),
    dossierValid: passes('dossierValid'),
    appraisalValid: passes('appraisalValid'),
    selectionValid: passes('selectionValid'),
    decidingBodyAllowed: passes('decidingBodyAllowed'),
    electionValid: passes('electionValid'),
    someoneElected: ({ context, event }) => (addedBy(context, event)?.people.length ?? 0) > 0,
    // The designation's effective date has begun (00:00 in Vietnam) when it is recorded.
    effectiveNow: ({ event }) => event.type === 'DESIGNATE' && vietnamDate(event.occurredAt) >= effectiveDateOf(event.payload),
    // Everyone added whose post carries a role has an active account to give it to.
    accountsFound: ({ context, event }) => {
      const added = addedBy(context, event);
      return !!added && filledMembers(added.people, event.facts, added.on).every((m) => m.roleStatus !== 'NO_ACCOUNT');
    },
    withdrawalValid: passes('withdrawalValid'),
    effectiveDateCame: ({ context, event }) =>
      event.type === 'DEADLINE_MISSED' && event.payload.key === 'EFFECTIVE' && isCurrentGeneration(context.deadlineGenerations, event.payload),
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
    recordReport: assign({ report: ({ event }) => plainData(payloadOf('REPORT_TO_UPPER', event)) }),
    recordAgreement: assign({
      agreement: ({ event }) => {
        const p = payloadOf('RECORD_UPPER_AGREEMENT', event);
        return { agreedOn: p.agreedOn, documentRef: p.documentRef, posts: plainData(p.posts) };
      },
    }),
    recordRefusal: assign(({ context, event }) => ({
      refusal: { ...plainData(payloadOf('REFUSE', event)), stage: context.decision ? 'decision' : context.appraisal ? 'appraised' : 'agreement' },
      outcome: 'NOT_AGREED' as const,
    })),
    recordNomination: assign(({ context, event }) => {
      const p = payloadOf('RECORD_NOMINATION_BALLOT', event);
      const counted = countNomination(p, context.agreement!.posts, event.facts);
      const nomination = counted.ok ? counted.record : undefined;
      return { nomination, confidence: undefined, conferences: [...(context.conferences ?? []), ...(nomination ? [{ nomination }] : [])] };
    }),
    recordConfidence: assign(({ context, event }) => {
      const results = confidenceOutcome(context, event) ?? [];
      const p = payloadOf('RECORD_CONFIDENCE_BALLOT', event);
      const counted = countPersonBallot(p, p.meetingDate, context.nomination!.introduced, CONFIDENCE_RULES, event.facts);
      const confidence = counted.ok ? counted.record : undefined;
      const conferences = [...(context.conferences ?? [])];
      if (confidence && conferences.length > 0) conferences[conferences.length - 1] = { ...conferences[conferences.length - 1], confidence };
      const passed = new Set(results.filter((r) => r.passed).map((r) => r.key));
      return { confidence, conferences, confident: context.nomination!.introduced.filter((n) => passed.has(n.key)) };
    }),
    recordPersonAgreement: assign({
      personAgreements: ({ context, event }) => {
        const p = payloadOf('RECORD_PERSON_AGREEMENT', event);
        const next = { ...context.personAgreements };
        for (const key of p.nomineeKeys) next[key] = { opinion: p.opinion, agreedOn: p.agreedOn, documentRef: p.documentRef };
        return next;
      },
    }),
    recordDossier: assign({ dossier: ({ event }) => plainData(payloadOf('SUBMIT_DOSSIER', event)) }),
    recordAppraisal: assign({ appraisal: ({ event }) => plainData(payloadOf('APPRAISE', event)) }),
    recordDesignation: assign({
      decision: ({ event }) => {
        const p = payloadOf('DESIGNATE', event);
        return {
          method: 'DESIGNATION' as const, documentRef: p.decisionNumber, date: p.decisionDate, effectiveFrom: effectiveDateOf(p),
          body: plainData(p.decidingBody), nomineeKeys: [...p.nomineeKeys], recordedAt: event.occurredAt,
        };
      },
    }),
    recordElectionAgreement: assign({
      decision: ({ event }) => {
        const p = payloadOf('AGREE_TO_ELECT', event);
        return {
          method: 'ELECTION' as const, documentRef: p.documentRef, date: p.agreedOn, body: plainData(p.decidingBody), nomineeKeys: [...p.nomineeKeys],
          recordedAt: event.occurredAt,
        };
      },
    }),
    recordElection: assign({
      elections: ({ context, event }) => {
        const p = payloadOf('RECORD_ELECTION', event);
        const counted = countPersonBallot(p, p.electionDate, selected(context, context.decision!.nomineeKeys), ELECTION_RULES, event.facts);
        return [...(context.elections ?? []), ...(counted.ok ? [counted.record] : [])];
      },
    }),
    recordFilled: assign(({ context, event }) => {
      const added = addedBy(context, event)!;
      return {
        filled: { method: added.method, on: added.on, members: filledMembers(added.people, event.facts, added.on) },
        outcome: added.method === 'ELECTION' ? ('ELECTED' as const) : ('DESIGNATED' as const),
      };
    }),
    giveRoles: enqueueEffects(({ context, event, enqueue }) => {
      const added = addedBy(context as ContextCapUy, event as EventCapUy);
      if (!added) return;
      const members = filledMembers(added.people, (event as EventCapUy).facts, added.on);
      const assignments = members
        .filter((m) => m.roleStatus === 'ASSIGNED')
        .map((m) => ({ userId: m.userId!, role: m.role!, fullName: m.fullName, post: m.post }));
      if (assignments.length > 0) enqueue({ type: 'assignCommitteeRoles', params: { on: added.on, assignments } });
      const names = members.map((m) => `${m.fullName} (${POST_LABELS[m.post]})`).join(', ');
      enqueue({
        type: 'notify',
        params: { template: 'cap-uy.filled', audiences: ['UNIT'], summary: `Đã bổ sung cấp ủy: ${names}. ${members.map((m) => m.note).join(' ')}` },
      });
    }),
    recordWithdrawal: assign({ withdrawal: ({ event }) => plainData(payloadOf('WITHDRAW', event)), outcome: () => 'WITHDRAWN' as const }),
  },
}).createMachine({
  id: 'bo-sung-cap-uy',
  version: '1',
  initial: 'registered',
  context: ({ input }) => ({ registration: input }),
  on: {
    // A step deadline a committee set and missed is recorded wherever the case is.
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // The grassroots standing committee agreed to propose (reason, need, number by post).
    registered: {
      on: {
        REPORT_TO_UPPER: {
          guard: 'reportValid',
          target: 'awaitingUpperAgreement',
          actions: ['recordReport', ...schedule('UPPER_AGREEMENT', RULE.UPPER_AGREEMENT, ({ event }) => payloadOf('REPORT_TO_UPPER', event).reportedOn)],
        },
        WITHDRAW: withdraw(),
      },
    },
    // (1) Reported to the upper standing committee; (2) its written agreement, or its refusal.
    awaitingUpperAgreement: {
      on: {
        RECORD_UPPER_AGREEMENT: {
          guard: 'upperAgreementValid',
          target: 'agreed',
          actions: ['recordAgreement', met('UPPER_AGREEMENT', ({ event }) => payloadOf('RECORD_UPPER_AGREEMENT', event).agreedOn)],
        },
        REFUSE: { guard: 'refusalValid', target: 'notAgreed', actions: ['recordRefusal', met('UPPER_AGREEMENT', ({ event }) => payloadOf('REFUSE', event).decidedOn)] },
        WITHDRAW: withdraw(),
      },
    },
    // (3) The committee conference: nomination ballots first…
    agreed: {
      on: {
        RECORD_NOMINATION_BALLOT: { guard: 'nominationValid', target: 'nominated', actions: 'recordNomination' },
        WITHDRAW: withdraw(),
      },
    },
    // …then a confidence ballot for each person introduced; if nobody wins it, the conference nominates again.
    nominated: {
      on: {
        RECORD_CONFIDENCE_BALLOT: [
          { guard: and(['confidenceValid', 'someoneConfident']), target: 'conferenceHeld', actions: 'recordConfidence' },
          { guard: 'confidenceValid', target: 'agreed', actions: 'recordConfidence' },
        ],
        WITHDRAW: withdraw(),
      },
    },
    // (4) The dossier goes up; for standing posts the upper committee gives its opinion on the person.
    conferenceHeld: {
      on: {
        RECORD_PERSON_AGREEMENT: { guard: 'personAgreementValid', actions: 'recordPersonAgreement' },
        SUBMIT_DOSSIER: {
          guard: 'dossierValid',
          target: 'dossierSubmitted',
          actions: ['recordDossier', ...schedule('APPRAISAL', RULE.APPRAISAL, ({ event }) => payloadOf('SUBMIT_DOSSIER', event).submittedOn)],
        },
        WITHDRAW: withdraw(),
      },
    },
    // (5) The organisation department appraises.
    dossierSubmitted: {
      on: {
        RECORD_PERSON_AGREEMENT: { guard: 'personAgreementValid', actions: 'recordPersonAgreement' },
        APPRAISE: {
          guard: 'appraisalValid',
          target: 'appraised',
          actions: [
            'recordAppraisal',
            met('APPRAISAL', ({ event }) => payloadOf('APPRAISE', event).appraisedOn),
            ...schedule('DECISION', RULE.DECISION, ({ event }) => payloadOf('APPRAISE', event).appraisedOn),
          ],
        },
        WITHDRAW: withdraw(),
      },
    },
    // (6) The competent body designates, agrees to an election, or does not agree.
    appraised: {
      on: {
        RECORD_PERSON_AGREEMENT: { guard: 'personAgreementValid', actions: 'recordPersonAgreement' },
        DESIGNATE: [
          { guard: and(['selectionValid', 'decidingBodyAllowed', 'effectiveNow', 'accountsFound']), target: 'filled', actions: [...designated, ...fill] },
          { guard: and(['selectionValid', 'decidingBodyAllowed', 'effectiveNow']), target: 'filledRecordedOnly', actions: [...designated, ...fill] },
          { guard: and(['selectionValid', 'decidingBodyAllowed']), target: 'awaitingEffectiveDate', actions: [...designated, ...scheduleEffective] },
        ],
        AGREE_TO_ELECT: {
          guard: and(['selectionValid', 'decidingBodyAllowed']),
          target: 'electionPending',
          actions: ['recordElectionAgreement', met('DECISION', ({ event }) => payloadOf('AGREE_TO_ELECT', event).agreedOn)],
        },
        REFUSE: { guard: 'refusalValid', target: 'notAgreed', actions: ['recordRefusal', met('DECISION', ({ event }) => payloadOf('REFUSE', event).decidedOn)] },
        WITHDRAW: withdraw(),
      },
    },
    // The designation waits for 00:00 of its effective date (a term deadline); then the roles are given.
    awaitingEffectiveDate: {
      on: {
        DEADLINE_MISSED: [
          { guard: and(['effectiveDateCame', 'accountsFound']), target: 'filled', actions: fill },
          { guard: 'effectiveDateCame', target: 'filledRecordedOnly', actions: fill },
          { guard: 'currentDeadline', actions: 'recordOverdue' },
        ],
      },
    },
    // The conference elects; a round where nobody reaches the threshold is recorded and another may follow.
    electionPending: {
      on: {
        RECORD_ELECTION: [
          { guard: and(['electionValid', 'someoneElected', 'accountsFound']), target: 'filled', actions: ['recordElection', ...fill] },
          { guard: and(['electionValid', 'someoneElected']), target: 'filledRecordedOnly', actions: ['recordElection', ...fill] },
          { guard: 'electionValid', actions: 'recordElection' },
        ],
        WITHDRAW: withdraw(),
      },
    },
    filled: { type: 'final' },
    filledRecordedOnly: { type: 'final' },
    notAgreed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

/** Stopping the proposal (the unit withdraws it, or a nominee declines and nobody else is proposed): open clocks close. */
function withdraw() {
  return {
    guard: 'withdrawalValid',
    target: 'withdrawn',
    actions: ['recordWithdrawal', ...STEP_KEYS.map((key) => ({ type: 'cancelDeadline', params: ({ event }: Args) => ({ key, at: event.occurredAt }) }) as const)],
  } as const;
}
