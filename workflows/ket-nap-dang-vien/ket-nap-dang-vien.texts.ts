// Vietnamese texts of the admission forms (docs/domain/procedures.md §9): field titles beyond the shared dictionary
// (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { CONFIRMATION_LABELS, LEVEL_LABELS, MEMBERSHIP_STATUS_LABELS, type ValueLabels } from '../shared/value-labels';

export const FIELD_TEXTS_KET_NAP: FieldTexts = {
  // Registration (§9.1–9.2)
  personId: { title: 'Hồ sơ cá nhân người vào Đảng', description: 'Họ tên và ngày sinh phải khớp với hồ sơ cá nhân này.' },
  dateOfBirth: { title: 'Ngày sinh', description: 'Tuổi tính theo tháng tại thời điểm chi bộ xét kết nạp: từ đủ 18 đến đủ 60 tuổi (Quy định 232-QĐ/TW).' },
  educationLevel: {
    title: 'Trình độ học vấn',
    description: 'Tốt nghiệp trung học cơ sở trở lên, trừ những vùng được hướng dẫn riêng (Quy định 232-QĐ/TW).',
  },
  educationException: {
    title: 'Vùng áp dụng tiêu chuẩn học vấn riêng (nếu có)',
    description: 'Người vào Đảng sinh sống, làm việc ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn.',
  },
  youthUnionInUnit: {
    title: 'Đơn vị có tổ chức Đoàn',
    description: 'Nơi có tổ chức Đoàn, người trong độ tuổi đoàn phải là đoàn viên, được Ban Chấp hành Đoàn cơ sở giới thiệu (Điều lệ Đảng, Điều 4).',
  },
  youthUnionMember: 'Là đoàn viên Đoàn Thanh niên',
  tradeUnionInUnit: {
    title: 'Đơn vị có tổ chức Công đoàn (không có tổ chức Đoàn)',
    description: 'Khi đó người vào Đảng là đoàn viên công đoàn được Ban Chấp hành Công đoàn cơ sở giới thiệu (Điều lệ Đảng, Điều 4).',
  },
  tradeUnionMember: 'Là đoàn viên công đoàn',
  cellName: 'Chi bộ xét kết nạp',
  hasSectionCommittee: {
    title: 'Có đảng ủy bộ phận',
    description: 'Đảng ủy bộ phận (giữa chi bộ và đảng ủy cơ sở) thẩm định hồ sơ (mẫu 7-KNĐ).',
  },
  sectionCommittee: 'Đảng ủy bộ phận',
  grassrootsCommittee: 'Đảng ủy cơ sở',
  grassrootsAuthorisedToAdmit: {
    title: 'Đảng ủy cơ sở được ủy quyền kết nạp',
    description: 'Được ủy quyền thì đảng ủy cơ sở quyết định kết nạp; không thì đề nghị cấp ủy có thẩm quyền (Quy định 29-QĐ/TW §4.3.2).',
  },
  competentCommittee: 'Cấp ủy có thẩm quyền quyết định kết nạp',
  'CommitteeDto.name': 'Tên cấp ủy',
  route: {
    title: 'Trường hợp xét kết nạp',
    description: 'Trên 60 tuổi do cấp ủy trực thuộc Trung ương xem xét, quyết định (Quy định 232-QĐ/TW).',
  },
  listedOn: {
    title: 'Ngày chi bộ đưa vào danh sách quần chúng ưu tú',
    description: 'Ngày nghị quyết của chi bộ; là ngày tiếp nhận hồ sơ.',
  },
  priorLeavingReason: {
    title: 'Lý do ra khỏi Đảng trước đây (người từng là đảng viên)',
    description:
      'Một số lý do không được kết nạp lại; thời gian chờ sau khi ra khỏi Đảng hoặc sau khi được xóa án tích, số lần được kết nạp lại và văn bản đồng ý trước của Ban Thường vụ tỉnh ủy theo quy định thi hành Điều lệ Đảng (Quy định 294-QĐ/TW §3.5).',
  },
  crimeExpungedOn: 'Ngày được xóa án tích',
  // Preparation (§9.3)
  mentorName: 'Họ tên đảng viên được phân công giúp đỡ',
  mentorMemberId: 'Mã đảng viên giúp đỡ (nếu có)',
  assignedOn: 'Ngày phân công',
  enrolledOn: 'Ngày học lớp bồi dưỡng nhận thức về Đảng',
  courseName: 'Tên lớp bồi dưỡng',
  issuedOn: {
    title: 'Ngày cấp giấy chứng nhận',
    description: 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị 60 tháng (Hướng dẫn 06-HD/TW §5.4).',
  },
  certificateRef: 'Số giấy chứng nhận',
  submittedOn: 'Ngày nộp đơn xin vào Đảng (mẫu 1-KNĐ)',
  'DeclareBackgroundPayload.declaredOn': 'Ngày khai lý lịch người xin vào Đảng (mẫu 2-KNĐ)',
  // Background verification (§9.6)
  persons: {
    title: 'Những người cần thẩm tra lý lịch',
    description:
      'Người vào Đảng; cha, mẹ đẻ (hoặc người trực tiếp nuôi dưỡng), cha, mẹ vợ (chồng); vợ (chồng); con đủ năng lực hành vi dân sự (Hướng dẫn 06-HD/TW §3.4).',
  },
  'VerifiedPersonDto.key': { title: 'Mã người được thẩm tra', description: 'Do văn phòng đặt, không trùng trong hồ sơ (ví dụ "cha", "me").' },
  relation: 'Quan hệ với người vào Đảng',
  partyMember: 'Là đảng viên',
  personKey: 'Mã người được thẩm tra',
  unitAsked: {
    title: 'Cấp ủy được đề nghị thẩm tra',
    description: 'Đảng ủy cơ sở (nơi chưa có thì cấp ủy cấp trên trực tiếp) nơi người được thẩm tra cư trú, làm việc.',
  },
  requestedOn: 'Ngày gửi yêu cầu thẩm tra',
  method: 'Hình thức thẩm tra',
  answeredOn: 'Ngày có kết quả thẩm tra',
  finding: 'Kết quả thẩm tra',
  'RecordVerificationAnswerPayload.summary': 'Tóm tắt kết quả thẩm tra',
  relativeIsPartyMember: {
    title: 'Người thân là đảng viên',
    description: 'Miễn thẩm tra người thân là đảng viên khi người vào Đảng đã khai đầy đủ, trung thực (Hướng dẫn 06-HD/TW §3.4.c, chưa kiểm chứng).',
  },
  fullyDeclared: 'Người vào Đảng đã khai đầy đủ, trung thực',
  'ExemptVerificationPayload.note': 'Căn cứ miễn thẩm tra',
  certifiedOn: 'Ngày chứng nhận lý lịch',
  cellComment: 'Nhận xét của chi ủy (chi bộ)',
  // Introducers (§9.2)
  'RecordIntroducerPayload.key': { title: 'Mã người giới thiệu', description: 'Do văn phòng đặt, không trùng trong hồ sơ.' },
  'RecordIntroducerPayload.kind': 'Người giới thiệu là',
  'RecordIntroducerPayload.name': 'Họ tên đảng viên hoặc tên ban chấp hành đoàn thể giới thiệu',
  introducedOn: 'Ngày giới thiệu',
  fullMember: 'Là đảng viên chính thức',
  coworkingSince: {
    title: 'Cùng công tác, học tập, sinh sống với người vào Đảng từ ngày',
    description: 'Người giới thiệu phải cùng công tác, học tập, sinh sống với người vào Đảng ít nhất 12 tháng trong cùng đơn vị (Quy định 24-QĐ/TW §3.2).',
  },
  assignedByCell: {
    title: 'Do chi bộ phân công thay người giới thiệu trước',
    description: 'Khi người giới thiệu trước chuyển đi, bị kỷ luật…: không đòi hỏi thời gian 12 tháng.',
  },
  replacesKey: 'Mã người giới thiệu được thay',
  consentedOn: 'Ngày có văn bản đồng ý',
  'Over60ConsentPayload.documentRef': 'Số, ký hiệu văn bản đồng ý',
  'ReadmissionConsentPayload.documentRef': 'Số, ký hiệu văn bản đồng ý kết nạp lại',
  'ReadmissionConsentPayload.body': {
    title: 'Ban Thường vụ cấp ủy đồng ý kết nạp lại',
    description: 'Kết nạp lại người đã ra khỏi Đảng: phải có văn bản đồng ý trước của Ban Thường vụ tỉnh ủy, thành ủy (Quy định 294-QĐ/TW §3.5.1).',
  },
  body: {
    title: 'Ban Thường vụ cấp ủy trực thuộc Trung ương đồng ý',
    description:
      'Người trên 60 tuổi: phải có văn bản đồng ý trước khi cấp ủy có thẩm quyền quyết định (Hướng dẫn 06-HD/TW năm 2025; nội dung suy ra từ Hướng dẫn 01-HD/TW năm 2016, chưa kiểm chứng).',
  },
  // Votes and decisions (§9.5, §9.4)
  members: {
    title: 'Danh sách đảng viên của tổ chức biểu quyết',
    description: 'Đảng viên dự bị có tên trong danh sách nhưng không biểu quyết, không tính vào tổng số.',
  },
  approve: 'Số phiếu tán thành',
  reject: 'Số phiếu không tán thành',
  proposal: 'Chi bộ đề nghị',
  appraisedOn: 'Ngày thẩm định',
  favourable: 'Đồng ý đề nghị kết nạp',
  'SectionAppraisalPayload.summary': 'Tóm tắt báo cáo thẩm định',
  'ExtendDecisionPayload.reason': 'Lý do gia hạn',
  extendedOn: { title: 'Ngày quyết định gia hạn', description: 'Chỉ gia hạn trước khi hết hạn, số lần và số ngày theo quy định.' },
  admitted: 'Quyết định kết nạp',
  'DecideAdmissionPayload.decisionDate': { title: 'Ngày ký quyết định kết nạp', description: 'Tuổi đảng tính từ ngày ghi trong quyết định kết nạp.' },
  lateReason: {
    title: 'Lý do quyết định chậm (nếu quá hạn)',
    description: 'Quyết định chậm không có lý do chính đáng thì phải kiểm điểm trách nhiệm trước cấp ủy cấp trên (Quy định 29-QĐ/TW §4.3.1).',
  },
  receivedOn: { title: 'Ngày chi bộ nhận quyết định kết nạp', description: 'Thời hạn tổ chức lễ kết nạp tính từ ngày này hoặc từ ngày ban hành quyết định, theo quy định C.CEREMONY.' },
  agreedOn: 'Ngày cấp ủy cấp trên đồng ý',
  'UpperAgreementPayload.documentRef': 'Số, ký hiệu văn bản đồng ý',
  'UpperAgreementPayload.reason': 'Lý do tổ chức lễ kết nạp chậm',
  ceremonyDate: { title: 'Ngày tổ chức lễ kết nạp', description: 'Là ngày vào Đảng: 12 tháng dự bị tính từ ngày này (Điều lệ Đảng, Điều 5).' },
  'MemberRecordPayload.declaredOn': 'Ngày khai lý lịch đảng viên',
  asOf: 'Ngày bắt đầu xét công nhận đảng viên chính thức',
  decision: 'Quyết định',
  'DeadlineMissedPayload.key': 'Thời hạn',
};

export const EDUCATION_LEVEL_LABELS: Readonly<Record<string, string>> = {
  NONE: 'Chưa qua trường lớp',
  PRIMARY: 'Tiểu học',
  LOWER_SECONDARY: 'Trung học cơ sở',
  UPPER_SECONDARY: 'Trung học phổ thông',
  VOCATIONAL: 'Trung cấp',
  COLLEGE: 'Cao đẳng',
  UNIVERSITY: 'Đại học',
  POSTGRADUATE: 'Sau đại học',
};

/** The routes of a case (the report's dimension): the age range, or above it on the provincial route. */
export const ROUTE_LABELS: Readonly<Record<string, string>> = {
  NORMAL: 'Từ đủ 18 đến đủ 60 tuổi',
  PROVINCIAL_OVER_60: 'Trên 60 tuổi (cấp ủy trực thuộc Trung ương)',
};

/** Bodies whose prior written consent a readmission needs (the codes of C.READMISSION_CONSENT). */
export const CONSENT_BODY_LABELS: Readonly<Record<string, string>> = {
  PROVINCIAL_STANDING_COMMITTEE: 'Ban Thường vụ tỉnh ủy, thành ủy hoặc đảng ủy trực thuộc Trung ương',
};

/** The cases of C.ADMISSION_DECIDING_BODY: an authorised grassroots committee, or the competent committee above it. */
export const DECIDING_ROUTE_LABELS: Readonly<Record<string, string>> = {
  GRASSROOTS_AUTHORISED: 'đảng ủy cơ sở được ủy quyền kết nạp',
  COMPETENT_COMMITTEE: 'cấp ủy có thẩm quyền cấp trên',
};

export const VALUE_LABELS_KET_NAP: readonly ValueLabels[] = [
  EDUCATION_LEVEL_LABELS,
  {
    MOUNTAINOUS: 'Miền núi',
    BORDER: 'Biên giới',
    ISLAND: 'Hải đảo',
    ETHNIC_MINORITY: 'Vùng đồng bào dân tộc thiểu số',
    VERY_DIFFICULT_AREA: 'Vùng đặc biệt khó khăn',
  },
  {
    SELF_ABANDONED_ACTIVITY: 'Tự bỏ sinh hoạt đảng',
    APPLIED_TO_LEAVE: 'Xin ra khỏi Đảng',
    APPLIED_TO_LEAVE_FAMILY_HARDSHIP: 'Xin ra khỏi Đảng vì hoàn cảnh gia đình đặc biệt khó khăn',
    SERIOUS_DISUNITY: 'Gây mất đoàn kết nghiêm trọng',
    CORRUPTION_CONVICTION: 'Bị kết án về tội tham nhũng',
    SERIOUS_CRIME: 'Bị kết án về tội nghiêm trọng trở lên',
    LESS_SERIOUS_CRIME: 'Bị kết án về tội ít nghiêm trọng',
    OTHER: 'Lý do khác',
  },
  LEVEL_LABELS,
  {
    APPLICANT: 'Người vào Đảng',
    FATHER: 'Cha',
    MOTHER: 'Mẹ',
    FATHER_IN_LAW: 'Cha vợ (chồng)',
    MOTHER_IN_LAW: 'Mẹ vợ (chồng)',
    GUARDIAN: 'Người trực tiếp nuôi dưỡng',
    SPOUSE: 'Vợ (chồng)',
    ADULT_CHILD: 'Con đủ năng lực hành vi dân sự',
  },
  { LETTER: 'Gửi văn bản đề nghị thẩm tra', CELL_MEMBER_SENT: 'Chi bộ cử đảng viên đi thẩm tra' },
  { NO_ISSUE: 'Không có vấn đề', ISSUE_FOUND: 'Có vấn đề cần xem xét' },
  CONFIRMATION_LABELS,
  {
    PARTY_MEMBER: 'Đảng viên chính thức',
    YOUTH_UNION_EXECUTIVE: 'Ban Chấp hành Đoàn cơ sở',
    TRADE_UNION_EXECUTIVE: 'Ban Chấp hành Công đoàn cơ sở',
  },
  MEMBERSHIP_STATUS_LABELS,
  { RECOGNISE: 'Công nhận đảng viên chính thức', STRIKE_OFF: 'Xóa tên trong danh sách đảng viên' },
  {
    admissionDecision: 'Thời hạn quyết định kết nạp',
    ceremony: 'Thời hạn tổ chức lễ kết nạp',
    memberRecord: 'Thời hạn khai lý lịch đảng viên',
    probation: 'Hết thời gian dự bị',
    recognitionCell: 'Thời hạn chi bộ xét công nhận đảng viên chính thức',
    recognitionDecision: 'Thời hạn quyết định công nhận đảng viên chính thức',
  },
];

/** What each automatic routing after a vote or a decision stands for. */
export const AUTOMATIC_CONDITIONS_KET_NAP: Readonly<Record<string, string>> = {
  cellVotePassed: 'Chi bộ biểu quyết đạt tỷ lệ đề nghị kết nạp',
  hasSectionCommittee: 'Có đảng ủy bộ phận (thẩm định hồ sơ)',
  grassrootsVotePassed: 'Đảng ủy cơ sở biểu quyết đạt tỷ lệ',
  authorisedToAdmit: 'Đảng ủy cơ sở được ủy quyền kết nạp',
  admitted: 'Quyết định kết nạp',
  recognitionVotePassed: 'Chi bộ biểu quyết đạt tỷ lệ',
  tooManyFailedVotes: 'Chi bộ đã biểu quyết không đạt tỷ lệ đủ số lần quy định: báo cáo cấp ủy cấp trên trực tiếp',
  admittedCeremonyFromIssue: 'Quyết định kết nạp; thời hạn tổ chức lễ kết nạp tính từ ngày ban hành quyết định',
  recognised: 'Quyết định công nhận đảng viên chính thức',
};

// The forms an admission dossier may hold (12-HD/BTCTW 2022 [S35]–[S38][S48]): the catalogue an upload's form code is
// checked against, with the names people read. Which forms each step requires is law, read from FORMS.KND.
export const FORM_CODES = [
  'CN-NTVĐ', '1-KNĐ', '2-KNĐ', '3-KNĐ', '3A-KNĐ', '4-KNĐ', '4A-KNĐ', '5-KNĐ', '5B-KNĐ', '5C-KNĐ', '6-KNĐ', '7-KNĐ', '8-KNĐ', '9-KNĐ',
  '10-KNĐ', '11-KNĐ', '12-KNĐ', '13-KNĐ', '14-KNĐ', '15-KNĐ', '16-KNĐ', 'LLCT-DVM',
] as const;
export type FormCode = (typeof FORM_CODES)[number];

export const FORM_LABELS: Record<FormCode, string> = {
  'CN-NTVĐ': 'Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng',
  '1-KNĐ': 'Đơn xin vào Đảng',
  '2-KNĐ': 'Lý lịch của người xin vào Đảng',
  '3-KNĐ': 'Giấy giới thiệu người vào Đảng (của đảng viên chính thức)',
  '3A-KNĐ': 'Giấy giới thiệu người vào Đảng (mẫu cũ, hai đảng viên giới thiệu)',
  '4-KNĐ': 'Nghị quyết giới thiệu đoàn viên ưu tú vào Đảng (Đoàn TNCS Hồ Chí Minh)',
  '4A-KNĐ': 'Nghị quyết giới thiệu đoàn viên công đoàn ưu tú vào Đảng (Công đoàn cơ sở)',
  '5-KNĐ': 'Tổng hợp ý kiến nhận xét của tổ chức đoàn thể và chi ủy nơi cư trú',
  '5B-KNĐ': 'Phiếu nhận xét của chi ủy, chi bộ nơi cư trú',
  '5C-KNĐ': 'Phiếu nhận xét của tổ chức đoàn thể nơi làm việc',
  '6-KNĐ': 'Nghị quyết của chi bộ đề nghị kết nạp đảng viên',
  '7-KNĐ': 'Báo cáo thẩm định của đảng ủy bộ phận',
  '8-KNĐ': 'Nghị quyết của đảng ủy cơ sở đề nghị kết nạp đảng viên',
  '9-KNĐ': 'Quyết định kết nạp đảng viên',
  '10-KNĐ': 'Bản tự kiểm điểm của đảng viên dự bị',
  '11-KNĐ': 'Bản nhận xét của đảng viên được phân công giúp đỡ',
  '12-KNĐ': 'Tổng hợp ý kiến nhận xét của tổ chức đoàn thể và chi ủy nơi cư trú đối với đảng viên dự bị',
  '13-KNĐ': 'Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức',
  '14-KNĐ': 'Báo cáo thẩm định của đảng ủy bộ phận (công nhận chính thức; số mẫu suy ra)',
  '15-KNĐ': 'Nghị quyết của đảng ủy cơ sở đề nghị công nhận đảng viên chính thức',
  '16-KNĐ': 'Quyết định công nhận đảng viên chính thức (số mẫu suy ra)',
  'LLCT-DVM': 'Giấy chứng nhận bồi dưỡng lý luận chính trị cho đảng viên mới',
};
