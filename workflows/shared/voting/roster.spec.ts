import { ballotRoster, rosterCounts, type BodyMember, type ExclusionReason, type RosterRule } from './roster';

const full = (id: string, extra: Partial<BodyMember> = {}): BodyMember => ({ id, status: 'FULL', ...extra });

describe('ballotRoster without a rule (callers that read none: the legacy list, conflicts included)', () => {
  it('gives every present full member a ballot and counts them', () => {
    const r = ballotRoster([full('a'), full('b'), full('c')], new Set());
    expect(r).toEqual({ voters: ['a', 'b', 'c'], denominator: 3, excluded: [], absentCounted: [] });
  });

  it('takes a member who is a subject (or conflicted) out of the ballot and the denominator', () => {
    const r = ballotRoster([full('a'), full('subject'), full('c')], new Set(['subject']));
    expect(r.voters).toEqual(['a', 'c']);
    expect(r.denominator).toBe(2);
    expect(r.excluded).toEqual([{ id: 'subject', reason: 'CONFLICT_OF_INTEREST' }]);
  });

  it('never counts probationary members, even when present', () => {
    const r = ballotRoster([full('a'), { id: 'p', status: 'PROBATIONARY' }], new Set());
    expect(r.denominator).toBe(1);
    expect(r.voters).toEqual(['a']);
    expect(r.excluded).toEqual([{ id: 'p', reason: 'PROBATIONARY' }]);
  });

  it('counts an absent member who is not exempt, without a ballot; an absent exempt one is not counted', () => {
    const r = ballotRoster([full('a'), full('away', { absent: true }), full('ex', { absent: true, exempt: true })], new Set());
    expect(r.denominator).toBe(2);
    expect(r.voters).toEqual(['a']);
    expect(r.absentCounted).toEqual(['away']);
    expect(r.excluded).toEqual([{ id: 'ex', reason: 'EXEMPT_ABSENT' }]);
  });

  it('counts an exempt member who is present and votes; never a transferred one', () => {
    const r = ballotRoster([full('ex', { exempt: true }), full('t', { transferred: true })], new Set());
    expect(r.voters).toEqual(['ex']);
    expect(r.denominator).toBe(1);
    expect(r.excluded).toEqual([{ id: 't', reason: 'TRANSFERRED' }]);
  });

  it('a conflict outranks every other status and a member listed twice counts once', () => {
    const r = ballotRoster([full('x', { absent: true }), full('x'), { id: 'y', status: 'PROBATIONARY' }], new Set(['x', 'y']));
    expect(r.denominator).toBe(0);
    expect(r.excluded.map((e) => e.reason)).toEqual(['CONFLICT_OF_INTEREST', 'CONFLICT_OF_INTEREST']);
  });
});

describe('rosterCounts', () => {
  it('gives the minutes their figures: counted, present, absent but counted, and who is left out and why', () => {
    const members: BodyMember[] = [
      full('a'),
      full('b'),
      full('subject'),
      full('away', { absent: true }),
      full('ex', { absent: true, exempt: true }),
      full('t', { transferred: true }),
      { id: 'p1', status: 'PROBATIONARY' },
      { id: 'p2', status: 'PROBATIONARY' },
    ];
    expect(rosterCounts(ballotRoster(members, new Set(['subject'])))).toEqual({
      denominator: 3,
      present: 2,
      absentCounted: 1,
      excluded: { SUBJECT: 0, CONFLICT_OF_INTEREST: 1, PROBATIONARY: 2, TRANSFERRED: 1, SUSPENDED_OR_PROSECUTED: 0, EXEMPT_ABSENT: 1, ABSENT_APPROVED_REASON: 0 },
    });
  });
});

// VOTE.DENOMINATOR_EXCLUSIONS as seeded from 24-QĐ/TW §9.3.2 [59]: (a)–(d) and probationary members.
const LIST_24: ExclusionReason[] = ['TRANSFERRED', 'EXEMPT_ABSENT', 'SUSPENDED_OR_PROSECUTED', 'ABSENT_APPROVED_REASON', 'PROBATIONARY'];
const rule = (exclusions: ExclusionReason[] = LIST_24, subjects: string[] = ['subject']): RosterRule => ({ exclusions, subjects: new Set(subjects) });

describe('ballotRoster under the denominator rule (changes-2026.md §3.1)', () => {
  it('counts the member concerned and gives them a ballot: 7 full members count 7 (the legacy list counted 6)', () => {
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'subject'].map((id) => full(id));
    const r = ballotRoster(seven, new Set(), rule());
    expect(r).toMatchObject({ denominator: 7, excluded: [] });
    expect(r.voters).toContain('subject');
    expect(ballotRoster(seven, new Set(['subject'])).denominator).toBe(6);
  });

  it('counts a member who declared a conflict of interest, unless the rule lists conflicts (a committee confirmed it)', () => {
    const members = [full('a'), full('b'), full('x')];
    expect(ballotRoster(members, new Set(['x']), rule()).denominator).toBe(3);
    const confirmed = ballotRoster(members, new Set(['x']), rule([...LIST_24, 'CONFLICT_OF_INTEREST']));
    expect(confirmed).toMatchObject({ denominator: 2, excluded: [{ id: 'x', reason: 'CONFLICT_OF_INTEREST' }] });
    const subjectOut = ballotRoster([...members, full('subject')], new Set(), rule([...LIST_24, 'SUBJECT']));
    expect(subjectOut).toMatchObject({ denominator: 3, excluded: [{ id: 'subject', reason: 'SUBJECT' }] });
  });

  it('(c) leaves out the suspended, prosecuted, indicted or detained, present or not', () => {
    const r = ballotRoster([full('a'), full('s', { suspendedOrProsecuted: true }), full('d', { suspendedOrProsecuted: true, absent: true })], new Set(), rule());
    expect(r).toMatchObject({ denominator: 1, voters: ['a'], excluded: [{ id: 's', reason: 'SUSPENDED_OR_PROSECUTED' }, { id: 'd', reason: 'SUSPENDED_OR_PROSECUTED' }] });
  });

  it('(d) leaves out a member absent throughout with an approved reason; absent without one still counts', () => {
    const r = ballotRoster([full('a'), full('ok', { absentApprovedReason: true }), full('away', { absent: true })], new Set(), rule());
    expect(r).toMatchObject({ denominator: 2, voters: ['a'], absentCounted: ['away'], excluded: [{ id: 'ok', reason: 'ABSENT_APPROVED_REASON' }] });
  });

  it('counts every category the rule does not list: an empty list leaves nobody out, probationary members included', () => {
    const members = [full('t', { transferred: true }), full('s', { suspendedOrProsecuted: true }), full('d', { absentApprovedReason: true }), { id: 'p', status: 'PROBATIONARY' as const }];
    const r = ballotRoster(members, new Set(), rule([]));
    expect(r).toMatchObject({ denominator: 4, excluded: [], absentCounted: ['d'] });
    expect(r.voters).toEqual(['t', 's', 'p']);
  });

  it('the minutes list every reason, the new ones included', () => {
    const members = [full('a'), full('subject'), full('s', { suspendedOrProsecuted: true }), full('d', { absentApprovedReason: true }), full('x')];
    expect(rosterCounts(ballotRoster(members, new Set(['x']), rule([...LIST_24, 'SUBJECT'])))).toEqual({
      denominator: 2,
      present: 2,
      absentCounted: 0,
      excluded: { SUBJECT: 1, CONFLICT_OF_INTEREST: 0, PROBATIONARY: 0, TRANSFERRED: 0, SUSPENDED_OR_PROSECUTED: 1, EXEMPT_ABSENT: 0, ABSENT_APPROVED_REASON: 1 },
    });
  });
});
