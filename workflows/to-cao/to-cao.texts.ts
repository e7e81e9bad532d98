// Vietnamese texts of the denunciation forms (docs/domain/procedures.md §5): field titles beyond the shared dictionary
// (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import { INSPECTION_SUBJECT_LABELS, INSPECTION_SUBJECT_TEXTS } from '../kiem-tra-dau-hieu-vi-pham/kiem-tra-dau-hieu-vi-pham.texts';
import type { FieldTexts } from '../shared/field-texts';
import { BODY_KIND_LABELS, DISCIPLINE_SUBJECT_LABELS, type ValueLabels } from '../shared/value-labels';

export const FIELD_TEXTS_TO_CAO: FieldTexts = {
  ...INSPECTION_SUBJECT_TEXTS,
  'RegisterToCaoInput.summary': 'Tóm tắt nội dung tố cáo',
  receivedByCompetentAt: {
    title: 'Ngày tổ chức có thẩm quyền nhận đơn',
    description: 'Thời hạn giải quyết tính từ ngày tổ chức đảng có thẩm quyền nhận được đơn tố cáo (procedures.md §5.1).',
  },
  firstReceivedAt: 'Ngày nơi nhận đầu tiên nhận đơn (nếu được chuyển đến)',
  transferredFrom: 'Nơi đã chuyển đơn đến',
  handlingBody: {
    title: 'Tổ chức giải quyết tố cáo',
    description: 'Cấp của tổ chức giải quyết quyết định thời hạn giải quyết và thời gian trước đại hội (procedures.md §5.2), trừ cán bộ diện Trung ương quản lý.',
  },
  'HandlingBodyDto.kind': 'Loại tổ chức',
  'HandlingBodyDto.name': 'Tên tổ chức',
  'RegisterToCaoInput.subject': 'Đối tượng bị tố cáo',
  'DenouncedSubjectDto.kind': 'Cá nhân hay tổ chức',
  'DenouncedSubjectDto.name': 'Họ tên hoặc tên tổ chức bị tố cáo',
  centralManaged: {
    title: 'Cán bộ thuộc diện Bộ Chính trị, Ban Bí thư quản lý',
    description: 'Thời hạn giải quyết theo Quyết định 164-QĐ/TW (quy tắc B1.TOCAO_CENTRAL_MANAGED), không theo cấp của tổ chức giải quyết.',
  },
  'NotAcceptPayload.reason': {
    title: 'Lý do không giải quyết',
    description: 'Các trường hợp tố cáo không giải quyết (Quy định 296-QĐ/TW, Điều 19; procedures.md §5.1).',
  },
  'UseAsInformationPayload.reason': {
    title: 'Lý do không giải quyết như đơn tố cáo',
    description:
      'Chỉ đơn giấu tên, mạo tên có nội dung cụ thể và địa chỉ rõ ràng mới được giữ làm thông tin phục vụ kiểm tra (Quy định 296-QĐ/TW, Điều 19).',
  },
  concreteContent: 'Nội dung tố cáo cụ thể',
  address: { title: 'Địa chỉ cụ thể đơn nêu', description: 'Địa chỉ của đối tượng, nơi xảy ra, sự việc mà đơn nêu rõ.' },
  'OpenInspectionPayload.subject': 'Đối tượng kiểm tra',
  initiatingBody: 'Chủ thể kiểm tra',
  'OpenInspectionPayload.reason': 'Dấu hiệu vi phạm (lý do kiểm tra)',
  target: 'Chuyển đến',
  bodyName: 'Tên cơ quan, tổ chức nhận',
  bodyUnitId: 'Đơn vị nhận trong hệ thống (nếu có)',
  'TransferPayload.reason': 'Lý do chuyển',
  'AcceptPayload.decisionRef': 'Số, ký hiệu quyết định giải quyết tố cáo',
  'AcceptPayload.decidedAt': {
    title: 'Ngày quyết định thành lập đoàn (tổ) giải quyết',
    description: 'Với cán bộ diện Trung ương quản lý, thời hạn không quá 180 ngày tính từ ngày này (Quy định 164-QĐ/TW).',
  },
  'AcceptPayload.planSummary': 'Tóm tắt kế hoạch giải quyết tố cáo',
  'AcceptPayload.team': 'Thành phần đoàn (tổ) giải quyết tố cáo',
  congressOpensAt: {
    title: 'Ngày khai mạc đại hội',
    description:
      'Tố cáo liên quan đến đại hội nhận trong 25 ngày làm việc (cơ sở) hoặc 30 ngày làm việc (trên cơ sở) trước ngày khai mạc thì chưa giải quyết, bàn giao cấp ủy khóa mới (procedures.md §5.1).',
  },
  'DeferCongressPayload.reason': 'Lý do chưa giải quyết',
  handedOverAt: { title: 'Ngày cấp ủy khóa mới nhận bàn giao', description: 'Thời hạn giải quyết tính lại từ ngày này.' },
  newCommittee: 'Cấp ủy khóa mới',
  'RecordVerificationPayload.kind': 'Hình thức thẩm tra, xác minh',
  'RecordVerificationPayload.summary': 'Tóm tắt kết quả thẩm tra, xác minh',
  'ExtendPayload.reason': 'Lý do gia hạn',
  noticeSummary: { title: 'Nội dung thông báo gia hạn cho người tố cáo', description: 'Gia hạn phải được thông báo cho người tố cáo (procedures.md §5.1).' },
  withdrawnAt: 'Ngày rút tố cáo',
  coercion: {
    title: 'Rút tố cáo do bị đe dọa, ép buộc, mua chuộc',
    description: 'Nếu việc rút tố cáo do bị đe dọa, ép buộc hoặc mua chuộc thì vẫn tiếp tục giải quyết (procedures.md §5.1).',
  },
  'DraftConclusionPayload.summary': 'Tóm tắt dự thảo kết luận',
  'ConcludePayload.outcome': 'Kết luận về nội dung tố cáo',
  'ConcludePayload.summary': 'Tóm tắt kết luận',
  violationToDisciplinaryLevel: 'Vi phạm đến mức phải xem xét kỷ luật',
  'ReferDisciplinePayload.subject': 'Đối tượng xem xét kỷ luật',
  'DisciplineSubjectDto.kind': 'Đảng viên chính thức, dự bị hay tổ chức đảng',
  'DisciplineSubjectDto.name': 'Họ tên đảng viên hoặc tên tổ chức đảng',
  form: 'Hình thức thông báo',
  'NotifyResultPayload.summary': 'Nội dung thông báo kết quả cho người tố cáo',
  'DeadlineMissedPayload.key': 'Thời hạn bị quá',
};

export const VALUE_LABELS_TO_CAO: readonly ValueLabels[] = [
  ...INSPECTION_SUBJECT_LABELS,
  {
    LETTER: 'Đơn, thư',
    IN_PERSON: 'Trực tiếp',
    EMAIL: 'Thư điện tử',
    TRANSFERRED_IN: 'Do cơ quan, tổ chức khác chuyển đến',
    OTHER: 'Hình thức khác',
  },
  BODY_KIND_LABELS,
  { PERSON: 'Đảng viên (cá nhân)', ORGANISATION: 'Tổ chức đảng' },
  { PARTY_ORGANISATION: 'Tổ chức đảng có thẩm quyền', STATE_BODY: 'Cơ quan nhà nước có thẩm quyền' },
  { THREAT: 'Bị đe dọa', COERCION: 'Bị ép buộc', BRIBERY: 'Bị mua chuộc' },
  {
    WORK_WITH_DENOUNCER: 'Làm việc với người tố cáo',
    SUBJECT_EXPLANATION: 'Đối tượng bị tố cáo giải trình',
    EVIDENCE: 'Thu thập tài liệu, chứng cứ',
    WORK_WITH_PEOPLE: 'Làm việc với tổ chức, cá nhân có liên quan',
    OTHER: 'Hình thức khác',
  },
  { WRITTEN: 'Bằng văn bản', IN_PERSON: 'Gặp trực tiếp', OTHER: 'Hình thức phù hợp khác' },
  DISCIPLINE_SUBJECT_LABELS,
  { handling: 'Thời hạn giải quyết tố cáo' },
];
