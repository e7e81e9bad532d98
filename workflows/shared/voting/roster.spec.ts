import { ballotRoster, rosterCounts, type BodyMember } from './roster';

const full = (id: string, extra: Partial<BodyMember> = {}): BodyMember => ({ id, status: 'FULL', ...extra });

describe('ballotRoster', () => {
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
      excluded: { CONFLICT_OF_INTEREST: 1, PROBATIONARY: 2, TRANSFERRED: 1, EXEMPT_ABSENT: 1 },
    });
  });
});
