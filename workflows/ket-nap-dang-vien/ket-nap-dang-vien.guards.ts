// Guards of the admission machine as lists of problems: a guard passes when its list is empty, and a refusal gives the
// guard's message followed by every problem found for that very event (ProcedureDefinition.refusalDetail), e.g. each
// missing form code or the voting library's messages about the tally.
import { isCurrentGeneration } from '../shared/deadline-generations';
import { addMonths, vietnamDate, viDate } from '@hoso/kernel/legal-time';
import type { EventFacts } from '../shared/facts';
import { ballotRoster, type BallotRoster } from '../shared/voting/roster';
import { AT_LEAST_TWO_THIRDS, type Threshold } from '../shared/voting/threshold';
import { decideYesNo, type YesNoDecision } from '../shared/voting/yes-no';
import { missingDossierItems, missingDossierText, type DossierConditions, type DossierStage } from './ket-nap-dang-vien.dossier';
import { ageProblems, certificateProblems, educationProblems, introducerProblems, readmissionProblems, type Problem } from './ket-nap-dang-vien.eligibility';
import type { VotePayload } from './ket-nap-dang-vien.events';
import type { ContextKnd, EventKnd } from './ket-nap-dang-vien.types';

/** Relatives a party-member exemption may cover: "a parent, sibling or child" (06-HD/TW §3.4.c [S18], unverified). */
export const EXEMPTABLE_RELATIONS = ['FATHER', 'MOTHER', 'ADULT_CHILD'] as const;

/**
 * A cell's or a committee's yes/no ballot, ≥ 2/3 of the counted members (06-HD/TW §3.6.b, §3.7.a [S18], unverified;
 * §11.1 C.CELL_THRESHOLD, C.AUTHORISED_GRASSROOTS_THRESHOLD). Quorum: docs/domain/procedures.md states none, so null.
 */
export function countVote(p: Pick<VotePayload, 'members' | 'conflicted' | 'tally'>): YesNoDecision {
  return decideYesNo(p.tally, admissionRoster(p), ADMISSION_VOTE_RULES);
}

export const ADMISSION_VOTE_RULES: { threshold: Threshold; quorum: Threshold | null } = { threshold: AT_LEAST_TWO_THIRDS, quorum: null };

/** Who votes and counts: the members listed at the meeting, minus those with a conflict of interest. */
export function admissionRoster(p: Pick<VotePayload, 'members' | 'conflicted'>): BallotRoster {
  return ballotRoster(p.members ?? [], new Set(p.conflicted ?? []));
}

const tallyProblems = (p: VotePayload): Problem[] => {
  const d = countVote(p);
  return d.ok ? [] : d.problems.map((x) => ({ code: x.code, message: `${x.message}.` }));
};

export function dossierConditions(c: ContextKnd): DossierConditions {
  const active = (c.introducers ?? []).filter((i) => i.replacedBy === undefined);
  return {
    unionIntroduced: active.some((i) => i.kind !== 'PARTY_MEMBER'),
    memberIntroducers: active.filter((i) => i.kind === 'PARTY_MEMBER').length,
    hasSectionCommittee: c.registration.hasSectionCommittee,
  };
}

function dossierProblems(stage: DossierStage, c: ContextKnd, facts: EventFacts | undefined): Problem[] {
  if (!facts?.dossier) return [{ code: 'DOSSIER_FACT_MISSING', message: 'Không có danh sách tài liệu của hồ sơ.' }];
  const missing = missingDossierItems(stage, dossierConditions(c), facts.dossier.items);
  return missing.length === 0 ? [] : [{ code: 'DOSSIER_INCOMPLETE', message: `Hồ sơ còn thiếu: ${missingDossierText(missing)}.` }];
}

/** A meeting or a document cannot be dated after the day it is entered. */
function notAfterRecording(date: string, occurredAt: string, what: string): Problem[] {
  const today = vietnamDate(occurredAt);
  return date <= today ? [] : [{ code: 'DATE_IN_FUTURE', message: `${what} (${viDate(date)}) sau ngày ghi nhận (${viDate(today)}).` }];
}

function notBefore(date: string, earliest: string | undefined, what: string, earlier: string): Problem[] {
  return earliest === undefined || date >= earliest ? [] : [{ code: 'DATE_ORDER', message: `${what} (${viDate(date)}) trước ${earlier} (${viDate(earliest)}).` }];
}

const task = (c: ContextKnd, key: string) => (c.verification ?? []).find((t) => t.key === key);
const noTask = (key: string): Problem => ({ code: 'VERIFICATION_UNKNOWN', message: `Không có người "${key}" trong danh sách thẩm tra.` });

/** Every problem the named guard finds for this event in this context; empty when it passes. */
export function guardProblems(guard: string, c: ContextKnd, e: EventKnd): Problem[] {
  const rule = (key: string) => e.facts?.ruleValues?.[key];
  switch (guard) {
    case 'certificateRecorded':
      return c.certificate ? [] : [{ code: 'CERTIFICATE_MISSING', message: 'Chưa ghi nhận giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.' }];
    case 'provincialRoute':
      return c.registration.route === 'PROVINCIAL_OVER_60' ? [] : [{ code: 'NOT_PROVINCIAL_ROUTE', message: 'Hồ sơ không theo trường hợp trên 60 tuổi do cấp ủy trực thuộc Trung ương xem xét.' }];
    case 'verificationCanStart': {
      if (e.type !== 'START_VERIFICATION') return [];
      const persons = e.payload.persons;
      const problems = dossierProblems('verification', c, e.facts);
      if (persons.filter((p) => p.relation === 'APPLICANT').length !== 1) {
        problems.push({ code: 'APPLICANT_NOT_LISTED_ONCE', message: 'Danh sách thẩm tra phải có đúng một mục là chính người vào Đảng.' });
      }
      if (new Set(persons.map((p) => p.key)).size !== persons.length) {
        problems.push({ code: 'VERIFICATION_KEYS_REPEATED', message: 'Mỗi người thẩm tra phải có một mã riêng.' });
      }
      return problems;
    }
    case 'verificationRequestable': {
      if (e.type !== 'REQUEST_VERIFICATION') return [];
      const t = task(c, e.payload.personKey);
      if (!t) return [noTask(e.payload.personKey)];
      const problems = notAfterRecording(e.payload.requestedOn, e.occurredAt, 'Ngày gửi yêu cầu thẩm tra');
      if (t.status === 'ANSWERED' || t.status === 'EXEMPTED') problems.push({ code: 'VERIFICATION_CLOSED', message: `Việc thẩm tra ${t.fullName} đã xong.` });
      return problems;
    }
    case 'verificationAnswerable': {
      if (e.type !== 'RECORD_VERIFICATION_ANSWER') return [];
      const t = task(c, e.payload.personKey);
      if (!t) return [noTask(e.payload.personKey)];
      if (t.status !== 'REQUESTED') return [{ code: 'VERIFICATION_NOT_REQUESTED', message: `Chưa gửi yêu cầu thẩm tra ${t.fullName}, hoặc đã có kết quả.` }];
      return [
        ...notAfterRecording(e.payload.answeredOn, e.occurredAt, 'Ngày trả lời thẩm tra'),
        ...notBefore(e.payload.answeredOn, t.request?.requestedOn, 'Ngày trả lời thẩm tra', 'ngày gửi yêu cầu'),
      ];
    }
    case 'verificationExemptable': {
      if (e.type !== 'EXEMPT_VERIFICATION') return [];
      const t = task(c, e.payload.personKey);
      if (!t) return [noTask(e.payload.personKey)];
      const problems: Problem[] = [];
      if (!(EXEMPTABLE_RELATIONS as readonly string[]).includes(t.relation)) {
        problems.push({ code: 'EXEMPTION_NOT_FOR_RELATION', message: `Chỉ miễn thẩm tra cha, mẹ, con là đảng viên; không áp dụng cho ${t.fullName}.` });
      }
      if (t.partyMember !== true) problems.push({ code: 'RELATIVE_NOT_PARTY_MEMBER', message: `Danh sách thẩm tra không ghi ${t.fullName} là đảng viên.` });
      if (t.status === 'ANSWERED' || t.status === 'EXEMPTED') problems.push({ code: 'VERIFICATION_CLOSED', message: `Việc thẩm tra ${t.fullName} đã xong.` });
      return problems;
    }
    case 'verificationComplete': {
      const open = (c.verification ?? []).filter((t) => t.status !== 'ANSWERED' && t.status !== 'EXEMPTED');
      const problems = open.length === 0 ? [] : [{ code: 'VERIFICATION_OPEN', message: `Chưa có kết quả thẩm tra: ${open.map((t) => t.fullName).join(', ')}.` }];
      if (e.type === 'CERTIFY_BACKGROUND') problems.push(...notAfterRecording(e.payload.certifiedOn, e.occurredAt, 'Ngày chứng nhận lý lịch'));
      return problems;
    }
    case 'introducerRecordable': {
      if (e.type !== 'RECORD_INTRODUCER') return [];
      const p = e.payload;
      const all = c.introducers ?? [];
      const problems = notAfterRecording(p.introducedOn, e.occurredAt, 'Ngày giới thiệu');
      if (all.some((i) => i.key === p.key)) problems.push({ code: 'INTRODUCER_KEY_REPEATED', message: `Đã có người giới thiệu mã "${p.key}".` });
      if (p.assignedByCell === true) {
        const replaced = all.find((i) => i.key === p.replacesKey);
        if (!replaced || replaced.replacedBy !== undefined || replaced.kind !== 'PARTY_MEMBER') {
          problems.push({ code: 'REPLACED_INTRODUCER_UNKNOWN', message: 'Người được chi bộ phân công chỉ thay một đảng viên giới thiệu đã ghi nhận (chuyển đi, bị kỷ luật…).' });
        }
        if (p.kind !== 'PARTY_MEMBER') problems.push({ code: 'REPLACEMENT_NOT_MEMBER', message: 'Chi bộ chỉ phân công đảng viên chính thức thay người giới thiệu.' });
      }
      return problems;
    }
    case 'cellVoteAllowed': {
      if (e.type !== 'CELL_VOTE') return [];
      const date = e.payload.meetingDate;
      return [
        ...notAfterRecording(date, e.occurredAt, 'Ngày họp chi bộ'),
        ...ageProblems(c.registration, date, c.over60Consent),
        ...educationProblems(c.registration),
        ...certificateProblems(c.certificate, date, rule('C.CERT_VALIDITY')),
        ...readmissionProblems(e.facts?.personHistory, c.registration, date, rule('C.READMIT_MIN_GAP')),
        ...introducerProblems(c.registration, c.introducers ?? [], date, rule('C.INTRODUCER_COWORK')),
        ...dossierProblems('cellVote', c, e.facts),
        ...tallyProblems(e.payload),
      ];
    }
    case 'grassrootsVoteAllowed': {
      if (e.type !== 'GRASSROOTS_VOTE') return [];
      const date = e.payload.meetingDate;
      return [
        ...notAfterRecording(date, e.occurredAt, 'Ngày họp đảng ủy'),
        ...notBefore(date, c.cellVote?.meetingDate, 'Ngày họp đảng ủy', 'ngày chi bộ họp'),
        ...dossierProblems('grassrootsVote', c, e.facts),
        ...tallyProblems(e.payload),
      ];
    }
    case 'admissionExtensionAllowed':
    case 'recognitionExtensionAllowed': {
      const key = guard === 'admissionExtensionAllowed' ? 'admissionDecision' : 'recognitionDecision';
      const problems: Problem[] = [];
      if (c.extensions?.[key]) problems.push({ code: 'ALREADY_EXTENDED', message: 'Thời hạn này đã được gia hạn một lần (tối đa 30 ngày làm việc).' });
      if (c.overdue?.[key]) problems.push({ code: 'ALREADY_OVERDUE', message: 'Thời hạn đã qua: không gia hạn được nữa; khi quyết định, ghi rõ lý do chậm.' });
      return problems;
    }
    case 'admissionDecisionAllowed': {
      if (e.type !== 'DECIDE_ADMISSION') return [];
      const p = e.payload;
      const problems = [
        ...notAfterRecording(p.decisionDate, e.occurredAt, 'Ngày quyết định'),
        ...notBefore(p.decisionDate, c.grassrootsVote?.meetingDate, 'Ngày quyết định', 'ngày đảng ủy cơ sở họp'),
        ...dossierProblems('admissionDecision', c, e.facts),
      ];
      // An authorised grassroots committee decided by its vote; the decision can only carry it out.
      if (c.registration.grassrootsAuthorisedToAdmit && !p.admitted) {
        problems.push({ code: 'AUTHORISED_VOTE_DECIDED', message: 'Đảng ủy cơ sở được ủy quyền đã biểu quyết kết nạp (đủ 2/3): quyết định phải theo nghị quyết đó.' });
      }
      return problems;
    }
    case 'receiptAllowed':
      if (e.type !== 'RECORD_DECISION_RECEIPT') return [];
      return [
        ...notAfterRecording(e.payload.receivedOn, e.occurredAt, 'Ngày nhận quyết định'),
        ...notBefore(e.payload.receivedOn, c.admissionDecision?.decisionDate, 'Ngày nhận quyết định', 'ngày quyết định'),
      ];
    case 'ceremonyAllowed': {
      if (e.type !== 'HOLD_CEREMONY') return [];
      const p = e.payload;
      const problems = [
        ...notAfterRecording(p.ceremonyDate, e.occurredAt, 'Ngày lễ kết nạp'),
        ...notBefore(p.ceremonyDate, c.decisionReceivedOn, 'Ngày lễ kết nạp', 'ngày chi bộ nhận quyết định'),
      ];
      if (c.overdue?.ceremony && !c.lateCeremonyAgreement) {
        problems.push({ code: 'CEREMONY_LATE_NO_AGREEMENT', message: 'Đã quá 30 ngày làm việc kể từ ngày nhận quyết định: phải báo cáo và được cấp ủy cấp trên trực tiếp đồng ý trước khi tổ chức lễ kết nạp (Quy định 232 §4.1; 294).' });
      }
      if (rule('C.PROBATION')?.value == null) problems.push({ code: 'RULE_VALUE_MISSING', message: 'Chưa có giá trị quy định C.PROBATION.' });
      return problems;
    }
    case 'currentDeadline':
    case 'probationDeadline':
      if (e.type !== 'DEADLINE_MISSED') return [];
      if ((guard === 'probationDeadline') !== (e.payload.key === 'probation')) return [{ code: 'OTHER_DEADLINE', message: 'Không phải thời hạn của bước này.' }];
      return isCurrentGeneration(c.deadlineGenerations, e.payload) && c.openDeadlines?.includes(e.payload.key)
        ? []
        : [{ code: 'STALE_DEADLINE', message: 'Thông báo quá hạn cũ.' }];
    case 'probationOver': {
      if (e.type !== 'START_RECOGNITION_REVIEW') return [];
      const ends = c.probationEndsOn as string;
      return [
        ...notAfterRecording(e.payload.asOf, e.occurredAt, 'Ngày xét'),
        ...(e.payload.asOf >= ends ? [] : [{ code: 'PROBATION_NOT_OVER', message: `Thời gian dự bị 12 tháng đến ngày ${viDate(ends)} mới đủ.` }]),
      ];
    }
    case 'recognitionVoteAllowed': {
      if (e.type !== 'CELL_RECOGNITION_VOTE') return [];
      const p = e.payload;
      return [
        ...notAfterRecording(p.meetingDate, e.occurredAt, 'Ngày họp chi bộ'),
        ...notBefore(p.meetingDate, c.probationEndsOn, 'Ngày họp chi bộ', 'ngày đủ 12 tháng dự bị'),
        ...dossierProblems(p.proposal === 'RECOGNISE' ? 'recognitionVote' : 'strikeOffVote', c, e.facts),
        ...tallyProblems(p),
      ];
    }
    case 'recognitionDecisionAllowed': {
      if (e.type !== 'DECIDE_RECOGNITION') return [];
      const p = e.payload;
      return [
        ...notAfterRecording(p.decisionDate, e.occurredAt, 'Ngày quyết định'),
        ...notBefore(p.decisionDate, c.recognitionProposal?.meetingDate, 'Ngày quyết định', 'ngày chi bộ họp'),
        ...(p.decision === 'RECOGNISE' ? dossierProblems('recognitionDecision', c, e.facts) : []),
        ...(p.decision === c.recognitionProposal?.proposal
          ? []
          : [{ code: 'DECISION_NOT_ON_PROPOSAL', message: 'Quyết định phải là về đề nghị của chi bộ (công nhận hoặc xóa tên); nếu cấp ủy không đồng ý, chi bộ xét lại.' }]),
      ];
    }
    case 'upperDecisionAllowed':
      if (e.type !== 'UPPER_DECIDE_RECOGNITION') return [];
      return notAfterRecording(e.payload.decisionDate, e.occurredAt, 'Ngày quyết định');
    default:
      return [];
  }
}

export const GUARD_NAMES = [
  'certificateRecorded', 'provincialRoute', 'verificationCanStart', 'verificationRequestable', 'verificationAnswerable', 'verificationExemptable',
  'verificationComplete', 'introducerRecordable', 'cellVoteAllowed', 'grassrootsVoteAllowed', 'admissionExtensionAllowed',
  'recognitionExtensionAllowed', 'admissionDecisionAllowed', 'receiptAllowed', 'ceremonyAllowed', 'currentDeadline', 'probationDeadline',
  'probationOver', 'recognitionVoteAllowed', 'recognitionDecisionAllowed', 'upperDecisionAllowed',
] as const;
export type GuardName = (typeof GUARD_NAMES)[number];

/** End of the 12 months of probation: the first day as a full member (the rule row counts from the ceremony day). */
export const probationEnd = (ceremonyDate: string, months: number): string => addMonths(ceremonyDate, months);
