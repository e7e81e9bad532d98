import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsObject, IsOptional, IsString, IsUUID,
  MaxLength, Min, MinLength, Validate, ValidateNested, ValidatorConstraint, type ValidationArguments, type ValidatorConstraintInterface,
} from 'class-validator';
import { BODY_KINDS, DISCIPLINE_FORM_LABELS, DISCIPLINE_FORMS, DISCIPLINE_SUBJECTS, LEVELS, type BodyKind, type DisciplineForm, type DisciplineSubject, type Level } from '../shared/facts';
import { ballotRoster, type BallotRoster, type MembershipStatus, type RosterRule } from '../shared/voting/roster';
import { DISCIPLINE_FORMS_HEAVIEST_FIRST, validateTally, type DisciplineTally } from '../shared/voting/discipline-ballot';
import { PublishedAsCounts } from '../shared/counts-schema';

const TEXT = 5000;
const NAME = 300;
const REF = 200;

// §7.2: the categories a violation may be declared in; which of them lift the statute of limitations, and for which
// subjects, is the rule B3.NO_LIMITATION_CATEGORIES (stated for 102-QĐ/TW and 07-QĐi/TW [S10][S11]).
export const NO_LIMITATION_CATEGORIES = ['INTERNAL_POLITICS', 'DEFENCE_SECURITY_FOREIGN', 'ILLEGAL_DIPLOMA'] as const;
export type NoLimitationCategory = (typeof NO_LIMITATION_CATEGORIES)[number];

// §7.4 [S18] (296 Art. 8 §7, unverified): a member is not yet disciplined while one of these holds (the nursing
// period is the rule B3.PROTECT_NURSING_MONTHS; the code names the ground as the source does).
export const PROTECTED_GROUNDS = ['PREGNANCY', 'NURSING_CHILD_UNDER_12_MONTHS', 'SERIOUS_ILLNESS_IN_HOSPITAL'] as const;
export type ProtectedGround = (typeof PROTECTED_GROUNDS)[number];

export class DisciplineSubjectDto {
  @IsIn(DISCIPLINE_SUBJECTS) kind!: DisciplineSubject;
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsOptional() @IsUUID() userId?: string;
  /** A full member holding a post may be removed from it (cách chức); without one that form is not on the ballot. */
  @IsOptional() @IsBoolean() holdsPost?: boolean;
}

export class DisciplineViolationDto {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsISO8601({ strict: true }) occurredFrom!: string;
  @IsOptional() @IsISO8601({ strict: true }) occurredUntil?: string;
  /** A continuing violation is counted from its end (occurredUntil); without an end it is still going on. */
  @IsBoolean() continuing!: boolean;
  @IsOptional() @IsIn(NO_LIMITATION_CATEGORIES) noLimitationCategory?: NoLimitationCategory;
}

export class CaseSourceDto {
  @IsString() @MinLength(1) @MaxLength(64) procedureId!: string;
  @IsOptional() @IsUUID() caseId?: string;
}

/** The input of a discipline case: opened as a child by 1374, inspection or denunciation, or registered directly. */
export class KyLuatInput {
  @IsDefined() @ValidateNested() @Type(() => DisciplineSubjectDto) subject!: DisciplineSubjectDto;
  @IsDefined() @ValidateNested() @Type(() => DisciplineViolationDto) violation!: DisciplineViolationDto;
  @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true }) evidenceRefs!: string[];
  @IsDefined() @ValidateNested() @Type(() => CaseSourceDto) source!: CaseSourceDto;
  /** The violation concerns a task assigned by the upper level: a cell may then not discipline (§7.3). */
  @IsOptional() @IsBoolean() taskAssignedByUpper?: boolean;
  /** When the competent body concluded the violation is at disciplinary level (the limitation runs until then). */
  @IsOptional() @IsISO8601({ strict: true }) concludedAt?: string;
}

export class BodyDto {
  @IsIn(BODY_KINDS) kind!: BodyKind;
  @IsIn(LEVELS) level!: Level;
}

export class ReasonPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class CheckLimitationPayload {
  /** Needed when the input has no conclusion date; otherwise it corrects it. */
  @IsOptional() @IsISO8601({ strict: true }) concludedAt?: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class DeferPayload {
  @IsIn(PROTECTED_GROUNDS) ground!: ProtectedGround;
  /** For a nursing mother: the child's date of birth (protected until the child reaches B3.PROTECT_NURSING_MONTHS). */
  @IsOptional() @IsISO8601({ strict: true }) childBornOn?: string;
  /**
   * Pregnancy (required) or hospital treatment (optional): the expected end (due date of the birth, expected discharge)
   * as the evidence gives it; the secretary is reminded on that day. Resuming needs the actual end (ResumePayload).
   */
  @IsOptional() @IsISO8601({ strict: true }) expectedEndOn?: string;
  @IsString() @MinLength(1) @MaxLength(REF) evidenceRef!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class ResumePayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  /** Pregnancy or hospital treatment: the day it ended (the birth, the discharge); not before it may the case resume. */
  @IsOptional() @IsISO8601({ strict: true }) protectionEndedOn?: string;
  /** The document showing that end (birth certificate, discharge paper). */
  @IsOptional() @IsString() @MinLength(1) @MaxLength(REF) endEvidenceRef?: string;
}

export class SelfCriticismPayload {
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsISO8601({ strict: true }) submittedAt!: string;
}

export class HearingPayload {
  @IsISO8601({ strict: true }) heldAt!: string;
  /** The competent body's representative who met and heard the member. */
  @IsString() @MinLength(1) @MaxLength(NAME) representative!: string;
  @IsString() @MinLength(1) @MaxLength(REF) minutesRef!: string;
}

export class AbsencePayload {
  /** Each invitation the member did not attend; as many as B3.REPEATED_ABSENCE_INVITATIONS make "repeatedly". */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @IsISO8601({ strict: true }, { each: true }) invitations!: string[];
  /** No valid reason was given for any of them. */
  @IsBoolean() withoutValidReason!: boolean;
  @IsString() @MinLength(1) @MaxLength(REF) minutesRef!: string;
}

export class TallyDto implements DisciplineTally {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(DISCIPLINE_FORMS.length) @IsIn(DISCIPLINE_FORMS, { each: true }) forms!: DisciplineForm[];
  /**
   * Ballots per form printed on the ballot; counts only, never who voted what. Checked against `forms` and `cast` by
   * TallyMatchesRoster; published as one count per form, heaviest first, for the form a secretary fills in.
   */
  @IsObject() @PublishedAsCounts(DISCIPLINE_FORMS_HEAVIEST_FIRST, DISCIPLINE_FORM_LABELS) votes!: Partial<Record<DisciplineForm, number>>;
  @IsInt() @Min(0) noDiscipline!: number;
  @IsInt() @Min(0) invalid!: number;
  @IsInt() @Min(0) cast!: number;
}

export const MEMBERSHIP_STATUSES: readonly MembershipStatus[] = ['FULL', 'PROBATIONARY'];

export class RosterMemberDto {
  @IsString() @MinLength(1) @MaxLength(64) id!: string;
  @IsIn(MEMBERSHIP_STATUSES) status!: MembershipStatus;
  @IsOptional() @IsBoolean() absent?: boolean;
  @IsOptional() @IsBoolean() exempt?: boolean;
  @IsOptional() @IsBoolean() transferred?: boolean;
  /** Suspended from Party activity, prosecuted, indicted or in temporary detention (24-QĐ/TW §9.3.2 (c)). */
  @IsOptional() @IsBoolean() suspendedOrProsecuted?: boolean;
  /** Absent throughout with a justified reason approved by the convening committee (24-QĐ/TW §9.3.2 (d)). */
  @IsOptional() @IsBoolean() absentApprovedReason?: boolean;
}

/** The members of the voting body as the minutes record them (GET /cases/:id/ballot-roster gives the standing committee's). */
export class RosterDto {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RosterMemberDto) members!: RosterMemberDto[];
  /**
   * Members who declared a conflict of interest: they vote and count like the others unless the rule
   * VOTE.DENOMINATOR_EXCLUSIONS (a committee's confirmation) lists CONFLICT_OF_INTEREST.
   */
  @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) conflicted!: string[];
}

/**
 * The roster of a vote under the denominator rule of its date (VOTE.DENOMINATOR_EXCLUSIONS, the subject named); with
 * no rule (the payload's own checks, before any fact is read) nobody is left out, so only what no rule could make
 * right is refused there (ballots beyond everyone present, counts not adding up).
 */
export function rosterOf(roster: RosterDto, rule: RosterRule | undefined): BallotRoster {
  return ballotRoster(roster.members ?? [], new Set(roster.conflicted ?? []), rule ?? { exclusions: [] });
}

/** Every problem of the tally against the roster, with the voting library's codes and Vietnamese messages (400). */
@ValidatorConstraint({ name: 'tallyMatchesRoster' })
export class TallyMatchesRoster implements ValidatorConstraintInterface {
  validate(_value: unknown, args: ValidationArguments): boolean {
    return problemsOf(args.object as VotePayload).length === 0;
  }
  defaultMessage(args: ValidationArguments): string {
    return problemsOf(args.object as VotePayload).map((p) => `${p.code}: ${p.message}`).join('; ');
  }
}
function problemsOf(p: VotePayload) {
  if (!p.tally || !p.roster || !Array.isArray(p.roster.members)) return [];
  return validateTally(p.tally, rosterOf(p.roster, undefined));
}

/** R5: the secret ballot's counted result (never who voted what) and the roster of the voting body. */
export class VotePayload {
  /** The voting body (the authority table is read for it and `subjectKind`). */
  @IsDefined() @ValidateNested() @Type(() => BodyDto) decidingBody!: BodyDto;
  @IsIn(DISCIPLINE_SUBJECTS) subjectKind!: DisciplineSubject;
  @IsDefined() @ValidateNested() @Type(() => TallyDto) @Validate(TallyMatchesRoster) tally!: TallyDto;
  @IsDefined() @ValidateNested() @Type(() => RosterDto) roster!: RosterDto;
  @IsString() @MinLength(1) @MaxLength(REF) minutesRef!: string;
  /** The day of the meeting: the thresholds, the denominator rule and the authority are those in force then. */
  @IsOptional() @IsISO8601({ strict: true }) meetingDate?: string;
}

/** R6a: the decision within the body's own authority. */
export class DecidePayload {
  @IsDefined() @ValidateNested() @Type(() => BodyDto) decidingBody!: BodyDto;
  @IsIn(DISCIPLINE_SUBJECTS) subjectKind!: DisciplineSubject;
  /** The form written in the decision: must be the form the vote decided. */
  @IsIn(DISCIPLINE_FORMS) form!: DisciplineForm;
  @IsString() @MinLength(1) @MaxLength(REF) decisionRef!: string;
  /** The decision's date: the authority and the effect rule are those in force then. */
  @IsOptional() @IsISO8601({ strict: true }) decisionDate?: string;
}

/** R6b: the proposal (tờ trình) to the competent level. */
export class ProposeUpPayload {
  /** The proposing body (the one that voted): the authority table is read for it. */
  @IsDefined() @ValidateNested() @Type(() => BodyDto) decidingBody!: BodyDto;
  @IsIn(DISCIPLINE_SUBJECTS) subjectKind!: DisciplineSubject;
  @IsDefined() @ValidateNested() @Type(() => BodyDto) proposedTo!: BodyDto;
  @IsString() @MinLength(1) @MaxLength(REF) proposalRef!: string;
  /** The proposal's date: the authority in force then says whether the body had to propose. */
  @IsOptional() @IsISO8601({ strict: true }) proposedOn?: string;
}

/** The competent level hands the proposal further up (it has no authority for that form either). */
export class ForwardProposalPayload {
  @IsDefined() @ValidateNested() @Type(() => BodyDto) proposedTo!: BodyDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

/** R7: the upper level's own vote and decision (it may confirm or change the proposed form, or not discipline). */
export class UpperDecidePayload {
  @IsDefined() @ValidateNested() @Type(() => BodyDto) decidingBody!: BodyDto;
  @IsIn(DISCIPLINE_SUBJECTS) subjectKind!: DisciplineSubject;
  @IsDefined() @ValidateNested() @Type(() => TallyDto) @Validate(TallyMatchesRoster) tally!: TallyDto;
  @IsDefined() @ValidateNested() @Type(() => RosterDto) roster!: RosterDto;
  @IsString() @MinLength(1) @MaxLength(REF) decisionRef!: string;
  /** The day the upper body met and decided: its thresholds, denominator rule and authority are those in force then. */
  @IsOptional() @IsISO8601({ strict: true }) decisionDate?: string;
}

export class ReceiptPayload {
  /** When the member (organisation) received the decision: the complaint window runs from then. */
  @IsISO8601({ strict: true }) receivedAt!: string;
}

export const COMPLAINANT_KINDS = ['MEMBER', 'ORGANISATION'] as const;

export class ComplainantDto {
  @IsIn(COMPLAINANT_KINDS) kind!: (typeof COMPLAINANT_KINDS)[number];
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsOptional() @IsUUID() userId?: string;
}

/** A complaint against this decision was lodged: it opens the complaint procedure; the decision stays in force. */
export class ComplaintLodgedPayload {
  @IsDefined() @ValidateNested() @Type(() => ComplainantDto) complainant!: ComplainantDto;
  @IsISO8601({ strict: true }) lodgedAt!: string;
  @IsDefined() @ValidateNested() @Type(() => BodyDto) lodgedWith!: BodyDto;
  @IsBoolean() onBehalfOfAnother!: boolean;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class EmptyPayload {}

export const DEADLINE_KEYS = ['complaintWindow', 'protectionEnd'] as const;
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: (typeof DEADLINE_KEYS)[number];
  @IsInt() @Min(1) generation!: number;
}
