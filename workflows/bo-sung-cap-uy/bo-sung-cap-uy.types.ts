import type { MachineEvent } from '../shared/procedure';
import type { Role } from '../shared/roles';
import type {
  AppraisalPayload, CommitteeFillingInput, ConfidenceBallotPayload, DeadlineMissedPayload, DesignationPayload, DossierPayload, ElectionAgreementPayload,
  ElectionPayload, NominationBallotPayload, Opinion, PersonAgreementPayload, Post, PostCountDto, RefusalPayload, ReportPayload, UpperAgreementPayload,
  WithdrawPayload,
} from './bo-sung-cap-uy.events';
import type { Body } from './bo-sung-cap-uy.rules';

export type Outcome = 'DESIGNATED' | 'ELECTED' | 'NOT_AGREED' | 'WITHDRAWN';
export type Method = 'DESIGNATION' | 'ELECTION';

/** A person the nomination ballots introduced to the confidence ballots. */
export interface Nominee {
  key: string;
  fullName: string;
  post: Post;
  userId?: string;
  nominationVotes: number;
}

/** One person's yes/no ballot, counted by the voting library. */
export interface PersonVote {
  key: string;
  fullName: string;
  approve: number;
  denominator: number;
  needed: number;
  passed: boolean;
  /** "Tán thành 6/9, cần 5 (Quá một nửa): thông qua". */
  text: string;
}

/** A ballot as recorded: its date, its results and the rules it was counted with. */
export interface BallotRecord {
  date: string;
  results: PersonVote[];
  /** The rules and settings applied, and those not applied (Vietnamese). */
  basis: string[];
}

export interface NominationRecord {
  meetingDate: string;
  denominator: number;
  candidates: { key: string; fullName: string; post: Post; votes: number; declined: boolean }[];
  introduced: Nominee[];
  basis: string[];
}

/**
 * What hoso did about a designated (elected) person's access: the post's role given on the committee's unit
 * (ASSIGNED), no role for the post in hoso (NO_ROLE), or no active account to give it to (NO_ACCOUNT: recorded only).
 */
export type RoleStatus = 'ASSIGNED' | 'NO_ROLE' | 'NO_ACCOUNT';

export interface FilledMember {
  key: string;
  fullName: string;
  post: Post;
  userId?: string;
  role: Role | null;
  roleStatus: RoleStatus;
  /** Vietnamese, as the timeline and the case show it. */
  note: string;
}

export interface Decision {
  method: Method;
  /** The decision's number (designation) or the agreement's document (election). */
  documentRef: string;
  date: string;
  /** When it takes effect: the designation's effective date; an election's is its own date. */
  effectiveFrom?: string;
  body: Body & { name?: string };
  nomineeKeys: string[];
  recordedAt: string;
}

export interface ContextCapUy {
  registration: CommitteeFillingInput;
  report?: ReportPayload;
  agreement?: { agreedOn: string; documentRef: string; posts: PostCountDto[] };
  refusal?: RefusalPayload & { stage: string };
  /** The latest nomination (a conference where nobody won the confidence vote is followed by another). */
  nomination?: NominationRecord;
  confidence?: BallotRecord;
  /** Conferences held, oldest first (each nomination with the confidence ballot that followed it, if any). */
  conferences?: { nomination: NominationRecord; confidence?: BallotRecord }[];
  /** People who won the confidence vote, proposed up. */
  confident?: Nominee[];
  /** The upper committee's opinion on the person, for standing posts, by nominee key. */
  personAgreements?: Record<string, { opinion: Opinion; agreedOn: string; documentRef: string }>;
  dossier?: DossierPayload;
  appraisal?: AppraisalPayload;
  decision?: Decision;
  elections?: BallotRecord[];
  filled?: { method: Method; on: string; members: FilledMember[] };
  withdrawal?: WithdrawPayload;
  outcome?: Outcome;
  deadlineGenerations?: Record<string, number>;
  overdue?: Record<string, boolean>;
}

type E<T extends string, P> = MachineEvent<T, P>;
export type EventCapUy =
  | E<'REPORT_TO_UPPER', ReportPayload>
  | E<'RECORD_UPPER_AGREEMENT', UpperAgreementPayload>
  | E<'REFUSE', RefusalPayload>
  | E<'RECORD_NOMINATION_BALLOT', NominationBallotPayload>
  | E<'RECORD_CONFIDENCE_BALLOT', ConfidenceBallotPayload>
  | E<'RECORD_PERSON_AGREEMENT', PersonAgreementPayload>
  | E<'SUBMIT_DOSSIER', DossierPayload>
  | E<'APPRAISE', AppraisalPayload>
  | E<'DESIGNATE', DesignationPayload>
  | E<'AGREE_TO_ELECT', ElectionAgreementPayload>
  | E<'RECORD_ELECTION', ElectionPayload>
  | E<'WITHDRAW', WithdrawPayload>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;

export type EventType = EventCapUy['type'];
