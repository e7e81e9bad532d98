// A structural change of the organisation tree (founding, merging, splitting, absorbing, moving, renaming,
// dissolving a Party organisation; docs/domain/changes-2026.md §2, §5.1): the plan a decision carries. Pure data and
// pure checks; the service checks it against the tree (units exist on the effective date, scope, cycles, open cases)
// and applies it in one transaction on the effective date (libs/organisations).
import type { Level } from './facts';

export const ORG_CHANGE_KINDS = ['FOUND', 'MERGE', 'SPLIT', 'ABSORB', 'MOVE', 'RENAME', 'DISSOLVE'] as const;
export type OrgChangeKind = (typeof ORG_CHANGE_KINDS)[number];

export const ORG_CHANGE_KIND_LABELS: Readonly<Record<OrgChangeKind, string>> = {
  FOUND: 'Thành lập',
  MERGE: 'Hợp nhất',
  SPLIT: 'Chia tách',
  ABSORB: 'Sáp nhập',
  MOVE: 'Điều chuyển trực thuộc',
  RENAME: 'Đổi tên',
  DISSOLVE: 'Giải thể',
};

/** A unit named by a plan: an existing one by id, or one the same plan founds, by its key in `newUnits`. */
export type UnitRef = { unitId: string; newUnit?: undefined } | { newUnit: string; unitId?: undefined };

/** A unit the decision founds (FOUND: one; MERGE: the one the others merge into; SPLIT: two or more). */
export interface NewUnitPlan {
  /** Local key other parts of the plan refer to (`{ newUnit: key }`). */
  key: string;
  code: string;
  name: string;
  level: Level;
  /** An existing unit (or, never, a new one): the unit it sits under from the effective date. */
  parentId: string;
}

export interface OrgChangePlan {
  kind: OrgChangeKind;
  /** ISO date (Vietnam): the change takes effect at 00:00 of this day. */
  effectiveDate: string;
  /** The decision that makes the change (number and symbol, ISO date, the body that signed it). */
  decision: { number: string; date: string; body: string };
  /**
   * The existing units the change is about: MERGE ≥ 2 (they end), SPLIT 1 (it ends), ABSORB ≥ 1 (they end, absorbed
   * into `intoUnitId`), DISSOLVE 1 (it ends), MOVE 1 and RENAME 1 (they continue), FOUND none.
   */
  units: readonly string[];
  /** FOUND 1, MERGE 1, SPLIT ≥ 2; none otherwise. */
  newUnits: readonly NewUnitPlan[];
  /** ABSORB: the existing unit that takes the others in. */
  intoUnitId?: string;
  /** MOVE: the unit it sits under from the effective date. */
  newParentId?: string;
  /** RENAME: the new name. */
  newName?: string;
  /**
   * Who receives the records (and, for the statistics rolled up to today's units, the closed cases) of the units
   * that end, and whatever the plan does not name otherwise: MERGE the new unit, ABSORB `intoUnitId` (both by
   * default); SPLIT one of the new units and DISSOLVE an existing unit (usually the upper committee) must be named.
   */
  recordsTo?: UnitRef;
  /**
   * SPLIT: every open case of the split unit must be named here (a split never guesses); DISSOLVE: cases named here
   * go there, the rest to `recordsTo`.
   */
  caseSuccessors?: readonly { caseId: string; to: UnitRef }[];
  /** SPLIT and DISSOLVE: where each member's party activity moves; members not named go to `recordsTo`. */
  memberSuccessors?: readonly { personId: string; to: UnitRef }[];
  /** SPLIT: where each unit directly under the split unit goes; those not named go to `recordsTo`. */
  childSuccessors?: readonly { unitId: string; to: UnitRef }[];
  /** The people the decision designates to roles in the successors (chỉ định), from the effective date. */
  roles?: readonly { userId: string; to: UnitRef; role: string }[];
}

/** One reason a plan cannot be applied: a stable code for programs and a Vietnamese sentence for people. */
export interface OrgChangeProblem {
  code: string;
  message: string;
  /** The part of the plan at fault (e.g. `units[1]`, `caseSuccessors`). */
  field?: string;
}

/** What applying a plan did (also the answer of a dry run, with nothing written). */
export interface OrgChangeOutcome {
  changeId: string | null;
  kind: OrgChangeKind;
  effectiveDate: string;
  unitsEnded: readonly string[];
  unitsFounded: readonly { key: string; id: string }[];
  unitsChanged: readonly string[];
  casesMoved: number;
  membersMoved: number;
  childUnitsMoved: number;
  rolesEnded: number;
  rolesAssigned: number;
  /** Rule and authority overrides of the units that end: reported for a committee to confirm, never copied. */
  overridesToConfirm: readonly { kind: 'RULE' | 'AUTHORITY'; id: string; unitId: string; key: string; label: string }[];
}

/** The fact a step asks for to check a plan against the tree (EventSpec.facts: `{ fact: 'orgChange', plan }`). */
export interface OrgChangeFact {
  problems: readonly OrgChangeProblem[];
  /** What the plan would do if applied now (counts; nothing written). */
  preview: OrgChangeOutcome | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * What a plan gets wrong by itself, without the tree: the shape its kind requires, dates, references to new units it
 * does not found. Pure; the service adds the checks that need the tree.
 */
export function planShapeProblems(plan: OrgChangePlan): OrgChangeProblem[] {
  const problems: OrgChangeProblem[] = [];
  const add = (code: string, message: string, field?: string) => problems.push({ code, message, ...(field ? { field } : {}) });
  if (!ISO_DATE.test(plan.effectiveDate)) add('BAD_DATE', 'Ngày có hiệu lực không hợp lệ (YYYY-MM-DD).', 'effectiveDate');
  if (!ISO_DATE.test(plan.decision?.date ?? '')) add('BAD_DATE', 'Ngày quyết định không hợp lệ (YYYY-MM-DD).', 'decision.date');
  if (ISO_DATE.test(plan.effectiveDate) && ISO_DATE.test(plan.decision?.date ?? '') && plan.effectiveDate < plan.decision.date) {
    add('EFFECTIVE_BEFORE_DECISION', `Ngày có hiệu lực (${plan.effectiveDate}) không thể trước ngày quyết định (${plan.decision.date}).`, 'effectiveDate');
  }
  const units = plan.units ?? [];
  const news = plan.newUnits ?? [];
  const count = (n: number, min: number, max: number) => n >= min && n <= max;
  const shape: Record<OrgChangeKind, [number, number, number, number, string]> = {
    FOUND: [0, 0, 1, 1, 'Thành lập: không nêu tổ chức hiện có, nêu đúng một tổ chức mới.'],
    MERGE: [2, Infinity, 1, 1, 'Hợp nhất: ít nhất hai tổ chức hợp nhất thành đúng một tổ chức mới.'],
    SPLIT: [1, 1, 2, Infinity, 'Chia tách: một tổ chức chia thành ít nhất hai tổ chức mới.'],
    ABSORB: [1, Infinity, 0, 0, 'Sáp nhập: ít nhất một tổ chức sáp nhập vào một tổ chức hiện có, không thành lập tổ chức mới.'],
    MOVE: [1, 1, 0, 0, 'Điều chuyển: đúng một tổ chức, không thành lập tổ chức mới.'],
    RENAME: [1, 1, 0, 0, 'Đổi tên: đúng một tổ chức, không thành lập tổ chức mới.'],
    DISSOLVE: [1, 1, 0, 0, 'Giải thể: đúng một tổ chức, không thành lập tổ chức mới.'],
  };
  const [uMin, uMax, nMin, nMax, text] = shape[plan.kind];
  if (!count(units.length, uMin, uMax) || !count(news.length, nMin, nMax)) add('PLAN_SHAPE', text, 'units');
  if (new Set(units).size !== units.length) add('DUPLICATE_UNIT', 'Một tổ chức được nêu hai lần.', 'units');
  const keys = new Set<string>();
  news.forEach((n, i) => {
    if (!n.key || keys.has(n.key)) add('DUPLICATE_NEW_UNIT', `Tổ chức mới thứ ${i + 1} không có khóa riêng.`, `newUnits[${i}].key`);
    keys.add(n.key);
  });
  const codes = news.map((n) => n.code);
  if (new Set(codes).size !== codes.length) add('DUPLICATE_CODE', 'Hai tổ chức mới trùng mã.', 'newUnits');
  if (plan.kind === 'ABSORB' && !plan.intoUnitId) add('PLAN_SHAPE', 'Sáp nhập: chưa nêu tổ chức tiếp nhận.', 'intoUnitId');
  if (plan.kind === 'ABSORB' && plan.intoUnitId && units.includes(plan.intoUnitId)) add('ABSORB_INTO_ITSELF', 'Tổ chức tiếp nhận không thể là tổ chức bị sáp nhập.', 'intoUnitId');
  if (plan.kind === 'MOVE' && !plan.newParentId) add('PLAN_SHAPE', 'Điều chuyển: chưa nêu tổ chức cấp trên mới.', 'newParentId');
  if (plan.kind === 'RENAME' && !plan.newName?.trim()) add('PLAN_SHAPE', 'Đổi tên: chưa nêu tên mới.', 'newName');
  if ((plan.kind === 'SPLIT' || plan.kind === 'DISSOLVE') && !plan.recordsTo) {
    add('RECORDS_TO_MISSING', 'Chưa nêu tổ chức tiếp nhận hồ sơ, tài liệu của tổ chức kết thúc hoạt động.', 'recordsTo');
  }
  // Every reference to a new unit names one the plan founds.
  const refs: [UnitRef | undefined, string][] = [
    [plan.recordsTo, 'recordsTo'],
    ...(plan.caseSuccessors ?? []).map((s, i) => [s.to, `caseSuccessors[${i}]`] as [UnitRef, string]),
    ...(plan.memberSuccessors ?? []).map((s, i) => [s.to, `memberSuccessors[${i}]`] as [UnitRef, string]),
    ...(plan.childSuccessors ?? []).map((s, i) => [s.to, `childSuccessors[${i}]`] as [UnitRef, string]),
    ...(plan.roles ?? []).map((s, i) => [s.to, `roles[${i}]`] as [UnitRef, string]),
  ];
  for (const [r, field] of refs) {
    if (r?.newUnit && !keys.has(r.newUnit)) add('UNKNOWN_NEW_UNIT', `"${r.newUnit}" không phải tổ chức mới của quyết định này.`, field);
    if (r && !r.newUnit && !r.unitId) add('PLAN_SHAPE', 'Thiếu tổ chức kế tục.', field);
  }
  const caseIds = (plan.caseSuccessors ?? []).map((s) => s.caseId);
  if (new Set(caseIds).size !== caseIds.length) add('DUPLICATE_CASE', 'Một hồ sơ được giao cho hai tổ chức kế tục.', 'caseSuccessors');
  const personIds = (plan.memberSuccessors ?? []).map((s) => s.personId);
  if (new Set(personIds).size !== personIds.length) add('DUPLICATE_MEMBER', 'Một đảng viên được chuyển đến hai tổ chức.', 'memberSuccessors');
  return problems;
}

/**
 * The units that end with the change (their `valid_to` becomes the effective date) and the one that takes whatever
 * the plan does not name otherwise (records, closed cases rolled up, members by default). Pure.
 */
export function endingUnits(plan: OrgChangePlan): readonly string[] {
  return plan.kind === 'MERGE' || plan.kind === 'SPLIT' || plan.kind === 'ABSORB' || plan.kind === 'DISSOLVE' ? plan.units : [];
}

export function defaultSuccessor(plan: OrgChangePlan): UnitRef | undefined {
  if (plan.recordsTo) return plan.recordsTo;
  if (plan.kind === 'MERGE') return plan.newUnits[0] ? { newUnit: plan.newUnits[0].key } : undefined;
  if (plan.kind === 'ABSORB') return plan.intoUnitId ? { unitId: plan.intoUnitId } : undefined;
  return undefined;
}
