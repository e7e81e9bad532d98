import { overrideRolesRows } from './rule-override-policy.service';
import { ruleValueProblems, sameKind, type RuleValueInput } from './rule-value-check';

const time = (patch: Partial<RuleValueInput> = {}): RuleValueInput => ({
  unit: 'WORKING_DAYS', value: 10, valueData: null, startConvention: 'NEXT_DAY', startEvent: 'Ngày nhận', extensionValue: null,
  extensionMaxCount: 0, confidence: 'STATED', ...patch,
});
const valueRule = (patch: Partial<RuleValueInput>): RuleValueInput => ({
  unit: 'COUNT', value: null, valueData: null, startConvention: 'NONE', startEvent: '', extensionValue: null, extensionMaxCount: 0,
  confidence: 'STATED', ...patch,
});
const fields = (r: RuleValueInput, general = true) => ruleValueProblems(r, general).map((p) => p.field);

describe('ruleValueProblems', () => {
  it.each([
    [0, ['value']],
    [1, []],
    [3650, []],
    [3651, ['value']],
    [2.5, ['value']],
  ])('a deadline of %p days: %p', (value, expected) => {
    expect(fields(time({ value }))).toEqual(expected);
  });

  it('a deadline needs its start event and convention, and an extension both its length and its count', () => {
    expect(fields(time({ startEvent: ' ' }))).toEqual(['startEvent']);
    expect(fields(time({ startConvention: 'NONE' }))).toEqual(['startConvention']);
    expect(fields(time({ extensionValue: 5 }))).toEqual(['extensionMaxCount']);
    expect(fields(time({ extensionMaxCount: 1 }))).toEqual(['extensionMaxCount']);
    expect(fields(time({ extensionValue: 5, extensionMaxCount: 1 }))).toEqual([]);
  });

  it('a general row has no value exactly when its confidence is NOT_FOUND; an override may clear its value', () => {
    expect(fields(time({ value: null }))).toEqual(['confidence']);
    expect(fields(time({ value: null, confidence: 'NOT_FOUND' }))).toEqual([]);
    expect(fields(time({ confidence: 'NOT_FOUND' }))).toEqual(['confidence']);
    expect(fields(time({ value: null, confidence: 'OVERRIDE' }), false)).toEqual([]);
  });

  it.each([
    [-1, ['value']],
    [0, []],
    [7, []],
  ])('a count of %p: %p', (value, expected) => {
    expect(fields(valueRule({ value }))).toEqual(expected);
  });

  it('a value that is not a deadline is not counted from an event and is not extended', () => {
    expect(fields(valueRule({ value: 2, startConvention: 'NEXT_DAY' }))).toEqual(['startConvention']);
    expect(fields(valueRule({ value: 2, startEvent: 'Ngày họp' }))).toEqual(['startEvent']);
    expect(fields(valueRule({ value: 2, extensionValue: 1, extensionMaxCount: 1 }))).toEqual(['extensionValue']);
  });

  it.each<[unknown, string[]]>([
    [{ numerator: 2, denominator: 3, strict: false }, []],
    [{ numerator: 1, denominator: 2, strict: true }, []],
    [{ numerator: 1, denominator: 1, strict: false }, []],
    [{ numerator: 1, denominator: 1, strict: true }, ['valueData']],
    [{ numerator: 4, denominator: 3, strict: false }, ['valueData']],
    [{ numerator: 0, denominator: 3, strict: false }, ['valueData']],
    [{ numerator: 1.5, denominator: 3, strict: false }, ['valueData']],
    [{ numerator: 2, denominator: 3 }, ['valueData']],
    [{ numerator: 2, denominator: 3, strict: false, quorum: 1 }, ['valueData']],
    [[2, 3], ['valueData']],
  ])('a share %j: %p', (valueData, expected) => {
    expect(fields(valueRule({ unit: 'FRACTION', valueData }))).toEqual(expected);
  });

  it('a share holds no number beside it', () => {
    expect(fields(valueRule({ unit: 'FRACTION', value: 2, valueData: { numerator: 2, denominator: 3, strict: false } }))).toEqual(['value']);
  });

  it.each<[unknown, string[]]>([
    [{ items: ['SUSPENDED', 'DETAINED'] }, []],
    [{ items: [] }, []],
    [{ items: ['A', ''] }, ['valueData.items']],
    [{ items: ['A', 3] }, ['valueData.items']],
    [{ items: ['A', 'A'] }, ['valueData.items']],
    [{ codes: ['A'] }, ['valueData']],
  ])('a list %j: %p', (valueData, expected) => {
    expect(fields(valueRule({ unit: 'LIST', valueData }))).toEqual(expected);
  });

  it.each<[unknown, string[]]>([
    [{ rows: [{ level: 'PROVINCIAL', roles: ['ADMIN'] }] }, []],
    [{ rows: [null] }, ['valueData.rows']],
    [{ rows: {} }, ['valueData']],
  ])('a table %j: %p', (valueData, expected) => {
    expect(fields(valueRule({ unit: 'TABLE', valueData }))).toEqual(expected);
  });

  it('keeps time units together and value kinds apart', () => {
    expect(sameKind('WORKING_DAYS', 'MONTHS')).toBe(true);
    expect(sameKind('WORKING_DAYS', 'COUNT')).toBe(false);
    expect(sameKind('FRACTION', 'LIST')).toBe(false);
    expect(sameKind('LIST', 'LIST')).toBe(true);
  });
});

describe('overrideRolesRows', () => {
  it('reads the {level, roles} rows and skips malformed ones', () => {
    expect(overrideRolesRows({ rows: [{ level: 'PROVINCIAL', roles: ['ADMIN', 7] }, { roles: ['ADMIN'] }, 'x', { level: 'CENTRAL', roles: 'ADMIN' }] })).toEqual([
      { level: 'PROVINCIAL', roles: ['ADMIN'] },
    ]);
    expect(overrideRolesRows(null)).toEqual([]);
    expect(overrideRolesRows({ items: ['ADMIN'] })).toEqual([]);
  });
});
