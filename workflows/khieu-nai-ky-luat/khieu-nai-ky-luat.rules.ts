// Admissibility and levels of a complaint against discipline, pure — docs/domain/procedures.md §8 (22-QĐ/TW Arts. 22–23 [S25]
// [S25b]; 296-QĐ/TW Art. 23 per [S18], unverified; Charter Art. 39 §7 [S24]). Every legal value comes from rule rows
// handed to the machine as facts (../shared/domain/changes-2026.md §3.10, K20–K23): the level ladder, the final
// instance per form, the filing window (counted by the service with the working calendar) and the grounds lists.
import { vietnamDate, viDate } from '@hoso/kernel/legal-time';
import { inputDateProblems, type InputProblem } from '../shared/input-dates';
import { DISCIPLINE_FORMS, LEVELS, type DisciplineForm, type DueDateFact, type EventFacts, type Level } from '../shared/facts';
import { LEVEL_LABELS } from '../shared/value-labels';
import { COMPLAINT_BODY_KINDS, type AdmissibilityFindingsDto, type BodyDto, type ComplainantDto, type ComplaintBodyKind, type KhieuNaiInput } from './khieu-nai-ky-luat.events';
import { COMPLAINT_BODY_KIND_LABELS, CONFIDENCE_TEXTS } from './khieu-nai-ky-luat.texts';

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

/** The rule keys a complaint reads (their rows: migrations/1795302200000-ComplaintDenunciation1374Rules.ts). */
export const RULE = {
  LADDER: 'ORG.LEVEL_LADDER',
  FINAL: 'B4.FINAL_INSTANCE',
  WINDOW: 'B4.FILING_WINDOW',
  GROUNDS: 'B4.NOT_ACCEPTED_GROUNDS',
} as const;
/** The key of the filing window in `EventFacts.dueDates`. */
export const WINDOW_DUE = 'filingWindow';

export type Body = Pick<BodyDto, 'kind' | 'level' | 'upperDirectLevel'>;
export const sameBody = (a: Body | undefined | null, b: Body | undefined | null) => !!a && !!b && a.kind === b.kind && a.level === b.level;
/** Height of a level in the organisation (the order of LEVELS, centre first): structure, not a legal value. */
const height = (level: Level) => LEVELS.length - LEVELS.indexOf(level);
export const bodyLabel = (b: Pick<Body, 'kind' | 'level'>) => `${COMPLAINT_BODY_KIND_LABELS[b.kind]} (${LEVEL_LABELS[b.level]})`;

// ---------------------------------------------------------------------------------------------------------------
// The rows, read from the facts (a malformed or missing row reads as "no legal value": the machine refuses)
// ---------------------------------------------------------------------------------------------------------------

/** ORG.LEVEL_LADDER: each level, the level directly above it, and whether its bodies resolve complaints. */
export interface LadderRow {
  level: Level;
  upperDirect: Level | null;
  handlesComplaints: boolean;
  label: string;
}
/** B4.FINAL_INSTANCE: for discipline imposed at one of `decidedAtLevels` with one of `forms`, the final body (null: not found). */
export interface FinalInstanceRow {
  decidedAtLevels: Level[];
  forms: DisciplineForm[];
  final: { kind: ComplaintBodyKind; level: Level } | null;
  label: string;
}
export interface ComplaintRules {
  ladder: readonly LadderRow[];
  finals: readonly FinalInstanceRow[];
}

type Rules = EventFacts['ruleValues'];
const rowsOf = (facts: Rules, key: string): unknown[] | null => {
  const rows = (facts?.[key]?.data as { rows?: unknown } | null | undefined)?.rows;
  return Array.isArray(rows) ? rows : null;
};
const isLevel = (v: unknown): v is Level => (LEVELS as readonly unknown[]).includes(v);
const isForm = (v: unknown): v is DisciplineForm => (DISCIPLINE_FORMS as readonly unknown[]).includes(v);
const isKind = (v: unknown): v is ComplaintBodyKind => (COMPLAINT_BODY_KINDS as readonly unknown[]).includes(v);

export function ladderOf(facts: Rules): readonly LadderRow[] | null {
  const rows = rowsOf(facts, RULE.LADDER);
  if (!rows) return null;
  const ladder: LadderRow[] = [];
  for (const r of rows as Record<string, unknown>[]) {
    if (!r || !isLevel(r.level) || !(r.upperDirect === null || isLevel(r.upperDirect)) || typeof r.handlesComplaints !== 'boolean') return null;
    if (r.upperDirect !== null && height(r.upperDirect) <= height(r.level)) return null;
    ladder.push({ level: r.level, upperDirect: r.upperDirect, handlesComplaints: r.handlesComplaints, label: String(r.label ?? '') });
  }
  return LEVELS.every((l) => ladder.some((r) => r.level === l)) ? ladder : null;
}

export function finalsOf(facts: Rules): readonly FinalInstanceRow[] | null {
  const rows = rowsOf(facts, RULE.FINAL);
  if (!rows) return null;
  const finals: FinalInstanceRow[] = [];
  for (const r of rows as Record<string, unknown>[]) {
    const final = r?.final as Record<string, unknown> | null | undefined;
    if (!r || !Array.isArray(r.decidedAtLevels) || !r.decidedAtLevels.every(isLevel) || !Array.isArray(r.forms) || !r.forms.every(isForm)) return null;
    if (final !== null && !(final && isKind(final.kind) && isLevel(final.level))) return null;
    finals.push({
      decidedAtLevels: r.decidedAtLevels as Level[], forms: r.forms as DisciplineForm[], label: String(r.label ?? ''),
      final: final ? { kind: final.kind as ComplaintBodyKind, level: final.level as Level } : null,
    });
  }
  return finals;
}

export function complaintRules(facts: Rules): ComplaintRules | null {
  const ladder = ladderOf(facts);
  const finals = finalsOf(facts);
  return ladder && finals ? { ladder, finals } : null;
}

/** The final instance for discipline imposed by `original` in `form`; null when the table has no body for it (giải tán). */
export function finalInstance(finals: readonly FinalInstanceRow[], original: Body, form: DisciplineForm): Body | null {
  const row = finals.find((r) => r.decidedAtLevels.includes(original.level) && r.forms.includes(form));
  return row?.final ?? null;
}

/** B4.NOT_ACCEPTED_GROUNDS: the grounds for not accepting a complaint in force; null without a row. */
export function groundsOf(facts: Rules): readonly string[] | null {
  const items = (facts?.[RULE.GROUNDS]?.data as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) && items.every((i) => typeof i === 'string') ? (items as string[]) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// The ladder
// ---------------------------------------------------------------------------------------------------------------

/** Who handles a complaint against a decision (22-QĐ/TW Art. 22): one level, one or more body kinds there. */
export interface Instance {
  level: Level;
  kinds: readonly ComplaintBodyKind[];
}
const UPPER_KINDS: readonly ComplaintBodyKind[] = ['INSPECTION_COMMISSION', 'STANDING_COMMITTEE', 'PARTY_COMMITTEE'];

/**
 * The next instance for a complaint against a decision of `decidedBy` (the discipline imposed by `original` in `form`),
 * or null when `decidedBy` is the final instance. Level by level, no skipping: an inspection commission's decision
 * goes first to the standing committee or committee of its own level; otherwise the next level up the ladder in force
 * (or the body's own upper-direct level) whose bodies resolve complaints, any of its inspection commission, standing
 * committee or committee. At the centre there is one instance: the final one for the form (B4.FINAL_INSTANCE).
 * Throws nothing; a final instance not found is the caller's to refuse (finalInstance → null).
 */
export function nextInstance(decidedBy: Body, original: Body, form: DisciplineForm, rules: ComplaintRules): Instance | null {
  const final = finalInstance(rules.finals, original, form);
  if (!final || sameBody(decidedBy, final)) return null;
  if (decidedBy.level === 'CENTRAL') return { level: 'CENTRAL', kinds: [final.kind] };
  if (decidedBy.kind === 'INSPECTION_COMMISSION') return { level: decidedBy.level, kinds: ['STANDING_COMMITTEE', 'PARTY_COMMITTEE'] };
  const rowOf = (l: Level) => rules.ladder.find((r) => r.level === l)!;
  const own = decidedBy.upperDirectLevel && height(decidedBy.upperDirectLevel) > height(decidedBy.level) ? decidedBy.upperDirectLevel : null;
  let level: Level | null = own ?? rowOf(decidedBy.level).upperDirect;
  while (level && !rowOf(level).handlesComplaints) level = rowOf(level).upperDirect;
  if (!level) return null;
  return level === 'CENTRAL' ? { level, kinds: [final.kind] } : { level, kinds: UPPER_KINDS };
}

export const instanceLabel = (i: Instance) => i.kinds.map((kind) => bodyLabel({ kind, level: i.level })).join(' hoặc ');
export const isAtInstance = (b: Pick<Body, 'kind' | 'level'>, i: Instance) => b.level === i.level && i.kinds.includes(b.kind);

// ---------------------------------------------------------------------------------------------------------------
// The filing window and the assessment
// ---------------------------------------------------------------------------------------------------------------

export interface FilingWindow {
  value: number;
  unit: string;
  /** The last day a complaint may be lodged (Vietnam date), counted as a deadline of B4.FILING_WINDOW would be. */
  lastDay: string;
  legalBasis: string;
  confidence: string;
  text: string;
}

const UNIT_TEXT: Readonly<Record<string, string>> = { MONTHS: 'tháng', CALENDAR_DAYS: 'ngày', WORKING_DAYS: 'ngày làm việc' };

/** The window as the service counted it (EventFacts.dueDates); null when the rule has no value for the receipt date. */
export function filingWindow(due: DueDateFact | null | undefined): FilingWindow | null {
  const rule = due?.rule;
  if (!due || !due.due || !rule || rule.value === null) return null;
  const received = vietnamDate(due.startAt);
  const text =
    `Thời hạn khiếu nại ${rule.value} ${UNIT_TEXT[rule.unit] ?? rule.unit} kể từ ngày nhận quyết định (${viDate(received)}): ` +
    `đến hết ngày ${viDate(due.due)} — ${rule.legalBasis}; độ tin cậy: ${CONFIDENCE_TEXTS[rule.confidence] ?? rule.confidence}`;
  return { value: rule.value, unit: rule.unit, lastDay: due.due, legalBasis: rule.legalBasis, confidence: rule.confidence, text };
}

export interface Admissibility {
  /** The grounds found that the list in force (B4.NOT_ACCEPTED_GROUNDS) names: any one rejects the complaint. */
  reasons: AdmissibilityReason[];
  /** Grounds found that the list in force does not name: shown, not counted. */
  unlisted: AdmissibilityReason[];
  window: FilingWindow | null;
  nextInstance: Instance | null;
  finalInstance: Body | null;
}

/** Pure: every reason the complaint is not accepted (empty: accepted), by the rules handed in. */
export function assessAdmissibility(
  input: KhieuNaiInput, extra: AdmissibilityFindingsDto | undefined, rules: ComplaintRules, window: FilingWindow | null, grounds: readonly string[],
): Admissibility {
  const f = { ...input.findings, ...extra };
  const d = input.decision;
  const found: AdmissibilityReason[] = [];
  const lodged = vietnamDate(input.lodgedAt);
  if (window && lodged > window.lastDay) found.push('LATE');
  if (input.onBehalfOfAnother) found.push('ON_BEHALF_OF_ANOTHER');
  const original = d.originallyDecidedBy ?? d.decidedBy;
  const final = finalInstance(rules.finals, original, d.form);
  const next = nextInstance(d.decidedBy, original, d.form, rules);
  if (!next) found.push('ALREADY_FINAL');
  else if (!isAtInstance(input.lodgedWith, next)) found.push(height(input.lodgedWith.level) > height(next.level) ? 'SKIPPED_LEVEL' : 'NOT_COMPETENT_LEVEL');
  if (f.lodgedWithOtherLevels) found.push('LODGED_WITH_MULTIPLE_LEVELS');
  if (!d.receivedAt || lodged < vietnamDate(d.receivedAt)) found.push('BEFORE_RECEIPT');
  if (f.handledByHigherLevel) found.push('HANDLED_BY_HIGHER_LEVEL');
  if (f.courtSentenced?.nonCustodialReformOrHeavier && !f.courtSentenced.judgementAnnulled) found.push('COURT_SENTENCED');
  if (f.refusedToReceiveDecision) found.push('REFUSED_TO_RECEIVE');
  if (f.membershipTransferredOutside) found.push('TRANSFERRED_OUTSIDE');
  return {
    reasons: found.filter((r) => grounds.includes(r)),
    unlisted: found.filter((r) => !grounds.includes(r)),
    window,
    nextInstance: next,
    finalInstance: final,
  };
}

/** The forms a complainant can be under: an organisation's, a probationary member's (KT, CC only) or a full member's. */
export function formsForComplainant(c: Pick<ComplainantDto, 'kind' | 'probationary'>): DisciplineForm[] {
  if (c.kind === 'ORGANISATION') return ['GIAI_TAN', 'CANH_CAO', 'KHIEN_TRACH'];
  return c.probationary ? ['CANH_CAO', 'KHIEN_TRACH'] : ['KHAI_TRU', 'CACH_CHUC', 'CANH_CAO', 'KHIEN_TRACH'];
}

/**
 * Pure: dates in the future, and a receipt or complaint before the decision, are refused (inputChecks); so are a form
 * the complainant cannot be under and an upper-direct level that is not above the body.
 */
export function checkComplaintDates(input: KhieuNaiInput, now: string): InputProblem[] {
  const d = input.decision;
  const problems = inputDateProblems(
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
  if (d && input.complainant && !formsForComplainant(input.complainant).includes(d.form))
    problems.push({ field: 'decision.form', message: 'Hình thức kỷ luật này không áp dụng cho người (tổ chức) khiếu nại: đảng viên dự bị chỉ bị khiển trách hoặc cảnh cáo; tổ chức đảng không bị cách chức, khai trừ' });
  for (const [field, b] of [['decision.decidedBy', d?.decidedBy], ['decision.originallyDecidedBy', d?.originallyDecidedBy], ['lodgedWith', input.lodgedWith]] as const)
    if (b?.upperDirectLevel && height(b.upperDirectLevel) <= height(b.level))
      problems.push({ field: `${field}.upperDirectLevel`, message: `Cấp trên trực tiếp (${LEVEL_LABELS[b.upperDirectLevel]}) phải cao hơn cấp của tổ chức (${LEVEL_LABELS[b.level]})` });
  return problems;
}
