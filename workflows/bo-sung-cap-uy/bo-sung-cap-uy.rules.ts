// The legal values and settings the committee-filling procedure reads, from rule rows
// (migrations/1795303200000-CommitteeFillingRules.ts; docs/domain/bo-sung-cap-uy.md): the body competent to designate
// or agree to an election for the committee's level (inferred), the thresholds of the nomination, confidence and
// election ballots (settings: not found in the law), the quorum of a confidence-vote conference (≥ 2/3 present,
// unverified), who counts in the denominator (VOTE.DENOMINATOR_EXCLUSIONS) and the steps' deadlines (settings). Pure.
import { viDate } from '@hoso/kernel/legal-time';
import type { BodyKind, EventFacts, Level, RuleValueFact } from '../shared/facts';
import { Role } from '../shared/roles';
import { BODY_KIND_LABELS, LEVEL_LABELS } from '../shared/value-labels';
import { EXCLUSION_REASONS, type ExclusionReason } from '../shared/voting/roster';
import { fractionThreshold, type Threshold } from '../shared/voting/threshold';
import type { CommitteeLevel, Post } from './bo-sung-cap-uy.events';

export const RULE = {
  DECIDING_BODY: 'CAP_UY.DECIDING_BODY',
  NOMINATION_THRESHOLD: 'CAP_UY.NOMINATION_THRESHOLD',
  CONFIDENCE_THRESHOLD: 'CAP_UY.CONFIDENCE_THRESHOLD',
  ELECTION_THRESHOLD: 'CAP_UY.ELECTION_THRESHOLD',
  CONFIDENCE_QUORUM: 'VOTE.QUORUM_CONFIDENCE',
  ELECTION_QUORUM: 'VOTE.QUORUM_ELECTION',
  DENOMINATOR: 'VOTE.DENOMINATOR_EXCLUSIONS',
  UPPER_AGREEMENT: 'CAP_UY.UPPER_AGREEMENT',
  APPRAISAL: 'CAP_UY.APPRAISAL',
  DECISION: 'CAP_UY.DECISION',
  EFFECTIVE: 'CAP_UY.EFFECTIVE',
} as const;

/** A refusal's reason, with a stable code (for tests and the API) and its Vietnamese message. */
export interface Problem {
  code: string;
  message: string;
}

/**
 * The role each post carries in hoso: the deciding body of a case is the unit's standing committee and its secretary
 * (libs/cases case-ballot.service.ts), so the secretary gets SECRETARY, a deputy secretary and a standing member
 * STANDING_COMMITTEE_MEMBER. A committee member outside the standing committee holds no role of their own in hoso:
 * the designation is recorded and the timeline says so. Not a legal value: how hoso's permissions map onto posts.
 */
export const POST_ROLE: Readonly<Record<Post, Role | null>> = {
  COMMITTEE_MEMBER: null,
  STANDING_MEMBER: Role.STANDING_COMMITTEE_MEMBER,
  DEPUTY_SECRETARY: Role.STANDING_COMMITTEE_MEMBER,
  SECRETARY: Role.SECRETARY,
};

const CONFIDENCE_TEXT: Readonly<Record<string, string>> = {
  STATED: 'đã xác định',
  INFERRED: 'suy ra, chưa xác nhận',
  UNVERIFIED: 'chưa kiểm chứng',
  NOT_FOUND: 'chưa tìm thấy giá trị',
  CONFLICT: 'các nguồn mâu thuẫn',
};

/** "(Hướng dẫn …; chưa kiểm chứng)": where a value comes from, as a refusal or a record cites it. */
export const citation = (fact: RuleValueFact): string =>
  fact.confidence === 'STATED' ? fact.legalBasis : `${fact.legalBasis}; ${CONFIDENCE_TEXT[fact.confidence] ?? fact.confidence}`;

/** The refusal for a key with no value on the date of the act: a committee fills the setting first. */
export function ruleMissing(key: string, facts: EventFacts | undefined): Problem {
  const fact = facts?.ruleValues?.[key];
  const date = fact?.resolvedOn ?? facts?.legalDate?.date;
  const basis = fact ? ` (${citation(fact)})` : '';
  return {
    code: 'RULE_VALUE_MISSING',
    message: `Chưa có giá trị cho ${key}${basis}${date ? ` áp dụng vào ngày ${viDate(date)}` : ''}; cấp ủy cần xác nhận giá trị này trước khi thực hiện bước này.`,
  };
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

/** A threshold the ballot cannot be counted without (confidence, election): missing → the step is refused. */
export function requiredShare(facts: EventFacts | undefined, key: string): { ok: true; share: Threshold; fact: RuleValueFact } | { ok: false; problem: Problem } {
  const fact = facts?.ruleValues?.[key];
  const share = shareOf(fact);
  return share && fact ? { ok: true, share, fact } : { ok: false, problem: ruleMissing(key, facts) };
}

/** A quorum or an optional threshold: a share when a committee filled it, else none (recorded with a note). */
export function optionalShare(facts: EventFacts | undefined, key: string, what: string): { share: Threshold | null; note?: string } {
  const share = shareOf(facts?.ruleValues?.[key]);
  return share ? { share } : { share: null, note: `Chưa có giá trị cho ${key} (${what}): không áp dụng.` };
}

/** Who neither votes nor counts on the meeting date (VOTE.DENOMINATOR_EXCLUSIONS); missing → refused. */
export function exclusionsOf(facts: EventFacts | undefined): { ok: true; exclusions: ExclusionReason[] } | { ok: false; problem: Problem } {
  const items = (facts?.ruleValues?.[RULE.DENOMINATOR]?.data as { items?: unknown } | null | undefined)?.items;
  if (!Array.isArray(items)) return { ok: false, problem: ruleMissing(RULE.DENOMINATOR, facts) };
  return { ok: true, exclusions: items.filter((i): i is ExclusionReason => (EXCLUSION_REASONS as readonly unknown[]).includes(i)) };
}

// ---- The competent body (CAP_UY.DECIDING_BODY) ---------------------------------------------------------------

export interface Body {
  kind: BodyKind;
  level: Level;
}

interface DecidingRow {
  committeeLevel: Level;
  bodies: Body[];
}

function rowsOf(facts: EventFacts | undefined): DecidingRow[] | null {
  const rows = (facts?.ruleValues?.[RULE.DECIDING_BODY]?.data as { rows?: unknown } | null | undefined)?.rows;
  if (!Array.isArray(rows)) return null;
  return rows.filter(
    (r): r is DecidingRow => typeof r === 'object' && r !== null && typeof (r as DecidingRow).committeeLevel === 'string' && Array.isArray((r as DecidingRow).bodies),
  );
}

export const bodyLabel = (b: Body): string => `${BODY_KIND_LABELS[b.kind] ?? b.kind} (${LEVEL_LABELS[b.level] ?? b.level})`;

/** Why `body` may not designate for a committee of `level`, or undefined when it may. Never guessed: no row, no body. */
export function decidingBodyProblem(facts: EventFacts | undefined, level: CommitteeLevel, body: Body): Problem | undefined {
  const rows = rowsOf(facts);
  if (!rows) return ruleMissing(RULE.DECIDING_BODY, facts);
  const row = rows.find((r) => r.committeeLevel === level);
  if (!row) {
    return { code: 'LEVEL_NOT_COVERED', message: `Quy tắc ${RULE.DECIDING_BODY} chưa nêu cấp có thẩm quyền đối với cấp ủy cấp ${LEVEL_LABELS[level]}.` };
  }
  if (row.bodies.some((b) => b.kind === body.kind && b.level === body.level)) return undefined;
  const basis = facts?.ruleValues?.[RULE.DECIDING_BODY];
  return {
    code: 'BODY_NOT_COMPETENT',
    message: `${bodyLabel(body)} không có thẩm quyền; tổ chức có thẩm quyền: ${row.bodies.map(bodyLabel).join('; ')}${basis ? ` (${citation(basis)})` : ''}.`,
  };
}
