import { Role } from '../shared/roles';
import { CHILD_CONCLUDED, ChildConcludedPayload } from '../shared/child-case';
import { DISCIPLINE_FORM_LABELS } from '../shared/facts';
import type { CaseProjection, ProcedureDefinition } from '../shared/procedure';
import {
  AssessPayload, DeadlineMissedPayload, DecideComplaintPayload, EmptyPayload, EscalatePayload, KhieuNaiInput, NotifyComplainantPayload, ReasonPayload,
  ReportPayload,
} from './khieu-nai-ky-luat.events';
import { khieuNaiMachineV1, KHIEU_NAI_PROCEDURE_ID, type ContextKhieuNai } from './khieu-nai-ky-luat.machine';
import { ADMISSIBILITY_LABELS, checkComplaintDates, type AdmissibilityReason } from './khieu-nai-ky-luat.rules';
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
      facts: [{ fact: 'ruleValues', keys: ['B4.FILING_WINDOW'] }],
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
    NOTIFY_COMPLAINANT: { label: 'Thông báo quyết định giải quyết cho người khiếu nại', roles: [OFFICE], payload: NotifyComplainantPayload },
    ESCALATE: { label: 'Khiếu nại tiếp lên cấp trên (hoặc chuyển cấp có thẩm quyền)', roles: [OFFICE, UBKT], payload: EscalatePayload },
    CLOSE: { label: 'Kết thúc giải quyết khiếu nại', roles: [OFFICE], payload: ReasonPayload },
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
  guardMessages: {
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
