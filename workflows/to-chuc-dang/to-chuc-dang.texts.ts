// Vietnamese texts of the organisation procedure's forms (docs/domain/changes-2026.md §5.1): field titles beyond the
// shared dictionary (shared/field-texts.ts) and the labels of its enumerations. Pure data.
import type { FieldTexts } from '../shared/field-texts';
import { ORG_CHANGE_KIND_LABELS } from '../shared/org-change';
import { ROLE_LABELS } from '../shared/roles';
import { AUDIENCE_LABELS, BODY_KIND_LABELS, LEVEL_LABELS, type ValueLabels } from '../shared/value-labels';
import type { DeadlineKey, Opinion, ProposerKind } from './to-chuc-dang.events';

export const PROPOSER_KIND_LABELS: Readonly<Record<ProposerKind, string>> = {
  ORGANISATION_COMMISSION: 'Ban Tổ chức cấp ủy',
  PARTY_COMMITTEE: 'Cấp ủy',
  STANDING_COMMITTEE: 'Ban Thường vụ cấp ủy',
  CONCERNED_ORGANISATION: 'Tổ chức đảng có liên quan',
};

export const OPINION_LABELS: Readonly<Record<Opinion, string>> = { AGREE: 'Đồng ý', DISAGREE: 'Không đồng ý' };

export const DEADLINE_KEY_LABELS: Readonly<Record<DeadlineKey, string>> = {
  APPRAISAL: 'Thời hạn thẩm định đề án (cấp ủy tự đặt)',
  DECISION: 'Thời hạn quyết định (cấp ủy tự đặt)',
  EFFECTIVE: 'Ngày quyết định có hiệu lực',
  HANDOVER: 'Thời hạn bàn giao hồ sơ, tài liệu (cấp ủy tự đặt)',
};

/** The case's outcome by the kind of change, or not approved. */
export const OUTCOME_LABELS: Readonly<Record<string, string>> = {
  FOUNDED: 'Đã thành lập',
  MERGED: 'Đã hợp nhất',
  SPLIT: 'Đã chia tách',
  ABSORBED: 'Đã sáp nhập',
  RE_ATTACHED: 'Đã điều chuyển trực thuộc',
  RENAMED: 'Đã đổi tên',
  DISSOLVED: 'Đã giải thể',
  NOT_APPROVED: 'Không chấp thuận',
};

const UNIT_REF = { title: 'Tổ chức kế tục', description: 'Tổ chức đảng hiện có (mã trong hệ thống) hoặc tổ chức mới do chính quyết định này thành lập (khóa của tổ chức mới).' };

export const FIELD_TEXTS_TO_CHUC: FieldTexts = {
  // The proposal
  'OrgChangeInput.kind': 'Loại sắp xếp tổ chức',
  'OrgChangeInput.reason': 'Lý do, tóm tắt nội dung đề nghị',
  organisations: { title: 'Các tổ chức đảng liên quan', description: 'Tổ chức hiện có (kèm mã trong hệ thống) hoặc tổ chức dự kiến thành lập (không có mã).' },
  'OrganisationConcernedDto.unitId': { title: 'Mã tổ chức trong hệ thống', description: 'Để trống với tổ chức dự kiến thành lập.' },
  'OrganisationConcernedDto.name': 'Tên tổ chức đảng',
  'OrganisationConcernedDto.level': 'Cấp tổ chức',
  proposedBy: 'Cơ quan, tổ chức đề nghị',
  'ProposerDto.kind': 'Cơ quan đề nghị',
  'ProposerDto.name': 'Tên cơ quan, tổ chức đề nghị',
  proposedAt: 'Ngày nhận tờ trình, đề nghị',
  // Dossier, opinions, appraisal
  submittedOn: 'Ngày trình hồ sơ (tờ trình, đề án)',
  'SubmitDossierPayload.summary': 'Tóm tắt đề án (lý do, tổ chức, đảng viên, bàn giao)',
  documentRefs: 'Các văn bản trong hồ sơ (số, ký hiệu)',
  opinion: 'Ý kiến',
  'UpperOpinionPayload.opinion': 'Ý kiến của cấp ủy cấp trên',
  receivedOn: 'Ngày nhận văn bản ý kiến',
  'AppraisePayload.opinion': 'Ý kiến thẩm định',
  appraisedOn: 'Ngày thẩm định',
  notes: 'Nội dung thẩm định',
  // The decision and its plan
  decisionNumber: 'Số, ký hiệu quyết định',
  decisionDate: { title: 'Ngày ký quyết định', description: 'Quy tắc về thẩm quyền được áp dụng theo ngày này.' },
  'DecidingBodyDto.kind': 'Tổ chức quyết định',
  'DecidingBodyDto.level': 'Cấp của tổ chức quyết định',
  'DecidingBodyDto.name': 'Tên tổ chức quyết định',
  plan: 'Phương án sắp xếp tổ chức',
  'OrgChangePlanDto.kind': 'Loại sắp xếp tổ chức',
  effectiveDate: {
    title: 'Ngày có hiệu lực',
    description: 'Phương án được thực hiện từ 0 giờ ngày này (giờ Việt Nam); không được trước ngày ký quyết định.',
  },
  units: { title: 'Các tổ chức hiện có thuộc phương án', description: 'Hợp nhất: ít nhất hai; chia tách, giải thể, điều chuyển, đổi tên: một; thành lập: không có.' },
  newUnits: 'Các tổ chức được thành lập',
  'NewUnitDto.key': { title: 'Khóa của tổ chức mới', description: 'Tên ngắn để các phần khác của phương án chỉ đến tổ chức này.' },
  'NewUnitDto.code': 'Mã tổ chức',
  'NewUnitDto.name': 'Tên tổ chức mới',
  'NewUnitDto.level': 'Cấp tổ chức',
  parentId: 'Tổ chức cấp trên trực tiếp (mã trong hệ thống)',
  intoUnitId: 'Tổ chức tiếp nhận (sáp nhập vào)',
  newParentId: 'Tổ chức cấp trên trực tiếp mới',
  newName: 'Tên mới',
  recordsTo: { title: 'Tổ chức tiếp nhận hồ sơ, tài liệu', description: 'Nhận hồ sơ và những gì phương án không nêu riêng của tổ chức kết thúc hoạt động.' },
  'UnitRefDto.unitId': 'Mã tổ chức hiện có',
  'UnitRefDto.newUnit': 'Khóa của tổ chức mới',
  to: UNIT_REF,
  caseSuccessors: { title: 'Tổ chức tiếp nhận từng hồ sơ vụ việc', description: 'Chia tách: bắt buộc nêu cho mọi hồ sơ đang giải quyết.' },
  memberSuccessors: 'Nơi sinh hoạt mới của từng đảng viên',
  personId: 'Mã đảng viên',
  childSuccessors: 'Tổ chức cấp trên mới của các tổ chức trực thuộc',
  'ChildSuccessorDto.unitId': 'Mã tổ chức trực thuộc',
  roles: 'Chỉ định nhân sự vào tổ chức kế tục',
  'RoleDesignationDto.role': 'Vai trò được chỉ định',
  // After the decision
  'NotApprovedPayload.decidedOn': 'Ngày quyết định không chấp thuận',
  'NotApprovedPayload.reason': 'Lý do không chấp thuận',
  announcedOn: 'Ngày công bố quyết định',
  'AmendPlanPayload.reason': 'Lý do điều chỉnh phương án',
  minutesDate: 'Ngày biên bản bàn giao',
  'DeadlineMissedPayload.key': 'Thời hạn',
};

export const VALUE_LABELS_TO_CHUC: readonly ValueLabels[] = [
  ORG_CHANGE_KIND_LABELS,
  LEVEL_LABELS,
  PROPOSER_KIND_LABELS,
  OPINION_LABELS,
  BODY_KIND_LABELS,
  ROLE_LABELS,
  AUDIENCE_LABELS,
  DEADLINE_KEY_LABELS,
];
