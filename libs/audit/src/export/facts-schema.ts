import { DISCIPLINE_FORM_LABELS } from '@hoso/workflows';
import { ORG_CHANGE_KIND_LABELS } from '@hoso/workflows/shared/org-change';
import { BODY_KIND_LABELS, DISCIPLINE_SUBJECT_LABELS, LEVEL_LABELS } from '@hoso/workflows/shared/value-labels';
import type { JsonSchema } from './payload-text';

// What the engine records with a step besides what the person typed (EventFacts under `facts`, a separation-of-duties
// bypass under `separationBypass`; CaseCommandService): the Vietnamese names of their fields for the export. The shapes
// are workflows/shared/facts.ts and org-change.ts; a field added there and not here is printed under its own name.

const text = (title: string): JsonSchema => ({ title, type: 'string' });
const date = (title: string): JsonSchema => ({ title, type: 'string', format: 'date' });
const num = (title: string): JsonSchema => ({ title, type: 'number' });
const obj = (title: string, properties: Record<string, JsonSchema>): JsonSchema => ({ title, type: 'object', properties });
/** A record keyed by a code (a rule key, a deadline key): each entry shaped by `entry`. */
const keyed = (title: string, entry: JsonSchema): JsonSchema => ({ title, type: 'object', additionalProperties: entry });
const labelled = (title: string, labels: Readonly<Record<string, string>>): JsonSchema => ({ title, type: 'string', 'x-enumLabels': labels });

const RULE_UNIT_LABELS = {
  WORKING_DAYS: 'Ngày làm việc',
  CALENDAR_DAYS: 'Ngày',
  MONTHS: 'Tháng',
  COUNT: 'Số lượng',
  FRACTION: 'Tỷ lệ',
  LIST: 'Danh mục',
  TABLE: 'Bảng',
};
const CONFIDENCE_LABELS = {
  STATED: 'Nêu rõ trong văn bản',
  INFERRED: 'Suy ra từ văn bản',
  UNVERIFIED: 'Chưa đối chiếu văn bản',
  NOT_FOUND: 'Chưa tìm thấy quy định',
  CONFLICT: 'Các nguồn khác nhau',
  OVERRIDE: 'Cấp ủy điều chỉnh',
};
const AUTHORITY_LABELS = { ALLOWED: 'Có thẩm quyền', NOT_ALLOWED: 'Không có thẩm quyền', NOT_CONFIGURED: 'Chưa cấu hình' };
const PERSON_STATUS_LABELS = {
  NON_MEMBER: 'Chưa là đảng viên',
  APPLICANT: 'Quần chúng được xem xét kết nạp',
  PROBATIONARY: 'Đảng viên dự bị',
  FULL: 'Đảng viên chính thức',
  STRUCK_OFF: 'Bị xóa tên',
  EXPELLED: 'Bị khai trừ',
  LEFT: 'Ra khỏi Đảng',
};
const DEADLINE_STATUS_LABELS = { PENDING: 'Đang tính', PAUSED: 'Tạm dừng', MET: 'Đã hoàn thành', MISSED: 'Đã quá hạn', ENDED: 'Đã kết thúc', CANCELLED: 'Đã hủy' };

const RULE_VALUE: JsonSchema = obj('Quy tắc', {
  ruleId: text('Mã dòng quy tắc'),
  value: num('Giá trị'),
  data: obj('Dữ liệu', {
    items: text('Các mục'),
    rows: text('Các dòng'),
    numerator: num('Tử số'),
    denominator: num('Mẫu số'),
    strict: { title: 'Phải vượt quá (không tính bằng)', type: 'boolean' },
  }),
  unit: labelled('Đơn vị tính', RULE_UNIT_LABELS),
  legalBasis: text('Căn cứ'),
  confidence: labelled('Độ tin cậy', CONFIDENCE_LABELS),
  effectiveFrom: date('Hiệu lực từ'),
  effectiveTo: date('Hiệu lực đến'),
  resolvedOn: date('Áp dụng cho ngày'),
  why: text('Lý do áp dụng dòng này'),
  startEvent: text('Mốc bắt đầu tính'),
});

const FORM_AUTHORITY = obj('Thẩm quyền', {
  decision: labelled('Kết luận', AUTHORITY_LABELS),
  notForUpperAssignedTask: { title: 'Trừ vi phạm trong nhiệm vụ cấp trên giao', type: 'boolean' },
  legalBasis: text('Căn cứ'),
  confidence: labelled('Độ tin cậy', CONFIDENCE_LABELS),
});

export const FACTS_SCHEMA: JsonSchema = obj('Căn cứ hệ thống ghi nhận khi thực hiện bước', {
  legalDate: obj('Ngày căn cứ áp dụng quy định', { date: date('Ngày'), field: text('Lấy từ trường (không có: ngày nhập vào hệ thống)') }),
  ruleValues: keyed('Quy tắc áp dụng', RULE_VALUE),
  disciplineAuthority: obj('Thẩm quyền kỷ luật', {
    body: obj('Tổ chức quyết định', { kind: labelled('Loại tổ chức', BODY_KIND_LABELS), level: labelled('Cấp', LEVEL_LABELS) }),
    subject: labelled('Đối tượng', DISCIPLINE_SUBJECT_LABELS),
    forms: { title: 'Theo hình thức kỷ luật', type: 'object', properties: Object.fromEntries(Object.entries(DISCIPLINE_FORM_LABELS).map(([k, v]) => [k, { ...FORM_AUTHORITY, title: v }])) },
  }),
  dossier: obj('Hồ sơ, tài liệu', {
    items: {
      title: 'Tài liệu',
      type: 'array',
      items: obj('Tài liệu', {
        attachmentId: text('Mã tài liệu'),
        formCode: text('Mã biểu mẫu'),
        documentDate: date('Ngày văn bản'),
        author: text('Người, cơ quan lập'),
        stampedAcrossPages: { title: 'Đóng dấu giáp lai', type: 'boolean' },
        aboutPerson: text('Về người'),
        sha256: text('Mã băm SHA-256'),
        uploadedAt: { title: 'Thời điểm tải lên', type: 'string', format: 'date-time' },
      }),
    },
  }),
  personHistory: obj('Quá trình của người liên quan', {
    personId: { title: 'Người', type: 'string', format: 'uuid', 'x-entity': 'person' },
    status: labelled('Tình trạng', PERSON_STATUS_LABELS),
    memberships: {
      title: 'Các thời kỳ là đảng viên',
      type: 'array',
      items: obj('Thời kỳ', {
        admittedOn: date('Ngày kết nạp'),
        recognisedOn: date('Ngày công nhận chính thức'),
        endedOn: date('Ngày chấm dứt'),
        endReason: labelled('Lý do chấm dứt', PERSON_STATUS_LABELS),
      }),
    },
    admissionCases: {
      title: 'Hồ sơ kết nạp khác',
      type: 'array',
      items: obj('Hồ sơ', { caseId: text('Mã hồ sơ'), state: text('Trạng thái'), closedOn: date('Ngày kết thúc') }),
    },
  }),
  dueDates: keyed('Thời hạn tính theo quy tắc', obj('Thời hạn', {
    ruleKey: text('Mã quy tắc'),
    startAt: { title: 'Tính từ', type: 'string', format: 'date-time' },
    due: date('Hạn cuối'),
    rule: RULE_VALUE,
    note: text('Cách tính'),
  })),
  deadlineDue: keyed('Thời hạn đang theo dõi', obj('Thời hạn', {
    ruleKey: text('Mã quy tắc'),
    generation: num('Lần đặt thời hạn'),
    status: labelled('Tình trạng', DEADLINE_STATUS_LABELS),
    startDate: date('Ngày bắt đầu tính'),
    dueDate: date('Hạn cuối'),
    extensionsUsed: num('Số lần đã gia hạn'),
    extensionsAllowed: num('Số lần được gia hạn'),
  })),
  orgChange: obj('Kiểm tra phương án thay đổi tổ chức', {
    problems: { title: 'Vướng mắc', type: 'array', items: obj('Vướng mắc', { code: text('Mã'), message: text('Nội dung'), field: text('Phần của phương án') }) },
    preview: obj('Kết quả dự kiến', {
      changeId: text('Mã thay đổi'),
      kind: labelled('Hình thức', ORG_CHANGE_KIND_LABELS),
      effectiveDate: date('Ngày có hiệu lực'),
      unitsEnded: { title: 'Tổ chức chấm dứt', type: 'array', items: { type: 'string', format: 'uuid' }, 'x-entity': 'orgUnit' },
      unitsChanged: { title: 'Tổ chức thay đổi', type: 'array', items: { type: 'string', format: 'uuid' }, 'x-entity': 'orgUnit' },
      casesMoved: num('Số vụ việc chuyển'),
      membersMoved: num('Số đảng viên chuyển'),
      childUnitsMoved: num('Số tổ chức trực thuộc chuyển'),
      rolesEnded: num('Số phân công chấm dứt'),
      rolesAssigned: num('Số phân công mới'),
    }),
  }),
  userAccounts: keyed('Tài khoản được chỉ định', obj('Tài khoản', { active: { title: 'Đang hoạt động', type: 'boolean' }, displayName: text('Tên hiển thị') })),
  linkedCases: {
    title: 'Hồ sơ liên quan',
    type: 'array',
    items: obj('Hồ sơ', {
      caseId: text('Mã hồ sơ'),
      procedureId: text('Quy trình'),
      link: text('Quan hệ'),
      state: text('Trạng thái'),
      status: labelled('Tình trạng', { OPEN: 'Đang giải quyết', CLOSED: 'Đã kết thúc' }),
      reportCategory: text('Nhóm thống kê'),
      tags: { title: 'Nhãn thống kê', type: 'object' },
      personId: { title: 'Người', type: 'string', format: 'uuid', 'x-entity': 'person' },
    }),
  },
});

export const SEPARATION_BYPASS_SCHEMA: JsonSchema = obj('Thực hiện khi chính mình đã chuẩn bị bước trước (không tách bạch nhiệm vụ)', {
  rule: labelled('Nguyên tắc', { SEPARATION_OF_DUTIES: 'Tách bạch nhiệm vụ' }),
  preparedEvent: text('Bước đã chuẩn bị'),
  reason: text('Lý do'),
});

/**
 * A step's schema with the engine's additions (`facts`, `separationBypass`) described; the payload field the legal
 * date was taken from is named by that field's title in the step.
 */
export function withEngineFields(schema: JsonSchema | undefined): JsonSchema {
  const own = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  const titles = Object.fromEntries(Object.entries(own).map(([k, s]) => [k, typeof s.title === 'string' ? s.title : k]));
  const legalDate = (FACTS_SCHEMA.properties as Record<string, JsonSchema>).legalDate;
  const legalDateProps = legalDate.properties as Record<string, JsonSchema>;
  const facts = {
    ...FACTS_SCHEMA,
    properties: {
      ...(FACTS_SCHEMA.properties as Record<string, JsonSchema>),
      legalDate: { ...legalDate, properties: { ...legalDateProps, field: { ...legalDateProps.field, 'x-enumLabels': titles } } },
    },
  };
  return { ...(schema ?? { type: 'object' }), properties: { ...own, facts, separationBypass: SEPARATION_BYPASS_SCHEMA } };
}
