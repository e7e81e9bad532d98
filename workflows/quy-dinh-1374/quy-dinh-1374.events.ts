import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsDefined, IsInt, Min, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';

// The four sources of Quy định 1374 (§4.1 [S2][S3][S4][S7]).
export const SOURCES = ['VOTER', 'ELECTED_BODY', 'CITIZEN_PETITION_COMPLAINT_DENUNCIATION', 'PRESS'] as const;
export type Source = (typeof SOURCES)[number];
export const CHANNELS = ['LETTER', 'EMAIL', 'IN_PERSON', 'PHONE', 'MEETING', 'PUBLICATION', 'OTHER'] as const;
export const INFO_TYPES = ['PHAN_ANH', 'KIEN_NGHI', 'KHIEU_NAI', 'TO_CAO'] as const;
export const SUBJECT_KINDS = ['PERSON', 'ORGANISATION'] as const;
// Who manages the subject (diện quản lý), relative to the committee that received the information.
export const MANAGED_BY = ['RECEIVING_COMMITTEE', 'LOWER_COMMITTEE', 'HIGHER_COMMITTEE', 'OUTSIDE_PARTY'] as const;
export const FORWARD_TARGETS = ['HIGHER_COMMITTEE', 'LOWER_COMMITTEE', 'OTHER_PARTY_ORGANISATION', 'STATE_BODY'] as const;
export const FINDINGS = ['WELL_FOUNDED', 'PARTLY_FOUNDED', 'UNFOUNDED'] as const;
export const AUDIENCES = ['REPORTER', 'UNIT', 'UPPER_COMMITTEE', 'TASK_FORCE'] as const;

const TEXT = 5000;
const NAME = 300;

export class Register1374Input {
  @IsString() @MinLength(3) @MaxLength(NAME) title!: string;
  @IsIn(SOURCES) source!: Source;
  @IsIn(CHANNELS) channel!: (typeof CHANNELS)[number];
  @IsString() @MinLength(1) @MaxLength(TEXT) summary!: string;
  @IsISO8601({ strict: true }) receivedAt!: string;
  // Press items start the explanation clock at publication (A-D1).
  @ValidateIf((o: Register1374Input) => o.source === 'PRESS' || o.publishedAt !== undefined)
  @IsISO8601({ strict: true })
  publishedAt?: string;
  @IsOptional() @IsString() @MaxLength(NAME) publication?: string;
  // Information from the supervision of the Fatherland Front / socio-political organisations: the result must be
  // notified in writing within 20 working days of receipt, ≤ 30 for complex cases (Quy định 124-QĐ/TW Art. 8, [S30]).
  @IsOptional() @IsBoolean() frontSupervision?: boolean;
}

export class SubjectDto {
  @IsIn(SUBJECT_KINDS) kind!: (typeof SUBJECT_KINDS)[number];
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  // For a person: a party member? For an organisation: a party organisation?
  @IsBoolean() isParty!: boolean;
  @IsIn(MANAGED_BY) managedBy!: (typeof MANAGED_BY)[number];
}

export class ClassifyPayload {
  @IsIn(INFO_TYPES) infoType!: (typeof INFO_TYPES)[number];
  @IsDefined() @ValidateNested() @Type(() => SubjectDto) subject!: SubjectDto;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class ReasonPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export const DISCIPLINE_SUBJECT_KINDS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'] as const;

export class ViolationDto {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsISO8601({ strict: true }) occurredFrom!: string;
  @IsOptional() @IsISO8601({ strict: true }) occurredUntil?: string;
  @IsBoolean() continuing!: boolean;
}

/** Version 2: the referral opens the discipline case, so it says who is disciplined and for what violation. */
export class ReferDisciplinePayload extends ReasonPayload {
  @IsIn(DISCIPLINE_SUBJECT_KINDS) subjectKind!: (typeof DISCIPLINE_SUBJECT_KINDS)[number];
  @IsDefined() @ValidateNested() @Type(() => ViolationDto) violation!: ViolationDto;
  @IsOptional() @IsBoolean() taskAssignedByUpper?: boolean;
}

export class RecordExplanationPayload {
  @IsISO8601({ strict: true }) receivedAt!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class ProposeMethodPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) proposal!: string;
}

export class DirectPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) direction!: string;
  /** A clear violation (vi phạm rõ): the standing committee's maximum time (A.CLEAR_VIOLATION_MAX) runs from this direction. */
  @IsOptional() @IsBoolean() clearViolation?: boolean;
}

export class AssignToUnitPayload {
  @IsUUID() unitId!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) instructions?: string;
}

export class HandlingReportDto {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(NAME) documentRef?: string;
}

export class ForwardPayload {
  @IsIn(FORWARD_TARGETS) target!: (typeof FORWARD_TARGETS)[number];
  @IsString() @MinLength(1) @MaxLength(NAME) bodyName!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
  // A competent unit reports up what it handled; it may not pass its own case up without it (§4.1, [S5]). Optional in
  // shape so that the machine's guard, not a 400, explains the rule.
  @IsOptional() @ValidateNested() @Type(() => HandlingReportDto) handlingReport?: HandlingReportDto;
}

export class ReturnToTaskForcePayload {
  // Optional in shape so that the machine's guard, not a 400, explains the rule (§4.1, T-A6).
  @IsOptional() @ValidateNested() @Type(() => HandlingReportDto) handlingReport?: HandlingReportDto;
}

export class MeasuresDto {
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(3, { each: true }) @MaxLength(TEXT, { each: true }) party!: string[];
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(3, { each: true }) @MaxLength(TEXT, { each: true }) government!: string[];
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @MinLength(3, { each: true }) @MaxLength(TEXT, { each: true }) massOrganisation!: string[];
}

export class ConcludePayload {
  @IsIn(FINDINGS) finding!: (typeof FINDINGS)[number];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsDefined() @ValidateNested() @Type(() => MeasuresDto) measures!: MeasuresDto;
}

export class NotifyPayload {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(AUDIENCES.length) @ArrayUnique() @IsIn(AUDIENCES, { each: true }) audiences!: (typeof AUDIENCES)[number][];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class EmptyPayload {}

// Sent by the system when a deadline's escalation fires; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['explanation', 'officeProposal', 'direction', 'frontResult', 'handling', 'clearViolation'] as const;
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: (typeof DEADLINE_KEYS)[number];
  @IsInt() @Min(1) generation!: number;
}
