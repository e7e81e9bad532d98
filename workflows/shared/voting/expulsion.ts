// Expulsion's double threshold — docs/domain/procedures.md §7.4 (69-QĐ/TW Art. 15 [S12]; the source sentence is truncated, the
// second organisation is inferred) and §11.1 B3.THRESHOLD_EXPULSION_PROPOSE / B3.THRESHOLD_EXPULSION_DECIDE: khai trừ
// needs ≥ 2/3 of the official members of the proposing organisation AND > 1/2 of the members of the deciding one.

import { quorumProblems } from './quorum';
import type { BallotRoster } from './roster';
import { validateTally, type DisciplineTally } from './discipline-ballot';
import { meetsThreshold, thresholdLabel, votesNeeded, type Threshold } from './threshold';
import type { VoteProblem } from './vote-problem';

export type ExpulsionBody = 'PROPOSING' | 'DECIDING';

/** One organisation's vote on the expulsion: its discipline ballot, counted on its own roster. */
export interface BodyVote {
  tally: DisciplineTally;
  roster: BallotRoster;
  /** See quorum.ts; null = no quorum rule applies. */
  quorum: Threshold | null;
}

/** The caller's, from the rule rows B3.THRESHOLD_EXPULSION_PROPOSE and B3.THRESHOLD_EXPULSION_DECIDE. */
export interface ExpulsionThresholds {
  proposing: Threshold;
  deciding: Threshold;
}


export interface ExpulsionCheck {
  /** Ballots marked khai trừ in this organisation. */
  votes: number;
  denominator: number;
  threshold: Threshold;
  needed: number;
  reached: boolean;
  /** Vietnamese, e.g. "Tổ chức đề nghị: 6/9 phiếu khai trừ, cần 6 (Ít nhất hai phần ba): đạt". */
  text: string;
}

export type ExpulsionDecision =
  | { ok: true; expelled: boolean; proposing: ExpulsionCheck; deciding: ExpulsionCheck }
  | { ok: false; problems: (VoteProblem & { body: ExpulsionBody })[] };

const BODY_LABELS: Record<ExpulsionBody, string> = { PROPOSING: 'Tổ chức đề nghị', DECIDING: 'Tổ chức quyết định' };

function bodyProblems(body: ExpulsionBody, vote: BodyVote): (VoteProblem & { body: ExpulsionBody })[] {
  const problems = validateTally(vote.tally, vote.roster);
  if (problems.length === 0 && !vote.tally.forms.includes('KHAI_TRU'))
    problems.push({ code: 'EXPULSION_NOT_ON_BALLOT', message: 'Phiếu biểu quyết không có hình thức khai trừ' });
  if (problems.length === 0) problems.push(...quorumProblems(vote.roster, vote.quorum));
  return problems.map((p) => ({ ...p, body, message: `${BODY_LABELS[body]}: ${p.message}` }));
}

function check(body: ExpulsionBody, vote: BodyVote, threshold: Threshold): ExpulsionCheck {
  // Khai trừ is the heaviest form on a member's ballot, so its cumulative count is its own votes.
  const votes = vote.tally.votes.KHAI_TRU as number;
  const denominator = vote.roster.denominator;
  const needed = votesNeeded(denominator, threshold) as number;
  const reached = meetsThreshold(votes, denominator, threshold);
  const text =
    `${BODY_LABELS[body]}: ${votes}/${denominator} phiếu khai trừ, cần ${needed} (${thresholdLabel(threshold)}): ` +
    (reached ? 'đạt' : 'chưa đạt');
  return { votes, denominator, threshold, needed, reached, text };
}

/**
 * Pure: whether a member is expelled, from the proposing and the deciding organisations' ballots. Both thresholds
 * must be reached; refuses (ok: false) when either tally is invalid, misses its quorum or has no khai trừ on it.
 * When expulsion fails, the deciding organisation's own form follows from decideByCumulativeCount on its tally with
 * its thresholds (khai trừ > 1/2 there).
 */
export function decideExpulsion(
  votes: { proposing: BodyVote; deciding: BodyVote },
  thresholds: ExpulsionThresholds,
): ExpulsionDecision {
  const problems = [...bodyProblems('PROPOSING', votes.proposing), ...bodyProblems('DECIDING', votes.deciding)];
  if (problems.length > 0) return { ok: false, problems };
  const proposing = check('PROPOSING', votes.proposing, thresholds.proposing);
  const deciding = check('DECIDING', votes.deciding, thresholds.deciding);
  return { ok: true, expelled: proposing.reached && deciding.reached, proposing, deciding };
}
