// Admissibility and levels of a complaint against discipline, pure — docs/domain/procedures.md §8 (22-QĐ/TW Arts. 22–23 [S25]
// [S25b]; 296-QĐ/TW Art. 23 per [S18], unverified; Charter Art. 39 §7 [S24]).
import { addCalendarDays, addMonths, vietnamDate, viDate } from '@hoso/kernel/legal-time';
import { inputDateProblems, type InputProblem } from '../shared/input-dates';
import type { DisciplineForm, EventFacts, Level } from '../shared/facts';
import type { AdmissibilityFindingsDto, BodyDto, KhieuNaiInput } from './khieu-nai-ky-luat.events';

export const ADMISSIBILITY_REASONS = [
  'LATE',
  'ON_BEHALF_OF_ANOTHER',
  'SKIPPED_LEVEL',
  'NOT_COMPETENT_LEVEL',
  'LODGED_WITH_MULTIPLE_LEVELS',
  'ALREADY_FINAL',
  'BEFORE_RECEIPT',
  'HANDLED_BY_HIGHER_LEVEL',
  'COURT_SENTENCED',
  'REFUSED_TO_RECEIVE',
  'TRANSFERRED_OUTSIDE',
] as const;
export type AdmissibilityReason = (typeof ADMISSIBILITY_REASONS)[number];

export const ADMISSIBILITY_LABELS: Record<AdmissibilityReason, { label: string; source: string }> = {
  LATE: { label: 'Quá thời hạn khiếu nại kể từ ngày nhận quyết định', source: 'Điều lệ Đảng, Điều 39 khoản 7 [S24]; Quy định 296-QĐ/TW, Điều 23 [S18]' },
  ON_BEHALF_OF_ANOTHER: { label: 'Khiếu nại thay cho người khác', source: 'Quy định 22-QĐ/TW, Điều 23 [S25b]; Quy định 296-QĐ/TW, Điều 23 [S18]' },
  SKIPPED_LEVEL: { label: 'Khiếu nại vượt cấp khi cấp dưới chưa giải quyết', source: 'Quy định 22-QĐ/TW, Điều 23 [S25b]' },
  NOT_COMPETENT_LEVEL: {
    label: 'Gửi đến tổ chức không có thẩm quyền giải quyết (không phải cấp giải quyết kế tiếp của quyết định bị khiếu nại)',
    source: 'Quy định 22-QĐ/TW, Điều 22 [S25]',
  },
  LODGED_WITH_MULTIPLE_LEVELS: { label: 'Gửi đơn khiếu nại đồng thời đến nhiều cấp', source: 'Quy định 22-QĐ/TW, Điều 23 [S25b]' },
  ALREADY_FINAL: { label: 'Đã được cấp có thẩm quyền cao nhất giải quyết', source: 'Quy định 22-QĐ/TW, Điều 22 [S25]; Quy định 296-QĐ/TW, Điều 23 [S18]' },
  BEFORE_RECEIPT: { label: 'Khiếu nại khi chưa nhận được quyết định kỷ luật bằng văn bản', source: 'Quy định 296-QĐ/TW, Điều 23 [S18]' },
  HANDLED_BY_HIGHER_LEVEL: { label: 'Đang được cấp có thẩm quyền cấp trên xem xét, giải quyết', source: 'Quy định 296-QĐ/TW, Điều 23 [S18]' },
  COURT_SENTENCED: {
    label: 'Đảng viên bị tòa án tuyên phạt từ cải tạo không giam giữ trở lên, bản án chưa bị hủy',
    source: 'Quy định 296-QĐ/TW, Điều 23 [S18]',
  },
  REFUSED_TO_RECEIVE: { label: 'Từ chối nhận quyết định kỷ luật hoặc quyết định giải quyết khiếu nại', source: 'Quy định 296-QĐ/TW, Điều 23 [S18]' },
  TRANSFERRED_OUTSIDE: {
    label: 'Khiếu nại sau khi đã chuyển sinh hoạt đảng chính thức sang tổ chức đảng không cùng cấp trên trực tiếp',
    source: 'Quy định 296-QĐ/TW, Điều 23 [S18]',
  },
};

type Body = Pick<BodyDto, 'kind' | 'level' | 'upperDirectLevel'>;
const sameBody = (a: Body | undefined, b: Body | undefined) => !!a && !!b && a.kind === b.kind && a.level === b.level;

const LADDER: Record<Level, Level | null> = {
  CELL: 'GRASSROOTS',
  SECTION: 'GRASSROOTS',
  GRASSROOTS: 'UPPER_GRASSROOTS',
  UPPER_GRASSROOTS: 'PROVINCIAL',
  PROVINCIAL: 'CENTRAL',
  CENTRAL: null,
};
export const LEVEL_RANK: Record<Level, number> = { CELL: 0, SECTION: 1, GRASSROOTS: 2, UPPER_GRASSROOTS: 3, PROVINCIAL: 4, CENTRAL: 5 };

/** Who handles a complaint against a decision of `body` (22-QĐ/TW Art. 22): one level, one or more body kinds. */
export interface Instance {
  level: Level;
  kinds: readonly Body['kind'][];
}

/**
 * The next instance: the same level's standing committee or committee for a decision of its inspection commission;
 * at the centre, the Central Committee after the Politburo/Secretariat; otherwise the level above (its inspection
 * commission, standing committee or committee). Null above the Central Committee.
 */
export function nextInstance(body: Body): Instance | null {
  if (body.kind === 'INSPECTION_COMMISSION') return { level: body.level, kinds: ['STANDING_COMMITTEE', 'PARTY_COMMITTEE'] };
  if (body.level === 'CENTRAL') return body.kind === 'PARTY_COMMITTEE' ? null : { level: 'CENTRAL', kinds: ['PARTY_COMMITTEE'] };
  const level = body.upperDirectLevel ?? LADDER[body.level];
  return level ? { level, kinds: ['INSPECTION_COMMISSION', 'STANDING_COMMITTEE', 'PARTY_COMMITTEE'] } : null;
}

/**
 * The final instance for a form (22-QĐ/TW Art. 22): the Central Committee for discipline decided at the centre;
 * otherwise UBKTTW for khiển trách, cảnh cáo, cách chức and the Secretariat for khai trừ. The body kinds have no
 * Secretariat: it is modelled as the central STANDING_COMMITTEE. Giải tán is not stated; treated as khai trừ (guess).
 */
export function finalInstance(original: Body, form: DisciplineForm): Body {
  if (original.level === 'CENTRAL') return { kind: 'PARTY_COMMITTEE', level: 'CENTRAL' };
  return form === 'KHAI_TRU' || form === 'GIAI_TAN' ? { kind: 'STANDING_COMMITTEE', level: 'CENTRAL' } : { kind: 'INSPECTION_COMMISSION', level: 'CENTRAL' };
}

export const isFinalInstance = (body: Body, original: Body, form: DisciplineForm) => sameBody(body, finalInstance(original, form));

export interface FilingWindow {
  value: number;
  unit: 'MONTHS' | 'CALENDAR_DAYS' | 'WORKING_DAYS';
  /** The last day a complaint may be lodged; null when it cannot be computed here (working days need the calendar). */
  lastDay: string | null;
  text: string;
}

/** From the day after receipt (the rule's NEXT_DAY convention): one month from 10/06 runs to 10/07 inclusive. */
export function filingWindow(receivedAt: string, facts: EventFacts['ruleValues']): FilingWindow {
  const fact = facts?.['B4.FILING_WINDOW'];
  const value = fact?.value ?? 1;
  const unit = fact && fact.value !== null && (fact.unit === 'WORKING_DAYS' || fact.unit === 'CALENDAR_DAYS') ? fact.unit : 'MONTHS';
  const received = vietnamDate(receivedAt);
  const lastDay = unit === 'MONTHS' ? addMonths(received, value) : unit === 'CALENDAR_DAYS' ? addCalendarDays(received, value) : null;
  const unitLabel = unit === 'MONTHS' ? 'tháng' : unit === 'CALENDAR_DAYS' ? 'ngày' : 'ngày làm việc';
  const text = lastDay
    ? `Thời hạn khiếu nại ${value} ${unitLabel} kể từ ngày nhận quyết định (${viDate(received)}): đến hết ngày ${viDate(lastDay)}`
    : `Thời hạn khiếu nại ${value} ${unitLabel}: cần lịch ngày làm việc, cán bộ kiểm tra thủ công`;
  return { value, unit, lastDay, text };
}

export interface Admissibility {
  reasons: AdmissibilityReason[];
  window: FilingWindow | null;
  nextInstance: Instance | null;
}

/** Pure: every reason the complaint is not accepted (empty: accepted). */
export function assessAdmissibility(input: KhieuNaiInput, extra: AdmissibilityFindingsDto | undefined, facts: EventFacts['ruleValues']): Admissibility {
  const f = { ...input.findings, ...extra };
  const d = input.decision;
  const reasons: AdmissibilityReason[] = [];
  const lodged = vietnamDate(input.lodgedAt);
  const window = d.receivedAt ? filingWindow(d.receivedAt, facts) : null;
  if (window?.lastDay && lodged > window.lastDay) reasons.push('LATE');
  if (input.onBehalfOfAnother) reasons.push('ON_BEHALF_OF_ANOTHER');
  const original = d.originallyDecidedBy ?? d.decidedBy;
  const final = isFinalInstance(d.decidedBy, original, d.form) || (d.decidedBy.kind === 'PARTY_COMMITTEE' && d.decidedBy.level === 'CENTRAL');
  const next = final ? null : nextInstance(d.decidedBy);
  if (final) reasons.push('ALREADY_FINAL');
  else if (next && !(input.lodgedWith.level === next.level && next.kinds.includes(input.lodgedWith.kind)))
    reasons.push(LEVEL_RANK[input.lodgedWith.level] > LEVEL_RANK[next.level] ? 'SKIPPED_LEVEL' : 'NOT_COMPETENT_LEVEL');
  if (f.lodgedWithOtherLevels) reasons.push('LODGED_WITH_MULTIPLE_LEVELS');
  if (!d.receivedAt || lodged < vietnamDate(d.receivedAt)) reasons.push('BEFORE_RECEIPT');
  if (f.handledByHigherLevel) reasons.push('HANDLED_BY_HIGHER_LEVEL');
  if (f.courtSentenced?.nonCustodialReformOrHeavier && !f.courtSentenced.judgementAnnulled) reasons.push('COURT_SENTENCED');
  if (f.refusedToReceiveDecision) reasons.push('REFUSED_TO_RECEIVE');
  if (f.membershipTransferredOutside) reasons.push('TRANSFERRED_OUTSIDE');
  return { reasons, window, nextInstance: next };
}

/** The forms a complainant can be under: a member's (probationary or full) or an organisation's. */
export function formsForComplainant(kind: KhieuNaiInput['complainant']['kind']): DisciplineForm[] {
  return kind === 'ORGANISATION' ? ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH'] : ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'];
}

/** Pure: dates in the future, and a receipt or complaint before the decision, are refused (inputChecks). */
export function checkComplaintDates(input: KhieuNaiInput, now: string): InputProblem[] {
  const d = input.decision;
  return inputDateProblems(
    now,
    [
      ['decision.decidedAt', d?.decidedAt, 'Ngày quyết định'],
      ['decision.receivedAt', d?.receivedAt, 'Ngày nhận quyết định'],
      ['lodgedAt', input.lodgedAt, 'Ngày gửi đơn khiếu nại'],
    ],
    [
      ['decision.receivedAt', d?.receivedAt, d?.decidedAt, 'Ngày nhận quyết định không được trước ngày quyết định'],
      ['lodgedAt', input.lodgedAt, d?.decidedAt, 'Ngày gửi đơn khiếu nại không được trước ngày quyết định bị khiếu nại'],
    ],
  );
}
