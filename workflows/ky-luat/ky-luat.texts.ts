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
  childBornOn: {
    title: 'Ngày sinh của con',
    description: 'Với trường hợp nuôi con nhỏ: chưa xem xét kỷ luật đến khi con đủ số tháng tuổi theo quy định (B3.PROTECT_NURSING_MONTHS).',
  },
  expectedEndOn: {
    title: 'Ngày kết thúc dự kiến',
    description: 'Mang thai: ngày dự sinh (bắt buộc); điều trị nội trú: ngày dự kiến ra viện nếu có. Hệ thống nhắc đơn vị vào ngày này.',
  },
  'ResumePayload.reason': 'Lý do tiếp tục xem xét',
  protectionEndedOn: {
    title: 'Ngày kết thúc trường hợp được bảo vệ',
    description: 'Mang thai: ngày sinh con (hoặc ngày kết thúc thai kỳ); điều trị nội trú: ngày ra viện. Chỉ tiếp tục xem xét từ ngày này.',
  },
  endEvidenceRef: 'Số, ký hiệu giấy tờ chứng minh (giấy chứng sinh, giấy ra viện)',
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
    description: 'Mỗi lần đảng viên được mời mà không đến; đủ số lần theo quy định (B3.REPEATED_ABSENCE_INVITATIONS) là vắng mặt nhiều lần (Quy định 296-QĐ/TW, Điều 12).',
  },
  withoutValidReason: 'Không có lý do chính đáng',
  'AbsencePayload.minutesRef': 'Số, ký hiệu biên bản ghi nhận vắng mặt',
  'VotePayload.decidingBody': 'Tổ chức biểu quyết',
  subjectKind: 'Loại đối tượng (phải khớp với vụ việc)',
  'VotePayload.minutesRef': 'Số, ký hiệu biên bản hội nghị',
  meetingDate: {
    title: 'Ngày họp, bỏ phiếu',
    description: 'Tỷ lệ biểu quyết, cách tính tổng số và thẩm quyền áp dụng theo quy định có hiệu lực vào ngày này (để trống: ngày ghi nhận).',
  },
  decisionDate: { title: 'Ngày quyết định', description: 'Thẩm quyền và hiệu lực áp dụng theo quy định có hiệu lực vào ngày này (để trống: ngày ghi nhận).' },
  proposedOn: 'Ngày đề nghị',
  tally: { title: 'Kết quả kiểm phiếu', description: 'Chỉ ghi số phiếu, không ghi ai bầu hình thức nào (phiếu kín).' },
  conflicted: {
    title: 'Đảng viên tự nêu có xung đột lợi ích',
    description: 'Vẫn biểu quyết và được tính vào tổng số, trừ khi cấp ủy đã xác nhận không tính (VOTE.DENOMINATOR_EXCLUSIONS).',
  },
  suspendedOrProsecuted: 'Đang bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố hoặc tạm giam',
  absentApprovedReason: 'Vắng mặt suốt hội nghị có lý do chính đáng được cấp ủy triệu tập đồng ý',
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
  { complaintWindow: 'Thời hạn khiếu nại', protectionEnd: 'Hết thời gian chưa xem xét kỷ luật (trường hợp được bảo vệ)' },
];

export const KY_LUAT_CATEGORIES = {
  IN_PROGRESS: 'Đang xem xét',
  DEFERRED_PROTECTED: 'Chưa xem xét kỷ luật (đang mang thai, nuôi con nhỏ, ốm nặng điều trị nội trú)',
  PROPOSED_UP: 'Đã đề nghị cấp có thẩm quyền',
  DISCIPLINED: 'Đã thi hành kỷ luật',
  NO_DISCIPLINE: 'Không kỷ luật',
  TIME_BARRED: 'Hết thời hiệu – không thi hành',
  ANNULLED: 'Đã xóa hình thức kỷ luật (sau khiếu nại)',
} as const;

export const STATE_LABELS_KY_LUAT: Readonly<Record<string, string>> = {
  concluded: 'Đã kết luận vi phạm – chờ xác định thời hiệu',
  'proceedings.selfCriticism': 'Chờ bản tự kiểm điểm',
  'proceedings.hearing': 'Chờ gặp, nghe đảng viên trình bày',
  'proceedings.meeting': 'Chờ họp, bỏ phiếu kín',
  deferred: 'Chưa xem xét kỷ luật (mang thai, nuôi con nhỏ, ốm nặng điều trị nội trú) – ở mọi cấp, đến khi hết thời gian được bảo vệ',
  voted: 'Đã biểu quyết – chờ quyết định hoặc đề nghị cấp có thẩm quyền',
  proposedUp: 'Đã đề nghị cấp có thẩm quyền – chờ quyết định',
  noDiscipline: 'Không kỷ luật (không hình thức nào đạt tỷ lệ, kể cả cộng dồn)',
  timeBarred: 'Hết thời hiệu – kết quả biểu quyết không thi hành',
  effective: 'Quyết định kỷ luật có hiệu lực – chờ ghi nhận ngày nhận quyết định',
  complaintWindow: 'Trong thời hạn khiếu nại – quyết định vẫn có hiệu lực',
  complaintPending: 'Đang giải quyết khiếu nại – quyết định kỷ luật vẫn có hiệu lực thi hành',
  complaintResolved: 'Đã có kết quả giải quyết khiếu nại',
  archived: 'Đã lưu hồ sơ',
};

/** Why each guard refuses; what it found for the very event follows (ky-luat.refusals.ts). */
export const GUARD_MESSAGES_KY_LUAT: Readonly<Record<string, string>> = {
  conclusionDateKnown: 'Cần ngày tổ chức có thẩm quyền kết luận vi phạm đến mức phải xử lý kỷ luật để tính thời hiệu.',
  conclusionDateValid: 'Ngày kết luận vi phạm không được trước ngày bắt đầu vi phạm và không được sau ngày ghi nhận.',
  limitationRulesFound:
    'Chưa có giá trị pháp lý cho thời hiệu, hình thức kỷ luật theo đối tượng hoặc loại vi phạm không áp dụng thời hiệu vào ngày vi phạm; ' +
    'cấp ủy cần xác nhận giá trị áp dụng.',
  subjectIsMember: 'Chỉ đảng viên mới thuộc trường hợp chưa xem xét kỷ luật vì mang thai, nuôi con nhỏ hoặc ốm nặng.',
  protectedGroundHolds:
    'Không thuộc trường hợp chưa xem xét kỷ luật: nuôi con nhỏ phải ghi ngày sinh và con chưa đủ số tháng tuổi theo quy định; mang thai phải ghi ' +
    'ngày dự sinh (Quy định 296-QĐ/TW, Điều 8, chưa kiểm chứng).',
  protectionEnded: 'Chưa hết thời gian chưa xem xét kỷ luật (mang thai, nuôi con nhỏ, ốm nặng điều trị nội trú): chưa được tiếp tục xem xét ở bất kỳ cấp nào.',
  resumesTo: 'Không xác định được bước để tiếp tục xem xét.',
  absenceRepeated:
    'Chỉ tiến hành khi đảng viên vắng mặt nhiều lần (đủ số lần được mời theo quy định) không có lý do chính đáng (Quy định 296-QĐ/TW, Điều 12).',
  subjectKindMatches: 'Loại đối tượng ghi trong phiếu/quyết định không khớp với đối tượng của vụ việc.',
  meetingDateValid: 'Ngày họp không được sau ngày ghi nhận và không được trước ngày kết luận vi phạm.',
  decisionDateValid: 'Ngày quyết định không được sau ngày ghi nhận, không được trước ngày kết luận vi phạm và ngày biểu quyết.',
  voteRulesFound:
    'Chưa có giá trị pháp lý cho tỷ lệ biểu quyết, cách tính tổng số, hình thức kỷ luật hoặc hiệu lực của quyết định vào ngày họp; ' +
    'cấp ủy cần xác nhận giá trị trước khi ghi nhận kết quả.',
  upperRulesFound:
    'Chưa có giá trị pháp lý cho tỷ lệ biểu quyết, cách tính tổng số, hình thức kỷ luật hoặc hiệu lực của quyết định vào ngày cấp trên quyết định; ' +
    'cấp ủy cần xác nhận giá trị trước khi ghi nhận.',
  ballotListsSubjectForms:
    'Phiếu biểu quyết phải ghi đủ và đúng các hình thức kỷ luật áp dụng cho đối tượng, từ nặng đến nhẹ: đảng viên chính thức – khai trừ, ' +
    'cách chức (chỉ khi đang giữ chức vụ), cảnh cáo, khiển trách; đảng viên dự bị – cảnh cáo, khiển trách; tổ chức đảng – giải tán, cảnh cáo, khiển trách.',
  dissolutionThresholdConfirmed:
    'Chưa có tỷ lệ biểu quyết giải tán tổ chức đảng được xác nhận (quy định chưa nêu): không ghi nhận được kết quả có phiếu giải tán cho đến khi ' +
    'cấp ủy xác nhận giá trị.',
  tallyCounts: 'Kết quả kiểm phiếu không hợp lệ hoặc chưa tính được theo quy định: xem chi tiết lỗi của từng con số.',
  effectRuleFound: 'Chưa có quy tắc về thời điểm có hiệu lực của quyết định kỷ luật của tổ chức này với hình thức đã biểu quyết; cấp ủy cần xác nhận.',
  // Routing after a counted vote: never shown (the last branch has no guard).
  voteDecidedNothing: 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn.',
  voteTimeBarred: 'Hình thức đã biểu quyết đã hết thời hiệu.',
  cellAnnouncesWithinAuthority: 'Chỉ khiển trách, cảnh cáo của chi bộ trong thẩm quyền mới có hiệu lực ngay khi công bố kết quả biểu quyết.',
  upperDecidedNothing: 'Cấp trên không quyết định hình thức nào.',
  sameBodyAsVote: 'Tổ chức quyết định hoặc đề nghị phải là tổ chức đã bỏ phiếu.',
  formExistsForSubject: 'Hình thức kỷ luật này không áp dụng cho đối tượng của vụ việc (Điều lệ Đảng; Quy định 69-QĐ/TW).',
  formMatchesVote: 'Quyết định phải ghi đúng hình thức kỷ luật đã được biểu quyết.',
  authorityConfigured:
    'Chưa cấu hình thẩm quyền kỷ luật của tổ chức này đối với hình thức đã biểu quyết: cấp ủy phải thiết lập bảng thẩm quyền ' +
    '(Quy định 296-QĐ/TW, Điều 10–11) trước khi quyết định hoặc đề nghị.',
  withinAuthority:
    'Hình thức đã biểu quyết vượt thẩm quyền của tổ chức này, hoặc vi phạm thuộc nhiệm vụ do cấp trên giao: phải đề nghị cấp có thẩm quyền quyết định.',
  beyondAuthority: 'Hình thức đã biểu quyết thuộc thẩm quyền của tổ chức này: tổ chức ra quyết định, không đề nghị cấp trên.',
  upperAuthorityConfigured:
    'Chưa cấu hình thẩm quyền kỷ luật của cơ quan cấp trên này đối với hình thức đã biểu quyết: cấp ủy phải thiết lập bảng thẩm quyền trước khi quyết định.',
  upperWithinAuthority: 'Cơ quan cấp trên này cũng không có thẩm quyền với hình thức đã biểu quyết: chuyển đề nghị lên cấp có thẩm quyền.',
  upperBodyAbove: 'Quyết định của cấp trên phải do tổ chức cấp trên của tổ chức đã đề nghị đưa ra.',
  receiptAfterDecision: 'Ngày nhận quyết định không được trước ngày quyết định và không được sau ngày ghi nhận.',
  currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo quá hạn cũ không còn hiệu lực.',
  complaintWindowClosed: 'Chưa hết thời hạn khiếu nại: chỉ lưu hồ sơ sau khi hết thời hạn hoặc sau khi có kết quả giải quyết khiếu nại.',
  fromComplaintCase: 'Chỉ kết quả của vụ khiếu nại đối với quyết định này mới được ghi nhận ở bước này.',
};

/** What each automatic routing after a counted vote stands for. */
export const AUTOMATIC_CONDITIONS_KY_LUAT: Readonly<Record<string, string>> = {
  voteDecidedNothing: 'Không hình thức nào đạt tỷ lệ, kể cả khi cộng dồn phiếu',
  voteTimeBarred: 'Hình thức đã biểu quyết đã hết thời hiệu',
  cellAnnouncesWithinAuthority: 'Chi bộ khiển trách, cảnh cáo trong thẩm quyền: có hiệu lực ngay khi công bố kết quả biểu quyết',
  upperDecidedNothing: 'Cấp trên không quyết định hình thức nào',
};
