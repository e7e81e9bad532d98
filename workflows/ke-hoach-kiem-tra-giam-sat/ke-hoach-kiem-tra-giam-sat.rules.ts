// The legal values the inspection and supervision plan reads, from rule rows (migrations/1795303300000-InspectionPlanRules.ts;
// docs/domain/ke-hoach-kiem-tra-giam-sat.md): the share of the cell meeting that adopts it (Charter Art. 9 §5: more
// than half), the quorum (not found: a setting, a warning while empty), how many months before an item's month its
// member is told (the preceding monthly meeting, 1127-QĐ/TU [32]); the steps' deadlines (settings) and the year-end
// report's day (the end of the plan's year). None has a default here. Pure.
import { addCalendarDays, addMonths, viDate } from '@hoso/kernel/legal-time';
import type { EventFacts, RuleValueFact } from '../shared/facts';
import { fractionThreshold, meetsThreshold, thresholdLabel, votesNeeded, type Threshold } from '../shared/voting/threshold';
import type { AdoptionVoteDto } from './ke-hoach-kiem-tra-giam-sat.events';

export const PLAN_RULE = {
  ADOPTION: 'KTGS.PLAN_ADOPTION',
  THRESHOLD: 'KTGS.PLAN_THRESHOLD',
  QUORUM: 'VOTE.QUORUM_INSPECTION_PLAN',
  REPORT_UP: 'KTGS.PLAN_REPORT_UP',
  YEAR_REPORT: 'KTGS.YEAR_REPORT',
  ITEM_NOTICE: 'KTGS.ITEM_NOTICE',
} as const;

export interface Problem {
  code: string;
  message: string;
}

/** A share of the denominator (`data = {numerator, denominator, strict}`), checked by the voting library. */
export function shareOf(fact: RuleValueFact | null | undefined): Threshold | undefined {
  const d = fact?.data as { numerator?: unknown; denominator?: unknown; strict?: unknown } | null | undefined;
  if (!d || typeof d.strict !== 'boolean' || typeof d.numerator !== 'number' || typeof d.denominator !== 'number') return undefined;
  try {
    return fractionThreshold(d.numerator, d.denominator, d.strict);
  } catch {
    return undefined;
  }
}

const cite = (fact: RuleValueFact | null | undefined): string => (fact ? ` (${fact.legalBasis})` : '');

export type AdoptionDecision =
  | { ok: true; passed: boolean; by: 'VOTE' | 'MINUTES'; text: string; quorumNote?: string }
  | { ok: false; problems: Problem[] };

/**
 * Whether the meeting adopted the plan: a vote counted against KTGS.PLAN_THRESHOLD (and the quorum, when a committee
 * set one), or the minutes' record without a vote. An impossible tally, or a vote without a threshold in force, refuses.
 */
export function decideAdoption(vote: AdoptionVoteDto | undefined, minutesRef: string | undefined, facts: EventFacts | undefined): AdoptionDecision {
  if (!vote) {
    if (minutesRef) return { ok: true, passed: true, by: 'MINUTES', text: `Thông qua theo biên bản họp chi bộ ${minutesRef}` };
    return { ok: false, problems: [{ code: 'NO_EVIDENCE', message: 'Cần kết quả biểu quyết hoặc số, ký hiệu biên bản họp chi bộ thông qua kế hoạch.' }] };
  }
  const problems: Problem[] = [];
  if (vote.counted === 0) problems.push({ code: 'NO_MEMBERS', message: 'Tổng số đảng viên được tính phải lớn hơn 0.' });
  if (vote.present > vote.counted) problems.push({ code: 'PRESENT_ABOVE_COUNTED', message: `Số có mặt (${vote.present}) lớn hơn tổng số được tính (${vote.counted}).` });
  if (vote.approve > vote.present) problems.push({ code: 'APPROVE_ABOVE_PRESENT', message: `Số tán thành (${vote.approve}) lớn hơn số có mặt (${vote.present}).` });
  const thresholdFact = facts?.ruleValues?.[PLAN_RULE.THRESHOLD];
  const threshold = shareOf(thresholdFact);
  if (!threshold) {
    const on = facts?.legalDate?.date;
    problems.push({
      code: 'RULE_VALUE_MISSING',
      message: `Chưa có giá trị pháp lý cho ${PLAN_RULE.THRESHOLD}${cite(thresholdFact)}${on ? ` áp dụng vào ngày ${viDate(on)}` : ''}; cấp ủy cần xác nhận giá trị này trước khi ghi nhận biểu quyết.`,
    });
  }
  const quorumFact = facts?.ruleValues?.[PLAN_RULE.QUORUM];
  const quorum = shareOf(quorumFact);
  if (quorum && vote.counted > 0 && vote.present <= vote.counted && !meetsThreshold(vote.present, vote.counted, quorum)) {
    problems.push({
      code: 'QUORUM_NOT_MET',
      message: `Số đảng viên có mặt (${vote.present}/${vote.counted}) không đủ: cần ${thresholdLabel(quorum).toLocaleLowerCase('vi')} tổng số${cite(quorumFact)}.`,
    });
  }
  if (problems.length > 0 || !threshold) return { ok: false, problems };
  const passed = meetsThreshold(vote.approve, vote.counted, threshold);
  const needed = votesNeeded(vote.counted, threshold);
  const text = `Tán thành ${vote.approve}/${vote.counted}, cần ${needed} (${thresholdLabel(threshold)}${cite(thresholdFact)}): ${passed ? 'thông qua' : 'không thông qua'}`;
  const quorumNote = quorum ? undefined : `Chưa có quy định về số đảng viên phải có mặt (${PLAN_RULE.QUORUM}): không kiểm tra túc số.`;
  return { ok: true, passed, by: 'VOTE', text, ...(quorumNote ? { quorumNote } : {}) };
}

/** How many months before an item's month its member is told (KTGS.ITEM_NOTICE), or undefined without a value. */
export function noticeMonths(facts: EventFacts | undefined): number | undefined {
  const v = facts?.ruleValues?.[PLAN_RULE.ITEM_NOTICE]?.value;
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

/**
 * The last day an item's member (organisation) is to be told: the end of the month of the monthly meeting
 * `months` months before the item's month (1: the preceding month), but never before the meeting that adopts the item
 * (an item adopted later than that is told at that very meeting).
 */
export function noticeDueDate(periodFrom: string, months: number, meetingDate: string): string {
  const monthStart = `${periodFrom.slice(0, 7)}-01`;
  const lastDay = addCalendarDays(addMonths(monthStart, 1 - months), -1);
  return lastDay < meetingDate ? meetingDate : lastDay;
}

/** The year-end report is due by the end of the plan's year (1127-QĐ/TU step 7 [32]: a yearly report to the level above). */
export const yearEnd = (year: number): string => `${String(year).padStart(4, '0')}-12-31`;
