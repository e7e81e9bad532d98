// Quorum (how many counted members must be present for a vote to stand). docs/domain/procedures.md states none: checked §7.4
// (denominator only), §9.5 (admission and recognition thresholds), §9.7 M7 ("quorum per denominators", no figure),
// §11 item 4 and the §11.1 parameter table (no quorum key). So quorum is a parameter with no default: the caller
// passes a threshold on present / denominator, or null to say explicitly that no quorum rule applies.

import type { BallotRoster } from './roster';
import { meetsThreshold, thresholdLabel, votesNeeded, type Threshold } from './threshold';
import type { VoteProblem } from './vote-problem';

export interface QuorumCheck {
  /** Counted members present (those given a ballot). */
  present: number;
  denominator: number;
  quorum: Threshold;
  /** Fewest present members that make the quorum; null when the denominator is 0. */
  needed: number | null;
  met: boolean;
}

/** Pure: whether the members present make the quorum, counted on the roster's denominator. */
export function checkQuorum(roster: BallotRoster, quorum: Threshold): QuorumCheck {
  const present = roster.voters.length;
  return {
    present,
    denominator: roster.denominator,
    quorum,
    needed: votesNeeded(roster.denominator, quorum),
    met: meetsThreshold(present, roster.denominator, quorum),
  };
}

/** The problem to report when a quorum is required and not made; none for `null` (no quorum rule). */
export function quorumProblems(roster: BallotRoster, quorum: Threshold | null): VoteProblem[] {
  if (quorum === null) return [];
  const check = checkQuorum(roster, quorum);
  if (check.met) return [];
  return [
    {
      code: 'QUORUM_NOT_MET',
      message: `Số đảng viên có mặt (${check.present}/${check.denominator}) không đủ: cần ${thresholdLabel(quorum).toLocaleLowerCase('vi')} tổng số`,
    },
  ];
}
