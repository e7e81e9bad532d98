import { createHash } from 'node:crypto';
import { canonicalJson, eventHash, GENESIS_HASH, verifyChain, type ChainedEvent } from './hash-chain';

type Row = ChainedEvent & { prevHash: string; hash: string };

const CASE_ID = '6b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4';
const ACTOR_ID = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

function event(seq: number, overrides: Partial<ChainedEvent> = {}): ChainedEvent {
  return {
    caseId: CASE_ID,
    seq,
    type: seq === 1 ? 'CREATE' : `STEP_${seq}`,
    payload: { note: `bước ${seq}`, items: [seq, { nested: true }] },
    actorId: ACTOR_ID,
    fromState: seq === 1 ? null : `s${seq - 1}`,
    toState: `s${seq}`,
    machineVersion: 1,
    occurredAt: new Date(Date.UTC(2026, 0, seq, 2)),
    recordedAt: new Date(Date.UTC(2026, 0, seq, 2, 0, 1)),
    ...overrides,
  };
}

/** A chain of `n` rows built the way the repository appends them. */
function chain(n: number): Row[] {
  const rows: Row[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const e = event(seq);
    const hash = eventHash(prev, e);
    rows.push({ ...e, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('canonicalJson', () => {
  it('does not depend on the order object keys were written in, at any depth', () => {
    const a = { b: 1, a: { d: [1, { y: 2, x: 1 }], c: 'x' } };
    const b = { a: { c: 'x', d: [1, { x: 1, y: 2 }] }, b: 1 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[1,{"x":1,"y":2}]},"b":1}');
  });

  it('keeps array order, including nested arrays, and tells different arrays apart', () => {
    expect(canonicalJson({ v: [[1, 2], [3]] })).toBe('{"v":[[1,2],[3]]}');
    expect(canonicalJson({ v: [[1, 2], [3]] })).not.toBe(canonicalJson({ v: [[2, 1], [3]] }));
    expect(canonicalJson({ v: [[1, 2], [3]] })).not.toBe(canonicalJson({ v: [[1], [2, 3]] }));
  });

  it('writes dates as ISO strings, drops undefined fields and keeps null', () => {
    expect(canonicalJson({ at: new Date('2026-01-02T03:04:05.000Z'), gone: undefined, none: null })).toBe(
      '{"at":"2026-01-02T03:04:05.000Z","none":null}',
    );
    expect(canonicalJson(undefined)).toBe('null');
  });

  it('escapes keys and strings, so Vietnamese text and quotes hash unambiguously', () => {
    expect(canonicalJson({ 'tên "x"': 'Nguyễn Văn X' })).toBe('{"tên \\"x\\"":"Nguyễn Văn X"}');
  });
});

describe('eventHash', () => {
  const base = event(2);
  const prev = 'a'.repeat(64);
  const h = eventHash(prev, base);

  it('is a SHA-256 hex digest and stable for the same input', () => {
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(eventHash(prev, { ...base, payload: { items: [2, { nested: true }], note: 'bước 2' } })).toBe(h);
  });

  it('changes with the previous hash', () => {
    expect(eventHash('b'.repeat(64), base)).not.toBe(h);
  });

  const changes: [keyof ChainedEvent, unknown][] = [
    ['caseId', '6b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c5'],
    ['seq', 3],
    ['type', 'OTHER'],
    ['payload', { note: 'bước 2', items: [2, { nested: false }] }],
    ['actorId', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4e'],
    ['fromState', null],
    ['toState', 'elsewhere'],
    ['machineVersion', 2],
    ['occurredAt', new Date(base.occurredAt.getTime() + 1)],
    ['recordedAt', new Date(base.recordedAt.getTime() + 1)],
  ];
  it.each(changes)('changes when %s changes', (field, value) => {
    expect(eventHash(prev, { ...base, [field]: value })).not.toBe(h);
  });

  /** The hash as first defined: SHA-256 of the previous hash, a newline and canonicalJson of the whole row. */
  const byDefinition = (p: string, e: ChainedEvent) =>
    createHash('sha256')
      .update(p)
      .update('\n')
      .update(canonicalJson({ ...e, occurredAt: e.occurredAt.toISOString(), recordedAt: e.recordedAt.toISOString() }))
      .digest('hex');

  it.each([
    ['a plain event', base],
    ['the first event (fromState null)', event(1)],
    ['a payload with nested keys out of order, arrays and Vietnamese text', event(3, { payload: { z: [{ b: 1, a: 'Đảng ủy "xã"' }], a: null } })],
    ['an empty payload', event(4, { payload: {} })],
    ['fields left undefined', { ...event(5), fromState: undefined as unknown as null, payload: undefined }],
  ])('hashes exactly the bytes of the canonical row: %s', (_, e) => {
    expect(eventHash(prev, e)).toBe(byDefinition(prev, e));
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    expect(verifyChain(chain(5))).toBeUndefined();
    expect(verifyChain([])).toBeUndefined();
  });

  it('reports a gap in seq (a removed row)', () => {
    const rows = chain(5);
    rows.splice(2, 1);
    expect(verifyChain(rows)).toEqual({ seq: 4, reason: 'SEQ_GAP' });
  });

  it('reports a chain that does not start at seq 1', () => {
    expect(verifyChain(chain(3).slice(1))).toEqual({ seq: 2, reason: 'SEQ_GAP' });
  });

  it('reports a row whose prevHash is not the previous row’s hash', () => {
    const rows = chain(4);
    rows[2] = { ...rows[2], prevHash: 'f'.repeat(64) };
    expect(verifyChain(rows)).toEqual({ seq: 3, reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports a first row not chained to the genesis hash', () => {
    const rows = chain(2);
    rows[0] = { ...rows[0], prevHash: '1'.repeat(64) };
    expect(verifyChain(rows)).toEqual({ seq: 1, reason: 'PREV_HASH_MISMATCH' });
  });

  it('reports a row rewritten in place (content no longer matches its hash)', () => {
    const rows = chain(4);
    rows[1] = { ...rows[1], payload: { note: 'sửa lén' } };
    expect(verifyChain(rows)).toEqual({ seq: 2, reason: 'HASH_MISMATCH' });
  });

  it('reports a rewritten row even when its hash was recomputed, at the next link', () => {
    const rows = chain(4);
    const forged = { ...rows[1], type: 'FORGED' };
    rows[1] = { ...forged, hash: eventHash(forged.prevHash, forged) };
    expect(verifyChain(rows)).toEqual({ seq: 3, reason: 'PREV_HASH_MISMATCH' });
  });
});
