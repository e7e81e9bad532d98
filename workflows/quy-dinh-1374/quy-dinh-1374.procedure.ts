import { ChildConcludedPayload } from '../shared/child-case';
import { Role } from '../shared/roles';
import type { CaseProjection, ProcedureDefinition, ReportCategory } from '../shared/procedure';
import {
  AssignToUnitPayload, ClassifyPayload, DeadlineMissedPayload, ConcludePayload, DirectPayload, EmptyPayload, ForwardPayload, NotifyPayload,
  ProposeMethodPayload, ReasonPayload, ReferDisciplinePayload, RecordExplanationPayload, Register1374Input, ReturnToTaskForcePayload,
} from './quy-dinh-1374.events';
import { quyDinh1374MachineV1, quyDinh1374MachineV2, SOURCES_RULE, type Context1374 } from './quy-dinh-1374.machine';
import { QUY_DINH_1374_FROM_V1 } from './quy-dinh-1374.migrations';
import { FIELD_TEXTS_1374, FIELD_TEXTS_1374_V2, VALUE_LABELS_1374 } from './quy-dinh-1374.texts';

const { TASK_FORCE_OFFICER: TF, COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;

export const SOURCE_LABELS: Record<string, string> = {
  VOTER: 'Ý kiến của cử tri',
  ELECTED_BODY: 'Hoạt động giám sát của cơ quan dân cử',
  CITIZEN_PETITION_COMPLAINT_DENUNCIATION: 'Phản ánh, khiếu nại, tố cáo của cán bộ, đảng viên, đoàn viên, hội viên và nhân dân',
  PRESS: 'Thông tin phản ánh của báo chí',
};

function category(state: string, c: Context1374): ReportCategory {
  if (state === 'received') return 'NOT_YET_HANDLED';
  if (state === 'assignedToUnit.awaitingReport') return 'AWAITING_UNIT_REPORT';
  switch (c.outcome) {
    case 'NO_BASIS':
      return 'NO_BASIS';
    case 'FORWARDED':
      return 'FORWARDED';
    case 'MOVED_TO_INSPECTION':
      return 'MOVED_TO_INSPECTION';
    case 'RESOLVED':
    case 'DISCIPLINE_REFERRED':
      return 'RESOLVED';
    default:
      return 'IN_PROGRESS';
  }
}

export const quyDinh1374V1: ProcedureDefinition = {
  id: 'quy-dinh-1374',
  version: 1,
  title: 'Giải quyết thông tin phản ánh theo Quy định 1374-QĐ/TU',
  legalBasis: 'Quy định 1374-QĐ/TU ngày 01/12/2017 của Ban Thường vụ Thành ủy TP. Hồ Chí Minh',
  machine: quyDinh1374MachineV1,
  input: Register1374Input,
  createRoles: [TF, OFFICE],
  takesReporter: true,
  // The documents of a 1374 case (docs/domain/procedures.md §4.2): the regulation names no form numbers, so the codes
  // are descriptive. Which steps expect which is advisory: shown with the dossier, not a guard.
  documentKinds: {
    'SO-TIEP-NHAN': { label: 'Phiếu (sổ) tiếp nhận thông tin phản ánh', steps: { START_SCREENING: 'EXPECTED' } },
    'BC-GIAI-TRINH': {
      label: 'Báo cáo giải trình của người đứng đầu (nội dung; tính chất, mức độ, tác hại; trách nhiệm; hướng giải quyết)',
      steps: { RECORD_EXPLANATION: 'REQUIRED' },
    },
    'BC-DE-XUAT': { label: 'Báo cáo, đề xuất của văn phòng cấp ủy với Thường trực', steps: { PROPOSE_METHOD: 'REQUIRED' } },
    'Y-KIEN-CHI-DAO': { label: 'Ý kiến chỉ đạo của Thường trực, Ban Thường vụ cấp ủy', steps: { ASSIGN_TO_UNIT: 'EXPECTED', FORWARD: 'EXPECTED' } },
    'PHIEU-CHUYEN': { label: 'Phiếu chuyển, công văn chuyển thông tin phản ánh', steps: { FORWARD: 'REQUIRED' } },
    'BC-KET-QUA-XU-LY': { label: 'Báo cáo kết quả xử lý của đơn vị được giao', steps: { CONCLUDE: 'EXPECTED' } },
    'KET-LUAN': { label: 'Kết luận (hành vi, mức độ vi phạm, biện pháp xử lý)', steps: { CONCLUDE: 'REQUIRED', NOTIFY: 'EXPECTED' } },
    'THONG-BAO-KQ': { label: 'Thông báo kết quả giải quyết', steps: { NOTIFY: 'REQUIRED' } },
  },
  events: {
    START_SCREENING: {
      label: 'Bắt đầu sàng lọc, phân loại',
      roles: [TF, OFFICE],
      payload: EmptyPayload,
      // The source must be one Quy định 1374 lists (A.SOURCES, K25).
      facts: [{ fact: 'ruleValues', keys: [SOURCES_RULE] }],
    },
    CLASSIFY: { label: 'Phân loại thông tin', roles: [TF, OFFICE], payload: ClassifyPayload },
    CLOSE_NO_BASIS: {
      label: 'Không giải quyết vì không có cơ sở',
      roles: [BTV, SEC],
      payload: ReasonPayload,
      separateFrom: { preparedBy: ['CLASSIFY'], bypassRoles: [SEC] },
    },
    REQUEST_EXPLANATION: { label: 'Yêu cầu người đứng đầu giải trình (thông tin báo chí)', roles: [OFFICE, TF], payload: EmptyPayload },
    RECORD_EXPLANATION: { label: 'Ghi nhận báo cáo giải trình', roles: [OFFICE, TF], payload: RecordExplanationPayload, legalDate: ['receivedAt'] },
    PROPOSE_METHOD: { label: 'Văn phòng đề xuất hình thức xem xét', roles: [OFFICE], payload: ProposeMethodPayload },
    DIRECT: {
      label: 'Ban Thường vụ chỉ đạo',
      roles: [BTV, SEC],
      payload: DirectPayload,
      separateFrom: { preparedBy: ['PROPOSE_METHOD'], bypassRoles: [SEC] },
    },
    ASSIGN_TO_UNIT: { label: 'Giao đơn vị, cấp ủy cấp dưới giải quyết', roles: [BTV, SEC], payload: AssignToUnitPayload },
    FORWARD: { label: 'Chuyển cơ quan có thẩm quyền', roles: [OFFICE, BTV, SEC], payload: ForwardPayload },
    MOVE_TO_INSPECTION: { label: 'Chuyển kiểm tra khi có dấu hiệu vi phạm', roles: [BTV, SEC, UBKT], payload: ReasonPayload },
    RETURN_TO_TASK_FORCE: {
      label: 'Đơn vị gửi báo cáo kết quả xử lý về Tổ công tác',
      roles: [TF, OFFICE, SEC],
      payload: ReturnToTaskForcePayload,
      actingUnit: 'ASSIGNED_UNIT',
    },
    START_VERIFICATION: { label: 'Tiến hành xác minh', roles: [TF, BTV, SEC], payload: EmptyPayload },
    CONCLUDE: {
      label: 'Kết luận',
      roles: [BTV, SEC],
      payload: ConcludePayload,
      separateFrom: { preparedBy: ['RETURN_TO_TASK_FORCE'], bypassRoles: [SEC] },
    },
    REFER_DISCIPLINE: { label: 'Chuyển xem xét kỷ luật', roles: [BTV, SEC, UBKT], payload: ReasonPayload },
    NOTIFY: { label: 'Thông báo kết quả', roles: [OFFICE, TF], payload: NotifyPayload },
    ARCHIVE: { label: 'Lưu hồ sơ', roles: [OFFICE, TF], payload: EmptyPayload },
    // Sent only by the system when a deadline's escalation fires: no role may send it.
    DEADLINE_MISSED: { label: 'Quá hạn (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
    EXTEND_FRONT_RESULT: {
      label: 'Gia hạn thông báo kết quả giám sát (vụ việc phức tạp)',
      roles: [BTV, SEC],
      payload: ReasonPayload,
      offerWhen: (c) => (c as Context1374).registration.frontSupervision === true,
    },
  },
  stateLabels: {
    received: 'Tiếp nhận',
    'screening.unclassified': 'Sàng lọc – chưa phân loại',
    'screening.classified': 'Sàng lọc – đã phân loại',
    explanationRequested: 'Chờ báo cáo giải trình',
    explanationOverdue: 'Quá hạn báo cáo giải trình',
    officeProposal: 'Văn phòng chuẩn bị đề xuất',
    awaitingDirection: 'Chờ Ban Thường vụ chỉ đạo',
    directed: 'Đã có chỉ đạo',
    'assignedToUnit.awaitingReport': 'Đã giao đơn vị – chờ báo cáo',
    'assignedToUnit.reviewingReport': 'Xem xét báo cáo của đơn vị',
    verifying: 'Đang xác minh',
    concluded: 'Đã kết luận',
    disciplineReferred: 'Đã chuyển xem xét kỷ luật',
    forwarded: 'Đã chuyển cơ quan có thẩm quyền',
    inspectionHandover: 'Đã chuyển kiểm tra khi có dấu hiệu vi phạm',
    notified: 'Đã thông báo kết quả',
    archived: 'Đã lưu hồ sơ',
    closedNoBasis: 'Không giải quyết – không có cơ sở',
  },
  fieldTexts: FIELD_TEXTS_1374,
  valueLabels: [SOURCE_LABELS, ...VALUE_LABELS_1374],
  guardMessages: {
    fromFrontSupervision: 'Chỉ gia hạn với thông tin từ giám sát của Mặt trận, đoàn thể (Quy định 124-QĐ/TW, Điều 8).',
    sourceListed:
      'Nguồn thông tin này không có trong danh mục nguồn của Quy định 1374-QĐ/TU đang có hiệu lực (quy tắc A.SOURCES), hoặc chưa có danh mục có giá trị pháp lý; cấp ủy cần xác nhận.',
    publishedKnown:
      'Thông tin báo chí phải có ngày đăng tải: thời hạn giải trình tính từ ngày thông tin được báo chí phản ánh (Quy định 1374-QĐ/TU), không tính từ ngày tiếp nhận.',
    handledBeforeForwardingUp:
      'Đơn vị có thẩm quyền phải tự xử lý thông tin thuộc thẩm quyền: chỉ được chuyển lên cấp ủy cấp trên khi đã có báo cáo kết quả xử lý (Quy định 1374-QĐ/TU).',
    isPressSource:
      'Chỉ yêu cầu giải trình với thông tin do báo chí phản ánh, và khi đối tượng không thuộc diện cấp ủy cấp trên quản lý.',
    subjectManagedHere:
      'Đối tượng thuộc diện cấp ủy cấp trên quản lý: chỉ được chuyển lên cấp ủy cấp trên có thẩm quyền.',
    forwardTargetAllowed:
      'Đối tượng thuộc diện cấp ủy cấp trên quản lý: chỉ được chuyển lên cấp ủy cấp trên (HIGHER_COMMITTEE).',
    partySubjectManagedHere:
      'Chỉ chuyển kiểm tra khi đối tượng là tổ chức đảng hoặc đảng viên và không thuộc diện cấp ủy cấp trên quản lý.',
    carriesHandlingReport:
      'Đơn vị có thẩm quyền không được chuyển vụ việc về Tổ công tác khi chưa có báo cáo kết quả xử lý.',
    measuresMatchFinding:
      'Kết luận có cơ sở hoặc có cơ sở một phần phải nêu ít nhất một biện pháp xử lý (về Đảng, chính quyền hoặc đoàn thể).',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã hoàn thành; thông báo quá hạn cũ không còn hiệu lực.',
    violationFound:
      'Chỉ chuyển xem xét kỷ luật khi kết luận có vi phạm (có cơ sở hoặc có cơ sở một phần) và đối tượng là đảng viên hoặc tổ chức đảng.',
  },
  project(state: string, context: unknown): CaseProjection {
    const c = context as Context1374;
    const tags: Record<string, string> = { source: c.registration.source };
    if (c.classification) tags.infoType = c.classification.infoType;
    if (c.outcome) tags.outcome = c.outcome;
    if (c.conclusion) tags.finding = c.conclusion.finding;
    return {
      reportCategory: category(state, c),
      tags,
      assignedUnitId: c.assignment?.unitId,
      title: c.registration.title,
      receivedAt: c.registration.receivedAt,
    };
  },
};

/**
 * Version 2: moving to inspection and referring to discipline open linked cases (kiem-tra-dau-hieu-vi-pham, ky-luat)
 * and the case waits for them (CHILD_CONCLUDED) before the result is notified. Cases started on version 1 keep it.
 */
export const quyDinh1374V2: ProcedureDefinition = {
  ...quyDinh1374V1,
  version: 2,
  migratesFrom: [QUY_DINH_1374_FROM_V1],
  machine: quyDinh1374MachineV2,
  fieldTexts: FIELD_TEXTS_1374_V2,
  events: {
    ...quyDinh1374V1.events,
    REFER_DISCIPLINE: { label: 'Chuyển xem xét kỷ luật (mở hồ sơ kỷ luật)', roles: [BTV, SEC, UBKT], payload: ReferDisciplinePayload },
    CHILD_CONCLUDED: { label: 'Hồ sơ liên quan (kiểm tra, kỷ luật) đã kết thúc', roles: [], payload: ChildConcludedPayload },
  },
  stateLabels: {
    ...quyDinh1374V1.stateLabels,
    inspectionHandover: 'Đã chuyển kiểm tra – chờ kết luận kiểm tra',
    disciplineReferred: 'Đã chuyển xem xét kỷ luật – chờ kết quả',
    inspectionConcluded: 'Đã có kết luận kiểm tra',
    disciplineConcluded: 'Đã có kết quả xem xét kỷ luật',
  },
  guardMessages: {
    ...quyDinh1374V1.guardMessages,
    childLink: 'Kết quả này không thuộc hồ sơ mà vụ việc đang chờ.',
  },
};
