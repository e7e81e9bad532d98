import { CHILD_CONCLUDED, ChildConcludedPayload } from '../shared/child-case';
import type { EventSpec, CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import { PS_PROCEDURE_ID } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.machine';
import { FINAL_CONCLUSION_LABELS, RELATION_LABELS } from '../tham-tra-tieu-chuan-chinh-tri/tham-tra-tieu-chuan-chinh-tri.texts';
import { CertifyBackgroundPayload, RequestPoliticalStandardPayload } from './ket-nap-dang-vien.events';
import { politicalStandardProblems, V2_GUARD_NAMES } from './ket-nap-dang-vien.political-standard';
import { CATEGORY_LABELS, ketNapDangVienV1 as v1, LATE_LABELS, OUTCOME_LABELS, STAGE_LABELS } from './ket-nap-dang-vien.procedure';
import { RULE } from './ket-nap-dang-vien.rules';
import { ROUTE_LABELS } from './ket-nap-dang-vien.texts';
import type { ContextKnd, EventKndAll, OutcomeV2 } from './ket-nap-dang-vien.types';
import { ketNapMachineV2 } from './ket-nap-dang-vien.v2.machine';

const { STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC } = Role;

/** The steps of §9.6 version 1 keeps on the case, which version 2 leaves to the verification case. */
const V1_VERIFICATION_EVENTS = ['START_VERIFICATION', 'REQUEST_VERIFICATION', 'RECORD_VERIFICATION_ANSWER', 'EXEMPT_VERIFICATION'];
const V1_VERIFICATION_GUARDS = ['verificationCanStart', 'verificationRequestable', 'verificationAnswerable', 'verificationExemptable', 'verificationComplete'];
const V1_VERIFICATION_FIELDS = [
  'persons', 'VerifiedPersonDto.key', 'personKey', 'unitAsked', 'method', 'answeredOn', 'finding', 'RecordVerificationAnswerPayload.summary',
  'relativeIsPartyMember', 'fullyDeclared', 'ExemptVerificationPayload.note',
];
const without = <T>(record: Readonly<Record<string, T>>, keys: readonly string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([k]) => !keys.includes(k)));

export const OUTCOME_LABELS_V2: Readonly<Record<OutcomeV2, string>> = {
  ...OUTCOME_LABELS,
  POLITICAL_STANDARD_NOT_MET: 'Không đủ tiêu chuẩn chính trị (theo kết luận thẩm tra)',
};

const EVENTS: Record<string, EventSpec> = {
  ...without(v1.events, V1_VERIFICATION_EVENTS),
  REQUEST_POLITICAL_STANDARD: {
    label: 'Đề nghị thẩm tra, kết luận tiêu chuẩn chính trị (mở hồ sơ thẩm tra)',
    roles: [SEC, BTV],
    payload: RequestPoliticalStandardPayload,
    legalDate: ['requestedOn'],
    // The background (2-KNĐ) checked and stamped across pages first, as FORMS.KND requires before any verification.
    facts: [{ fact: 'dossier' }, { fact: 'ruleValues', keys: [RULE.FORMS] }],
  },
  CERTIFY_BACKGROUND: { label: 'Chi ủy nhận xét, đảng ủy cơ sở chứng nhận lý lịch', roles: [SEC, BTV], payload: CertifyBackgroundPayload, legalDate: ['certifiedOn'] },
  // The verification case concluded (system): its conclusion is read from that case.
  [CHILD_CONCLUDED]: {
    label: 'Nhận kết luận tiêu chuẩn chính trị (hệ thống ghi nhận)',
    roles: [],
    payload: ChildConcludedPayload,
    facts: [{ fact: 'linkedCases', procedureId: PS_PROCEDURE_ID }],
  },
};

const STAGE_V2: Readonly<Record<string, keyof typeof STAGE_LABELS>> = { awaitingPoliticalStandard: 'VERIFICATION', politicalStandardConcluded: 'VERIFICATION' };

export const ketNapDangVienV2: ProcedureDefinition = {
  ...v1,
  version: 2,
  legalBasis: `${v1.legalBasis}; tiêu chuẩn chính trị: Quy định 58-QĐ/TW (2022), kết luận trong hồ sơ thẩm tra riêng`,
  machine: ketNapMachineV2,
  events: EVENTS,
  stateLabels: {
    ...without(v1.stateLabels, ['verification']),
    backgroundDeclared: 'Đã khai lý lịch – chờ đóng dấu giáp lai, đề nghị thẩm tra tiêu chuẩn chính trị',
    awaitingPoliticalStandard: 'Chờ kết luận tiêu chuẩn chính trị (hồ sơ thẩm tra riêng)',
    politicalStandardConcluded: 'Đủ tiêu chuẩn chính trị – chờ chứng nhận lý lịch',
  },
  guardMessages: {
    ...without(v1.guardMessages, V1_VERIFICATION_GUARDS),
    politicalStandardRequestable:
      'Chưa đề nghị thẩm tra được: lý lịch người xin vào Đảng (2-KNĐ) phải được kiểm tra, đóng dấu giáp lai trước khi thẩm tra (06-HD/TW; procedures.md §9.6).',
    backgroundCertifiable: 'Chỉ chứng nhận lý lịch sau khi có kết luận đủ tiêu chuẩn chính trị.',
    verificationMeets: 'Kết luận tiêu chuẩn chính trị: đủ tiêu chuẩn.',
    verificationDoesNotMeet: 'Kết luận tiêu chuẩn chính trị: không đủ tiêu chuẩn.',
    verificationWithdrawn: 'Hồ sơ thẩm tra đã dừng trước khi kết luận.',
  },
  fieldTexts: {
    ...without(v1.fieldTexts ?? {}, V1_VERIFICATION_FIELDS),
    'RequestPoliticalStandardPayload.requestedOn': 'Ngày đề nghị thẩm tra tiêu chuẩn chính trị',
    requestRef: 'Số, ký hiệu văn bản đề nghị thẩm tra',
    relatives: { title: 'Người thân cần thẩm tra', description: 'Cha, mẹ, cha mẹ vợ (chồng) hoặc người nuôi dưỡng, vợ (chồng), con (procedures.md §9.6).' },
    'RelativeDto.key': { title: 'Mã người thân', description: 'Tên ngắn, duy nhất trong hồ sơ (ví dụ "cha", "me").' },
    'RelativeDto.relation': 'Quan hệ với người vào Đảng',
    'RelativeDto.fullName': 'Họ và tên người thân',
    birthYear: 'Năm sinh',
    partyMember: 'Là đảng viên',
    namedOfficers: {
      title: 'Cán bộ được giao hồ sơ thẩm tra (hồ sơ mật)',
      description: 'Chỉ những người này và người gửi đề nghị được xem hồ sơ thẩm tra; cấp ủy kết luận tiêu chuẩn chính trị trong hồ sơ đó.',
    },
  },
  valueLabels: [...(v1.valueLabels ?? []), RELATION_LABELS, OUTCOME_LABELS_V2, FINAL_CONCLUSION_LABELS],
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    if (!(V2_GUARD_NAMES as readonly string[]).includes(guard)) return v1.refusalDetail?.(guard, context, event);
    const problems = politicalStandardProblems(guard, context as ContextKnd, event as EventKndAll);
    return problems.length ? problems.map((p) => p.message).join(' ') : undefined;
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      stage: { label: 'Giai đoạn', values: STAGE_LABELS },
      outcome: { label: 'Kết quả', values: OUTCOME_LABELS_V2 },
      politicalStandard: { label: 'Kết luận tiêu chuẩn chính trị', values: FINAL_CONCLUSION_LABELS },
      lateWithoutReason: { label: 'Quyết định chậm không có lý do (phải kiểm điểm trước cấp ủy cấp trên)', values: LATE_LABELS },
      decidedBy: {
        label: 'Cấp quyết định kết nạp',
        values: { GRASSROOTS_AUTHORISED: 'Đảng ủy cơ sở được ủy quyền', COMPETENT_COMMITTEE: 'Cấp ủy có thẩm quyền cấp trên' },
      },
      route: { label: 'Trường hợp', values: ROUTE_LABELS },
    },
  },
  project(state: string, context: unknown): CaseProjection {
    const p = v1.project(state, context);
    const c = context as ContextKnd;
    const tags: Record<string, string> = { ...p.tags, ...(STAGE_V2[state] ? { stage: STAGE_V2[state] } : {}) };
    if (c.politicalStandard?.outcome) tags.politicalStandard = c.politicalStandard.outcome;
    return { ...p, tags };
  },
};
