import type { EventFacts } from '../shared/facts';
import type { Introducer } from './ket-nap-dang-vien.eligibility';
import type {
  AdmissionInput, AssignMentorPayload, AwarenessCertificatePayload, CertifyBackgroundPayload, DeadlineKey, DeadlineMissedPayload, DecideAdmissionPayload,
  DecideRecognitionPayload, DecisionReceiptPayload, DeclareBackgroundPayload, EnrolAwarenessCoursePayload, ExemptVerificationPayload,
  ExtendDecisionPayload, HoldCeremonyPayload, MemberRecordPayload, Over60ConsentPayload, ReadmissionConsentPayload, ReasonPayload, RecognitionProposal,
  RecognitionVotePayload,
  RecordIntroducerPayload, RecordVerificationAnswerPayload, RequestVerificationPayload, SectionAppraisalPayload, StartRecognitionReviewPayload,
  StartVerificationPayload, SubmitApplicationPayload, UpperAgreementPayload, UpperDecisionPayload, VerifiedRelation, VotePayload,
} from './ket-nap-dang-vien.events';
import type { MachineEvent } from '../shared/procedure';
import type { ChildConcludedPayload } from '../shared/child-case';
import type { RequestPoliticalStandardPayload } from './ket-nap-dang-vien.events';
import type { CeremonyClock } from './ket-nap-dang-vien.rules';

/** How the case ended (or where it stands when escalated). */
export type Outcome =
  | 'WITHDRAWN'
  | 'NOT_PROPOSED_BY_CELL'
  | 'NOT_PROPOSED_BY_GRASSROOTS'
  | 'NOT_ADMITTED_BY_GRASSROOTS'
  | 'NOT_ADMITTED_BY_DECISION'
  | 'ESCALATED_TO_UPPER'
  | 'FULL_MEMBER'
  | 'STRUCK_OFF';
/** Version 2 adds one: the linked political-standard verification concluded DOES_NOT_MEET. */
export type OutcomeV2 = Outcome | 'POLITICAL_STANDARD_NOT_MET';

/** One person's background verification (§9.6), a sub-task of M4. */
export interface VerificationTask {
  key: string;
  relation: VerifiedRelation;
  fullName: string;
  partyMember?: boolean;
  status: 'PENDING' | 'REQUESTED' | 'ANSWERED' | 'EXEMPTED';
  request?: { unitAsked: string; requestedOn: string; method: string; recordedBy: string };
  answer?: { answeredOn: string; finding: string; summary: string; documentRef?: string; recordedBy: string };
  /** The exemption's source is a single unverified quiz (06-HD/TW §3.4.c [S18]): shown as low confidence. */
  exemption?: { note: string; recordedBy: string; recordedAt: string; lowConfidence: true };
}

/** Version 2: the verification this case asked for, and its conclusion once concluded (or withdrawn). */
export interface PoliticalStandardRecord {
  requestedOn: string;
  requestedBy: string;
  /** Requests so far (a withdrawn verification may be asked again). */
  requests: number;
  status: 'REQUESTED' | 'CONCLUDED' | 'WITHDRAWN';
  verificationCaseId?: string;
  outcome?: 'MEETS' | 'DOES_NOT_MEET';
  concludedOn?: string;
  conclusionRef?: string;
}

/** A counted vote: the library's figures and text, who recorded it. */
export interface VoteRecord {
  meetingDate: string;
  resolutionRef?: string;
  passed: boolean;
  approve: number;
  denominator: number;
  needed: number;
  text: string;
  /** The rule the share came from (key and basis, as in force on the meeting date). */
  rule: string;
  /** Set when no quorum rule applies (VOTE.QUORUM_ADMISSION has no value): the vote stands, with this warning. */
  quorumNote?: string;
  recordedBy: string;
}

export interface ContextKnd {
  registration: AdmissionInput;
  mentor?: AssignMentorPayload;
  awarenessCourse?: EnrolAwarenessCoursePayload;
  certificate?: AwarenessCertificatePayload;
  application?: SubmitApplicationPayload;
  background?: DeclareBackgroundPayload;
  verification?: VerificationTask[];
  backgroundCertification?: CertifyBackgroundPayload & { certifiedBy: string };
  introducers?: Introducer[];
  over60Consent?: Over60ConsentPayload;
  /** A former member (the person's history at the cell's meeting): when they last left the Party. */
  readmission?: { lastEndedOn: string };
  readmissionConsent?: ReadmissionConsentPayload;
  cellVote?: VoteRecord;
  sectionAppraisal?: SectionAppraisalPayload;
  grassrootsVote?: VoteRecord;
  /** The decision; `body` is who decides under C.ADMISSION_DECIDING_BODY; `dueDate` its deadline's day when decided. */
  admissionDecision?: DecideAdmissionPayload & { committee: string; body?: string; dueDate?: string | null; decidedBy: string };
  /** Which date starts the ceremony's clock, read from C.CEREMONY's start event on the decision date. */
  ceremonyClock?: CeremonyClock;
  decisionReceivedOn?: string;
  lateCeremonyAgreement?: UpperAgreementPayload;
  ceremonyDate?: string;
  /** First day as a full member: ceremony date + 12 months (C-D5, C-D9). */
  probationEndsOn?: string;
  memberRecordDeclaredOn?: string;
  recognitionVotes?: (VoteRecord & { proposal: RecognitionProposal })[];
  failedRecognitionVotes?: number;
  /** Failed recognition votes after which the upper-direct committee takes over (C.RECOGNITION_MAX_FAILED_VOTES). */
  maxFailedRecognitionVotes?: number;
  /** The cell's passed recognition (or strike-off) vote the committee decides on. */
  recognitionProposal?: VoteRecord & { proposal: RecognitionProposal };
  recognitionDecision?: {
    decision: RecognitionProposal; decisionDate: string; decisionRef?: string; by: 'COMPETENT_COMMITTEE' | 'UPPER_COMMITTEE'; dueDate?: string | null; decidedBy: string;
  };
  /** Reasons given for the +30 working days of a decision deadline. */
  extensions?: Partial<Record<DeadlineKey, string>>;
  /**
   * A deciding committee decided after the due date without a reason (C-D3: self-criticism before the upper committee):
   * the decision's own date against its deadline's due date (changes-2026.md §3.8).
   */
  lateWithoutReason?: { admission?: string; recognition?: string };
  withdrawal?: string;
  /**
   * Version 2: the political standard, concluded in a verification case of its own (tham-tra-tieu-chuan-chinh-tri)
   * this case opened: asked on `requestedOn`; its conclusion as that case stood when it reported (the linkedCases fact).
   */
  politicalStandard?: PoliticalStandardRecord;
  /** Why the case ended without admission, when a rule ended it (version 2: the political standard not met). */
  endReason?: string;
  outcome?: OutcomeV2;
  /** How many times each deadline key was scheduled: equals the deadline row's generation. */
  deadlineGenerations?: Record<string, number>;
  /** Deadlines scheduled and not yet met or cancelled. */
  openDeadlines?: DeadlineKey[];
  /** Deadlines the worker reported missed (a record of the alerts; lateness is judged by each act's own date). */
  overdue?: Partial<Record<DeadlineKey, boolean>>;
}

// The machine's view of an event of type T with payload P (the engine's MachineEvent).
type E<T extends string, P> = MachineEvent<T, P>;

export type EventKnd =
  | E<'ASSIGN_MENTOR', AssignMentorPayload>
  | E<'ENROL_AWARENESS_COURSE', EnrolAwarenessCoursePayload>
  | E<'RECORD_AWARENESS_CERTIFICATE', AwarenessCertificatePayload>
  | E<'SUBMIT_APPLICATION', SubmitApplicationPayload>
  | E<'DECLARE_BACKGROUND', DeclareBackgroundPayload>
  | E<'START_VERIFICATION', StartVerificationPayload>
  | E<'REQUEST_VERIFICATION', RequestVerificationPayload>
  | E<'RECORD_VERIFICATION_ANSWER', RecordVerificationAnswerPayload>
  | E<'EXEMPT_VERIFICATION', ExemptVerificationPayload>
  | E<'CERTIFY_BACKGROUND', CertifyBackgroundPayload>
  | E<'RECORD_INTRODUCER', RecordIntroducerPayload>
  | E<'RECORD_OVER_60_CONSENT', Over60ConsentPayload>
  | E<'RECORD_READMISSION_CONSENT', ReadmissionConsentPayload>
  | E<'WITHDRAW', ReasonPayload>
  | E<'CELL_VOTE', VotePayload>
  | E<'RECORD_SECTION_APPRAISAL', SectionAppraisalPayload>
  | E<'GRASSROOTS_VOTE', VotePayload>
  | E<'EXTEND_ADMISSION_DECISION', ExtendDecisionPayload>
  | E<'DECIDE_ADMISSION', DecideAdmissionPayload>
  | E<'RECORD_DECISION_RECEIPT', DecisionReceiptPayload>
  | E<'RECORD_LATE_CEREMONY_AGREEMENT', UpperAgreementPayload>
  | E<'HOLD_CEREMONY', HoldCeremonyPayload>
  | E<'RECORD_MEMBER_RECORD', MemberRecordPayload>
  | E<'START_RECOGNITION_REVIEW', StartRecognitionReviewPayload>
  | E<'CELL_RECOGNITION_VOTE', RecognitionVotePayload>
  | E<'EXTEND_RECOGNITION_DECISION', ExtendDecisionPayload>
  | E<'DECIDE_RECOGNITION', DecideRecognitionPayload>
  | E<'UPPER_DECIDE_RECOGNITION', UpperDecisionPayload>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;

/** Version 2: the political standard comes from a verification case this case opens (no verification events of its own). */
export type EventKndV2 =
  | Exclude<EventKnd, { type: 'START_VERIFICATION' | 'REQUEST_VERIFICATION' | 'RECORD_VERIFICATION_ANSWER' | 'EXEMPT_VERIFICATION' }>
  | E<'REQUEST_POLITICAL_STANDARD', RequestPoliticalStandardPayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>;

/** What the machines' shared setup handles: both versions' events (each version's states take only its own). */
export type EventKndAll = EventKnd | EventKndV2;
