// Vietnamese texts of the 1374 forms (docs/domain/procedures.md §4): field titles beyond the shared dictionary
// (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { AUDIENCE_LABELS, DISCIPLINE_SUBJECT_LABELS, type ValueLabels } from '../shared/value-labels';

export const FIELD_TEXTS_1374: FieldTexts = {
  source: { title: 'Nguồn thông tin', description: 'Một trong bốn nguồn thông tin phản ánh của Quy định 1374-QĐ/TU.' },
  publishedAt: {
    title: 'Ngày báo chí đăng tải',
    description:
      'Bắt buộc với thông tin do báo chí phản ánh: người đứng đầu cơ quan, đơn vị giải trình trong 10 ngày làm việc tính từ ngày này (Quy định 1374-QĐ/TU).',
  },
  publication: 'Tên báo, tạp chí đăng tải',
  frontSupervision: {
    title: 'Thông tin từ giám sát của Mặt trận, đoàn thể',
    description:
      'Kết quả phải được thông báo bằng văn bản trong 20 ngày làm việc kể từ ngày nhận, vụ việc phức tạp không quá 30 ngày làm việc (Quy định 124-QĐ/TW, Điều 8).',
  },
  infoType: 'Loại thông tin',
  'ClassifyPayload.subject': 'Đối tượng bị phản ánh',
  'SubjectDto.kind': 'Cá nhân hay tập thể',
  'SubjectDto.name': 'Tên cá nhân, tập thể',
  'SubjectDto.isParty': { title: 'Là đảng viên hoặc tổ chức đảng', description: 'Cá nhân là đảng viên; tập thể là tổ chức đảng.' },
  managedBy: { title: 'Diện quản lý', description: 'Đối tượng thuộc diện cấp ủy nào quản lý, so với cấp ủy tiếp nhận thông tin.' },
  'RecordExplanationPayload.receivedAt': 'Ngày nhận báo cáo giải trình',
  'RecordExplanationPayload.summary': {
    title: 'Tóm tắt báo cáo giải trình',
    description: 'Nội dung vụ việc; tính chất, mức độ, tác hại; trách nhiệm của tập thể, cá nhân; hướng giải quyết (Quy định 1374-QĐ/TU).',
  },
  proposal: 'Đề xuất hình thức, phương pháp xem xét',
  direction: 'Nội dung chỉ đạo',
  clearViolation: {
    title: 'Vi phạm rõ',
    description: 'Trường hợp vi phạm rõ: Ban Thường vụ xem xét, xử lý trong thời hạn tối đa tính từ ngày chỉ đạo (quy tắc A.CLEAR_VIOLATION_MAX).',
  },
  'ForwardPayload.handlingReport': {
    title: 'Báo cáo kết quả xử lý của đơn vị',
    description: 'Đơn vị có thẩm quyền chỉ được chuyển lên cấp ủy cấp trên vụ việc của mình sau khi đã xử lý và có báo cáo kết quả xử lý.',
  },
  unitId: 'Đơn vị, cấp ủy cấp dưới được giao giải quyết',
  instructions: 'Nội dung giao, yêu cầu',
  target: 'Chuyển đến',
  bodyName: 'Tên cơ quan, tổ chức nhận',
  handlingReport: {
    title: 'Báo cáo kết quả xử lý của đơn vị',
    description: 'Đơn vị có thẩm quyền không được chuyển vụ việc về Tổ công tác khi chưa có báo cáo kết quả xử lý.',
  },
  'HandlingReportDto.summary': 'Tóm tắt kết quả xử lý',
  finding: 'Kết luận về thông tin phản ánh',
  'ConcludePayload.summary': 'Tóm tắt kết luận (hành vi, mức độ vi phạm của từng tập thể, cá nhân)',
  measures: {
    title: 'Biện pháp xử lý',
    description:
      'Xử lý đồng bộ về Đảng, chính quyền, đoàn thể; kết luận có cơ sở hoặc có cơ sở một phần phải nêu ít nhất một biện pháp (Quy định 1374-QĐ/TU).',
  },
  party: 'Về Đảng',
  government: 'Về chính quyền',
  massOrganisation: 'Về đoàn thể',
  'NotifyPayload.summary': 'Nội dung thông báo kết quả',
  'DeadlineMissedPayload.key': 'Thời hạn bị quá',
};

/** Version 2's additions: the referral opens the discipline case. */
export const FIELD_TEXTS_1374_V2: FieldTexts = {
  ...FIELD_TEXTS_1374,
  'ReferDisciplinePayload.subjectKind': 'Đối tượng xem xét kỷ luật',
  'ViolationDto.summary': 'Tóm tắt hành vi vi phạm',
};

/** The enumerations' labels besides the sources' (SOURCE_LABELS, declared with the procedure). */
export const VALUE_LABELS_1374: readonly ValueLabels[] = [
  {
    LETTER: 'Đơn, thư',
    EMAIL: 'Thư điện tử',
    IN_PERSON: 'Trực tiếp',
    PHONE: 'Điện thoại',
    MEETING: 'Hội nghị, tiếp xúc cử tri',
    PUBLICATION: 'Báo chí, xuất bản phẩm',
    OTHER: 'Hình thức khác',
  },
  { PHAN_ANH: 'Phản ánh', KIEN_NGHI: 'Kiến nghị', KHIEU_NAI: 'Khiếu nại', TO_CAO: 'Tố cáo' },
  { PERSON: 'Cá nhân', ORGANISATION: 'Tập thể, tổ chức' },
  {
    RECEIVING_COMMITTEE: 'Cấp ủy tiếp nhận thông tin quản lý',
    LOWER_COMMITTEE: 'Cấp ủy cấp dưới quản lý',
    HIGHER_COMMITTEE: 'Cấp ủy cấp trên quản lý',
    OUTSIDE_PARTY: 'Không thuộc diện tổ chức đảng quản lý',
  },
  {
    HIGHER_COMMITTEE: 'Cấp ủy cấp trên',
    LOWER_COMMITTEE: 'Cấp ủy cấp dưới',
    OTHER_PARTY_ORGANISATION: 'Tổ chức đảng khác',
    STATE_BODY: 'Cơ quan nhà nước có thẩm quyền',
  },
  { WELL_FOUNDED: 'Có cơ sở', PARTLY_FOUNDED: 'Có cơ sở một phần', UNFOUNDED: 'Không có cơ sở' },
  AUDIENCE_LABELS,
  {
    explanation: 'Báo cáo giải trình của người đứng đầu',
    officeProposal: 'Văn phòng cấp ủy báo cáo, đề xuất',
    direction: 'Ban Thường vụ chỉ đạo',
    frontResult: 'Thông báo kết quả giám sát của Mặt trận, đoàn thể',
    handling: 'Xử lý thông tin từ nguồn cử tri, cơ quan dân cử, đơn thư (chưa có giá trị pháp lý)',
    clearViolation: 'Ban Thường vụ xử lý trường hợp vi phạm rõ',
  },
  DISCIPLINE_SUBJECT_LABELS,
];
