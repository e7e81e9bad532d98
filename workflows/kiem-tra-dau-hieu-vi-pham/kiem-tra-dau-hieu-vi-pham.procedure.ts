import { ChildConcludedPayload } from '../shared/child-case';
import type { CaseProjection, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  INSPECTING_BODY_LABELS,
  AnnouncePayload, ConcludeInspectionPayload, DeadlineMissedPayload, DecidePayload, DraftReportPayload, EmptyPayload, InspectionInput,
  NotifyInspectionPayload, RecordExplanationPayload, RecordVerificationPayload, ReferInspectionPayload, ReturnDraftPayload,
} from './kiem-tra-dau-hieu-vi-pham.events';
import { INSPECTION_PROCEDURE_ID, ktdhvpMachineV1, type ContextKtdhvp } from './kiem-tra-dau-hieu-vi-pham.machine';
import { AUTOMATIC_CONDITIONS_KIEM_TRA, FIELD_TEXTS_KIEM_TRA, VALUE_LABELS_KIEM_TRA } from './kiem-tra-dau-hieu-vi-pham.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;
// The inspecting bodies decide and conclude; their team (commission members, or the cell's secretary) does the work.
const DECIDERS = [UBKT, BTV, SEC] as const;
const TEAM = [UBKT, BTV, SEC] as const;

export const OUTCOME_LABELS: Record<string, string> = {
  NO_VIOLATION: 'Không vi phạm',
  VIOLATION_NO_DISCIPLINE: 'Có vi phạm nhưng chưa đến mức phải xử lý kỷ luật (rút kinh nghiệm, kiểm điểm)',
  VIOLATION_DISCIPLINE: 'Có vi phạm đến mức phải xem xét, xử lý kỷ luật',
};

/** Report categories (≤ 32 characters): opened = not PROPOSED; concluded = CONCLUDED. */
export type InspectionCategory = 'PROPOSED' | 'IN_PROGRESS' | 'CONCLUDED';

const CATEGORY_LABELS: Record<InspectionCategory, string> = {
  PROPOSED: 'Đề xuất kiểm tra',
  IN_PROGRESS: 'Đang kiểm tra',
  CONCLUDED: 'Đã kết luận',
};

function category(state: string): InspectionCategory {
  if (state === 'proposed') return 'PROPOSED';
  if (['decided', 'announced', 'explanationReceived', 'verifying', 'draftReport'].includes(state)) return 'IN_PROGRESS';
  return 'CONCLUDED';
}

export const kiemTraDauHieuViPhamV1: ProcedureDefinition = {
  id: INSPECTION_PROCEDURE_ID,
  version: 1,
  title: 'Kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm',
  legalBasis: 'Điều lệ Đảng, Điều 32; Quy định 296-QĐ/TW ngày 30/5/2025, Điều 5 (chưa kiểm chứng); Hướng dẫn 08-HD/TW ngày 10/6/2025 thực hiện Quy định 296',
  machine: ktdhvpMachineV1,
  input: InspectionInput,
  // The committee office is an advisory department: it may not start an inspection (§6).
  createRoles: [UBKT, BTV, SEC],
  // The documents of an inspection (docs/domain/procedures.md §6); descriptive codes, the steps are advisory.
  documentKinds: {
    'DE-XUAT-KT': { label: 'Văn bản đề xuất kiểm tra (đối tượng, nội dung, kế hoạch, đoàn kiểm tra)', steps: { DECIDE: 'REQUIRED' } },
    'QD-KH-KT': { label: 'Quyết định và kế hoạch kiểm tra', steps: { DECIDE: 'REQUIRED', ANNOUNCE: 'EXPECTED' } },
    'DE-CUONG-GT': { label: 'Đề cương gợi ý báo cáo giải trình', steps: { ANNOUNCE: 'EXPECTED' } },
    'BC-GIAI-TRINH': { label: 'Báo cáo giải trình của đối tượng kiểm tra', steps: { RECORD_EXPLANATION: 'REQUIRED' } },
    'BC-KQ-KIEM-TRA': { label: 'Báo cáo kết quả kiểm tra của đoàn kiểm tra', steps: { SUBMIT_DRAFT_REPORT: 'REQUIRED' } },
    'KET-LUAN-KT': { label: 'Kết luận kiểm tra', steps: { CONCLUDE: 'REQUIRED' } },
    'TB-KET-LUAN': { label: 'Thông báo kết luận kiểm tra', steps: { NOTIFY: 'REQUIRED' } },
  },
  events: {
    DECIDE: {
      label: 'Ban hành quyết định và kế hoạch kiểm tra',
      roles: DECIDERS,
      payload: DecidePayload,
      // Whoever proposed the inspection does not sign its decision (a cell's secretary may, giving a reason).
      separateFrom: { preparedBy: ['CREATE'], bypassRoles: [SEC] },
    },
    ANNOUNCE: { label: 'Công bố quyết định, kế hoạch kiểm tra', roles: TEAM, payload: AnnouncePayload, legalDate: ['announcedAt'] },
    RECORD_EXPLANATION: {
      label: 'Nhận báo cáo giải trình của đối tượng kiểm tra',
      roles: TEAM,
      payload: RecordExplanationPayload,
      legalDate: ['receivedAt'],
    },
    START_VERIFICATION: { label: 'Tiến hành thẩm tra, xác minh', roles: TEAM, payload: EmptyPayload },
    RECORD_VERIFICATION: { label: 'Ghi nhận kết quả thẩm tra, xác minh', roles: TEAM, payload: RecordVerificationPayload },
    SUBMIT_DRAFT_REPORT: { label: 'Đoàn kiểm tra trình dự thảo báo cáo kết quả kiểm tra', roles: TEAM, payload: DraftReportPayload },
    RETURN_TO_VERIFICATION: { label: 'Yêu cầu thẩm tra, xác minh bổ sung', roles: DECIDERS, payload: ReturnDraftPayload },
    CONCLUDE: {
      label: 'Kết luận kiểm tra',
      roles: DECIDERS,
      payload: ConcludeInspectionPayload,
      separateFrom: { preparedBy: ['SUBMIT_DRAFT_REPORT'], bypassRoles: [SEC] },
    },
    REFER_TO_DISCIPLINE: { label: 'Chuyển xem xét, xử lý kỷ luật', roles: DECIDERS, payload: ReferInspectionPayload },
    // Sent only by the system when the discipline case concludes: no role may send it.
    CHILD_CONCLUDED: { label: 'Vụ việc kỷ luật đã có kết quả (hệ thống ghi nhận)', roles: [], payload: ChildConcludedPayload },
    NOTIFY: { label: 'Thông báo kết luận kiểm tra', roles: DECIDERS, payload: NotifyInspectionPayload },
    ARCHIVE: { label: 'Lưu hồ sơ', roles: [UBKT, SEC, OFFICE], payload: EmptyPayload },
    // Sent only by the system when a deadline set by hand is missed: no role may send it.
    DEADLINE_MISSED: { label: 'Quá hạn (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
  },
  stateLabels: {
    proposed: 'Đề xuất kiểm tra',
    decided: 'Đã có quyết định, kế hoạch kiểm tra',
    announced: 'Đã công bố quyết định – chờ giải trình',
    explanationReceived: 'Đã nhận báo cáo giải trình',
    verifying: 'Đang thẩm tra, xác minh',
    draftReport: 'Dự thảo báo cáo kết quả kiểm tra',
    'concluded.noDiscipline': 'Đã kết luận',
    'concluded.disciplineRequired': 'Đã kết luận – phải chuyển xem xét kỷ luật',
    'disciplineReferred.awaitingDecision': 'Đã chuyển xem xét kỷ luật – chờ kết quả',
    'disciplineReferred.decided': 'Đã có kết quả xem xét kỷ luật',
    notified: 'Đã thông báo kết luận',
    archived: 'Đã lưu hồ sơ',
  },
  fieldTexts: FIELD_TEXTS_KIEM_TRA,
  valueLabels: VALUE_LABELS_KIEM_TRA,
  automaticConditions: AUTOMATIC_CONDITIONS_KIEM_TRA,
  guardMessages: {
    disciplineOnlyForPartySubject:
      'Chỉ kết luận "vi phạm đến mức phải xử lý kỷ luật" khi đối tượng kiểm tra là đảng viên hoặc tổ chức đảng.',
    concludedWithDiscipline: 'Kết luận có vi phạm đến mức phải xử lý kỷ luật thì phải chuyển xem xét kỷ luật trước khi thông báo.',
    disciplineSubjectKnown:
      'Cần xác định đối tượng xem xét kỷ luật là đảng viên chính thức, đảng viên dự bị hay tổ chức đảng (khớp với đối tượng kiểm tra).',
    fromDisciplineCase: 'Chỉ kết quả của vụ việc kỷ luật do cuộc kiểm tra này chuyển sang mới được ghi nhận ở bước này.',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo quá hạn cũ không còn hiệu lực.',
  },
  // Inspections opened and concluded, by outcome and by initiating body (issue: reports).
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      outcome: { label: 'Kết luận', values: OUTCOME_LABELS },
      initiatingBody: { label: 'Chủ thể kiểm tra', values: INSPECTING_BODY_LABELS },
    },
  },
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextKtdhvp;
    const r = c.registration;
    const tags: Record<string, string> = {
      initiatingBody: r.initiatingBody.kind,
      origin: r.source?.procedureId ?? 'DIRECT',
      subjectKind: r.subject.kind,
    };
    if (r.initiatingBody.level) tags.level = r.initiatingBody.level;
    if (c.conclusion) tags.outcome = c.conclusion.outcome;
    if (c.referral) tags.discipline = c.disciplineResult?.outcome ?? 'REFERRED';
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    return {
      reportCategory: category(state),
      tags,
      title: r.title ?? `Kiểm tra khi có dấu hiệu vi phạm: ${r.subject.name}`,
      receivedAt: r.proposedAt,
    };
  },
};
