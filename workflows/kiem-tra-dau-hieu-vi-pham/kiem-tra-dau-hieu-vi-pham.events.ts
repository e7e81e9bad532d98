import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength,
  Min, MinLength, ValidateIf, ValidateNested, type ValidationArguments,
} from 'class-validator';
import { LEVELS, type Level } from '../shared/facts';

const TEXT = 5000;
const NAME = 300;
const REF = 200;

// Bodies that may conduct an inspection on signs of violation: committees, their standing committees, inspection
// commissions and cells; the committee's advisory departments (ban tham mưu, giúp việc) may not (§6, 296 Art. 5 [S18]).
export const INSPECTING_BODY_KINDS = ['PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION', 'CELL'] as const;
export type InspectingBodyKind = (typeof INSPECTING_BODY_KINDS)[number];
export const INSPECTING_BODY_LABELS: Record<InspectingBodyKind, string> = {
  PARTY_COMMITTEE: 'Cấp ủy',
  STANDING_COMMITTEE: 'Ban Thường vụ cấp ủy',
  INSPECTION_COMMISSION: 'Ủy ban kiểm tra',
  CELL: 'Chi bộ',
};
export const INSPECTION_AUTHORITY_RULE =
  'Chỉ cấp ủy, ban thường vụ cấp ủy, ủy ban kiểm tra và chi bộ được tiến hành kiểm tra khi có dấu hiệu vi phạm; ' +
  'các ban tham mưu, giúp việc của cấp ủy không được tiến hành (Quy định 296-QĐ/TW, Điều 5; Điều lệ Đảng, Điều 32 — procedures.md §6 [S18], chưa kiểm chứng).';

const bodyKindMessage = (args: ValidationArguments): string =>
  args.value === 'ADVISORY_DEPARTMENT'
    ? `Ban tham mưu, giúp việc của cấp ủy không được tiến hành kiểm tra khi có dấu hiệu vi phạm. ${INSPECTION_AUTHORITY_RULE}`
    : INSPECTION_AUTHORITY_RULE;

// PERSON / ORGANISATION as 1374 classifies; FULL_MEMBER / PROBATIONARY_MEMBER when the parent already knows.
export const INSPECTION_SUBJECT_KINDS = ['PERSON', 'ORGANISATION', 'FULL_MEMBER', 'PROBATIONARY_MEMBER'] as const;
export type InspectionSubjectKind = (typeof INSPECTION_SUBJECT_KINDS)[number];
export const DISCIPLINE_SUBJECT_KINDS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'] as const;
export type DisciplineSubjectKind = (typeof DISCIPLINE_SUBJECT_KINDS)[number];

export const INSPECTION_OUTCOMES = ['NO_VIOLATION', 'VIOLATION_NO_DISCIPLINE', 'VIOLATION_DISCIPLINE'] as const;
export type InspectionOutcome = (typeof INSPECTION_OUTCOMES)[number];
export const AUDIENCES = ['REPORTER', 'UNIT', 'UPPER_COMMITTEE', 'TASK_FORCE'] as const;
export const VERIFICATION_KINDS = ['DOCUMENTS', 'EVIDENCE', 'WORK_WITH_PEOPLE', 'DISCUSSION_WITH_SUBJECT', 'OTHER'] as const;

export class InitiatingBodyDto {
  @IsIn(INSPECTING_BODY_KINDS, { message: bodyKindMessage }) kind!: InspectingBodyKind;
  @IsOptional() @IsIn(LEVELS) level?: Level;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

export class InspectionSubjectDto {
  @IsIn(INSPECTION_SUBJECT_KINDS) kind!: InspectionSubjectKind;
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  // A party member / party organisation? Only those can be disciplined by the Party.
  @IsBoolean() isParty!: boolean;
  @IsOptional() @IsUUID() userId?: string;
}

export class SourceDto {
  @IsString() @MinLength(1) @MaxLength(64) procedureId!: string;
  @IsOptional() @IsUUID() caseId?: string;
}

/**
 * The proposal (K0). Started directly by an inspecting body, or opened by a parent case (1374 MOVE_TO_INSPECTION, a
 * denunciation kept as information) with `source`; `reason` or `summary` (at least one) says what the signs are.
 */
export class InspectionInput {
  @IsOptional() @IsString() @MinLength(3) @MaxLength(NAME) title?: string;
  @IsDefined() @ValidateNested() @Type(() => InspectionSubjectDto) subject!: InspectionSubjectDto;
  @ValidateIf((o: InspectionInput) => o.summary === undefined || o.reason !== undefined)
  @IsString() @MinLength(3) @MaxLength(TEXT)
  reason?: string;
  @ValidateIf((o: InspectionInput) => o.reason === undefined || o.summary !== undefined)
  @IsString() @MinLength(3) @MaxLength(TEXT)
  summary?: string;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  evidenceRefs?: string[];
  @IsOptional() @ValidateNested() @Type(() => SourceDto) source?: SourceDto;
  @IsDefined() @ValidateNested() @Type(() => InitiatingBodyDto) initiatingBody!: InitiatingBodyDto;
  // When the proposal was made (the case's receipt instant); a parent passes its event's occurredAt.
  @IsISO8601({ strict: true }) proposedAt!: string;
}

export class DecidePayload {
  @IsString() @MinLength(1) @MaxLength(REF) decisionRef!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) planSummary!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) team!: string;
}

export class AnnouncePayload {
  @IsISO8601({ strict: true }) announcedAt!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class RecordExplanationPayload {
  @IsISO8601({ strict: true }) receivedAt!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class RecordVerificationPayload {
  @IsIn(VERIFICATION_KINDS) kind!: (typeof VERIFICATION_KINDS)[number];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class DraftReportPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class ReturnDraftPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class ConcludeInspectionPayload {
  @IsIn(INSPECTION_OUTCOMES) outcome!: InspectionOutcome;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) conclusionRef?: string;
}

export class ViolationDto {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsISO8601({ strict: true }) occurredFrom!: string;
  @IsOptional() @IsISO8601({ strict: true }) occurredUntil?: string;
  @IsBoolean() continuing!: boolean;
}

export class ReferInspectionPayload {
  // Needed when the subject was registered only as PERSON: is the person a full or a probationary member?
  @IsOptional() @IsIn(DISCIPLINE_SUBJECT_KINDS) subjectKind?: DisciplineSubjectKind;
  @IsDefined() @ValidateNested() @Type(() => ViolationDto) violation!: ViolationDto;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  evidenceRefs?: string[];
}

export class NotifyInspectionPayload {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(AUDIENCES.length) @ArrayUnique() @IsIn(AUDIENCES, { each: true }) audiences!: (typeof AUDIENCES)[number][];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class EmptyPayload {}

// Sent by the system when a deadline a committee set is missed; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['inspection', 'explanation'] as const;
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: (typeof DEADLINE_KEYS)[number];
  @IsInt() @Min(1) generation!: number;
}
