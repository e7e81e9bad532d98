// Procedure C: admission of a new party member, probation and recognition as a full member (kết nạp đảng viên).
// Legal basis: Điều lệ Đảng Art. 4–5; Quy định 232-QĐ/TW, 294-QĐ/TW (2025); Hướng dẫn 06-HD/TW, 12-HD/BTCTW — docs/domain/procedures.md §9 (M0–M19).
import { scheduledOnceMore } from '../shared/deadline-generations';
import { assign, enqueueActions, setup } from 'xstate';
import { vietnamDate } from '@hoso/kernel/legal-time';
import { effectActions, enqueueEffects } from '../shared/effect-actions';
import type { RecordMembershipParams } from '../shared/effects';
import { countVote, guardProblems, probationEnd, type GuardName } from './ket-nap-dang-vien.guards';
import type { AdmissionInput, DeadlineKey, VotePayload } from './ket-nap-dang-vien.events';
import type { ContextKnd, EventKnd, VoteRecord } from './ket-nap-dang-vien.types';

export const ADMISSION_PROCEDURE_ID = 'ket-nap-dang-vien';
/** Failed recognition (or strike-off) votes before the upper-direct committee takes over (§9.5 [S33][S34], stated). */
export const MAX_FAILED_RECOGNITION_VOTES = 3;

type Args = { context: ContextKnd; event: EventKnd };

const guard = (name: GuardName) => (args: Args) => guardProblems(name, args.context, args.event).length === 0;

function voteRecord(p: VotePayload, actorId: string): VoteRecord {
  const d = countVote(p);
  // The guard let the vote through only when the library could count it.
  if (!d.ok) throw new Error('vote counted without a valid tally');
  return { meetingDate: p.meetingDate, resolutionRef: p.resolutionRef, passed: d.passed, approve: d.approve, denominator: d.denominator, needed: d.needed, text: d.text, recordedBy: actorId };
}

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

const payloadOf = <T extends EventKnd['type']>(type: T, event: EventKnd) =>
  (event.type === type ? event.payload : undefined) as Extract<EventKnd, { type: T }>['payload'];

// Steps open from the source list to the cell vote (M0–M6).
const preparation = {
  RECORD_OVER_60_CONSENT: { guard: 'provincialRoute', actions: 'recordOver60Consent' },
  WITHDRAW: { target: '#ket-nap-dang-vien.notAdmitted', actions: 'recordWithdrawal' },
} as const;
// A certificate expired before the cell met is replaced by a new one (C-D1: re-take the course).
const renewCertificate = { RECORD_AWARENESS_CERTIFICATE: { actions: 'recordCertificate' } } as const;

// Probation ended (by the system at the end of the 12 months, or recorded by the cell): the cell has 30 WD (C-D7).
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

export const ketNapMachineV1 = setup({
  types: {} as { context: ContextKnd; events: EventKnd; input: AdmissionInput },
  guards: {
    certificateRecorded: guard('certificateRecorded'),
    provincialRoute: guard('provincialRoute'),
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
    tooManyFailedVotes: ({ context }) => (context.failedRecognitionVotes ?? 0) >= MAX_FAILED_RECOGNITION_VOTES,
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
    recordWithdrawal: assign({ withdrawal: ({ event }) => payloadOf('WITHDRAW', event).reason, outcome: 'WITHDRAWN' as const }),
    recordCellVote: assign({ cellVote: ({ event }) => voteRecord(payloadOf('CELL_VOTE', event), event.actorId) }),
    recordSectionAppraisal: assign({ sectionAppraisal: ({ event }) => payloadOf('RECORD_SECTION_APPRAISAL', event) }),
    recordGrassrootsVote: assign({ grassrootsVote: ({ event }) => voteRecord(payloadOf('GRASSROOTS_VOTE', event), event.actorId) }),
    recordExtension: assign({
      extensions: ({ context, event }, params: { key: DeadlineKey }) => ({
        ...context.extensions,
        [params.key]: payloadOf(event.type === 'EXTEND_ADMISSION_DECISION' ? 'EXTEND_ADMISSION_DECISION' : 'EXTEND_RECOGNITION_DECISION', event).reason,
      }),
    }),
    recordAdmissionDecision: assign({
      admissionDecision: ({ context, event }) => ({ ...payloadOf('DECIDE_ADMISSION', event), committee: deciding(context.registration), decidedBy: event.actorId }),
    }),
    // After the due date (the system reported the deadline missed) a decision needs a reason (C-D3).
    flagLateDecision: assign({
      lateWithoutReason: ({ context, event }, params: { key: 'admissionDecision' | 'recognitionDecision' }) => {
        const lateReason = event.type === 'DECIDE_ADMISSION' || event.type === 'DECIDE_RECOGNITION' ? event.payload.lateReason : undefined;
        if (!context.overdue?.[params.key] || lateReason) return context.lateWithoutReason;
        const which = params.key === 'admissionDecision' ? 'admission' : 'recognition';
        return { ...context.lateWithoutReason, [which]: deciding(context.registration) };
      },
    }),
    recordReceipt: assign({ decisionReceivedOn: ({ event }) => payloadOf('RECORD_DECISION_RECEIPT', event).receivedOn }),
    recordLateCeremonyAgreement: assign({ lateCeremonyAgreement: ({ event }) => payloadOf('RECORD_LATE_CEREMONY_AGREEMENT', event) }),
    recordCeremony: assign({
      ceremonyDate: ({ event }) => payloadOf('HOLD_CEREMONY', event).ceremonyDate,
      probationEndsOn: ({ event }) => probationEnd(payloadOf('HOLD_CEREMONY', event).ceremonyDate, event.facts?.ruleValues?.['C.PROBATION']?.value as number),
    }),
    recordMemberRecord: assign({ memberRecordDeclaredOn: ({ event }) => payloadOf('RECORD_MEMBER_RECORD', event).declaredOn }),
    recordRecognitionVote: assign(({ context, event }) => {
      const p = payloadOf('CELL_RECOGNITION_VOTE', event);
      const vote = { ...voteRecord(p, event.actorId), proposal: p.proposal };
      return {
        recognitionVotes: [...(context.recognitionVotes ?? []), vote],
        failedRecognitionVotes: (context.failedRecognitionVotes ?? 0) + (vote.passed ? 0 : 1),
        recognitionProposal: vote.passed ? vote : context.recognitionProposal,
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
}).createMachine({
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
    // M1: the awareness course; the certificate is valid 60 months (C-D1).
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
          // C-D3: the competent committee decides within 60 WD of the cell's resolution.
          actions: [...schedule('admissionDecision', 'C.DECISION_ADMIT', ({ context }) => context.cellVote!.meetingDate)],
        },
        { target: 'notAdmitted', actions: { type: 'setOutcome', params: { outcome: 'NOT_PROPOSED_BY_CELL' } } },
      ],
    },
    proposedByCell: { always: [{ guard: 'hasSectionCommittee', target: 'sectionAppraisal' }, { target: 'grassrootsVote' }] },
    // M8: only where a section committee sits between the cell and the grassroots committee (7-KNĐ).
    sectionAppraisal: {
      on: {
        RECORD_SECTION_APPRAISAL: { target: 'grassrootsVote', actions: 'recordSectionAppraisal' },
        EXTEND_ADMISSION_DECISION: {
          guard: 'admissionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'admissionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'admissionDecision', reason: payloadOf('EXTEND_ADMISSION_DECISION', event).reason }) },
          ],
        },
      },
    },
    // M9: the grassroots committee's vote (8-KNĐ): an authorised committee decides, the others propose up.
    grassrootsVote: {
      on: {
        GRASSROOTS_VOTE: { guard: 'grassrootsVoteAllowed', target: 'grassrootsVoteCounted', actions: 'recordGrassrootsVote' },
        EXTEND_ADMISSION_DECISION: {
          guard: 'admissionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'admissionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'admissionDecision', reason: payloadOf('EXTEND_ADMISSION_DECISION', event).reason }) },
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
    // M10: the decision (9-KNĐ) within 60 WD of the cell's resolution, +30 once with a reason (C-D3).
    awaitingDecision: {
      on: {
        EXTEND_ADMISSION_DECISION: {
          guard: 'admissionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'admissionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'admissionDecision', reason: payloadOf('EXTEND_ADMISSION_DECISION', event).reason }) },
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
        { guard: 'admitted', target: 'admissionDecided' },
        { target: 'notAdmitted', actions: { type: 'setOutcome', params: { outcome: 'NOT_ADMITTED_BY_DECISION' } } },
      ],
    },
    // M11: decided; the ceremony's 30 WD run from the cell's receipt of the decision (C-D4).
    admissionDecided: {
      on: {
        RECORD_DECISION_RECEIPT: {
          guard: 'receiptAllowed',
          target: 'ceremonyPending',
          actions: ['recordReceipt', ...schedule('ceremony', 'C.CEREMONY', ({ event }) => payloadOf('RECORD_DECISION_RECEIPT', event).receivedOn)],
        },
      },
    },
    // M12: after 30 WD the ceremony needs the upper-direct committee's agreement.
    ceremonyPending: {
      on: {
        RECORD_LATE_CEREMONY_AGREEMENT: { actions: 'recordLateCeremonyAgreement' },
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
    // M13: 12 months from the ceremony; the member record within 30 WD of it (C-D5, C-D6).
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
        // Three failures to reach 2/3, for recognition or for striking off: the upper-direct committee takes over.
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
    // M16: the competent committee decides within 30 WD of the cell's resolution, +30 once (C-D8).
    awaitingRecognitionDecision: {
      on: {
        EXTEND_RECOGNITION_DECISION: {
          guard: 'recognitionExtensionAllowed',
          actions: [
            { type: 'recordExtension', params: { key: 'recognitionDecision' } },
            { type: 'extendDeadline', params: ({ event }) => ({ key: 'recognitionDecision', reason: payloadOf('EXTEND_RECOGNITION_DECISION', event).reason }) },
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
            // Effective at the end of the 12 months even when decided late (C-D9); party age from the decision (C-D10).
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
