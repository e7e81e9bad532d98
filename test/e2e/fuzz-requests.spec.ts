// The fuzz's own request generators (issue 14). The long run (`npm run fuzz -- --n 100000 --seed 20261204`) stopped
// its run of `POST /calendar/changes` with `RangeError: Invalid string length`, thrown in the test process: a long
// array (2,000 copies of one item) of `CalendarDayDto` whose `name` was 70,000 lone surrogates, 840 million
// characters once serialised. Every request drawn must serialise, and stay far below that.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describeRequest, operations, requestArb, resolver, serialiseBody, type FuzzWorld, type OpenApiDoc } from '../support/fuzz-requests';
import { LONG_ARRAY_CHARS, LONG_ARRAY_ITEMS, longArray, valueFor, type Schema } from '../support/fuzz-values';

const doc = JSON.parse(readFileSync(join(__dirname, '../../docs/openapi.json'), 'utf8')) as OpenApiDoc;
const world: FuzzWorld = { doc, auth: { anonymous: '' }, pathPools: {}, pools: {} };
const options = { resolve: resolver(doc), pools: {} };
/** Twice the budget of one long array: a body may hold two of them (`set` and `clear`), and a few short fields. */
const BODY_MAX = 2 * LONG_ARRAY_CHARS + 10_000;
const json = (v: unknown) => JSON.stringify(v) ?? '';

describe('fuzz request generators', () => {
  describe('longArray', () => {
    it('repeats an item 2,000 times while the array stays within its budget, fewer copies one character past it', () => {
      // 2,000 × (499 + 1 for the comma) = 1,000,000 characters: the last item length at full count.
      const atBudget = 'a'.repeat(497); // JSON "…" is 499 characters
      expect(json(atBudget)).toHaveLength(499);
      // Lengths compared as numbers: a failure must not print 2,000 copies.
      expect(longArray(atBudget).length).toBe(LONG_ARRAY_ITEMS);
      expect(longArray('a'.repeat(498)).length).toBe(1996);
      expect(longArray(1).length).toBe(LONG_ARRAY_ITEMS);
      expect(longArray(undefined).length).toBe(LONG_ARRAY_ITEMS);
    });

    it('serialises the item that overflowed the string limit, still as a body past any BODY_LIMIT', () => {
      const day = { date: '2026-02-21', kind: 'HOLIDAY', name: '\uD800'.repeat(70_000) };
      const text = json({ reason: 'r', kind: 'EDIT', set: longArray(day), clear: [] });
      expect(text.length).toBeGreaterThan(256 * 1024);
      expect(text.length).toBeLessThanOrEqual(LONG_ARRAY_CHARS + 1_000);
    });

    it('keeps two copies of an item larger than the whole budget', () => {
      const huge = 'x'.repeat(LONG_ARRAY_CHARS);
      expect(longArray(huge).length).toBe(2);
    });
  });

  it('draws array fields whose JSON stays bounded, long arrays included', () => {
    const schema = doc.components.schemas.CalendarChangeDto as Schema;
    const field = (v: unknown, k: string) => (v && typeof v === 'object' && Array.isArray((v as Record<string, unknown>)[k]) ? ((v as Record<string, unknown[]>)[k]).length : 0);
    let longestBody = 0;
    let longestArray = 0;
    // Sampled, not fc.assert: a counterexample here is megabytes, and only its size is of interest.
    for (const v of fc.sample(valueFor(schema, 'body', options), { numRuns: 3000, seed: 20261205 })) {
      longestBody = Math.max(longestBody, json(v).length);
      longestArray = Math.max(longestArray, field(v, 'set'), field(v, 'clear'));
    }
    expect(longestBody).toBeLessThanOrEqual(BODY_MAX);
    // The long arrays are still drawn, and bodies past the API's BODY_LIMIT: the bound does not come from dropping them.
    expect(longestArray).toBe(LONG_ARRAY_ITEMS);
    expect(longestBody).toBeGreaterThan(256 * 1024);
  });

  it('serialises and describes every request of the long run of POST /calendar/changes (seed 20261210, 1,852 runs)', () => {
    const op = operations(doc).find((o) => o.name === 'POST /calendar/changes');
    expect(op?.id).toBe('LegalTime_change');
    let longestBody = 0;
    let longestLine = 0;
    for (const r of fc.sample(requestArb(op!, world, ['anonymous']), { numRuns: 1852, seed: 20261210 })) {
      longestBody = Math.max(longestBody, serialiseBody(r)?.length ?? 0);
      longestLine = Math.max(longestLine, describeRequest(r).length);
    }
    expect(longestBody).toBeLessThanOrEqual(BODY_MAX);
    expect(longestLine).toBeLessThan(1_000);
  });
});
