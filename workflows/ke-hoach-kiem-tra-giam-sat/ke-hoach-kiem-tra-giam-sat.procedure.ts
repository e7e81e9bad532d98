import { CHILD_CONCLUDED, ChildConcludedPayload } from '../shared/child-case';
import { inputDateProblems } from '../shared/input-dates';
import type { CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  AddItemsPayload, AdoptPlanPayload, PlanDeadlineMissedPayload, PlanInput, ProgressReportPayload, ReportPlanUpPayload, RevisePlanPayload,
  WithdrawPlanPayload, YearReportPayload,
} from './ke-hoach-kiem-tra-giam-sat.events';
import { itemProblems, PLAN_PROCEDURE_ID, planMachineV1, planProblems, planTitle, type ContextPlan, type EventPlan } from './ke-hoach-kiem-tra-giam-sat.machine';
import { PLAN_RULE } from './ke-hoach-kiem-tra-giam-sat.rules';
import { FIELD_TEXTS_PLAN, VALUE_LABELS_PLAN } from './ke-hoach-kiem-tra-giam-sat.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;
// The secretary drafts (a committee's inspection commission for a committee's plan); the meeting adopts, recorded by
// its chair; the office and the commission report.
const DRAFTERS = [SEC, BTV, UBKT] as const;
const CHAIRS = [SEC, BTV] as const;
const REPORTERS = [SEC, BTV, UBKT, OFFICE] as const;

/** Report categories (≤ 32 characters). */
export type PlanCategory = 'DRAFTING' | 'ADOPTED' | 'IN_PROGRESS' | 'YEAR_REPORTED' | 'COMPLETED' | 'WITHDRAWN';

const CATEGORY_LABELS: Record<PlanCategory, string> = {
  DRAFTING: 'Đang dự thảo, chờ chi bộ thông qua',
  ADOPTED: 'Đã thông qua, chờ báo cáo cấp trên',
  IN_PROGRESS: 'Đang thực hiện',
  YEAR_REPORTED: 'Đã báo cáo năm, còn nội dung đang tiến hành',
  COMPLETED: 'Đã hoàn thành',
  WITHDRAWN: 'Đã rút',
};

function category(state: string): PlanCategory {
  if (state === 'drafting') return 'DRAFTING';
  if (state === 'running.toReportUp') return 'ADOPTED';
  if (state === 'running.inProgress') return 'IN_PROGRESS';
  if (state === 'yearReported') return 'YEAR_REPORTED';
  if (state === 'withdrawn') return 'WITHDRAWN';
  return 'COMPLETED';
}

const ADOPTION_FACTS = [{ fact: 'ruleValues', keys: [PLAN_RULE.THRESHOLD, PLAN_RULE.QUORUM, PLAN_RULE.ITEM_NOTICE] }] as const;

export const keHoachKiemTraGiamSatV1: ProcedureDefinition = {
  id: PLAN_PROCEDURE_ID,
  version: 1,
  title: 'Kế hoạch kiểm tra, giám sát năm của chi bộ (cấp ủy)',
  legalBasis:
    'Điều lệ Đảng, Chương VII và Điều 9 khoản 5; Quy định 296-QĐ/TW ngày 30/5/2025 (chương kiểm tra, giám sát); Quy định 1127-QĐ/TU ngày 14/7/2023 của Tỉnh ủy Bình Phước (quy trình của chi bộ)',
  machine: planMachineV1,
  input: PlanInput,
  createRoles: DRAFTERS,
  documentKinds: {
    'KH-KTGS-NAM': { label: 'Kế hoạch kiểm tra, giám sát năm (dự thảo, bản được thông qua)', steps: { REVISE_DRAFT: 'EXPECTED', ADOPT: 'REQUIRED' } },
    'BB-HOP-CB': { label: 'Biên bản họp chi bộ thông qua kế hoạch', steps: { ADOPT: 'REQUIRED', ADD_ITEMS: 'REQUIRED' } },
    'BC-KH-CAP-TREN': { label: 'Văn bản báo cáo kế hoạch lên cấp ủy cấp trên', steps: { REPORT_PLAN_UP: 'REQUIRED' } },
    'BC-TIEN-DO': { label: 'Báo cáo kết quả thực hiện kế hoạch theo kỳ', steps: { REPORT_PROGRESS: 'EXPECTED' } },
    'BC-NAM-KTGS': { label: 'Báo cáo kết quả công tác kiểm tra, giám sát năm', steps: { YEAR_END_REPORT: 'REQUIRED' } },
  },
  events: {
    REVISE_DRAFT: { label: 'Điều chỉnh dự thảo kế hoạch', roles: DRAFTERS, payload: RevisePlanPayload },
    ADOPT: { label: 'Chi bộ họp thông qua kế hoạch', roles: CHAIRS, payload: AdoptPlanPayload, facts: ADOPTION_FACTS, legalDate: ['meetingDate'] },
    WITHDRAW: { label: 'Rút kế hoạch (nêu lý do)', roles: CHAIRS, payload: WithdrawPlanPayload, legalDate: ['withdrawnOn'] },
    REPORT_PLAN_UP: { label: 'Báo cáo kế hoạch lên cấp ủy cấp trên', roles: REPORTERS, payload: ReportPlanUpPayload, legalDate: ['reportedOn'] },
    REPORT_PROGRESS: { label: 'Báo cáo kết quả thực hiện kế hoạch theo kỳ', roles: REPORTERS, payload: ProgressReportPayload, legalDate: ['reportedOn'] },
    ADD_ITEMS: { label: 'Chi bộ thông qua nội dung bổ sung', roles: CHAIRS, payload: AddItemsPayload, facts: ADOPTION_FACTS, legalDate: ['meetingDate'] },
    YEAR_END_REPORT: { label: 'Báo cáo kết quả kiểm tra, giám sát năm', roles: REPORTERS, payload: YearReportPayload, legalDate: ['reportedOn'] },
    // Sent only by the system when an item concludes (or is cancelled, or its follow-up ends): no role may send it.
    [CHILD_CONCLUDED]: { label: 'Nội dung kiểm tra, giám sát đã có kết quả (hệ thống ghi nhận)', roles: [], payload: ChildConcludedPayload },
    DEADLINE_MISSED: { label: 'Quá hạn (hệ thống ghi nhận)', roles: [], payload: PlanDeadlineMissedPayload },
  },
  stateLabels: {
    drafting: 'Đang dự thảo – chờ chi bộ thông qua',
    'running.toReportUp': 'Đã thông qua – chờ báo cáo cấp ủy cấp trên',
    'running.inProgress': 'Đang thực hiện kế hoạch',
    yearReported: 'Đã báo cáo năm – chờ các nội dung còn lại kết thúc',
    closed: 'Đã hoàn thành kế hoạch',
    withdrawn: 'Đã rút kế hoạch',
  },
  fieldTexts: FIELD_TEXTS_PLAN,
  valueLabels: VALUE_LABELS_PLAN,
  guardMessages: {
    revisionValid: 'Dự thảo điều chỉnh chưa hợp lệ:',
    meetingValid: 'Chưa ghi nhận được cuộc họp chi bộ:',
    withdrawDateValid: 'Ngày rút kế hoạch chưa hợp lệ:',
    reportDateValid: 'Ngày báo cáo chưa hợp lệ:',
    adopted: 'Biểu quyết chưa đạt tỷ lệ thông qua.',
    fromPlanItem: 'Chỉ kết quả của nội dung do kế hoạch này mở mới được ghi nhận (mỗi nội dung một lần).',
    allItemsSettled: 'Còn nội dung chưa kết luận hoặc chưa hủy: kế hoạch chưa kết thúc được.',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo quá hạn cũ không còn hiệu lực.',
  },
  automaticConditions: {
    allItemsSettled: 'Mọi nội dung đã kết luận hoặc đã hủy có lý do',
  },
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    const problems = planProblems(guard, context as ContextPlan, event as EventPlan);
    return problems.length ? problems.map((p) => p.message).join(' ') : undefined;
  },
  inputChecks(input: unknown, now: string) {
    const i = input as PlanInput;
    const problems = inputDateProblems(now, [['draftedOn', i.draftedOn, 'Ngày dự thảo kế hoạch']], []);
    const drafted = Number(i.draftedOn.slice(0, 4));
    // A year's plan is drafted in that year or at the end of the one before.
    if (i.year < drafted || i.year > drafted + 1) {
      problems.push({ field: 'year', message: `Kế hoạch năm ${i.year} phải được dự thảo trong năm đó hoặc cuối năm trước (ngày dự thảo ${i.draftedOn}).` });
    }
    problems.push(...itemProblems(i.year, i.items).map((p) => ({ field: 'items', message: p.message })));
    return problems;
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: { year: { label: 'Năm', values: {} } },
  },
  ruleKeys: [PLAN_RULE.ADOPTION, PLAN_RULE.REPORT_UP, PLAN_RULE.YEAR_REPORT],
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextPlan;
    const tags: Record<string, string> = { year: String(c.input.year) };
    if (c.adoption) tags.adoptedBy = c.adoption.by;
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    return {
      reportCategory: category(state),
      tags,
      title: planTitle(c.input).slice(0, 300),
      receivedAt: new Date(`${c.input.draftedOn}T00:00:00+07:00`).toISOString(),
    };
  },
};
