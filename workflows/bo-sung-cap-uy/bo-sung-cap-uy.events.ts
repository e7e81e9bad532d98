import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches,
  MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { BODY_KINDS, LEVELS, type BodyKind, type Level } from '../shared/facts';
import type { MembershipStatus } from '../shared/voting/roster';

const TEXT = 5000;
const NAME = 300;
const REF = 200;
const KEY = 64;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** A calendar date (YYYY-MM-DD): the dates of this procedure are documents' and meetings' dates, not instants. */
function IsDateOnly(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(DATE_ONLY, { message: '$property phải là ngày dạng YYYY-MM-DD' })(target, key);
  };
}

/** The posts a committee is filled with (changes-2026.md §5.2): member, standing member, deputy secretary, secretary. */
export const POSTS = ['COMMITTEE_MEMBER', 'STANDING_MEMBER', 'DEPUTY_SECRETARY', 'SECRETARY'] as const;
export type Post = (typeof POSTS)[number];
/** Posts of the standing committee: the upper committee agrees on the person too, before the decision [53]. */
export const STANDING_POSTS: readonly Post[] = ['STANDING_MEMBER', 'DEPUTY_SECRETARY', 'SECRETARY'];

/** The committees this procedure fills: a grassroots committee, and (by the same steps) a section's or a cell's. */
export const COMMITTEE_LEVELS = ['GRASSROOTS', 'SECTION', 'CELL'] as const satisfies readonly Level[];
export type CommitteeLevel = (typeof COMMITTEE_LEVELS)[number];

export const OPINIONS = ['AGREE', 'DISAGREE'] as const;
export type Opinion = (typeof OPINIONS)[number];
/** The bodies that may designate or agree to an election (which one is competent: the rule CAP_UY.DECIDING_BODY). */
export const DECIDING_KINDS = ['PARTY_COMMITTEE', 'STANDING_COMMITTEE'] as const satisfies readonly BodyKind[];
const MEMBERSHIP: readonly MembershipStatus[] = ['FULL', 'PROBATIONARY'];

export class PostCountDto {
  @IsIn(POSTS) post!: Post;
  @IsInt() @Min(1) count!: number;
}

/** The grassroots standing committee's proposal (case registration, on the unit whose committee is filled). */
export class CommitteeFillingInput {
  @IsOptional() @IsString() @MinLength(3) @MaxLength(NAME) title?: string;
  @IsString() @MinLength(1) @MaxLength(NAME) committeeName!: string;
  @IsIn(COMMITTEE_LEVELS) level!: CommitteeLevel;
  @IsString() @MinLength(1) @MaxLength(NAME) term!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) need!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(POSTS.length) @ArrayUnique((p: PostCountDto) => p?.post) @ValidateNested({ each: true }) @Type(() => PostCountDto)
  posts!: PostCountDto[];
  // The day the standing committee agreed to propose (the case's receipt instant).
  @IsISO8601({ strict: true }) proposedAt!: string;
}

export class ReportPayload {
  @IsDateOnly() reportedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

/** The upper standing committee's written agreement, for the posts and numbers it agrees to (at most those asked). */
export class UpperAgreementPayload {
  @IsDateOnly() agreedOn!: string;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(POSTS.length) @ArrayUnique((p: PostCountDto) => p?.post) @ValidateNested({ each: true }) @Type(() => PostCountDto)
  posts!: PostCountDto[];
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class RefusalPayload {
  @IsDateOnly() decidedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** A member of the committee at the conference, as the minutes list them (24-QĐ/TW §9.3.2 for who counts). */
export class RosterMemberDto {
  @IsString() @MinLength(1) @MaxLength(KEY) id!: string;
  @IsIn(MEMBERSHIP) status!: MembershipStatus;
  @IsOptional() @IsBoolean() absent?: boolean;
  @IsOptional() @IsBoolean() exempt?: boolean;
  @IsOptional() @IsBoolean() transferred?: boolean;
  @IsOptional() @IsBoolean() suspendedOrProsecuted?: boolean;
  @IsOptional() @IsBoolean() absentApprovedReason?: boolean;
}

/** A person named on the nomination ballots, with the valid ballots naming them. */
export class CandidateDto {
  @IsString() @Matches(CODE) key!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) fullName!: string;
  @IsIn(POSTS) post!: Post;
  // Their account in hoso, if they have one: the role of the post is given to it when the act takes effect.
  @IsOptional() @IsUUID() userId?: string;
  @IsInt() votes!: number;
  // The person declined the nomination (xin rút): not introduced whatever the votes.
  @IsOptional() @IsBoolean() declined?: boolean;
}

export class NominationBallotPayload {
  @IsDateOnly() meetingDate!: string;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RosterMemberDto) members!: RosterMemberDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) conflicted?: string[];
  @IsInt() cast!: number;
  @IsInt() invalid!: number;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique((c: CandidateDto) => c?.key) @ValidateNested({ each: true }) @Type(() => CandidateDto)
  candidates!: CandidateDto[];
  @IsOptional() @IsString() @MaxLength(REF) minutesRef?: string;
}

export class TallyDto {
  @IsInt() approve!: number;
  @IsInt() reject!: number;
  @IsInt() invalid!: number;
  @IsInt() cast!: number;
}

export class NomineeTallyDto {
  @IsString() @Matches(CODE) nomineeKey!: string;
  @IsDefined() @ValidateNested() @Type(() => TallyDto) tally!: TallyDto;
}

/** Yes/no ballots, one tally per person (the confidence ballots at the conference; the election). */
export class PersonBallotPayload {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RosterMemberDto) members!: RosterMemberDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(500) @IsString({ each: true }) conflicted?: string[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique((r: NomineeTallyDto) => r?.nomineeKey) @ValidateNested({ each: true }) @Type(() => NomineeTallyDto)
  results!: NomineeTallyDto[];
  @IsOptional() @IsString() @MaxLength(REF) minutesRef?: string;
}

export class ConfidenceBallotPayload extends PersonBallotPayload {
  @IsDateOnly() meetingDate!: string;
}

export class ElectionPayload extends PersonBallotPayload {
  @IsDateOnly() electionDate!: string;
}

/** The upper committee's opinion on the person proposed for a standing post. */
export class PersonAgreementPayload {
  @IsDateOnly() agreedOn!: string;
  @IsIn(OPINIONS) opinion!: Opinion;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique() @IsString({ each: true }) @Matches(CODE, { each: true }) nomineeKeys!: string[];
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class DossierPayload {
  @IsDateOnly() submittedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  documentRefs?: string[];
}

export class AppraisalPayload {
  @IsDateOnly() appraisedOn!: string;
  @IsIn(OPINIONS) opinion!: Opinion;
  @IsString() @MinLength(3) @MaxLength(TEXT) notes!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class DecidingBodyDto {
  @IsIn(DECIDING_KINDS) kind!: BodyKind;
  @IsIn(LEVELS) level!: Level;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

export class DesignationPayload {
  @IsString() @MinLength(1) @MaxLength(REF) decisionNumber!: string;
  @IsDateOnly() decisionDate!: string;
  // When the decision takes effect, if not on its own date (never before it).
  @IsOptional() @IsDateOnly() effectiveFrom?: string;
  @IsDefined() @ValidateNested() @Type(() => DecidingBodyDto) decidingBody!: DecidingBodyDto;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique() @IsString({ each: true }) @Matches(CODE, { each: true }) nomineeKeys!: string[];
}

export class ElectionAgreementPayload {
  @IsDateOnly() agreedOn!: string;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsDefined() @ValidateNested() @Type(() => DecidingBodyDto) decidingBody!: DecidingBodyDto;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ArrayUnique() @IsString({ each: true }) @Matches(CODE, { each: true }) nomineeKeys!: string[];
}

export class WithdrawPayload {
  @IsDateOnly() withdrawnOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

// Sent by the system when a deadline ends; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['UPPER_AGREEMENT', 'APPRAISAL', 'DECISION', 'EFFECTIVE'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: DeadlineKey;
  @IsInt() @Min(1) generation!: number;
}
