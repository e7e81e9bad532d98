// The conference's ballots, counted with the voting library (changes-2026.md §3.1, §5.2): the nomination ballots
// (phiếu giới thiệu) introduce, post by post, the most-named people up to the number the upper committee agreed to;
// the confidence ballots (phiếu tín nhiệm) and an election's ballots pass a person on the roster's denominator. The
// quorum, the thresholds and the denominator are rule rows read as facts (bo-sung-cap-uy.rules.ts). Pure: each
// function answers the counted record, or every problem that stops the count, in Vietnamese.
import { viDate } from '@hoso/kernel/legal-time';
import type { EventFacts } from '../shared/facts';
import { quorumProblems } from '../shared/voting/quorum';
import { ballotRoster, type BallotRoster } from '../shared/voting/roster';
import { meetsThreshold, thresholdLabel } from '../shared/voting/threshold';
import { countProblems, denominatorProblems } from '../shared/voting/vote-problem';
import { decideYesNo } from '../shared/voting/yes-no';
import type { NominationBallotPayload, PersonBallotPayload, PostCountDto } from './bo-sung-cap-uy.events';
import { citation, exclusionsOf, optionalShare, requiredShare, RULE, type Problem } from './bo-sung-cap-uy.rules';
import { POST_LABELS } from './bo-sung-cap-uy.texts';
import type { BallotRecord, Nominee, NominationRecord, PersonVote } from './bo-sung-cap-uy.types';

type Counted<T> = { ok: true; record: T } | { ok: false; problems: Problem[] };

/** The members who vote and count, under the denominator rule in force on the meeting date. */
function rosterOf(p: Pick<PersonBallotPayload, 'members' | 'conflicted'>, facts: EventFacts | undefined): { ok: true; roster: BallotRoster } | { ok: false; problem: Problem } {
  const rule = exclusionsOf(facts);
  if (!rule.ok) return rule;
  return { ok: true, roster: ballotRoster(p.members ?? [], new Set(p.conflicted ?? []), { exclusions: rule.exclusions }) };
}

const asProblems = (problems: readonly { code: string; message: string }[], prefix = ''): Problem[] =>
  problems.map((p) => ({ code: p.code, message: `${prefix}${p.message}.` }));

/** A meeting or an act dated after the day it is entered, or before the step it follows, is refused. */
export function dateProblems(date: string, today: string, after: { date: string; label: string } | undefined, what: string): Problem[] {
  const problems: Problem[] = [];
  if (date > today) problems.push({ code: 'DATE_IN_FUTURE', message: `${what} (${viDate(date)}) không được sau ngày hôm nay.` });
  if (after && date < after.date) problems.push({ code: 'DATE_OUT_OF_ORDER', message: `${what} (${viDate(date)}) không được trước ${after.label} (${viDate(after.date)}).` });
  return problems;
}

/**
 * The nomination ballots: per agreed post, the people not declining, reaching the nomination threshold if a committee
 * set one, most votes first, up to the agreed number; a tie at the last place is refused (the conference votes again).
 */
export function countNomination(p: NominationBallotPayload, agreed: readonly PostCountDto[], facts: EventFacts | undefined): Counted<NominationRecord> {
  const r = rosterOf(p, facts);
  if (!r.ok) return { ok: false, problems: [r.problem] };
  const roster = r.roster;
  const problems: Problem[] = asProblems([
    ...countProblems(p.cast, 'cast', 'Số phiếu thu vào'),
    ...countProblems(p.invalid, 'invalid', 'Số phiếu không hợp lệ'),
    ...denominatorProblems(roster.denominator),
  ]);
  if (problems.length > 0) return { ok: false, problems };
  if (p.cast > roster.voters.length) {
    problems.push({ code: 'CAST_EXCEEDS_VOTERS', message: `Số phiếu thu vào (${p.cast}) lớn hơn số ủy viên được phát phiếu (${roster.voters.length}).` });
  }
  if (p.invalid > p.cast) problems.push({ code: 'COUNTS_EXCEED_CAST', message: `Số phiếu không hợp lệ (${p.invalid}) lớn hơn số phiếu thu vào (${p.cast}).` });
  const valid = p.cast - p.invalid;
  const quorum = optionalShare(facts, RULE.CONFIDENCE_QUORUM, 'số ủy viên có mặt tối thiểu');
  problems.push(...asProblems(quorumProblems(roster, quorum.share)));
  for (const c of p.candidates) {
    const issues = countProblems(c.votes, 'votes', `Số phiếu giới thiệu ${c.fullName}`);
    problems.push(...asProblems(issues));
    if (issues.length === 0 && c.votes > valid) {
      problems.push({ code: 'VOTES_EXCEED_VALID', message: `Số phiếu giới thiệu ${c.fullName} (${c.votes}) lớn hơn số phiếu hợp lệ (${valid}).` });
    }
    if (!agreed.some((a) => a.post === c.post)) {
      problems.push({ code: 'POST_NOT_AGREED', message: `${c.fullName}: chức danh ${POST_LABELS[c.post]} không thuộc số lượng cấp trên đã đồng ý bổ sung.` });
    }
    if (c.userId && !facts?.userAccounts?.[c.userId]) {
      problems.push({ code: 'ACCOUNT_NOT_FOUND', message: `${c.fullName}: không có tài khoản với mã ${c.userId} trong hệ thống (để trống nếu người này chưa có tài khoản).` });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const threshold = optionalShare(facts, RULE.NOMINATION_THRESHOLD, 'tỷ lệ phiếu giới thiệu tối thiểu');
  const introduced: Nominee[] = [];
  for (const a of agreed) {
    const eligible = p.candidates
      .filter((c) => c.post === a.post && !c.declined && (!threshold.share || meetsThreshold(c.votes, roster.denominator, threshold.share)))
      .sort((x, y) => y.votes - x.votes);
    const last = eligible[a.count - 1];
    const next = eligible[a.count];
    if (last && next && last.votes === next.votes) {
      const tied = eligible.filter((c) => c.votes === last.votes).map((c) => c.fullName).join(', ');
      problems.push({
        code: 'TIE_AT_LAST_PLACE',
        message: `${POST_LABELS[a.post]}: ${tied} có số phiếu giới thiệu bằng nhau (${last.votes}) ở vị trí cuối của ${a.count} vị trí; cần bỏ phiếu giới thiệu lại.`,
      });
    }
    for (const c of eligible.slice(0, a.count)) {
      introduced.push({ key: c.key, fullName: c.fullName, post: c.post, ...(c.userId ? { userId: c.userId } : {}), nominationVotes: c.votes });
    }
  }
  if (introduced.length === 0) {
    const bar = threshold.share ? ` đạt ${thresholdLabel(threshold.share).toLocaleLowerCase('vi')} tổng số` : '';
    problems.push({ code: 'NO_NOMINEE', message: `Không có người nào được giới thiệu${bar} để lấy phiếu tín nhiệm.` });
  }
  if (problems.length > 0) return { ok: false, problems };
  const basis = [
    `${RULE.DENOMINATOR}: ${citation(facts!.ruleValues![RULE.DENOMINATOR]!)}`,
    threshold.note ?? `${RULE.NOMINATION_THRESHOLD}: ${thresholdLabel(threshold.share!)}`,
    quorum.note ?? `${RULE.CONFIDENCE_QUORUM}: ${thresholdLabel(quorum.share!)} (${citation(facts!.ruleValues![RULE.CONFIDENCE_QUORUM]!)})`,
  ];
  return {
    ok: true,
    record: {
      meetingDate: p.meetingDate,
      denominator: roster.denominator,
      candidates: p.candidates.map((c) => ({ key: c.key, fullName: c.fullName, post: c.post, votes: c.votes, declined: c.declined === true })),
      introduced,
      basis,
    },
  };
}

export interface PersonBallotRules {
  threshold: string;
  quorum: string;
  quorumLabel: string;
}

/**
 * Yes/no ballots, one per person of `expected` (the people introduced, or agreed to be elected): each passes on the
 * roster's denominator by the threshold in force (a setting: none → refused, naming it); the quorum, when a rule
 * gives one, is checked once for the meeting.
 */
export function countPersonBallot(
  p: PersonBallotPayload, date: string, expected: readonly Pick<Nominee, 'key' | 'fullName'>[], rules: PersonBallotRules, facts: EventFacts | undefined,
): Counted<BallotRecord> {
  const problems: Problem[] = [];
  const given = new Set(p.results.map((x) => x.nomineeKey));
  const missing = expected.filter((n) => !given.has(n.key));
  if (missing.length > 0) problems.push({ code: 'RESULT_MISSING', message: `Chưa có kết quả kiểm phiếu của: ${missing.map((n) => n.fullName).join(', ')}.` });
  const unknown = p.results.filter((x) => !expected.some((n) => n.key === x.nomineeKey));
  if (unknown.length > 0) {
    problems.push({ code: 'NOT_A_NOMINEE', message: `Không thuộc danh sách được lấy phiếu: ${unknown.map((x) => x.nomineeKey).join(', ')}.` });
  }
  const threshold = requiredShare(facts, rules.threshold);
  if (!threshold.ok) problems.push(threshold.problem);
  const r = rosterOf(p, facts);
  if (!r.ok) problems.push(r.problem);
  if (problems.length > 0 || !threshold.ok || !r.ok) return { ok: false, problems };
  const quorum = optionalShare(facts, rules.quorum, rules.quorumLabel);
  problems.push(...asProblems(quorumProblems(r.roster, quorum.share)));
  const results: PersonVote[] = [];
  for (const n of expected) {
    const tally = p.results.find((x) => x.nomineeKey === n.key)!.tally;
    const d = decideYesNo(tally, r.roster, { threshold: threshold.share, quorum: null });
    if (!d.ok) problems.push(...asProblems(d.problems, `${n.fullName}: `));
    else results.push({ key: n.key, fullName: n.fullName, approve: d.approve, denominator: d.denominator, needed: d.needed, passed: d.passed, text: d.text });
  }
  if (problems.length > 0) return { ok: false, problems };
  const quorumFact = facts?.ruleValues?.[rules.quorum];
  const basis = [
    `${rules.threshold}: ${thresholdLabel(threshold.share)} (${citation(threshold.fact)})`,
    quorum.note ?? `${rules.quorum}: ${thresholdLabel(quorum.share!)}${quorumFact ? ` (${citation(quorumFact)})` : ''}`,
    `${RULE.DENOMINATOR}: ${citation(facts!.ruleValues![RULE.DENOMINATOR]!)}`,
  ];
  return { ok: true, record: { date, results, basis } };
}

export const CONFIDENCE_RULES: PersonBallotRules = {
  threshold: RULE.CONFIDENCE_THRESHOLD, quorum: RULE.CONFIDENCE_QUORUM, quorumLabel: 'số ủy viên có mặt tối thiểu khi lấy phiếu tín nhiệm',
};
export const ELECTION_RULES: PersonBallotRules = {
  threshold: RULE.ELECTION_THRESHOLD, quorum: RULE.ELECTION_QUORUM, quorumLabel: 'số người có mặt tối thiểu khi bầu bổ sung',
};
