// Vietnamese texts of the committee-filling procedure's forms (docs/domain/bo-sung-cap-uy.md): field titles beyond the
// shared dictionary (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { BODY_KIND_LABELS, LEVEL_LABELS, MEMBERSHIP_STATUS_LABELS, type ValueLabels } from '../shared/value-labels';
import type { DeadlineKey, Opinion, Post } from './bo-sung-cap-uy.events';

export const POST_LABELS: Readonly<Record<Post, string>> = {
  COMMITTEE_MEMBER: 'Cấp ủy viên',
  STANDING_MEMBER: 'Ủy viên Ban Thường vụ',
  DEPUTY_SECRETARY: 'Phó Bí thư',
  SECRETARY: 'Bí thư',
};

export const OPINION_LABELS: Readonly<Record<Opinion, string>> = { AGREE: 'Đồng ý', DISAGREE: 'Không đồng ý' };

export const DEADLINE_KEY_LABELS: Readonly<Record<DeadlineKey, string>> = {
  UPPER_AGREEMENT: 'Thời hạn cấp trên cho ý kiến về chủ trương bổ sung (cấp ủy tự đặt)',
  APPRAISAL: 'Thời hạn thẩm định hồ sơ nhân sự (cấp ủy tự đặt)',
  DECISION: 'Thời hạn quyết định chỉ định hoặc đồng ý bầu bổ sung (cấp ủy tự đặt)',
  EFFECTIVE: 'Ngày quyết định chỉ định có hiệu lực',
};

export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  DESIGNATED: 'Đã chỉ định bổ sung',
  ELECTED: 'Đã bầu bổ sung',
  NOT_AGREED: 'Cấp trên không đồng ý',
  WITHDRAWN: 'Dừng, rút đề nghị',
};

export const METHOD_LABELS: Readonly<Record<string, string>> = { DESIGNATION: 'Chỉ định', ELECTION: 'Bầu bổ sung' };

/** Whether the people added got their posts' roles in hoso (the case's tag). */
export const ROLE_ASSIGNMENT_LABELS: Readonly<Record<string, string>> = {
  ASSIGNED: 'Đã phân quyền trong hệ thống',
  RECORDED_ONLY: 'Chỉ ghi nhận (có người chưa có tài khoản)',
};

export const COMMITTEE_LEVEL_LABELS: ValueLabels = {
  GRASSROOTS: LEVEL_LABELS.GRASSROOTS,
  SECTION: LEVEL_LABELS.SECTION,
  CELL: LEVEL_LABELS.CELL,
};

export const DECIDING_KIND_LABELS: ValueLabels = {
  PARTY_COMMITTEE: BODY_KIND_LABELS.PARTY_COMMITTEE,
  STANDING_COMMITTEE: BODY_KIND_LABELS.STANDING_COMMITTEE,
};

const NOMINEE_KEYS = { title: 'Những người được đề nghị', description: 'Mã của từng người trong danh sách giới thiệu (như khi ghi phiếu giới thiệu).' };

export const FIELD_TEXTS_CAP_UY: FieldTexts = {
  // The proposal
  committeeName: 'Tên cấp ủy được bổ sung',
  'CommitteeFillingInput.level': 'Cấp của tổ chức đảng',
  term: 'Nhiệm kỳ',
  'CommitteeFillingInput.reason': 'Lý do bổ sung',
  need: 'Nhu cầu, cơ cấu cần bổ sung',
  posts: { title: 'Số lượng bổ sung theo chức danh', description: 'Mỗi chức danh một dòng: cấp ủy viên, ủy viên ban thường vụ, phó bí thư, bí thư.' },
  post: 'Chức danh',
  count: 'Số lượng',
  proposedAt: 'Ngày Ban Thường vụ thống nhất đề xuất',
  // Report and agreements
  reportedOn: 'Ngày báo cáo cấp ủy cấp trên',
  agreedOn: 'Ngày văn bản đồng ý',
  'UpperAgreementPayload.posts': { title: 'Số lượng cấp trên đồng ý', description: 'Không vượt số lượng đã đề nghị ở từng chức danh.' },
  'RefusalPayload.decidedOn': 'Ngày văn bản không đồng ý',
  'RefusalPayload.reason': 'Lý do không đồng ý',
  'PersonAgreementPayload.opinion': 'Ý kiến của cấp trên về nhân sự',
  // The conference
  meetingDate: 'Ngày hội nghị',
  members: 'Danh sách cấp ủy viên được triệu tập',
  'RosterMemberDto.id': 'Mã cấp ủy viên',
  suspendedOrProsecuted: 'Đang bị đình chỉ sinh hoạt, khởi tố, truy tố hoặc tạm giam',
  absentApprovedReason: 'Vắng mặt suốt hội nghị có lý do được cấp ủy đồng ý',
  'NominationBallotPayload.cast': 'Số phiếu giới thiệu thu vào',
  'NominationBallotPayload.invalid': 'Số phiếu giới thiệu không hợp lệ',
  candidates: 'Những người được ghi trong phiếu giới thiệu',
  'CandidateDto.key': { title: 'Mã người được giới thiệu', description: 'Tên ngắn để các bước sau chỉ đến người này.' },
  'CandidateDto.fullName': 'Họ và tên người được giới thiệu',
  'CandidateDto.post': 'Chức danh được giới thiệu',
  'CandidateDto.userId': {
    title: 'Tài khoản trong hệ thống (nếu có)',
    description: 'Khi quyết định có hiệu lực, tài khoản này được phân vai trò của chức danh; để trống nếu chưa có (hệ thống không tự tạo tài khoản).',
  },
  'CandidateDto.votes': 'Số phiếu giới thiệu',
  declined: 'Xin rút khỏi danh sách',
  results: 'Kết quả kiểm phiếu từng người',
  nomineeKey: 'Mã người được lấy phiếu',
  approve: 'Số phiếu tán thành',
  reject: 'Số phiếu không tán thành',
  electionDate: 'Ngày bầu bổ sung',
  nomineeKeys: NOMINEE_KEYS,
  // Dossier, appraisal, decision
  submittedOn: 'Ngày trình hồ sơ nhân sự',
  'DossierPayload.summary': 'Tóm tắt hồ sơ (tờ trình, biên bản kiểm phiếu, trích ngang, kết luận tiêu chuẩn chính trị)',
  documentRefs: 'Các văn bản trong hồ sơ (số, ký hiệu)',
  'AppraisalPayload.opinion': 'Ý kiến thẩm định',
  appraisedOn: 'Ngày thẩm định',
  notes: 'Nội dung thẩm định',
  decisionNumber: 'Số, ký hiệu quyết định chỉ định',
  decisionDate: { title: 'Ngày ký quyết định', description: 'Quy tắc về thẩm quyền được áp dụng theo ngày này.' },
  effectiveFrom: {
    title: 'Ngày quyết định có hiệu lực (nếu khác ngày ký)',
    description: 'Người được chỉ định nhận vai trò trong hệ thống từ 0 giờ ngày này (giờ Việt Nam); không được trước ngày ký.',
  },
  'DecidingBodyDto.kind': 'Tổ chức quyết định',
  'DecidingBodyDto.level': 'Cấp của tổ chức quyết định',
  'DecidingBodyDto.name': 'Tên tổ chức quyết định',
  withdrawnOn: 'Ngày dừng, rút đề nghị',
  'WithdrawPayload.reason': 'Lý do dừng, rút đề nghị',
  'DeadlineMissedPayload.key': 'Thời hạn',
};

export const VALUE_LABELS_CAP_UY: readonly ValueLabels[] = [
  POST_LABELS,
  COMMITTEE_LEVEL_LABELS,
  OPINION_LABELS,
  DECIDING_KIND_LABELS,
  LEVEL_LABELS,
  MEMBERSHIP_STATUS_LABELS,
  DEADLINE_KEY_LABELS,
];
