import { ChildConcludedPayload } from '../shared/child-case';
import type { CaseProjection, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  ADMISSIBILITY_REASONS, AcceptPayload, ConcludePayload, DeadlineMissedPayload, DeferCongressPayload, DraftConclusionPayload, EmptyPayload, ExtendPayload,
  NotAcceptPayload, NotifyResultPayload, OpenInspectionPayload, ReasonPayload, RecordVerificationPayload, ReferDisciplinePayload,
  RegisterToCaoInput, ResumeAfterCongressPayload, TransferPayload, UseAsInformationPayload, WithdrawPayload,
} from './to-cao.events';
import { TO_CAO_PROCEDURE_ID, toCaoMachineV1, type ContextToCao } from './to-cao.machine';
import { CENTRAL_MANAGED_RULE, GROUNDS_RULE } from './to-cao.rules';
import { FIELD_TEXTS_TO_CAO, VALUE_LABELS_TO_CAO } from './to-cao.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;
// Committees, standing committees, inspection commissions and cells handle denunciations (§5.1 [S26][S18]); the
// team is made of commission members (or the standing committee's, or the cell secretary for a cell).
const DECIDERS = [UBKT, BTV, SEC] as const;
const TEAM = [UBKT, BTV, SEC] as const;
const CLERKS = [OFFICE, UBKT, SEC] as const;

export const OUTCOME_LABELS: Record<string, string> = {
  TRUE: 'Tố cáo đúng',
  PARTLY_TRUE: 'Tố cáo đúng một phần',
  FALSE: 'Tố cáo sai',
};

/** Report categories (≤ 32 characters); admissibility reasons and outcomes are in the tags. */
export type ToCaoCategory =
  | 'NOT_YET_HANDLED'
  | 'IN_PROGRESS'
  | 'NOT_ACCEPTED'
  | 'USED_AS_INFORMATION'
  | 'TRANSFERRED'
  | 'DEFERRED_CONGRESS'
  | 'WITHDRAWN'
  | 'RESOLVED';

const CATEGORY_LABELS: Record<ToCaoCategory, string> = {
  NOT_YET_HANDLED: 'Chưa xem xét điều kiện thụ lý',
  IN_PROGRESS: 'Đang giải quyết',
  NOT_ACCEPTED: 'Không giải quyết (không đủ điều kiện)',
  USED_AS_INFORMATION: 'Giữ làm thông tin phục vụ kiểm tra',
  TRANSFERRED: 'Chuyển cơ quan có thẩm quyền',
  DEFERRED_CONGRESS: 'Chưa giải quyết (trước đại hội)',
  WITHDRAWN: 'Rút tố cáo',
  RESOLVED: 'Đã giải quyết',
};

const receiptOf = (c: unknown) => (c as ContextToCao).registration.receivedByCompetentAt;

function category(state: string, c: ContextToCao): ToCaoCategory {
  if (state === 'received' || state === 'admissibilityCheck') return 'NOT_YET_HANDLED';
  return c.disposition ?? 'IN_PROGRESS';
}

export const toCaoV1: ProcedureDefinition = {
  id: TO_CAO_PROCEDURE_ID,
  version: 1,
  title: 'Giải quyết tố cáo đối với tổ chức đảng, đảng viên',
  legalBasis:
    'Quy định 296-QĐ/TW ngày 30/5/2025 và Hướng dẫn 08-HD/TW ngày 10/6/2025 thực hiện Quy định 296; Quy định 164-QĐ/TW ngày 06/6/2024 (cán bộ diện Bộ Chính trị, Ban Bí thư quản lý)',
  machine: toCaoMachineV1,
  input: RegisterToCaoInput,
  createRoles: [OFFICE, UBKT, BTV, SEC],
  takesReporter: true,
  // The documents of a denunciation (docs/domain/procedures.md §5.3); descriptive codes, the steps are advisory.
  documentKinds: {
    'DON-TO-CAO': { label: 'Đơn tố cáo (bản gốc có chữ ký của người tố cáo)', steps: { START_ADMISSIBILITY_CHECK: 'REQUIRED' } },
    'QD-KH-GQTC': { label: 'Quyết định, kế hoạch giải quyết tố cáo', steps: { ACCEPT: 'REQUIRED' } },
    'TB-THU-LY': { label: 'Thông báo thụ lý giải quyết tố cáo', steps: { ACCEPT: 'EXPECTED' } },
    'TB-KHONG-THU-LY': { label: 'Thông báo không thụ lý giải quyết tố cáo', steps: { NOT_ACCEPT: 'EXPECTED' } },
    'BB-LAM-VIEC': { label: 'Biên bản làm việc với người tố cáo', steps: { RECORD_VERIFICATION: 'EXPECTED' } },
    'BC-GIAI-TRINH': { label: 'Báo cáo giải trình của đối tượng bị tố cáo', steps: { RECORD_VERIFICATION: 'EXPECTED' } },
    'BC-THAM-TRA': { label: 'Báo cáo thẩm tra, xác minh của đoàn (tổ) giải quyết tố cáo', steps: { SUBMIT_DRAFT_CONCLUSION: 'REQUIRED' } },
    'BIEN-BAN-HOP': { label: 'Biên bản hội nghị xem xét, kết luận', steps: { CONCLUDE: 'EXPECTED' } },
    'TB-KET-LUAN': { label: 'Thông báo kết luận giải quyết tố cáo', steps: { CONCLUDE: 'REQUIRED' } },
    'TB-KET-QUA': { label: 'Thông báo kết quả giải quyết cho người tố cáo', steps: { NOTIFY_RESULT: 'REQUIRED' } },
    'TB-GIA-HAN': { label: 'Thông báo gia hạn giải quyết tố cáo', steps: { EXTEND: 'REQUIRED' } },
  },
  events: {
    START_ADMISSIBILITY_CHECK: { label: 'Xem xét điều kiện thụ lý, thẩm quyền', roles: CLERKS, payload: EmptyPayload },
    NOT_ACCEPT: {
      label: 'Không giải quyết (không đủ điều kiện thụ lý)',
      roles: DECIDERS,
      payload: NotAcceptPayload,
      facts: [{ fact: 'ruleValues', keys: [GROUNDS_RULE] }],
    },
    USE_AS_INFORMATION: {
      label: 'Không giải quyết như tố cáo, giữ làm thông tin phục vụ kiểm tra',
      roles: DECIDERS,
      payload: UseAsInformationPayload,
      facts: [{ fact: 'ruleValues', keys: [GROUNDS_RULE] }],
    },
    OPEN_INSPECTION: { label: 'Mở cuộc kiểm tra khi có dấu hiệu vi phạm từ thông tin này', roles: DECIDERS, payload: OpenInspectionPayload },
    TRANSFER: { label: 'Chuyển cơ quan, tổ chức có thẩm quyền', roles: [OFFICE, UBKT, BTV, SEC], payload: TransferPayload },
    ACCEPT: {
      label: 'Thụ lý: quyết định, kế hoạch giải quyết tố cáo',
      roles: DECIDERS,
      payload: AcceptPayload,
      // For a central-managed cadre the row says when the 180 days start (K24).
      facts: [{ fact: 'ruleValues', keys: [CENTRAL_MANAGED_RULE] }],
      legalDate: ['decidedAt'],
    },
    DEFER_FOR_CONGRESS: {
      label: 'Chưa giải quyết do nhận trong thời gian trước đại hội; báo cáo, bàn giao cấp ủy khóa mới',
      roles: DECIDERS,
      payload: DeferCongressPayload,
      // The window counted from the receipt with the working calendar, for each congress level.
      facts: [
        { fact: 'dueDate', key: 'congressGrassroots', ruleKey: 'B1.CONGRESS_WINDOW_GRASSROOTS', start: receiptOf },
        { fact: 'dueDate', key: 'congressAbove', ruleKey: 'B1.CONGRESS_WINDOW_ABOVE', start: receiptOf },
      ],
      legalDate: ['congressOpensAt'],
    },
    RESUME_AFTER_CONGRESS: {
      label: 'Cấp ủy khóa mới tiếp nhận, tiếp tục giải quyết',
      roles: DECIDERS,
      payload: ResumeAfterCongressPayload,
      legalDate: ['handedOverAt'],
    },
    START_VERIFICATION: { label: 'Tiến hành thẩm tra, xác minh', roles: TEAM, payload: EmptyPayload },
    RECORD_VERIFICATION: { label: 'Ghi nhận kết quả làm việc, thẩm tra, xác minh', roles: TEAM, payload: RecordVerificationPayload },
    EXTEND: { label: 'Gia hạn giải quyết tố cáo và thông báo người tố cáo', roles: DECIDERS, payload: ExtendPayload },
    WITHDRAW: { label: 'Ghi nhận người tố cáo rút tố cáo', roles: DECIDERS, payload: WithdrawPayload, legalDate: ['withdrawnAt'] },
    SUBMIT_DRAFT_CONCLUSION: { label: 'Đoàn (tổ) trình dự thảo báo cáo, kết luận', roles: TEAM, payload: DraftConclusionPayload },
    RETURN_TO_VERIFICATION: { label: 'Yêu cầu thẩm tra, xác minh bổ sung', roles: DECIDERS, payload: ReasonPayload },
    CONCLUDE: {
      label: 'Kết luận giải quyết tố cáo',
      roles: DECIDERS,
      payload: ConcludePayload,
      // Whoever drafted the report does not conclude on it (a cell's secretary may, giving a reason).
      separateFrom: { preparedBy: ['SUBMIT_DRAFT_CONCLUSION'], bypassRoles: [SEC] },
    },
    REFER_TO_DISCIPLINE: { label: 'Chuyển xem xét, xử lý kỷ luật', roles: DECIDERS, payload: ReferDisciplinePayload },
    // Sent only by the system when a linked case concludes: no role may send it.
    CHILD_CONCLUDED: { label: 'Vụ việc liên quan đã có kết quả (hệ thống ghi nhận)', roles: [], payload: ChildConcludedPayload },
    NOTIFY_RESULT: { label: 'Thông báo kết quả giải quyết cho người tố cáo', roles: CLERKS, payload: NotifyResultPayload },
    ARCHIVE: { label: 'Lưu hồ sơ', roles: CLERKS, payload: EmptyPayload },
    // Sent only by the system when the deadline's escalation fires: no role may send it.
    DEADLINE_MISSED: { label: 'Quá hạn giải quyết (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
  },
  stateLabels: {
    received: 'Tiếp nhận đơn tố cáo',
    admissibilityCheck: 'Xem xét điều kiện thụ lý, thẩm quyền',
    notAccepted: 'Không giải quyết (không đủ điều kiện)',
    'usedAsInformation.kept': 'Giữ làm thông tin (không giải quyết như tố cáo)',
    'usedAsInformation.inspectionOpened': 'Giữ làm thông tin – đã mở cuộc kiểm tra',
    'usedAsInformation.inspectionConcluded': 'Giữ làm thông tin – cuộc kiểm tra đã kết luận',
    transferred: 'Đã chuyển cơ quan, tổ chức có thẩm quyền',
    accepted: 'Đã thụ lý',
    'verifying.inTime': 'Đang thẩm tra, xác minh',
    'verifying.extended': 'Đang thẩm tra, xác minh (đã gia hạn)',
    draftConclusion: 'Dự thảo báo cáo, kết luận',
    concluded: 'Đã kết luận',
    'disciplineReferred.awaitingDecision': 'Đã chuyển xem xét kỷ luật – chờ kết quả',
    'disciplineReferred.decided': 'Đã có kết quả xem xét kỷ luật',
    notified: 'Đã thông báo kết quả cho người tố cáo',
    archived: 'Đã lưu hồ sơ',
    withdrawn: 'Người tố cáo đã rút tố cáo – dừng giải quyết',
    deferredCongress: 'Chưa giải quyết – chờ bàn giao cấp ủy khóa mới (trước đại hội)',
  },
  fieldTexts: FIELD_TEXTS_TO_CAO,
  valueLabels: VALUE_LABELS_TO_CAO,
  guardMessages: {
    groundListed:
      'Lý do này không có trong danh mục trường hợp tố cáo không giải quyết đang có hiệu lực (quy tắc B1.NOT_HANDLED_GROUNDS), hoặc chưa có danh mục ' +
      'có giá trị pháp lý vào ngày này; cấp ủy cần xác nhận.',
    centralClockKnown:
      'Chưa có giá trị pháp lý cho mốc bắt đầu thời hạn giải quyết tố cáo đối với cán bộ diện Bộ Chính trị, Ban Bí thư quản lý ' +
      '(quy tắc B1.TOCAO_CENTRAL_MANAGED, Quyết định 164-QĐ/TW); cấp ủy cần xác nhận trước khi thụ lý.',
    congressWindowKnown:
      'Chưa có giá trị pháp lý cho thời gian trước đại hội (quy tắc B1.CONGRESS_WINDOW_GRASSROOTS, B1.CONGRESS_WINDOW_ABOVE) vào ngày nhận đơn; cấp ủy cần xác nhận.',
    inCongressWindow:
      'Chỉ chưa giải quyết tố cáo nhận trong thời gian trước đại hội: từ ngày tổ chức có thẩm quyền nhận đơn đến ngày khai mạc đại hội không quá ' +
      'số ngày làm việc quy định (cấp cơ sở, trên cơ sở; Hướng dẫn 07-HD/UBKTTW nhiệm kỳ khóa XIII), và đơn nhận trước ngày khai mạc.',
    concreteAnonymousLetter:
      'Chỉ đơn giấu tên hoặc mạo tên có nội dung cụ thể và địa chỉ rõ ràng mới được giữ làm thông tin phục vụ kiểm tra ' +
      '(Quy định 296-QĐ/TW, Điều 19, chưa kiểm chứng; procedures.md §5.1 [S18]). Trường hợp khác: không giải quyết.',
    withdrawalCoerced: 'Rút tố cáo do bị đe dọa, ép buộc, mua chuộc thì vẫn tiếp tục giải quyết (procedures.md §5.1 [S19]).',
    handlingDeadlineOpen: 'Chưa có thời hạn giải quyết đang chạy để gia hạn.',
    wasExtended: 'Vụ việc đã được gia hạn thì tiếp tục thẩm tra, xác minh trong thời hạn gia hạn.',
    disciplineLevelNeedsViolation: 'Tố cáo sai thì không thể kết luận có vi phạm đến mức phải xử lý kỷ luật.',
    violationToDisciplinaryLevel: 'Chỉ chuyển xem xét kỷ luật khi kết luận có vi phạm đến mức phải xử lý kỷ luật.',
    fromDisciplineCase: 'Chỉ kết quả của vụ việc kỷ luật do vụ tố cáo này chuyển sang mới được ghi nhận ở bước này.',
    fromInformationInspection: 'Chỉ kết quả của cuộc kiểm tra mở từ thông tin này mới được ghi nhận ở bước này.',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo quá hạn cũ không còn hiệu lực.',
  },
  // Denunciations by admissibility reason and by outcome (issue: reports), with the published labels.
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      admissibility: {
        label: 'Điều kiện thụ lý',
        values: { ACCEPTED: 'Đủ điều kiện, thụ lý', ...Object.fromEntries(Object.entries(ADMISSIBILITY_REASONS).map(([k, v]) => [k, v.label])) },
      },
      outcome: { label: 'Kết quả giải quyết', values: OUTCOME_LABELS },
    },
  },
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextToCao;
    const r = c.registration;
    const tags: Record<string, string> = { level: r.handlingBody.level, handlingBody: r.handlingBody.kind };
    if (c.admissibility) tags.admissibility = c.admissibility.reason;
    if (c.conclusion) tags.outcome = c.conclusion.outcome;
    if (c.extension) tags.extended = 'true';
    if (c.withdrawals?.some((w) => w.coercion !== undefined)) tags.coercedWithdrawal = 'true';
    if (c.congress) tags.congressDeferral = 'true';
    if (c.referral) tags.discipline = c.disciplineResult?.outcome ?? 'REFERRED';
    if (c.inspection) tags.inspection = c.inspection.result?.outcome ?? 'OPENED';
    if (c.overdue) tags.overdue = 'true';
    return { reportCategory: category(state, c), tags, title: r.title, receivedAt: r.receivedByCompetentAt };
  },
};
