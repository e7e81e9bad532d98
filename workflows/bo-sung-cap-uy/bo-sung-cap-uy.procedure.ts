import { inputDateProblems } from '../shared/input-dates';
import type { CaseProjection, EventSpec, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  AppraisalPayload, CommitteeFillingInput, ConfidenceBallotPayload, DeadlineMissedPayload, DesignationPayload, DossierPayload, ElectionAgreementPayload,
  ElectionPayload, NominationBallotPayload, PersonAgreementPayload, RefusalPayload, ReportPayload, UpperAgreementPayload, WithdrawPayload,
} from './bo-sung-cap-uy.events';
import { selected } from './bo-sung-cap-uy.guards';
import { CAP_UY_PROCEDURE_ID, capUyMachineV1, CHECKS } from './bo-sung-cap-uy.machine';
import { RULE } from './bo-sung-cap-uy.rules';
import {
  COMMITTEE_LEVEL_LABELS, FIELD_TEXTS_CAP_UY, METHOD_LABELS, OUTCOME_LABELS, POST_LABELS, ROLE_ASSIGNMENT_LABELS, VALUE_LABELS_CAP_UY,
} from './bo-sung-cap-uy.texts';
import type { ContextCapUy, EventCapUy } from './bo-sung-cap-uy.types';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC } = Role;
// The case runs on the unit whose committee is filled: its standing committee, secretary and office prepare; the
// upper committee's standing committee (a role on an ancestor unit reaches the case) agrees and decides. The
// committee office stands in for the organisation department (no role of its own in roles.ts) and appraises.
const PREPARERS = [SEC, BTV, OFFICE] as const;
const UPPER = [BTV, SEC] as const;

/** Report categories (≤ 32 characters). */
export type CapUyCategory = 'AWAITING_AGREEMENT' | 'CONFERENCE' | 'AWAITING_DECISION' | 'FILLED' | 'NOT_AGREED' | 'WITHDRAWN';

const CATEGORY_LABELS: Record<CapUyCategory, string> = {
  AWAITING_AGREEMENT: 'Chờ cấp trên đồng ý chủ trương',
  CONFERENCE: 'Đang giới thiệu, lấy phiếu tín nhiệm',
  AWAITING_DECISION: 'Đã trình, chờ thẩm định, quyết định',
  FILLED: 'Đã bổ sung cấp ủy',
  NOT_AGREED: 'Cấp trên không đồng ý',
  WITHDRAWN: 'Dừng, rút đề nghị',
};

function category(state: string): CapUyCategory {
  if (['registered', 'awaitingUpperAgreement'].includes(state)) return 'AWAITING_AGREEMENT';
  if (['agreed', 'nominated', 'conferenceHeld'].includes(state)) return 'CONFERENCE';
  if (['filled', 'filledRecordedOnly'].includes(state)) return 'FILLED';
  if (state === 'notAgreed') return 'NOT_AGREED';
  if (state === 'withdrawn') return 'WITHDRAWN';
  return 'AWAITING_DECISION';
}

// The accounts of the people an event adds (their roles are given in the same transaction).
const accountsOf = (ids: (c: ContextCapUy, p: unknown) => (string | undefined)[]) =>
  ({ fact: 'userAccounts', ids: (c: unknown, p: unknown) => ids(c as ContextCapUy, p).filter((id): id is string => !!id) }) as const;
const decided = (c: ContextCapUy) => (c.decision ? selected(c, c.decision.nomineeKeys).map((n) => n.userId) : []);
const rules = (...keys: string[]) => ({ fact: 'ruleValues', keys }) as const;
const bySeparation = (...preparedBy: string[]): EventSpec['separateFrom'] => ({ preparedBy, bypassRoles: [] });

export const boSungCapUyV1: ProcedureDefinition = {
  id: CAP_UY_PROCEDURE_ID,
  version: 1,
  title: 'Giới thiệu nhân sự bổ sung cấp ủy cơ sở từ nguồn nhân sự tại chỗ',
  legalBasis:
    'Điều lệ Đảng; Hướng dẫn 06-HD/TW ngày 9/6/2025 (chỉ định bổ sung, tăng thêm cấp ủy viên: nội dung chưa đọc được); quy trình bổ sung cấp ủy viên của cấp ủy cơ sở (tham khảo)',
  machine: capUyMachineV1,
  input: CommitteeFillingInput,
  createRoles: PREPARERS,
  // The dossier of changes-2026.md §5.2; descriptive codes.
  documentKinds: {
    'TO-TRINH': { label: 'Tờ trình, báo cáo đề nghị bổ sung cấp ủy', steps: { REPORT_TO_UPPER: 'REQUIRED', SUBMIT_DOSSIER: 'REQUIRED' } },
    'VB-DONG-Y': { label: 'Văn bản đồng ý chủ trương bổ sung của cấp ủy cấp trên', steps: { RECORD_UPPER_AGREEMENT: 'REQUIRED' } },
    'VB-KHONG-DONG-Y': { label: 'Văn bản không đồng ý của cấp ủy cấp trên', steps: { REFUSE: 'EXPECTED' } },
    'BB-GIOI-THIEU': { label: 'Biên bản kiểm phiếu giới thiệu', steps: { RECORD_NOMINATION_BALLOT: 'EXPECTED', SUBMIT_DOSSIER: 'REQUIRED' } },
    'BB-TIN-NHIEM': { label: 'Biên bản kiểm phiếu tín nhiệm', steps: { RECORD_CONFIDENCE_BALLOT: 'EXPECTED', SUBMIT_DOSSIER: 'REQUIRED' } },
    'TRICH-NGANG': { label: 'Trích ngang lý lịch người được giới thiệu', steps: { SUBMIT_DOSSIER: 'REQUIRED' } },
    'KL-TCCT': { label: 'Kết luận tiêu chuẩn chính trị của người được giới thiệu', steps: { SUBMIT_DOSSIER: 'EXPECTED', DESIGNATE: 'EXPECTED' } },
    'VB-DONG-Y-NS': { label: 'Văn bản ý kiến của cấp ủy cấp trên về nhân sự (chức danh thường vụ, bí thư, phó bí thư)', steps: { RECORD_PERSON_AGREEMENT: 'REQUIRED' } },
    'BC-THAM-DINH': { label: 'Báo cáo thẩm định của ban tổ chức', steps: { APPRAISE: 'REQUIRED' } },
    'QD-CHI-DINH': { label: 'Quyết định chỉ định bổ sung cấp ủy viên', steps: { DESIGNATE: 'REQUIRED' } },
    'VB-DONG-Y-BAU': { label: 'Văn bản đồng ý cho bầu bổ sung', steps: { AGREE_TO_ELECT: 'REQUIRED' } },
    'NQ-BAU': { label: 'Biên bản kiểm phiếu, nghị quyết bầu bổ sung', steps: { RECORD_ELECTION: 'REQUIRED' } },
  },
  events: {
    REPORT_TO_UPPER: { label: 'Báo cáo cấp ủy cấp trên (lý do, nhu cầu, số lượng)', roles: [SEC, BTV], payload: ReportPayload, legalDate: ['reportedOn'] },
    RECORD_UPPER_AGREEMENT: {
      label: 'Ghi nhận văn bản đồng ý chủ trương của cấp trên',
      roles: UPPER,
      payload: UpperAgreementPayload,
      legalDate: ['agreedOn'],
      // Whoever reported up does not also record the upper committee's answer.
      separateFrom: bySeparation('REPORT_TO_UPPER'),
    },
    REFUSE: { label: 'Cấp trên không đồng ý', roles: UPPER, payload: RefusalPayload, legalDate: ['decidedOn'], separateFrom: bySeparation('REPORT_TO_UPPER', 'SUBMIT_DOSSIER') },
    RECORD_NOMINATION_BALLOT: {
      label: 'Hội nghị cấp ủy: kết quả phiếu giới thiệu',
      roles: PREPARERS,
      payload: NominationBallotPayload,
      legalDate: ['meetingDate'],
      facts: [rules(RULE.DENOMINATOR, RULE.NOMINATION_THRESHOLD, RULE.CONFIDENCE_QUORUM), accountsOf((_c, p) => ((p as NominationBallotPayload)?.candidates ?? []).map((x) => x?.userId))],
    },
    RECORD_CONFIDENCE_BALLOT: {
      label: 'Hội nghị cấp ủy: kết quả phiếu tín nhiệm',
      roles: PREPARERS,
      payload: ConfidenceBallotPayload,
      legalDate: ['meetingDate'],
      facts: [rules(RULE.DENOMINATOR, RULE.CONFIDENCE_THRESHOLD, RULE.CONFIDENCE_QUORUM)],
    },
    RECORD_PERSON_AGREEMENT: {
      label: 'Ghi nhận ý kiến của cấp trên về nhân sự (chức danh thường vụ)',
      roles: UPPER,
      payload: PersonAgreementPayload,
      legalDate: ['agreedOn'],
      separateFrom: bySeparation('REPORT_TO_UPPER', 'SUBMIT_DOSSIER'),
    },
    SUBMIT_DOSSIER: { label: 'Trình hồ sơ nhân sự lên cấp trên', roles: PREPARERS, payload: DossierPayload, legalDate: ['submittedOn'] },
    APPRAISE: {
      label: 'Thẩm định hồ sơ nhân sự (ban tổ chức)',
      roles: [OFFICE, BTV],
      payload: AppraisalPayload,
      legalDate: ['appraisedOn'],
      separateFrom: bySeparation('SUBMIT_DOSSIER'),
    },
    DESIGNATE: {
      label: 'Quyết định chỉ định bổ sung cấp ủy viên',
      roles: UPPER,
      payload: DesignationPayload,
      legalDate: ['decisionDate'],
      facts: [rules(RULE.DECIDING_BODY), accountsOf((c, p) => selected(c, (p as DesignationPayload)?.nomineeKeys ?? []).map((n) => n.userId))],
      // Whoever appraised (or proposed) does not decide: no bypass.
      separateFrom: bySeparation('APPRAISE', 'REPORT_TO_UPPER', 'SUBMIT_DOSSIER'),
    },
    AGREE_TO_ELECT: {
      label: 'Đồng ý cho bầu bổ sung',
      roles: UPPER,
      payload: ElectionAgreementPayload,
      legalDate: ['agreedOn'],
      facts: [rules(RULE.DECIDING_BODY)],
      separateFrom: bySeparation('APPRAISE', 'REPORT_TO_UPPER', 'SUBMIT_DOSSIER'),
    },
    RECORD_ELECTION: {
      label: 'Ghi nhận kết quả bầu bổ sung',
      roles: PREPARERS,
      payload: ElectionPayload,
      legalDate: ['electionDate'],
      facts: [rules(RULE.DENOMINATOR, RULE.ELECTION_THRESHOLD, RULE.ELECTION_QUORUM), accountsOf((c) => decided(c))],
    },
    WITHDRAW: { label: 'Dừng, rút đề nghị bổ sung', roles: [SEC, BTV], payload: WithdrawPayload, legalDate: ['withdrawnOn'] },
    // Sent only by the system when a deadline ends (the effective date's term included): no role may send it.
    DEADLINE_MISSED: { label: 'Đến hạn (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload, facts: [accountsOf((c) => decided(c))] },
  },
  stateLabels: {
    registered: 'Ban Thường vụ đã đề xuất – chờ báo cáo cấp trên',
    awaitingUpperAgreement: 'Đã báo cáo – chờ cấp trên đồng ý chủ trương',
    agreed: 'Cấp trên đã đồng ý – chờ hội nghị giới thiệu nhân sự',
    nominated: 'Đã có kết quả phiếu giới thiệu – chờ lấy phiếu tín nhiệm',
    conferenceHeld: 'Đã lấy phiếu tín nhiệm – chờ trình hồ sơ nhân sự',
    dossierSubmitted: 'Đã trình hồ sơ – chờ thẩm định',
    appraised: 'Đã thẩm định – chờ quyết định chỉ định hoặc đồng ý bầu bổ sung',
    awaitingEffectiveDate: 'Đã có quyết định chỉ định – chờ ngày có hiệu lực để phân quyền',
    electionPending: 'Cấp trên đồng ý cho bầu bổ sung – chờ kết quả bầu',
    filled: 'Đã bổ sung cấp ủy; người được bổ sung đã được phân quyền theo chức danh trong hệ thống',
    filledRecordedOnly: 'Đã bổ sung cấp ủy; có người chưa có tài khoản trong hệ thống nên chỉ ghi nhận, chưa phân quyền',
    notAgreed: 'Cấp trên không đồng ý',
    withdrawn: 'Đã dừng, rút đề nghị',
  },
  fieldTexts: FIELD_TEXTS_CAP_UY,
  valueLabels: [...VALUE_LABELS_CAP_UY, OUTCOME_LABELS],
  guardMessages: {
    reportValid: 'Ngày báo cáo chưa hợp lệ:',
    upperAgreementValid: 'Văn bản đồng ý của cấp trên chưa hợp lệ:',
    refusalValid: 'Văn bản không đồng ý chưa hợp lệ:',
    nominationValid: 'Chưa ghi nhận được kết quả phiếu giới thiệu:',
    confidenceValid: 'Chưa ghi nhận được kết quả phiếu tín nhiệm:',
    someoneConfident: 'Không có người nào đạt phiếu tín nhiệm.',
    personAgreementValid: 'Ý kiến của cấp trên về nhân sự chưa hợp lệ:',
    dossierValid: 'Hồ sơ nhân sự chưa hợp lệ:',
    appraisalValid: 'Thẩm định chưa hợp lệ:',
    selectionValid: 'Danh sách người được chỉ định (được bầu bổ sung) chưa hợp lệ:',
    decidingBodyAllowed: 'Tổ chức quyết định không có thẩm quyền đối với cấp ủy này (quy tắc CAP_UY.DECIDING_BODY):',
    electionValid: 'Chưa ghi nhận được kết quả bầu bổ sung:',
    someoneElected: 'Không có người nào trúng cử.',
    effectiveNow: 'Ngày có hiệu lực của quyết định chưa đến.',
    accountsFound: 'Có người được bổ sung chưa có tài khoản hoạt động trong hệ thống.',
    withdrawalValid: 'Ngày dừng, rút đề nghị chưa hợp lệ:',
    effectiveDateCame: 'Thông báo đến ngày hiệu lực này đã cũ (thời hạn đã được đặt lại).',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo cũ không còn hiệu lực.',
  },
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    const check = CHECKS[guard];
    if (!check) return undefined;
    const problems = check(context as ContextCapUy, event as EventCapUy);
    return problems.length > 0 ? problems.map((p) => p.message).join(' ') : undefined;
  },
  inputChecks(input: unknown, now: string) {
    const i = input as CommitteeFillingInput;
    return inputDateProblems(now, [['proposedAt', i.proposedAt, 'Ngày Ban Thường vụ thống nhất đề xuất']], []);
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      outcome: { label: 'Kết quả', values: OUTCOME_LABELS },
      method: { label: 'Hình thức bổ sung', values: METHOD_LABELS },
      level: { label: 'Cấp ủy được bổ sung', values: COMMITTEE_LEVEL_LABELS },
      roleAssignment: { label: 'Phân quyền trong hệ thống', values: ROLE_ASSIGNMENT_LABELS },
    },
  },
  ruleKeys: [RULE.UPPER_AGREEMENT, RULE.APPRAISAL, RULE.DECISION, RULE.EFFECTIVE],
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextCapUy;
    const r = c.registration;
    const tags: Record<string, string> = { level: r.level };
    if (c.decision) tags.method = c.decision.method;
    if (c.outcome) tags.outcome = c.outcome;
    if (c.filled) tags.roleAssignment = c.filled.members.some((m) => m.roleStatus === 'NO_ACCOUNT') ? 'RECORDED_ONLY' : 'ASSIGNED';
    if (c.filled) tags.effectiveDate = c.filled.on;
    else if (c.decision?.effectiveFrom) tags.effectiveDate = c.decision.effectiveFrom;
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    const posts = r.posts.map((p) => `${p.count} ${POST_LABELS[p.post].toLocaleLowerCase('vi')}`).join(', ');
    return {
      reportCategory: category(state),
      tags,
      title: (r.title ?? `Bổ sung ${r.committeeName}: ${posts}`).slice(0, 300),
      receivedAt: r.proposedAt,
    };
  },
};
