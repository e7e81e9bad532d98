// Vietnamese texts of the discipline forms (docs/domain/procedures.md §7): field titles beyond the shared dictionary
// (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import {
  BODY_KIND_LABELS, COMPLAINANT_KIND_LABELS, DISCIPLINE_SUBJECT_LABELS, LEVEL_LABELS, MEMBERSHIP_STATUS_LABELS, type ValueLabels,
} from '../shared/value-labels';
import { NO_LIMITATION_LABELS } from './ky-luat.rules';

export const FIELD_TEXTS_KY_LUAT: FieldTexts = {
  'KyLuatInput.subject': 'Đối tượng xem xét kỷ luật',
  'KyLuatInput.source': {
    title: 'Hồ sơ nguồn',
    description: 'Vụ việc đã chuyển sang xem xét kỷ luật (thông tin phản ánh, kiểm tra, tố cáo), hoặc quy trình kỷ luật khi đăng ký trực tiếp.',
  },
  'DisciplineSubjectDto.kind': 'Đảng viên chính thức, dự bị hay tổ chức đảng',
  'DisciplineSubjectDto.name': 'Họ tên đảng viên hoặc tên tổ chức đảng',
  holdsPost: {
    title: 'Đang giữ chức vụ',
    description: 'Chỉ đảng viên chính thức đang giữ chức vụ mới có thể bị cách chức; không giữ chức vụ thì phiếu biểu quyết không ghi hình thức này.',
  },
  'DisciplineViolationDto.summary': 'Tóm tắt hành vi vi phạm',
  noLimitationCategory: {
    title: 'Loại vi phạm không áp dụng thời hiệu (nếu có)',
    description:
      'Vi phạm về chính trị nội bộ; về quốc phòng, an ninh, đối ngoại xâm hại lợi ích quốc gia; sử dụng văn bằng, chứng chỉ không hợp pháp (procedures.md §7.2).',
  },
  ground: {
    title: 'Trường hợp chưa xem xét kỷ luật',
    description: 'Đảng viên đang mang thai, nuôi con dưới 12 tháng tuổi hoặc ốm nặng điều trị nội trú thì chưa xem xét kỷ luật (Quy định 296-QĐ/TW, Điều 8).',
  },
  childBornOn: { title: 'Ngày sinh của con', description: 'Với trường hợp nuôi con nhỏ: chưa xem xét kỷ luật đến khi con đủ 12 tháng tuổi.' },
  'ResumePayload.reason': 'Lý do tiếp tục xem xét',
  'SelfCriticismPayload.documentRef': 'Số, ký hiệu bản tự kiểm điểm',
  submittedAt: 'Ngày nộp bản tự kiểm điểm',
  'ReasonPayload.reason': 'Lý do không có bản tự kiểm điểm',
  heldAt: 'Ngày gặp, nghe đảng viên trình bày',
  representative: {
    title: 'Đại diện tổ chức có thẩm quyền',
    description: 'Trước khi họp xem xét kỷ luật, đại diện tổ chức có thẩm quyền phải gặp, nghe đảng viên trình bày (Quy định 296-QĐ/TW, Điều 12).',
  },
  'HearingPayload.minutesRef': 'Số, ký hiệu biên bản làm việc',
  invitations: {
    title: 'Các ngày được mời mà không đến',
    description: 'Mỗi lần đảng viên được mời mà không đến; từ hai lần trở lên là vắng mặt nhiều lần (Quy định 296-QĐ/TW, Điều 12).',
  },
  withoutValidReason: 'Không có lý do chính đáng',
  'AbsencePayload.minutesRef': 'Số, ký hiệu biên bản ghi nhận vắng mặt',
  'VotePayload.decidingBody': 'Tổ chức biểu quyết',
  subjectKind: 'Loại đối tượng (phải khớp với vụ việc)',
  'VotePayload.minutesRef': 'Số, ký hiệu biên bản hội nghị',
  tally: { title: 'Kết quả kiểm phiếu', description: 'Chỉ ghi số phiếu, không ghi ai bầu hình thức nào (phiếu kín).' },
  dissolutionThreshold: {
    title: 'Tỷ lệ đã áp dụng khi biểu quyết giải tán',
    description: 'Quy định chưa nêu tỷ lệ biểu quyết giải tán tổ chức đảng: ghi tỷ lệ tổ chức đã áp dụng và căn cứ (câu hỏi mở Q4).',
  },
  'BodyDto.kind': 'Loại tổ chức',
  forms: {
    title: 'Các hình thức kỷ luật ghi trên phiếu',
    description: 'Một phiếu ghi đủ các hình thức áp dụng cho đối tượng, từ nặng đến nhẹ (procedures.md §7.4).',
  },
  votes: {
    title: 'Số phiếu cho từng hình thức',
    description:
      'Số phiếu chọn từng hình thức ghi trên phiếu: hình thức có trên phiếu mà không phiếu nào chọn thì ghi 0, hình thức không có trên phiếu thì để trống.',
  },
  noDiscipline: 'Số phiếu không kỷ luật',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  strict: {
    title: 'Phải vượt quá tỷ lệ',
    description: 'Có: số phiếu phải hơn tỷ lệ (ví dụ hơn 1/2); không: đạt từ tỷ lệ trở lên (ví dụ từ 2/3).',
  },
  basis: 'Căn cứ áp dụng tỷ lệ',
  form: { title: 'Hình thức kỷ luật', description: 'Phải đúng hình thức đã được biểu quyết.' },
  decisionRef: 'Số, ký hiệu quyết định kỷ luật',
  'ProposeUpPayload.decidingBody': 'Tổ chức đề nghị (tổ chức đã biểu quyết)',
  'ForwardProposalPayload.proposedTo': 'Cấp có thẩm quyền cao hơn được đề nghị',
  'ForwardProposalPayload.reason': 'Lý do chuyển đề nghị',
  'UpperDecidePayload.decidingBody': 'Tổ chức cấp trên quyết định',
  'ReceiptPayload.receivedAt': {
    title: 'Ngày nhận quyết định kỷ luật',
    description: 'Thời hạn khiếu nại tính từ ngày đảng viên (tổ chức đảng) nhận quyết định (Điều lệ Đảng, Điều 39 khoản 7).',
  },
  'ComplainantDto.kind': 'Đảng viên hay tổ chức đảng',
  'ComplainantDto.name': 'Họ tên hoặc tên tổ chức khiếu nại',
  'ComplaintLodgedPayload.summary': 'Tóm tắt nội dung khiếu nại',
  'DeadlineMissedPayload.key': 'Thời hạn bị quá',
};

export const VALUE_LABELS_KY_LUAT: readonly ValueLabels[] = [
  DISCIPLINE_SUBJECT_LABELS,
  NO_LIMITATION_LABELS,
  {
    PREGNANCY: 'Đang mang thai',
    NURSING_CHILD_UNDER_12_MONTHS: 'Đang nuôi con dưới 12 tháng tuổi',
    SERIOUS_ILLNESS_IN_HOSPITAL: 'Ốm nặng đang điều trị nội trú',
  },
  BODY_KIND_LABELS,
  LEVEL_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  COMPLAINANT_KIND_LABELS,
  { complaintWindow: 'Thời hạn khiếu nại' },
];

/** What each automatic routing after a counted vote stands for. */
export const AUTOMATIC_CONDITIONS_KY_LUAT: Readonly<Record<string, string>> = {
  voteDecidedNothing: 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn phiếu',
  voteTimeBarred: 'Hình thức đã biểu quyết đã hết thời hiệu',
  cellAnnouncesWithinAuthority: 'Chi bộ khiển trách, cảnh cáo trong thẩm quyền: có hiệu lực ngay khi công bố kết quả biểu quyết',
  upperDecidedNothing: 'Cấp trên không quyết định hình thức nào',
};
