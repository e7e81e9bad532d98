import { Role } from '../shared/roles';
import { CHILD_CONCLUDED, ChildConcludedPayload } from '../shared/child-case';
import { DISCIPLINE_FORM_LABELS, type FactRequest } from '../shared/facts';
import type { CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import {
  AssessPayload, DeadlineMissedPayload, DecideComplaintPayload, EmptyPayload, EscalatePayload, KhieuNaiInput, NotifyComplainantPayload, ReasonPayload,
  ReportPayload,
} from './khieu-nai-ky-luat.events';
import { khieuNaiMachineV1, KHIEU_NAI_PROCEDURE_ID, type ContextKhieuNai } from './khieu-nai-ky-luat.machine';
import {
  ADMISSIBILITY_LABELS, checkComplaintDates, complaintRules, instanceLabel, nextInstance, RULE, WINDOW_DUE, type AdmissibilityReason,
} from './khieu-nai-ky-luat.rules';
import { AUTOMATIC_CONDITIONS_KHIEU_NAI, FIELD_TEXTS_KHIEU_NAI, VALUE_LABELS_KHIEU_NAI } from './khieu-nai-ky-luat.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;

export const KHIEU_NAI_CATEGORIES = {
  LODGED: 'Mới tiếp nhận – chờ xem xét điều kiện thụ lý',
  REJECTED: 'Không thụ lý',
  IN_PROGRESS: 'Đang giải quyết (quyết định kỷ luật vẫn có hiệu lực)',
  DECIDED: 'Đã giải quyết',
  ESCALATED: 'Đã khiếu nại lên cấp trên',
  CLOSED: 'Kết thúc',
} as const;

export const OUTCOME_LABELS: Record<string, string> = {
  UPHELD: 'Giữ nguyên hình thức kỷ luật',
  CHANGED: 'Thay đổi hình thức kỷ luật',
  ANNULLED: 'Xóa hình thức kỷ luật (Quy định 117-QĐ/TW: xin lỗi, khôi phục quyền lợi)',
  REFERRED_UP: 'Tăng hình thức vượt thẩm quyền: đề nghị cấp có thẩm quyền',
};

function category(state: string, c: ContextKhieuNai): keyof typeof KHIEU_NAI_CATEGORIES {
  if (state === 'lodged') return 'LODGED';
  if (state === 'rejected') return 'REJECTED';
  if (state === 'escalated') return 'ESCALATED';
  if (state === 'closed') return c.escalation ? 'ESCALATED' : 'CLOSED';
  return c.decision ? 'DECIDED' : 'IN_PROGRESS';
}

// The rules every step that places the complaint on the ladder reads (the date: the step's legal date).
const LADDER_FACTS: FactRequest = { fact: 'ruleValues', keys: [RULE.LADDER, RULE.FINAL] };
const ASSESS_FACTS: readonly FactRequest[] = [
  { fact: 'ruleValues', keys: [RULE.LADDER, RULE.FINAL, RULE.GROUNDS] },
  // The last day to complain: B4.FILING_WINDOW counted from the receipt of the decision with the working calendar.
  { fact: 'dueDate', key: WINDOW_DUE, ruleKey: RULE.WINDOW, start: (c) => (c as ContextKhieuNai).input.decision.receivedAt },
];

/** What the refusing guard found for this very event: the instance the rules give, the form without a final one. */
function refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
  const c = context as ContextKhieuNai;
  const rules = complaintRules(event.facts?.ruleValues);
  const form = c.decision?.formInForce ?? c.input.decision.form;
  if (guard === 'finalInstanceKnown') return `Hình thức: ${DISCIPLINE_FORM_LABELS[form]}.`;
  if (guard === 'toNextInstance' && rules && c.decision) {
    const next = nextInstance(c.decision.decidingBody, c.input.decision.originallyDecidedBy ?? c.input.decision.decidedBy, form, rules);
    return next ? `Cấp giải quyết kế tiếp: ${instanceLabel(next)}.` : undefined;
  }
  return undefined;
}

const reasonLabels = Object.fromEntries(
  Object.entries(ADMISSIBILITY_LABELS).map(([code, { label, source }]) => [code, `${label} (${source})`]),
) as Record<AdmissibilityReason, string>;

export const khieuNaiKyLuatV1: ProcedureDefinition = {
  id: KHIEU_NAI_PROCEDURE_ID,
  version: 1,
  title: 'Giải quyết khiếu nại kỷ luật đảng',
  legalBasis: 'Điều lệ Đảng, Điều 39 khoản 7; Quy định 22-QĐ/TW, Điều 22–23; Quy định 296-QĐ/TW và Hướng dẫn 08-HD/TW',
  machine: khieuNaiMachineV1,
  input: KhieuNaiInput,
  createRoles: [OFFICE, UBKT],
  // The documents of a disciplinary complaint (docs/domain/procedures.md §8); descriptive codes, the steps are advisory.
  documentKinds: {
    'DON-KHIEU-NAI': { label: 'Đơn khiếu nại kỷ luật', steps: { ASSESS_ADMISSIBILITY: 'REQUIRED' } },
    'QD-BI-KN': { label: 'Quyết định kỷ luật bị khiếu nại', steps: { ASSESS_ADMISSIBILITY: 'REQUIRED' } },
    'BC-THAM-TRA': { label: 'Báo cáo kết quả thẩm tra, xác minh', steps: { SUBMIT_REPORT: 'REQUIRED' } },
    'QD-GQKN': { label: 'Quyết định giải quyết khiếu nại', steps: { DECIDE: 'REQUIRED', NOTIFY_COMPLAINANT: 'EXPECTED' } },
    'TB-GQKN': { label: 'Thông báo quyết định giải quyết khiếu nại cho người khiếu nại', steps: { NOTIFY_COMPLAINANT: 'REQUIRED' } },
  },
  inputChecks: (input, now) => checkComplaintDates(input as KhieuNaiInput, now),
  events: {
    ASSESS_ADMISSIBILITY: {
      label: 'Xem xét điều kiện thụ lý đơn khiếu nại',
      roles: [UBKT, OFFICE],
      payload: AssessPayload,
      facts: ASSESS_FACTS,
      legalDate: ['receivedAt'],
    },
    START_VERIFICATION: { label: 'Thẩm tra, xác minh', roles: [UBKT], payload: EmptyPayload },
    SUBMIT_REPORT: { label: 'Báo cáo kết quả thẩm tra, xác minh', roles: [UBKT], payload: ReportPayload },
    DECIDE: {
      label: 'Quyết định giải quyết khiếu nại',
      roles: [BTV, SEC, UBKT],
      payload: DecideComplaintPayload,
      // Who verified and reported does not decide.
      separateFrom: { preparedBy: ['SUBMIT_REPORT'], bypassRoles: [SEC] },
    },
    NOTIFY_COMPLAINANT: {
      label: 'Thông báo quyết định giải quyết cho người khiếu nại',
      roles: [OFFICE],
      payload: NotifyComplainantPayload,
      // The next instance offered is the one in force when the complainant received the complaint decision.
      facts: [LADDER_FACTS],
      legalDate: ['receivedAt'],
    },
    ESCALATE: {
      label: 'Khiếu nại tiếp lên cấp giải quyết kế tiếp',
      roles: [OFFICE, UBKT],
      payload: EscalatePayload,
      facts: [LADDER_FACTS],
      legalDate: ['lodgedAt'],
    },
    CLOSE: { label: 'Kết thúc giải quyết khiếu nại', roles: [OFFICE], payload: ReasonPayload, facts: [LADDER_FACTS] },
    [CHILD_CONCLUDED]: { label: 'Có kết quả giải quyết của cấp trên', roles: [], payload: ChildConcludedPayload },
    DEADLINE_MISSED: { label: 'Quá hạn giải quyết (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
  },
  stateLabels: {
    lodged: 'Đã nhận đơn – chờ xem xét điều kiện thụ lý (quyết định kỷ luật vẫn có hiệu lực)',
    rejected: 'Không thụ lý',
    accepted: 'Đã thụ lý – quyết định kỷ luật vẫn có hiệu lực thi hành',
    verifying: 'Đang thẩm tra, xác minh – quyết định kỷ luật vẫn có hiệu lực thi hành',
    reported: 'Đã có báo cáo thẩm tra – chờ quyết định giải quyết',
    decided: 'Đã quyết định giải quyết – chờ thông báo người khiếu nại',
    notified: 'Đã thông báo – người khiếu nại có thể khiếu nại lên cấp trên',
    escalated: 'Đã khiếu nại lên cấp trên – chờ kết quả',
    closed: 'Kết thúc',
  },
  fieldTexts: FIELD_TEXTS_KHIEU_NAI,
  valueLabels: VALUE_LABELS_KHIEU_NAI,
  automaticConditions: AUTOMATIC_CONDITIONS_KHIEU_NAI,
  refusalDetail,
  guardMessages: {
    receiptDateValid: 'Ngày tổ chức có thẩm quyền nhận đơn không được trước ngày gửi đơn khiếu nại và không được sau ngày hôm nay.',
    ladderKnown:
      'Chưa có giá trị pháp lý cho thứ bậc các cấp giải quyết khiếu nại (quy tắc ORG.LEVEL_LADDER, B4.FINAL_INSTANCE) vào ngày này; cấp ủy cần xác nhận trước khi xem xét.',
    finalInstanceKnown:
      'Chưa có giá trị pháp lý cho cấp giải quyết cuối cùng đối với hình thức kỷ luật này (quy tắc B4.FINAL_INSTANCE; Quy định 22-QĐ/TW, Điều 22 không nêu hình thức giải tán); ' +
      'cấp ủy cần xác nhận trước khi thụ lý hoặc khiếu nại tiếp.',
    filingWindowKnown:
      'Chưa có giá trị pháp lý cho thời hạn khiếu nại (quy tắc B4.FILING_WINDOW) vào ngày nhận quyết định; cấp ủy cần xác nhận trước khi xem xét điều kiện thụ lý.',
    groundsKnown:
      'Chưa có giá trị pháp lý cho danh mục trường hợp không thụ lý khiếu nại (quy tắc B4.NOT_ACCEPTED_GROUNDS) vào ngày này; cấp ủy cần xác nhận.',
    toNextInstance:
      'Chỉ khiếu nại lên đúng cấp giải quyết kế tiếp theo quy định đang có hiệu lực: không vượt cấp, không gửi cấp khác; nơi cấp đó có nhiều tổ chức thì phải ghi tổ chức nhận đơn.',
    hasRejectionReason: 'Đơn không có lý do để không thụ lý.',
    decidedByLodgedBody: 'Quyết định giải quyết phải do tổ chức đã nhận đơn khiếu nại đưa ra.',
    changedFormGiven:
      'Thay đổi hình thức phải ghi hình thức mới, khác hình thức cũ và áp dụng được cho người/tổ chức khiếu nại; các kết quả khác không ghi hình thức mới.',
    notFinalInstance:
      'Đã là cấp giải quyết cuối cùng cho hình thức này (UBKT Trung ương đối với khiển trách, cảnh cáo, cách chức; Ban Bí thư đối với khai trừ; ' +
      'Ban Chấp hành Trung ương đối với kỷ luật do cấp Trung ương quyết định): không khiếu nại tiếp.',
    notAnnulled: 'Hình thức kỷ luật đã được xóa: không còn quyết định để khiếu nại tiếp.',
    fromNextInstance: 'Chỉ kết quả của vụ khiếu nại cấp trên mở từ vụ này mới được ghi nhận ở bước này.',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo quá hạn cũ không còn hiệu lực.',
  },
  report: {
    categories: KHIEU_NAI_CATEGORIES,
    dimensions: {
      admissibility: { label: 'Điều kiện thụ lý', values: { ACCEPTED: 'Thụ lý', ...reasonLabels } },
      outcome: { label: 'Kết quả giải quyết', values: OUTCOME_LABELS },
      form: { label: 'Hình thức bị khiếu nại', values: DISCIPLINE_FORM_LABELS },
      level: {
        label: 'Cấp giải quyết',
        values: { CENTRAL: 'Trung ương', PROVINCIAL: 'Tỉnh, thành', UPPER_GRASSROOTS: 'Cấp trên cơ sở', GRASSROOTS: 'Cơ sở', SECTION: 'Đảng ủy bộ phận', CELL: 'Chi bộ' },
      },
    },
  },
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextKhieuNai;
    const tags: Record<string, string> = { form: c.input.decision.form, level: c.input.lodgedWith.level };
    if (c.admissibility) tags.admissibility = c.admissibility.reasons[0] ?? 'ACCEPTED';
    if (c.decision) tags.outcome = c.decision.outcome;
    if (c.escalation) tags.escalated = 'true';
    if (c.closure?.finalInstance) tags.finalInstance = 'true';
    if (c.overdue) tags.overdue = 'true';
    return {
      reportCategory: category(state, c),
      tags,
      title: `Khiếu nại kỷ luật: ${c.input.complainant.name}`.slice(0, 300),
      receivedAt: c.input.lodgedAt,
    };
  },
};
