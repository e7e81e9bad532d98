// Guards of the admission machine as lists of problems: a guard passes when its list is empty, and a refusal gives the
// guard's message followed by every problem found for that very event (ProcedureDefinition.refusalDetail), e.g. each
// missing form code or the voting library's messages about the tally. Every legal value is a fact (…rules.ts); acts
// are judged late by their own date against their deadline's stored due date (changes-2026.md §3.8).
import { isCurrentGeneration } from '../shared/deadline-generations';
import { addMonths, vietnamDate, viDate } from '@hoso/kernel/legal-time';
import type { DeadlineDueFact, EventFacts } from '../shared/facts';
import { ballotRoster, EXCLUSION_REASONS, type BallotRoster, type ExclusionReason, type RosterRule } from '../shared/voting/roster';
import type { Threshold } from '../shared/voting/threshold';
import { decideYesNo, type YesNoDecision } from '../shared/voting/yes-no';
import { dossierRules, missingDossierItems, missingDossierText, type DossierConditions, type DossierStage } from './ket-nap-dang-vien.dossier';
import { ageProblems, certificateProblems, educationProblems, introducerProblems, readmissionProblems } from './ket-nap-dang-vien.eligibility';
import type { DeadlineKey, VotePayload } from './ket-nap-dang-vien.events';
import { ceremonyClockOf, citation, quorumOf, ruleList, ruleNumber, ruleShare, ruleTable, RULE, type Problem, type RuleKey } from './ket-nap-dang-vien.rules';
import { CONSENT_BODY_LABELS, DECIDING_ROUTE_LABELS, EDUCATION_LEVEL_LABELS } from './ket-nap-dang-vien.texts';
import type { ContextKnd, EventKnd } from './ket-nap-dang-vien.types';
import { LEVEL_LABELS } from '../shared/value-labels';

// ---- Votes ----------------------------------------------------------------------------------------------------

export type AdmissionBallot = 'CELL_VOTE' | 'GRASSROOTS_VOTE' | 'CELL_RECOGNITION_VOTE';

/** The share a ballot needs (06-HD/TW §3.6.b, §3.7.a [14], unverified; Charter Art. 4 §3, inferred; 29-QĐ/TW §4.2 [25]). */
export function thresholdKey(ballot: AdmissionBallot, c: Partial<ContextKnd> | undefined): RuleKey {
  if (ballot === 'CELL_VOTE') return RULE.CELL_THRESHOLD;
  if (ballot === 'CELL_RECOGNITION_VOTE') return RULE.RECOGNITION_THRESHOLD;
  return c?.registration?.grassrootsAuthorisedToAdmit ? RULE.AUTHORISED_GRASSROOTS_THRESHOLD : RULE.GRASSROOTS_PROPOSAL_THRESHOLD;
}

export interface BallotRules {
  threshold: Threshold;
  quorum: Threshold | null;
  /** "C.CELL_THRESHOLD: <basis>", recorded with the vote. */
  rule: string;
  quorumNote?: string;
  /** Who neither votes nor counts (VOTE.DENOMINATOR_EXCLUSIONS on the meeting date). */
  roster: RosterRule;
}

/** The rules of one ballot as in force on its meeting date; a missing share refuses the vote, naming the rule. */
export function ballotRules(ballot: AdmissionBallot, c: Partial<ContextKnd> | undefined, facts: EventFacts | undefined): { ok: true; rules: BallotRules } | { ok: false; problems: Problem[] } {
  const key = thresholdKey(ballot, c);
  const share = ruleShare(facts, key);
  if (!share.ok) return { ok: false, problems: [share.problem] };
  const excluded = ruleList(facts, RULE.DENOMINATOR);
  if (!excluded.ok) return { ok: false, problems: [excluded.problem] };
  const exclusions = excluded.value.filter((i): i is ExclusionReason => (EXCLUSION_REASONS as readonly string[]).includes(i));
  const { quorum, note } = quorumOf(facts);
  return {
    ok: true,
    rules: { threshold: share.value, quorum, rule: `${key}: ${citation(share.fact)}`, roster: { exclusions }, ...(note ? { quorumNote: note } : {}) },
  };
}

/** A yes/no ballot counted on the roster's denominator against the rules in force. */
export function countVote(p: Pick<VotePayload, 'members' | 'conflicted' | 'tally'>, rules: Pick<BallotRules, 'threshold' | 'quorum' | 'roster'>): YesNoDecision {
  return decideYesNo(p.tally, admissionRoster(p, rules.roster), rules);
}

/**
 * Who votes and counts: the members listed at the meeting minus the categories the denominator rule in force lists
 * (24-QĐ/TW §9.3.2); a member who declared a conflict of interest keeps the vote unless the committee's list names it.
 */
export function admissionRoster(p: Pick<VotePayload, 'members' | 'conflicted'>, rule: RosterRule): BallotRoster {
  return ballotRoster(p.members ?? [], new Set(p.conflicted ?? []), rule);
}

function voteProblems(ballot: AdmissionBallot, c: ContextKnd, p: VotePayload, facts: EventFacts | undefined): Problem[] {
  const r = ballotRules(ballot, c, facts);
  if (!r.ok) return r.problems;
  const d = countVote(p, r.rules);
  return d.ok ? [] : d.problems.map((x) => ({ code: x.code, message: `${x.message}.` }));
}

// ---- Dossier ----------------------------------------------------------------------------------------------------

export function dossierConditions(c: ContextKnd): DossierConditions {
  const active = (c.introducers ?? []).filter((i) => i.replacedBy === undefined);
  return {
    unionIntroduced: active.some((i) => i.kind !== 'PARTY_MEMBER'),
    memberIntroducers: active.filter((i) => i.kind === 'PARTY_MEMBER').length,
    hasSectionCommittee: c.registration.hasSectionCommittee,
  };
}

export function dossierProblems(stage: DossierStage, c: ContextKnd, facts: EventFacts | undefined): Problem[] {
  const rules = dossierRules(facts);
  if (!rules.ok) return rules.problems;
  if (!facts?.dossier) return [{ code: 'DOSSIER_FACT_MISSING', message: 'Không có danh sách tài liệu của hồ sơ.' }];
  const missing = missingDossierItems(stage, dossierConditions(c), facts.dossier.items, rules.rows);
  return missing.length === 0 ? [] : [{ code: 'DOSSIER_INCOMPLETE', message: `Hồ sơ còn thiếu: ${missingDossierText(missing)} (${rules.citation}).` }];
}

// ---- Dates ------------------------------------------------------------------------------------------------------

/** A meeting or a document cannot be dated after the day it is entered. */
export function notAfterRecording(date: string, occurredAt: string, what: string): Problem[] {
  const today = vietnamDate(occurredAt);
  return date <= today ? [] : [{ code: 'DATE_IN_FUTURE', message: `${what} (${viDate(date)}) sau ngày ghi nhận (${viDate(today)}).` }];
}

export function notBefore(date: string, earliest: string | undefined, what: string, earlier: string): Problem[] {
  return earliest === undefined || date >= earliest ? [] : [{ code: 'DATE_ORDER', message: `${what} (${viDate(date)}) trước ${earlier} (${viDate(earliest)}).` }];
}

/** The deadline of `key` as stored, when the event was sent with it (deadlineDue fact). */
const dueOf = (facts: EventFacts | undefined, key: DeadlineKey): DeadlineDueFact | null | undefined => facts?.deadlineDue?.[key];

/** The act is late when its own date is after its deadline's due date; an act without a due date is never late. */
export function lateAgainst(date: string, due: DeadlineDueFact | null | undefined): { late: boolean; dueDate: string | null } {
  const dueDate = due?.dueDate ?? null;
  return { late: dueDate !== null && date > dueDate, dueDate };
}

// ---- Who decides, readmission consent -------------------------------------------------------------------------

/** The body C.ADMISSION_DECIDING_BODY names for this case's route (and the competent committee's level). */
export function decidingBody(c: ContextKnd, facts: EventFacts | undefined): { ok: true; label: string } | { ok: false; problems: Problem[] } {
  const table = ruleTable(facts, RULE.ADMISSION_DECIDING_BODY);
  if (!table.ok) return { ok: false, problems: [table.problem] };
  const r = c.registration;
  const route = r.grassrootsAuthorisedToAdmit ? 'GRASSROOTS_AUTHORISED' : 'COMPETENT_COMMITTEE';
  const level = r.grassrootsAuthorisedToAdmit ? r.grassrootsCommittee.level : r.competentCommittee?.level;
  const row = table.value.find((x) => x.route === route && (x.level === undefined || x.level === level));
  if (row && typeof row.label === 'string') return { ok: true, label: row.label };
  const where = `${DECIDING_ROUTE_LABELS[route]}${level ? `, cấp ${(LEVEL_LABELS as Readonly<Record<string, string>>)[level] ?? level}` : ''}`;
  return {
    ok: false,
    problems: [{
      code: 'DECIDING_BODY_NOT_IN_RULE',
      message: `Quy định ${RULE.ADMISSION_DECIDING_BODY} (${citation(table.fact)}) không có cấp quyết định kết nạp cho trường hợp ${where}: cấp ủy cần xác nhận quy định trước khi tiếp tục.`,
    }],
  };
}

/** A former member: the prior written consent C.READMISSION_CONSENT names, dated on or before the deciding act. */
function readmissionConsentProblems(c: ContextKnd, actDate: string, facts: EventFacts | undefined): Problem[] {
  if (!c.readmission) return [];
  const bodies = ruleList(facts, RULE.READMISSION_CONSENT);
  if (!bodies.ok) return [bodies.problem];
  if (bodies.value.length === 0) return [];
  const consent = c.readmissionConsent;
  if (consent && consent.consentedOn <= actDate) return [];
  const who = bodies.value.map((b) => CONSENT_BODY_LABELS[b] ?? b).join(', ');
  return [{
    code: 'READMISSION_CONSENT_MISSING',
    message: `Kết nạp lại người đã ra khỏi Đảng (ngày ${viDate(c.readmission.lastEndedOn)}): cần văn bản đồng ý trước của ${who}, có ngày không sau ngày ${viDate(actDate)} (${citation(bodies.fact)}).`,
  }];
}

// ---- The guards -------------------------------------------------------------------------------------------------

const task = (c: ContextKnd, key: string) => (c.verification ?? []).find((t) => t.key === key);
const noTask = (key: string): Problem => ({ code: 'VERIFICATION_UNKNOWN', message: `Không có người "${key}" trong danh sách thẩm tra.` });

function extensionProblems(key: 'admissionDecision' | 'recognitionDecision', c: ContextKnd, e: EventKnd): Problem[] {
  if (e.type !== 'EXTEND_ADMISSION_DECISION' && e.type !== 'EXTEND_RECOGNITION_DECISION') return [];
  const on = e.payload.extendedOn;
  const started = key === 'admissionDecision' ? c.cellVote?.meetingDate : c.recognitionProposal?.meetingDate;
  const problems = [...notAfterRecording(on, e.occurredAt, 'Ngày gia hạn'), ...notBefore(on, started, 'Ngày gia hạn', 'ngày chi bộ họp')];
  const due = dueOf(e.facts, key);
  if (!due) return [...problems, { code: 'DEADLINE_UNKNOWN', message: 'Không có thời hạn nào của bước này để gia hạn.' }];
  if (due.extensionsUsed >= due.extensionsAllowed) {
    problems.push({ code: 'ALREADY_EXTENDED', message: `Thời hạn này đã được gia hạn ${due.extensionsUsed} lần; quy định ${due.ruleKey} cho gia hạn tối đa ${due.extensionsAllowed} lần.` });
  }
  if (lateAgainst(on, due).late) {
    problems.push({
      code: 'ALREADY_OVERDUE',
      message: `Thời hạn đến hết ngày ${viDate(due.dueDate as string)}; ngày gia hạn (${viDate(on)}) đã sau hạn: không gia hạn được nữa; khi quyết định, ghi rõ lý do chậm.`,
    });
  }
  return problems;
}

/** Every problem the named guard finds for this event in this context; empty when it passes. */
export function guardProblems(guard: string, c: ContextKnd, e: EventKnd): Problem[] {
  switch (guard) {
    case 'certificateRecorded':
      return c.certificate ? [] : [{ code: 'CERTIFICATE_MISSING', message: 'Chưa ghi nhận giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng.' }];
    case 'provincialRoute':
      return c.registration.route === 'PROVINCIAL_OVER_60' ? [] : [{ code: 'NOT_PROVINCIAL_ROUTE', message: 'Hồ sơ không theo trường hợp quá tuổi do cấp ủy trực thuộc Trung ương xem xét.' }];
    case 'readmissionConsentRecordable': {
      if (e.type !== 'RECORD_READMISSION_CONSENT') return [];
      const problems = notAfterRecording(e.payload.consentedOn, e.occurredAt, 'Ngày văn bản đồng ý');
      if (c.registration.priorLeavingReason === undefined) problems.push({ code: 'NOT_A_READMISSION', message: 'Hồ sơ không ghi người vào Đảng từng ra khỏi Đảng.' });
      return problems;
    }
    case 'lateAgreementRecordable':
      if (e.type !== 'RECORD_LATE_CEREMONY_AGREEMENT') return [];
      return [
        ...notAfterRecording(e.payload.agreedOn, e.occurredAt, 'Ngày cấp ủy cấp trên đồng ý'),
        ...notBefore(e.payload.agreedOn, c.admissionDecision?.decisionDate, 'Ngày cấp ủy cấp trên đồng ý', 'ngày quyết định kết nạp'),
      ];
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
      const relations = ruleList(e.facts, RULE.EXEMPTABLE_RELATIONS);
      if (!relations.ok) problems.push(relations.problem);
      else if (!relations.value.includes(t.relation)) {
        problems.push({ code: 'EXEMPTION_NOT_FOR_RELATION', message: `Chỉ miễn thẩm tra người thân theo ${RULE.EXEMPTABLE_RELATIONS} (${citation(relations.fact)}); không áp dụng cho ${t.fullName}.` });
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
        ...ageProblems(c.registration, date, c.over60Consent, e.facts),
        ...educationProblems(c.registration, e.facts, EDUCATION_LEVEL_LABELS),
        ...certificateProblems(c.certificate, date, e.facts?.ruleValues?.[RULE.CERT_VALIDITY]),
        ...readmissionProblems(e.facts?.personHistory, c.registration, date, e.facts),
        ...introducerProblems(c.registration, c.introducers ?? [], date, e.facts),
        ...dossierProblems('cellVote', c, e.facts),
        ...voteProblems('CELL_VOTE', c, e.payload, e.facts),
      ];
    }
    case 'grassrootsVoteAllowed': {
      if (e.type !== 'GRASSROOTS_VOTE') return [];
      const date = e.payload.meetingDate;
      const body = decidingBody(c, e.facts);
      return [
        ...notAfterRecording(date, e.occurredAt, 'Ngày họp đảng ủy'),
        ...notBefore(date, c.cellVote?.meetingDate, 'Ngày họp đảng ủy', 'ngày chi bộ họp'),
        ...(body.ok ? [] : body.problems),
        // An authorised committee's vote is the decision: a readmission's prior consent must come before it.
        ...(c.registration.grassrootsAuthorisedToAdmit ? readmissionConsentProblems(c, date, e.facts) : []),
        ...dossierProblems('grassrootsVote', c, e.facts),
        ...voteProblems('GRASSROOTS_VOTE', c, e.payload, e.facts),
      ];
    }
    case 'admissionExtensionAllowed':
      return extensionProblems('admissionDecision', c, e);
    case 'recognitionExtensionAllowed':
      return extensionProblems('recognitionDecision', c, e);
    case 'admissionDecisionAllowed': {
      if (e.type !== 'DECIDE_ADMISSION') return [];
      const p = e.payload;
      const body = decidingBody(c, e.facts);
      const problems = [
        ...notAfterRecording(p.decisionDate, e.occurredAt, 'Ngày quyết định'),
        ...notBefore(p.decisionDate, c.grassrootsVote?.meetingDate, 'Ngày quyết định', 'ngày đảng ủy cơ sở họp'),
        ...(body.ok ? [] : body.problems),
        ...dossierProblems('admissionDecision', c, e.facts),
      ];
      // An authorised grassroots committee decided by its vote; the decision can only carry it out.
      if (c.registration.grassrootsAuthorisedToAdmit && !p.admitted) {
        problems.push({ code: 'AUTHORISED_VOTE_DECIDED', message: 'Đảng ủy cơ sở được ủy quyền đã biểu quyết kết nạp: quyết định phải theo nghị quyết đó.' });
      }
      if (p.admitted) {
        if (!c.registration.grassrootsAuthorisedToAdmit) problems.push(...readmissionConsentProblems(c, p.decisionDate, e.facts));
        // The ceremony's clock starts from the date C.CEREMONY names: it must be readable before admitting.
        const clock = ceremonyClockOf(e.facts);
        if (!clock.ok) problems.push(clock.problem);
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
      const due = dueOf(e.facts, 'ceremony');
      const { late, dueDate } = lateAgainst(p.ceremonyDate, due);
      const agreement = c.lateCeremonyAgreement;
      if (late && !agreement) {
        problems.push({
          code: 'CEREMONY_LATE_NO_AGREEMENT',
          message: `Lễ kết nạp ngày ${viDate(p.ceremonyDate)} sau hạn (hết ngày ${viDate(dueDate as string)}, ${due?.ruleKey}): phải báo cáo và được cấp ủy cấp trên trực tiếp đồng ý trước khi tổ chức lễ kết nạp.`,
        });
      } else if (late && agreement && agreement.agreedOn > p.ceremonyDate) {
        problems.push({ code: 'CEREMONY_AGREEMENT_AFTER', message: `Cấp ủy cấp trên đồng ý ngày ${viDate(agreement.agreedOn)}, sau ngày lễ kết nạp (${viDate(p.ceremonyDate)}): sự đồng ý phải có trước.` });
      }
      const probation = ruleNumber(e.facts, RULE.PROBATION);
      if (!probation.ok) problems.push(probation.problem);
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
        ...(e.payload.asOf >= ends ? [] : [{ code: 'PROBATION_NOT_OVER', message: `Thời gian dự bị đến ngày ${viDate(ends)} mới đủ.` }]),
      ];
    }
    case 'recognitionVoteAllowed': {
      if (e.type !== 'CELL_RECOGNITION_VOTE') return [];
      const p = e.payload;
      const limit = ruleNumber(e.facts, RULE.RECOGNITION_MAX_FAILED_VOTES);
      return [
        ...notAfterRecording(p.meetingDate, e.occurredAt, 'Ngày họp chi bộ'),
        ...notBefore(p.meetingDate, c.probationEndsOn, 'Ngày họp chi bộ', 'ngày hết thời gian dự bị'),
        ...dossierProblems(p.proposal === 'RECOGNISE' ? 'recognitionVote' : 'strikeOffVote', c, e.facts),
        ...(limit.ok ? [] : [limit.problem]),
        ...voteProblems('CELL_RECOGNITION_VOTE', c, p, e.facts),
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
  'certificateRecorded', 'provincialRoute', 'readmissionConsentRecordable', 'lateAgreementRecordable', 'verificationCanStart',
  'verificationRequestable', 'verificationAnswerable', 'verificationExemptable', 'verificationComplete', 'introducerRecordable', 'cellVoteAllowed',
  'grassrootsVoteAllowed', 'admissionExtensionAllowed', 'recognitionExtensionAllowed', 'admissionDecisionAllowed', 'receiptAllowed',
  'ceremonyAllowed', 'currentDeadline', 'probationDeadline', 'probationOver', 'recognitionVoteAllowed', 'recognitionDecisionAllowed',
  'upperDecisionAllowed',
] as const;
export type GuardName = (typeof GUARD_NAMES)[number];

/** End of the probation: the first day as a full member (the rule row counts from the ceremony day). */
export const probationEnd = (ceremonyDate: string, months: number): string => addMonths(ceremonyDate, months);
