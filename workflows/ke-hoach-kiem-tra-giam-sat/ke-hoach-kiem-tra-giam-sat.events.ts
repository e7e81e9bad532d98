import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsOptional, IsPositive, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { IsDateOnly, ITEM_KINDS, ItemPeriodDto, ItemSubjectDto, type ItemKind } from '../kiem-tra-giam-sat-chuyen-de/kiem-tra-giam-sat-chuyen-de.events';

const TEXT = 5000;
const NAME = 300;
const REF = 200;

/** One item of the plan (changes-2026.md §5.3): subject, content, period, kind, who carries it out. */
export class PlanItemDto {
  @IsIn(ITEM_KINDS) kind!: ItemKind;
  @IsDefined() @ValidateNested() @Type(() => ItemSubjectDto) subject!: ItemSubjectDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) content!: string;
  @IsDefined() @ValidateNested() @Type(() => ItemPeriodDto) period!: ItemPeriodDto;
  @IsString() @MinLength(1) @MaxLength(NAME) carriedOutBy!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) method?: string;
}

/** The yearly plan as the secretary drafts it (purpose, subjects, contents, time, method), on the cell's unit. */
export class PlanInput {
  @IsOptional() @IsString() @MinLength(3) @MaxLength(NAME) title?: string;
  @IsInt() @IsPositive() year!: number;
  @IsString() @MinLength(3) @MaxLength(TEXT) purpose!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PlanItemDto) items!: PlanItemDto[];
  @IsDateOnly() draftedOn!: string;
}

/** The draft corrected before the meeting (or after a meeting that did not adopt it): the whole list again. */
export class RevisePlanPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) purpose!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PlanItemDto) items!: PlanItemDto[];
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

/**
 * A show of hands at the cell meeting: the members counted (full members, less those VOTE.DENOMINATOR_EXCLUSIONS
 * leaves out), those present, those in favour. Counts are checked against each other by the machine.
 */
export class AdoptionVoteDto {
  @IsInt() @Min(0) counted!: number;
  @IsInt() @Min(0) present!: number;
  @IsInt() @Min(0) approve!: number;
}

/** The cell meeting adopts the plan: by a vote, or as its minutes record (at least one of the two). */
export class AdoptPlanPayload {
  @IsDateOnly() meetingDate!: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(REF) minutesRef?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(REF) resolutionRef?: string;
  @IsOptional() @ValidateNested() @Type(() => AdoptionVoteDto) vote?: AdoptionVoteDto;
}

/** Items added during the year, adopted by a meeting as the plan was (kế hoạch bổ sung). */
export class AddItemsPayload extends AdoptPlanPayload {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => PlanItemDto) items!: PlanItemDto[];
}

export class WithdrawPlanPayload {
  @IsDateOnly() withdrawnOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class ReportPlanUpPayload {
  @IsDateOnly() reportedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** The plan's progress reported for a period (a quarter, a half year): items done and total are counted by the machine. */
export class ProgressReportPayload {
  @IsDateOnly() reportedOn!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) periodLabel!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class YearReportPayload {
  @IsDateOnly() reportedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

// Sent by the system when a deadline ends; `generation` lets the machine ignore a stale one.
export const PLAN_DEADLINE_KEYS = ['ADOPTION', 'REPORT_UP', 'YEAR_REPORT'] as const;
export type PlanDeadlineKey = (typeof PLAN_DEADLINE_KEYS)[number];
export class PlanDeadlineMissedPayload {
  @IsIn(PLAN_DEADLINE_KEYS) key!: PlanDeadlineKey;
  @IsInt() @Min(1) generation!: number;
}
