// Vietnamese texts of the political-standard verification and of its tasks (docs/domain/tham-tra-tieu-chuan-chinh-tri.md):
// field titles beyond the shared dictionary (shared/field-texts.ts) and the labels of their enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { AUDIENCE_LABELS, LEVEL_LABELS, type ValueLabels } from '../shared/value-labels';
import type {
  Conclusion, ConcludingBodyKind, DeadlineKey, Finding, FinalConclusion, Place, Purpose, Relation, TaskDeadlineKey,
} from './tham-tra-tieu-chuan-chinh-tri.events';

export const PURPOSE_LABELS: Readonly<Record<Purpose, string>> = {
  ADMISSION: 'Kết nạp đảng viên',
  CADRE_PLANNING: 'Quy hoạch cán bộ',
  APPOINTMENT: 'Bổ nhiệm cán bộ',
  NOMINATION: 'Giới thiệu ứng cử',
};

export const RELATION_LABELS: Readonly<Record<Relation, string>> = {
  FATHER: 'Cha',
  MOTHER: 'Mẹ',
  FATHER_IN_LAW: 'Cha vợ (chồng)',
  MOTHER_IN_LAW: 'Mẹ vợ (chồng)',
  GUARDIAN: 'Người trực tiếp nuôi dưỡng',
  SPOUSE: 'Vợ (chồng)',
  ADULT_CHILD: 'Con đủ năng lực hành vi dân sự',
  OTHER: 'Người thân khác',
};
export const TASK_RELATION_LABELS: ValueLabels = { SELF: 'Bản thân người được thẩm tra', ...RELATION_LABELS };

export const PLACE_LABELS: Readonly<Record<Place, string>> = { RESIDENCE: 'Nơi cư trú', WORK: 'Nơi công tác' };

export const CONCLUSION_LABELS: Readonly<Record<Conclusion, string>> = {
  MEETS: 'Đủ tiêu chuẩn chính trị',
  DOES_NOT_MEET: 'Không đủ tiêu chuẩn chính trị',
  NEEDS_HIGHER_OPINION: 'Cần xin ý kiến cấp trên',
};
export const FINAL_CONCLUSION_LABELS: Readonly<Record<FinalConclusion, string>> = {
  MEETS: CONCLUSION_LABELS.MEETS,
  DOES_NOT_MEET: CONCLUSION_LABELS.DOES_NOT_MEET,
};

export const FINDING_LABELS: Readonly<Record<Finding, string>> = {
  NO_ISSUE: 'Không có vấn đề về chính trị',
  ISSUE_FOUND: 'Có vấn đề cần xem xét',
  NOT_VERIFIABLE: 'Không xác minh được',
};
export const TASK_OUTCOME_LABELS: ValueLabels = { ...FINDING_LABELS, NOT_IN_AREA: 'Không thuộc địa bàn, đơn vị' };

export const CONCLUDING_BODY_LABELS: Readonly<Record<ConcludingBodyKind, string>> = {
  ORGANISATION_COMMISSION: 'Ban Tổ chức cấp ủy',
  STANDING_COMMITTEE: 'Ban Thường vụ cấp ủy',
  PARTY_COMMITTEE: 'Cấp ủy',
};

export const DEADLINE_KEY_LABELS: Readonly<Record<DeadlineKey, string>> = {
  BACKGROUND_CHECK: 'Thời hạn kiểm tra lý lịch (cấp ủy tự đặt)',
  CONCLUSION: 'Thời hạn kết luận (cấp ủy tự đặt)',
  HIGHER_OPINION: 'Thời hạn cấp trên cho ý kiến (cấp ủy tự đặt)',
};
export const TASK_DEADLINE_KEY_LABELS: Readonly<Record<TaskDeadlineKey, string>> = { ANSWER: 'Thời hạn trả lời yêu cầu xác minh (cấp ủy tự đặt)' };

/** How a verification ended. */
export const OUTCOME_LABELS: ValueLabels = { MEETS: CONCLUSION_LABELS.MEETS, DOES_NOT_MEET: CONCLUSION_LABELS.DOES_NOT_MEET, WITHDRAWN: 'Dừng thẩm tra' };

// Fields both forms have: the task's input repeats what the verification's step sent.
const TASK_FIELDS: FieldTexts = {
  taskKey: { title: 'Mã yêu cầu xác minh', description: 'Tên ngắn, duy nhất trong hồ sơ (ví dụ "me-cu-tru").' },
  personKey: { title: 'Người cần xác minh', description: '"self" là chính người được thẩm tra; người thân theo mã đã khai.' },
  birthYear: 'Năm sinh',
  place: 'Nơi xác minh',
  placeDetail: 'Địa chỉ cư trú hoặc nơi công tác đã khai',
  requestedOn: 'Ngày gửi công văn đề nghị xác minh',
  content: 'Nội dung cần xác minh',
};

export const FIELD_TEXTS_THAM_TRA: FieldTexts = {
  ...TASK_FIELDS,
  // The request
  purpose: 'Mục đích thẩm tra',
  personId: 'Mã hồ sơ người được thẩm tra',
  'PoliticalStandardInput.fullName': 'Họ và tên người được thẩm tra',
  dateOfBirth: 'Ngày sinh',
  managementLevel: { title: 'Cấp quản lý cán bộ', description: 'Cấp của cấp ủy có cơ quan kết luận tiêu chuẩn chính trị (quy tắc PS.CONCLUDING_BODY).' },
  requestedBy: 'Đơn vị đề nghị thẩm tra',
  'RequestingUnitDto.name': 'Tên đơn vị đề nghị',
  receivedOn: 'Ngày nhận đề nghị',
  serves: 'Việc cần kết luận tiêu chuẩn chính trị (ngoài hệ thống)',
  relatives: { title: 'Người thân cần thẩm tra', description: 'Cha, mẹ, cha mẹ vợ (chồng) hoặc người nuôi dưỡng, vợ (chồng), con (procedures.md §9.6).' },
  'RelativeDto.key': { title: 'Mã người thân', description: 'Tên ngắn, duy nhất trong hồ sơ (ví dụ "cha", "me").' },
  'RelativeDto.relation': 'Quan hệ',
  'RelativeDto.fullName': 'Họ và tên người thân',
  partyMember: 'Là đảng viên',
  namedOfficers: {
    title: 'Cán bộ được giao hồ sơ (hồ sơ mật)',
    description: 'Chỉ những người này và người lập hồ sơ được xem hồ sơ; giữ vai trò tại đơn vị cũng không đủ.',
  },
  // Steps
  checkedOn: 'Ngày kiểm tra lý lịch',
  stampedAcrossPages: 'Lý lịch đã được kiểm tra và đóng dấu giáp lai',
  'CheckBackgroundPayload.summary': 'Nhận xét về lý lịch tự khai',
  unitId: { title: 'Cấp ủy nơi cư trú, công tác (mã trong hệ thống)', description: 'Có thể ngoài đơn vị mình: cấp ủy đó nhận và trả lời yêu cầu.' },
  unitName: 'Tên cấp ủy được đề nghị xác minh',
  assessedOn: 'Ngày báo cáo thẩm tra',
  proposal: 'Đề xuất kết luận',
  provisions: 'Điều, khoản của Quy định 58-QĐ/TW được áp dụng',
  'AssessPayload.summary': 'Nội dung thẩm tra, đánh giá',
  concludedOn: 'Ngày kết luận',
  'ConcludePayload.outcome': 'Kết luận tiêu chuẩn chính trị',
  concludingBody: 'Cơ quan kết luận',
  'ConcludingBodyDto.kind': 'Cơ quan kết luận',
  'ConcludingBodyDto.level': 'Cấp của cơ quan kết luận',
  'ConcludingBodyDto.name': 'Tên cơ quan kết luận',
  reasons: 'Căn cứ, lý do kết luận',
  'HigherOpinionPayload.receivedOn': 'Ngày nhận văn bản ý kiến của cấp trên',
  opinion: 'Ý kiến của cấp trên',
  body: 'Cơ quan cấp trên cho ý kiến',
  'HigherOpinionPayload.summary': 'Nội dung ý kiến',
  filedOn: 'Ngày lưu hồ sơ mật',
  archiveRef: 'Số lưu trữ hồ sơ mật',
  withdrawnOn: 'Ngày dừng thẩm tra',
  'DeadlineMissedPayload.key': 'Thời hạn',
};

export const FIELD_TEXTS_TASK: FieldTexts = {
  ...TASK_FIELDS,
  'VerificationTaskInput.fullName': 'Họ và tên người cần xác minh',
  'VerificationTaskInput.relation': 'Quan hệ với người được thẩm tra',
  requestingUnit: 'Đơn vị đề nghị xác minh',
  answeredOn: 'Ngày trả lời',
  finding: 'Kết quả xác minh',
  'AnswerTaskPayload.summary': 'Nội dung trả lời',
  'DeclineTaskPayload.reason': 'Lý do không thuộc địa bàn, đơn vị',
  'TaskDeadlineMissedPayload.key': 'Thời hạn',
};

export const VALUE_LABELS_THAM_TRA: readonly ValueLabels[] = [
  PURPOSE_LABELS, RELATION_LABELS, PLACE_LABELS, CONCLUSION_LABELS, FINAL_CONCLUSION_LABELS, CONCLUDING_BODY_LABELS, LEVEL_LABELS,
  AUDIENCE_LABELS, DEADLINE_KEY_LABELS, OUTCOME_LABELS,
];
export const VALUE_LABELS_TASK: readonly ValueLabels[] = [TASK_RELATION_LABELS, PLACE_LABELS, FINDING_LABELS, TASK_OUTCOME_LABELS, TASK_DEADLINE_KEY_LABELS];
