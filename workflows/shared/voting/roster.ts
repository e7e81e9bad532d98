// Who votes and who counts in the denominator of a Party body's vote — docs/domain/procedures.md §7.4 and glossary [S18]
// (Hướng dẫn 294 §9.3.2, unverified): official (full) members convened count; probationary members have no vote;
// members temporarily transferred elsewhere, and exempt members who are absent, do not count (an exempt member who
// is present and votes counts); absent, non-exempt members still count. A member the case is about, or who
// declared a conflict, neither votes nor counts (trust issue: conflicts of interest).

export type MembershipStatus = 'FULL' | 'PROBATIONARY';

export interface BodyMember {
  id: string;
  status: MembershipStatus;
  /** Not at the meeting. */
  absent?: boolean;
  /** Exempt from party activities (miễn sinh hoạt): outside the denominator when absent. */
  exempt?: boolean;
  /** Temporarily transferred to activities elsewhere (sinh hoạt tạm thời nơi khác): outside the denominator. */
  transferred?: boolean;
}

export type ExclusionReason = 'CONFLICT_OF_INTEREST' | 'PROBATIONARY' | 'TRANSFERRED' | 'EXEMPT_ABSENT';

export interface BallotRoster {
  /** Members who receive a ballot. */
  voters: string[];
  /** Members the thresholds are computed on. */
  denominator: number;
  /** Members who neither vote nor count, with why. */
  excluded: { id: string; reason: ExclusionReason }[];
  /** Counted in the denominator but not voting (absent, not exempt). */
  absentCounted: string[];
}

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  CONFLICT_OF_INTEREST: 'Là đối tượng của vụ việc hoặc có xung đột lợi ích: không bỏ phiếu, không tính vào tổng số',
  PROBATIONARY: 'Đảng viên dự bị: không biểu quyết, không tính vào tổng số',
  TRANSFERRED: 'Đang sinh hoạt tạm thời nơi khác: không tính vào tổng số',
  EXEMPT_ABSENT: 'Được miễn sinh hoạt và vắng mặt: không tính vào tổng số',
};

/** Pure: the roster of one vote, from the body's members and the ids the case excludes. */
export function ballotRoster(members: readonly BodyMember[], conflicted: ReadonlySet<string>): BallotRoster {
  const roster: BallotRoster = { voters: [], denominator: 0, excluded: [], absentCounted: [] };
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    if (conflicted.has(m.id)) roster.excluded.push({ id: m.id, reason: 'CONFLICT_OF_INTEREST' });
    else if (m.status === 'PROBATIONARY') roster.excluded.push({ id: m.id, reason: 'PROBATIONARY' });
    else if (m.transferred) roster.excluded.push({ id: m.id, reason: 'TRANSFERRED' });
    else if (m.exempt && m.absent) roster.excluded.push({ id: m.id, reason: 'EXEMPT_ABSENT' });
    else {
      roster.denominator++;
      if (m.absent) roster.absentCounted.push(m.id);
      else roster.voters.push(m.id);
    }
  }
  return roster;
}

export interface RosterCounts {
  /** Members the thresholds are computed on. */
  denominator: number;
  /** Counted and present: they receive a ballot. */
  present: number;
  /** Counted but absent (not exempt): no ballot, still in the denominator. */
  absentCounted: number;
  /** Neither voting nor counted, by reason. */
  excluded: Record<ExclusionReason, number>;
}

/** Pure: the figures of a roster a meeting's minutes report (present, absent, not counted and why). */
export function rosterCounts(roster: BallotRoster): RosterCounts {
  const excluded: Record<ExclusionReason, number> = { CONFLICT_OF_INTEREST: 0, PROBATIONARY: 0, TRANSFERRED: 0, EXEMPT_ABSENT: 0 };
  for (const e of roster.excluded) excluded[e.reason]++;
  return { denominator: roster.denominator, present: roster.voters.length, absentCounted: roster.absentCounted.length, excluded };
}
