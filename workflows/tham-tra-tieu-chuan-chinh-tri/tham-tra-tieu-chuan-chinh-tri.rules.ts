// The legal values the political-standard verification reads, from rule rows (migrations/1795303400000-PoliticalStandardRules.ts):
// which body concludes for a purpose and a cadre-management level (PS.CONCLUDING_BODY) and the steps' deadlines. No
// text found states any of them (changes-2026.md §5.4, §7 POLITICAL_STANDARD.*): they are settings a committee fills in,
// and a conclusion is refused while no row names its body — never guessed. Pure.
import type { EventFacts, Level } from '../shared/facts';
import { LEVEL_LABELS } from '../shared/value-labels';
import type { ConcludingBodyKind, Purpose } from './tham-tra-tieu-chuan-chinh-tri.events';
import { CONCLUDING_BODY_LABELS, PURPOSE_LABELS } from './tham-tra-tieu-chuan-chinh-tri.texts';

export const RULE = {
  CONCLUDING_BODY: 'PS.CONCLUDING_BODY',
  BACKGROUND_CHECK: 'PS.BACKGROUND_CHECK',
  TASK_ANSWER: 'PS.TASK_ANSWER',
  CONCLUSION: 'PS.CONCLUSION',
  HIGHER_OPINION: 'PS.HIGHER_OPINION',
} as const;

export interface ConcludingBody {
  kind: ConcludingBodyKind;
  level: Level;
}

/** One row of PS.CONCLUDING_BODY: the bodies that conclude for a cadre-management level (and a purpose, or any). */
interface ConcludingRow {
  managementLevel: Level;
  purpose?: Purpose;
  bodies: ConcludingBody[];
}

export type ConcludingBodyCheck =
  | { ok: true }
  | { ok: false; reason: 'NO_RULE' }
  | { ok: false; reason: 'NOT_COVERED' }
  | { ok: false; reason: 'NOT_ALLOWED'; allowed: ConcludingBody[] };

function rowsOf(facts: EventFacts | undefined): ConcludingRow[] | null {
  const rows = (facts?.ruleValues?.[RULE.CONCLUDING_BODY]?.data as { rows?: unknown } | null | undefined)?.rows;
  if (!Array.isArray(rows)) return null;
  return rows.filter(
    (r): r is ConcludingRow =>
      typeof r === 'object' && r !== null && typeof (r as ConcludingRow).managementLevel === 'string' && Array.isArray((r as ConcludingRow).bodies),
  );
}

/**
 * May `body` conclude a verification for `purpose` at `level`? A row for the purpose wins over a row for any purpose.
 * No row in force (the setting is still empty): refused, naming the rule.
 */
export function checkConcludingBody(facts: EventFacts | undefined, purpose: Purpose, level: Level, body: ConcludingBody): ConcludingBodyCheck {
  const rows = rowsOf(facts);
  if (!rows) return { ok: false, reason: 'NO_RULE' };
  const atLevel = rows.filter((r) => r.managementLevel === level);
  const row = atLevel.find((r) => r.purpose === purpose) ?? atLevel.find((r) => r.purpose === undefined);
  if (!row) return { ok: false, reason: 'NOT_COVERED' };
  return row.bodies.some((b) => b.kind === body.kind && b.level === body.level) ? { ok: true } : { ok: false, reason: 'NOT_ALLOWED', allowed: row.bodies };
}

export const concludingBodyLabel = (b: ConcludingBody): string =>
  `${CONCLUDING_BODY_LABELS[b.kind] ?? b.kind} (${LEVEL_LABELS[b.level] ?? b.level})`;

/** What the refusal says beyond the guard's message. */
export function concludingBodyDetail(check: ConcludingBodyCheck, facts: EventFacts | undefined, purpose: Purpose, level: Level): string | undefined {
  if (check.ok) return undefined;
  const basis = facts?.ruleValues?.[RULE.CONCLUDING_BODY]?.legalBasis;
  const cite = basis ? ` (${basis})` : '';
  const on = facts?.legalDate?.date;
  if (check.reason === 'NO_RULE') {
    return `Chưa có giá trị cho quy tắc ${RULE.CONCLUDING_BODY} (cơ quan kết luận tiêu chuẩn chính trị)${on ? ` áp dụng vào ngày ${on}` : ''}${cite}: cấp ủy cần xác nhận trước khi kết luận.`;
  }
  if (check.reason === 'NOT_COVERED') {
    return `Quy tắc ${RULE.CONCLUDING_BODY} chưa nêu cơ quan kết luận cho mục đích "${PURPOSE_LABELS[purpose]}", cấp quản lý ${LEVEL_LABELS[level]}${cite}.`;
  }
  return `Cơ quan có thẩm quyền kết luận: ${check.allowed.map(concludingBodyLabel).join('; ')}${cite}.`;
}
