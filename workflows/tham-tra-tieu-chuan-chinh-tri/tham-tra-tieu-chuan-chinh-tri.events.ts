import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, Equals, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches,
  MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { LEVELS, type Level } from '../shared/facts';

const TEXT = 5000;
const NAME = 300;
const REF = 200;
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD): every date of this procedure is a document's date, not an instant. */
function IsDateOnly(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(DATE_ONLY, { message: '$property phải là ngày dạng YYYY-MM-DD' })(target, key);
  };
}

/** What the political standard is verified for (changes-2026.md §5.4: admission, cadre planning, appointment, nomination). */
export const PURPOSES = ['ADMISSION', 'CADRE_PLANNING', 'APPOINTMENT', 'NOMINATION'] as const;
export type Purpose = (typeof PURPOSES)[number];

/**
 * The relatives verified with the person (procedures.md §9.6 for admission [S46]: father, mother, parents-in-law or the
 * person who raised them, spouse, children of full civil capacity); other relatives a committee decides to verify.
 */
export const RELATIONS = ['FATHER', 'MOTHER', 'FATHER_IN_LAW', 'MOTHER_IN_LAW', 'GUARDIAN', 'SPOUSE', 'ADULT_CHILD', 'OTHER'] as const;
export type Relation = (typeof RELATIONS)[number];
/** The person's own key in the list of people verified. */
export const SELF = 'self';

/** Where a person is verified: where they live or where they work (the two places §5.4 names). */
export const PLACES = ['RESIDENCE', 'WORK'] as const;
export type Place = (typeof PLACES)[number];

/** The three conclusions (procedures.md §10, §12: D). */
export const CONCLUSIONS = ['MEETS', 'DOES_NOT_MEET', 'NEEDS_HIGHER_OPINION'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];
export const FINAL_CONCLUSIONS = ['MEETS', 'DOES_NOT_MEET'] as const;
export type FinalConclusion = (typeof FINAL_CONCLUSIONS)[number];

/** What a unit of residence or work answers about one person. */
export const FINDINGS = ['NO_ISSUE', 'ISSUE_FOUND', 'NOT_VERIFIABLE'] as const;
export type Finding = (typeof FINDINGS)[number];

/** Bodies that conclude a political standard (none named by a text found: which one is a rule row, PS.CONCLUDING_BODY). */
export const CONCLUDING_BODY_KINDS = ['ORGANISATION_COMMISSION', 'STANDING_COMMITTEE', 'PARTY_COMMITTEE'] as const;
export type ConcludingBodyKind = (typeof CONCLUDING_BODY_KINDS)[number];

export class RelativeDto {
  /** Chosen by the office, unique on the case (e.g. "cha", "me"). */
  @IsString() @Matches(KEY) key!: string;
  @IsIn(RELATIONS) relation!: Relation;
  @IsString() @MinLength(1) @MaxLength(NAME) fullName!: string;
  @IsOptional() @IsInt() @Min(1) birthYear?: number;
  @IsOptional() @IsBoolean() partyMember?: boolean;
}

export class RequestingUnitDto {
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** The request, registered on the unit whose organisation commission (or committee) verifies and concludes. */
export class PoliticalStandardInput {
  @IsOptional() @IsString() @MinLength(3) @MaxLength(NAME) title?: string;
  @IsIn(PURPOSES) purpose!: Purpose;
  /** The person record the verification is about (ProcedureDefinition.personOf). */
  @IsUUID() personId!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) fullName!: string;
  @IsDateOnly() dateOfBirth!: string;
  /** The level of the committee whose body concludes (the cadre-management level; the grassroots committee for admission). */
  @IsIn(LEVELS) managementLevel!: Level;
  @IsDefined() @ValidateNested() @Type(() => RequestingUnitDto) requestedBy!: RequestingUnitDto;
  /** The day the request was received (the case's receipt date). */
  @IsDateOnly() receivedOn!: string;
  /** What the verification serves, outside hoso (e.g. a cadre-planning list); a case inside hoso is linked instead. */
  @IsOptional() @IsString() @MaxLength(NAME) serves?: string;
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => RelativeDto) relatives!: RelativeDto[];
  /** The officers named on the restricted file (besides whoever registers it): the only people who see it. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true }) namedOfficers!: string[];
}

export class CheckBackgroundPayload {
  @IsDateOnly() checkedOn!: string;
  /** The background was checked and stamped across pages before any verification (procedures.md §9.6). */
  @Equals(true) stampedAcrossPages!: boolean;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class SendTaskPayload {
  /** Unique on the case (e.g. "me-cu-tru"). */
  @IsString() @Matches(KEY) taskKey!: string;
  /** `self`, or a relative's key. */
  @IsString() @Matches(KEY) personKey!: string;
  /** The Party committee of the place of residence or work, in hoso (it may be outside this unit's subtree). */
  @IsUUID() unitId!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) unitName!: string;
  @IsIn(PLACES) place!: Place;
  /** The address or the workplace as declared. */
  @IsString() @MinLength(3) @MaxLength(NAME) placeDetail!: string;
  @IsDateOnly() requestedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
  /** What is to be verified. */
  @IsString() @MinLength(3) @MaxLength(TEXT) content!: string;
}

export class AssessPayload {
  @IsDateOnly() assessedOn!: string;
  @IsIn(CONCLUSIONS) proposal!: Conclusion;
  /** The provisions of Quy định 58-QĐ/TW the assessment applies (e.g. "Điều 10"). */
  @IsString() @MinLength(1) @MaxLength(NAME) provisions!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class ConcludingBodyDto {
  @IsIn(CONCLUDING_BODY_KINDS) kind!: ConcludingBodyKind;
  @IsIn(LEVELS) level!: Level;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

export class ConcludePayload {
  @IsDateOnly() concludedOn!: string;
  @IsIn(CONCLUSIONS) outcome!: Conclusion;
  @IsDefined() @ValidateNested() @Type(() => ConcludingBodyDto) concludingBody!: ConcludingBodyDto;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reasons!: string;
}

export class HigherOpinionPayload {
  @IsDateOnly() receivedOn!: string;
  @IsIn(FINAL_CONCLUSIONS) opinion!: FinalConclusion;
  @IsString() @MinLength(1) @MaxLength(NAME) body!: string;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class FilePayload {
  @IsDateOnly() filedOn!: string;
  @IsString() @MinLength(1) @MaxLength(REF) archiveRef!: string;
}

export class WithdrawPayload {
  @IsDateOnly() withdrawnOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

// Sent by the system when a deadline ends; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['BACKGROUND_CHECK', 'CONCLUSION', 'HIGHER_OPINION'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: DeadlineKey;
  @IsInt() @Min(1) generation!: number;
}

// ---- The verification task, a child case on the unit of residence or work ----------------------------------------

/** What the addressed unit is asked (the task's input): only this person and this place, nothing else of the file. */
export class VerificationTaskInput {
  @IsString() @Matches(KEY) taskKey!: string;
  @IsString() @Matches(KEY) personKey!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) fullName!: string;
  /** `SELF` for the person the verification is about, else the relation to them. */
  @IsIn(['SELF', ...RELATIONS]) relation!: 'SELF' | Relation;
  @IsOptional() @IsInt() @Min(1) birthYear?: number;
  @IsIn(PLACES) place!: Place;
  @IsString() @MinLength(3) @MaxLength(NAME) placeDetail!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) content!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) requestingUnit!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
  /** The request's date: the answer's clock (PS.TASK_ANSWER) starts from it. */
  @IsDateOnly() requestedOn!: string;
}

export class AnswerTaskPayload {
  @IsDateOnly() answeredOn!: string;
  @IsIn(FINDINGS) finding!: Finding;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** The person does not live or work within this unit: the requesting unit sends the task elsewhere. */
export class DeclineTaskPayload {
  @IsDateOnly() answeredOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export const TASK_DEADLINE_KEYS = ['ANSWER'] as const;
export type TaskDeadlineKey = (typeof TASK_DEADLINE_KEYS)[number];
export class TaskDeadlineMissedPayload {
  @IsIn(TASK_DEADLINE_KEYS) key!: TaskDeadlineKey;
  @IsInt() @Min(1) generation!: number;
}
