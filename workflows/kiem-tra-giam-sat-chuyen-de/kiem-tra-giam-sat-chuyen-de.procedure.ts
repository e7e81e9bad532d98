import { inputDateProblems } from '../shared/input-dates';
import type { CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  CancelItemPayload, ConcludeItemPayload, CorrectionReportPayload, FollowUpReferralPayload, ItemDeadlineMissedPayload, ItemInput,
  ItemVerificationPayload, NotifyConclusionPayload, NotifySubjectPayload, ReasonPayload, ResultReportPayload, SelfReportPayload,
} from './kiem-tra-giam-sat-chuyen-de.events';
import { dateProblems, ITEM_PROCEDURE_ID, itemMachineV1, type ContextItem, type EventItem } from './kiem-tra-giam-sat-chuyen-de.machine';
import { ITEM_RULE } from './kiem-tra-giam-sat-chuyen-de.rules';
import {
  FIELD_TEXTS_ITEM, FOLLOW_UP_LABELS, ITEM_KIND_LABELS, ITEM_KIND_SHORT, ITEM_OUTCOME_LABELS, SUBJECT_KIND_LABELS, VALUE_LABELS_ITEM,
} from './kiem-tra-giam-sat-chuyen-de.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;
// The cell's secretary (the committee's standing members) leads; whoever the plan names carries the item out — a
// committee member, or the inspection commission of the committee above helping the cell; the office keeps the file.
const LEADS = [SEC, BTV] as const;
const CARRIERS = [SEC, BTV, UBKT] as const;
const CLERKS = [SEC, BTV, UBKT, OFFICE] as const;

/** Report categories (≤ 32 characters). */
export type ItemCategory = 'PLANNED' | 'IN_PROGRESS' | 'CONCLUDED' | 'FOLLOW_UP' | 'COMPLETED' | 'CANCELLED';

const CATEGORY_LABELS: Record<ItemCategory, string> = {
  PLANNED: 'Chưa tiến hành (chờ thông báo)',
  IN_PROGRESS: 'Đang tiến hành',
  CONCLUDED: 'Đã kết luận, chờ thông báo',
  FOLLOW_UP: 'Đang theo dõi khắc phục',
  COMPLETED: 'Đã hoàn thành',
  CANCELLED: 'Đã hủy',
};

function category(state: string): ItemCategory {
  if (state === 'planned') return 'PLANNED';
  if (['awaitingSelfReport', 'verifying', 'resultReported'].includes(state)) return 'IN_PROGRESS';
  if (state === 'concluded') return 'CONCLUDED';
  if (state === 'followUp') return 'FOLLOW_UP';
  if (state === 'cancelled') return 'CANCELLED';
  return 'COMPLETED';
}

/** The item's year: its plan's, else the year its period begins. */
export const itemYear = (i: ItemInput): string => String(i.plan?.year ?? i.period.from.slice(0, 4));

/** The checks of an item that need no record: period order, the subject's identifier by kind (used by the plan too). */
export function itemShapeProblems(i: Pick<ItemInput, 'subject' | 'period'>, field: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (i.period.to < i.period.from) problems.push({ field: `${field}period`, message: `Thời gian tiến hành: ngày kết thúc (${i.period.to}) trước ngày bắt đầu (${i.period.from}).` });
  const s = i.subject;
  if (s.kind === 'MEMBER' && s.unitId) problems.push({ field: `${field}subject.unitId`, message: 'Đối tượng là đảng viên: không ghi mã tổ chức.' });
  if (s.kind === 'ORGANISATION' && (s.personId || s.membership)) {
    problems.push({ field: `${field}subject.personId`, message: 'Đối tượng là tổ chức đảng: không ghi đảng viên.' });
  }
  return problems;
}

const ITEM_GUARD_MESSAGES: Readonly<Record<string, string>> = {
  notBySubject: 'Đảng viên là đối tượng kiểm tra, giám sát không tự thực hiện các bước của nội dung về mình.',
  noticeDateValid: 'Ngày thông báo chưa hợp lệ:',
  selfReportDateValid: 'Ngày nhận báo cáo tự kiểm tra chưa hợp lệ:',
  reportDateValid: 'Ngày báo cáo kết quả chưa hợp lệ:',
  meetingDateValid: 'Ngày họp chi bộ kết luận chưa hợp lệ:',
  conclusionComplete: 'Kết luận chưa đủ để ghi nhận:',
  conclusionNoticeDateValid: 'Ngày thông báo kết luận chưa hợp lệ:',
  correctionReportValid: 'Báo cáo kết quả khắc phục chưa hợp lệ:',
  referralDateValid: 'Ngày quyết định chuyển kiểm tra chưa hợp lệ:',
  cancelDateValid: 'Ngày hủy nội dung chưa hợp lệ:',
  needsFollowUp: 'Chỉ kết luận có hạn chế, khuyết điểm mới phải theo dõi khắc phục.',
  correctionAccepted: 'Chi bộ chưa ghi nhận đã khắc phục xong.',
  currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo quá hạn cũ không còn hiệu lực.',
};

export const kiemTraGiamSatChuyenDeV1: ProcedureDefinition = {
  id: ITEM_PROCEDURE_ID,
  version: 1,
  title: 'Kiểm tra, giám sát theo kế hoạch (kiểm tra đảng viên, tổ chức đảng; giám sát thường xuyên, chuyên đề)',
  legalBasis:
    'Điều lệ Đảng, Chương VII; Quy định 296-QĐ/TW ngày 30/5/2025 (chương kiểm tra, giám sát); Quy định 1127-QĐ/TU ngày 14/7/2023 của Tỉnh ủy Bình Phước (quy trình của chi bộ)',
  machine: itemMachineV1,
  input: ItemInput,
  // Opened by the plan's adoption; registered directly for an item outside the plan (e.g. assigned from above).
  createRoles: CARRIERS,
  documentKinds: {
    'TB-KTGS': { label: 'Thông báo kiểm tra, giám sát (biên bản sinh hoạt chi bộ tháng trước)', steps: { NOTIFY_SUBJECT: 'REQUIRED' } },
    'BC-TU-KT': { label: 'Báo cáo tự kiểm tra (tự giám sát) của đảng viên, tổ chức đảng', steps: { RECORD_SELF_REPORT: 'REQUIRED' } },
    'TL-THAM-TRA': { label: 'Tài liệu thẩm tra, xác minh', steps: { RECORD_VERIFICATION: 'EXPECTED', SUBMIT_RESULT_REPORT: 'EXPECTED' } },
    'BC-KQ-KTGS': { label: 'Báo cáo kết quả kiểm tra, giám sát (dự thảo)', steps: { SUBMIT_RESULT_REPORT: 'REQUIRED', CONCLUDE: 'EXPECTED' } },
    'BB-HOP-KL': { label: 'Biên bản họp chi bộ kết luận', steps: { CONCLUDE: 'REQUIRED' } },
    'TB-KET-LUAN': { label: 'Thông báo kết luận kiểm tra, giám sát', steps: { NOTIFY_CONCLUSION: 'REQUIRED' } },
    'BC-KHAC-PHUC': { label: 'Báo cáo kết quả khắc phục hạn chế, khuyết điểm', steps: { RECORD_CORRECTION: 'REQUIRED' } },
  },
  events: {
    NOTIFY_SUBJECT: {
      label: 'Thông báo cho đảng viên (tổ chức) và yêu cầu báo cáo tự kiểm tra, tự giám sát',
      roles: LEADS,
      payload: NotifySubjectPayload,
      legalDate: ['notifiedOn'],
    },
    RECORD_SELF_REPORT: { label: 'Nhận báo cáo tự kiểm tra (tự giám sát)', roles: CLERKS, payload: SelfReportPayload, legalDate: ['receivedOn'] },
    PROCEED_WITHOUT_SELF_REPORT: { label: 'Tiến hành khi không có báo cáo tự kiểm tra', roles: LEADS, payload: ReasonPayload },
    RECORD_VERIFICATION: { label: 'Ghi nhận kết quả thẩm tra, xác minh', roles: CARRIERS, payload: ItemVerificationPayload },
    SUBMIT_RESULT_REPORT: {
      label: 'Trình dự thảo báo cáo kết quả kiểm tra, giám sát',
      roles: CARRIERS,
      payload: ResultReportPayload,
      legalDate: ['reportedOn'],
    },
    RETURN_TO_VERIFICATION: { label: 'Yêu cầu thẩm tra, xác minh bổ sung', roles: LEADS, payload: ReasonPayload },
    CONCLUDE: {
      label: 'Chi bộ họp, kết luận',
      roles: LEADS,
      payload: ConcludeItemPayload,
      // Whoever drafted the result report does not record the meeting's conclusion (a secretary may, giving a reason).
      separateFrom: { preparedBy: ['SUBMIT_RESULT_REPORT'], bypassRoles: [SEC] },
      legalDate: ['meetingDate'],
    },
    NOTIFY_CONCLUSION: { label: 'Thông báo kết luận', roles: CLERKS, payload: NotifyConclusionPayload, legalDate: ['notifiedOn'] },
    RECORD_CORRECTION: { label: 'Nhận báo cáo kết quả khắc phục', roles: CLERKS, payload: CorrectionReportPayload, legalDate: ['receivedOn'] },
    REFER_TO_INSPECTION: { label: 'Chưa khắc phục: chuyển kiểm tra khi có dấu hiệu vi phạm', roles: LEADS, payload: FollowUpReferralPayload, legalDate: ['decidedOn'] },
    CANCEL: { label: 'Hủy nội dung (nêu lý do)', roles: LEADS, payload: CancelItemPayload, legalDate: ['cancelledOn'] },
    // Sent only by the system when a deadline ends: no role may send it.
    DEADLINE_MISSED: { label: 'Quá hạn (hệ thống ghi nhận)', roles: [], payload: ItemDeadlineMissedPayload },
  },
  stateLabels: {
    planned: 'Trong kế hoạch – chờ thông báo cho đối tượng',
    awaitingSelfReport: 'Đã thông báo – chờ báo cáo tự kiểm tra (tự giám sát)',
    verifying: 'Đang thẩm tra, xác minh',
    resultReported: 'Đã có dự thảo báo cáo kết quả – chờ chi bộ kết luận',
    concluded: 'Chi bộ đã kết luận – chờ thông báo kết luận',
    followUp: 'Đã thông báo kết luận – theo dõi khắc phục',
    closed: 'Đã hoàn thành',
    cancelled: 'Đã hủy',
  },
  fieldTexts: FIELD_TEXTS_ITEM,
  valueLabels: VALUE_LABELS_ITEM,
  guardMessages: ITEM_GUARD_MESSAGES,
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    const problems = dateProblems(guard, context as ContextItem, event as EventItem);
    return problems.length ? problems.map((p) => p.message).join(' ') : undefined;
  },
  inputChecks(input: unknown, now: string) {
    const i = input as ItemInput;
    const problems = [...inputDateProblems(now, [['openedAt', i.openedAt, 'Ngày mở nội dung']], []), ...itemShapeProblems(i, '')];
    if (i.plan && (i.period.from.slice(0, 4) !== String(i.plan.year) || i.period.to.slice(0, 4) !== String(i.plan.year))) {
      problems.push({ field: 'period', message: `Thời gian tiến hành phải nằm trong năm của kế hoạch (${i.plan.year}).` });
    }
    if (i.noticeDueDate && i.noticeDueDate > i.period.from) {
      problems.push({ field: 'noticeDueDate', message: 'Hạn thông báo cho đối tượng không được sau ngày bắt đầu tiến hành.' });
    }
    return problems;
  },
  // The statistics committees publish (changes-2026.md §5.3, §6): inspections and supervisions by kind, subject,
  // outcome and year.
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      kind: { label: 'Loại kiểm tra, giám sát', values: ITEM_KIND_LABELS },
      subject: { label: 'Đối tượng', values: SUBJECT_KIND_LABELS },
      outcome: { label: 'Kết luận', values: ITEM_OUTCOME_LABELS },
      followUp: { label: 'Theo dõi khắc phục', values: { PENDING: 'Đang theo dõi khắc phục', ...FOLLOW_UP_LABELS } },
      year: { label: 'Năm', values: {} },
    },
  },
  personOf: (input: unknown) => {
    const s = (input as ItemInput).subject;
    return s.kind === 'MEMBER' ? s.personId : undefined;
  },
  ruleKeys: Object.values(ITEM_RULE),
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextItem;
    const i = c.input;
    const tags: Record<string, string> = { kind: i.kind, subject: i.subject.kind, year: itemYear(i), origin: i.plan ? 'PLAN' : 'DIRECT' };
    if (c.conclusion) tags.outcome = c.conclusion.outcome;
    if (c.conclusion?.outcome === 'SHORTCOMINGS_TO_CORRECT') tags.followUp = c.followUp ?? 'PENDING';
    if (c.referral) tags.referral = c.referral.procedureId;
    if (c.late && Object.values(c.late).some(Boolean)) tags.late = 'true';
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    const no = i.plan ? ` (kế hoạch ${i.plan.year}, nội dung ${i.plan.itemNo})` : '';
    return {
      reportCategory: category(state),
      tags,
      title: i.title ?? `${ITEM_KIND_SHORT[i.kind]}: ${i.subject.name}${no}`.slice(0, 300),
      receivedAt: i.openedAt,
    };
  },
};
