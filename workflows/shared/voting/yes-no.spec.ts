import { ballotRoster, type BallotRoster, type BodyMember } from './roster';
import { AT_LEAST_TWO_THIRDS, MORE_THAN_HALF } from './threshold';
import { decideYesNo, validateYesNoTally, type YesNoTally } from './yes-no';

const full = (n: number, prefix = 'm', extra: Partial<BodyMember> = {}): BodyMember[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, status: 'FULL', ...extra }));
const roster = (members: BodyMember[], conflicted: string[] = []): BallotRoster => ballotRoster(members, new Set(conflicted));
const yesNo = (approve: number, reject: number, invalid = 0): YesNoTally => ({ approve, reject, invalid, cast: approve + reject + invalid });

const ADMISSION = { threshold: AT_LEAST_TWO_THIRDS, quorum: null };

describe('decideYesNo', () => {
  it.each<[string, BallotRoster, YesNoTally, boolean]>([
    ['§13: a cell of 9 full members, 6 in favour of admission', roster(full(9)), yesNo(6, 3), true],
    ['§13: a cell of 9 full members, 5 in favour', roster(full(9)), yesNo(5, 4), false],
    ['probationary members present neither vote nor count: 6 of 9 still passes', roster([...full(9), ...full(3, 'p', { status: 'PROBATIONARY' })]), yesNo(6, 3), true],
    ['an absent member counts against: 5 of 8 present is 5 of 9', roster([...full(8), ...full(1, 'a', { absent: true })]), yesNo(5, 3), false],
    ['an absent exempt member does not count: 6 of 8 present is 6 of 8', roster([...full(8), ...full(1, 'x', { absent: true, exempt: true })]), yesNo(6, 2), true],
    ['invalid ballots count against', roster(full(6)), yesNo(3, 1, 2), false],
    ['a committee member in conflict is outside the denominator: 4 of 6', roster(full(7), ['m6']), yesNo(4, 2), true],
  ])('admission at two thirds: %s', (_name, r, t, passed) => {
    expect(decideYesNo(t, r, ADMISSION)).toMatchObject({ ok: true, passed });
  });

  it.each([
    [10, 5, false],
    [10, 6, true],
    [2, 1, false],
    [2, 2, true],
    [1, 1, true],
    [3, 2, true],
  ])('more than half of %i: %i in favour passes = %p (a tie never passes)', (n, approve, passed) => {
    expect(decideYesNo(yesNo(approve, n - approve), roster(full(n)), { threshold: MORE_THAN_HALF, quorum: null })).toMatchObject({
      ok: true,
      passed,
    });
  });

  it('reads out the result in Vietnamese', () => {
    expect(decideYesNo(yesNo(6, 3), roster(full(9)), ADMISSION)).toEqual({
      ok: true,
      passed: true,
      approve: 6,
      denominator: 9,
      threshold: AT_LEAST_TWO_THIRDS,
      needed: 6,
      text: 'Tán thành 6/9, cần 6 (Ít nhất hai phần ba): thông qua',
    });
    expect(decideYesNo(yesNo(5, 5), roster(full(10)), { threshold: MORE_THAN_HALF, quorum: null })).toMatchObject({
      text: 'Tán thành 5/10, cần 6 (Quá một nửa): không thông qua',
    });
  });

  it('refuses a missed quorum instead of counting it as a rejection', () => {
    const r = roster([...full(4), ...full(5, 'a', { absent: true })]);
    expect(decideYesNo(yesNo(4, 0), r, { threshold: AT_LEAST_TWO_THIRDS, quorum: MORE_THAN_HALF })).toMatchObject({
      ok: false,
      problems: [{ code: 'QUORUM_NOT_MET' }],
    });
  });
});

describe('validateYesNoTally', () => {
  const nine = roster(full(9));

  it.each<[string, YesNoTally, string[]]>([
    ['counts above the ballots cast', { approve: 6, reject: 3, invalid: 0, cast: 8 }, ['COUNTS_EXCEED_CAST']],
    ['counts below the ballots cast', { approve: 5, reject: 3, invalid: 0, cast: 9 }, ['COUNTS_BELOW_CAST']],
    ['more ballots than voters (approvals alone above the denominator)', yesNo(10, 0), ['CAST_EXCEEDS_VOTERS']],
    ['a negative count', { approve: 6, reject: -1, invalid: 0, cast: 5 }, ['COUNT_NEGATIVE']],
    ['a fractional count', { approve: 6.5, reject: 2, invalid: 0, cast: 9 }, ['COUNT_NOT_INTEGER']],
    ['several at once', { approve: -1, reject: 2.5, invalid: 0, cast: 9 }, ['COUNT_NEGATIVE', 'COUNT_NOT_INTEGER']],
  ])('refuses %s with its code', (_name, t, codes) => {
    expect(validateYesNoTally(t, nine).map((p) => p.code)).toEqual(codes);
    expect(decideYesNo(t, nine, ADMISSION).ok).toBe(false);
  });

  it('refuses a vote on a roster where nobody counts (e.g. the only member is the subject)', () => {
    expect(validateYesNoTally(yesNo(0, 0), roster(full(1), ['m0'])).map((p) => p.code)).toEqual(['DENOMINATOR_ZERO']);
  });

  it('names the figures in Vietnamese', () => {
    expect(validateYesNoTally({ approve: 6, reject: -1, invalid: 0, cast: 5 }, nine)).toEqual([
      { code: 'COUNT_NEGATIVE', field: 'reject', message: 'Số phiếu không tán thành không được âm (đã nhập -1)' },
    ]);
  });
});
