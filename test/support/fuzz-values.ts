// Hostile values for the fuzz (issue 14): wrong types, deep nesting, huge strings, odd unicode, injections, bad
// UUIDs — and values shaped by a JSON Schema (mostly right, so requests get past validation into the services).
import fc from 'fast-check';

export type Schema = { [keyword: string]: unknown };

export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE \"case\"; --",
  "1; DELETE FROM app_user",
  '${7*7}',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%00',
  '\u0000',
  'a\u0000b',
  '%2e%2e%2f',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  '-1',
  '1e309',
];
export const BAD_UUIDS = [
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '3f0c1d2e-4b5a-4c6d-8e7f-0123456789ab0',
  '3f0c1d2e4b5a4c6d8e7f0123456789ab',
  '{3f0c1d2e-4b5a-4c6d-8e7f-0123456789ab}',
  '3f0c1d2e-4b5a-4c6d-8e7f-0123456789a\u0000',
  '',
  ' ',
];
const ODD_UNICODE = ['\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u202E', '\u200F', '\u200B', '\uFEFF', '\u0301', 'e\u0301\u0301\u0301', '😀', '👨‍👩‍👧', 'Nguyễn', '\u0000', '\r\n', '\t'];
const HUGE_LENGTHS = [256, 1001, 5_000, 20_000, 70_000];

export const uuidArb = fc.uuid();
export const oddUnicode = fc.array(fc.constantFrom(...ODD_UNICODE), { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
export const hugeString = (lengths: number[] = HUGE_LENGTHS) =>
  fc.tuple(fc.constantFrom(...lengths), fc.constantFrom('x', 'é', '😀', '\uD800', "'")).map(([n, c]) => c.repeat(Math.ceil(n / c.length)).slice(0, n));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...INJECTIONS, ...BAD_UUIDS),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  oddUnicode,
  hugeString(),
  uuidArb,
);

/** `n` levels of objects or arrays around a leaf. */
export function nest(n: number, kind: 'object' | 'array', leaf: unknown = 1): unknown {
  let v = leaf;
  for (let i = 0; i < n; i++) v = kind === 'object' ? { a: v } : [v];
  return v;
}
export const deepValue = fc.tuple(fc.integer({ min: 2, max: 400 }), fc.constantFrom('object' as const, 'array' as const)).map(([n, k]) => nest(n, k));

/** Anything JSON can carry that a schema would not expect. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, -0.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, { $gt: '' }, [null]) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepValue },
);

/** Strings for named fields that exist in the running app (ids, event types…): the fuzz then reaches past lookups. */
export interface Pools {
  [fieldName: string]: readonly unknown[];
}

export interface ValueOptions {
  resolve(s: Schema): Schema;
  pools: Pools;
}

const BAD_DATES = ['2026-02-30', '0000-00-00', '2026-13-01', '9999-12-31T99:99:99Z', '2026-01-15T08:30:00+25:00', 'hôm qua', '1e10'];

function stringFor(s: Schema, name: string, o: ValueOptions): fc.Arbitrary<unknown> {
  const pool = o.pools[name];
  const choices: fc.WeightedArbitrary<unknown>[] = [];
  if (pool?.length) choices.push({ weight: 6, arbitrary: fc.constantFrom(...pool) });
  if (s.format === 'uuid') choices.push({ weight: 3, arbitrary: fc.oneof(uuidArb, fc.constantFrom(...BAD_UUIDS)) });
  if (s.format === 'date' || s.format === 'date-time')
    choices.push({ weight: 3, arbitrary: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom(...BAD_DATES)) });
  const max = s.maxLength as number | undefined;
  const min = s.minLength as number | undefined;
  const edges = [max, max === undefined ? undefined : max + 1, min, min ? min - 1 : undefined].filter((n): n is number => n !== undefined && n >= 0);
  if (edges.length) choices.push({ weight: 2, arbitrary: fc.tuple(fc.constantFrom(...edges), fc.constantFrom('a', 'ễ', '😀')).map(([n, c]) => c.repeat(n)) });
  choices.push({ weight: 2, arbitrary: fc.string({ minLength: min ?? 0, maxLength: Math.min(max ?? 40, 40) }) });
  choices.push({ weight: 2, arbitrary: hostileString });
  return fc.oneof(...choices);
}

function numberFor(s: Schema): fc.Arbitrary<unknown> {
  const min = s.minimum as number | undefined;
  const max = s.maximum as number | undefined;
  const edges = [min, max, min === undefined ? undefined : min - 1, max === undefined ? undefined : max + 1, 0, -1, 1, 2 ** 31, 2 ** 53 + 1, 1e308, 0.5].filter(
    (n): n is number => n !== undefined,
  );
  return fc.oneof(fc.constantFrom(...edges), s.type === 'integer' ? fc.integer() : fc.double({ noNaN: true, noDefaultInfinity: true }));
}

/** A value for `schema` at field `name`: usually of the right shape, sometimes hostile, sometimes missing parts. */
export function valueFor(schema: Schema, name: string, o: ValueOptions, depth = 0): fc.Arbitrary<unknown> {
  const s = o.resolve(schema);
  return fc.oneof({ weight: 5, arbitrary: shaped(s, name, o, depth) }, { weight: 1, arbitrary: hostileValue });
}

function shaped(s: Schema, name: string, o: ValueOptions, depth: number): fc.Arbitrary<unknown> {
  if (Array.isArray(s.enum)) {
    const e = s.enum as unknown[];
    return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...e) }, { weight: 1, arbitrary: fc.constantFrom(...e.map((v) => (typeof v === 'string' ? v.toLowerCase() + ' ' : v))) });
  }
  const branches = (s.oneOf ?? s.anyOf) as Schema[] | undefined;
  if (branches?.length) return fc.oneof(...branches.map((b) => shaped(o.resolve(b), name, o, depth)));
  const type = Array.isArray(s.type) ? (s.type as string[]).find((x) => x !== 'null') : (s.type as string | undefined);
  switch (type) {
    case 'string':
      return stringFor(s, name, o);
    case 'integer':
    case 'number':
      return numberFor(s);
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const item = depth > 4 ? hostileValue : valueFor((s.items ?? {}) as Schema, name, o, depth + 1);
      return fc.oneof({ weight: 5, arbitrary: fc.array(item, { maxLength: 4 }) }, { weight: 1, arbitrary: item.map(longArray) });
    }
    case 'object':
      return objectFor(s, name, o, depth);
    default:
      return o.pools[name]?.length ? fc.constantFrom(...o.pools[name]) : hostileValue;
  }
}

/** How many copies of one item a long array holds: past any `ArrayMaxSize` of the API. */
export const LONG_ARRAY_ITEMS = 2000;
/**
 * Characters of JSON a long array may reach (far past BODY_LIMIT, so a large item still makes a refused body). A
 * big item gets fewer copies: 2,000 copies of a 70,000-character string of lone surrogates (each written `\ud800`)
 * made 840 million characters, past the longest string V8 can build (RangeError: Invalid string length).
 */
export const LONG_ARRAY_CHARS = 1_000_000;

/** `v` repeated LONG_ARRAY_ITEMS times, or fewer (at least 2) so that the array's JSON stays near LONG_ARRAY_CHARS. */
export function longArray(v: unknown): unknown[] {
  const size = (JSON.stringify(v) ?? 'null').length + 1;
  return Array.from({ length: Math.max(2, Math.min(LONG_ARRAY_ITEMS, Math.floor(LONG_ARRAY_CHARS / size))) }, () => v);
}

const EXTRA_KEYS = ['__proto__', 'constructor', 'prototype', 'isAdmin', 'id', 'version', 'createdAt', '$where', 'truongKhongKhaiBao'];

/** An object for `s`: each declared field present or not (required ones mostly present), plus unknown fields. */
export function objectFor(s: Schema, name: string, o: ValueOptions, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const props = (s.properties ?? {}) as Record<string, Schema>;
  const required = new Set((s.required ?? []) as string[]);
  const seeds = (o.pools[name] ?? []).filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
  const ABSENT = Symbol('absent');
  const fields = Object.entries(props).map(([k, p]) =>
    fc.oneof(
      { weight: required.has(k) ? 8 : 3, arbitrary: depth > 4 ? hostileValue : valueFor(p, k, o, depth + 1) },
      { weight: 1, arbitrary: fc.constant(ABSENT) },
    ).map((v) => [k, v] as const),
  );
  // A free-form object (`input`, `payload`): a known good seed with some fields made hostile.
  const seedArb = seeds.length
    ? fc.tuple(fc.constantFrom(...seeds), fc.dictionary(fc.constantFrom(...Object.keys(seeds[0]), ...EXTRA_KEYS), hostileValue, { maxKeys: 3 })).map(([seed, over]) => ({ ...seed, ...over }))
    : fc.dictionary(fc.oneof(fc.constantFrom(...EXTRA_KEYS), fc.string({ maxLength: 8 })), hostileValue, { maxKeys: 4 });
  const extra = fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...EXTRA_KEYS), hostileValue, { maxKeys: 2 }) });
  const declared = fc.tuple(fc.tuple(...fields), extra).map(([pairs, more]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of pairs) if (v !== ABSENT) out[k] = v;
    // Own properties, so `__proto__` is sent as a key rather than setting a prototype.
    for (const [k, v] of Object.entries(more)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
  if (Object.keys(props).length === 0) return seedArb;
  return seeds.length ? fc.oneof({ weight: 3, arbitrary: declared }, { weight: 1, arbitrary: seedArb }) : declared;
}
