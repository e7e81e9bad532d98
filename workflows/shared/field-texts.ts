// What a person sees on a step's form: the Vietnamese title of each field (and, where its meaning is not obvious, a
// short description citing the rule), published as `title` / `description` in the step schemas of
// GET /procedures/:id/versions/:version. Pure data: the application reads it, the machines never do.

/** A field's Vietnamese title, or its title and a short description of what it means. */
export type FieldText = string | { readonly title: string; readonly description?: string };

/**
 * Field name → text. A procedure's own map (ProcedureDefinition.fieldTexts) adds to and overrides the shared one below;
 * a key `ClassName.property` (the payload DTO's class, or a class it extends) names one DTO's field where the same
 * name means something else elsewhere, and wins over the plain name.
 */
export type FieldTexts = Readonly<Record<string, FieldText>>;

/** The text of `property` on the DTO class `cls`: the procedure's `Class.property`, its `property`, then the shared one. */
export function fieldTextOf(cls: Function, property: string, own: FieldTexts | undefined): FieldText | undefined {
  for (let c: unknown = cls; typeof c === 'function' && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const byClass = own?.[`${(c as Function).name}.${property}`];
    if (byClass !== undefined) return byClass;
  }
  return own?.[property] ?? COMMON_FIELD_TEXTS[property];
}

export function titleOf(text: FieldText): string {
  return typeof text === 'string' ? text : text.title;
}

export function descriptionOf(text: FieldText): string | undefined {
  return typeof text === 'string' ? undefined : text.description;
}

/** Names that mean the same in every procedure (a procedure overrides any of them for itself). */
export const COMMON_FIELD_TEXTS: FieldTexts = {
  // Registration, content
  title: 'Tiêu đề vụ việc',
  summary: 'Tóm tắt nội dung',
  reason: 'Lý do',
  note: 'Ghi chú',
  channel: 'Hình thức tiếp nhận',
  subject: 'Đối tượng',
  subjectKind: 'Loại đối tượng',
  name: 'Tên',
  fullName: 'Họ và tên',
  userId: { title: 'Tài khoản trong hệ thống (nếu có)', description: 'Mã tài khoản người dùng của người này trong hệ thống, nếu có.' },
  kind: 'Loại',
  level: 'Cấp',
  upperDirectLevel: {
    title: 'Cấp trên trực tiếp (nếu không phải cấp liền trên)',
    description:
      'Chỉ ghi khi cấp trên trực tiếp của tổ chức này không phải cấp liền trên theo thứ tự chi bộ → cơ sở → cấp trên cơ sở → tỉnh → Trung ương ' +
      '(ví dụ đảng ủy xã, phường trực thuộc tỉnh từ 01/7/2025).',
  },
  // Dates
  occurredAt: 'Thời điểm xảy ra',
  receivedAt: 'Ngày nhận',
  decidedAt: 'Ngày quyết định',
  decisionDate: 'Ngày ký quyết định',
  lodgedAt: 'Ngày gửi đơn',
  concludedAt: {
    title: 'Ngày kết luận vi phạm đến mức phải xử lý kỷ luật',
    description: 'Ngày tổ chức có thẩm quyền kết luận vi phạm đến mức phải xử lý kỷ luật: thời hiệu kỷ luật tính đến ngày này (Quy định 296-QĐ/TW).',
  },
  meetingDate: 'Ngày họp',
  // Documents
  documentRef: 'Số, ký hiệu văn bản',
  decisionRef: 'Số, ký hiệu quyết định',
  conclusionRef: 'Số, ký hiệu văn bản kết luận',
  minutesRef: 'Số, ký hiệu biên bản',
  resolutionRef: 'Số, ký hiệu nghị quyết',
  proposalRef: 'Số, ký hiệu tờ trình, văn bản đề nghị',
  evidenceRef: 'Số, ký hiệu giấy tờ chứng minh',
  evidenceRefs: 'Tài liệu, chứng cứ kèm theo (số, ký hiệu)',
  // Violations (docs/domain/procedures.md §7.2)
  violation: 'Hành vi vi phạm',
  occurredFrom: 'Vi phạm từ ngày',
  occurredUntil: 'Vi phạm đến ngày (nếu đã chấm dứt)',
  continuing: {
    title: 'Vi phạm kéo dài',
    description: 'Vi phạm kéo dài thì thời hiệu tính từ khi chấm dứt vi phạm; chưa chấm dứt thì chưa bắt đầu tính (procedures.md §7.2).',
  },
  taskAssignedByUpper: {
    title: 'Vi phạm thuộc nhiệm vụ do cấp trên giao',
    description: 'Khi đó chi bộ không thi hành kỷ luật mà đề nghị cấp có thẩm quyền (Quy định 296-QĐ/TW, Điều 10; procedures.md §7.3).',
  },
  // Handling, decisions
  outcome: 'Kết quả',
  finding: 'Kết quả',
  decidingBody: 'Tổ chức quyết định',
  proposedTo: 'Cấp có thẩm quyền được đề nghị',
  planSummary: 'Tóm tắt kế hoạch',
  team: 'Thành phần đoàn (tổ) công tác',
  audiences: 'Gửi thông báo đến',
  isParty: 'Là đảng viên hoặc tổ chức đảng',
  // Complaints (docs/domain/procedures.md §8)
  complainant: 'Người (tổ chức) khiếu nại',
  lodgedWith: 'Tổ chức nhận đơn khiếu nại',
  onBehalfOfAnother: {
    title: 'Khiếu nại thay cho người khác',
    description: 'Khiếu nại thay cho người khác thì không được thụ lý (Quy định 22-QĐ/TW, Điều 23).',
  },
  // Votes (docs/domain/procedures.md §7.4, §9.5)
  tally: 'Kết quả kiểm phiếu',
  roster: 'Thành phần dự họp biểu quyết',
  members: 'Danh sách đảng viên của tổ chức biểu quyết',
  conflicted: {
    title: 'Đảng viên là đối tượng của vụ việc hoặc đã khai có xung đột lợi ích',
    description:
      'Vẫn biểu quyết và được tính vào tổng số, trừ khi cấp ủy đã xác nhận danh sách không tính họ (quy tắc VOTE.DENOMINATOR_EXCLUSIONS).',
  },
  id: 'Mã đảng viên',
  status: 'Đảng viên chính thức hay dự bị',
  absent: 'Vắng mặt',
  exempt: {
    title: 'Được miễn sinh hoạt đảng',
    description: 'Người được miễn sinh hoạt mà vắng mặt thì không tính vào tổng số; có mặt và biểu quyết thì vẫn tính (Hướng dẫn 294 §9.3.2).',
  },
  transferred: { title: 'Đang sinh hoạt tạm thời nơi khác', description: 'Không tính vào tổng số đảng viên khi tính tỷ lệ biểu quyết.' },
  invalid: 'Số phiếu không hợp lệ',
  cast: 'Tổng số phiếu thu về',
  // Linked cases and system events
  source: 'Hồ sơ nguồn',
  procedureId: 'Mã quy trình',
  caseId: 'Mã hồ sơ',
  childCaseId: 'Mã hồ sơ liên quan',
  link: 'Quan hệ giữa hai hồ sơ',
  key: 'Mã',
  generation: {
    title: 'Lần đặt thời hạn',
    description: 'Số thứ tự lần đặt (lại) thời hạn: thông báo quá hạn của một lần đặt cũ không còn hiệu lực.',
  },
};
