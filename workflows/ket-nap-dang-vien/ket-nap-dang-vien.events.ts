import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, ArrayUnique, Equals, IsArray, IsBoolean, IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches,
  MaxLength, Min, MinLength, ValidateIf, ValidateNested,
} from 'class-validator';
import { LEVELS, type Level } from '../shared/facts';
import { RelativeDto } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.events';

const TEXT = 5000;
const NAME = 300;
const REF = 200;
const KEY = 64;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'phải là ngày dạng YYYY-MM-DD';

/** A calendar date (YYYY-MM-DD): every date of this procedure is a document's or a meeting's date, not an instant. */
function IsDateOnly(): PropertyDecorator {
  return (target, key) => {
    IsISO8601({ strict: true })(target, key);
    Matches(DATE_ONLY, { message: `$property ${DATE_MESSAGE}` })(target, key);
  };
}

// Education (§9.1): lower-secondary (THCS) or higher, except in the areas the Secretariat's guidance lists.
export const EDUCATION_LEVELS = ['NONE', 'PRIMARY', 'LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'POSTGRADUATE'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export const EDUCATION_EXCEPTIONS = ['MOUNTAINOUS', 'BORDER', 'ISLAND', 'ETHNIC_MINORITY', 'VERY_DIFFICULT_AREA'] as const;
export type EducationException = (typeof EDUCATION_EXCEPTIONS)[number];

/** NORMAL: 18y0m–60y0m. PROVINCIAL_OVER_60: decided by the committee directly under the Centre (§9.1). */
export const ROUTES = ['NORMAL', 'PROVINCIAL_OVER_60'] as const;
export type Route = (typeof ROUTES)[number];

/**
 * Why the person left the Party before (Quy định 232, 294 §3.5, docs/domain/procedures.md §9.1 [S40][S42]): which
 * reasons bar readmission, and the waiting time after leaving or after a less serious crime's conviction is expunged,
 * are rule values (C.NO_READMISSION_GROUNDS, C.READMIT_MIN_GAP, C.READMIT_AFTER_EXPUNGED).
 */
export const LEAVING_REASONS = [
  'SELF_ABANDONED_ACTIVITY',
  'APPLIED_TO_LEAVE',
  'APPLIED_TO_LEAVE_FAMILY_HARDSHIP',
  'SERIOUS_DISUNITY',
  'CORRUPTION_CONVICTION',
  'SERIOUS_CRIME',
  'LESS_SERIOUS_CRIME',
  'OTHER',
] as const;
export type LeavingReason = (typeof LEAVING_REASONS)[number];

export class CommitteeDto {
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsIn(LEVELS) level!: Level;
}

/** The applicant and where the case runs (case creation). */
export class AdmissionInput {
  /** The person record the case is about (ProcedureDefinition.personOf). */
  @IsUUID() personId!: string;
  @IsString() @MinLength(1) @MaxLength(NAME) fullName!: string;
  @IsDateOnly() dateOfBirth!: string;
  @IsIn(EDUCATION_LEVELS) educationLevel!: EducationLevel;
  /** The applicant lives or works in an area where the education standard is relaxed (recorded, not computed). */
  @IsOptional() @IsIn(EDUCATION_EXCEPTIONS) educationException?: EducationException;
  // Introducer rule (§9.2): which unions the applicant's unit has, and whether the applicant belongs to them.
  @IsBoolean() youthUnionInUnit!: boolean;
  @IsBoolean() youthUnionMember!: boolean;
  @IsBoolean() tradeUnionInUnit!: boolean;
  @IsBoolean() tradeUnionMember!: boolean;
  @IsString() @MinLength(1) @MaxLength(NAME) cellName!: string;
  /** A section committee (đảng ủy bộ phận) sits between the cell and the grassroots committee: it appraises (7-KNĐ). */
  @IsBoolean() hasSectionCommittee!: boolean;
  @ValidateIf((o: AdmissionInput) => o.hasSectionCommittee === true || o.sectionCommittee !== undefined)
  @IsDefined() @ValidateNested() @Type(() => CommitteeDto)
  sectionCommittee?: CommitteeDto;
  @IsDefined() @ValidateNested() @Type(() => CommitteeDto) grassrootsCommittee!: CommitteeDto;
  /** Authorised grassroots committees decide admission themselves; the others propose to the competent committee. */
  @IsBoolean() grassrootsAuthorisedToAdmit!: boolean;
  @ValidateIf((o: AdmissionInput) => o.grassrootsAuthorisedToAdmit === false || o.competentCommittee !== undefined)
  @IsDefined() @ValidateNested() @Type(() => CommitteeDto)
  competentCommittee?: CommitteeDto;
  @IsIn(ROUTES) route!: Route;
  /** Date of the cell's resolution adding the person to the source list (M0); the case's receipt date. */
  @IsDateOnly() listedOn!: string;
  /** For a former member: why they left (the date comes from the person's history). */
  @IsOptional() @IsIn(LEAVING_REASONS) priorLeavingReason?: LeavingReason;
  @ValidateIf((o: AdmissionInput) => o.priorLeavingReason === 'LESS_SERIOUS_CRIME' || o.crimeExpungedOn !== undefined)
  @IsDateOnly()
  crimeExpungedOn?: string;
}

export class EmptyPayload {}

export class ReasonPayload {
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class AssignMentorPayload {
  @IsString() @MinLength(1) @MaxLength(NAME) mentorName!: string;
  @IsOptional() @IsString() @MaxLength(KEY) mentorMemberId?: string;
  @IsDateOnly() assignedOn!: string;
}

export class EnrolAwarenessCoursePayload {
  @IsDateOnly() enrolledOn!: string;
  @IsOptional() @IsString() @MaxLength(NAME) courseName?: string;
}

/** The awareness-course certificate (CN-NTVĐ); recorded again when an expired one is replaced. */
export class AwarenessCertificatePayload {
  @IsDateOnly() issuedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) certificateRef?: string;
}

export class SubmitApplicationPayload {
  @IsDateOnly() submittedOn!: string;
}

export class DeclareBackgroundPayload {
  @IsDateOnly() declaredOn!: string;
}

// Persons whose background is verified (§9.6 [S46]): the applicant; father, mother, parents-in-law or the person who
// raised the applicant; spouse; children with full civil capacity.
export const VERIFIED_RELATIONS = ['APPLICANT', 'FATHER', 'MOTHER', 'FATHER_IN_LAW', 'MOTHER_IN_LAW', 'GUARDIAN', 'SPOUSE', 'ADULT_CHILD'] as const;
export type VerifiedRelation = (typeof VERIFIED_RELATIONS)[number];

export class VerifiedPersonDto {
  /** Chosen by the office, unique on the case (e.g. "cha", "me"); the sub-task's key. */
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) key!: string;
  @IsIn(VERIFIED_RELATIONS) relation!: VerifiedRelation;
  @IsString() @MinLength(1) @MaxLength(NAME) fullName!: string;
  @IsOptional() @IsBoolean() partyMember?: boolean;
}

export class StartVerificationPayload {
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => VerifiedPersonDto)
  persons!: VerifiedPersonDto[];
}

export const VERIFICATION_METHODS = ['LETTER', 'CELL_MEMBER_SENT'] as const;

export class RequestVerificationPayload {
  @IsString() @MaxLength(KEY) personKey!: string;
  /** The grassroots committee (or upper-direct committee where none) of the place concerned. */
  @IsString() @MinLength(1) @MaxLength(NAME) unitAsked!: string;
  @IsDateOnly() requestedOn!: string;
  @IsIn(VERIFICATION_METHODS) method!: (typeof VERIFICATION_METHODS)[number];
}

export const VERIFICATION_FINDINGS = ['NO_ISSUE', 'ISSUE_FOUND'] as const;

export class RecordVerificationAnswerPayload {
  @IsString() @MaxLength(KEY) personKey!: string;
  @IsDateOnly() answeredOn!: string;
  @IsIn(VERIFICATION_FINDINGS) finding!: (typeof VERIFICATION_FINDINGS)[number];
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
  @IsOptional() @IsString() @MaxLength(REF) documentRef?: string;
}

/** A relative who is a party member, fully and honestly declared: no verification (06-HD/TW §3.4.c, unverified). */
export class ExemptVerificationPayload {
  @IsString() @MaxLength(KEY) personKey!: string;
  @Equals(true) relativeIsPartyMember!: boolean;
  @Equals(true) fullyDeclared!: boolean;
  @IsString() @MinLength(3) @MaxLength(TEXT) note!: string;
}

/**
 * Version 2: the political standard is verified and concluded in a case of its own (tham-tra-tieu-chuan-chinh-tri),
 * opened by this step on the case's unit: the relatives to verify with the applicant, and the officers named on that
 * restricted file (besides whoever sends this step).
 */
export class RequestPoliticalStandardPayload {
  @IsDateOnly() requestedOn!: string;
  @IsOptional() @IsString() @MaxLength(REF) requestRef?: string;
  @IsArray() @ArrayMaxSize(30) @ValidateNested({ each: true }) @Type(() => RelativeDto) relatives!: RelativeDto[];
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ArrayUnique() @IsUUID('all', { each: true }) namedOfficers!: string[];
}

export class CertifyBackgroundPayload {
  @IsDateOnly() certifiedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) cellComment!: string;
}

export const INTRODUCER_KINDS = ['PARTY_MEMBER', 'YOUTH_UNION_EXECUTIVE', 'TRADE_UNION_EXECUTIVE'] as const;
export type IntroducerKind = (typeof INTRODUCER_KINDS)[number];

export class RecordIntroducerPayload {
  @IsString() @Matches(/^[A-Za-z0-9_-]{1,64}$/) key!: string;
  @IsIn(INTRODUCER_KINDS) kind!: IntroducerKind;
  /** A member's name, or the union executive committee's. */
  @IsString() @MinLength(1) @MaxLength(NAME) name!: string;
  @IsDateOnly() introducedOn!: string;
  @ValidateIf((o: RecordIntroducerPayload) => o.kind === 'PARTY_MEMBER') @IsBoolean() fullMember?: boolean;
  /** Since when the member has worked, studied or lived with the applicant in the same unit. */
  @ValidateIf((o: RecordIntroducerPayload) => o.kind === 'PARTY_MEMBER' && o.assignedByCell !== true) @IsDateOnly() coworkingSince?: string;
  /** Assigned by the cell to replace an introducer who moved, was disciplined… (the 12 months are then not required). */
  @IsOptional() @IsBoolean() assignedByCell?: boolean;
  @ValidateIf((o: RecordIntroducerPayload) => o.assignedByCell === true) @IsString() @MaxLength(KEY) replacesKey?: string;
}

export class Over60ConsentPayload {
  @IsDateOnly() consentedOn!: string;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  /** The standing committee of the committee directly under the Centre. */
  @IsString() @MinLength(1) @MaxLength(NAME) body!: string;
}

/** The provincial standing committee's prior written consent to readmit a former member (294 §3.5.1 [40]). */
export class ReadmissionConsentPayload {
  @IsDateOnly() consentedOn!: string;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  /** The standing committee of the provincial (or directly-under-the-Centre) committee. */
  @IsString() @MinLength(1) @MaxLength(NAME) body!: string;
}

export class RosterMemberDto {
  @IsString() @MinLength(1) @MaxLength(KEY) id!: string;
  @IsIn(['FULL', 'PROBATIONARY']) status!: 'FULL' | 'PROBATIONARY';
  @IsOptional() @IsBoolean() absent?: boolean;
  @IsOptional() @IsBoolean() exempt?: boolean;
  @IsOptional() @IsBoolean() transferred?: boolean;
}

/** The counted ballots; integers, checked against the roster by the voting library (negative counts included). */
export class TallyDto {
  @IsInt() approve!: number;
  @IsInt() reject!: number;
  @IsInt() invalid!: number;
  @IsInt() cast!: number;
}

export class VotePayload {
  @IsDateOnly() meetingDate!: string;
  @IsOptional() @IsString() @MaxLength(REF) resolutionRef?: string;
  /** The body's members at the meeting: probationary members are listed but never vote nor count. */
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => RosterMemberDto)
  members!: RosterMemberDto[];
  /** Members who neither vote nor count (a conflict of interest, e.g. the applicant's relative). */
  @IsOptional() @IsArray() @ArrayMaxSize(500) @ArrayUnique() @IsString({ each: true }) conflicted?: string[];
  @IsDefined() @ValidateNested() @Type(() => TallyDto) tally!: TallyDto;
}

export const RECOGNITION_PROPOSALS = ['RECOGNISE', 'STRIKE_OFF'] as const;
export type RecognitionProposal = (typeof RECOGNITION_PROPOSALS)[number];

export class RecognitionVotePayload extends VotePayload {
  @IsIn(RECOGNITION_PROPOSALS) proposal!: RecognitionProposal;
}

export class SectionAppraisalPayload {
  @IsDateOnly() appraisedOn!: string;
  @IsBoolean() favourable!: boolean;
  @IsString() @MinLength(3) @MaxLength(TEXT) summary!: string;
}

export class ExtendDecisionPayload {
  /** The date the deciding committee extended its time: on or before the due date (C.DECISION_ADMIT, C.DECISION_RECOGNISE). */
  @IsDateOnly() extendedOn!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class DecideAdmissionPayload {
  @IsBoolean() admitted!: boolean;
  /** The date written in the decision (9-KNĐ): party age counts from it. */
  @IsDateOnly() decisionDate!: string;
  @IsOptional() @IsString() @MaxLength(REF) decisionRef?: string;
  /** Why the decision comes after its due date, when it does (C-D3: without a valid reason → self-criticism). */
  @IsOptional() @IsString() @MinLength(3) @MaxLength(TEXT) lateReason?: string;
}

export class DecisionReceiptPayload {
  @IsDateOnly() receivedOn!: string;
}

export class UpperAgreementPayload {
  @IsDateOnly() agreedOn!: string;
  @IsString() @MinLength(1) @MaxLength(REF) documentRef!: string;
  @IsString() @MinLength(3) @MaxLength(TEXT) reason!: string;
}

export class HoldCeremonyPayload {
  @IsDateOnly() ceremonyDate!: string;
}

export class MemberRecordPayload {
  @IsDateOnly() declaredOn!: string;
}

export class StartRecognitionReviewPayload {
  @IsDateOnly() asOf!: string;
}

export class DecideRecognitionPayload {
  @IsIn(RECOGNITION_PROPOSALS) decision!: RecognitionProposal;
  @IsDateOnly() decisionDate!: string;
  @IsOptional() @IsString() @MaxLength(REF) decisionRef?: string;
  @IsOptional() @IsString() @MinLength(3) @MaxLength(TEXT) lateReason?: string;
}

export class UpperDecisionPayload {
  @IsIn(RECOGNITION_PROPOSALS) decision!: RecognitionProposal;
  @IsDateOnly() decisionDate!: string;
  @IsOptional() @IsString() @MaxLength(REF) decisionRef?: string;
}

// Sent by the system when a deadline's escalation fires (or, for the probation, when the 12 months end).
export const DEADLINE_KEYS = ['admissionDecision', 'ceremony', 'memberRecord', 'probation', 'recognitionCell', 'recognitionDecision'] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];
export class DeadlineMissedPayload {
  @IsIn(DEADLINE_KEYS) key!: DeadlineKey;
  @IsInt() @Min(1) generation!: number;
}
