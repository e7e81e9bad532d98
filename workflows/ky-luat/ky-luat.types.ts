// The discipline machine's context and events (the engine's MachineEvent per payload), shared by the machine, its
// derived values and its refusals.
import type { ChildConcludedPayload } from '../shared/child-case';
import type { BodyKind, DisciplineForm, Level } from '../shared/facts';
import type { MachineEvent } from '../shared/procedure';
import type {
  AbsencePayload, ComplaintLodgedPayload, CheckLimitationPayload, DeadlineMissedPayload, DecidePayload, DeferPayload, ForwardProposalPayload,
  HearingPayload, KyLuatInput, ProposeUpPayload, ReasonPayload, ReceiptPayload, ResumePayload, SelfCriticismPayload, UpperDecidePayload,
  VotePayload,
} from './ky-luat.events';
import type { DecisionEffect } from './ky-luat.facts';
import type { Deferral } from './ky-luat.protection';
import type { AuthorityAnswer, Ballot, Limitation, UpperVoteRecord, VoteRecord } from './ky-luat.rules';

export type Body = { kind: BodyKind; level: Level };

/** How the case ended or stands (drives the report and what the parent is told). */
export type Outcome = 'DECIDED' | 'NO_DISCIPLINE' | 'NOT_ENFORCED_TIME_BARRED' | 'PROPOSED_UP' | 'ANNULLED';

export interface ContextKyLuat {
  input: KyLuatInput;
  limitation?: { concludedAt: string; table: Limitation[]; checkedAt: string; note?: string };
  /** The subject's forms, heaviest first, as the rule in force at the violation gives them (recorded at R1). */
  forms?: DisciplineForm[];
  selfCriticism?: SelfCriticismPayload | { missingReason: string };
  hearing?: ({ kind: 'HEARD' } & HearingPayload) | ({ kind: 'ABSENT_REPEATEDLY' } & AbsencePayload);
  deferrals?: Deferral[];
  /**
   * R5: the voting body's result; only counts, never who voted what. `at` is the meeting (its date when given, else
   * the entry), `effect` when a decision of this body on this form would take effect (B3.EFFECT_RULES).
   */
  vote?: VoteRecord & { body: Body; minutesRef: string; at: string; ballot: Ballot; authority: AuthorityAnswer; effect?: DecisionEffect };
  proposal?: { by: Body; to: Body; ref: string; at: string; forwarded?: (ForwardProposalPayload & { at: string })[] };
  upperVote?: UpperVoteRecord & { body: Body; decisionRef: string; at: string; change: 'CONFIRMED' | 'CHANGED'; effect?: DecisionEffect };
  /** The limitation applied to the form decided (R8 when time-barred). */
  applied?: Limitation;
  decision?: { form: DisciplineForm; body: Body; ref: string; at: string; effect: DecisionEffect; by: 'VOTING_BODY' | 'UPPER_LEVEL' };
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

export type Args = { context: ContextKyLuat; event: EventKyLuat };
