import { ERROR_TABLE, ErrorCode } from '../errors/error-codes';
import { findInputProblem, findUrlProblem, MAX_JSON_DEPTH } from './input-checks';

/** `levels` arrays nested in one another, built without recursion. */
function nestedArrays(levels: number): unknown {
  let v: unknown = [];
  for (let i = 1; i < levels; i++) v = [v];
  return v;
}

describe('findInputProblem', () => {
  it('allows exactly the limit of nesting and refuses one level more', () => {
    expect(findInputProblem(nestedArrays(MAX_JSON_DEPTH))).toBeUndefined();
    expect(findInputProblem(nestedArrays(MAX_JSON_DEPTH + 1))).toEqual({ kind: 'tooDeep' });
    expect(findInputProblem({ a: { b: { c: 1 } } }, 3)).toBeUndefined();
    expect(findInputProblem({ a: { b: { c: {} } } }, 3)).toEqual({ kind: 'tooDeep' });
  });

  it('walks 300,000 levels without overflowing the stack', () => {
    expect(findInputProblem(nestedArrays(300_000), 400_000)).toBeUndefined();
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) deep = { a: deep };
    expect(findInputProblem(deep)).toEqual({ kind: 'tooDeep' });
  });

  it('names the field holding a lone surrogate, in values and in keys, high or low half', () => {
    expect(findInputProblem({ username: '\ud800', password: 'x' })).toEqual({ kind: 'invalidUnicode', field: 'username' });
    expect(findInputProblem({ payload: { members: [{ name: 'a' }, { name: 'b\udc00c' }] } })).toEqual({
      kind: 'invalidUnicode',
      field: 'payload.members.1.name',
    });
    expect(findInputProblem({ payload: { ['x\ud83d']: 1 } })).toEqual({ kind: 'invalidUnicode', field: 'payload.x\ufffd' });
    expect(findInputProblem('\udfff')).toEqual({ kind: 'invalidUnicode', field: 'body' });
    // A pair written backwards is two lone halves.
    expect(findInputProblem(['\ude00\ud83d'])).toEqual({ kind: 'invalidUnicode', field: '0' });
  });

  it('names the field holding a NUL character, in values and in keys', () => {
    expect(findInputProblem({ note: 'a\u0000b' })).toEqual({ kind: 'nul', field: 'note' });
    expect(findInputProblem({ input: { ['k\u0000']: 'v' } })).toEqual({ kind: 'nul', field: 'input.k\ufffd' });
  });

  it('accepts surrogate pairs, Vietnamese text and every JSON type', () => {
    expect(findInputProblem({ title: 'Phản ánh 😀 𝕏 đảng viên', n: 1, b: true, z: null, list: ['👍🏽', 2, { e: '' }] })).toBeUndefined();
    expect(findInputProblem(undefined)).toBeUndefined();
    expect(findInputProblem(42)).toBeUndefined();
  });
});

describe('findUrlProblem', () => {
  it('refuses percent-escapes that are not UTF-8, naming the query key', () => {
    expect(findUrlProblem('/cases?q=%ED%A0%80')).toEqual({ kind: 'invalidUnicode', field: 'q' });
    expect(findUrlProblem('/cases?page=1&q=a%FFb')).toEqual({ kind: 'invalidUnicode', field: 'q' });
    expect(findUrlProblem('/cases/%ED%A0%80/events')).toEqual({ kind: 'invalidUnicode', field: 'path' });
    expect(findUrlProblem('/cases?%ED%A0%80=1')).toEqual({ kind: 'invalidUnicode', field: 'query' });
  });

  it('refuses a NUL in the path or the query', () => {
    expect(findUrlProblem('/cases?q=a%00')).toEqual({ kind: 'nul', field: 'q' });
    expect(findUrlProblem('/cases/%00')).toEqual({ kind: 'nul', field: 'path' });
  });

  it('lets well-formed UTF-8 and malformed escapes through (the router and query parser handle those)', () => {
    expect(findUrlProblem(`/cases?q=${encodeURIComponent('Phản ánh 😀')}&page=2`)).toBeUndefined();
    expect(findUrlProblem('/cases?q=100%&x=%zz')).toBeUndefined();
    expect(findUrlProblem('/cases')).toBeUndefined();
  });
});

it('tells people the same depth limit the walk applies', () => {
  expect(ERROR_TABLE[ErrorCode.JSON_TOO_DEEP].message).toContain(String(MAX_JSON_DEPTH));
});
