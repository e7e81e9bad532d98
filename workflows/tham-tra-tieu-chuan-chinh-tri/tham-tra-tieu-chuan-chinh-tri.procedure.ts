import { CHILD_CONCLUDED, ChildConcludedPayload } from '../shared/child-case';
import type { EventFacts } from '../shared/facts';
import { inputDateProblems } from '../shared/input-dates';
import type { CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  AssessPayload, CheckBackgroundPayload, ConcludePayload, DeadlineMissedPayload, FilePayload, HigherOpinionPayload, PoliticalStandardInput, SELF,
  SendTaskPayload, WithdrawPayload,
} from './tham-tra-tieu-chuan-chinh-tri.events';
import { guardProblems, GUARD_NAMES } from './tham-tra-tieu-chuan-chinh-tri.guards';
import { PS_PROCEDURE_ID, psMachineV1 } from './tham-tra-tieu-chuan-chinh-tri.machine';
import { RULE } from './tham-tra-tieu-chuan-chinh-tri.rules';
import { TASK_PROCEDURE_ID } from './tham-tra-tieu-chuan-chinh-tri.task.machine';
import { FIELD_TEXTS_THAM_TRA, OUTCOME_LABELS, PURPOSE_LABELS, VALUE_LABELS_THAM_TRA } from './tham-tra-tieu-chuan-chinh-tri.texts';
import type { ContextPs, EventPs } from './tham-tra-tieu-chuan-chinh-tri.types';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC } = Role;
// The committee office stands in for the organisation commission's internal-political-protection staff (no role of
// its own in roles.ts): it checks, sends and assesses; the committee's standing members or secretary conclude.
const STAFF = [OFFICE, SEC] as const;
const CONCLUDERS = [BTV, SEC] as const;

/** Report categories (≤ 32 characters): the dossiers concluded, as committees count them (changes-2026.md §6: 2,171 conclusions). */
export const CATEGORY_LABELS = {
  IN_PROGRESS: 'Đang thẩm tra, xác minh',
  AWAITING_HIGHER_OPINION: 'Chờ ý kiến cấp trên',
  MEETS: 'Kết luận đủ tiêu chuẩn chính trị',
  DOES_NOT_MEET: 'Kết luận không đủ tiêu chuẩn',
  WITHDRAWN: 'Dừng thẩm tra',
} as const;

export const STAGE_LABELS = {
  BACKGROUND: 'Kiểm tra lý lịch',
  VERIFICATION: 'Xác minh tại nơi cư trú, công tác',
  CONCLUSION: 'Thẩm định, kết luận',
  HIGHER_OPINION: 'Xin ý kiến cấp trên',
  FILING: 'Lưu hồ sơ mật',
  CLOSED: 'Đã kết thúc',
} as const;
const STAGE_OF: Record<string, keyof typeof STAGE_LABELS> = {
  received: 'BACKGROUND', verifying: 'VERIFICATION', assessed: 'CONCLUSION', awaitingHigherOpinion: 'HIGHER_OPINION', higherOpinionReceived: 'CONCLUSION',
  concluded: 'FILING',
};

function category(state: string, c: ContextPs): keyof typeof CATEGORY_LABELS {
  if (c.outcome) return c.outcome;
  return state === 'awaitingHigherOpinion' ? 'AWAITING_HIGHER_OPINION' : 'IN_PROGRESS';
}

export const GUARD_MESSAGES: Record<(typeof GUARD_NAMES)[number] | 'asksHigherOpinion', string> = {
  backgroundCheckable: 'Chưa ghi nhận được việc kiểm tra lý lịch.',
  taskSendable: 'Chưa gửi được yêu cầu xác minh này.',
  taskAnswerKnown: 'Kết quả xác minh này không khớp với yêu cầu nào đang chờ.',
  assessable:
    'Chỉ báo cáo thẩm tra khi mọi yêu cầu xác minh đã được trả lời và mỗi người trong danh sách đã có kết quả xác minh (changes-2026.md §5.4).',
  conclusionAllowed: 'Chưa kết luận được.',
  asksHigherOpinion: 'Kết luận cần xin ý kiến cấp trên.',
  higherOpinionRecordable: 'Chưa ghi nhận được ý kiến của cấp trên.',
  fileable: 'Chưa lưu hồ sơ được.',
  withdrawable: 'Chưa dừng thẩm tra được.',
  currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo cũ không còn hiệu lực.',
};

export const thamTraTieuChuanChinhTriV1: ProcedureDefinition = {
  id: PS_PROCEDURE_ID,
  version: 1,
  title: 'Thẩm tra, xác minh, kết luận tiêu chuẩn chính trị',
  legalBasis:
    'Quy định 58-QĐ/TW ngày 08/02/2022 của Bộ Chính trị về một số vấn đề bảo vệ chính trị nội bộ Đảng (thay Quy định 126-QĐ/TW; ngày ban hành có nguồn ghi 28/02/2022); ' +
    'Quy định 294-QĐ/TW, Hướng dẫn 06-HD/TW (2025) mục 3.4 — trình tự, thời hạn, thẩm quyền kết luận: chưa tìm thấy văn bản, là quy tắc do cấp ủy xác nhận',
  machine: psMachineV1,
  input: PoliticalStandardInput,
  createRoles: [OFFICE, SEC, BTV],
  personOf: (input) => (input as PoliticalStandardInput).personId,
  personDetails: (input) => ({ fullName: (input as PoliticalStandardInput).fullName, dateOfBirth: (input as PoliticalStandardInput).dateOfBirth }),
  // Classified: only the officers named on the file (and whoever registered it) see it.
  restricted: { namedOf: (input) => (input as PoliticalStandardInput).namedOfficers },
  documentKinds: {
    'CV-DE-NGHI': { label: 'Công văn (phiếu) đề nghị thẩm tra tiêu chuẩn chính trị', steps: { CHECK_BACKGROUND: 'EXPECTED' } },
    'LY-LICH': { label: 'Lý lịch tự khai (đã kiểm tra, đóng dấu giáp lai)', steps: { CHECK_BACKGROUND: 'REQUIRED' } },
    'CV-XAC-MINH': { label: 'Công văn đề nghị xác minh gửi cấp ủy nơi cư trú, công tác', steps: { SEND_TASK: 'EXPECTED' } },
    'BC-THAM-TRA': { label: 'Báo cáo thẩm tra, đánh giá theo Quy định 58-QĐ/TW', steps: { ASSESS: 'REQUIRED', CONCLUDE: 'EXPECTED' } },
    'Y-KIEN-CAP-TREN': { label: 'Văn bản ý kiến của cấp trên', steps: { RECORD_HIGHER_OPINION: 'REQUIRED' } },
    'KL-TCCT': { label: 'Kết luận tiêu chuẩn chính trị', steps: { CONCLUDE: 'REQUIRED', FILE: 'EXPECTED' } },
  },
  events: {
    CHECK_BACKGROUND: {
      label: 'Kiểm tra, đóng dấu giáp lai lý lịch tự khai', roles: STAFF, payload: CheckBackgroundPayload, legalDate: ['checkedOn'],
    },
    SEND_TASK: {
      label: 'Gửi yêu cầu xác minh đến cấp ủy nơi cư trú, công tác', roles: STAFF, payload: SendTaskPayload, legalDate: ['requestedOn'],
    },
    ASSESS: { label: 'Báo cáo thẩm tra, đánh giá theo Quy định 58-QĐ/TW', roles: [OFFICE, BTV, SEC], payload: AssessPayload, legalDate: ['assessedOn'] },
    CONCLUDE: {
      label: 'Kết luận tiêu chuẩn chính trị',
      roles: CONCLUDERS,
      payload: ConcludePayload,
      legalDate: ['concludedOn'],
      facts: [{ fact: 'ruleValues', keys: [RULE.CONCLUDING_BODY] }],
      // Whoever assessed the file does not also conclude it (the secretary may, giving a reason).
      separateFrom: { preparedBy: ['ASSESS'], bypassRoles: [SEC] },
    },
    RECORD_HIGHER_OPINION: {
      label: 'Ghi nhận ý kiến của cấp trên', roles: [OFFICE, BTV, SEC], payload: HigherOpinionPayload, legalDate: ['receivedOn'],
    },
    FILE: { label: 'Lưu hồ sơ mật', roles: [OFFICE], payload: FilePayload, legalDate: ['filedOn'] },
    WITHDRAW: { label: 'Dừng thẩm tra (đơn vị đề nghị rút đề nghị)', roles: [SEC, BTV], payload: WithdrawPayload, legalDate: ['withdrawnOn'] },
    // A task's committee answered (system): the answer is read from that task's case.
    [CHILD_CONCLUDED]: {
      label: 'Nhận kết quả xác minh (hệ thống ghi nhận)',
      roles: [],
      payload: ChildConcludedPayload,
      facts: [{ fact: 'linkedCases', procedureId: TASK_PROCEDURE_ID }],
    },
    DEADLINE_MISSED: { label: 'Quá hạn (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
  },
  stateLabels: {
    received: 'Đã nhận đề nghị – kiểm tra lý lịch',
    verifying: 'Đang xác minh tại nơi cư trú, công tác',
    assessed: 'Đã báo cáo thẩm tra – chờ kết luận',
    awaitingHigherOpinion: 'Chờ ý kiến cấp trên',
    higherOpinionReceived: 'Đã có ý kiến cấp trên – chờ kết luận',
    concluded: 'Đã kết luận – chờ lưu hồ sơ mật',
    filed: 'Đã kết luận và lưu hồ sơ mật',
    withdrawn: 'Dừng thẩm tra',
  },
  fieldTexts: FIELD_TEXTS_THAM_TRA,
  valueLabels: VALUE_LABELS_THAM_TRA,
  guardMessages: GUARD_MESSAGES,
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    if (!(GUARD_NAMES as readonly string[]).includes(guard)) return undefined;
    const problems = guardProblems(guard, context as ContextPs, event as EventPs);
    return problems.length ? problems.map((p) => p.message).join(' ') : undefined;
  },
  inputChecks(input: unknown, now: string) {
    const i = input as PoliticalStandardInput;
    const problems = inputDateProblems(now, [['receivedOn', i.receivedOn, 'Ngày nhận đề nghị'], ['dateOfBirth', i.dateOfBirth, 'Ngày sinh']], []);
    const keys = i.relatives.map((r) => r.key);
    if (keys.includes(SELF)) problems.push({ field: 'relatives', message: `Mã "${SELF}" dành cho chính người được thẩm tra; người thân cần mã khác.` });
    if (new Set(keys).size !== keys.length) problems.push({ field: 'relatives', message: 'Mỗi người thân phải có một mã riêng.' });
    return problems;
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      purpose: { label: 'Mục đích thẩm tra', values: PURPOSE_LABELS },
      outcome: { label: 'Kết luận', values: OUTCOME_LABELS },
      stage: { label: 'Giai đoạn', values: STAGE_LABELS },
      higherOpinion: { label: 'Đã xin ý kiến cấp trên', values: { true: 'Có xin ý kiến cấp trên' } },
    },
  },
  ruleKeys: [RULE.BACKGROUND_CHECK, RULE.CONCLUSION, RULE.HIGHER_OPINION],
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextPs;
    const r = c.request;
    const tags: Record<string, string> = { purpose: r.purpose, stage: STAGE_OF[state] ?? 'CLOSED' };
    const final = c.outcome && c.outcome !== 'WITHDRAWN' ? c.conclusions?.at(-1) : undefined;
    if (c.outcome) tags.outcome = c.outcome;
    // What the case it serves may read: the conclusion, its date and number — not its reasons.
    if (final) Object.assign(tags, { concludedOn: final.concludedOn, conclusionRef: final.documentRef });
    if (c.conclusions?.some((x) => x.outcome === 'NEEDS_HIGHER_OPINION')) tags.higherOpinion = 'true';
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    return { reportCategory: category(state, c), tags, title: (r.title ?? `Thẩm tra tiêu chuẩn chính trị: ${r.fullName}`).slice(0, 300), receivedAt: r.receivedOn };
  },
};
