import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { BODY_KINDS, DISCIPLINE_FORMS, LEVELS, type BodyKind, type DisciplineForm, type Level } from '../shared/facts';

const TEXT = 5000;
const NAME = 300;
const REF = 200;

export const COMPLAINANT_KINDS = ['MEMBER', 'ORGANISATION'] as const;
export type ComplainantKind = (typeof COMPLAINANT_KINDS)[number];

export class ComplainantDto {
  @IsIn(COMPLAINANT_KINDS) kind!: ComplainantKind;
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsOptional() @IsUUID() userId?: string;
  /** A probationary member (đảng viên dự bị): only khiển trách or cảnh cáo apply (69-QĐ/TW Art. 7). */
  @IsOptional() @IsBoolean() probationary?: boolean;
}

/**
 * Bodies that decide discipline or complaints: the discipline bodies and, at the centre, the Secretariat (Ban Bí thư),
 * the final instance for khai trừ decided at provincial level and below (22-QĐ/TW Art. 22; B4.FINAL_INSTANCE).
 */
export const COMPLAINT_BODY_KINDS = [...BODY_KINDS, 'SECRETARIAT'] as const;
export type ComplaintBodyKind = BodyKind | 'SECRETARIAT';

export class BodyDto {
  @IsIn(COMPLAINT_BODY_KINDS) kind!: ComplaintBodyKind;
  @IsIn(LEVELS) level!: Level;
  /**
   * The level above this body where it is not the one the level ladder in force gives (ORG.LEVEL_LADDER), e.g. a
   * cell under a section committee, or a grassroots organisation placed directly under a provincial committee.
   */
  @IsOptional() @IsIn(LEVELS) upperDirectLevel?: Level;
}

/** The decision complained against: the disciplinary decision, or the complaint decision of the level below. */
export class ComplainedDecisionDto {
  /** The form in force under that decision. */
  @IsIn(DISCIPLINE_FORMS) form!: DisciplineForm;
  @IsDefined() @ValidateNested() @Type(() => BodyDto) decidedBy!: BodyDto;
  @IsISO8601({ strict: true }) decidedAt!: string;
  /** When the complainant received it; absent: not (yet) received. */
  @IsOptional() @IsISO8601({ strict: true }) receivedAt?: string;
  /** For a complaint decision: the body that imposed the discipline (it fixes the final level). */
  @IsOptional() @ValidateNested() @Type(() => BodyDto) originallyDecidedBy?: BodyDto;
}

export class CourtSentenceDto {
  /** Sentenced to non-custodial reform (cải tạo không giam giữ) or heavier. */
  @IsBoolean() nonCustodialReformOrHeavier!: boolean;
  @IsBoolean() judgementAnnulled!: boolean;
}

/** Facts bearing on admissibility known at registration or found when assessing it (296-QĐ/TW Art. 23 [S18]). */
export class AdmissibilityFindingsDto {
  @IsOptional() @IsBoolean() lodgedWithOtherLevels?: boolean;
  @IsOptional() @IsBoolean() handledByHigherLevel?: boolean;
  @IsOptional() @ValidateNested() @Type(() => CourtSentenceDto) courtSentenced?: CourtSentenceDto;
  @IsOptional() @IsBoolean() refusedToReceiveDecision?: boolean;
  @IsOptional() @IsBoolean() membershipTransferredOutside?: boolean;
}

export class CaseSourceDto {
  @IsString() @MinLength(1) @MaxLength(64) procedureId!: string;
  @IsOptional() @IsUUID() caseId?: string;
}

export class KhieuNaiInput {
  @IsDefined() @ValidateNested() @Type(() => ComplainantDto) complainant!: ComplainantDto;
  @IsDefined() @ValidateNested() @Type(() => ComplainedDecisionDto) decision!: ComplainedDecisionDto;
  @IsISO8601({ strict: true }) lodgedAt!: string;
  /** The body the complaint was lodged with (kind matters: an inspection commission's decision goes first to its own committee). */
  @IsDefined() @ValidateNested() @Type(() => BodyDto) lodgedWith!: BodyDto;
  @IsBoolean() onBehalfOfAnother!: boolean;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @ValidateNested() @Type(() => AdmissibilityFindingsDto) findings?: AdmissibilityFindingsDto;
  @IsOptional() @ValidateNested() @Type(() => CaseSourceDto) source?: CaseSourceDto;
}

export class AssessPayload {
  /**
   * When the competent body received the complaint: the resolution deadline runs from it, and the rules (level
   * ladder, final instance, grounds) are those in force on that day.
   */
  @IsISO8601({ strict: true }) receivedAt!: string;
  /** What the assessment found beyond the registration (merged with it). */
  @IsOptional() @ValidateNested() @Type(() => AdmissibilityFindingsDto) findings?: AdmissibilityFindingsDto;
  @IsOptional() @IsString() @MaxLength(TEXT) note?: string;
}

export class ReportPayload {
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export const COMPLAINT_OUTCOMES = ['UPHELD', 'CHANGED', 'ANNULLED', 'REFERRED_UP'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

export class DecideComplaintPayload {
  @IsIn(COMPLAINT_OUTCOMES) outcome!: ComplaintOutcome;
  /** CHANGED: the new form. */
  @IsOptional() @IsIn(DISCIPLINE_FORMS) newForm?: DisciplineForm;
  @IsDefined() @ValidateNested() @Type(() => BodyDto) decidingBody!: BodyDto;
  @IsString() @MinLength(1) @MaxLength(REF) decisionRef!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class NotifyComplainantPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  /** When the complainant received the complaint decision (a further complaint runs from then). */
  @IsOptional() @IsISO8601({ strict: true }) receivedAt?: string;
}

/**
 * A new complaint at the next level against this complaint decision. The level is not chosen: it is the next
 * instance the rules in force give (shown on the case as `offer`); `lodgedWith` names which body of that instance
 * received it when it has several (its inspection commission, standing committee or committee), and is refused if
 * it is not one of them.
 */
export class EscalatePayload {
  @IsISO8601({ strict: true }) lodgedAt!: string;
  @IsOptional() @ValidateNested() @Type(() => BodyDto) lodgedWith?: BodyDto;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class ReasonPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class EmptyPayload {}

export const DEADLINE_KEYS = ['resolve'] as const;
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: (typeof DEADLINE_KEYS)[number];
  @IsInt() @Min(1) generation!: number;
}

/**
 * The input of a complaint case opened by another case: by a disciplinary case when the disciplined member or
 * organisation complains, or by a complaint case escalated to the next level. One shape for both openers.
 */
export function complaintCaseInput(parts: {
  complainant: ComplainantDto;
  decision: ComplainedDecisionDto;
  lodgedAt: string;
  lodgedWith: BodyDto;
  onBehalfOfAnother: boolean;
  summary: string;
  sourceProcedureId: string;
}): KhieuNaiInput {
  const { complainant: c, decision: d } = parts;
  return {
    complainant: { kind: c.kind, name: c.name, ...(c.userId ? { userId: c.userId } : {}), ...(c.probationary ? { probationary: true } : {}) },
    decision: {
      form: d.form,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt,
      ...(d.receivedAt ? { receivedAt: d.receivedAt } : {}),
      ...(d.originallyDecidedBy ? { originallyDecidedBy: d.originallyDecidedBy } : {}),
    },
    lodgedAt: parts.lodgedAt,
    lodgedWith: parts.lodgedWith,
    onBehalfOfAnother: parts.onBehalfOfAnother,
    summary: parts.summary,
    source: { procedureId: parts.sourceProcedureId },
  };
}
