// Vietnamese texts of the inspection forms (docs/domain/procedures.md §6): field titles beyond the shared dictionary
// (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { AUDIENCE_LABELS, DISCIPLINE_SUBJECT_LABELS, LEVEL_LABELS, type ValueLabels } from '../shared/value-labels';
import { INSPECTING_BODY_LABELS } from './kiem-tra-dau-hieu-vi-pham.events';

/** The DTOs a denunciation also uses to open an inspection (to-cao OPEN_INSPECTION, REFER_DISCIPLINE). */
export const INSPECTION_SUBJECT_TEXTS: FieldTexts = {
  'InspectionSubjectDto.kind': 'Loại đối tượng kiểm tra',
  'InspectionSubjectDto.name': 'Họ tên hoặc tên tổ chức',
  'InspectionSubjectDto.isParty': { title: 'Là đảng viên hoặc tổ chức đảng', description: 'Chỉ đảng viên, tổ chức đảng mới bị Đảng xem xét kỷ luật.' },
  'InitiatingBodyDto.kind': {
    title: 'Chủ thể kiểm tra',
    description:
      'Chỉ cấp ủy, ban thường vụ cấp ủy, ủy ban kiểm tra và chi bộ được tiến hành; các ban tham mưu, giúp việc của cấp ủy không được (Quy định 296-QĐ/TW, Điều 5).',
  },
  'InitiatingBodyDto.name': 'Tên chủ thể kiểm tra',
  'ViolationDto.summary': 'Tóm tắt hành vi vi phạm',
};

export const INSPECTION_SUBJECT_LABELS: readonly ValueLabels[] = [
  {
    PERSON: 'Cá nhân (chưa xác định là đảng viên chính thức hay dự bị)',
    ORGANISATION: 'Tổ chức',
    FULL_MEMBER: 'Đảng viên chính thức',
    PROBATIONARY_MEMBER: 'Đảng viên dự bị',
  },
  INSPECTING_BODY_LABELS,
  LEVEL_LABELS,
  DISCIPLINE_SUBJECT_LABELS,
];

export const FIELD_TEXTS_KIEM_TRA: FieldTexts = {
  ...INSPECTION_SUBJECT_TEXTS,
  'DeadlineMissedPayload.key': 'Thời hạn bị quá',
  'InspectionInput.subject': 'Đối tượng kiểm tra',
  'InspectionInput.reason': {
    title: 'Dấu hiệu vi phạm (lý do đề xuất kiểm tra)',
    description: 'Ghi lý do hoặc tóm tắt nội dung, ít nhất một trong hai.',
  },
  'InspectionInput.source': {
    title: 'Hồ sơ nguồn',
    description: 'Vụ việc đã mở cuộc kiểm tra này (thông tin phản ánh theo Quy định 1374, đơn tố cáo được giữ làm thông tin), nếu có.',
  },
  initiatingBody: 'Chủ thể kiểm tra',
  proposedAt: 'Ngày đề xuất kiểm tra',
  'DecidePayload.decisionRef': 'Số, ký hiệu quyết định kiểm tra',
  'DecidePayload.planSummary': 'Tóm tắt kế hoạch kiểm tra',
  'DecidePayload.team': 'Thành phần đoàn kiểm tra',
  announcedAt: 'Ngày công bố quyết định kiểm tra',
  'RecordExplanationPayload.receivedAt': 'Ngày nhận báo cáo giải trình',
  'RecordExplanationPayload.summary': 'Tóm tắt báo cáo giải trình của đối tượng kiểm tra',
  'RecordVerificationPayload.kind': 'Hình thức thẩm tra, xác minh',
  'RecordVerificationPayload.summary': 'Tóm tắt kết quả thẩm tra, xác minh',
  'DraftReportPayload.summary': 'Tóm tắt dự thảo báo cáo kết quả kiểm tra',
  'ReturnDraftPayload.reason': 'Nội dung cần thẩm tra, xác minh bổ sung',
  'ConcludeInspectionPayload.outcome': 'Kết luận kiểm tra',
  'ConcludeInspectionPayload.summary': 'Tóm tắt kết luận kiểm tra',
  'ReferInspectionPayload.subjectKind': {
    title: 'Đối tượng xem xét kỷ luật',
    description: 'Cần khi đối tượng kiểm tra mới được ghi là cá nhân: là đảng viên chính thức hay dự bị.',
  },
  'NotifyInspectionPayload.summary': 'Nội dung thông báo kết luận kiểm tra',
};

export const VALUE_LABELS_KIEM_TRA: readonly ValueLabels[] = [
  ...INSPECTION_SUBJECT_LABELS,
  AUDIENCE_LABELS,
  {
    DOCUMENTS: 'Nghiên cứu hồ sơ, tài liệu',
    EVIDENCE: 'Thu thập tài liệu, chứng cứ',
    WORK_WITH_PEOPLE: 'Làm việc với tổ chức, cá nhân có liên quan',
    DISCUSSION_WITH_SUBJECT: 'Làm việc với đối tượng kiểm tra',
    OTHER: 'Hình thức khác',
  },
  { inspection: 'Thời gian tiến hành kiểm tra (chưa có giá trị pháp lý)', explanation: 'Thời hạn nộp báo cáo giải trình (chưa có giá trị pháp lý)' },
];

/** The condition of the automatic routing after a conclusion. */
export const AUTOMATIC_CONDITIONS_KIEM_TRA: Readonly<Record<string, string>> = {
  concludedWithDiscipline: 'Kết luận có vi phạm đến mức phải xem xét, xử lý kỷ luật',
};
