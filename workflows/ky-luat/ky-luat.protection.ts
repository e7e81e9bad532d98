// R2, protected deferral (changes-2026.md §3.9; 296 Art. 8 §7 via [14], unverified): a member is not yet disciplined
// while pregnant, nursing a child under B3.PROTECT_NURSING_MONTHS or seriously ill in hospital — at whatever level the
// case stands, the upper level included. Pure: when a protection holds, when it ends, what the reminder term is.
//
// Reading of "the end" (documented, a committee may read it otherwise): nursing protects up to the day before the
// child reaches the months (born 15/03/2025, 12 months: protected to 14/03/2026, the case resumes from 15/03/2026,
// the day the child is 12 months old); pregnancy and hospital treatment end on the day the evidence gives (the birth,
// the discharge), and the case may resume from that very day.
import { addMonths, vietnamDate, viDate, type IsoDate } from '@hoso/kernel/legal-time';
import type { DeferPayload, ProtectedGround, ResumePayload } from './ky-luat.events';
import { RULE } from './ky-luat.facts';

/** Where a deferred case goes back to: every step at which the member could be disciplined. */
export const DEFERRABLE_STEPS = ['selfCriticism', 'hearing', 'meeting', 'voted', 'proposedUp'] as const;
export type Step = (typeof DEFERRABLE_STEPS)[number];

export interface Deferral {
  ground: ProtectedGround;
  from: string;
  /** Nursing: the first day the protection no longer holds (the child reaches the months). */
  until?: IsoDate;
  /** Pregnancy, hospital: the expected end the evidence gives (the reminder's day). */
  expectedEndOn?: IsoDate;
  evidenceRef: string;
  resumeTo: Step;
  /** When the reminder term at the protection's end ran out (the unit was told). */
  termEndedAt?: string;
  resumedAt?: string;
  resumeReason?: string;
  /** Pregnancy, hospital: the day it ended, with its evidence. */
  endedOn?: IsoDate;
  endEvidenceRef?: string;
}

/** The first day a nursing mother is no longer protected: the child's birth plus the months of the rule. */
export function nursingEnd(childBornOn: string, months: number): IsoDate {
  return addMonths(vietnamDate(childBornOn), months);
}

/** Why this ground does not hold on the day of the deferral (null: it holds). `months`: B3.PROTECT_NURSING_MONTHS. */
export function groundProblem(p: DeferPayload, occurredAt: string, months: number | undefined): string | null {
  const today = vietnamDate(occurredAt);
  if (p.ground === 'NURSING_CHILD_UNDER_12_MONTHS') {
    if (!p.childBornOn) return 'Chưa ghi ngày sinh của con.';
    const born = vietnamDate(p.childBornOn);
    if (born > today) return `Ngày sinh của con (${viDate(born)}) sau ngày ghi nhận.`;
    if (months === undefined) return `Chưa có giá trị pháp lý cho ${RULE.NURSING_MONTHS}; cấp ủy cần xác nhận thời gian nuôi con nhỏ được bảo vệ.`;
    const end = nursingEnd(born, months);
    return today < end ? null : `Con đã đủ ${months} tháng tuổi từ ngày ${viDate(end)}.`;
  }
  if (p.ground === 'PREGNANCY' && !p.expectedEndOn) return 'Cần ghi ngày dự sinh theo giấy tờ chứng minh để nhắc khi hết thời gian chưa xem xét.';
  if (p.expectedEndOn && vietnamDate(p.expectedEndOn) < today) return `Ngày kết thúc dự kiến (${viDate(vietnamDate(p.expectedEndOn))}) đã qua.`;
  return null;
}

/** The deferral to record for the step the case stood at. */
export function deferralOf(p: DeferPayload, occurredAt: string, step: Step, months: number | undefined): Deferral {
  const until = p.ground === 'NURSING_CHILD_UNDER_12_MONTHS' && p.childBornOn && months !== undefined ? nursingEnd(p.childBornOn, months) : undefined;
  return {
    ground: p.ground, from: occurredAt, evidenceRef: p.evidenceRef, resumeTo: step,
    ...(until ? { until } : {}),
    ...(p.expectedEndOn ? { expectedEndOn: vietnamDate(p.expectedEndOn) } : {}),
  };
}

/**
 * The term reminding the secretary at the protection's end: nursing from the child's birth under the months' rule
 * (its last day is the last protected day); pregnancy and hospital on the expected end day (B3.PROTECTION_END_TERM,
 * a reminder on the day given). None when no end is known.
 */
export function protectionTerm(p: DeferPayload): { ruleKey: string; startAt: string } | undefined {
  if (p.ground === 'NURSING_CHILD_UNDER_12_MONTHS' && p.childBornOn) return { ruleKey: RULE.NURSING_MONTHS, startAt: p.childBornOn };
  if (p.expectedEndOn) return { ruleKey: RULE.PROTECTION_END_TERM, startAt: p.expectedEndOn };
  return undefined;
}

/** Why the case may not resume yet (null: the protection has ended). */
export function resumeProblem(d: Deferral | undefined, p: ResumePayload, occurredAt: string): string | null {
  if (!d) return 'Không có lần chưa xem xét kỷ luật nào để tiếp tục.';
  const today = vietnamDate(occurredAt);
  if (d.ground === 'NURSING_CHILD_UNDER_12_MONTHS') {
    if (!d.until) return 'Không xác định được ngày hết thời gian nuôi con nhỏ.';
    return today >= d.until ? null : `Chưa hết thời gian nuôi con nhỏ: chỉ tiếp tục xem xét từ ngày ${viDate(d.until)}.`;
  }
  if (!p.protectionEndedOn || !p.endEvidenceRef)
    return d.ground === 'PREGNANCY'
      ? 'Cần ghi ngày kết thúc thai kỳ và số, ký hiệu giấy tờ chứng minh.'
      : 'Cần ghi ngày ra viện và số, ký hiệu giấy tờ chứng minh.';
  const ended = vietnamDate(p.protectionEndedOn);
  if (ended < vietnamDate(d.from)) return `Ngày kết thúc (${viDate(ended)}) trước ngày chưa xem xét kỷ luật (${viDate(vietnamDate(d.from))}).`;
  return ended <= today ? null : `Chưa hết thời gian được bảo vệ: chỉ tiếp tục xem xét từ ngày ${viDate(ended)}.`;
}
