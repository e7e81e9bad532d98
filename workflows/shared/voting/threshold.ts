// Vote thresholds as data, compared with exact integer arithmetic — docs/domain/procedures.md §7.4, §9.5 and §11.1
// (B3.THRESHOLD_*, C.CELL_THRESHOLD, C.AUTHORISED_GRASSROOTS_THRESHOLD). A share is never a float: "5 of 9 is at
// least two thirds" is decided as 5 × 3 ≥ 9 × 2, in BigInt so no product can lose precision.

/** A share of a denominator that votes must reach. */
export type Threshold =
  | { readonly kind: 'MORE_THAN_HALF' }
  | { readonly kind: 'AT_LEAST_TWO_THIRDS' }
  /** votes / denominator > numerator / denominator when strict, ≥ otherwise; 0 < numerator ≤ denominator. */
  | { readonly kind: 'FRACTION'; readonly numerator: number; readonly denominator: number; readonly strict: boolean };

/** votes × 2 > denominator: a tie (exactly half) does not pass. */
export const MORE_THAN_HALF = { kind: 'MORE_THAN_HALF' } as const satisfies Threshold;

/** votes × 3 ≥ denominator × 2. */
export const AT_LEAST_TWO_THIRDS = { kind: 'AT_LEAST_TWO_THIRDS' } as const satisfies Threshold;

interface Fraction {
  n: bigint;
  d: bigint;
  strict: boolean;
}

function fractionProblem(numerator: number, denominator: number, strict: boolean): string | null {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return 'numerator and denominator must be integers';
  if (denominator < 1 || numerator < 1) return 'numerator and denominator must be at least 1';
  if (numerator > denominator) return 'a share above the whole can never be reached';
  if (strict && numerator === denominator) return '"more than all" can never be reached';
  return null;
}

/** A general threshold; throws RangeError for one that is meaningless or can never be reached. */
export function fractionThreshold(numerator: number, denominator: number, strict: boolean): Threshold {
  const problem = fractionProblem(numerator, denominator, strict);
  if (problem) throw new RangeError(`Invalid threshold ${numerator}/${denominator}: ${problem}`);
  return { kind: 'FRACTION', numerator, denominator, strict };
}

function asFraction(threshold: Threshold): Fraction {
  switch (threshold.kind) {
    case 'MORE_THAN_HALF':
      return { n: 1n, d: 2n, strict: true };
    case 'AT_LEAST_TWO_THIRDS':
      return { n: 2n, d: 3n, strict: false };
    case 'FRACTION': {
      // Thresholds may arrive as stored data, not through fractionThreshold().
      const { numerator, denominator, strict } = threshold;
      const problem = fractionProblem(numerator, denominator, strict);
      if (problem) throw new RangeError(`Invalid threshold ${numerator}/${denominator}: ${problem}`);
      return { n: BigInt(numerator), d: BigInt(denominator), strict };
    }
  }
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
}

/** Whether `votes` out of `denominator` reach the threshold; a denominator of 0 never reaches anything. */
export function meetsThreshold(votes: number, denominator: number, threshold: Threshold): boolean {
  assertCount(votes, 'votes');
  assertCount(denominator, 'denominator');
  const { n, d, strict } = asFraction(threshold);
  if (denominator === 0) return false;
  const share = BigInt(votes) * d;
  const bar = BigInt(denominator) * n;
  return strict ? share > bar : share >= bar;
}

/** The fewest votes that reach the threshold out of `denominator`; null when the denominator is 0. */
export function votesNeeded(denominator: number, threshold: Threshold): number | null {
  assertCount(denominator, 'denominator');
  const { n, d, strict } = asFraction(threshold);
  if (denominator === 0) return null;
  const bar = BigInt(denominator) * n;
  // Smallest v with v·d > bar (strict) or v·d ≥ bar; never above the denominator for a valid threshold.
  return Number(strict ? bar / d + 1n : (bar + d - 1n) / d);
}

/** The shares the law words (a share read from a rule row reads as before it was data: "quá một nửa"); others as figures. */
const SHARE_WORDS: Readonly<Record<string, string>> = { '1/2': 'một nửa', '2/3': 'hai phần ba' };

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** Vietnamese label, e.g. "Quá một nửa", "Ít nhất hai phần ba", "Ít nhất 3/4". */
export function thresholdLabel(threshold: Threshold): string {
  switch (threshold.kind) {
    case 'MORE_THAN_HALF':
      return 'Quá một nửa';
    case 'AT_LEAST_TWO_THIRDS':
      return 'Ít nhất hai phần ba';
    case 'FRACTION': {
      const g = gcd(threshold.numerator, threshold.denominator) || 1;
      const share = `${threshold.numerator / g}/${threshold.denominator / g}`;
      return `${threshold.strict ? 'Quá' : 'Ít nhất'} ${SHARE_WORDS[share] ?? share}`;
    }
  }
}
