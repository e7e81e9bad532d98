import type { EventFacts } from '../shared/facts';
import { inputDateProblems } from '../shared/input-dates';
import { ORG_CHANGE_KIND_LABELS } from '../shared/org-change';
import type { CaseProjection, MachineEvent, ProcedureDefinition } from '../shared/procedure';
import { Role } from '../shared/roles';
import {
  AmendPlanPayload, AnnounceOrgChangePayload, AppraisePayload, DeadlineMissedPayload, DecideOrgChangePayload, HandoverCompletedPayload,
  NotApprovedPayload, OrgChangeInput, SubmitDossierPayload, UpperOpinionPayload,
} from './to-chuc-dang.events';
import {
  awaitingEffect, decidedPlan, levelsConcerned, ORG_PROCEDURE_ID, orgMachineV1, planProblems, planUnderCheck, type ContextOrg,
} from './to-chuc-dang.machine';
import { checkDecidingBody, decidingBodyDetail, RULE } from './to-chuc-dang.rules';
import { FIELD_TEXTS_TO_CHUC, OUTCOME_LABELS, VALUE_LABELS_TO_CHUC } from './to-chuc-dang.texts';

const { COMMITTEE_OFFICE: OFFICE, STANDING_COMMITTEE_MEMBER: BTV, SECRETARY: SEC } = Role;
// The committee office stands in for the organisation department (no role of its own in roles.ts): it prepares the
// dossier and appraises; the committee (its standing committee, its secretary) decides.
const PREPARERS = [OFFICE, SEC, BTV] as const;
const DECIDERS = [BTV, SEC] as const;

/** Report categories (≤ 32 characters). */
export type OrgCategory = 'PROPOSED' | 'DECIDED' | 'IN_EFFECT' | 'COMPLETED' | 'NOT_APPROVED';

const CATEGORY_LABELS: Record<OrgCategory, string> = {
  PROPOSED: 'Đang xem xét đề nghị',
  DECIDED: 'Đã quyết định, chờ hiệu lực',
  IN_EFFECT: 'Đã có hiệu lực, đang bàn giao',
  COMPLETED: 'Đã hoàn thành',
  NOT_APPROVED: 'Không chấp thuận',
};

function category(state: string): OrgCategory {
  if (['proposed', 'dossierSubmitted', 'appraised'].includes(state)) return 'PROPOSED';
  if (['decided', 'awaitingEffectiveDate', 'awaitingCorrection'].includes(state)) return 'DECIDED';
  if (state === 'inEffect') return 'IN_EFFECT';
  if (state === 'notApproved') return 'NOT_APPROVED';
  return 'COMPLETED';
}

// The plan each event asks the service to check against the tree (the `orgChange` fact).
const factFor = (type: 'DECIDE' | 'AMEND_PLAN' | 'DEADLINE_MISSED') =>
  ({ fact: 'orgChange', plan: (c: unknown, p: unknown) => planUnderCheck(c as ContextOrg, { type, payload: p } as never) }) as const;

export const toChucDangV1: ProcedureDefinition = {
  id: ORG_PROCEDURE_ID,
  version: 1,
  title: 'Thành lập, hợp nhất, chia tách, sáp nhập, giải thể tổ chức đảng',
  legalBasis:
    'Điều lệ Đảng, Điều 10 khoản 3 và Điều 21 khoản 2; Quy định 294-QĐ/TW ngày 26/5/2025 (hệ thống tổ chức); Hướng dẫn 31-HD/BTCTW ngày 23/4/2025 (chưa kiểm chứng)',
  machine: orgMachineV1,
  input: OrgChangeInput,
  createRoles: PREPARERS,
  // The documents of the dossier (docs/domain/changes-2026.md §5.1); descriptive codes.
  documentKinds: {
    'TO-TRINH': { label: 'Tờ trình đề nghị', steps: { SUBMIT_DOSSIER: 'REQUIRED' } },
    'DE-AN': { label: 'Đề án sắp xếp tổ chức (lý do, tổ chức, đảng viên, bộ máy)', steps: { SUBMIT_DOSSIER: 'REQUIRED', APPRAISE: 'EXPECTED' } },
    'DS-DANG-VIEN': { label: 'Danh sách đảng viên của các tổ chức liên quan', steps: { SUBMIT_DOSSIER: 'EXPECTED' } },
    'KH-BAN-GIAO': { label: 'Phương án bàn giao hồ sơ, tài liệu, con dấu, tài chính', steps: { SUBMIT_DOSSIER: 'EXPECTED' } },
    'Y-KIEN-CAP-TREN': { label: 'Văn bản ý kiến của cấp ủy cấp trên', steps: { RECORD_UPPER_OPINION: 'REQUIRED' } },
    'BC-THAM-DINH': { label: 'Báo cáo thẩm định của ban tổ chức', steps: { APPRAISE: 'REQUIRED' } },
    'QD-TO-CHUC': { label: 'Quyết định thành lập (hợp nhất, chia tách, sáp nhập, giải thể) tổ chức đảng', steps: { DECIDE: 'REQUIRED', ANNOUNCE: 'EXPECTED' } },
    'QD-CHI-DINH': { label: 'Quyết định chỉ định cấp ủy, bí thư, phó bí thư', steps: { DECIDE: 'EXPECTED' } },
    'VB-KHONG-DUYET': { label: 'Văn bản không chấp thuận', steps: { NOT_APPROVED: 'EXPECTED' } },
    'QD-DIEU-CHINH': { label: 'Văn bản điều chỉnh phương án', steps: { AMEND_PLAN: 'EXPECTED' } },
    'BB-BAN-GIAO': { label: 'Biên bản bàn giao hồ sơ, tài liệu, con dấu', steps: { HANDOVER_COMPLETED: 'REQUIRED' } },
  },
  events: {
    SUBMIT_DOSSIER: { label: 'Trình hồ sơ (tờ trình, đề án, danh sách đảng viên, phương án bàn giao)', roles: PREPARERS, payload: SubmitDossierPayload, legalDate: ['submittedOn'] },
    RECORD_UPPER_OPINION: { label: 'Ghi nhận ý kiến của cấp ủy cấp trên', roles: PREPARERS, payload: UpperOpinionPayload, legalDate: ['receivedOn'] },
    APPRAISE: { label: 'Thẩm định đề án (ban tổ chức)', roles: [OFFICE, BTV], payload: AppraisePayload, legalDate: ['appraisedOn'] },
    DECIDE: {
      label: 'Quyết định sắp xếp tổ chức đảng',
      roles: DECIDERS,
      payload: DecideOrgChangePayload,
      // Whoever appraised the plan does not decide it (the secretary may, giving a reason).
      separateFrom: { preparedBy: ['APPRAISE'], bypassRoles: [SEC] },
      facts: [{ fact: 'ruleValues', keys: [RULE.DECIDING_BODY] }, factFor('DECIDE')],
      legalDate: ['decisionDate'],
    },
    NOT_APPROVED: {
      label: 'Không chấp thuận đề nghị',
      roles: DECIDERS,
      payload: NotApprovedPayload,
      separateFrom: { preparedBy: ['APPRAISE'], bypassRoles: [SEC] },
      legalDate: ['decidedOn'],
    },
    ANNOUNCE: { label: 'Công bố quyết định', roles: PREPARERS, payload: AnnounceOrgChangePayload, legalDate: ['announcedOn'] },
    AMEND_PLAN: { label: 'Điều chỉnh phương án', roles: DECIDERS, payload: AmendPlanPayload, facts: [factFor('AMEND_PLAN')] },
    HANDOVER_COMPLETED: { label: 'Hoàn thành bàn giao', roles: PREPARERS, payload: HandoverCompletedPayload, legalDate: ['minutesDate'] },
    // Sent only by the system when a deadline ends (the effective date's term included): no role may send it.
    DEADLINE_MISSED: { label: 'Đến hạn (hệ thống ghi nhận)', roles: [], payload: DeadlineMissedPayload, facts: [factFor('DEADLINE_MISSED')] },
  },
  stateLabels: {
    proposed: 'Đã nhận đề nghị – chờ hồ sơ',
    dossierSubmitted: 'Đã trình hồ sơ – chờ thẩm định',
    appraised: 'Đã thẩm định – chờ quyết định',
    decided: 'Đã có quyết định – chờ công bố',
    awaitingEffectiveDate: 'Đã công bố – chờ ngày có hiệu lực',
    awaitingCorrection: 'Đến ngày hiệu lực nhưng phương án cần điều chỉnh',
    inEffect: 'Đã có hiệu lực – đang bàn giao',
    closed: 'Đã hoàn thành bàn giao',
    notApproved: 'Không chấp thuận',
  },
  fieldTexts: FIELD_TEXTS_TO_CHUC,
  valueLabels: [...VALUE_LABELS_TO_CHUC, OUTCOME_LABELS],
  guardMessages: {
    planMatchesKind: 'Phương án phải cùng loại sắp xếp với đề nghị đã đăng ký.',
    decidingBodyAllowed: 'Tổ chức quyết định không có thẩm quyền đối với cấp của các tổ chức liên quan (Điều lệ Đảng, Điều 10 khoản 3).',
    planAcceptable: 'Phương án chưa thực hiện được:',
    announcedAfterDecision: 'Ngày công bố không thể trước ngày ký quyết định.',
    effectiveDateCame: 'Thông báo đến ngày hiệu lực này đã cũ (thời hạn đã được đặt lại).',
    effectiveDateReached: 'Ngày có hiệu lực của phương án chưa đến.',
    currentDeadline: 'Thời hạn này đã được đặt lại hoặc đã kết thúc; thông báo cũ không còn hiệu lực.',
  },
  refusalDetail(guard: string, context: unknown, event: MachineEvent): string | undefined {
    const c = context as ContextOrg;
    const facts = event.facts as EventFacts | undefined;
    if (guard === 'planAcceptable') {
      return planProblems(planUnderCheck(c, event as never), facts).map((p) => p.message).join(' ');
    }
    if (guard === 'decidingBodyAllowed' && event.type === 'DECIDE') {
      const p = event.payload as DecideOrgChangePayload;
      return decidingBodyDetail(checkDecidingBody(facts, levelsConcerned(c, decidedPlan(p)), p.decidingBody), facts);
    }
    return undefined;
  },
  inputChecks(input: unknown, now: string) {
    const i = input as OrgChangeInput;
    const problems = inputDateProblems(now, [['proposedAt', i.proposedAt, 'Ngày nhận tờ trình, đề nghị']], []);
    const existing = i.organisations.filter((o) => o.unitId);
    if (i.kind === 'FOUND' && existing.length > 0) {
      problems.push({ field: 'organisations', message: 'Thành lập: chỉ nêu tổ chức dự kiến thành lập (không có mã tổ chức hiện có).' });
    }
    if (i.kind !== 'FOUND' && existing.length === 0) {
      problems.push({ field: 'organisations', message: `${ORG_CHANGE_KIND_LABELS[i.kind]}: cần nêu ít nhất một tổ chức hiện có (mã trong hệ thống).` });
    }
    return problems;
  },
  report: {
    categories: CATEGORY_LABELS,
    dimensions: {
      kind: { label: 'Loại sắp xếp tổ chức', values: ORG_CHANGE_KIND_LABELS },
      outcome: { label: 'Kết quả', values: OUTCOME_LABELS },
    },
  },
  ruleKeys: [RULE.APPRAISAL, RULE.DECISION, RULE.EFFECTIVE, RULE.HANDOVER],
  project(state: string, context: unknown): CaseProjection {
    const c = context as ContextOrg;
    const r = c.registration;
    const tags: Record<string, string> = { kind: r.kind, proposedBy: r.proposedBy.kind };
    if (c.outcome) tags.outcome = c.outcome;
    if (c.plan) tags.effectiveDate = c.plan.effectiveDate;
    if (awaitingEffect(c) && (c.problems?.length ?? 0) > 0) tags.needsCorrection = 'true';
    if (c.overdue && Object.values(c.overdue).some(Boolean)) tags.overdue = 'true';
    const names = r.organisations.map((o) => o.name).join(', ');
    return {
      reportCategory: category(state),
      tags,
      title: r.title ?? `${ORG_CHANGE_KIND_LABELS[r.kind]}: ${names}`.slice(0, 300),
      receivedAt: r.proposedAt,
    };
  },
};
