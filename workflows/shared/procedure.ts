import type { AnyStateMachine } from 'xstate';
import type { EventFacts, FactRequest } from './facts';
import type { FieldTexts } from './field-texts';
import type { Role } from './roles';
import type { VotePreviewHook } from './voting/vote-preview';

/** A class whose instances class-validator can check (payload DTOs are declared next to each machine). */
export type PayloadClass = new () => object;

/** Every event reaching a machine has this shape; the service fills actorId and occurredAt. */
export interface MachineEvent<TType extends string = string, TPayload = unknown> {
  type: TType;
  payload: TPayload;
  actorId: string;
  occurredAt: string;
  /** Computed by the service for the facts the event's spec asks for (see facts.ts). */
  facts?: EventFacts;
}

export interface EventSpec {
  /** Vietnamese label shown to users. */
  label: string;
  /** Roles that may send the event (held on the case's unit or an ancestor of it). */
  roles: readonly Role[];
  /** DTO validating the payload; events without one take an empty payload. */
  payload?: PayloadClass;
  /**
   * Whose roles count: the case's own unit (default) or the unit the case was assigned to
   * (for the steps a competent unit takes on an assigned case).
   */
  actingUnit?: 'CASE_UNIT' | 'ASSIGNED_UNIT';
  /** Whether the event applies to this case at all (e.g. only Front-supervision cases can extend that deadline). */
  offerWhen?: (context: unknown) => boolean;
  /**
   * Separation of duties: whoever sent one of `preparedBy` on the case may not send this event (a proposal and its
   * decision, a report and its conclusion), unless they hold one of `bypassRoles` and give a reason, which is
   * written into the event on the timeline.
   */
  separateFrom?: { preparedBy: readonly string[]; bypassRoles: readonly Role[] };
  /** Facts the service computes and hands to the machine with the event (rule values, a body's authority). */
  facts?: readonly FactRequest[];
  /**
   * The payload field holding the date of the legal fact the event records (meeting, decision, violation, receipt,
   * ceremony…), an ISO date or instant: facts are resolved on that date (in Vietnam), not on the day of entry. The
   * first field present in the payload wins; none present = the day the event is entered. `context.<path>` reads a
   * date the case already holds (e.g. `context.input.violation.occurredFrom`).
   */
  legalDate?: readonly string[];
  /**
   * The step records the result of a ballot: the vote's live arithmetic for a payload as entered (denominator,
   * thresholds, cumulative counting, quorum, outcome), pure and total, from the same voting functions the transition
   * calls. Served by POST /cases/:id/vote-preview; its presence marks the step as a ballot (`ballot: true`).
   */
  votePreview?: VotePreviewHook;
  /**
   * The step issues a document the committee signs (a decision, a notice): it is taken only once a copy generated from
   * one of `templates` (document template keys, POST /cases/:id/documents/generate) has been signed and filed as the
   * signed copy of that draft (a dossier upload with `signedCopyOf`). `document` names it in the refusal.
   */
  requiresSignedCopy?: { templates: readonly string[]; document: string };
}

/** Statistics category of a case, in the terms committees publish (Quy định 1374 reporting, §4.1 [S5]). */
export type ReportCategory =
  | 'NOT_YET_HANDLED'
  | 'IN_PROGRESS'
  | 'AWAITING_UNIT_REPORT'
  | 'RESOLVED'
  | 'NO_BASIS'
  | 'FORWARDED'
  | 'MOVED_TO_INSPECTION';

export interface CaseProjection {
  /** The 1374 categories for 1374 cases; other procedures use their own codes (≤ 32 characters). */
  reportCategory: ReportCategory | (string & {});
  /** Small indexed attributes for filters and statistics (e.g. the 1374 source). */
  tags: Record<string, string>;
  /** Unit the case is assigned to, if any: its people may see the case and act as `ASSIGNED_UNIT`. */
  assignedUnitId?: string;
  /** Case title and the instant the information was received, taken from the machine's context. */
  title: string;
  receivedAt: string;
}

/** What the procedure's statistics count, with Vietnamese labels (GET /statistics/:procedureId). */
export interface ReportSpec {
  /** Label of each reportCategory code the projection gives. */
  categories: Readonly<Record<string, string>>;
  /** Tag keys counted value by value (e.g. admissibility reason, outcome, form, subject kind), with labels. */
  dimensions: Readonly<Record<string, { label: string; values: Readonly<Record<string, string>> }>>;
}

/**
 * How open cases of an earlier version move to this one when an instrument changes the procedure's shape (e.g. who
 * decides admission): each old state path maps to a new one, or to a refusal saying why cases there cannot move (they
 * stay on their version). Declared, never guessed: a state the map does not name cannot move either.
 */
export interface VersionMigration {
  fromVersion: number;
  /** What changed the shape (an instrument, a decision), shown on the timeline of every moved case. */
  basis: string;
  states: Readonly<Record<string, string | { refuse: string }>>;
  /** The context carried across (default: as it is). Pure. */
  context?: (old: unknown) => unknown;
}

export interface ProcedureDefinition {
  id: string;
  version: number;
  /** Declared moves of open cases from earlier versions to this one (none: cases stay on the version they began on). */
  migratesFrom?: readonly VersionMigration[];
  /** Vietnamese title. */
  title: string;
  legalBasis: string;
  machine: AnyStateMachine;
  /** DTO for the data given when a case is created (the machine's input). */
  input: PayloadClass;
  /** Roles that may create (register) a case of this procedure. */
  createRoles: readonly Role[];
  /**
   * The case starts from information a person gave (1374, denunciations): registering it asks for that person's
   * identity, sealed and masked (the web shows the protected block only for these procedures).
   */
  takesReporter?: boolean;
  events: Readonly<Record<string, EventSpec>>;
  /** Vietnamese label for each state path (e.g. `assignedToUnit.awaitingReport`). */
  stateLabels: Readonly<Record<string, string>>;
  /** Vietnamese explanation for each guard, shown when it refuses an event. */
  guardMessages: Readonly<Record<string, string>>;
  /**
   * The condition each guard of an automatic (eventless, `always`) transition stands for, in Vietnamese, as it reads
   * when the machine takes that transition (e.g. "Không hình thức nào đạt tỷ lệ"); shown on the published definition.
   */
  automaticConditions?: Readonly<Record<string, string>>;
  /**
   * Vietnamese titles (and short descriptions) of the input's and the payloads' fields, adding to and overriding the
   * shared dictionary (shared/field-texts.ts); published as `title`/`description` in the step schemas.
   */
  fieldTexts?: FieldTexts;
  /**
   * Vietnamese labels of enumerated input and payload values, one map (code → label) per enumeration, published as
   * `x-enumLabels` and named in refusals. A field takes the map naming exactly its values, else the first naming them
   * all; the report's maps below count too.
   */
  valueLabels?: readonly Readonly<Record<string, string>>[];
  /**
   * What exactly a refusing guard found for this event, when that depends on the event (the missing form codes, a
   * tally's problems, the applicant's age in months); pure. Appended to the guard's message (see refusal.ts).
   */
  refusalDetail?: (guard: string, context: unknown, event: MachineEvent) => string | undefined;
  project(state: string, context: unknown): CaseProjection;
  /** Counted by GET /statistics/:procedureId; without it the procedure has no statistics of its own. */
  report?: ReportSpec;
  /**
   * Checks of the input that need the current instant (e.g. "a violation date cannot be in the future"), pure: the
   * service passes `now` (ISO) at registration and when a parent opens this procedure as a child. Each problem
   * refuses the case with 400 VALIDATION_FAILED and the Vietnamese message.
   */
  inputChecks?: (input: unknown, now: string) => readonly { field: string; message: string }[];
  /**
   * The person (a `person` record id in the input) the case is about: the service checks it exists and is in the
   * caller's scope, links it to the case, answers `personHistory` facts and performs `recordMembership` on it.
   */
  personOf?: (input: unknown) => string | undefined;
  /**
   * What the input says about that person; it must agree with the person record (the name compared in Unicode NFC,
   * letter case and spacing aside; the date of birth exactly), or the case is refused.
   */
  personDetails?: (input: unknown) => { fullName: string; dateOfBirth: string };
  /**
   * Restricted filing (hồ sơ mật): only the people named on the case see it (lists, counts, reminders, notices) —
   * whoever created it and the users `namedOf` lists from the input, recorded as participants when it is created;
   * holding a role on its unit is not enough. Its named participants follow it into the children it opens.
   */
  restricted?: { namedOf: (input: unknown) => readonly string[] };
  /** The form codes its dossier may hold (code → Vietnamese name); uploads with another code are refused. */
  dossierForms?: Readonly<Record<string, string>>;
  /**
   * The kinds of document its dossier holds (code → kind), for procedures whose law names no form numbers: a
   * descriptive code (≤ 16 characters, A–Z, digits, hyphens). Uploads with a code in neither list are refused.
   */
  documentKinds?: Readonly<Record<string, DocumentKind>>;
  /**
   * Rule keys the machine schedules deadlines on or reads outside its events' `facts` (e.g. `A.PRESS_EXPLAIN`); with
   * the facts' keys they tell a new general rule version which open cases it concerns (see `ruleKeysOf`).
   */
  ruleKeys?: readonly string[];
}

/** Every rule key a procedure declares: its events' `ruleValues` facts and its `ruleKeys`, sorted. */
export function ruleKeysOf(def: Pick<ProcedureDefinition, 'events' | 'ruleKeys'>): string[] {
  const keys = new Set(def.ruleKeys ?? []);
  for (const spec of Object.values(def.events)) {
    for (const f of spec.facts ?? []) if (f.fact === 'ruleValues') for (const k of f.keys) keys.add(k);
  }
  return [...keys].sort();
}

/** A kind of document a dossier holds, and the steps (event types) that expect or require it. */
export interface DocumentKind {
  /** Vietnamese name. */
  label: string;
  /**
   * Event type → whether the document should be on file when that step is taken: `REQUIRED` (the law names it as
   * the step's basis) or `EXPECTED` (usually produced by then). Shown with the dossier as what is still missing.
   */
  steps: Readonly<Record<string, 'REQUIRED' | 'EXPECTED'>>;
}
