// Eligibility of an applicant at the cell's meeting (docs/domain/procedures.md §9.1, §9.2, §9.4 C-D1): age in months, education,
// the awareness certificate, readmission, introducers. Pure: each check returns its problems with a stable code and a
// Vietnamese message naming the rule and its source, so a refused vote says every reason at once.
import { addCalendarDays, addMonths, viDate, type IsoDate, completedMonths, yearsAndMonths } from '@hoso/kernel/legal-time';
import type { EventFacts, PersonHistoryFact, RuleValueFact } from '../shared/facts';
import type { AdmissionInput, IntroducerKind, LeavingReason, RecordIntroducerPayload } from './ket-nap-dang-vien.events';
import { citation, ruleList, ruleMissing, ruleNumber, RULE, type Problem } from './ket-nap-dang-vien.rules';

export type { Problem } from './ket-nap-dang-vien.rules';

const ageText = (months: number): string => {
  const { years, months: rest } = yearsAndMonths(months);
  return `${years} tuổi ${rest} tháng`;
};
const yearsOf = (months: number): string => ageText(months).replace(/ 0 tháng$/, '');

/**
 * Age in completed months at the cell's meeting (C.AGE_MIN … C.AGE_MAX, both reached: "từ đủ 18 đến đủ 60 tuổi, tính
 * theo tháng"); above the maximum only on the route decided by the committee directly under the Centre, with its
 * standing committee's prior written consent (Hướng dẫn 06-HD/TW, 2025 — content inferred from 01-HD/TW, 2016).
 */
export function ageProblems(
  input: Pick<AdmissionInput, 'dateOfBirth' | 'route'>,
  meetingDate: IsoDate,
  over60Consent: { consentedOn: string } | undefined,
  facts: EventFacts | undefined,
): Problem[] {
  const min = ruleNumber(facts, RULE.AGE_MIN);
  const max = ruleNumber(facts, RULE.AGE_MAX);
  if (!min.ok || !max.ok) return [...(min.ok ? [] : [min.problem]), ...(max.ok ? [] : [max.problem])];
  const months = completedMonths(input.dateOfBirth, meetingDate);
  const at = `vào ngày chi bộ xét (${viDate(meetingDate)}) người vào Đảng ${ageText(months)}`;
  if (months < min.value) {
    return [{
      code: 'AGE_BELOW_MIN',
      message: `Chưa đủ ${yearsOf(min.value)}: ${at}; đủ ${yearsOf(min.value)} từ ngày ${viDate(addMonths(input.dateOfBirth, min.value))} (tuổi tính theo tháng, ${citation(min.fact)}).`,
    }];
  }
  if (months <= max.value) return [];
  if (input.route !== 'PROVINCIAL_OVER_60') {
    return [{
      code: 'AGE_ABOVE_MAX',
      message: `Quá ${yearsOf(max.value)}: ${at} (${citation(max.fact)}). Người quá tuổi này chỉ được xem xét theo trường hợp đặc biệt do cấp ủy trực thuộc Trung ương quyết định.`,
    }];
  }
  if (!over60Consent || over60Consent.consentedOn > meetingDate) {
    return [{
      code: 'AGE_ABOVE_MAX_NO_CONSENT',
      message: `Quá ${yearsOf(max.value)}: ${at}; cần có văn bản đồng ý trước của Ban Thường vụ cấp ủy trực thuộc Trung ương, ghi nhận trước ngày chi bộ xét (Hướng dẫn 06-HD/TW năm 2025; nội dung suy ra từ Hướng dẫn 01-HD/TW năm 2016, chưa kiểm chứng).`,
    }];
  }
  return [];
}

/** Education (C.EDUCATION_LEVELS: the levels that meet the standard), unless an exception area is recorded. */
export function educationProblems(
  input: Pick<AdmissionInput, 'educationLevel' | 'educationException'>,
  facts: EventFacts | undefined,
  labels: Readonly<Record<string, string>>,
): Problem[] {
  if (input.educationException !== undefined) return [];
  const levels = ruleList(facts, RULE.EDUCATION_LEVELS);
  if (!levels.ok) return [levels.problem];
  if (levels.value.includes(input.educationLevel)) return [];
  const named = levels.value.map((l) => (labels[l] ?? l).toLocaleLowerCase('vi')).join(', ');
  return [{
    code: 'EDUCATION',
    message: `Trình độ học vấn (${(labels[input.educationLevel] ?? input.educationLevel).toLocaleLowerCase('vi')}) chưa đạt tiêu chuẩn: phải là ${named} (${citation(levels.fact)}), và không ghi nhận trường hợp ngoại lệ (miền núi, biên giới, hải đảo, đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn).`,
  }];
}

/** Valid on the days before the anniversary of issue after C.CERT_VALIDITY months (counted from the issue day). */
export function certificateProblems(certificate: { issuedOn: string } | undefined, meetingDate: IsoDate, validity: RuleValueFact | null | undefined): Problem[] {
  if (!certificate) return [{ code: 'CERTIFICATE_MISSING', message: 'Chưa ghi nhận giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (CN-NTVĐ).' }];
  if (certificate.issuedOn > meetingDate) {
    return [{ code: 'CERTIFICATE_AFTER_MEETING', message: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng cấp ngày ${viDate(certificate.issuedOn)}, sau ngày chi bộ xét.` }];
  }
  if (validity?.value == null) return [ruleMissing(RULE.CERT_VALIDITY, validity, meetingDate)];
  const lastValid = addCalendarDays(addMonths(certificate.issuedOn, validity.value), -1);
  if (meetingDate <= lastValid) return [];
  return [{ code: 'CERTIFICATE_EXPIRED', message: `Giấy chứng nhận bồi dưỡng nhận thức về Đảng cấp ngày ${viDate(certificate.issuedOn)} chỉ có giá trị ${validity.value} tháng, đến hết ngày ${viDate(lastValid)}: phải học lại trước khi xem xét kết nạp (${citation(validity)}).` }];
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

const READMISSION_RULE = 'quy định thi hành Điều lệ Đảng về kết nạp lại';

/** The person left the Party before: their last ended membership, if any. */
export function lastMembershipEnded(history: PersonHistoryFact | null | undefined): string | undefined {
  const ended = (history?.memberships ?? []).filter((m) => m.endedOn !== undefined);
  return ended[ended.length - 1]?.endedOn;
}

/**
 * Readmission (294 §3.5, 232 §3.5 [S40][40]): from the person's history and the leaving reason given at registration.
 * The grounds that bar it (C.NO_READMISSION_GROUNDS), the gap after leaving (C.READMIT_MIN_GAP) or after a less serious
 * crime's conviction is expunged (C.READMIT_AFTER_EXPUNGED), and how many times one may be readmitted
 * (C.READMISSION_MAX_COUNT) are rule values in force on the meeting date.
 */
export function readmissionProblems(
  history: PersonHistoryFact | null | undefined,
  input: Pick<AdmissionInput, 'priorLeavingReason' | 'crimeExpungedOn'>,
  meetingDate: IsoDate,
  facts: EventFacts | undefined,
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
  const endedOn = lastMembershipEnded(history);
  if (!endedOn) return problems;
  const reason = input.priorLeavingReason;
  if (reason === undefined) {
    problems.push({ code: 'LEAVING_REASON_MISSING', message: `Người này đã ra khỏi Đảng ngày ${viDate(endedOn)}: cần ghi lý do ra khỏi Đảng để xét kết nạp lại (${READMISSION_RULE}).` });
    return problems;
  }
  const times = ruleNumber(facts, RULE.READMISSION_MAX_COUNT);
  // Each membership after the first was a readmission.
  const readmitted = history.memberships.length - 1;
  if (!times.ok) problems.push(times.problem);
  else if (readmitted >= times.value) {
    problems.push({
      code: 'READMISSION_LIMIT',
      message: `Người này đã được kết nạp lại ${readmitted} lần; chỉ được xem xét kết nạp lại không quá ${times.value} lần (${citation(times.fact)}).`,
    });
  }
  const grounds = ruleList(facts, RULE.NO_READMISSION_GROUNDS);
  if (!grounds.ok) return [...problems, grounds.problem];
  if (grounds.value.includes(reason)) {
    problems.push({ code: 'NO_READMISSION', message: `Không xem xét kết nạp lại người ra khỏi Đảng vì: ${LEAVING_REASON_LABELS[reason].toLocaleLowerCase('vi')} (${citation(grounds.fact)}).` });
    return problems;
  }
  const crime = reason === 'LESS_SERIOUS_CRIME';
  const gap = ruleNumber(facts, crime ? RULE.READMIT_AFTER_EXPUNGED : RULE.READMIT_MIN_GAP);
  if (!gap.ok) return [...problems, gap.problem];
  const from = crime ? input.crimeExpungedOn : endedOn;
  if (!from) {
    problems.push({ code: 'EXPUNGEMENT_DATE_MISSING', message: `Cần ngày được xóa án tích để xét kết nạp lại (${citation(gap.fact)}).` });
    return problems;
  }
  const earliest = addMonths(from, gap.value);
  if (meetingDate < earliest) {
    const since = crime ? `được xóa án tích (${viDate(from)})` : `ra khỏi Đảng (${viDate(from)})`;
    problems.push({ code: 'READMISSION_TOO_EARLY', message: `Chỉ xét kết nạp lại sau ít nhất ${gap.value} tháng kể từ ngày ${since}, tức từ ngày ${viDate(earliest)} (${citation(gap.fact)}).` });
  }
  return problems;
}

export type Introducer = RecordIntroducerPayload & { recordedBy: string; replacedBy?: string };

/** Youth age in completed months (C.YOUTH_AGE_MIN … C.YOUTH_AGE_MAX, both included), for the introducer rule. */
export function isYouthAge(dateOfBirth: IsoDate, on: IsoDate, facts: EventFacts | undefined): { ok: true; youth: boolean } | { ok: false; problems: Problem[] } {
  const min = ruleNumber(facts, RULE.YOUTH_AGE_MIN);
  const max = ruleNumber(facts, RULE.YOUTH_AGE_MAX);
  if (!min.ok || !max.ok) return { ok: false, problems: [...(min.ok ? [] : [min.problem]), ...(max.ok ? [] : [max.problem])] };
  const months = completedMonths(dateOfBirth, on);
  return { ok: true, youth: months >= min.value && months <= max.value };
}

/**
 * Who must introduce this applicant (Charter Art. 4 §1 [S43]): two full members, or the union's executive and one full
 * member. These counts are the Charter's own (changes-2026.md §4 K11: code until the Charter is amended, 2030).
 */
export function requiredIntroduction(
  input: AdmissionInput, on: IsoDate, facts: EventFacts | undefined,
): { ok: true; union: IntroducerKind | null; members: 1 | 2 } | { ok: false; problems: Problem[] } {
  const youth = isYouthAge(input.dateOfBirth, on, facts);
  if (!youth.ok) return youth;
  if (youth.youth) {
    if (input.youthUnionInUnit) return { ok: true, union: 'YOUTH_UNION_EXECUTIVE', members: 1 };
    if (input.tradeUnionInUnit) return { ok: true, union: 'TRADE_UNION_EXECUTIVE', members: 1 };
  }
  return { ok: true, union: null, members: 2 };
}

const CHARTER_4 = 'Điều lệ Đảng, Điều 4 §1';

export function introducerProblems(
  input: AdmissionInput,
  introducers: readonly Introducer[],
  meetingDate: IsoDate,
  facts: EventFacts | undefined,
): Problem[] {
  const need = requiredIntroduction(input, meetingDate, facts);
  if (!need.ok) return need.problems;
  const cowork = facts?.ruleValues?.[RULE.INTRODUCER_COWORK];
  const problems: Problem[] = [];
  const active = introducers.filter((i) => i.replacedBy === undefined);
  const members = active.filter((i) => i.kind === 'PARTY_MEMBER');
  const unions = active.filter((i) => i.kind !== 'PARTY_MEMBER');
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
      problems.push(ruleMissing(RULE.INTRODUCER_COWORK, cowork, meetingDate));
      continue;
    }
    const since = m.coworkingSince as string;
    if (completedMonths(since, m.introducedOn) < cowork.value) {
      problems.push({
        code: 'INTRODUCER_COWORK_SHORT',
        message: `Người giới thiệu ${m.name} cùng công tác, học tập hoặc cư trú với người vào Đảng từ ${viDate(since)}, đến ngày giới thiệu (${viDate(m.introducedOn)}) chưa đủ ${cowork.value} tháng (${citation(cowork)}); chỉ người do chi bộ phân công thay thế mới không cần điều kiện này.`,
      });
    }
  }
  return problems;
}
