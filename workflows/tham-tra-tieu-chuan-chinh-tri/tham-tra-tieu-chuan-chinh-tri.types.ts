import type { MachineEvent } from '../shared/procedure';
import type { ChildConcludedPayload } from '../shared/child-case';
import type {
  AssessPayload, CheckBackgroundPayload, ConcludePayload, DeadlineKey, DeadlineMissedPayload, FilePayload, FinalConclusion, Finding,
  HigherOpinionPayload, Place, PoliticalStandardInput, SendTaskPayload, WithdrawPayload,
} from './tham-tra-tieu-chuan-chinh-tri.events';

/** One verification task: sent to a committee of residence or work (a child case there), then answered. */
export interface VerificationTask {
  taskKey: string;
  personKey: string;
  unitId: string;
  unitName: string;
  place: Place;
  requestedOn: string;
  documentRef?: string;
  sentBy: string;
  status: 'SENT' | 'ANSWERED' | 'NOT_IN_AREA';
  childCaseId?: string;
  finding?: Finding;
  answeredOn?: string;
}

export type Outcome = FinalConclusion | 'WITHDRAWN';

export interface ContextPs {
  request: PoliticalStandardInput;
  backgroundCheck?: CheckBackgroundPayload & { checkedBy: string };
  tasks?: VerificationTask[];
  assessment?: AssessPayload & { assessedBy: string };
  /** Every conclusion recorded, in order: a first one may ask the higher level's opinion. */
  conclusions?: (ConcludePayload & { concludedBy: string })[];
  higherOpinion?: HigherOpinionPayload & { recordedBy: string };
  filed?: FilePayload;
  withdrawal?: WithdrawPayload;
  outcome?: Outcome;
  deadlineGenerations?: Record<string, number>;
  openDeadlines?: DeadlineKey[];
  overdue?: Partial<Record<DeadlineKey, boolean>>;
}

type E<T extends string, P> = MachineEvent<T, P>;
export type EventPs =
  | E<'CHECK_BACKGROUND', CheckBackgroundPayload>
  | E<'SEND_TASK', SendTaskPayload>
  | E<'CHILD_CONCLUDED', ChildConcludedPayload>
  | E<'ASSESS', AssessPayload>
  | E<'CONCLUDE', ConcludePayload>
  | E<'RECORD_HIGHER_OPINION', HigherOpinionPayload>
  | E<'FILE', FilePayload>
  | E<'WITHDRAW', WithdrawPayload>
  | E<'DEADLINE_MISSED', DeadlineMissedPayload>;
