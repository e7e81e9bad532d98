import {
  AT_LEAST_TWO_THIRDS,
  MORE_THAN_HALF,
  fractionThreshold,
  meetsThreshold,
  thresholdLabel,
  votesNeeded,
  type Threshold,
} from './threshold';

// Fewest votes that pass, worked out by hand (denominator → needed).
const BOUNDARIES: [string, Threshold, [number, number][]][] = [
  ['more than half', MORE_THAN_HALF, [[1, 1], [2, 2], [3, 2], [4, 3], [9, 5], [10, 6], [11, 6], [100, 51]]],
  ['at least two thirds', AT_LEAST_TWO_THIRDS, [[1, 1], [2, 2], [3, 2], [4, 3], [6, 4], [7, 5], [9, 6], [10, 7], [100, 67]]],
  ['at least 3/4', fractionThreshold(3, 4, false), [[1, 1], [2, 2], [3, 3], [4, 3], [5, 4], [8, 6]]],
  ['more than 3/4', fractionThreshold(3, 4, true), [[1, 1], [3, 3], [4, 4], [5, 4], [8, 7]]],
  ['unanimous (at least 1/1)', fractionThreshold(1, 1, false), [[1, 1], [2, 2], [7, 7]]],
];

describe.each(BOUNDARIES)('threshold %s', (_name, threshold, table) => {
  it.each(table)('out of %i members, %i votes pass and one fewer does not', (denominator, needed) => {
    expect(votesNeeded(denominator, threshold)).toBe(needed);
    expect(meetsThreshold(needed, denominator, threshold)).toBe(true);
    expect(meetsThreshold(needed - 1, denominator, threshold)).toBe(false);
  });

  it('never passes on a denominator of 0, whatever the votes', () => {
    expect(votesNeeded(0, threshold)).toBeNull();
    for (const votes of [0, 1, 5]) expect(meetsThreshold(votes, 0, threshold)).toBe(false);
  });
});

describe('meetsThreshold', () => {
  it('does not let a tie pass more than half, but lets exactly two thirds pass at least two thirds', () => {
    expect(meetsThreshold(5, 10, MORE_THAN_HALF)).toBe(false);
    expect(meetsThreshold(1, 2, MORE_THAN_HALF)).toBe(false);
    expect(meetsThreshold(6, 9, AT_LEAST_TWO_THIRDS)).toBe(true);
    expect(meetsThreshold(2, 3, AT_LEAST_TWO_THIRDS)).toBe(true);
  });

  it('the scenario of §13: a cell of 9 full members, 6 in favour meets 2/3 and 5 does not', () => {
    expect(meetsThreshold(6, 9, AT_LEAST_TWO_THIRDS)).toBe(true);
    expect(meetsThreshold(5, 9, AT_LEAST_TWO_THIRDS)).toBe(false);
  });

  it('agrees with its named equivalents for every count up to 40 members', () => {
    const half = fractionThreshold(1, 2, true);
    const twoThirds = fractionThreshold(2, 3, false);
    for (let d = 0; d <= 40; d++)
      for (let v = 0; v <= d; v++) {
        expect([d, v, meetsThreshold(v, d, half)]).toEqual([d, v, meetsThreshold(v, d, MORE_THAN_HALF)]);
        expect([d, v, meetsThreshold(v, d, twoThirds)]).toEqual([d, v, meetsThreshold(v, d, AT_LEAST_TWO_THIRDS)]);
      }
  });

  it('is exact where floating point is not: 57 of 100 is not more than 57/100', () => {
    // 100 * 0.57 === 56.99999999999999 in floating point, which would let 57 pass.
    expect(meetsThreshold(57, 100, fractionThreshold(57, 100, true))).toBe(false);
    expect(meetsThreshold(57, 100, fractionThreshold(57, 100, false))).toBe(true);
    expect(votesNeeded(100, fractionThreshold(57, 100, true))).toBe(58);
  });

  it('stays exact on counts far beyond any Party body', () => {
    const d = Number.MAX_SAFE_INTEGER; // odd
    expect(meetsThreshold((d + 1) / 2, d, MORE_THAN_HALF)).toBe(true);
    expect(meetsThreshold((d - 1) / 2, d, MORE_THAN_HALF)).toBe(false);
  });

  it.each([
    [-1, 9],
    [1.5, 9],
    [3, -2],
    [3, 2.5],
    [Number.NaN, 9],
  ])('refuses votes %p of %p as a programming error', (votes, denominator) => {
    expect(() => meetsThreshold(votes, denominator, MORE_THAN_HALF)).toThrow(RangeError);
  });
});

describe('fractionThreshold', () => {
  it.each([
    [0, 2, false],
    [3, 2, false],
    [1, 1, true],
    [1, 0, false],
    [1.5, 3, false],
    [-1, 3, true],
  ])('refuses %p/%p (strict %p), which is meaningless or can never be reached', (n, d, strict) => {
    expect(() => fractionThreshold(n, d, strict)).toThrow(RangeError);
  });

  it('refuses an invalid fraction that arrives as stored data', () => {
    const stored = { kind: 'FRACTION', numerator: 3, denominator: 2, strict: false } as const;
    expect(() => meetsThreshold(1, 2, stored)).toThrow(RangeError);
  });
});

describe('thresholdLabel', () => {
  it.each([
    [MORE_THAN_HALF, 'Quá một nửa'],
    [AT_LEAST_TWO_THIRDS, 'Ít nhất hai phần ba'],
    [fractionThreshold(3, 4, false), 'Ít nhất 3/4'],
    [fractionThreshold(3, 5, true), 'Quá 3/5'],
    // A share read from a rule row reads as the law words it, reduced first.
    [fractionThreshold(1, 2, true), 'Quá một nửa'],
    [fractionThreshold(4, 6, false), 'Ít nhất hai phần ba'],
    [fractionThreshold(4, 5, false), 'Ít nhất 4/5'],
  ])('labels %j as "%s"', (threshold, label) => {
    expect(thresholdLabel(threshold)).toBe(label);
  });
});
