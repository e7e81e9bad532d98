// The admission dossier step by step (docs/domain/procedures.md §9.3, 12-HD/BTCTW 2022 [S35][S36][S37][S38][S48]): which
// form codes must be among the case's uploaded documents before each step is law, read from the rule FORMS.KND in
// force on the step's date (a table of requirements); this file only reads and applies it. The catalogue of form codes
// and their names (what an upload may carry) is in ket-nap-dang-vien.texts.ts.
import type { DossierItemFact, EventFacts } from '../shared/facts';
import { citation, ruleTable, RULE, type Problem } from './ket-nap-dang-vien.rules';
import { FORM_CODES, FORM_LABELS, type FormCode } from './ket-nap-dang-vien.texts';

export { FORM_CODES, FORM_LABELS, type FormCode };

/** The steps that check the dossier. */
export const DOSSIER_STAGES = [
  'verification', 'cellVote', 'grassrootsVote', 'admissionDecision', 'recognitionVote', 'strikeOffVote', 'recognitionDecision',
] as const;
export type DossierStage = (typeof DOSSIER_STAGES)[number];

/** When a requirement applies (otherwise always). */
export const DOSSIER_CONDITIONS = ['UNION_INTRODUCED', 'SECTION_COMMITTEE'] as const;
export type DossierCondition = (typeof DOSSIER_CONDITIONS)[number];

/** ONE document, or one per party-member introducer (at least one). */
export const DOSSIER_COUNTS = ['ONE', 'PER_MEMBER_INTRODUCER'] as const;

/**
 * One row of FORMS.KND: before `stage`, a document with one of `codes` (e.g. a Youth Union or a trade-union
 * resolution), `count` of them, stamped across pages where §9.6 requires it, under a condition or always. Documents a
 * step itself produces (6-KNĐ by the cell vote, 9-KNĐ by the decision…) are required by the next one.
 */
export interface DossierRequirement {
  stage: DossierStage;
  codes: readonly FormCode[];
  count: (typeof DOSSIER_COUNTS)[number];
  stamped?: boolean;
  when?: DossierCondition;
}

export type DossierRules = { ok: true; rows: readonly DossierRequirement[]; citation: string } | { ok: false; problems: Problem[] };

const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T => typeof v === 'string' && (list as readonly string[]).includes(v);

/** The requirements in force (FORMS.KND), each row checked: a code outside the catalogue or an unknown step refuses. */
export function dossierRules(facts: EventFacts | undefined): DossierRules {
  const table = ruleTable(facts, RULE.FORMS);
  if (!table.ok) return { ok: false, problems: [table.problem] };
  const rows: DossierRequirement[] = [];
  const bad: string[] = [];
  table.value.forEach((r, i) => {
    const codes = Array.isArray(r.codes) ? r.codes : [];
    const valid =
      oneOf(DOSSIER_STAGES, r.stage) && codes.length > 0 && codes.every((c) => oneOf(FORM_CODES, c)) && oneOf(DOSSIER_COUNTS, r.count) &&
      (r.stamped === undefined || typeof r.stamped === 'boolean') && (r.when === undefined || oneOf(DOSSIER_CONDITIONS, r.when));
    if (valid) rows.push(r as unknown as DossierRequirement);
    else bad.push(`dòng ${i + 1} (${JSON.stringify(r)})`);
  });
  if (bad.length > 0) {
    return { ok: false, problems: [{ code: 'DOSSIER_RULE_INVALID', message: `Bảng ${RULE.FORMS} (${citation(table.fact)}) có dòng không đọc được: ${bad.join('; ')}; cấp ủy cần xác nhận lại bảng này.` }] };
  }
  return { ok: true, rows, citation: citation(table.fact) };
}

export interface DossierConditions {
  /** A Youth Union or trade-union executive introduced the applicant. */
  unionIntroduced: boolean;
  /** Party members among the current introducers. */
  memberIntroducers: number;
  hasSectionCommittee: boolean;
}

export interface MissingDossierItem {
  codes: readonly FormCode[];
  needed: number;
  /** Documents with one of the codes (stamped ones only, when stamping is required). */
  found: number;
  /** Documents found but not stamped across pages. */
  unstamped: number;
}

const normal = (code: string): string => code.normalize('NFC').trim().toUpperCase();

/** The items a stage needs under the case's conditions. */
export function dossierChecklist(
  stage: DossierStage, conditions: DossierConditions, rows: readonly DossierRequirement[],
): { requirement: DossierRequirement; needed: number }[] {
  return rows
    .filter((r) => r.stage === stage)
    .filter((r) => r.when === undefined || (r.when === 'UNION_INTRODUCED' ? conditions.unionIntroduced : conditions.hasSectionCommittee))
    .map((requirement) => ({ requirement, needed: requirement.count === 'ONE' ? 1 : Math.max(1, conditions.memberIntroducers) }));
}

/** Pure: what the stage still lacks among the uploaded documents (empty when complete). */
export function missingDossierItems(
  stage: DossierStage, conditions: DossierConditions, items: readonly DossierItemFact[], rows: readonly DossierRequirement[],
): MissingDossierItem[] {
  const missing: MissingDossierItem[] = [];
  for (const { requirement, needed } of dossierChecklist(stage, conditions, rows)) {
    const codes = new Set(requirement.codes.map(normal));
    const matching = items.filter((i) => codes.has(normal(i.formCode)));
    const usable = requirement.stamped ? matching.filter((i) => i.stampedAcrossPages) : matching;
    if (usable.length < needed) {
      missing.push({ codes: requirement.codes, needed, found: usable.length, unstamped: matching.length - usable.length });
    }
  }
  return missing;
}

/** Vietnamese list naming each missing form code, e.g. "1-KNĐ (Đơn xin vào Đảng); 3-KNĐ (cần 2, mới có 1)". */
export function missingDossierText(missing: readonly MissingDossierItem[]): string {
  return missing
    .map((m) => {
      const name = m.codes.join(' hoặc ');
      const label = m.codes.length === 1 ? ` (${FORM_LABELS[m.codes[0]]})` : '';
      const count = m.needed > 1 ? `, cần ${m.needed}, mới có ${m.found}` : '';
      const stamp = m.unstamped > 0 ? `, có ${m.unstamped} bản chưa đóng dấu giáp lai` : '';
      return `${name}${label}${count}${stamp}`;
    })
    .join('; ');
}
