import { viDate } from '@hoso/kernel/legal-time';
import { endingUnits, Role, type OrgChangePlan, type OrgChangeProblem } from '@hoso/workflows';
import { activeOn, unitLabel, type OrgWorld } from './org-change-world';

const ROLES = new Set<string>(Object.values(Role));

/**
 * What a plan gets wrong against the tree on its effective date (after the plan's own shape, checked by
 * planShapeProblems): units that do not exist or are not active, units outside the deciding unit's subtree, a move
 * into its own subtree, a successor that has ended, a new unit's code already used, an open case of a split unit
 * without a successor, a dissolution that leaves active units below, unknown users and roles. Pure.
 */
export function treeProblems(plan: OrgChangePlan, w: OrgWorld): OrgChangeProblem[] {
  const problems: OrgChangeProblem[] = [];
  const add = (code: string, message: string, field?: string) => {
    if (!problems.some((p) => p.code === code && p.message === message)) problems.push({ code, message, ...(field ? { field } : {}) });
  };
  const day = plan.effectiveDate;
  const decider = w.decider;
  if (!decider) {
    add('UNIT_NOT_FOUND', 'Không tìm thấy tổ chức ra quyết định.', 'deciderUnitId');
    return problems;
  }
  const ending = new Set(endingUnits(plan));

  /** The unit exists, lies in the decider's subtree and is active on the day; answers it when it exists. */
  const existing = (id: string, field: string) => {
    const u = w.units.get(id);
    if (!u) {
      add('UNIT_NOT_FOUND', `Không tìm thấy tổ chức có mã định danh ${id}.`, field);
      return undefined;
    }
    if (!u.path.startsWith(decider.path)) {
      add('OUTSIDE_SCOPE', `${unitLabel(u)} không thuộc phạm vi của ${unitLabel(decider)} (tổ chức ra quyết định).`, field);
    }
    return u;
  };
  const notActive = (u: NonNullable<ReturnType<typeof existing>>, field: string) => {
    if (u.validFrom > day) add('UNIT_NOT_ACTIVE', `${unitLabel(u)} chỉ hoạt động từ ngày ${viDate(u.validFrom)}, sau ngày có hiệu lực ${viDate(day)}.`, field);
    else if (u.validTo !== null && u.validTo <= day) {
      add('UNIT_NOT_ACTIVE', `${unitLabel(u)} đã kết thúc hoạt động từ ngày ${viDate(u.validTo)}, trước ngày có hiệu lực ${viDate(day)}.`, field);
    }
  };
  /** A unit that takes something over (records, cases, members, child units, roles, a moved unit). */
  const successor = (id: string | undefined, field: string) => {
    if (!id) return;
    const u = existing(id, field);
    if (!u) return;
    if ((u.validTo !== null && u.validTo <= day) || ending.has(id)) {
      add('SUCCESSOR_ENDED', `${unitLabel(u)} đã kết thúc hoạt động (hoặc kết thúc theo chính quyết định này) nên không thể tiếp nhận.`, field);
    } else if (u.validFrom > day) notActive(u, field);
  };

  plan.units.forEach((id, i) => {
    const u = existing(id, `units[${i}]`);
    if (u) notActive(u, `units[${i}]`);
  });
  plan.newUnits.forEach((n, i) => {
    successor(n.parentId, `newUnits[${i}].parentId`);
    if (w.takenCodes.has(n.code)) add('CODE_TAKEN', `Mã ${n.code} (tổ chức mới "${n.name}") đã được dùng cho một tổ chức khác.`, `newUnits[${i}].code`);
  });
  if (plan.kind === 'ABSORB') successor(plan.intoUnitId, 'intoUnitId');
  if (plan.kind === 'MOVE' && plan.newParentId) {
    successor(plan.newParentId, 'newParentId');
    const unit = w.units.get(plan.units[0]);
    const parent = w.units.get(plan.newParentId);
    if (unit && parent && parent.path.startsWith(unit.path)) {
      const what = parent.id === unit.id ? 'chính nó' : `${unitLabel(parent)}, một tổ chức trực thuộc nó`;
      add('CYCLE', `Không thể chuyển ${unitLabel(unit)} về trực thuộc ${what}: cây tổ chức sẽ có vòng lặp.`, 'newParentId');
    } else if (unit && parent && unit.parentId === parent.id) {
      add('NO_CHANGE', `${unitLabel(unit)} đã trực thuộc ${unitLabel(parent)}.`, 'newParentId');
    }
  }
  if (plan.kind === 'RENAME') {
    const unit = w.units.get(plan.units[0]);
    if (unit && plan.newName?.trim() === unit.name) add('NO_CHANGE', `${unitLabel(unit)} đã mang tên này.`, 'newName');
  }
  successor(plan.recordsTo?.unitId, 'recordsTo');
  (plan.caseSuccessors ?? []).forEach((s, i) => successor(s.to.unitId, `caseSuccessors[${i}]`));
  (plan.memberSuccessors ?? []).forEach((s, i) => successor(s.to.unitId, `memberSuccessors[${i}]`));
  (plan.childSuccessors ?? []).forEach((s, i) => successor(s.to.unitId, `childSuccessors[${i}]`));
  (plan.roles ?? []).forEach((s, i) => successor(s.to.unitId, `roles[${i}]`));

  const named = new Set((plan.caseSuccessors ?? []).map((s) => s.caseId));
  const open = new Set(w.openCases.map((c) => c.id));
  if (plan.kind === 'SPLIT') {
    const split = w.units.get(plan.units[0]);
    const missing = w.openCases.filter((c) => !named.has(c.id));
    if (split && missing.length > 0) {
      add(
        'SPLIT_CASE_WITHOUT_SUCCESSOR',
        `Chưa nêu tổ chức kế tục cho ${missing.length} hồ sơ đang giải quyết của ${unitLabel(split)}: ${missing.map((c) => `"${c.title}"`).join(', ')}.`,
        'caseSuccessors',
      );
    }
  }
  (plan.caseSuccessors ?? []).forEach((s, i) => {
    if (!open.has(s.caseId)) add('CASE_NOT_CONCERNED', `Hồ sơ ${s.caseId} không phải hồ sơ đang giải quyết của tổ chức kết thúc hoạt động.`, `caseSuccessors[${i}]`);
  });
  const members = new Set(w.members.map((p) => p.id));
  (plan.memberSuccessors ?? []).forEach((s, i) => {
    if (!members.has(s.personId)) add('MEMBER_NOT_CONCERNED', `Hồ sơ cá nhân ${s.personId} không do tổ chức kết thúc hoạt động quản lý.`, `memberSuccessors[${i}]`);
  });
  const children = new Set(w.children.map((c) => c.id));
  (plan.childSuccessors ?? []).forEach((s, i) => {
    const u = w.units.get(s.unitId);
    if (!children.has(s.unitId)) {
      add('CHILD_NOT_CONCERNED', `${u ? unitLabel(u) : s.unitId} không phải tổ chức trực thuộc đang hoạt động của tổ chức kết thúc hoạt động.`, `childSuccessors[${i}]`);
    }
  });
  if (plan.kind === 'DISSOLVE' && w.children.length > 0) {
    const unit = w.units.get(plan.units[0]);
    add(
      'ACTIVE_CHILDREN',
      `${unit ? unitLabel(unit) : 'Tổ chức giải thể'} còn ${w.children.length} tổ chức trực thuộc đang hoạt động (${w.children.map(unitLabel).join(', ')}): ` +
        'cần chuyển, sáp nhập hoặc giải thể các tổ chức này trước.',
      'units[0]',
    );
  }
  (plan.roles ?? []).forEach((r, i) => {
    if (!w.users.has(r.userId)) add('USER_NOT_FOUND', `Không tìm thấy người dùng ${r.userId} được chỉ định.`, `roles[${i}].userId`);
    if (!ROLES.has(r.role)) add('ROLE_UNKNOWN', `Vai trò "${r.role}" không có trong hệ thống.`, `roles[${i}].role`);
  });
  return problems;
}

/** Dates of the right shape that are no day of the calendar (2026-02-30): refused before the tree is read. Pure. */
export function calendarDateProblems(plan: OrgChangePlan): OrgChangeProblem[] {
  // An impossible day either rolls over (2026-02-30 → 03-02) or is an invalid Date, whose toISOString throws.
  const isReal = (d: string) => {
    try {
      return new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
    } catch {
      return false;
    }
  };
  return [
    ...(isReal(plan.effectiveDate) ? [] : [{ code: 'BAD_DATE', message: `Ngày có hiệu lực ${plan.effectiveDate} không có trong lịch.`, field: 'effectiveDate' }]),
    ...(isReal(plan.decision.date) ? [] : [{ code: 'BAD_DATE', message: `Ngày quyết định ${plan.decision.date} không có trong lịch.`, field: 'decision.date' }]),
  ];
}
