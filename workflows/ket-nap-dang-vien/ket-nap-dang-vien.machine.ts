// Procedure C: admission of a new party member, probation and recognition as a full member (kết nạp đảng viên).
// Legal basis: Điều lệ Đảng Art. 4–5; Quy định 232-QĐ/TW, 294-QĐ/TW (2025); Hướng dẫn 06-HD/TW, 12-HD/BTCTW — docs/domain/procedures.md §9 (M0–M19).
import { scheduledOnceMore } from '../shared/deadline-generations';
import { and, assign, enqueueActions, setup } from 'xstate';
import { vietnamDate } from '@hoso/kernel/legal-time';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { RecordMembershipParams } from '../shared/effects';
import type { EventFacts } from '../shared/facts';
import { ballotRules, countVote, decidingBody, guardProblems, lateAgainst, probationEnd, type AdmissionBallot, type GuardName } from './ket-nap-dang-vien.guards';
import { lastMembershipEnded } from './ket-nap-dang-vien.eligibility';
import type { AdmissionInput, DeadlineKey, VotePayload } from './ket-nap-dang-vien.events';
import { ceremonyClockOf, ruleNumber, RULE } from './ket-nap-dang-vien.rules';
import type { ContextKnd, EventKnd, EventKndAll, VoteRecord } from './ket-nap-dang-vien.types';
import { payloadReader } from '../shared/payload';

export const ADMISSION_PROCEDURE_ID = 'ket-nap-dang-vien';

// The setup serves both versions (version 2 extends it: ket-nap-dang-vien.v2.machine.ts); version 1's states take only its own events.
type Args = { context: ContextKnd; event: EventKndAll };

const guard = (name: GuardName) => (args: Args) => guardProblems(name, args.context, args.event as EventKnd).length === 0;

function voteRecord(ballot: AdmissionBallot, p: VotePayload, c: ContextKnd, facts: EventFacts | undefined, actorId: string): VoteRecord {
  const r = ballotRules(ballot, c, facts);
  const d = r.ok ? countVote(p, r.rules) : undefined;
  // The guard let the vote through only when its rules were in force and the library could count it.
  if (!r.ok || !d?.ok) throw new Error('vote counted without its rules or a valid tally');
  return {
    meetingDate: p.meetingDate, resolutionRef: p.resolutionRef, passed: d.passed, approve: d.approve, denominator: d.denominator, needed: d.needed,
    text: d.text, rule: r.rules.rule, ...(r.rules.quorumNote ? { quorumNote: r.rules.quorumNote } : {}), recordedBy: actorId,
  };
}

/** The decision's own date against its deadline's stored due date (changes-2026.md §3.8). */
const dueDateOf = (facts: EventFacts | undefined, key: DeadlineKey): string | null => facts?.deadlineDue?.[key]?.dueDate ?? null;

const deciding = (r: AdmissionInput): string =>
  r.grassrootsAuthorisedToAdmit ? r.grassrootsCommittee.name : (r.competentCommittee?.name ?? r.grassrootsCommittee.name);

// Deadline effects with the bookkeeping that lets a stale DEADLINE_MISSED be told apart.
// The probation is a term that runs out, not a step that can be late: no reminders, no escalation, ENDED not MISSED.
const schedule = (key: DeadlineKey, ruleKey: string, startAt: (a: Args) => string) =>
  [
    { type: 'scheduleDeadline', params: (a: Args) => ({ key, ruleKey, startAt: startAt(a), ...(key === 'probation' ? { term: true } : {}) }) },
    { type: 'trackDeadline', params: { key } },
  ] as const;
const met = (key: DeadlineKey, at: (a: Args) => string) =>
  [
    { type: 'markDeadlineMet', params: (a: Args) => ({ key, at: at(a) }) },
    { type: 'closeDeadline', params: { key } },
  ] as const;
const cancel = (key: DeadlineKey) =>
  [
    { type: 'cancelDeadline', params: ({ event }: Args) => ({ key, at: event.occurredAt }) },
    { type: 'closeDeadline', params: { key } },
  ] as const;

const payloadOf = payloadReader<EventKndAll>();

// A former member's readmission: the provincial standing committee's written consent, before the deciding act.
const readmissionConsent = { RECORD_READMISSION_CONSENT: { guard: 'readmissionConsentRecordable', actions: 'recordReadmissionConsent' } } as const;
// Steps open from the source list to the cell vote (M0–M6).
const preparation = {
  ...readmissionConsent,
  RECORD_OVER_60_CONSENT: { guard: 'provincialRoute', actions: 'recordOver60Consent' },
  WITHDRAW: { target: '#ket-nap-dang-vien.notAdmitted', actions: 'recordWithdrawal' },
} as const;
// A certificate expired before the cell met is replaced by a new one (C-D1: re-take the course).
const renewCertificate = { RECORD_AWARENESS_CERTIFICATE: { actions: 'recordCertificate' } } as const;

// Probation ended (by the system at the end of the term, or recorded by the cell): the cell's clock starts (C-D7).
const toRecognitionReview = (how: 'missed' | 'recorded') =>
  ({
    target: '#ket-nap-dang-vien.recognitionReview',
    actions: [
      ...(how === 'missed' ? (['recordOverdue', { type: 'closeDeadline', params: { key: 'probation' } }] as const) : cancel('probation')),
      ...schedule('recognitionCell', 'C.RECOGNITION_CELL', ({ context }) => context.probationEndsOn as string),
    ],
  }) as const;

const membership = (status: RecordMembershipParams['status'], on: (a: Args) => string, withPartyAge: boolean) =>
  ({
    type: 'recordMembership',
    params: (a: Args): RecordMembershipParams => ({
      status,
      on: on(a),
      ...(withPartyAge && a.context.admissionDecision ? { partyAgeFrom: a.context.admissionDecision.decisionDate } : {}),
    }),
  }) as const;
const decisionDateOf = ({ event }: Args) =>
  event.type === 'DECIDE_RECOGNITION' || event.type === 'UPPER_DECIDE_RECOGNITION' ? event.payload.decisionDate : vietnamDate(event.occurredAt);

export const ketNapSetup = setup({
  types: {} as { context: ContextKnd; events: EventKndAll; input: AdmissionInput },
  guards: {
    certificateRecorded: guard('certificateRecorded'),
    provincialRoute: guard('provincialRoute'),
    readmissionConsentRecordable: guard('readmissionConsentRecordable'),
    lateAgreementRecordable: guard('lateAgreementRecordable'),
    verificationCanStart: guard('verificationCanStart'),
    verificationRequestable: guard('verificationRequestable'),
    verificationAnswerable: guard('verificationAnswerable'),
    verificationExemptable: guard('verificationExemptable'),
    verificationComplete: guard('verificationComplete'),
    introducerRecordable: guard('introducerRecordable'),
    cellVoteAllowed: guard('cellVoteAllowed'),
    grassrootsVoteAllowed: guard('grassrootsVoteAllowed'),
    admissionExtensionAllowed: guard('admissionExtensionAllowed'),
    recognitionExtensionAllowed: guard('recognitionExtensionAllowed'),
    admissionDecisionAllowed: guard('admissionDecisionAllowed'),
    receiptAllowed: guard('receiptAllowed'),
    ceremonyAllowed: guard('ceremonyAllowed'),
    currentDeadline: guard('currentDeadline'),
    probationDeadline: guard('probationDeadline'),
    probationOver: guard('probationOver'),
    recognitionVoteAllowed: guard('recognitionVoteAllowed'),
    recognitionDecisionAllowed: guard('recognitionDecisionAllowed'),
    upperDecisionAllowed: guard('upperDecisionAllowed'),
    // Routing after a counted vote (never refuses: each `always` has an unguarded fallback).
    cellVotePassed: ({ context }) => context.cellVote?.passed === true,
    grassrootsVotePassed: ({ context }) => context.grassrootsVote?.passed === true,
    hasSectionCommittee: ({ context }) => context.registration.hasSectionCommittee,
    authorisedToAdmit: ({ context }) => context.registration.grassrootsAuthorisedToAdmit,
    admitted: ({ context }) => context.admissionDecision?.admitted === true,
    recognitionVotePassed: ({ context }) => context.recognitionVotes?.at(-1)?.passed === true,
    // The limit in force at the vote (C.RECOGNITION_MAX_FAILED_VOTES), recorded with it.
    tooManyFailedVotes: ({ context }) =>
      context.maxFailedRecognitionVotes !== undefined && (context.failedRecognitionVotes ?? 0) >= context.maxFailedRecognitionVotes,
    admittedCeremonyFromIssue: ({ context }) => context.admissionDecision?.admitted === true && context.ceremonyClock === 'DECISION_ISSUE',
    ceremonyFromReceipt: ({ context }) => context.ceremonyClock === 'DECISION_RECEIPT',
    recognised: ({ context }) => context.recognitionDecision?.decision === 'RECOGNISE',
  },
  actions: {
    ...effectActions,
    recordMentor: assign({ mentor: ({ event }) => payloadOf('ASSIGN_MENTOR', event) }),
    recordEnrolment: assign({ awarenessCourse: ({ event }) => payloadOf('ENROL_AWARENESS_COURSE', event) }),
    recordCertificate: assign({ certificate: ({ event }) => payloadOf('RECORD_AWARENESS_CERTIFICATE', event) }),
    recordApplication: assign({ application: ({ event }) => payloadOf('SUBMIT_APPLICATION', event) }),
    recordBackground: assign({ background: ({ event }) => payloadOf('DECLARE_BACKGROUND', event) }),
    openVerification: assign({
      verification: ({ event }) =>
        payloadOf('START_VERIFICATION', event).persons.map((p) => ({
          key: p.key, relation: p.relation, fullName: p.fullName, ...(p.partyMember !== undefined ? { partyMember: p.partyMember } : {}), status: 'PENDING' as const,
        })),
    }),
    recordVerificationRequest: assign({
      verification: ({ context, event }) => {
        const p = payloadOf('REQUEST_VERIFICATION', event);
        return (context.verification ?? []).map((t) =>
          t.key === p.personKey
            ? { ...t, status: 'REQUESTED' as const, request: { unitAsked: p.unitAsked, requestedOn: p.requestedOn, method: p.method, recordedBy: event.actorId } }
            : t,
        );
      },
    }),
    recordVerificationAnswer: assign({
      verification: ({ context, event }) => {
        const p = payloadOf('RECORD_VERIFICATION_ANSWER', event);
        return (context.verification ?? []).map((t) =>
          t.key === p.personKey
            ? {
                ...t,
                status: 'ANSWERED' as const,
                answer: { answeredOn: p.answeredOn, finding: p.finding, summary: p.summary, ...(p.documentRef ? { documentRef: p.documentRef } : {}), recordedBy: event.actorId },
              }
            : t,
        );
      },
    }),
    recordExemption: assign({
      verification: ({ context, event }) => {
        const p = payloadOf('EXEMPT_VERIFICATION', event);
        return (context.verification ?? []).map((t) =>
          t.key === p.personKey
            ? { ...t, status: 'EXEMPTED' as const, exemption: { note: p.note, recordedBy: event.actorId, recordedAt: event.occurredAt, lowConfidence: true as const } }
            : t,
        );
      },
    }),
    recordCertification: assign({
      backgroundCertification: ({ event }) => ({ ...payloadOf('CERTIFY_BACKGROUND', event), certifiedBy: event.actorId }),
    }),
    recordIntroducer: assign({
      introducers: ({ context, event }) => {
        const p = payloadOf('RECORD_INTRODUCER', event);
        const marked = (context.introducers ?? []).map((i) => (p.assignedByCell === true && i.key === p.replacesKey ? { ...i, replacedBy: p.key } : i));
        return [...marked, { ...p, recordedBy: event.actorId }];
      },
    }),
    recordOver60Consent: assign({ over60Consent: ({ event }) => payloadOf('RECORD_OVER_60_CONSENT', event) }),
    recordReadmissionConsent: assign({ readmissionConsent: ({ event }) => payloadOf('RECORD_READMISSION_CONSENT', event) }),
    recordWithdrawal: assign({ withdrawal: ({ event }) => payloadOf('WITHDRAW', event).reason, outcome: 'WITHDRAWN' as const }),
    recordCellVote: assign(({ context, event }) => {
      const endedOn = lastMembershipEnded(event.facts?.personHistory);
      return {
        cellVote: voteRecord('CELL_VOTE', payloadOf('CELL_VOTE', event), context, event.facts, event.actorId),
        // A former member (the guard checked the readmission rules): the consent is required before the deciding act.
        ...(endedOn ? { readmission: { lastEndedOn: endedOn } } : {}),
      };
    }),
    recordSectionAppraisal: assign({ sectionAppraisal: ({ event }) => payloadOf('RECORD_SECTION_APPRAISAL', event) }),
    recordGrassrootsVote: assign({
      grassrootsVote: ({ context, event }) => voteRecord('GRASSROOTS_VOTE', payloadOf('GRASSROOTS_VOTE', event), context, event.facts, event.actorId),
    }),
    recordExtension: assign({
      extensions: ({ context, event }, params: { key: DeadlineKey }) => ({
        ...context.extensions,
        [params.key]: payloadOf(event.type === 'EXTEND_ADMISSION_DECISION' ? 'EXTEND_ADMISSION_DECISION' : 'EXTEND_RECOGNITION_DECISION', event).reason,
      }),
    }),
    recordAdmissionDecision: assign(({ context, event }) => {
      const p = payloadOf('DECIDE_ADMISSION', event);
      const body = decidingBody(context, event.facts);
      const clock = ceremonyClockOf(event.facts);
      return {
        admissionDecision: {
          ...p, committee: deciding(context.registration), ...(body.ok ? { body: body.label } : {}),
          dueDate: dueDateOf(event.facts, 'admissionDecision'), decidedBy: event.actorId,
        },
        // Read on the decision date: which date starts the ceremony's clock (232/294: receipt; 208, reported: issue).
        ...(p.admitted && clock.ok ? { ceremonyClock: clock.value } : {}),
      };
    }),
    // A decision dated after its due date needs a reason (C-D3), whenever it is entered; one dated in time never does.
    flagLateDecision: assign({
      lateWithoutReason: ({ context, event }, params: { key: 'admissionDecision' | 'recognitionDecision' }) => {
        if (event.type !== 'DECIDE_ADMISSION' && event.type !== 'DECIDE_RECOGNITION') return context.lateWithoutReason;
        const { late } = lateAgainst(event.payload.decisionDate, event.facts?.deadlineDue?.[params.key]);
        if (!late || event.payload.lateReason) return context.lateWithoutReason;
        const which = params.key === 'admissionDecision' ? 'admission' : 'recognition';
        return { ...context.lateWithoutReason, [which]: deciding(context.registration) };
      },
    }),
    recordReceipt: assign({ decisionReceivedOn: ({ event }) => payloadOf('RECORD_DECISION_RECEIPT', event).receivedOn }),
    recordLateCeremonyAgreement: assign({ lateCeremonyAgreement: ({ event }) => payloadOf('RECORD_LATE_CEREMONY_AGREEMENT', event) }),
    recordCeremony: assign(({ event }) => {
      const date = payloadOf('HOLD_CEREMONY', event).ceremonyDate;
      const months = ruleNumber(event.facts, RULE.PROBATION);
      // The guard refused the ceremony without a probation in force.
      if (!months.ok) throw new Error('ceremony recorded without C.PROBATION');
      return { ceremonyDate: date, probationEndsOn: probationEnd(date, months.value) };
    }),
    recordMemberRecord: assign({ memberRecordDeclaredOn: ({ event }) => payloadOf('RECORD_MEMBER_RECORD', event).declaredOn }),
    recordRecognitionVote: assign(({ context, event }) => {
      const p = payloadOf('CELL_RECOGNITION_VOTE', event);
      const vote = { ...voteRecord('CELL_RECOGNITION_VOTE', p, context, event.facts, event.actorId), proposal: p.proposal };
      const limit = ruleNumber(event.facts, RULE.RECOGNITION_MAX_FAILED_VOTES);
      return {
        recognitionVotes: [...(context.recognitionVotes ?? []), vote],
        failedRecognitionVotes: (context.failedRecognitionVotes ?? 0) + (vote.passed ? 0 : 1),
        recognitionProposal: vote.passed ? vote : context.recognitionProposal,
        ...(limit.ok ? { maxFailedRecognitionVotes: limit.value } : {}),
      };
    }),
    recordRecognitionDecision: assign({
      recognitionDecision: ({ event }) => {
        const p = event.type === 'DECIDE_RECOGNITION' || event.type === 'UPPER_DECIDE_RECOGNITION' ? event.payload : undefined;
        return {
          decision: p!.decision,
          decisionDate: p!.decisionDate,
          ...(p!.decisionRef ? { decisionRef: p!.decisionRef } : {}),
          by: event.type === 'DECIDE_RECOGNITION' ? ('COMPETENT_COMMITTEE' as const) : ('UPPER_COMMITTEE' as const),
          ...(event.type === 'DECIDE_RECOGNITION' ? { dueDate: dueDateOf(event.facts, 'recognitionDecision') } : {}),
          decidedBy: event.actorId,
        };
      },
    }),
    setOutcome: assign({ outcome: (_, params: { outcome: NonNullable<ContextKnd['outcome']> }) => params.outcome }),
    trackDeadline: assign(({ context }, params: { key: DeadlineKey }) => ({
      deadlineGenerations: scheduledOnceMore(context.deadlineGenerations, params.key),
      openDeadlines: [...(context.openDeadlines ?? []).filter((k) => k !== params.key), params.key],
    })),
    closeDeadline: assign({ openDeadlines: ({ context }, params: { key: DeadlineKey }) => (context.openDeadlines ?? []).filter((k) => k !== params.key) }),
    recordOverdue: assign({
      overdue: ({ context, event }) => (event.type === 'DEADLINE_MISSED' ? { ...context.overdue, [event.payload.key]: true } : context.overdue),
    }),
    // A case that ends closes whatever deadline is still open (e.g. the member record of a member struck off).
    cancelOpenDeadlines: enqueueEffects(({ context, event, enqueue }) => {
      for (const key of context.openDeadlines ?? []) {
        enqueue({ type: 'cancelDeadline', params: { key, at: event.occurredAt } });
      }
      enqueue(assign({ openDeadlines: [] }) as never);
    }),
  },
});

export const ketNapMachineV1 = ketNapSetup.createMachine({
  id: ADMISSION_PROCEDURE_ID,
  version: '1',
  initial: 'sourceList',
  context: ({ input }) => ({ registration: input }),
  on: {
    // A deadline other than the probation missed: recorded (the late step is still taken, with its consequences).
    DEADLINE_MISSED: { guard: 'currentDeadline', actions: 'recordOverdue' },
  },
  states: {
    // M0: on the cell's source list (quần chúng ưu tú), a member assigned to help.
    sourceList: {
      on: {
        ...preparation,
        ASSIGN_MENTOR: { actions: 'recordMentor' },
        ENROL_AWARENESS_COURSE: { target: 'awarenessCourse', actions: 'recordEnrolment' },
        // Someone who already holds a certificate goes straight on.
        RECORD_AWARENESS_CERTIFICATE: { target: 'awarenessCourse', actions: 'recordCertificate' },
      },
    },
    // M1: the awareness course; the certificate is valid for C.CERT_VALIDITY (C-D1).
    awarenessCourse: {
      on: {
        ...preparation,
        ...renewCertificate,
        ASSIGN_MENTOR: { actions: 'recordMentor' },
        SUBMIT_APPLICATION: { guard: 'certificateRecorded', target: 'applicationSubmitted', actions: 'recordApplication' },
      },
    },
    // M2: application (1-KNĐ) first, then the background (§9.6 order of work).
    applicationSubmitted: {
      on: { ...preparation, ...renewCertificate, DECLARE_BACKGROUND: { target: 'backgroundDeclared', actions: 'recordBackground' } },
    },
    // M3: the background (2-KNĐ) must be checked and stamped across pages before verification starts.
    backgroundDeclared: {
      on: { ...preparation, ...renewCertificate, START_VERIFICATION: { guard: 'verificationCanStart', target: 'verification', actions: 'openVerification' } },
    },
    // M4: one sub-task per person; an exempted relative needs no answer.
    verification: {
      on: {
        ...preparation,
        ...renewCertificate,
        REQUEST_VERIFICATION: { guard: 'verificationRequestable', actions: 'recordVerificationRequest' },
        RECORD_VERIFICATION_ANSWER: { guard: 'verificationAnswerable', actions: 'recordVerificationAnswer' },
        EXEMPT_VERIFICATION: { guard: 'verificationExemptable', actions: 'recordExemption' },
        CERTIFY_BACKGROUND: { guard: 'verificationComplete', target: 'backgroundCertified', actions: 'recordCertification' },
      },
    },
    // M5: the cell commented and the grassroots committee certified the background.
    backgroundCertified: {
      on: { ...preparation, ...renewCertificate, RECORD_INTRODUCER: { guard: 'introducerRecordable', target: 'introductionsAndComments', actions: 'recordIntroducer' } },
    },
    // M6: introducers (3-KNĐ, 4/4A-KNĐ) and comments (5-KNĐ); M7 is the cell's vote, taken from here.
    introductionsAndComments: {
      on: {
        ...preparation,
        ...renewCertificate,
        RECORD_INTRODUCER: { guard: 'introducerRecordable', actions: 'recordIntroducer' },
        CELL_VOTE: { guard: 'cellVoteAllowed', target: 'cellVoteCounted', actions: 'recordCellVote' },
      },
    },
    cellVoteCounted: {
      always: [
        {
          guard: 'cellVotePassed',
          target: 'proposedByCell',
          // C-D3: the competent committee decides within C.DECISION_ADMIT of the cell's resolution.
          actions: [...schedule('admissionDecision', 'C.DECISION_ADMIT', ({ context }) => context.cellVote!.meetingDate)],
        },
        { target: 'notAdmitted', actions: { type: 'setOutcome', params: { outcome: 'NOT_PROPOSED_BY_CELL' } } },
      ],
    },
    proposedByCell: { always: [{ guard: 'hasSectionCommittee', target: 'sectionAppraisal' }, { target: 'grassrootsVote' }] },
    // M8: only where a section committee sits between the cell and the grassroots committee (7-KNĐ).
    sectionAppraisal: {
      on: {
        ...readmissionConsent,
        RECORD_SECTION_APPRAISAL: { target: 'grassrootsVote', actions: 'recordSectionAppraisal' },
        EXTEND_ADMISSION_DECISION: {
          guard: 'admissionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'admissionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'admissionDecision', reason: payloadOf('EXTEND_ADMISSION_DECISION', event).reason, actDate: payloadOf('EXTEND_ADMISSION_DECISION', event).extendedOn }) },
          ],
        },
      },
    },
    // M9: the grassroots committee's vote (8-KNĐ): an authorised committee decides, the others propose up.
    grassrootsVote: {
      on: {
        ...readmissionConsent,
        GRASSROOTS_VOTE: { guard: 'grassrootsVoteAllowed', target: 'grassrootsVoteCounted', actions: 'recordGrassrootsVote' },
        EXTEND_ADMISSION_DECISION: {
          guard: 'admissionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'admissionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'admissionDecision', reason: payloadOf('EXTEND_ADMISSION_DECISION', event).reason, actDate: payloadOf('EXTEND_ADMISSION_DECISION', event).extendedOn }) },
          ],
        },
      },
    },
    grassrootsVoteCounted: {
      always: [
        { guard: 'grassrootsVotePassed', target: 'awaitingDecision', actions: enqueueActions(({ context, enqueue }) => {
          if (!context.registration.grassrootsAuthorisedToAdmit) {
            enqueue({ type: 'notify', params: { template: 'ket-nap.proposal', audiences: ['UPPER_COMMITTEE'] } });
          }
        }) },
        {
          guard: 'authorisedToAdmit',
          target: 'notAdmitted',
          actions: [...cancel('admissionDecision'), { type: 'setOutcome', params: { outcome: 'NOT_ADMITTED_BY_GRASSROOTS' } }, { type: 'notify', params: { template: 'ket-nap.not-admitted', audiences: ['UNIT'] } }],
        },
        {
          target: 'notAdmitted',
          actions: [...cancel('admissionDecision'), { type: 'setOutcome', params: { outcome: 'NOT_PROPOSED_BY_GRASSROOTS' } }, { type: 'notify', params: { template: 'ket-nap.not-admitted', audiences: ['UNIT'] } }],
        },
      ],
    },
    // M10: the decision (9-KNĐ) within C.DECISION_ADMIT of the cell's resolution, extended as the rule allows (C-D3).
    awaitingDecision: {
      on: {
        ...readmissionConsent,
        EXTEND_ADMISSION_DECISION: {
          guard: 'admissionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'admissionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'admissionDecision', reason: payloadOf('EXTEND_ADMISSION_DECISION', event).reason, actDate: payloadOf('EXTEND_ADMISSION_DECISION', event).extendedOn }) },
          ],
        },
        DECIDE_ADMISSION: {
          guard: 'admissionDecisionAllowed',
          target: 'decisionCounted',
          actions: [
            'recordAdmissionDecision',
            { type: 'flagLateDecision', params: { key: 'admissionDecision' } },
            ...met('admissionDecision', ({ event }) => payloadOf('DECIDE_ADMISSION', event).decisionDate),
            // The cell is told yes or no (C-D3).
            { type: 'notify', params: { template: 'ket-nap.decision', audiences: ['UNIT'] } },
          ],
        },
      },
    },
    decisionCounted: {
      always: [
        // Where C.CEREMONY counts from the decision's issue (208, reported), its clock starts now.
        {
          guard: 'admittedCeremonyFromIssue',
          target: 'admissionDecided',
          actions: [...schedule('ceremony', 'C.CEREMONY', ({ context }) => context.admissionDecision!.decisionDate)],
        },
        { guard: 'admitted', target: 'admissionDecided' },
        { target: 'notAdmitted', actions: { type: 'setOutcome', params: { outcome: 'NOT_ADMITTED_BY_DECISION' } } },
      ],
    },
    // M11: decided; under 232/294 the ceremony's clock (C.CEREMONY) runs from the cell's receipt of the decision (C-D4).
    admissionDecided: {
      on: {
        RECORD_DECISION_RECEIPT: [
          {
            guard: and(['receiptAllowed', 'ceremonyFromReceipt']),
            target: 'ceremonyPending',
            actions: ['recordReceipt', ...schedule('ceremony', 'C.CEREMONY', ({ event }) => payloadOf('RECORD_DECISION_RECEIPT', event).receivedOn)],
          },
          { guard: 'receiptAllowed', target: 'ceremonyPending', actions: 'recordReceipt' },
        ],
      },
    },
    // M12: a ceremony dated after its due date needs the upper-direct committee's agreement, given before it.
    ceremonyPending: {
      on: {
        RECORD_LATE_CEREMONY_AGREEMENT: { guard: 'lateAgreementRecordable', actions: 'recordLateCeremonyAgreement' },
        HOLD_CEREMONY: {
          guard: 'ceremonyAllowed',
          target: 'probationary',
          actions: [
            'recordCeremony',
            ...met('ceremony', ({ event }) => payloadOf('HOLD_CEREMONY', event).ceremonyDate),
            // Admitted on the ceremony date; party age counts from the date in the decision (C-D10).
            membership('PROBATIONARY', ({ event }) => payloadOf('HOLD_CEREMONY', event).ceremonyDate, true),
            ...schedule('memberRecord', 'C.MEMBER_RECORD', ({ event }) => payloadOf('HOLD_CEREMONY', event).ceremonyDate),
            ...schedule('probation', 'C.PROBATION', ({ event }) => payloadOf('HOLD_CEREMONY', event).ceremonyDate),
          ],
        },
      },
    },
    // M13: the probation (C.PROBATION) from the ceremony; the member record within C.MEMBER_RECORD of it (C-D5, C-D6).
    probationary: {
      on: {
        ASSIGN_MENTOR: { actions: 'recordMentor' },
        RECORD_MEMBER_RECORD: {
          actions: ['recordMemberRecord', ...met('memberRecord', ({ event }) => payloadOf('RECORD_MEMBER_RECORD', event).declaredOn)],
        },
        DEADLINE_MISSED: { guard: 'probationDeadline', ...toRecognitionReview('missed') },
        START_RECOGNITION_REVIEW: { guard: 'probationOver', ...toRecognitionReview('recorded') },
      },
    },
    // M14–M15: the cell reviews (10–12-KNĐ, theory course) and votes to recognise or to strike off.
    recognitionReview: {
      on: {
        RECORD_MEMBER_RECORD: {
          actions: ['recordMemberRecord', ...met('memberRecord', ({ event }) => payloadOf('RECORD_MEMBER_RECORD', event).declaredOn)],
        },
        CELL_RECOGNITION_VOTE: { guard: 'recognitionVoteAllowed', target: 'recognitionVoteCounted', actions: 'recordRecognitionVote' },
      },
    },
    recognitionVoteCounted: {
      always: [
        {
          guard: 'recognitionVotePassed',
          target: 'awaitingRecognitionDecision',
          actions: [
            ...met('recognitionCell', ({ context }) => context.recognitionProposal!.meetingDate),
            ...schedule('recognitionDecision', 'C.DECISION_RECOGNISE', ({ context }) => context.recognitionProposal!.meetingDate),
          ],
        },
        // C.RECOGNITION_MAX_FAILED_VOTES failures, for recognition or for striking off: the upper-direct committee takes over.
        {
          guard: 'tooManyFailedVotes',
          target: 'escalatedToUpper',
          actions: [
            ...cancel('recognitionCell'),
            { type: 'setOutcome', params: { outcome: 'ESCALATED_TO_UPPER' } },
            { type: 'notify', params: { template: 'ket-nap.recognition-escalated', audiences: ['UPPER_COMMITTEE'] } },
          ],
        },
        { target: 'recognitionReview' },
      ],
    },
    // M16: the competent committee decides within C.DECISION_RECOGNISE of the cell's resolution, extended as it allows (C-D8).
    awaitingRecognitionDecision: {
      on: {
        EXTEND_RECOGNITION_DECISION: {
          guard: 'recognitionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'recognitionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'recognitionDecision', reason: payloadOf('EXTEND_RECOGNITION_DECISION', event).reason, actDate: payloadOf('EXTEND_RECOGNITION_DECISION', event).extendedOn }) },
          ],
        },
        DECIDE_RECOGNITION: {
          guard: 'recognitionDecisionAllowed',
          target: 'recognitionDecided',
          actions: [
            'recordRecognitionDecision',
            { type: 'flagLateDecision', params: { key: 'recognitionDecision' } },
            ...met('recognitionDecision', ({ event }) => payloadOf('DECIDE_RECOGNITION', event).decisionDate),
          ],
        },
      },
    },
    // M17: the upper-direct committee and the competent committee decide.
    escalatedToUpper: {
      on: { UPPER_DECIDE_RECOGNITION: { guard: 'upperDecisionAllowed', target: 'recognitionDecided', actions: 'recordRecognitionDecision' } },
    },
    recognitionDecided: {
      always: [
        {
          guard: 'recognised',
          target: 'fullMember',
          actions: [
            { type: 'setOutcome', params: { outcome: 'FULL_MEMBER' } },
            // Effective at the end of the probation even when decided late (C-D9); party age from the decision (C-D10).
            membership('FULL', ({ context }) => context.probationEndsOn as string, true),
            'cancelOpenDeadlines',
            { type: 'notify', params: { template: 'ket-nap.recognised', audiences: ['UNIT'] } },
          ],
        },
        {
          target: 'struckOff',
          actions: [
            { type: 'setOutcome', params: { outcome: 'STRUCK_OFF' } },
            membership('STRUCK_OFF', decisionDateOf, false),
            'cancelOpenDeadlines',
            { type: 'notify', params: { template: 'ket-nap.struck-off', audiences: ['UNIT'] } },
          ],
        },
      ],
    },
    // M19, M18, M_REJ
    fullMember: { type: 'final' },
    struckOff: { type: 'final' },
    notAdmitted: { type: 'final' },
  },
});
