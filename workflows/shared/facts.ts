import type { OrgChangeFact, OrgChangePlan } from './org-change';

// Facts: what a pure machine needs from the database to decide a step (a rule's value, a body's authority). An
// event names the facts it needs (EventSpec.facts); the service computes them when the event is sent, hands them to
// the machine with the event (MachineEvent.facts) and stores them in the event's row under `facts`, so the timeline
// shows what the decision was based on. Machines never query anything themselves.

export type RuleUnit = 'WORKING_DAYS' | 'CALENDAR_DAYS' | 'MONTHS' | 'COUNT' | 'FRACTION' | 'LIST' | 'TABLE';

/**
 * One legal parameter as in force for the case's unit on the date of the legal fact (EventSpec.legalDate: the
 * meeting, the decision, the violation…; the day of entry only for events that carry no such date). `value` holds a
 * number (days, months, a count); `data` a share `{numerator, denominator, strict}`, a list `{items}` or a table
 * `{rows}`; both null = no legal value found (the machine refuses or shows it, never guesses).
 */
export interface RuleValueFact {
  ruleId: string;
  value: number | null;
  data?: unknown;
  unit: RuleUnit;
  legalBasis: string;
  confidence: string;
  effectiveFrom?: string;
  effectiveTo?: string | null;
  /** The date the row was resolved for, and why this row (general or a committee's override) applies. */
  resolvedOn?: string;
  why?: string;
  /** For a time rule: the event its clock starts from, as the row words it (e.g. "Ngày nhận quyết định kết nạp"). */
  startEvent?: string;
}

/** Kinds of Party body that may decide discipline (docs/domain/procedures.md §7.3). */
export const BODY_KINDS = ['CELL', 'CELL_COMMITTEE', 'PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Organisational levels (docs/domain/procedures.md §3.2). */
export const LEVELS = ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'] as const;
export type Level = (typeof LEVELS)[number];

/** Who is disciplined (docs/domain/procedures.md §7.1). */
export const DISCIPLINE_SUBJECTS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'] as const;
export type DisciplineSubject = (typeof DISCIPLINE_SUBJECTS)[number];

/** Disciplinary forms, heaviest last within each subject's list (docs/domain/procedures.md §7.1). */
export const DISCIPLINE_FORMS = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'] as const;
export type DisciplineForm = (typeof DISCIPLINE_FORMS)[number];

export const DISCIPLINE_FORM_LABELS: Record<DisciplineForm, string> = {
  KHIEN_TRACH: 'Khiển trách',
  CANH_CAO: 'Cảnh cáo',
  CACH_CHUC: 'Cách chức',
  KHAI_TRU: 'Khai trừ',
  GIAI_TAN: 'Giải tán',
};

export type AuthorityDecision = 'ALLOWED' | 'NOT_ALLOWED' | 'NOT_CONFIGURED';

/** The authority table's answer for one deciding body and one subject kind, form by form. */
export interface DisciplineAuthorityFact {
  body: { kind: BodyKind; level: Level };
  subject: DisciplineSubject;
  forms: Partial<
    Record<
      DisciplineForm,
      {
        decision: AuthorityDecision;
        /** Allowed, except for a violation in a task assigned by the upper level (a cell, §7.3). */
        notForUpperAssignedTask: boolean;
        legalBasis: string | null;
        confidence: string | null;
      }
    >
  >;
}

/** One document of the case's dossier (uploaded with its metadata and checksum; the content stays in storage). */
export interface DossierItemFact {
  attachmentId: string;
  /** Form code as in docs/domain/procedures.md §9.3 (CN-NTVĐ, 1-KNĐ … 16-KNĐ, LLCT-DVM for the theory-course certificate…). */
  formCode: string;
  /** The document's own date (ISO date). */
  documentDate: string;
  author: string;
  /** Stamped across pages (đóng dấu giáp lai), where §9.6 requires it. */
  stampedAcrossPages: boolean;
  /** The person of a background verification the document is about (e.g. a parent), if any. */
  aboutPerson?: string;
  sha256: string;
  uploadedAt: string;
}

export type PersonStatus = 'NON_MEMBER' | 'APPLICANT' | 'PROBATIONARY' | 'FULL' | 'STRUCK_OFF' | 'EXPELLED' | 'LEFT';

/** The person a case is about, with the history other cases recorded (a second application, a readmission). */
export interface PersonHistoryFact {
  personId: string;
  status: PersonStatus;
  /** Past membership periods, oldest first. */
  memberships: { admittedOn: string; recognisedOn?: string; endedOn?: string; endReason?: 'STRUCK_OFF' | 'EXPELLED' | 'LEFT' }[];
  /** The person's other cases of the same procedure (a previous application): their state and when they closed. */
  admissionCases: { caseId: string; state: string; closedOn: string | null }[];
}

/**
 * A deadline of the case as stored (its latest generation under the key), so that a machine can judge an act by its
 * own date against the due date (changes-2026.md §3.8) rather than by whether the worker already reported it missed.
 * Unlike `dueDate` (a rule counted afresh), it includes the extensions granted and a due set by hand.
 */
export interface DeadlineDueFact {
  ruleKey: string;
  generation: number;
  status: string;
  /** The day the clock started (Vietnam date). */
  startDate: string;
  /** The last day the step is on time (Vietnam date; extensions and a due set by hand included); null: no due date. */
  dueDate: string | null;
  extensionsUsed: number;
  /** How many extensions the deadline's rule row allows (0 when it has none). */
  extensionsAllowed: number;
}

/**
 * What an event may ask for. `disciplineAuthority` reads `decidingBody` and `subjectKind` from the payload;
 * `dossier` lists the case's uploaded documents; `personHistory` describes the person linked to the case
 * (ProcedureDefinition.personOf), or null when none is.
 */
export type FactRequest =
  | { fact: 'ruleValues'; keys: readonly string[] }
  | { fact: 'disciplineAuthority' }
  | { fact: 'dossier' }
  | { fact: 'personHistory' }
  | DueDateRequest
  /** The case's stored deadlines under these keys (latest generation; extensions included), null when never scheduled. */
  | { fact: 'deadlineDue'; keys: readonly string[] }
  /**
   * A structural change plan checked against the organisation tree (units on the effective date, the case unit's
   * scope, cycles, open cases without a successor), with what it would do; answered under `orgChange`, null when
   * `plan` gives none.
   */
  | { fact: 'orgChange'; plan: (context: unknown, payload: unknown) => OrgChangePlan | undefined }
  /** The user accounts `ids` picks from the context and payload (designated people): answered under `userAccounts`. */
  | { fact: 'userAccounts'; ids: (context: unknown, payload: unknown) => readonly string[] }
  /** The cases of `procedureId` this case opened (its children), as stored now: answered under `linkedCases`. */
  | { fact: 'linkedCases'; procedureId: string };

/**
 * A child case as stored when the event is sent (not as its report to the parent says): its state, whether it is
 * closed, its projection's category and tags (a conclusion, an answer's date), and the person it is about.
 */
export interface LinkedCaseFact {
  caseId: string;
  procedureId: string;
  link: string;
  state: string;
  status: 'OPEN' | 'CLOSED';
  reportCategory: string;
  tags: Readonly<Record<string, string>>;
  personId: string | null;
}

/**
 * A due date the service counts with the working calendar (a machine has none): the rule `ruleKey` in force on the
 * start date, counted from the instant `start` picks from the case's context and the event's payload, exactly as a
 * deadline of that rule would be counted. Answered under `key` in `EventFacts.dueDates` (null when `start` gives none).
 */
export interface DueDateRequest {
  fact: 'dueDate';
  key: string;
  ruleKey: string;
  start: (context: unknown, payload: unknown) => string | undefined;
}

export interface DueDateFact {
  ruleKey: string;
  /** The start instant as given. */
  startAt: string;
  /** The last day (ISO date, Vietnam) on which the act is in time; null when the rule has no value or is no period. */
  due: string | null;
  /** The row counted; null when no row is in force on the start date. */
  rule: RuleValueFact | null;
  /** How the day was counted (Vietnamese), as a deadline's explanation says it. */
  note: string;
}

export interface EventFacts {
  /** The date rules and authority were resolved on, and the payload field it came from (null: the day of entry). */
  legalDate?: { date: string; field: string | null };
  /** By rule key; null when the key has no rule row at all. */
  ruleValues?: Readonly<Record<string, RuleValueFact | null>>;
  disciplineAuthority?: DisciplineAuthorityFact;
  dossier?: { items: readonly DossierItemFact[] };
  personHistory?: PersonHistoryFact | null;
  /** By the request's key (DueDateRequest). */
  dueDates?: Readonly<Record<string, DueDateFact | null>>;
  /** By deadline key (the `deadlineDue` request). */
  deadlineDue?: Readonly<Record<string, DeadlineDueFact | null>>;
  orgChange?: OrgChangeFact | null;
  /** By user id: the account as it is now (never created by a case), null when no account has that id. */
  userAccounts?: Readonly<Record<string, { active: boolean; displayName: string } | null>>;
  /** The children of the `linkedCases` request, oldest first. */
  linkedCases?: readonly LinkedCaseFact[];
}
