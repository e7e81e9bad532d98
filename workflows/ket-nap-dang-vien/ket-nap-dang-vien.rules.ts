// The admission procedure's legal values as facts (changes-2026.md §4 K4–K14, §7): each is read from the rule row in
// force on the date of the legal fact (the meeting, the decision, the ceremony), seeded with its basis and confidence
// by migrations/1795302100000-AdmissionRules.ts. None has a default here: a key with no value refuses the step with a
// message naming the rule, for a committee to confirm one.
import { viDate } from '@hoso/kernel/legal-time';
import type { EventFacts, RuleValueFact } from '../shared/facts';
import { fractionThreshold, type Threshold } from '../shared/voting/threshold';

export interface Problem {
  code: string;
  message: string;
}

/** The rule keys this procedure reads. */
export const RULE = {
  AGE_MIN: 'C.AGE_MIN',
  AGE_MAX: 'C.AGE_MAX',
  YOUTH_AGE_MIN: 'C.YOUTH_AGE_MIN',
  YOUTH_AGE_MAX: 'C.YOUTH_AGE_MAX',
  EDUCATION_LEVELS: 'C.EDUCATION_LEVELS',
  CERT_VALIDITY: 'C.CERT_VALIDITY',
  INTRODUCER_COWORK: 'C.INTRODUCER_COWORK',
  READMIT_MIN_GAP: 'C.READMIT_MIN_GAP',
  READMIT_AFTER_EXPUNGED: 'C.READMIT_AFTER_EXPUNGED',
  NO_READMISSION_GROUNDS: 'C.NO_READMISSION_GROUNDS',
  READMISSION_MAX_COUNT: 'C.READMISSION_MAX_COUNT',
  READMISSION_CONSENT: 'C.READMISSION_CONSENT',
  CELL_THRESHOLD: 'C.CELL_THRESHOLD',
  AUTHORISED_GRASSROOTS_THRESHOLD: 'C.AUTHORISED_GRASSROOTS_THRESHOLD',
  GRASSROOTS_PROPOSAL_THRESHOLD: 'C.GRASSROOTS_PROPOSAL_THRESHOLD',
  RECOGNITION_THRESHOLD: 'C.RECOGNITION_THRESHOLD',
  RECOGNITION_MAX_FAILED_VOTES: 'C.RECOGNITION_MAX_FAILED_VOTES',
  ADMISSION_DECIDING_BODY: 'C.ADMISSION_DECIDING_BODY',
  EXEMPTABLE_RELATIONS: 'C.EXEMPTABLE_RELATIONS',
  CEREMONY: 'C.CEREMONY',
  PROBATION: 'C.PROBATION',
  QUORUM: 'VOTE.QUORUM_ADMISSION',
  DENOMINATOR: 'VOTE.DENOMINATOR_EXCLUSIONS',
  FORMS: 'FORMS.KND',
} as const;
export type RuleKey = (typeof RULE)[keyof typeof RULE];

export type Read<T> = { ok: true; value: T; fact: RuleValueFact } | { ok: false; problem: Problem };

const CONFIDENCE_TEXT: Readonly<Record<string, string>> = {
  STATED: 'đã xác định',
  INFERRED: 'suy ra, chưa xác nhận',
  UNVERIFIED: 'chưa kiểm chứng',
  NOT_FOUND: 'chưa tìm thấy giá trị',
  CONFLICT: 'các nguồn mâu thuẫn',
};
export const confidenceText = (confidence: string): string => CONFIDENCE_TEXT[confidence] ?? confidence;

/** "(Quy định 294-QĐ/TW…, chưa kiểm chứng)": where a value comes from, as a refusal or a record cites it. */
export const citation = (fact: RuleValueFact): string =>
  fact.confidence === 'STATED' ? fact.legalBasis : `${fact.legalBasis}; ${confidenceText(fact.confidence)}`;

/** The refusal for a key without a legal value on the date of the fact. */
export function ruleMissing(key: string, fact?: RuleValueFact | null, on?: string): Problem {
  const date = fact?.resolvedOn ?? on;
  const basis = fact ? ` (${fact.legalBasis}; ${confidenceText(fact.confidence)})` : '';
  return {
    code: 'RULE_VALUE_MISSING',
    message: `Chưa có giá trị pháp lý cho ${key}${basis}${date ? ` áp dụng vào ngày ${viDate(date)}` : ''}; cấp ủy cần xác nhận giá trị này trước khi thực hiện bước này.`,
  };
}

function read<T>(facts: EventFacts | undefined, key: string, parse: (f: RuleValueFact) => T | undefined): Read<T> {
  const fact = facts?.ruleValues?.[key];
  if (!fact) return { ok: false, problem: ruleMissing(key, null, facts?.legalDate?.date) };
  const value = parse(fact);
  return value === undefined ? { ok: false, problem: ruleMissing(key, fact) } : { ok: true, value, fact };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** A count or a number of months (`value`). */
export const ruleNumber = (facts: EventFacts | undefined, key: string): Read<number> =>
  read(facts, key, (f) => (isCount(f.value) ? f.value : undefined));

/** A list of codes (`data.items`); an empty list is a value (e.g. "no consent needed"). */
export const ruleList = (facts: EventFacts | undefined, key: string): Read<readonly string[]> =>
  read(facts, key, (f) => {
    const items = (f.data as { items?: unknown } | null | undefined)?.items;
    return Array.isArray(items) && items.every((i) => typeof i === 'string') ? (items as string[]) : undefined;
  });

/** A table (`data.rows`, objects). */
export const ruleTable = (facts: EventFacts | undefined, key: string): Read<readonly Record<string, unknown>[]> =>
  read(facts, key, (f) => {
    const rows = (f.data as { rows?: unknown } | null | undefined)?.rows;
    return Array.isArray(rows) && rows.every((r) => typeof r === 'object' && r !== null && !Array.isArray(r)) ? (rows as Record<string, unknown>[]) : undefined;
  });

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
export const ruleShare = (facts: EventFacts | undefined, key: string): Read<Threshold> => read(facts, key, shareOf);

/**
 * The quorum of an admission meeting (VOTE.QUORUM_ADMISSION): none was found in the law (changes-2026.md §7), so a
 * missing value does not refuse the vote; it is recorded with a warning. A share a committee confirmed is applied.
 */
export function quorumOf(facts: EventFacts | undefined): { quorum: Threshold | null; note?: string } {
  const quorum = shareOf(facts?.ruleValues?.[RULE.QUORUM]);
  if (quorum) return { quorum };
  return { quorum: null, note: `Chưa có quy định về số người có mặt tối thiểu (${RULE.QUORUM}): không kiểm tra túc số.` };
}

/** Where the ceremony's clock starts, as the C.CEREMONY row words its start event (232/294: receipt; 208 reported: issue). */
export type CeremonyClock = 'DECISION_RECEIPT' | 'DECISION_ISSUE';
const CEREMONY_STARTS: Readonly<Record<string, CeremonyClock>> = {
  'ngày nhận quyết định kết nạp': 'DECISION_RECEIPT',
  'ngày chi bộ nhận quyết định kết nạp': 'DECISION_RECEIPT',
  'ngày ban hành quyết định kết nạp': 'DECISION_ISSUE',
  'ngày ký quyết định kết nạp': 'DECISION_ISSUE',
};
const wording = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export function ceremonyClockOf(facts: EventFacts | undefined): Read<CeremonyClock> {
  const r = read(facts, RULE.CEREMONY, (f) => (f.startEvent ? CEREMONY_STARTS[wording(f.startEvent)] : undefined));
  if (r.ok) return r;
  const fact = facts?.ruleValues?.[RULE.CEREMONY];
  if (!fact?.startEvent) return r;
  return {
    ok: false,
    problem: {
      code: 'CEREMONY_START_UNKNOWN',
      message: `Mốc bắt đầu thời hạn tổ chức lễ kết nạp trong quy định ${RULE.CEREMONY} ("${fact.startEvent}") không phải ngày nhận hoặc ngày ban hành quyết định kết nạp: cấp ủy cần xác nhận lại quy định.`,
    },
  };
}
