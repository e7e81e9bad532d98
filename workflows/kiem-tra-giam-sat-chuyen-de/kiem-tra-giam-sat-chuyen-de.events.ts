import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsPositive, IsString, IsUUID, Matches,
  MaxLength, Min, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { LEVELS, type Level } from '../shared/facts';

const TEXT = 5000;
const NAME = 300;
const REF = 200;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD): the dates of this procedure are meetings' and documents' dates, not instants. */
export function IsDateOnly(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(DATE_ONLY, { message: '$property phải là ngày dạng YYYY-MM-DD' })(target, key);
  };
}

/**
 * What an item of the plan is (changes-2026.md §5.3): an inspection of a member's or organisation's compliance when
 * there are no signs of violation, a regular supervision, or a thematic supervision (supervision under a plan is
 * thematic: 86-QĐ/TW, 02-HD/UBKTTW [54]).
 */
export const ITEM_KINDS = ['INSPECTION', 'REGULAR_SUPERVISION', 'THEMATIC_SUPERVISION'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const SUBJECT_KINDS = ['MEMBER', 'ORGANISATION'] as const;
export type ItemSubjectKind = (typeof SUBJECT_KINDS)[number];

export const MEMBERSHIPS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];

/** How an item ends (changes-2026.md §5.3, inferred): the cell meeting's conclusion. */
export const ITEM_OUTCOMES = ['NO_VIOLATION', 'SHORTCOMINGS_TO_CORRECT', 'SIGNS_OF_VIOLATION', 'VIOLATION'] as const;
export type ItemOutcome = (typeof ITEM_OUTCOMES)[number];

/** Bodies that may conduct an inspection on signs of violation (kiem-tra-dau-hieu-vi-pham's list, 296 Art. 5). */
export const REFERRAL_BODY_KINDS = ['CELL', 'PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION'] as const;
export type ReferralBodyKind = (typeof REFERRAL_BODY_KINDS)[number];

export const VERIFICATION_KINDS = ['DOCUMENTS', 'WORK_WITH_PEOPLE', 'DISCUSSION_WITH_SUBJECT', 'OTHER'] as const;
export type VerificationKind = (typeof VERIFICATION_KINDS)[number];

/** Who is told the conclusion in the system (the member concerned is told at the meeting, in person or in writing). */
export const CONCLUSION_AUDIENCES = ['UNIT', 'UPPER_COMMITTEE'] as const;
export type ConclusionAudience = (typeof CONCLUSION_AUDIENCES)[number];

/**
 * The member or organisation an item is about, from the directory: a member's person record (`personId`), an
 * organisation's unit (`unitId`). `userId`: the member's account, if any (they take no step on their own item).
 */
export class ItemSubjectDto {
  @IsIn(SUBJECT_KINDS) kind!: ItemSubjectKind;
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @ValidateIf((o: ItemSubjectDto) => o.kind === 'MEMBER') @IsUUID() personId?: string;
  @ValidateIf((o: ItemSubjectDto) => o.kind === 'ORGANISATION') @IsUUID() unitId?: string;
  @IsOptional() @IsIn(MEMBERSHIPS) membership?: Membership;
  @IsOptional() @IsUUID() userId?: string;
}

/** When the item is carried out (thời gian tiến hành), both days included. */
export class ItemPeriodDto {
  @IsDateOnly() from!: string;
  @IsDateOnly() to!: string;
}

/** The plan an item belongs to: its year and the item's number in it. */
export class ItemPlanRefDto {
  @IsInt() @IsPositive() year!: number;
  @IsInt() @Min(1) itemNo!: number;
  /** The day of the meeting that adopted the item: its steps are dated from then. */
  @IsOptional() @IsDateOnly() adoptedOn?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) planTitle?: string;
}

/**
 * One item as its case starts: opened by the plan's adoption (with `plan` and the notice's last day the plan counted
 * from KTGS.ITEM_NOTICE), or registered directly (e.g. an item the upper committee assigns outside the plan).
 */
export class ItemInput {
  @IsOptional() @IsString() @MinLength(3) @MaxLength(NAME) title?: string;
  @IsIn(ITEM_KINDS) kind!: ItemKind;
  @IsDefined() @ValidateNested() @Type(() => ItemSubjectDto) subject!: ItemSubjectDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) content!: string;
  @IsDefined() @ValidateNested() @Type(() => ItemPeriodDto) period!: ItemPeriodDto;
  @IsString() @MinLength(1) @MaxLength(NAME) carriedOutBy!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) method?: string;
  @IsOptional() @ValidateNested() @Type(() => ItemPlanRefDto) plan?: ItemPlanRefDto;
  /** The last day the member (organisation) is to be told of the item: the preceding monthly meeting. */
  @IsOptional() @IsDateOnly() noticeDueDate?: string;
  // When the item was opened (the case's receipt instant); the plan passes its adoption step's instant.
  @IsISO8601({ strict: true }) openedAt!: string;
}

export class NotifySubjectPayload {
  /** The meeting (or the day) the member was told and asked for a self-inspection (self-supervision) report. */
  @IsDateOnly() notifiedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) minutesRef?: string;
  /** The day the report is due, when the notice sets one (otherwise the setting KTGS.SELF_REPORT). */
  @IsOptional() @IsDateOnly() selfReportDueDate?: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class SelfReportPayload {
  @IsDateOnly() receivedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class ReasonPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class ItemVerificationPayload {
  @IsIn(VERIFICATION_KINDS) kind!: VerificationKind;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class ResultReportPayload {
  @IsDateOnly() reportedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsIn(ITEM_OUTCOMES) proposedOutcome!: ItemOutcome;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class ReferralBodyDto {
  @IsIn(REFERRAL_BODY_KINDS) kind!: ReferralBodyKind;
  @IsOptional() @IsIn(LEVELS) level?: Level;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

/** An inspection on signs of violation to open (kiem-tra-dau-hieu-vi-pham): who inspects, and the signs. */
export class InspectionReferralDto {
  @IsDefined() @ValidateNested() @Type(() => ReferralBodyDto) initiatingBody!: ReferralBodyDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class ItemViolationDto {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsDateOnly() occurredFrom!: string;
  @IsOptional() @IsDateOnly() occurredUntil?: string;
  @IsBoolean() continuing!: boolean;
}

/**
 * The cell meeting's conclusion. With shortcomings: what to correct and the day the correction is reported; with signs
 * of violation: the inspection to open; with a violation: what it was, for the discipline case.
 */
export class ConcludeItemPayload {
  @IsDateOnly() meetingDate!: string;
  @IsIn(ITEM_OUTCOMES) outcome!: ItemOutcome;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) minutesRef?: string;
  @IsOptional() @IsString() @MaxLength(REF) conclusionRef?: string;
  @ValidateIf((o: ConcludeItemPayload) => o.outcome === 'SHORTCOMINGS_TO_CORRECT') @IsString() @MinLength(3) @MaxLength(TEXT) measures?: string;
  @ValidateIf((o: ConcludeItemPayload) => o.outcome === 'SHORTCOMINGS_TO_CORRECT') @IsDateOnly() correctionDueDate?: string;
  // Required by the outcome (the machine refuses a conclusion without them), checked in full whenever given.
  @IsOptional() @ValidateNested() @Type(() => InspectionReferralDto) inspection?: InspectionReferralDto;
  @IsOptional() @ValidateNested() @Type(() => ItemViolationDto) violation?: ItemViolationDto;
  /** A member's standing for the discipline case, when the item's subject does not already say it. */
  @IsOptional() @IsIn(MEMBERSHIPS) disciplineSubjectKind?: Membership;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  evidenceRefs?: string[];
}

export class NotifyConclusionPayload {
  @IsDateOnly() notifiedOn!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(CONCLUSION_AUDIENCES.length) @ArrayUnique() @IsIn(CONCLUSION_AUDIENCES, { each: true })
  audiences!: ConclusionAudience[];
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** The member's (organisation's) report of the correction; not accepted: a new day to report by. */
export class CorrectionReportPayload {
  @IsDateOnly() receivedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsBoolean() accepted!: boolean;
  @ValidateIf((o: CorrectionReportPayload) => o.accepted === false) @IsDateOnly() nextDueDate?: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** Shortcomings not corrected show signs of violation: an inspection opens. */
export class FollowUpReferralPayload {
  @IsDateOnly() decidedOn!: string;
  @IsDefined() @ValidateNested() @Type(() => InspectionReferralDto) inspection!: InspectionReferralDto;
}

export class CancelItemPayload {
  @IsDateOnly() cancelledOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

// Sent by the system when a deadline ends; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['NOTICE', 'PERIOD', 'SELF_REPORT', 'CONCLUSION', 'CONCLUSION_NOTICE', 'CORRECTION'] as const;
export type ItemDeadlineKey = (typeof DEADLINE_KEYS)[number];
export class ItemDeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: ItemDeadlineKey;
  @IsInt() @Min(1) generation!: number;
}
