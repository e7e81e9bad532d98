// The checks behind the committee-filling machine's guards, as lists of problems: a guard passes when its list is
// empty, and a refusal gives the guard's message followed by every problem found for that very event
// (ProcedureDefinition.refusalDetail). Dates are the acts' own (Vietnam dates), never after the day of entry and never
// before the step they follow. Pure.
import { addCalendarDays, endOfVietnamDay, vietnamDate, viDate } from '@hoso/kernel/legal-time';
import type { EventFacts } from '../shared/facts';
import { ROLE_LABELS } from '../shared/roles';
import { CONFIDENCE_RULES, countNomination, countPersonBallot, dateProblems, ELECTION_RULES } from './bo-sung-cap-uy.ballots';
import { STANDING_POSTS, type PostCountDto } from './bo-sung-cap-uy.events';
import { decidingBodyProblem, POST_ROLE, type Problem } from './bo-sung-cap-uy.rules';
import { POST_LABELS } from './bo-sung-cap-uy.texts';
import type { ContextCapUy, EventCapUy, FilledMember, Method, Nominee } from './bo-sung-cap-uy.types';

const today = (e: EventCapUy) => vietnamDate(e.occurredAt);
const payload = <T extends EventCapUy['type']>(type: T, e: EventCapUy) =>
  (e.type === type ? e.payload : undefined) as Extract<EventCapUy, { type: T }>['payload'] | undefined;

/** The latest act the case holds before the decision, to date the next one against. */
function lastDate(c: ContextCapUy): { date: string; label: string } | undefined {
  if (c.appraisal) return { date: c.appraisal.appraisedOn, label: 'ngày thẩm định' };
  if (c.dossier) return { date: c.dossier.submittedOn, label: 'ngày trình hồ sơ' };
  if (c.confidence) return { date: c.confidence.date, label: 'ngày lấy phiếu tín nhiệm' };
  if (c.agreement) return { date: c.agreement.agreedOn, label: 'ngày cấp trên đồng ý chủ trương' };
  if (c.report) return { date: c.report.reportedOn, label: 'ngày báo cáo cấp trên' };
  return undefined;
}

export function reportProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('REPORT_TO_UPPER', e);
  if (!p) return [];
  const proposed = { date: vietnamDate(c.registration.proposedAt), label: 'ngày Ban Thường vụ đề xuất' };
  return dateProblems(p.reportedOn, today(e), proposed, 'Ngày báo cáo');
}

/** The agreement names only posts asked for, each at most as many as asked. */
export function upperAgreementProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('RECORD_UPPER_AGREEMENT', e);
  if (!p) return [];
  const problems = dateProblems(p.agreedOn, today(e), lastDate(c), 'Ngày văn bản đồng ý');
  for (const a of p.posts) {
    const asked = c.registration.posts.find((r) => r.post === a.post);
    if (!asked) problems.push({ code: 'POST_NOT_ASKED', message: `Chức danh ${POST_LABELS[a.post]} không có trong đề nghị bổ sung.` });
    else if (a.count > asked.count) {
      problems.push({ code: 'COUNT_ABOVE_ASKED', message: `${POST_LABELS[a.post]}: số lượng đồng ý (${a.count}) vượt số lượng đề nghị (${asked.count}).` });
    }
  }
  return problems;
}

export function refusalProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('REFUSE', e);
  return p ? dateProblems(p.decidedOn, today(e), lastDate(c), 'Ngày văn bản không đồng ý') : [];
}

export function nominationProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('RECORD_NOMINATION_BALLOT', e);
  if (!p || !c.agreement) return [];
  const previous = c.conferences?.at(-1);
  const after = previous ? { date: previous.confidence?.date ?? previous.nomination.meetingDate, label: 'ngày hội nghị trước' } : lastDate(c);
  const dated = dateProblems(p.meetingDate, today(e), after, 'Ngày hội nghị');
  const counted = countNomination(p, c.agreement.posts, e.facts);
  return [...dated, ...(counted.ok ? [] : counted.problems)];
}

export function confidenceProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('RECORD_CONFIDENCE_BALLOT', e);
  if (!p || !c.nomination) return [];
  const dated = dateProblems(p.meetingDate, today(e), { date: c.nomination.meetingDate, label: 'ngày bỏ phiếu giới thiệu' }, 'Ngày lấy phiếu tín nhiệm');
  const counted = countPersonBallot(p, p.meetingDate, c.nomination.introduced, CONFIDENCE_RULES, e.facts);
  return [...dated, ...(counted.ok ? [] : counted.problems)];
}

/** The upper committee's opinion is on people who won the confidence vote for a standing post. */
export function personAgreementProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('RECORD_PERSON_AGREEMENT', e);
  if (!p) return [];
  const problems = dateProblems(p.agreedOn, today(e), c.confidence ? { date: c.confidence.date, label: 'ngày lấy phiếu tín nhiệm' } : undefined, 'Ngày văn bản');
  for (const key of p.nomineeKeys) {
    const n = c.confident?.find((x) => x.key === key);
    if (!n) problems.push({ code: 'NOT_CONFIDENT', message: `${key} không có trong danh sách đạt phiếu tín nhiệm.` });
    else if (!STANDING_POSTS.includes(n.post)) {
      problems.push({ code: 'NOT_STANDING_POST', message: `${n.fullName} được giới thiệu làm ${POST_LABELS[n.post]}: không cần ý kiến riêng về nhân sự.` });
    }
  }
  return problems;
}

export function dossierProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('SUBMIT_DOSSIER', e);
  return p ? dateProblems(p.submittedOn, today(e), lastDate(c), 'Ngày trình hồ sơ') : [];
}

export function appraisalProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('APPRAISE', e);
  return p ? dateProblems(p.appraisedOn, today(e), lastDate(c), 'Ngày thẩm định') : [];
}

/** The people a designation or an agreement to elect names, from those who won the confidence vote. */
export function selected(c: ContextCapUy, keys: readonly string[]): Nominee[] {
  return keys.map((k) => c.confident?.find((n) => n.key === k)).filter((n): n is Nominee => n !== undefined);
}

/** The people of a designation or an agreement to elect: confident, within the agreed numbers, standing posts agreed. */
export function selectionProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const d = payload('DESIGNATE', e);
  const a = payload('AGREE_TO_ELECT', e);
  const keys = d?.nomineeKeys ?? a?.nomineeKeys;
  const date = d?.decisionDate ?? a?.agreedOn;
  if (!keys || !date) return [];
  const problems = dateProblems(date, today(e), lastDate(c), d ? 'Ngày ký quyết định' : 'Ngày văn bản đồng ý bầu bổ sung');
  if (d?.effectiveFrom && d.effectiveFrom < d.decisionDate) {
    problems.push({ code: 'EFFECTIVE_BEFORE_DECISION', message: `Ngày có hiệu lực (${viDate(d.effectiveFrom)}) không được trước ngày ký quyết định (${viDate(d.decisionDate)}).` });
  }
  const unknown = keys.filter((k) => !c.confident?.some((n) => n.key === k));
  if (unknown.length > 0) problems.push({ code: 'NOT_CONFIDENT', message: `Không có trong danh sách đạt phiếu tín nhiệm: ${unknown.join(', ')}.` });
  const people = selected(c, keys);
  for (const agreed of c.agreement?.posts ?? ([] as PostCountDto[])) {
    const n = people.filter((x) => x.post === agreed.post).length;
    if (n > agreed.count) {
      problems.push({ code: 'ABOVE_AGREED', message: `${POST_LABELS[agreed.post]}: ${n} người, vượt số lượng cấp trên đồng ý (${agreed.count}).` });
    }
  }
  for (const n of people.filter((x) => STANDING_POSTS.includes(x.post))) {
    const opinion = c.personAgreements?.[n.key];
    if (!opinion) problems.push({ code: 'PERSON_NOT_AGREED', message: `${n.fullName} (${POST_LABELS[n.post]}): chưa có văn bản cấp trên đồng ý về nhân sự.` });
    else if (opinion.opinion !== 'AGREE') problems.push({ code: 'PERSON_REFUSED', message: `${n.fullName} (${POST_LABELS[n.post]}): cấp trên không đồng ý về nhân sự.` });
  }
  return problems;
}

export function decidingBodyProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const body = payload('DESIGNATE', e)?.decidingBody ?? payload('AGREE_TO_ELECT', e)?.decidingBody;
  if (!body) return [];
  const problem = decidingBodyProblem(e.facts, c.registration.level, body);
  return problem ? [problem] : [];
}

export function electionProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('RECORD_ELECTION', e);
  if (!p || !c.decision) return [];
  const dated = dateProblems(p.electionDate, today(e), { date: c.decision.date, label: 'ngày cấp trên đồng ý bầu bổ sung' }, 'Ngày bầu bổ sung');
  const counted = countPersonBallot(p, p.electionDate, selected(c, c.decision.nomineeKeys), ELECTION_RULES, e.facts);
  return [...dated, ...(counted.ok ? [] : counted.problems)];
}

export function withdrawalProblems(c: ContextCapUy, e: EventCapUy): Problem[] {
  const p = payload('WITHDRAW', e);
  return p ? dateProblems(p.withdrawnOn, today(e), undefined, 'Ngày dừng, rút đề nghị') : [];
}

// ---- The people added and their access -------------------------------------------------------------------------

/**
 * What hoso does for each person on the date the act takes effect: the post's role on the committee's unit when an
 * active account is known (the `userAccounts` fact, read in the same transaction as the assignment); otherwise the
 * designation is recorded and the note says why no role was given. No account is ever created.
 */
export function filledMembers(people: readonly Nominee[], facts: EventFacts | undefined, on: string): FilledMember[] {
  return people.map((n) => {
    const base = { key: n.key, fullName: n.fullName, post: n.post, ...(n.userId ? { userId: n.userId } : {}) };
    const role = POST_ROLE[n.post];
    if (!role) {
      return { ...base, role: null, roleStatus: 'NO_ROLE', note: `${POST_LABELS[n.post]}: chức danh không có vai trò riêng trong hệ thống; đã ghi nhận.` };
    }
    const account = n.userId ? facts?.userAccounts?.[n.userId] : undefined;
    if (!account?.active) {
      const why = !n.userId ? 'chưa có tài khoản trong hệ thống' : account ? 'tài khoản đã bị khóa' : 'không tìm thấy tài khoản';
      return {
        ...base, role, roleStatus: 'NO_ACCOUNT',
        note: `${n.fullName}: ${why}; đã ghi nhận việc bổ sung, chưa phân vai trò ${ROLE_LABELS[role]} (hệ thống không tự tạo tài khoản).`,
      };
    }
    return { ...base, role, roleStatus: 'ASSIGNED', note: `${n.fullName}: được phân vai trò ${ROLE_LABELS[role]} tại đơn vị từ ngày ${viDate(on)}.` };
  });
}

// ---- When the act takes effect, and for whom ------------------------------------------------------------------

/** The date a designation takes effect (its own date unless it names a later one). */
export const effectiveDateOf = (d: { decisionDate: string; effectiveFrom?: string }): string => d.effectiveFrom ?? d.decisionDate;

/** The instant a designation takes effect is 00:00 of its effective date in Vietnam: the EFFECTIVE term ends just before. */
export function effectiveDueAt(effectiveDate: string): string {
  return endOfVietnamDay(addCalendarDays(effectiveDate, -1)).toISOString();
}

/** The people an event adds to the committee, the method, and the date it takes effect; undefined for other events. */
export function addedBy(c: ContextCapUy, e: Pick<EventCapUy, 'type' | 'payload'> & { facts?: EventFacts }): { method: Method; on: string; people: Nominee[] } | undefined {
  const ev = e as EventCapUy;
  if (ev.type === 'DESIGNATE') return { method: 'DESIGNATION', on: effectiveDateOf(ev.payload), people: selected(c, ev.payload.nomineeKeys) };
  if (ev.type === 'DEADLINE_MISSED' && ev.payload.key === 'EFFECTIVE' && c.decision?.method === 'DESIGNATION') {
    return { method: 'DESIGNATION', on: c.decision.effectiveFrom ?? c.decision.date, people: selected(c, c.decision.nomineeKeys) };
  }
  if (ev.type === 'RECORD_ELECTION' && c.decision) {
    const counted = countPersonBallot(ev.payload, ev.payload.electionDate, selected(c, c.decision.nomineeKeys), ELECTION_RULES, ev.facts);
    const elected = counted.ok ? counted.record.results.filter((r) => r.passed).map((r) => r.key) : [];
    return { method: 'ELECTION', on: ev.payload.electionDate, people: selected(c, elected) };
  }
  return undefined;
}

/** The confidence ballot's results for the event's payload (undefined when it cannot be counted). */
export function confidenceOutcome(c: ContextCapUy, e: EventCapUy) {
  if (e.type !== 'RECORD_CONFIDENCE_BALLOT' || !c.nomination) return undefined;
  const counted = countPersonBallot(e.payload, e.payload.meetingDate, c.nomination.introduced, CONFIDENCE_RULES, e.facts);
  return counted.ok ? counted.record.results : undefined;
}

