// Yes/no secret ballots: the cell's admission resolution, the committee's admission decision, recognition as a full
// member and striking off a probationary member — docs/domain/procedures.md §9.5 (06-HD/TW §3.6.b, §3.7.a [S18], ≥ 2/3) and
// §11.1 C.CELL_THRESHOLD / C.AUTHORISED_GRASSROOTS_THRESHOLD. The threshold is the caller's: these are unverified
// rule values that belong to the versioned rule table.

import { quorumProblems } from './quorum';
import type { BallotRoster } from './roster';
import { meetsThreshold, thresholdLabel, votesNeeded, type Threshold } from './threshold';
import { castProblems, countProblems, denominatorProblems, type VoteProblem } from './vote-problem';

/** The counted result of one yes/no ballot. */
export interface YesNoTally {
  approve: number;
  reject: number;
  invalid: number;
  /** Ballots collected. */
  cast: number;
}

/** Pure: every problem that stops this tally from being counted against the roster; empty when usable. */
export function validateYesNoTally(tally: YesNoTally, roster: BallotRoster): VoteProblem[] {
  const countIssues = [
    ...countProblems(tally.approve, 'approve', 'Số phiếu tán thành'),
    ...countProblems(tally.reject, 'reject', 'Số phiếu không tán thành'),
    ...countProblems(tally.invalid, 'invalid', 'Số phiếu không hợp lệ'),
    ...countProblems(tally.cast, 'cast', 'Số phiếu thu vào'),
  ];
  const problems = [...countIssues];
  if (countIssues.length === 0) problems.push(...castProblems(tally.approve + tally.reject + tally.invalid, tally.cast, roster.voters.length));
  problems.push(...denominatorProblems(roster.denominator));
  return problems;
}

export type YesNoDecision =
  | {
      ok: true;
      passed: boolean;
      approve: number;
      denominator: number;
      threshold: Threshold;
      /** Fewest approvals that pass on this denominator. */
      needed: number;
      /** Vietnamese, e.g. "Tán thành 6/9, cần 6 (Ít nhất hai phần ba): thông qua". */
      text: string;
    }
  | { ok: false; problems: VoteProblem[] };

/**
 * Pure: whether the approvals reach the threshold on the roster's denominator (absent counted members count against;
 * a tie never passes "more than half"). Refuses (ok: false) an invalid tally or a missed quorum.
 */
export function decideYesNo(tally: YesNoTally, roster: BallotRoster, rules: { threshold: Threshold; quorum: Threshold | null }): YesNoDecision {
  const problems = validateYesNoTally(tally, roster);
  if (problems.length === 0) problems.push(...quorumProblems(roster, rules.quorum));
  if (problems.length > 0) return { ok: false, problems };
  const denominator = roster.denominator;
  const needed = votesNeeded(denominator, rules.threshold) as number;
  const passed = meetsThreshold(tally.approve, denominator, rules.threshold);
  const text = `Tán thành ${tally.approve}/${denominator}, cần ${needed} (${thresholdLabel(rules.threshold)}): ${passed ? 'thông qua' : 'không thông qua'}`;
  return { ok: true, passed, approve: tally.approve, denominator, threshold: rules.threshold, needed, text };
}
