// The legal values of discipline as the machine reads them: rule rows resolved by the service on the date of the legal
// fact and handed over as facts (changes-2026.md §4 K1–K3, K5, K15–K19, K26; §7 "until confirmed"). Pure readers: a
// value missing, NOT_FOUND or malformed is reported by its key, never replaced by a number of our own.
import { viDate, vietnamDate } from '@hoso/kernel/legal-time';
import { DISCIPLINE_FORMS, type BodyKind, type DisciplineForm, type DisciplineSubject, type EventFacts, type RuleValueFact } from '../shared/facts';
import { EXCLUSION_REASONS, type ExclusionReason, type RosterRule } from '../shared/voting/roster';
import { fractionThreshold, type Threshold } from '../shared/voting/threshold';

/** The rule keys of discipline. */
export const RULE = {
  THRESHOLD_STANDARD: 'B3.THRESHOLD_STANDARD',
  THRESHOLD_EXPULSION_PROPOSE: 'B3.THRESHOLD_EXPULSION_PROPOSE',
  THRESHOLD_EXPULSION_DECIDE: 'B3.THRESHOLD_EXPULSION_DECIDE',
  THRESHOLD_GIAI_TAN: 'B3.THRESHOLD_GIAI_TAN',
  QUORUM: 'VOTE.QUORUM_DISCIPLINE',
  DENOMINATOR: 'VOTE.DENOMINATOR_EXCLUSIONS',
  FORMS: 'B3.FORMS_BY_SUBJECT',
  NO_LIMITATION: 'B3.NO_LIMITATION_CATEGORIES',
  NURSING_MONTHS: 'B3.PROTECT_NURSING_MONTHS',
  ABSENCE_INVITATIONS: 'B3.REPEATED_ABSENCE_INVITATIONS',
  EFFECT: 'B3.EFFECT_RULES',
  PROTECTION_END_TERM: 'B3.PROTECTION_END_TERM',
} as const;

/** What each rule key is, for the refusals naming it. */
export const RULE_LABELS: Readonly<Record<string, string>> = {
  [RULE.THRESHOLD_STANDARD]: 'tỷ lệ biểu quyết khiển trách, cảnh cáo, cách chức',
  [RULE.THRESHOLD_EXPULSION_PROPOSE]: 'tỷ lệ biểu quyết đề nghị khai trừ của tổ chức đề nghị',
  [RULE.THRESHOLD_EXPULSION_DECIDE]: 'tỷ lệ biểu quyết khai trừ của tổ chức quyết định',
  [RULE.THRESHOLD_GIAI_TAN]: 'tỷ lệ biểu quyết giải tán tổ chức đảng',
  [RULE.QUORUM]: 'số đảng viên phải có mặt khi biểu quyết kỷ luật',
  [RULE.DENOMINATOR]: 'những trường hợp không tính vào tổng số khi biểu quyết',
  [RULE.FORMS]: 'hình thức kỷ luật theo đối tượng',
  [RULE.NO_LIMITATION]: 'loại vi phạm không áp dụng thời hiệu',
  [RULE.NURSING_MONTHS]: 'thời gian nuôi con nhỏ chưa xem xét kỷ luật',
  [RULE.ABSENCE_INVITATIONS]: 'số lần vắng mặt được coi là nhiều lần',
  [RULE.EFFECT]: 'thời điểm có hiệu lực của quyết định kỷ luật',
  'B3.LIMIT_MEMBER_KHIEN_TRACH': 'thời hiệu khiển trách đảng viên',
  'B3.LIMIT_MEMBER_CANH_CAO_CACH_CHUC': 'thời hiệu cảnh cáo, cách chức đảng viên',
  'B3.LIMIT_MEMBER_KHAI_TRU': 'thời hiệu khai trừ đảng viên',
  'B3.LIMIT_ORG_KHIEN_TRACH': 'thời hiệu khiển trách tổ chức đảng',
  'B3.LIMIT_ORG_CANH_CAO': 'thời hiệu cảnh cáo tổ chức đảng',
};

type RuleValues = EventFacts['ruleValues'];

/** The rule's fact when it carries a legal value (a row found, not NOT_FOUND), else undefined. */
function found(rules: RuleValues, key: string): RuleValueFact | undefined {
  const f = rules?.[key];
  return f && f.confidence !== 'NOT_FOUND' ? f : undefined;
}

const fieldsOf = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

/** A FRACTION row's share; undefined when missing, not found or not a reachable share. */
export function fractionOf(rules: RuleValues, key: string): Threshold | undefined {
  const d = fieldsOf(found(rules, key)?.data);
  if (typeof d.numerator !== 'number' || typeof d.denominator !== 'number' || typeof d.strict !== 'boolean') return undefined;
  try {
    return fractionThreshold(d.numerator, d.denominator, d.strict);
  } catch {
    return undefined;
  }
}

/** A LIST row's codes; undefined when missing or not a list of strings. */
export function listOf(rules: RuleValues, key: string): string[] | undefined {
  const items = fieldsOf(found(rules, key)?.data).items;
  return Array.isArray(items) && items.every((i) => typeof i === 'string') ? (items as string[]) : undefined;
}

/** A TABLE row's rows; undefined when missing or not a list of objects. */
export function tableOf(rules: RuleValues, key: string): Record<string, unknown>[] | undefined {
  const rows = fieldsOf(found(rules, key)?.data).rows;
  return Array.isArray(rows) && rows.every((r) => fieldsOf(r) === r) ? (rows as Record<string, unknown>[]) : undefined;
}

/** A COUNT or MONTHS row's positive whole number; undefined otherwise. */
export function wholeOf(rules: RuleValues, key: string): number | undefined {
  const v = found(rules, key)?.value;
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : undefined;
}

/** "Chưa có giá trị pháp lý cho B3.X (…) áp dụng ngày dd/mm/yyyy…" for the keys, joined; '' when none. */
export function missingText(facts: EventFacts | undefined, keys: readonly string[]): string {
  if (keys.length === 0) return '';
  const rules = facts?.ruleValues;
  const date = facts?.legalDate?.date ?? Object.values(rules ?? {}).find((f) => f?.resolvedOn)?.resolvedOn;
  const named = keys.map((k) => {
    const f = rules?.[k];
    const why = !f ? 'không có quy tắc' : f.confidence === 'NOT_FOUND' ? 'quy định chưa có giá trị' : 'giá trị không hợp lệ';
    return RULE_LABELS[k] ? `${k} (${RULE_LABELS[k]}: ${why})` : `${k} (${why})`;
  });
  return `Chưa có giá trị pháp lý cho ${named.join('; ')}${date ? ` áp dụng ngày ${viDate(vietnamDate(date))}` : ''}; cấp ủy cần xác nhận giá trị trước khi thực hiện bước này.`;
}

// ---- Forms by subject (K15) ----------------------------------------------------------------------------------

const SEVERITY = new Map<string, number>(DISCIPLINE_FORMS.map((f, i) => [f, i]));
const isForm = (f: unknown): f is DisciplineForm => typeof f === 'string' && SEVERITY.has(f);

/**
 * The subject's forms, heaviest first, from B3.FORMS_BY_SUBJECT (rows `{subject, forms, onlyWithPost?}`): a form in
 * `onlyWithPost` (cách chức) is on the ballot only for a member holding a post. Undefined when the table is missing or
 * has no usable row for the subject.
 */
export function formsFromTable(rules: RuleValues, subject: { kind: DisciplineSubject; holdsPost?: boolean }): DisciplineForm[] | undefined {
  const row = tableOf(rules, RULE.FORMS)?.find((r) => r.subject === subject.kind);
  if (!row || !Array.isArray(row.forms) || !row.forms.every(isForm)) return undefined;
  const onlyWithPost = Array.isArray(row.onlyWithPost) ? row.onlyWithPost : [];
  return (row.forms as DisciplineForm[])
    .filter((f) => subject.holdsPost === true || !onlyWithPost.includes(f))
    .sort((a, b) => SEVERITY.get(b)! - SEVERITY.get(a)!);
}

// ---- The vote (K1–K3, K5, K26) ------------------------------------------------------------------------------

/** Which organisation's vote: the one voting first (proposing khai trừ) or the upper one deciding it. */
export type VotingRole = 'PROPOSING' | 'DECIDING';

export interface VoteRuleFacts {
  thresholds: Partial<Record<DisciplineForm, Threshold>>;
  /** null: no quorum rule confirmed (a warning, never a refusal). */
  quorum: Threshold | null;
  roster: RosterRule | undefined;
  /** Rule keys the count needs and has no value for (giải tán's is needed only when a ballot chose it). */
  missing: string[];
}

/** The thresholds, quorum and denominator rule of one ballot, from the facts of its event. */
export function voteRuleFacts(rules: RuleValues, role: VotingRole, subjectUserId: string | undefined): VoteRuleFacts {
  const standard = fractionOf(rules, RULE.THRESHOLD_STANDARD);
  const expulsionKey = role === 'PROPOSING' ? RULE.THRESHOLD_EXPULSION_PROPOSE : RULE.THRESHOLD_EXPULSION_DECIDE;
  const expulsion = fractionOf(rules, expulsionKey);
  const giaiTan = fractionOf(rules, RULE.THRESHOLD_GIAI_TAN);
  const thresholds: Partial<Record<DisciplineForm, Threshold>> = {};
  if (standard) thresholds.KHIEN_TRACH = thresholds.CANH_CAO = thresholds.CACH_CHUC = standard;
  if (expulsion) thresholds.KHAI_TRU = expulsion;
  if (giaiTan) thresholds.GIAI_TAN = giaiTan;
  const exclusions = listOf(rules, RULE.DENOMINATOR);
  const known = exclusions?.every((e): e is ExclusionReason => (EXCLUSION_REASONS as readonly string[]).includes(e)) ?? false;
  const roster = exclusions && known ? { exclusions: exclusions as ExclusionReason[], subjects: new Set(subjectUserId ? [subjectUserId] : []) } : undefined;
  const missing = [
    ...(standard ? [] : [RULE.THRESHOLD_STANDARD]),
    ...(expulsion ? [] : [expulsionKey]),
    ...(roster ? [] : [RULE.DENOMINATOR]),
  ];
  return { thresholds, quorum: fractionOf(rules, RULE.QUORUM) ?? null, roster, missing };
}

/** The rule keys a ballot's event asks for. */
export const VOTE_RULE_KEYS = [
  RULE.THRESHOLD_STANDARD, RULE.THRESHOLD_EXPULSION_PROPOSE, RULE.THRESHOLD_EXPULSION_DECIDE, RULE.THRESHOLD_GIAI_TAN, RULE.QUORUM,
  RULE.DENOMINATOR, RULE.FORMS, RULE.EFFECT,
] as const;

/** What the count rests on that no committee has confirmed: shown with the vote, never blocking it. */
export function voteWarnings(rules: RuleValues): string[] {
  const warnings: string[] = [];
  if (!fractionOf(rules, RULE.QUORUM))
    warnings.push(`Chưa có quy định về số đảng viên phải có mặt được xác nhận (${RULE.QUORUM}): không kiểm tra số người có mặt.`);
  for (const key of [RULE.THRESHOLD_STANDARD, RULE.THRESHOLD_EXPULSION_PROPOSE, RULE.THRESHOLD_EXPULSION_DECIDE, RULE.DENOMINATOR]) {
    const f = found(rules, key);
    if (f && f.confidence !== 'STATED' && f.confidence !== 'OVERRIDE')
      warnings.push(`Quy tắc ${key} (${RULE_LABELS[key]}) theo ${f.legalBasis}: mức tin cậy ${CONFIDENCE_LABELS[f.confidence] ?? f.confidence}, chưa được cấp ủy xác nhận.`);
  }
  return warnings;
}

const CONFIDENCE_LABELS: Readonly<Record<string, string>> = { INFERRED: 'suy ra', UNVERIFIED: 'chưa kiểm chứng', CONFLICT: 'các nguồn mâu thuẫn' };

// ---- Effect (K19) -------------------------------------------------------------------------------------------

export type DecisionEffect = 'ON_ANNOUNCEMENT' | 'ON_DECISION';

/**
 * When a decision takes effect, from B3.EFFECT_RULES (rows `{bodyKind, forms, effect}`, the first matching wins; a row
 * without bodyKind or forms matches any). Undefined when the table is missing or no row matches.
 */
export function effectFromTable(rules: RuleValues, body: { kind: BodyKind }, form: DisciplineForm): DecisionEffect | undefined {
  const row = tableOf(rules, RULE.EFFECT)?.find(
    (r) => (r.bodyKind === undefined || r.bodyKind === null || r.bodyKind === body.kind) && (!Array.isArray(r.forms) || r.forms.includes(form)),
  );
  return row?.effect === 'ON_ANNOUNCEMENT' || row?.effect === 'ON_DECISION' ? row.effect : undefined;
}
