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
import { checkInputDates, LIMITATION_RULE_KEYS, SUBJECT_KIND_LABELS } from './ky-luat.rules';
import { RULE, VOTE_RULE_KEYS } from './ky-luat.facts';
import {
  AUTOMATIC_CONDITIONS_KY_LUAT, FIELD_TEXTS_KY_LUAT, GUARD_MESSAGES_KY_LUAT, KY_LUAT_CATEGORIES, STATE_LABELS_KY_LUAT, VALUE_LABELS_KY_LUAT,
} from './ky-luat.texts';
import { previewRecordVote, previewUpperDecide } from './ky-luat.preview';
import { refusalDetailKyLuat } from './ky-luat.refusals';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC, INSPECTION_COMMISSION_MEMBER: UBKT } = Role;

export { KY_LUAT_CATEGORIES };

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

const withAuthority = { fact: 'disciplineAuthority' } as const;
const rules = (...keys: string[]) => ({ fact: 'ruleValues', keys }) as const;
/**
 * The date of the violation, for the limitation: the end of a violation that ended, else its start (read from the
 * case's input, not the payload).
 */
const VIOLATION_DATE = ['context.input.violation.occurredUntil', 'context.input.violation.occurredFrom'] as const;

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
      facts: [rules(...LIMITATION_RULE_KEYS)],
      legalDate: VIOLATION_DATE,
    },
    DEFER_PROTECTED: {
      label: 'Chưa xem xét kỷ luật (trường hợp được bảo vệ)', roles: [BTV, SEC], payload: DeferPayload, facts: [rules(RULE.NURSING_MONTHS)],
    },
    RESUME: { label: 'Tiếp tục xem xét kỷ luật', roles: [BTV, SEC], payload: ResumePayload, legalDate: ['protectionEndedOn'] },
    SUBMIT_SELF_CRITICISM: { label: 'Nhận bản tự kiểm điểm', roles: [OFFICE, SEC, UBKT], payload: SelfCriticismPayload, legalDate: ['submittedAt'] },
    RECORD_NO_SELF_CRITICISM: { label: 'Ghi nhận không nộp bản tự kiểm điểm', roles: [OFFICE, SEC, UBKT], payload: ReasonPayload },
    RECORD_HEARING: {
      label: 'Đại diện tổ chức có thẩm quyền gặp, nghe đảng viên trình bày', roles: [UBKT, BTV, SEC], payload: HearingPayload, legalDate: ['heldAt'],
    },
    RECORD_REPEATED_ABSENCE: {
      label: 'Ghi nhận vắng mặt nhiều lần không có lý do chính đáng', roles: [UBKT, BTV, SEC], payload: AbsencePayload, facts: [rules(RULE.ABSENCE_INVITATIONS)],
    },
    RECORD_VOTE: {
      label: 'Ghi nhận kết quả bỏ phiếu kín',
      roles: [SEC, BTV, OFFICE],
      payload: VotePayload,
      facts: [withAuthority, rules(...VOTE_RULE_KEYS)],
      legalDate: ['meetingDate'],
      votePreview: previewRecordVote,
    },
    DECIDE: {
      label: 'Quyết định kỷ luật (trong thẩm quyền)',
      roles: [BTV, SEC],
      payload: DecidePayload,
      facts: [withAuthority, rules(RULE.FORMS, RULE.EFFECT)],
      legalDate: ['decisionDate'],
      // Who prepared the dossier and the limitation does not sign the decision.
      separateFrom: { preparedBy: ['CHECK_LIMITATION'], bypassRoles: [SEC] },
      // The decision is a signed document: generated from its template, signed, then filed before the step.
      requiresSignedCopy: { templates: ['ky-luat.quyet-dinh-ky-luat'], document: 'Quyết định kỷ luật' },
    },
    PROPOSE_UP: {
      label: 'Đề nghị cấp có thẩm quyền quyết định', roles: [SEC, BTV, UBKT], payload: ProposeUpPayload, facts: [withAuthority], legalDate: ['proposedOn'],
    },
    FORWARD_PROPOSAL: { label: 'Chuyển đề nghị lên cấp có thẩm quyền cao hơn', roles: [BTV, SEC], payload: ForwardProposalPayload },
    UPPER_DECIDE: {
      label: 'Cấp trên quyết định (chuẩn y hoặc thay đổi hình thức)',
      roles: [BTV, SEC],
      payload: UpperDecidePayload,
      facts: [withAuthority, rules(...VOTE_RULE_KEYS)],
      legalDate: ['decisionDate'],
      // Who drafted the proposal does not decide it.
      separateFrom: { preparedBy: ['PROPOSE_UP'], bypassRoles: [SEC] },
      votePreview: previewUpperDecide,
    },
    RECORD_RECEIPT: { label: 'Ghi nhận ngày nhận quyết định kỷ luật', roles: [OFFICE], payload: ReceiptPayload, legalDate: ['receivedAt'] },
    COMPLAINT_LODGED: { label: 'Ghi nhận đơn khiếu nại kỷ luật', roles: [OFFICE, UBKT], payload: ComplaintLodgedPayload, legalDate: ['lodgedAt'] },
    // The forms table, for a case whose forms were not recorded at R1 (opened before they were data).
    [CHILD_CONCLUDED]: { label: 'Có kết quả giải quyết khiếu nại', roles: [], payload: ChildConcludedPayload, facts: [rules(RULE.FORMS)] },
    DEADLINE_MISSED: { label: 'Hết thời hạn khiếu nại hoặc thời gian chưa xem xét (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
    ARCHIVE: { label: 'Lưu hồ sơ', roles: [OFFICE], payload: EmptyPayload },
  },
  stateLabels: STATE_LABELS_KY_LUAT,
  fieldTexts: FIELD_TEXTS_KY_LUAT,
  valueLabels: VALUE_LABELS_KY_LUAT,
  automaticConditions: AUTOMATIC_CONDITIONS_KY_LUAT,
  guardMessages: GUARD_MESSAGES_KY_LUAT,
  refusalDetail: refusalDetailKyLuat,
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
