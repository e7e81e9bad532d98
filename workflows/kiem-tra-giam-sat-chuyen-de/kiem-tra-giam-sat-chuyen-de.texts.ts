// Vietnamese texts of an inspection and supervision item's forms (docs/domain/ke-hoach-kiem-tra-giam-sat.md): field
// titles beyond the shared dictionary (shared/field-texts.ts) and the labels of its enumerations. Pure data; the plan's
// forms use the item's texts for its items.
import type { FieldTexts } from '../shared/field-texts';
import { AUDIENCE_LABELS, LEVEL_LABELS, type ValueLabels } from '../shared/value-labels';
import type {
  ConclusionAudience, ItemDeadlineKey, ItemKind, ItemOutcome, ItemSubjectKind, Membership, ReferralBodyKind, VerificationKind,
} from './kiem-tra-giam-sat-chuyen-de.events';
import type { FollowUpResult } from './kiem-tra-giam-sat-chuyen-de.machine';

export const ITEM_KIND_LABELS: Readonly<Record<ItemKind, string>> = {
  INSPECTION: 'Kiểm tra đảng viên, tổ chức đảng chấp hành (không có dấu hiệu vi phạm)',
  REGULAR_SUPERVISION: 'Giám sát thường xuyên',
  THEMATIC_SUPERVISION: 'Giám sát chuyên đề',
};

/** Short names, for titles. */
export const ITEM_KIND_SHORT: Readonly<Record<ItemKind, string>> = {
  INSPECTION: 'Kiểm tra',
  REGULAR_SUPERVISION: 'Giám sát thường xuyên',
  THEMATIC_SUPERVISION: 'Giám sát chuyên đề',
};

export const SUBJECT_KIND_LABELS: Readonly<Record<ItemSubjectKind, string>> = {
  MEMBER: 'Đảng viên',
  ORGANISATION: 'Tổ chức đảng',
};

export const MEMBERSHIP_LABELS: Readonly<Record<Membership, string>> = {
  FULL_MEMBER: 'Đảng viên chính thức',
  PROBATIONARY_MEMBER: 'Đảng viên dự bị',
};

export const ITEM_OUTCOME_LABELS: Readonly<Record<ItemOutcome, string>> = {
  NO_VIOLATION: 'Không có vi phạm, khuyết điểm',
  SHORTCOMINGS_TO_CORRECT: 'Có hạn chế, khuyết điểm: rút kinh nghiệm, khắc phục',
  SIGNS_OF_VIOLATION: 'Có dấu hiệu vi phạm: chuyển kiểm tra khi có dấu hiệu vi phạm',
  VIOLATION: 'Có vi phạm: chuyển xem xét, xử lý kỷ luật',
};

export const FOLLOW_UP_LABELS: Readonly<Record<FollowUpResult, string>> = {
  CORRECTED: 'Đã khắc phục',
  REFERRED_TO_INSPECTION: 'Chưa khắc phục: chuyển kiểm tra khi có dấu hiệu vi phạm',
};

export const REFERRAL_BODY_LABELS: Readonly<Record<ReferralBodyKind, string>> = {
  CELL: 'Chi bộ',
  PARTY_COMMITTEE: 'Cấp ủy',
  STANDING_COMMITTEE: 'Ban Thường vụ cấp ủy',
  INSPECTION_COMMISSION: 'Ủy ban kiểm tra',
};

export const VERIFICATION_KIND_LABELS: Readonly<Record<VerificationKind, string>> = {
  DOCUMENTS: 'Nghiên cứu tài liệu, hồ sơ',
  WORK_WITH_PEOPLE: 'Làm việc với tổ chức, cá nhân có liên quan',
  DISCUSSION_WITH_SUBJECT: 'Làm việc với đảng viên (tổ chức) được kiểm tra, giám sát',
  OTHER: 'Hình thức khác',
};

export const CONCLUSION_AUDIENCE_LABELS: Readonly<Record<ConclusionAudience, string>> = {
  UNIT: AUDIENCE_LABELS.UNIT,
  UPPER_COMMITTEE: AUDIENCE_LABELS.UPPER_COMMITTEE,
};

export const ITEM_DEADLINE_LABELS: Readonly<Record<ItemDeadlineKey, string>> = {
  NOTICE: 'Thông báo cho đối tượng tại kỳ sinh hoạt chi bộ tháng trước',
  PERIOD: 'Thời gian tiến hành theo kế hoạch',
  SELF_REPORT: 'Hạn nộp báo cáo tự kiểm tra (tự giám sát)',
  CONCLUSION: 'Chi bộ họp kết luận (cấp ủy tự đặt)',
  CONCLUSION_NOTICE: 'Thông báo kết luận (cấp ủy tự đặt)',
  CORRECTION: 'Hạn báo cáo kết quả khắc phục',
};

/** The fields of an item, as an item case and as an item of the plan. */
export const ITEM_FIELD_TEXTS: FieldTexts = {
  'ItemSubjectDto.kind': 'Đối tượng là đảng viên hay tổ chức đảng',
  'ItemSubjectDto.name': 'Họ tên đảng viên hoặc tên tổ chức đảng',
  personId: { title: 'Đảng viên (trong danh sách đảng viên)', description: 'Bắt buộc khi đối tượng là đảng viên.' },
  'ItemSubjectDto.unitId': { title: 'Tổ chức đảng (trong hệ thống tổ chức)', description: 'Bắt buộc khi đối tượng là tổ chức đảng.' },
  membership: 'Đảng viên chính thức hay dự bị',
  'ItemSubjectDto.userId': {
    title: 'Tài khoản của đảng viên trong hệ thống (nếu có)',
    description: 'Đảng viên là đối tượng kiểm tra, giám sát không tự thực hiện các bước của nội dung này.',
  },
  content: 'Nội dung kiểm tra, giám sát',
  period: { title: 'Thời gian tiến hành', description: 'Từ ngày – đến ngày (tính cả hai ngày), trong năm của kế hoạch.' },
  'ItemPeriodDto.from': 'Từ ngày',
  'ItemPeriodDto.to': 'Đến ngày',
  carriedOutBy: 'Người (bộ phận) thực hiện',
  method: 'Phương pháp tiến hành',
};

export const FIELD_TEXTS_ITEM: FieldTexts = {
  ...ITEM_FIELD_TEXTS,
  'ItemInput.kind': 'Loại nội dung',
  'ItemInput.subject': 'Đối tượng kiểm tra, giám sát',
  'ItemInput.title': 'Tiêu đề nội dung',
  plan: { title: 'Thuộc kế hoạch kiểm tra, giám sát', description: 'Năm và số thứ tự nội dung trong kế hoạch (khi mở từ kế hoạch).' },
  'ItemPlanRefDto.year': 'Năm của kế hoạch',
  itemNo: 'Số thứ tự nội dung trong kế hoạch',
  adoptedOn: 'Ngày chi bộ thông qua kế hoạch',
  planTitle: 'Tên kế hoạch',
  noticeDueDate: {
    title: 'Hạn thông báo cho đối tượng',
    description: 'Ngày cuối cùng của tháng trước tháng tiến hành: thông báo tại kỳ sinh hoạt chi bộ tháng trước (quy tắc KTGS.ITEM_NOTICE).',
  },
  openedAt: 'Ngày mở nội dung',
  notifiedOn: 'Ngày thông báo (kỳ sinh hoạt chi bộ)',
  'NotifySubjectPayload.minutesRef': 'Số, ký hiệu biên bản họp chi bộ',
  selfReportDueDate: { title: 'Hạn nộp báo cáo tự kiểm tra (tự giám sát)', description: 'Để trống nếu thông báo không ấn định (cấp ủy tự đặt theo quy tắc KTGS.SELF_REPORT).' },
  'SelfReportPayload.receivedOn': 'Ngày nhận báo cáo tự kiểm tra (tự giám sát)',
  'SelfReportPayload.summary': 'Tóm tắt báo cáo tự kiểm tra (tự giám sát)',
  'ReasonPayload.reason': 'Lý do',
  'ItemVerificationPayload.kind': 'Hình thức thẩm tra, xác minh',
  'ItemVerificationPayload.summary': 'Tóm tắt kết quả thẩm tra, xác minh',
  reportedOn: 'Ngày báo cáo kết quả kiểm tra, giám sát',
  'ResultReportPayload.summary': 'Tóm tắt dự thảo báo cáo kết quả',
  proposedOutcome: 'Đề xuất kết luận',
  'ConcludeItemPayload.meetingDate': 'Ngày họp chi bộ kết luận',
  'ConcludeItemPayload.outcome': 'Kết luận của chi bộ',
  'ConcludeItemPayload.summary': 'Nội dung kết luận',
  measures: { title: 'Nội dung yêu cầu khắc phục', description: 'Bắt buộc khi kết luận có hạn chế, khuyết điểm.' },
  correctionDueDate: { title: 'Hạn báo cáo kết quả khắc phục', description: 'Bắt buộc khi kết luận có hạn chế, khuyết điểm; phải sau ngày họp.' },
  inspection: { title: 'Chuyển kiểm tra khi có dấu hiệu vi phạm', description: 'Bắt buộc khi kết luận có dấu hiệu vi phạm; bỏ trống với kết luận khác.' },
  initiatingBody: 'Chủ thể kiểm tra khi có dấu hiệu vi phạm',
  'ReferralBodyDto.kind': {
    title: 'Chủ thể kiểm tra',
    description: 'Chi bộ, cấp ủy, ban thường vụ cấp ủy hoặc ủy ban kiểm tra (các ban tham mưu của cấp ủy không được tiến hành: Quy định 296-QĐ/TW, Điều 5).',
  },
  'ReferralBodyDto.name': 'Tên chủ thể kiểm tra',
  'InspectionReferralDto.reason': 'Dấu hiệu vi phạm',
  'ConcludeItemPayload.violation': { title: 'Hành vi vi phạm', description: 'Bắt buộc khi kết luận có vi phạm (chuyển xem xét, xử lý kỷ luật); bỏ trống với kết luận khác.' },
  'ItemViolationDto.summary': 'Tóm tắt hành vi vi phạm',
  disciplineSubjectKind: { title: 'Đảng viên chính thức hay dự bị', description: 'Khi chuyển xem xét kỷ luật một đảng viên mà nội dung chưa ghi rõ.' },
  'NotifyConclusionPayload.notifiedOn': 'Ngày thông báo kết luận',
  'NotifyConclusionPayload.audiences': 'Gửi thông báo kết luận đến',
  'CorrectionReportPayload.receivedOn': 'Ngày nhận báo cáo kết quả khắc phục',
  'CorrectionReportPayload.summary': 'Tóm tắt kết quả khắc phục',
  accepted: 'Chi bộ ghi nhận đã khắc phục xong',
  nextDueDate: { title: 'Hạn mới báo cáo kết quả khắc phục', description: 'Bắt buộc khi chưa khắc phục xong; phải sau ngày nhận báo cáo.' },
  decidedOn: 'Ngày chi bộ quyết định chuyển kiểm tra',
  'FollowUpReferralPayload.inspection': 'Chuyển kiểm tra khi có dấu hiệu vi phạm',
  cancelledOn: 'Ngày hủy nội dung',
  'CancelItemPayload.reason': 'Lý do hủy nội dung',
  'ItemDeadlineMissedPayload.key': 'Thời hạn',
};

export const VALUE_LABELS_ITEM: readonly ValueLabels[] = [
  ITEM_KIND_LABELS,
  SUBJECT_KIND_LABELS,
  MEMBERSHIP_LABELS,
  ITEM_OUTCOME_LABELS,
  FOLLOW_UP_LABELS,
  REFERRAL_BODY_LABELS,
  LEVEL_LABELS,
  VERIFICATION_KIND_LABELS,
  CONCLUSION_AUDIENCE_LABELS,
  ITEM_DEADLINE_LABELS,
];
