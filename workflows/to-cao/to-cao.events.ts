import { Type } from 'class-transformer';
import {
  ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested,
} from 'class-validator';
import { InitiatingBodyDto, InspectionSubjectDto, ViolationDto } from '../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.events';
import { BODY_KINDS, LEVELS, type BodyKind, type Level } from '../shared/facts';

const TEXT = 5000;
const NAME = 300;
const REF = 200;

const RULE_296_ART_19 = 'Quy định 296-QĐ/TW, Điều 19 (chưa kiểm chứng) — procedures.md §5.1 [S18][S19][S20]';

// Denunciations that are not handled (không giải quyết), §5.1 [S19][S20] (stated); [S18] cites 296 Art. 19.
export const ADMISSIBILITY_REASONS = {
  ANONYMOUS: { label: 'Tố cáo giấu tên', source: RULE_296_ART_19 },
  IMPERSONATED: { label: 'Tố cáo mạo tên', source: RULE_296_ART_19 },
  NO_ADDRESS: { label: 'Tố cáo không rõ địa chỉ', source: RULE_296_ART_19 },
  REPEAT_NO_NEW_EVIDENCE: {
    label: 'Tố cáo đã được cấp có thẩm quyền kết luận, nay tố cáo lại nhưng không có tài liệu, chứng cứ mới làm thay đổi bản chất vụ việc',
    source: RULE_296_ART_19,
  },
  NOT_CONCRETE: { label: 'Tố cáo có danh nhưng nội dung không cụ thể, không có cơ sở để thẩm tra, xác minh', source: RULE_296_ART_19 },
  NOT_ORIGINAL_SIGNATURE: {
    label: 'Đơn tố cáo không phải bản gốc có chữ ký trực tiếp của người tố cáo (chữ ký phô-tô)',
    source: RULE_296_ART_19,
  },
  MULTIPLE_SIGNERS: { label: 'Đơn tố cáo có từ hai người trở lên cùng ký tên', source: RULE_296_ART_19 },
  NO_CIVIL_CAPACITY: { label: 'Người tố cáo không có năng lực hành vi dân sự đầy đủ', source: RULE_296_ART_19 },
} as const satisfies Record<string, { label: string; source: string }>;
export type AdmissibilityReason = keyof typeof ADMISSIBILITY_REASONS;
export const ADMISSIBILITY_REASON_CODES = Object.keys(ADMISSIBILITY_REASONS) as AdmissibilityReason[];
/** Letters that, concrete and with an address, may still be kept as information for an inspection (§5.1 [S18][S29]). */
export const INFORMATION_REASONS = ['ANONYMOUS', 'IMPERSONATED'] as const satisfies readonly AdmissibilityReason[];

export const CHANNELS = ['LETTER', 'IN_PERSON', 'EMAIL', 'TRANSFERRED_IN', 'OTHER'] as const;
export const SUBJECT_KINDS = ['PERSON', 'ORGANISATION'] as const;
export const TRANSFER_TARGETS = ['PARTY_ORGANISATION', 'STATE_BODY'] as const;
export const OUTCOMES = ['TRUE', 'PARTLY_TRUE', 'FALSE'] as const;
export type ToCaoOutcome = (typeof OUTCOMES)[number];
export const COERCION_KINDS = ['THREAT', 'COERCION', 'BRIBERY'] as const;
export const VERIFICATION_KINDS = ['WORK_WITH_DENOUNCER', 'SUBJECT_EXPLANATION', 'EVIDENCE', 'WORK_WITH_PEOPLE', 'OTHER'] as const;
export const NOTICE_FORMS = ['WRITTEN', 'IN_PERSON', 'OTHER'] as const;
export const DISCIPLINE_SUBJECT_KINDS = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'] as const;

export class HandlingBodyDto {
  @IsIn(BODY_KINDS) kind!: BodyKind;
  // Chooses the deadline rule (§5.2) and the congress window, unless the subject is a central-managed cadre.
  @IsIn(LEVELS) level!: Level;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) name?: string;
}

export class DenouncedSubjectDto {
  @IsIn(SUBJECT_KINDS) kind!: (typeof SUBJECT_KINDS)[number];
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsOptional() @IsUUID() userId?: string;
  /** A cadre managed by the Politburo or the Secretariat: Quyết định 164-QĐ/TW's deadline applies (B1.TOCAO_CENTRAL_MANAGED). */
  @IsOptional() @IsBoolean() centralManaged?: boolean;
}

/**
 * Registration at the competent body (D0). The denouncer's identity is not here: it goes in the case's protected
 * `reporter`, never in the machine.
 */
export class RegisterToCaoInput {
  @IsString() @MinLength(3) @MaxLength(NAME) title!: string;
  @IsString() @MinLength(1) @MaxLength(TEXT) summary!: string;
  @IsIn(CHANNELS) channel!: (typeof CHANNELS)[number];
  // The handling clock starts when the competent body receives the letter (§5.1 [S21]).
  @IsISO8601({ strict: true }) receivedByCompetentAt!: string;
  // When a body without competence received it first and transferred it here.
  @IsOptional() @IsISO8601({ strict: true }) firstReceivedAt?: string;
  @IsOptional() @IsString() @MinLength(1) @MaxLength(NAME) transferredFrom?: string;
  @IsDefined() @ValidateNested() @Type(() => HandlingBodyDto) handlingBody!: HandlingBodyDto;
  @IsDefined() @ValidateNested() @Type(() => DenouncedSubjectDto) subject!: DenouncedSubjectDto;
}

export class NotAcceptPayload {
  @IsIn(ADMISSIBILITY_REASON_CODES) reason!: AdmissibilityReason;
  @IsString() @MinLength(3) @MaxLength(TEXT) note!: string;
}

export class UseAsInformationPayload {
  // Any code in shape, so that the machine's guard, not a 400, explains which letters may be kept as information.
  @IsIn(ADMISSIBILITY_REASON_CODES) reason!: AdmissibilityReason;
  @IsBoolean() concreteContent!: boolean;
  // The concrete address the letter gives (of the subject, the place, the facts).
  @IsString() @MaxLength(NAME) address!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class TransferPayload {
  @IsIn(TRANSFER_TARGETS) target!: (typeof TRANSFER_TARGETS)[number];
  @IsString() @MinLength(1) @MaxLength(NAME) bodyName!: string;
  @IsOptional() @IsUUID() bodyUnitId?: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class AcceptPayload {
  @IsString() @MinLength(1) @MaxLength(REF) decisionRef!: string;
  // Date of the decision setting up the team: the start of the 180 days for central-managed cadres (§5.1 [S22]).
  @IsISO8601({ strict: true }) decidedAt!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) planSummary!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) team!: string;
}

export class DeferCongressPayload {
  @IsISO8601({ strict: true }) congressOpensAt!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class ResumeAfterCongressPayload {
  // The new committee's receipt: the competent body's clock starts again from here.
  @IsISO8601({ strict: true }) handedOverAt!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) newCommittee!: string;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class RecordVerificationPayload {
  @IsIn(VERIFICATION_KINDS) kind!: (typeof VERIFICATION_KINDS)[number];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class ExtendPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  // What the denouncer is told (§5.1 [S19]: an extension is notified to the denouncer).
  @IsString() @MinLength(3) @MaxLength(TEXT) noticeSummary!: string;
}

export class WithdrawPayload {
  @IsISO8601({ strict: true }) withdrawnAt!: string;
  // Set when the withdrawal was found to result from threats, coercion or bribery: handling then continues.
  @IsOptional() @IsIn(COERCION_KINDS) coercion?: (typeof COERCION_KINDS)[number];
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class DraftConclusionPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

export class ReasonPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class ConcludePayload {
  @IsIn(OUTCOMES) outcome!: ToCaoOutcome;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsBoolean() violationToDisciplinaryLevel!: boolean;
  @IsOptional() @IsString() @MaxLength(REF) conclusionRef?: string;
}

export class DisciplineSubjectDto {
  @IsIn(DISCIPLINE_SUBJECT_KINDS) kind!: (typeof DISCIPLINE_SUBJECT_KINDS)[number];
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsOptional() @IsUUID() userId?: string;
}

export class ReferDisciplinePayload {
  @IsDefined() @ValidateNested() @Type(() => DisciplineSubjectDto) subject!: DisciplineSubjectDto;
  @IsDefined() @ValidateNested() @Type(() => ViolationDto) violation!: ViolationDto;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  evidenceRefs?: string[];
}

/** Opens an inspection on signs of violation from a letter kept as information (its input, §6). */
export class OpenInspectionPayload {
  @IsDefined() @ValidateNested() @Type(() => InspectionSubjectDto) subject!: InspectionSubjectDto;
  @IsDefined() @ValidateNested() @Type(() => InitiatingBodyDto) initiatingBody!: InitiatingBodyDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true }) @MinLength(1, { each: true }) @MaxLength(REF, { each: true })
  evidenceRefs?: string[];
}

export class NotifyResultPayload {
  @IsIn(NOTICE_FORMS) form!: (typeof NOTICE_FORMS)[number];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class EmptyPayload {}

// Sent by the system when the handling deadline's escalation fires; `generation` lets the machine ignore a stale one.
export const DEADLINE_KEYS = ['handling'] as const;
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: (typeof DEADLINE_KEYS)[number];
  @IsInt() @Min(1) generation!: number;
}
