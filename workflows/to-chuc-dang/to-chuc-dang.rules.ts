// The legal values the organisation procedure reads, from rule rows (migrations/1795302600000-OrganisationProcedureRules.ts):
// which bodies may decide a change for the levels it concerns (Điều lệ Đảng Art. 10 §3, docs/domain/changes-2026.md §5.1),
// and the steps' deadlines (not found in law: settings a committee fills in). Pure.
import type { BodyKind, EventFacts, Level } from '../shared/facts';
import { BODY_KIND_LABELS, LEVEL_LABELS } from '../shared/value-labels';

export const RULE = {
  DECIDING_BODY: 'ORG.DECIDING_BODY',
  APPRAISAL: 'ORG.APPRAISAL',
  DECISION: 'ORG.DECISION',
  EFFECTIVE: 'ORG.EFFECTIVE',
  HANDOVER: 'ORG.HANDOVER',
} as const;

export interface Body {
  kind: BodyKind;
  level: Level;
}

/** One row of ORG.DECIDING_BODY: the bodies that may found, reorganise or dissolve organisations of `unitLevel`. */
interface DecidingRow {
  unitLevel: Level;
  bodies: Body[];
}

export type DecidingBodyCheck =
  | { ok: true }
  | { ok: false; reason: 'NO_RULE' }
  | { ok: false; reason: 'LEVEL_NOT_COVERED'; levels: Level[] }
  | { ok: false; reason: 'NOT_ALLOWED'; allowed: Body[] };

const sameBody = (a: Body, b: Body) => a.kind === b.kind && a.level === b.level;

function rowsOf(facts: EventFacts | undefined): DecidingRow[] | null {
  const rows = (facts?.ruleValues?.[RULE.DECIDING_BODY]?.data as { rows?: unknown } | null | undefined)?.rows;
  if (!Array.isArray(rows)) return null;
  return rows.filter(
    (r): r is DecidingRow =>
      typeof r === 'object' && r !== null && typeof (r as DecidingRow).unitLevel === 'string' && Array.isArray((r as DecidingRow).bodies),
  );
}

/**
 * May `body` decide a change concerning organisations of these levels? Every level must have a row naming the body
 * (a change spanning two levels needs a body competent for both). No row in force: refused, never guessed.
 */
export function checkDecidingBody(facts: EventFacts | undefined, levels: readonly Level[], body: Body): DecidingBodyCheck {
  const rows = rowsOf(facts);
  if (!rows) return { ok: false, reason: 'NO_RULE' };
  const missing = levels.filter((l) => !rows.some((r) => r.unitLevel === l));
  if (missing.length > 0) return { ok: false, reason: 'LEVEL_NOT_COVERED', levels: missing };
  const perLevel = levels.map((l) => rows.find((r) => r.unitLevel === l)!.bodies);
  const allowed = (perLevel[0] ?? []).filter((b) => perLevel.every((bodies) => bodies.some((x) => sameBody(x, b))));
  return allowed.some((b) => sameBody(b, body)) ? { ok: true } : { ok: false, reason: 'NOT_ALLOWED', allowed };
}

export const bodyLabel = (b: Body): string => `${BODY_KIND_LABELS[b.kind] ?? b.kind} (${LEVEL_LABELS[b.level] ?? b.level})`;

/** What the refusal says beyond the guard's message: the bodies the rule allows, or why there is no answer. */
export function decidingBodyDetail(check: DecidingBodyCheck, facts: EventFacts | undefined): string | undefined {
  if (check.ok) return undefined;
  const basis = facts?.ruleValues?.[RULE.DECIDING_BODY]?.legalBasis;
  const cite = basis ? ` (${basis})` : '';
  if (check.reason === 'NO_RULE') return `Chưa có quy tắc ${RULE.DECIDING_BODY} có hiệu lực vào ngày quyết định: cấp ủy cần bổ sung trước khi quyết định.`;
  if (check.reason === 'LEVEL_NOT_COVERED') {
    return `Quy tắc ${RULE.DECIDING_BODY} chưa nêu tổ chức có thẩm quyền đối với cấp: ${check.levels.map((l) => LEVEL_LABELS[l] ?? l).join('; ')}.`;
  }
  if (check.allowed.length === 0) return `Không có tổ chức nào có thẩm quyền chung cho tất cả các cấp của các tổ chức liên quan${cite}.`;
  return `Tổ chức có thẩm quyền quyết định: ${check.allowed.map(bodyLabel).join('; ')}${cite}.`;
}
