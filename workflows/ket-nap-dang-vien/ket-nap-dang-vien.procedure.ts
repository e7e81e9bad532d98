import { vietnamDate } from '@hoso/kernel/legal-time';
import type { CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import type { FactRequest } from '../shared/facts';
import {
  AdmissionInput, AssignMentorPayload, AwarenessCertificatePayload, CertifyBackgroundPayload, DeadlineMissedPayload, DecideAdmissionPayload,
  DecideRecognitionPayload, DecisionReceiptPayload, DeclareBackgroundPayload, EnrolAwarenessCoursePayload, ExemptVerificationPayload,
  ExtendDecisionPayload, HoldCeremonyPayload, MemberRecordPayload, Over60ConsentPayload, ReadmissionConsentPayload, ReasonPayload, RecognitionVotePayload,
  RecordIntroducerPayload,
  RecordVerificationAnswerPayload, RequestVerificationPayload, SectionAppraisalPayload, StartRecognitionReviewPayload, StartVerificationPayload,
  SubmitApplicationPayload, UpperAgreementPayload, UpperDecisionPayload, VotePayload,
} from './ket-nap-dang-vien.events';
import { guardProblems, GUARD_NAMES, type GuardName } from './ket-nap-dang-vien.guards';
import { ADMISSION_PROCEDURE_ID, ketNapMachineV1 } from './ket-nap-dang-vien.machine';
import { previewCellVote, previewGrassrootsVote, previewRecognitionVote } from './ket-nap-dang-vien.preview';
import type { ContextKnd, EventKnd, Outcome } from './ket-nap-dang-vien.types';
import { RULE } from './ket-nap-dang-vien.rules';
import { AUTOMATIC_CONDITIONS_KET_NAP, FIELD_TEXTS_KET_NAP, FORM_LABELS, ROUTE_LABELS, VALUE_LABELS_KET_NAP } from './ket-nap-dang-vien.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC } = Role;

/** Coarse stage of a case for statistics (the `stage` tag). */
export const STAGE_LABELS = {
  PREPARATION: 'Bồi dưỡng, làm hồ sơ',
  VERIFICATION: 'Thẩm tra lý lịch',
  CELL: 'Chi bộ xét kết nạp',
  COMMITTEES: 'Cấp ủy xét, quyết định kết nạp',
  CEREMONY: 'Chờ lễ kết nạp',
  PROBATION: 'Đảng viên dự bị',
  RECOGNITION: 'Xét công nhận đảng viên chính thức',
  ESCALATED: 'Cấp ủy cấp trên xem xét',
  CLOSED: 'Đã kết thúc',
} as const;
export type Stage = keyof typeof STAGE_LABELS;

const STAGE_OF: Record<string, Stage> = {
  sourceList: 'PREPARATION',
  awarenessCourse: 'PREPARATION',
  applicationSubmitted: 'PREPARATION',
  backgroundDeclared: 'VERIFICATION',
  verification: 'VERIFICATION',
  backgroundCertified: 'CELL',
  introductionsAndComments: 'CELL',
  sectionAppraisal: 'COMMITTEES',
  grassrootsVote: 'COMMITTEES',
  awaitingDecision: 'COMMITTEES',
  admissionDecided: 'CEREMONY',
  ceremonyPending: 'CEREMONY',
  probationary: 'PROBATION',
  recognitionReview: 'RECOGNITION',
  awaitingRecognitionDecision: 'RECOGNITION',
  escalatedToUpper: 'ESCALATED',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  WITHDRAWN: 'Dừng hồ sơ (rút đơn, đưa ra khỏi danh sách)',
  NOT_PROPOSED_BY_CELL: 'Chi bộ không đề nghị kết nạp (không đạt tỷ lệ biểu quyết)',
  NOT_PROPOSED_BY_GRASSROOTS: 'Đảng ủy cơ sở không đề nghị kết nạp',
  NOT_ADMITTED_BY_GRASSROOTS: 'Đảng ủy cơ sở được ủy quyền không kết nạp',
  NOT_ADMITTED_BY_DECISION: 'Cấp ủy có thẩm quyền quyết định không kết nạp',
  ESCALATED_TO_UPPER: 'Biểu quyết không đạt tỷ lệ đủ số lần quy định: báo cáo cấp ủy cấp trên',
  FULL_MEMBER: 'Công nhận đảng viên chính thức',
  STRUCK_OFF: 'Xóa tên khỏi danh sách đảng viên',
};

/** Report categories (≤ 32 characters). */
export const CATEGORY_LABELS = {
  IN_PROGRESS: 'Đang xét kết nạp',
  PROBATIONARY: 'Đảng viên dự bị',
  NOT_ADMITTED: 'Không kết nạp',
  FULL_MEMBER: 'Đảng viên chính thức',
  STRUCK_OFF: 'Xóa tên',
  ESCALATED_TO_UPPER: 'Báo cáo cấp ủy cấp trên',
} as const;
type Category = keyof typeof CATEGORY_LABELS;

function category(state: string, c: ContextKnd): Category {
  if (state === 'fullMember') return 'FULL_MEMBER';
  if (state === 'struckOff') return 'STRUCK_OFF';
  if (state === 'notAdmitted') return 'NOT_ADMITTED';
  if (state === 'escalatedToUpper') return 'ESCALATED_TO_UPPER';
  return c.ceremonyDate ? 'PROBATIONARY' : 'IN_PROGRESS';
}

export const LATE_LABELS = {
  ADMISSION: 'Quyết định kết nạp chậm không có lý do',
  RECOGNITION: 'Quyết định công nhận chính thức chậm không có lý do',
  BOTH: 'Cả hai quyết định chậm không có lý do',
} as const;

/** The dossier and the forms each step requires (FORMS.KND), with other rules of the step. */
const withDossier = (...keys: string[]): readonly FactRequest[] => [{ fact: 'dossier' }, { fact: 'ruleValues', keys: [RULE.FORMS, ...keys] }];
// Every ballot reads its quorum and its denominator rule on the meeting date.
const QUORUM = [RULE.QUORUM, RULE.DENOMINATOR] as const;

// Every guard an event's transition names; `ceremonyFromReceipt` only picks which receipt transition is taken (never refuses).
const GUARD_MESSAGES: Record<GuardName | 'ceremonyFromReceipt', string> = {
  ceremonyFromReceipt: 'Thời hạn tổ chức lễ kết nạp tính từ ngày chi bộ nhận quyết định (theo quy định C.CEREMONY).',
  certificateRecorded: 'Cần có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng trước khi làm đơn (12-HD/BTCTW, mẫu CN-NTVĐ).',
  provincialRoute:
    'Chỉ ghi nhận văn bản đồng ý cho người quá tuổi với hồ sơ do cấp ủy trực thuộc Trung ương xem xét (Quy định 232-QĐ/TW; Hướng dẫn 06-HD/TW năm 2025, nội dung suy ra từ 01-HD/TW năm 2016).',
  readmissionConsentRecordable: 'Không ghi nhận được văn bản đồng ý kết nạp lại (Quy định 294-QĐ/TW §3.5.1).',
  lateAgreementRecordable: 'Không ghi nhận được sự đồng ý của cấp ủy cấp trên trực tiếp.',
  verificationCanStart:
    'Chưa thẩm tra được: lý lịch người xin vào Đảng (2-KNĐ) phải được chi ủy, đảng ủy cơ sở kiểm tra và đóng dấu giáp lai trước khi thẩm tra, và danh sách thẩm tra phải có chính người vào Đảng (06-HD/TW; procedures.md §9.6).',
  verificationRequestable: 'Không gửi được yêu cầu thẩm tra này.',
  verificationAnswerable: 'Không ghi nhận được kết quả thẩm tra này.',
  verificationExemptable:
    'Không miễn thẩm tra được: chỉ miễn với cha, mẹ, con là đảng viên và người vào Đảng đã khai đầy đủ, trung thực (06-HD/TW §3.4.c — nguồn chưa kiểm chứng, độ tin cậy thấp).',
  verificationComplete: 'Chỉ chứng nhận lý lịch khi mọi người trong danh sách đã có kết quả thẩm tra hoặc được miễn (procedures.md §9.6).',
  introducerRecordable: 'Không ghi nhận được người giới thiệu này.',
  cellVoteAllowed: 'Chưa đủ điều kiện để chi bộ biểu quyết đề nghị kết nạp.',
  grassrootsVoteAllowed: 'Chưa đủ điều kiện để đảng ủy cơ sở biểu quyết.',
  admissionExtensionAllowed: 'Chỉ gia hạn trong số lần quy định cho phép, với quyết định gia hạn có trước khi hết hạn (C.DECISION_ADMIT).',
  recognitionExtensionAllowed: 'Chỉ gia hạn trong số lần quy định cho phép, với quyết định gia hạn có trước khi hết hạn (C.DECISION_RECOGNISE).',
  admissionDecisionAllowed: 'Chưa quyết định kết nạp được.',
  receiptAllowed: 'Ngày nhận quyết định không hợp lệ.',
  ceremonyAllowed: 'Chưa tổ chức lễ kết nạp được.',
  currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã hoàn thành; thông báo quá hạn cũ không còn hiệu lực.',
  probationDeadline: 'Thông báo hết thời gian dự bị này không còn hiệu lực.',
  probationOver: 'Chưa hết thời gian dự bị kể từ ngày lễ kết nạp (Điều lệ Đảng, Điều 5).',
  recognitionVoteAllowed: 'Chưa đủ điều kiện để chi bộ biểu quyết công nhận chính thức hoặc xóa tên.',
  recognitionDecisionAllowed: 'Chưa quyết định công nhận chính thức được.',
  upperDecisionAllowed: 'Chưa quyết định được.',
};

export const ketNapDangVienV1: ProcedureDefinition = {
  id: ADMISSION_PROCEDURE_ID,
  version: 1,
  title: 'Kết nạp đảng viên, công nhận đảng viên chính thức',
  legalBasis: 'Điều lệ Đảng, Điều 4–5; Quy định 232-QĐ/TW, 294-QĐ/TW (2025); Hướng dẫn 06-HD/TW (2025); Hướng dẫn 12-HD/BTCTW (2022)',
  machine: ketNapMachineV1,
  input: AdmissionInput,
  createRoles: [SEC, OFFICE],
  personOf: (input) => (input as AdmissionInput).personId,
  personDetails: (input) => ({ fullName: (input as AdmissionInput).fullName, dateOfBirth: (input as AdmissionInput).dateOfBirth }),
  // The documents its dossier may hold (docs/domain/procedures.md §9.3); uploads with another code are refused.
  dossierForms: FORM_LABELS,
  inputChecks: (input, now) => {
    const r = input as AdmissionInput;
    const today = vietnamDate(now);
    const problems: { field: string; message: string }[] = [];
    if (r.dateOfBirth > today) problems.push({ field: 'dateOfBirth', message: 'Ngày sinh không được sau ngày hôm nay.' });
    if (r.listedOn > today) problems.push({ field: 'listedOn', message: 'Ngày chi bộ đưa vào danh sách không được sau ngày hôm nay.' });
    if (r.listedOn < r.dateOfBirth) problems.push({ field: 'listedOn', message: 'Ngày đưa vào danh sách không được trước ngày sinh.' });
    if (r.crimeExpungedOn !== undefined && r.crimeExpungedOn > today) problems.push({ field: 'crimeExpungedOn', message: 'Ngày xóa án tích không được sau ngày hôm nay.' });
    return problems;
  },
  events: {
    ASSIGN_MENTOR: { label: 'Phân công đảng viên giúp đỡ', roles: [SEC], payload: AssignMentorPayload, legalDate: ['assignedOn'] },
    ENROL_AWARENESS_COURSE: { label: 'Cử đi học lớp bồi dưỡng nhận thức về Đảng', roles: [SEC, OFFICE], payload: EnrolAwarenessCoursePayload, legalDate: ['enrolledOn'] },
    RECORD_AWARENESS_CERTIFICATE: {
      label: 'Ghi nhận giấy chứng nhận bồi dưỡng nhận thức về Đảng', roles: [SEC, OFFICE], payload: AwarenessCertificatePayload, legalDate: ['issuedOn'],
    },
    SUBMIT_APPLICATION: { label: 'Nhận đơn xin vào Đảng (1-KNĐ)', roles: [SEC, OFFICE], payload: SubmitApplicationPayload, legalDate: ['submittedOn'] },
    DECLARE_BACKGROUND: { label: 'Nhận lý lịch người xin vào Đảng (2-KNĐ)', roles: [SEC, OFFICE], payload: DeclareBackgroundPayload, legalDate: ['declaredOn'] },
    START_VERIFICATION: {
      label: 'Bắt đầu thẩm tra lý lịch (sau khi đóng dấu giáp lai)',
      roles: [SEC, BTV],
      payload: StartVerificationPayload,
      // No date in the payload: the forms in force on the day of entry.
      facts: withDossier(),
    },
    REQUEST_VERIFICATION: { label: 'Gửi yêu cầu thẩm tra', roles: [SEC, OFFICE], payload: RequestVerificationPayload, legalDate: ['requestedOn'] },
    RECORD_VERIFICATION_ANSWER: {
      label: 'Ghi nhận kết quả thẩm tra', roles: [SEC, OFFICE], payload: RecordVerificationAnswerPayload, legalDate: ['answeredOn'],
    },
    EXEMPT_VERIFICATION: {
      label: 'Miễn thẩm tra người thân là đảng viên (nguồn chưa kiểm chứng, độ tin cậy thấp)',
      roles: [SEC, BTV],
      payload: ExemptVerificationPayload,
      // No date in the payload: the relatives in force on the day of entry.
      facts: [{ fact: 'ruleValues', keys: [RULE.EXEMPTABLE_RELATIONS] }],
    },
    CERTIFY_BACKGROUND: {
      label: 'Chi ủy nhận xét, đảng ủy cơ sở chứng nhận lý lịch',
      roles: [SEC, BTV],
      payload: CertifyBackgroundPayload,
      legalDate: ['certifiedOn'],
      // Whoever entered the verification answers does not also certify them.
      separateFrom: { preparedBy: ['RECORD_VERIFICATION_ANSWER'], bypassRoles: [BTV] },
    },
    RECORD_INTRODUCER: { label: 'Ghi nhận người giới thiệu (3-KNĐ, 4/4A-KNĐ)', roles: [SEC, OFFICE], payload: RecordIntroducerPayload, legalDate: ['introducedOn'] },
    RECORD_OVER_60_CONSENT: {
      label: 'Ghi nhận văn bản đồng ý của Ban Thường vụ cấp ủy trực thuộc Trung ương (người quá tuổi)',
      roles: [OFFICE, BTV],
      payload: Over60ConsentPayload,
      legalDate: ['consentedOn'],
      offerWhen: (c) => (c as ContextKnd).registration.route === 'PROVINCIAL_OVER_60',
    },
    RECORD_READMISSION_CONSENT: {
      label: 'Ghi nhận văn bản đồng ý kết nạp lại của Ban Thường vụ tỉnh ủy, thành ủy',
      roles: [OFFICE, BTV],
      payload: ReadmissionConsentPayload,
      legalDate: ['consentedOn'],
      offerWhen: (c) => (c as ContextKnd).registration.priorLeavingReason !== undefined,
    },
    WITHDRAW: { label: 'Dừng hồ sơ (rút đơn, đưa ra khỏi danh sách)', roles: [SEC, BTV], payload: ReasonPayload },
    CELL_VOTE: {
      label: 'Chi bộ biểu quyết đề nghị kết nạp (6-KNĐ)',
      roles: [SEC],
      payload: VotePayload,
      // Eligibility and the vote as the law stood on the meeting date (age "at the time the cell considers" [28]).
      legalDate: ['meetingDate'],
      facts: [
        ...withDossier(
          RULE.AGE_MIN, RULE.AGE_MAX, RULE.YOUTH_AGE_MIN, RULE.YOUTH_AGE_MAX, RULE.EDUCATION_LEVELS, RULE.CERT_VALIDITY, RULE.INTRODUCER_COWORK,
          RULE.READMIT_MIN_GAP, RULE.READMIT_AFTER_EXPUNGED, RULE.NO_READMISSION_GROUNDS, RULE.READMISSION_MAX_COUNT, RULE.CELL_THRESHOLD, ...QUORUM,
        ),
        { fact: 'personHistory' },
      ],
      votePreview: previewCellVote,
    },
    RECORD_SECTION_APPRAISAL: { label: 'Đảng ủy bộ phận thẩm định (7-KNĐ)', roles: [SEC, BTV], payload: SectionAppraisalPayload, legalDate: ['appraisedOn'] },
    GRASSROOTS_VOTE: {
      label: 'Đảng ủy cơ sở biểu quyết (8-KNĐ)',
      roles: [SEC, BTV],
      payload: VotePayload,
      legalDate: ['meetingDate'],
      facts: withDossier(
        RULE.AUTHORISED_GRASSROOTS_THRESHOLD, RULE.GRASSROOTS_PROPOSAL_THRESHOLD, RULE.ADMISSION_DECIDING_BODY, RULE.READMISSION_CONSENT, ...QUORUM,
      ),
      // The cell's secretary does not also record the committee's vote on the cell's proposal.
      separateFrom: { preparedBy: ['CELL_VOTE'], bypassRoles: [BTV] },
      votePreview: previewGrassrootsVote,
    },
    EXTEND_ADMISSION_DECISION: {
      label: 'Gia hạn xem xét, quyết định kết nạp (theo quy định)',
      roles: [BTV, SEC],
      payload: ExtendDecisionPayload,
      legalDate: ['extendedOn'],
      facts: [{ fact: 'deadlineDue', keys: ['admissionDecision'] }],
    },
    DECIDE_ADMISSION: {
      label: 'Quyết định kết nạp (9-KNĐ) hoặc không kết nạp',
      roles: [BTV, SEC],
      payload: DecideAdmissionPayload,
      legalDate: ['decisionDate'],
      facts: [...withDossier(RULE.ADMISSION_DECIDING_BODY, RULE.READMISSION_CONSENT, RULE.CEREMONY), { fact: 'deadlineDue', keys: ['admissionDecision'] }],
      separateFrom: { preparedBy: ['CELL_VOTE'], bypassRoles: [BTV] },
    },
    RECORD_DECISION_RECEIPT: { label: 'Chi bộ nhận quyết định kết nạp', roles: [SEC, OFFICE], payload: DecisionReceiptPayload, legalDate: ['receivedOn'] },
    RECORD_LATE_CEREMONY_AGREEMENT: {
      label: 'Cấp ủy cấp trên trực tiếp đồng ý tổ chức lễ kết nạp sau thời hạn',
      roles: [BTV],
      payload: UpperAgreementPayload,
      legalDate: ['agreedOn'],
      separateFrom: { preparedBy: ['RECORD_DECISION_RECEIPT'], bypassRoles: [] },
    },
    HOLD_CEREMONY: {
      label: 'Tổ chức lễ kết nạp',
      roles: [SEC],
      payload: HoldCeremonyPayload,
      legalDate: ['ceremonyDate'],
      facts: [{ fact: 'ruleValues', keys: [RULE.PROBATION] }, { fact: 'deadlineDue', keys: ['ceremony'] }],
    },
    RECORD_MEMBER_RECORD: { label: 'Đảng viên khai lý lịch đảng viên', roles: [OFFICE, SEC], payload: MemberRecordPayload, legalDate: ['declaredOn'] },
    START_RECOGNITION_REVIEW: {
      label: 'Hết thời gian dự bị: bắt đầu xét công nhận chính thức', roles: [SEC, OFFICE], payload: StartRecognitionReviewPayload, legalDate: ['asOf'],
    },
    CELL_RECOGNITION_VOTE: {
      label: 'Chi bộ biểu quyết công nhận chính thức (13-KNĐ) hoặc xóa tên',
      roles: [SEC],
      payload: RecognitionVotePayload,
      legalDate: ['meetingDate'],
      facts: withDossier(RULE.RECOGNITION_THRESHOLD, RULE.RECOGNITION_MAX_FAILED_VOTES, ...QUORUM),
      votePreview: previewRecognitionVote,
    },
    EXTEND_RECOGNITION_DECISION: {
      label: 'Gia hạn quyết định công nhận chính thức (theo quy định)',
      roles: [BTV, SEC],
      payload: ExtendDecisionPayload,
      legalDate: ['extendedOn'],
      facts: [{ fact: 'deadlineDue', keys: ['recognitionDecision'] }],
    },
    DECIDE_RECOGNITION: {
      label: 'Quyết định công nhận đảng viên chính thức hoặc xóa tên',
      roles: [BTV, SEC],
      payload: DecideRecognitionPayload,
      legalDate: ['decisionDate'],
      facts: [...withDossier(), { fact: 'deadlineDue', keys: ['recognitionDecision'] }],
      separateFrom: { preparedBy: ['CELL_RECOGNITION_VOTE'], bypassRoles: [BTV] },
    },
    UPPER_DECIDE_RECOGNITION: {
      label: 'Cấp ủy cấp trên quyết định (sau các lần chi bộ biểu quyết không đạt tỷ lệ)',
      roles: [BTV],
      payload: UpperDecisionPayload,
      legalDate: ['decisionDate'],
      separateFrom: { preparedBy: ['CELL_RECOGNITION_VOTE'], bypassRoles: [] },
    },
    // Sent only by the system when a deadline's escalation fires (for the probation: when its term ends).
    DEADLINE_MISSED: { label: 'Quá hạn / hết thời hạn (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload },
  },
  stateLabels: {
    sourceList: 'Quần chúng ưu tú trong danh sách nguồn',
    awarenessCourse: 'Bồi dưỡng nhận thức về Đảng',
    applicationSubmitted: 'Đã có đơn xin vào Đảng',
    backgroundDeclared: 'Đã khai lý lịch – chờ đóng dấu giáp lai, thẩm tra',
    verification: 'Đang thẩm tra lý lịch',
    backgroundCertified: 'Đã chứng nhận lý lịch',
    introductionsAndComments: 'Giới thiệu, lấy ý kiến nhận xét – chờ chi bộ xét',
    cellVoteCounted: 'Đã kiểm phiếu chi bộ',
    proposedByCell: 'Chi bộ đã đề nghị kết nạp',
    sectionAppraisal: 'Đảng ủy bộ phận thẩm định',
    grassrootsVote: 'Chờ đảng ủy cơ sở biểu quyết',
    grassrootsVoteCounted: 'Đã kiểm phiếu đảng ủy cơ sở',
    awaitingDecision: 'Chờ quyết định kết nạp',
    decisionCounted: 'Đã có quyết định',
    admissionDecided: 'Đã quyết định kết nạp – chờ chi bộ nhận quyết định',
    ceremonyPending: 'Chờ tổ chức lễ kết nạp',
    probationary: 'Đảng viên dự bị',
    recognitionReview: 'Xét công nhận đảng viên chính thức',
    recognitionVoteCounted: 'Đã kiểm phiếu công nhận',
    awaitingRecognitionDecision: 'Chờ quyết định công nhận chính thức',
    escalatedToUpper: 'Báo cáo cấp ủy cấp trên (biểu quyết không đạt tỷ lệ đủ số lần quy định)',
    recognitionDecided: 'Đã quyết định',
    fullMember: 'Đảng viên chính thức',
    struckOff: 'Xóa tên khỏi danh sách đảng viên',
    notAdmitted: 'Không kết nạp',
  },
  guardMessages: GUARD_MESSAGES,
  fieldTexts: FIELD_TEXTS_KET_NAP,
  valueLabels: VALUE_LABELS_KET_NAP,
  automaticConditions: AUTOMATIC_CONDITIONS_KET_NAP,
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    if (!(GUARD_NAMES as readonly string[]).includes(guard)) return undefined;
    const problems = guardProblems(guard, context as ContextKnd, event as EventKnd);
    return problems.length ? problems.map((p) => p.message).join(' ') : undefined;
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      stage: { label: 'Giai đoạn', values: STAGE_LABELS },
      outcome: { label: 'Kết quả', values: OUTCOME_LABELS },
      lateWithoutReason: { label: 'Quyết định chậm không có lý do (phải kiểm điểm trước cấp ủy cấp trên)', values: LATE_LABELS },
      decidedBy: {
        label: 'Cấp quyết định kết nạp',
        values: { GRASSROOTS_AUTHORISED: 'Đảng ủy cơ sở được ủy quyền', COMPETENT_COMMITTEE: 'Cấp ủy có thẩm quyền cấp trên' },
      },
      route: { label: 'Trường hợp', values: ROUTE_LABELS },
    },
  },
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextKnd;
    const r = c.registration;
    const tags: Record<string, string> = {
      stage: STAGE_OF[state] ?? 'CLOSED',
      route: r.route,
      decidedBy: r.grassrootsAuthorisedToAdmit ? 'GRASSROOTS_AUTHORISED' : 'COMPETENT_COMMITTEE',
    };
    if (c.outcome) tags.outcome = c.outcome;
    const late = c.lateWithoutReason;
    if (late?.admission || late?.recognition) tags.lateWithoutReason = late.admission && late.recognition ? 'BOTH' : late.admission ? 'ADMISSION' : 'RECOGNITION';
    return { reportCategory: category(state, c), tags, title: `Kết nạp đảng viên: ${r.fullName}`.slice(0, 300), receivedAt: r.listedOn };
  },
};
