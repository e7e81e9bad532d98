import { Role } from '../shared/roles';
import { CHILD_CONCLUDED, ChildConcludedPayload } from '../shared/child-case';
import { DISCIPLINE_FORM_LABELS } from '../shared/facts';
import type { CaseProjection, ProcedureDefinition } from '../shared/procedure';
import {
  AbsencePayload, CheckLimitationPayload, ComplaintLodgedPayload, DeadlineMissedPayload, DecidePayload, DeferPayload, EmptyPayload,
  ForwardProposalPayload, HearingPayload, KyLuatInput, ProposeUpPayload, ReasonPayload, ReceiptPayload, ResumePayload, SelfCriticismPayload,
  UpperDecidePayload, VotePayload,
} from './ky-luat.events';
import { kyLuatMachineV1, KY_LUAT_PROCEDURE_ID, type ContextKyLuat } from './ky-luat.machine';
import { checkInputDates, LIMIT_RULE_KEYS, SUBJECT_KIND_LABELS } from './ky-luat.rules';
import { AUTOMATIC_CONDITIONS_KY_LUAT, FIELD_TEXTS_KY_LUAT, VALUE_LABELS_KY_LUAT } from './ky-luat.texts';
import { previewRecordVote, previewUpperDecide } from './ky-luat.preview';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;

export const KY_LUAT_CATEGORIES = {
  IN_PROGRESS: 'Đang xem xét',
  DEFERRED_PROTECTED: 'Chưa xem xét kỷ luật (đang mang thai, nuôi con dưới 12 tháng, ốm nặng điều trị nội trú)',
  PROPOSED_UP: 'Đã đề nghị cấp có thẩm quyền',
  DISCIPLINED: 'Đã thi hành kỷ luật',
  NO_DISCIPLINE: 'Không kỷ luật',
  TIME_BARRED: 'Hết thời hiệu – không thi hành',
  ANNULLED: 'Đã xóa hình thức kỷ luật (sau khiếu nại)',
} as const;

function category(state: string, c: ContextKyLuat): keyof typeof KY_LUAT_CATEGORIES {
  if (state === 'deferred') return 'DEFERRED_PROTECTED';
  switch (c.outcome) {
    case 'DECIDED':
      return 'DISCIPLINED';
    case 'NO_DISCIPLINE':
      return 'NO_DISCIPLINE';
    case 'NOT_ENFORCED_TIME_BARRED':
      return 'TIME_BARRED';
    case 'ANNULLED':
      return 'ANNULLED';
    case 'PROPOSED_UP':
      return 'PROPOSED_UP';
    default:
      return 'IN_PROGRESS';
  }
}

const withAuthority = [{ fact: 'disciplineAuthority' }] as const;

export const kyLuatV1: ProcedureDefinition = {
  id: KY_LUAT_PROCEDURE_ID,
  version: 1,
  title: 'Thi hành kỷ luật đảng viên, tổ chức đảng',
  legalBasis: 'Điều lệ Đảng; Quy định 69-QĐ/TW (sửa đổi bởi 264-QĐ/TW); Quy định 296-QĐ/TW và Hướng dẫn 08-HD/TW',
  machine: kyLuatMachineV1,
  input: KyLuatInput,
  createRoles: [OFFICE, UBKT, BTV, SEC],
  // The documents of a disciplinary case (docs/domain/procedures.md §7.4–7.5); descriptive codes, the steps are advisory.
  documentKinds: {
    'BAN-TU-KIEM': { label: 'Bản tự kiểm điểm', steps: { SUBMIT_SELF_CRITICISM: 'REQUIRED' } },
    'BB-GAP-NGHE': { label: 'Biên bản gặp, nghe đảng viên trình bày', steps: { RECORD_HEARING: 'REQUIRED' } },
    'BIEN-BAN-HOP': { label: 'Biên bản hội nghị xem xét kỷ luật', steps: { RECORD_VOTE: 'REQUIRED' } },
    'PHIEU-BQ': { label: 'Phiếu biểu quyết kín (một phiếu ghi các hình thức kỷ luật)', steps: { RECORD_VOTE: 'EXPECTED' } },
    'BB-KIEM-PHIEU': { label: 'Biên bản kiểm phiếu (kể cả cộng dồn phiếu)', steps: { RECORD_VOTE: 'REQUIRED' } },
    'QD-KY-LUAT': { label: 'Quyết định kỷ luật', steps: { DECIDE: 'REQUIRED', UPPER_DECIDE: 'REQUIRED', RECORD_RECEIPT: 'EXPECTED' } },
    'TO-TRINH-DN': { label: 'Tờ trình, văn bản đề nghị cấp có thẩm quyền quyết định kỷ luật', steps: { PROPOSE_UP: 'REQUIRED' } },
    'TB-KY-LUAT': { label: 'Thông báo quyết định kỷ luật đến đảng viên, tổ chức quản lý', steps: { RECORD_RECEIPT: 'EXPECTED' } },
    'DN-XL-DONG-BO': { label: 'Văn bản đề nghị xử lý kỷ luật đồng bộ (chính quyền, đoàn thể)', steps: {} },
  },
  inputChecks: (input, now) => checkInputDates(input as KyLuatInput, now),
  events: {
    CHECK_LIMITATION: {
      label: 'Xác định thời hiệu kỷ luật',
      roles: [UBKT, OFFICE],
      payload: CheckLimitationPayload,
      facts: [{ fact: 'ruleValues', keys: LIMIT_RULE_KEYS }],
    },
    DEFER_PROTECTED: { label: 'Chưa xem xét kỷ luật (trường hợp được bảo vệ)', roles: [BTV, SEC], payload: DeferPayload },
    RESUME: { label: 'Tiếp tục xem xét kỷ luật', roles: [BTV, SEC], payload: ResumePayload },
    SUBMIT_SELF_CRITICISM: { label: 'Nhận bản tự kiểm điểm', roles: [OFFICE, SEC, UBKT], payload: SelfCriticismPayload },
    RECORD_NO_SELF_CRITICISM: { label: 'Ghi nhận không nộp bản tự kiểm điểm', roles: [OFFICE, SEC, UBKT], payload: ReasonPayload },
    RECORD_HEARING: { label: 'Đại diện tổ chức có thẩm quyền gặp, nghe đảng viên trình bày', roles: [UBKT, BTV, SEC], payload: HearingPayload },
    RECORD_REPEATED_ABSENCE: { label: 'Ghi nhận vắng mặt nhiều lần không có lý do chính đáng', roles: [UBKT, BTV, SEC], payload: AbsencePayload },
    RECORD_VOTE: {
      label: 'Ghi nhận kết quả bỏ phiếu kín',
      roles: [SEC, BTV, OFFICE],
      payload: VotePayload,
      facts: withAuthority,
      votePreview: previewRecordVote,
    },
    DECIDE: {
      label: 'Quyết định kỷ luật (trong thẩm quyền)',
      roles: [BTV, SEC],
      payload: DecidePayload,
      facts: withAuthority,
      // Who prepared the dossier and the limitation does not sign the decision.
      separateFrom: { preparedBy: ['CHECK_LIMITATION'], bypassRoles: [SEC] },
    },
    PROPOSE_UP: { label: 'Đề nghị cấp có thẩm quyền quyết định', roles: [SEC, BTV, UBKT], payload: ProposeUpPayload, facts: withAuthority },
    FORWARD_PROPOSAL: { label: 'Chuyển đề nghị lên cấp có thẩm quyền cao hơn', roles: [BTV, SEC], payload: ForwardProposalPayload },
    UPPER_DECIDE: {
      label: 'Cấp trên quyết định (chuẩn y hoặc thay đổi hình thức)',
      roles: [BTV, SEC],
      payload: UpperDecidePayload,
      facts: withAuthority,
      // Who drafted the proposal does not decide it.
      separateFrom: { preparedBy: ['PROPOSE_UP'], bypassRoles: [SEC] },
      votePreview: previewUpperDecide,
    },
    RECORD_RECEIPT: { label: 'Ghi nhận ngày nhận quyết định kỷ luật', roles: [OFFICE], payload: ReceiptPayload },
    COMPLAINT_LODGED: { label: 'Ghi nhận đơn khiếu nại kỷ luật', roles: [OFFICE, UBKT], payload: ComplaintLodgedPayload },
    [CHILD_CONCLUDED]: { label: 'Có kết quả giải quyết khiếu nại', roles: [], payload: ChildConcludedPayload },
    DEADLINE_MISSED: { label: 'Hết thời hạn khiếu nại (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
    ARCHIVE: { label: 'Lưu hồ sơ', roles: [OFFICE], payload: EmptyPayload },
  },
  stateLabels: {
    concluded: 'Đã kết luận vi phạm – chờ xác định thời hiệu',
    'proceedings.selfCriticism': 'Chờ bản tự kiểm điểm',
    'proceedings.hearing': 'Chờ gặp, nghe đảng viên trình bày',
    'proceedings.meeting': 'Chờ họp, bỏ phiếu kín',
    deferred: 'Chưa xem xét kỷ luật (mang thai, nuôi con dưới 12 tháng, ốm nặng điều trị nội trú)',
    voted: 'Đã biểu quyết – chờ quyết định hoặc đề nghị cấp có thẩm quyền',
    proposedUp: 'Đã đề nghị cấp có thẩm quyền – chờ quyết định',
    noDiscipline: 'Không kỷ luật (không hình thức nào đạt tỷ lệ, kể cả cộng dồn)',
    timeBarred: 'Hết thời hiệu – kết quả biểu quyết không thi hành',
    effective: 'Quyết định kỷ luật có hiệu lực – chờ ghi nhận ngày nhận quyết định',
    complaintWindow: 'Trong thời hạn khiếu nại – quyết định vẫn có hiệu lực',
    complaintPending: 'Đang giải quyết khiếu nại – quyết định kỷ luật vẫn có hiệu lực thi hành',
    complaintResolved: 'Đã có kết quả giải quyết khiếu nại',
    archived: 'Đã lưu hồ sơ',
  },
  fieldTexts: FIELD_TEXTS_KY_LUAT,
  valueLabels: VALUE_LABELS_KY_LUAT,
  automaticConditions: AUTOMATIC_CONDITIONS_KY_LUAT,
  guardMessages: {
    conclusionDateKnown: 'Cần ngày tổ chức có thẩm quyền kết luận vi phạm đến mức phải xử lý kỷ luật để tính thời hiệu.',
    conclusionDateValid: 'Ngày kết luận vi phạm không được trước ngày bắt đầu vi phạm và không được sau ngày ghi nhận.',
    subjectIsMember: 'Chỉ đảng viên mới thuộc trường hợp chưa xem xét kỷ luật vì mang thai, nuôi con nhỏ hoặc ốm nặng.',
    protectedGroundHolds:
      'Trường hợp nuôi con nhỏ phải ghi ngày sinh của con và con chưa đủ 12 tháng tuổi (Quy định 296-QĐ/TW, Điều 8, chưa kiểm chứng).',
    resumesTo: 'Không xác định được bước để tiếp tục xem xét.',
    absenceRepeated:
      'Chỉ tiến hành khi đảng viên vắng mặt nhiều lần (ít nhất hai lần được mời) không có lý do chính đáng (Quy định 296-QĐ/TW, Điều 12).',
    subjectKindMatches: 'Loại đối tượng ghi trong phiếu/quyết định không khớp với đối tượng của vụ việc.',
    ballotListsSubjectForms:
      'Phiếu biểu quyết phải ghi đủ và đúng các hình thức kỷ luật áp dụng cho đối tượng, từ nặng đến nhẹ: đảng viên chính thức – khai trừ, ' +
      'cách chức (chỉ khi đang giữ chức vụ), cảnh cáo, khiển trách; đảng viên dự bị – cảnh cáo, khiển trách; tổ chức đảng – giải tán, cảnh cáo, khiển trách.',
    tallyCounts:
      'Kết quả kiểm phiếu không hợp lệ hoặc chưa có tỷ lệ cho một hình thức trên phiếu (giải tán cần ghi tỷ lệ đã áp dụng): xem chi tiết lỗi của từng con số.',
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
  },
  report: {
    categories: KY_LUAT_CATEGORIES,
    dimensions: {
      form: { label: 'Hình thức kỷ luật', values: { ...DISCIPLINE_FORM_LABELS, NONE: 'Không (chưa có hoặc không thi hành)' } },
      subjectKind: { label: 'Đối tượng', values: SUBJECT_KIND_LABELS },
      enforced: { label: 'Thi hành', values: { true: 'Có hiệu lực thi hành', false: 'Không thi hành / chưa có quyết định' } },
    },
  },
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextKyLuat;
    const decided = c.outcome === 'DECIDED' && c.formInForce ? c.formInForce : null;
    const tags: Record<string, string> = {
      // The form in force (after a complaint decision) or, for a result not enforced, the form voted.
      form: decided ?? (c.outcome === 'NOT_ENFORCED_TIME_BARRED' ? (c.applied?.form ?? 'NONE') : 'NONE'),
      subjectKind: c.input.subject.kind,
      enforced: decided ? 'true' : 'false',
    };
    if (c.outcome) tags.outcome = c.outcome;
    if (c.hearing?.kind === 'ABSENT_REPEATEDLY') tags.absentRepeatedly = 'true';
    if (c.complaints?.length) tags.complaint = c.complaintResults?.at(-1)?.outcome ?? 'PENDING';
    return {
      reportCategory: category(state, c),
      tags,
      title: `Kỷ luật: ${c.input.subject.name}`.slice(0, 300),
      receivedAt: c.input.concludedAt ?? c.limitation?.concludedAt ?? c.input.violation.occurredFrom,
    };
  },
};
