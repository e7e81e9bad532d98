// Eligibility of an applicant at the cell's meeting (docs/domain/procedures.md §9.1, §9.2, §9.4 C-D1): age in months, education,
// the awareness certificate, readmission, introducers. Pure: each check returns its problems with a stable code and a
// Vietnamese message naming the rule and its source, so a refused vote says every reason at once.
import { addCalendarDays, addMonths, viDate, type IsoDate, completedMonths, yearsAndMonths } from '@hoso/kernel/legal-time';
import type { PersonHistoryFact, RuleValueFact } from '../shared/facts';
import type { AdmissionInput, EducationLevel, IntroducerKind, LeavingReason, RecordIntroducerPayload } from './ket-nap-dang-vien.events';

export interface Problem {
  code: string;
  message: string;
}

/** 18 years 0 months, counted in months (232 [S41]; 294 §1.1.1 [S18]). */
export const AGE_MIN_MONTHS = 18 * 12;
/** 60 years 0 months: still eligible; 60 years 1 month is over 60. */
export const AGE_MAX_MONTHS = 60 * 12;
/**
 * Youth age for the introducer rule: the Youth Union's age (16 to 30, Điều lệ Đoàn TNCS Hồ Chí Minh), read as "until
 * the 31st birthday". Not in docs/domain/procedures.md: an inferred value (Q15-style check needed).
 */
export const YOUTH_AGE_MIN_MONTHS = 16 * 12;
export const YOUTH_AGE_END_MONTHS = 31 * 12;
/** A less serious crime: 60 months after the conviction is expunged (232 §3.5 [S40], stated; no rule row yet). */
export const READMIT_AFTER_EXPUNGED_MONTHS = 60;

const EDUCATION_OK: readonly EducationLevel[] = ['LOWER_SECONDARY', 'UPPER_SECONDARY', 'VOCATIONAL', 'COLLEGE', 'UNIVERSITY', 'POSTGRADUATE'];

const ageText = (months: number): string => {
  const { years, months: rest } = yearsAndMonths(months);
  return `${years} tuổi ${rest} tháng`;
};

export function ageProblems(
  input: Pick<AdmissionInput, 'dateOfBirth' | 'route'>,
  meetingDate: IsoDate,
  over60Consent: { consentedOn: string } | undefined,
): Problem[] {
  const months = completedMonths(input.dateOfBirth, meetingDate);
  const at = `vào ngày chi bộ xét (${viDate(meetingDate)}) người vào Đảng ${ageText(months)}`;
  if (months < AGE_MIN_MONTHS) {
    return [{ code: 'AGE_UNDER_18', message: `Chưa đủ 18 tuổi: ${at}; đủ 18 tuổi từ ngày ${viDate(addMonths(input.dateOfBirth, AGE_MIN_MONTHS))} (tuổi tính theo tháng, Quy định 232-QĐ/TW; Hướng dẫn 294 §1.1.1).` }];
  }
  if (months <= AGE_MAX_MONTHS) return [];
  if (input.route !== 'PROVINCIAL_OVER_60') {
    return [{ code: 'AGE_OVER_60', message: `Quá 60 tuổi: ${at}. Người trên 60 tuổi chỉ được xem xét theo trường hợp đặc biệt do cấp ủy trực thuộc Trung ương quyết định (Quy định 232-QĐ/TW).` }];
  }
  if (!over60Consent || over60Consent.consentedOn > meetingDate) {
    return [{ code: 'AGE_OVER_60_NO_CONSENT', message: `Quá 60 tuổi: ${at}; cần có văn bản đồng ý trước của Ban Thường vụ cấp ủy trực thuộc Trung ương, ghi nhận trước ngày chi bộ xét (Hướng dẫn 01-HD/TW 2016; 06-HD/TW giả định tương tự).` }];
  }
  return [];
}

export function educationProblems(input: Pick<AdmissionInput, 'educationLevel' | 'educationException'>): Problem[] {
  if (EDUCATION_OK.includes(input.educationLevel) || input.educationException !== undefined) return [];
  return [{ code: 'EDUCATION', message: 'Trình độ học vấn chưa tốt nghiệp trung học cơ sở, và không ghi nhận trường hợp ngoại lệ (miền núi, biên giới, hải đảo, đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn) (Quy định 232-QĐ/TW).' }];
}

const ruleMissing = (key: string): Problem => ({
  code: 'RULE_VALUE_MISSING',
  message: `Chưa có giá trị quy định ${key} áp dụng cho đơn vị vào ngày này: quản trị cần bổ sung bảng quy định.`,
});

/** Valid on the days before the 60-month anniversary of issue (counted from the issue day, as the rule row says). */
export function certificateProblems(certificate: { issuedOn: string } | undefined, meetingDate: IsoDate, validity: RuleValueFact | null | undefined): Problem[] {
  if (!certificate) return [{ code: 'CERTIFICATE_MISSING', message: 'Chưa ghi nhận giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (CN-NTVĐ).' }];
  if (certificate.issuedOn > meetingDate) {
    return [{ code: 'CERTIFICATE_AFTER_MEETING', message: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng cấp ngày ${viDate(certificate.issuedOn)}, sau ngày chi bộ xét.` }];
  }
  if (validity?.value == null) return [ruleMissing('C.CERT_VALIDITY')];
  const lastValid = addCalendarDays(addMonths(certificate.issuedOn, validity.value), -1);
  if (meetingDate <= lastValid) return [];
  return [{ code: 'CERTIFICATE_EXPIRED', message: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng cấp ngày ${viDate(certificate.issuedOn)} chỉ có giá trị ${validity.value} tháng, đến hết ngày ${viDate(lastValid)}: phải học lại trước khi xem xét kết nạp (${validity.legalBasis}; 06-HD/TW §5.4, chưa kiểm chứng).` }];
}

export const LEAVING_REASON_LABELS: Record<LeavingReason, string> = {
  SELF_ABANDONED_ACTIVITY: 'Tự bỏ sinh hoạt đảng',
  APPLIED_TO_LEAVE: 'Xin ra khỏi Đảng',
  APPLIED_TO_LEAVE_FAMILY_HARDSHIP: 'Xin ra khỏi Đảng vì hoàn cảnh gia đình đặc biệt khó khăn',
  SERIOUS_DISUNITY: 'Gây mất đoàn kết nghiêm trọng',
  CORRUPTION_CONVICTION: 'Bị kết án về tội tham nhũng',
  SERIOUS_CRIME: 'Bị kết án về tội phạm nghiêm trọng trở lên',
  LESS_SERIOUS_CRIME: 'Bị kết án về tội phạm ít nghiêm trọng',
  OTHER: 'Lý do khác',
};

const NO_READMISSION: readonly LeavingReason[] = ['SELF_ABANDONED_ACTIVITY', 'APPLIED_TO_LEAVE', 'SERIOUS_DISUNITY', 'CORRUPTION_CONVICTION', 'SERIOUS_CRIME'];
const RULE_232 = 'Quy định 232-QĐ/TW §3.5';

/** Readmission (§9.1 [S40][S42]): from the person's history and the leaving reason given at registration. */
export function readmissionProblems(
  history: PersonHistoryFact | null | undefined,
  input: Pick<AdmissionInput, 'priorLeavingReason' | 'crimeExpungedOn'>,
  meetingDate: IsoDate,
  gap: RuleValueFact | null | undefined,
): Problem[] {
  if (history === undefined) return [{ code: 'PERSON_HISTORY_MISSING', message: 'Thiếu lịch sử đảng viên của người vào Đảng.' }];
  if (history === null) return [];
  const problems: Problem[] = [];
  if (history.status === 'PROBATIONARY' || history.status === 'FULL') {
    problems.push({ code: 'ALREADY_MEMBER', message: 'Người này đang là đảng viên: không xét kết nạp.' });
  }
  if (history.admissionCases.some((c) => c.closedOn === null)) {
    problems.push({ code: 'OTHER_ADMISSION_OPEN', message: 'Người này đang có một hồ sơ kết nạp khác chưa kết thúc.' });
  }
  const ended = history.memberships.filter((m) => m.endedOn !== undefined);
  const last = ended[ended.length - 1];
  if (!last?.endedOn) return problems;
  const reason = input.priorLeavingReason;
  if (reason === undefined) {
    problems.push({ code: 'LEAVING_REASON_MISSING', message: `Người này đã ra khỏi Đảng ngày ${viDate(last.endedOn)}: cần ghi lý do ra khỏi Đảng để xét kết nạp lại (${RULE_232}).` });
    return problems;
  }
  if (NO_READMISSION.includes(reason)) {
    problems.push({ code: 'NO_READMISSION', message: `Không xem xét kết nạp lại người ra khỏi Đảng vì: ${LEAVING_REASON_LABELS[reason].toLocaleLowerCase('vi')} (${RULE_232}).` });
    return problems;
  }
  if (gap?.value == null) return [...problems, ruleMissing('C.READMIT_MIN_GAP')];
  const from = reason === 'LESS_SERIOUS_CRIME' ? input.crimeExpungedOn : last.endedOn;
  if (!from) {
    problems.push({ code: 'EXPUNGEMENT_DATE_MISSING', message: `Cần ngày được xóa án tích để xét kết nạp lại (${RULE_232}).` });
    return problems;
  }
  const months = reason === 'LESS_SERIOUS_CRIME' ? READMIT_AFTER_EXPUNGED_MONTHS : gap.value;
  const earliest = addMonths(from, months);
  if (meetingDate < earliest) {
    const since = reason === 'LESS_SERIOUS_CRIME' ? `được xóa án tích (${viDate(from)})` : `ra khỏi Đảng (${viDate(from)})`;
    problems.push({ code: 'READMISSION_TOO_EARLY', message: `Chỉ xét kết nạp lại sau ít nhất ${months} tháng kể từ ngày ${since}, tức từ ngày ${viDate(earliest)} (${RULE_232}).` });
  }
  return problems;
}

export type Introducer = RecordIntroducerPayload & { recordedBy: string; replacedBy?: string };

export function isYouthAge(dateOfBirth: IsoDate, on: IsoDate): boolean {
  const months = completedMonths(dateOfBirth, on);
  return months >= YOUTH_AGE_MIN_MONTHS && months < YOUTH_AGE_END_MONTHS;
}

/** Who must introduce this applicant (Charter Art. 4 §1 [S43]). */
export function requiredIntroduction(input: AdmissionInput, on: IsoDate): { union: IntroducerKind | null; members: 1 | 2 } {
  if (isYouthAge(input.dateOfBirth, on)) {
    if (input.youthUnionInUnit) return { union: 'YOUTH_UNION_EXECUTIVE', members: 1 };
    if (input.tradeUnionInUnit) return { union: 'TRADE_UNION_EXECUTIVE', members: 1 };
  }
  return { union: null, members: 2 };
}

const CHARTER_4 = 'Điều lệ Đảng, Điều 4 §1';
const RULE_COWORK = 'Quy định 294-QĐ/TW §3.2.1 (24-QĐ/TW §3.2)';

export function introducerProblems(
  input: AdmissionInput,
  introducers: readonly Introducer[],
  meetingDate: IsoDate,
  cowork: RuleValueFact | null | undefined,
): Problem[] {
  const problems: Problem[] = [];
  const active = introducers.filter((i) => i.replacedBy === undefined);
  const members = active.filter((i) => i.kind === 'PARTY_MEMBER');
  const unions = active.filter((i) => i.kind !== 'PARTY_MEMBER');
  const need = requiredIntroduction(input, meetingDate);
  if (need.union === 'YOUTH_UNION_EXECUTIVE' && !input.youthUnionMember) {
    problems.push({ code: 'NOT_YOUTH_UNION_MEMBER', message: `Người vào Đảng trong độ tuổi thanh niên, nơi có tổ chức Đoàn, phải là đoàn viên Đoàn TNCS Hồ Chí Minh (${CHARTER_4}).` });
  }
  if (need.union === 'TRADE_UNION_EXECUTIVE' && !input.tradeUnionMember) {
    problems.push({ code: 'NOT_TRADE_UNION_MEMBER', message: `Ở cơ quan, doanh nghiệp không có tổ chức Đoàn, người vào Đảng trong độ tuổi thanh niên phải là đoàn viên công đoàn (${CHARTER_4}).` });
  }
  const unionOk = need.union === null ? unions.length === 0 : unions.length === 1 && unions[0].kind === need.union;
  if (!unionOk || members.length !== need.members) {
    const expected =
      need.union === 'YOUTH_UNION_EXECUTIVE'
        ? 'Ban Chấp hành Đoàn cơ sở và một đảng viên chính thức'
        : need.union === 'TRADE_UNION_EXECUTIVE'
          ? 'Ban Chấp hành công đoàn cơ sở và một đảng viên chính thức'
          : 'hai đảng viên chính thức';
    const given = `${members.length} đảng viên${unions.length ? `, ${unions.length} tổ chức đoàn thể` : ''}`;
    problems.push({ code: 'INTRODUCERS_COMPOSITION', message: `Người giới thiệu phải là ${expected} (${CHARTER_4}); đang ghi nhận ${given}.` });
  }
  for (const m of members) {
    if (m.fullMember !== true) {
      problems.push({ code: 'INTRODUCER_NOT_FULL_MEMBER', message: `Người giới thiệu ${m.name} không phải đảng viên chính thức (${CHARTER_4}).` });
    }
    if (m.assignedByCell === true) continue;
    if (cowork?.value == null) {
      problems.push(ruleMissing('C.INTRODUCER_COWORK'));
      continue;
    }
    const since = m.coworkingSince as string;
    if (completedMonths(since, m.introducedOn) < cowork.value) {
      problems.push({
        code: 'INTRODUCER_COWORK_SHORT',
        message: `Người giới thiệu ${m.name} cùng công tác, học tập hoặc cư trú với người vào Đảng từ ${viDate(since)}, đến ngày giới thiệu (${viDate(m.introducedOn)}) chưa đủ ${cowork.value} tháng (${RULE_COWORK}); chỉ người do chi bộ phân công thay thế mới không cần điều kiện này.`,
      });
    }
  }
  return problems;
}
