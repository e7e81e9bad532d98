import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min,
  MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { BODY_KINDS, LEVELS, type BodyKind, type Level } from '../shared/facts';
import { ORG_CHANGE_KINDS, type OrgChangeKind } from '../shared/org-change';
import { Role } from '../shared/roles';

const TEXT = 5000;
const NAME = 300;
const REF = 200;
const KEY = /^[A-Za-z0-9_-]{1,64}$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date (YYYY-MM-DD): the dates of this procedure are documents' dates, not instants. */
function IsDateOnly(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(DATE_ONLY, { message: '$property phải là ngày dạng YYYY-MM-DD' })(target, key);
  };
}

/** Who proposes the change (changes-2026.md §5.1: the organisation commission, the committee, or the organisation concerned). */
export const PROPOSER_KINDS = ['ORGANISATION_COMMISSION', 'PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'CONCERNED_ORGANISATION'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];
export const OPINIONS = ['AGREE', 'DISAGREE'] as const;
export type Opinion = (typeof OPINIONS)[number];
const ROLES = Object.values(Role);

export class ProposerDto {
  @IsIn(PROPOSER_KINDS) kind!: ProposerKind;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

/** An organisation the change concerns: an existing unit (its id), or one the change would found (no id). */
export class OrganisationConcernedDto {
  @IsOptional() @IsUUID() unitId?: string;
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsIn(LEVELS) level!: Level;
}

/** The proposal, registered on the unit of the deciding (upper-direct) committee. */
export class OrgChangeInput {
  @IsOptional() @IsString() @MinLength(3) @MaxLength(NAME) title?: string;
  @IsIn(ORG_CHANGE_KINDS) kind!: OrgChangeKind;
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => OrganisationConcernedDto)
  organisations!: OrganisationConcernedDto[];
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  @IsDefined() @ValidateNested() @Type(() => ProposerDto) proposedBy!: ProposerDto;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(REF) proposalRef?: string;
  // When the proposal was received (the case's receipt instant).
  @IsISO8601({ strict: true }) proposedAt!: string;
}

export class SubmitDossierPayload {
  @IsDateOnly() submittedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  documentRefs?: string[];
}

export class UpperOpinionPayload {
  @IsIn(OPINIONS) opinion!: Opinion;
  @IsDateOnly() receivedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class AppraisePayload {
  @IsIn(OPINIONS) opinion!: Opinion;
  @IsDateOnly() appraisedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) notes!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** A unit of the plan: an existing one (`unitId`) or one the same decision founds (`newUnit`, its key). */
export class UnitRefDto {
  @ValidateIf((o: UnitRefDto) => o.newUnit === undefined) @IsUUID() unitId?: string;
  @ValidateIf((o: UnitRefDto) => o.unitId === undefined) @IsString() @Matches(KEY) newUnit?: string;
}

export class NewUnitDto {
  @IsString() @Matches(KEY) key!: string;
  @IsString() @MinLength(1) @MaxLength(64) code!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsIn(LEVELS) level!: Level;
  @IsUUID() parentId!: string;
}

export class CaseSuccessorDto {
  @IsUUID() caseId!: string;
  @IsDefined() @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
}

export class MemberSuccessorDto {
  @IsUUID() personId!: string;
  @IsDefined() @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
}

export class ChildSuccessorDto {
  @IsUUID() unitId!: string;
  @IsDefined() @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
}

export class RoleDesignationDto {
  @IsUUID() userId!: string;
  @IsDefined() @ValidateNested() @Type(() => UnitRefDto) to!: UnitRefDto;
  @IsIn(ROLES) role!: Role;
}

/** The plan a decision carries (workflows/shared/org-change.ts OrgChangePlan), without the decision itself. */
export class OrgChangePlanDto {
  @IsIn(ORG_CHANGE_KINDS) kind!: OrgChangeKind;
  @IsDateOnly() effectiveDate!: string;
  @IsArray() @ArrayMaxSize(100) @ArrayUnique() @IsUUID('all', { each: true }) units!: string[];
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => NewUnitDto) newUnits!: NewUnitDto[];
  @IsOptional() @IsUUID() intoUnitId?: string;
  @IsOptional() @IsUUID() newParentId?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) newName?: string;
  @IsOptional() @ValidateNested() @Type(() => UnitRefDto) recordsTo?: UnitRefDto;
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => CaseSuccessorDto) caseSuccessors?: CaseSuccessorDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => MemberSuccessorDto) memberSuccessors?: MemberSuccessorDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => ChildSuccessorDto) childSuccessors?: ChildSuccessorDto[];
  @IsOptional() @IsArray() @ArrayMaxSize(5000) @ValidateNested({ each: true }) @Type(() => RoleDesignationDto) roles?: RoleDesignationDto[];
}

export class DecidingBodyDto {
  @IsIn(BODY_KINDS) kind!: BodyKind;
  @IsIn(LEVELS) level!: Level;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

export class DecideOrgChangePayload {
  @IsString() @MinLength(1) @MaxLength(REF) decisionNumber!: string;
  @IsDateOnly() decisionDate!: string;
  @IsDefined() @ValidateNested() @Type(() => DecidingBodyDto) decidingBody!: DecidingBodyDto;
  @IsDefined() @ValidateNested() @Type(() => OrgChangePlanDto) plan!: OrgChangePlanDto;
}

export class NotApprovedPayload {
  @IsDateOnly() decidedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class AnnounceOrgChangePayload {
  @IsDateOnly() announcedOn!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

/** A corrected plan (same decision; the corrected parts, e.g. a successor for a case opened meanwhile). */
export class AmendPlanPayload {
  @IsDefined() @ValidateNested() @Type(() => OrgChangePlanDto) plan!: OrgChangePlanDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class HandoverCompletedPayload {
  @IsDateOnly() minutesDate!: string;
  @IsOptional() @IsString() @MaxLength(REF) minutesRef?: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

// Sent by the system when a deadline ends; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['APPRAISAL', 'DECISION', 'EFFECTIVE', 'HANDOVER'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: DeadlineKey;
  @IsInt() @Min(1) generation!: number;
}
