// Vietnamese texts of the disciplinary-complaint forms (docs/domain/procedures.md §8): field titles beyond the shared
// dictionary (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { BODY_KIND_LABELS, COMPLAINANT_KIND_LABELS, LEVEL_LABELS, type ValueLabels } from '../shared/value-labels';
import type { ComplaintBodyKind } from './khieu-nai-ky-luat.events';

/** The bodies of a complaint, the Secretariat included (the final instance for khai trừ). */
export const COMPLAINT_BODY_KIND_LABELS: Readonly<Record<ComplaintBodyKind, string>> = { ...BODY_KIND_LABELS, SECRETARIAT: 'Ban Bí thư' };

/** How sure the rule row is (legal_rule.confidence), as a sentence shown with the value. */
export const CONFIDENCE_TEXTS: Readonly<Record<string, string>> = {
  STATED: 'đã xác định trong nguồn',
  INFERRED: 'suy luận, cấp ủy cần xác nhận',
  UNVERIFIED: 'chưa kiểm chứng với văn bản chính thức',
  NOT_FOUND: 'chưa tìm thấy giá trị pháp lý',
  CONFLICT: 'các nguồn chưa thống nhất (Điều lệ: "một tháng"; hỏi đáp: "30 ngày làm việc"; Quy định 296-QĐ/TW: "30 ngày"), cấp ủy cần xác nhận',
};

export const FIELD_TEXTS_KHIEU_NAI: FieldTexts = {
  'KhieuNaiInput.decision': 'Quyết định bị khiếu nại',
  'KhieuNaiInput.lodgedAt': 'Ngày gửi đơn khiếu nại',
  'KhieuNaiInput.lodgedWith': {
    title: 'Tổ chức nhận đơn khiếu nại',
    description: 'Quyết định của ủy ban kiểm tra thì khiếu nại trước hết đến cấp ủy, ban thường vụ cùng cấp (Quy định 22-QĐ/TW, Điều 22).',
  },
  'KhieuNaiInput.summary': 'Tóm tắt nội dung khiếu nại',
  'KhieuNaiInput.findings': {
    title: 'Tình tiết về điều kiện thụ lý',
    description: 'Các tình tiết làm đơn khiếu nại không được thụ lý (Quy định 296-QĐ/TW, Điều 23; procedures.md §8).',
  },
  'KhieuNaiInput.source': 'Hồ sơ nguồn (vụ kỷ luật hoặc vụ khiếu nại cấp dưới)',
  'ComplainantDto.kind': 'Đảng viên hay tổ chức đảng',
  'ComplainantDto.name': 'Họ tên hoặc tên tổ chức khiếu nại',
  'ComplainedDecisionDto.form': 'Hình thức kỷ luật theo quyết định bị khiếu nại',
  decidedBy: 'Tổ chức ra quyết định bị khiếu nại',
  'ComplainedDecisionDto.receivedAt': {
    title: 'Ngày người khiếu nại nhận quyết định',
    description: 'Thời hạn khiếu nại tính từ ngày nhận quyết định (Điều lệ Đảng, Điều 39 khoản 7); để trống nếu chưa nhận.',
  },
  originallyDecidedBy: {
    title: 'Tổ chức đã quyết định kỷ luật ban đầu',
    description: 'Khi khiếu nại quyết định giải quyết khiếu nại của cấp dưới: tổ chức đã thi hành kỷ luật (xác định cấp giải quyết cuối cùng).',
  },
  'BodyDto.kind': 'Loại tổ chức',
  lodgedWithOtherLevels: 'Đã gửi đơn đồng thời đến nhiều cấp',
  handledByHigherLevel: 'Đang được cấp có thẩm quyền cấp trên giải quyết',
  courtSentenced: 'Bị tòa án kết án',
  refusedToReceiveDecision: 'Từ chối nhận quyết định kỷ luật hoặc quyết định giải quyết khiếu nại',
  membershipTransferredOutside: 'Đã chuyển sinh hoạt đảng chính thức đến tổ chức đảng không cùng cấp trên trực tiếp',
  nonCustodialReformOrHeavier: 'Bị phạt cải tạo không giam giữ hoặc nặng hơn',
  judgementAnnulled: 'Bản án đã bị hủy',
  'AssessPayload.findings': 'Tình tiết phát hiện khi xem xét điều kiện thụ lý',
  'AssessPayload.receivedAt': {
    title: 'Ngày tổ chức có thẩm quyền nhận đơn khiếu nại',
    description: 'Thời hạn giải quyết tính từ ngày này; các quy định (cấp giải quyết, căn cứ không thụ lý) áp dụng theo ngày này.',
  },
  probationary: { title: 'Đảng viên dự bị', description: 'Đảng viên dự bị chỉ có thể bị khiển trách hoặc cảnh cáo.' },
  'ReportPayload.documentRef': 'Số, ký hiệu báo cáo thẩm tra, xác minh',
  'ReportPayload.summary': 'Tóm tắt kết quả thẩm tra, xác minh',
  'DecideComplaintPayload.outcome': 'Quyết định giải quyết khiếu nại',
  newForm: { title: 'Hình thức kỷ luật mới', description: 'Chỉ ghi khi thay đổi hình thức kỷ luật.' },
  'DecideComplaintPayload.decisionRef': 'Số, ký hiệu quyết định giải quyết khiếu nại',
  'DecideComplaintPayload.reason': 'Lý do, căn cứ giải quyết',
  'NotifyComplainantPayload.summary': 'Nội dung thông báo cho người khiếu nại',
  'NotifyComplainantPayload.receivedAt': {
    title: 'Ngày người khiếu nại nhận quyết định giải quyết',
    description: 'Thời hạn khiếu nại tiếp lên cấp trên tính từ ngày này.',
  },
  'EscalatePayload.lodgedAt': 'Ngày gửi đơn khiếu nại lên cấp trên',
  'EscalatePayload.lodgedWith': {
    title: 'Tổ chức cấp trên nhận đơn khiếu nại',
    description:
      'Cấp giải quyết kế tiếp do quy định đang có hiệu lực xác định (xem "Cấp giải quyết kế tiếp" của vụ việc); chỉ chọn tổ chức nào của cấp đó nhận đơn khi cấp đó có nhiều tổ chức.',
  },
  'EscalatePayload.summary': 'Tóm tắt nội dung khiếu nại tiếp',
  'ReasonPayload.reason': 'Lý do kết thúc',
  'DeadlineMissedPayload.key': 'Thời hạn bị quá',
};

export const VALUE_LABELS_KHIEU_NAI: readonly ValueLabels[] = [
  COMPLAINANT_KIND_LABELS,
  COMPLAINT_BODY_KIND_LABELS,
  LEVEL_LABELS,
  { resolve: 'Thời hạn giải quyết khiếu nại' },
];

/** The condition of the automatic routing after the admissibility assessment. */
export const AUTOMATIC_CONDITIONS_KHIEU_NAI: Readonly<Record<string, string>> = {
  hasRejectionReason: 'Có lý do không thụ lý đơn khiếu nại',
};
