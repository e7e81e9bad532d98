// Who votes and who counts in the denominator of a Party body's vote — changes-2026.md §3.1 (24-QĐ/TW §9.3.2 [59],
// quoted in full; the same section cited for 294 [14], unverified). The official members convened count, minus only
// the categories the rule `VOTE.DENOMINATOR_EXCLUSIONS` lists (data, versioned with its instrument): (a) members
// temporarily active elsewhere, (b) members exempt from activity who are absent (present and voting, they count),
// (c) members suspended from Party activity, prosecuted, indicted or in temporary detention, (d) members absent
// throughout with a justified reason the convening committee approved; probationary members neither vote nor count.
// The member concerned and a member who declared a conflict of interest keep the vote and count unless a committee
// confirms otherwise (their codes added to the list). Absent members of no listed category still count.

export type MembershipStatus = 'FULL' | 'PROBATIONARY';

export interface BodyMember {
  id: string;
  status: MembershipStatus;
  /** Not at the meeting. */
  absent?: boolean;
  /** Exempt from party activities (miễn sinh hoạt): outside the denominator when absent. */
  exempt?: boolean;
  /** Temporarily active elsewhere (sinh hoạt tạm thời nơi khác): outside the denominator. */
  transferred?: boolean;
  /** (c) Suspended from Party activity (đình chỉ sinh hoạt), prosecuted (khởi tố), indicted (truy tố) or detained (tạm giam). */
  suspendedOrProsecuted?: boolean;
  /** (d) Absent throughout the meeting with a justified reason approved by the convening committee (implies absent). */
  absentApprovedReason?: boolean;
}

/** Why a member neither votes nor counts; each is also the code of an item of VOTE.DENOMINATOR_EXCLUSIONS. */
export const EXCLUSION_REASONS = [
  'SUBJECT', 'CONFLICT_OF_INTEREST', 'PROBATIONARY', 'TRANSFERRED', 'SUSPENDED_OR_PROSECUTED', 'EXEMPT_ABSENT', 'ABSENT_APPROVED_REASON',
] as const;
export type ExclusionReason = (typeof EXCLUSION_REASONS)[number];

/**
 * What callers that read no rule get (the admission ballots and the standing committee's roster, unchanged since
 * before the rule was data): every category of the 24-QĐ/TW list plus declared conflicts (the subject included).
 */
export const LEGACY_EXCLUSIONS: readonly ExclusionReason[] = [
  'SUBJECT', 'CONFLICT_OF_INTEREST', 'PROBATIONARY', 'TRANSFERRED', 'SUSPENDED_OR_PROSECUTED', 'EXEMPT_ABSENT', 'ABSENT_APPROVED_REASON',
];

export interface BallotRoster {
  /** Members who receive a ballot. */
  voters: string[];
  /** Members the thresholds are computed on. */
  denominator: number;
  /** Members who neither vote nor count, with why. */
  excluded: { id: string; reason: ExclusionReason }[];
  /** Counted in the denominator but not voting (absent, in no excluded category). */
  absentCounted: string[];
}

export const EXCLUSION_LABELS: Record<ExclusionReason, string> = {
  SUBJECT: 'Là đối tượng của vụ việc (cấp ủy đã xác nhận không tính): không bỏ phiếu, không tính vào tổng số',
  CONFLICT_OF_INTEREST: 'Là đối tượng của vụ việc hoặc có xung đột lợi ích: không bỏ phiếu, không tính vào tổng số',
  PROBATIONARY: 'Đảng viên dự bị: không biểu quyết, không tính vào tổng số',
  TRANSFERRED: 'Đang sinh hoạt tạm thời nơi khác: không tính vào tổng số',
  SUSPENDED_OR_PROSECUTED: 'Đang bị đình chỉ sinh hoạt đảng, bị khởi tố, truy tố hoặc tạm giam: không tính vào tổng số',
  EXEMPT_ABSENT: 'Được miễn sinh hoạt và vắng mặt: không tính vào tổng số',
  ABSENT_APPROVED_REASON: 'Vắng mặt suốt thời gian hội nghị có lý do chính đáng được cấp ủy triệu tập đồng ý: không tính vào tổng số',
};

export interface RosterRule {
  /** The categories left out of the ballot and the denominator (VOTE.DENOMINATOR_EXCLUSIONS). */
  exclusions: readonly ExclusionReason[];
  /** The members the case is about (the subject of discipline); counted unless the list names SUBJECT. */
  subjects?: ReadonlySet<string>;
}

/** The first category of the member the rule leaves out, in the order of the checks. */
function reasonOf(m: BodyMember, conflicted: ReadonlySet<string>, subjects: ReadonlySet<string>, excluded: ReadonlySet<ExclusionReason>): ExclusionReason | null {
  const candidates: [boolean, ExclusionReason][] = [
    [subjects.has(m.id), 'SUBJECT'],
    [conflicted.has(m.id), 'CONFLICT_OF_INTEREST'],
    [m.status === 'PROBATIONARY', 'PROBATIONARY'],
    [m.transferred === true, 'TRANSFERRED'],
    [m.suspendedOrProsecuted === true, 'SUSPENDED_OR_PROSECUTED'],
    [m.exempt === true && (m.absent === true || m.absentApprovedReason === true), 'EXEMPT_ABSENT'],
    [m.absentApprovedReason === true, 'ABSENT_APPROVED_REASON'],
  ];
  return candidates.find(([holds, reason]) => holds && excluded.has(reason))?.[1] ?? null;
}

/**
 * Pure: the roster of one vote, from the body's members, the ids that declared a conflict of interest and the rule.
 * Without a rule (callers that read none) the legacy list applies and `conflicted` holds subjects and conflicts alike.
 */
export function ballotRoster(members: readonly BodyMember[], conflicted: ReadonlySet<string>, rule?: RosterRule): BallotRoster {
  const excluded = new Set<ExclusionReason>(rule ? rule.exclusions : LEGACY_EXCLUSIONS);
  const subjects = rule?.subjects ?? new Set<string>();
  const roster: BallotRoster = { voters: [], denominator: 0, excluded: [], absentCounted: [] };
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    const reason = reasonOf(m, conflicted, subjects, excluded);
    if (reason) roster.excluded.push({ id: m.id, reason });
    else {
      roster.denominator++;
      if (m.absent || m.absentApprovedReason) roster.absentCounted.push(m.id);
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
  /** Counted but absent (in no excluded category): no ballot, still in the denominator. */
  absentCounted: number;
  /** Neither voting nor counted, by reason. */
  excluded: Record<ExclusionReason, number>;
}

/** Pure: the figures of a roster a meeting's minutes report (present, absent, not counted and why). */
export function rosterCounts(roster: BallotRoster): RosterCounts {
  const excluded = Object.fromEntries(EXCLUSION_REASONS.map((r) => [r, 0])) as Record<ExclusionReason, number>;
  for (const e of roster.excluded) excluded[e.reason]++;
  return { denominator: roster.denominator, present: roster.voters.length, absentCounted: roster.absentCounted.length, excluded };
}
