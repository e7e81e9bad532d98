import { IsIn, IsString, MaxLength, MinLength, validate, type ValidationError } from 'class-validator';
import { flattenValidationErrors } from './validation-messages';

const error = (property: string, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError => ({ property, constraints, children });

describe('flattenValidationErrors', () => {
  it('translates class-validator\'s English defaults by constraint, and says "invalid" for an unknown one', () => {
    expect(flattenValidationErrors([error('a', { isInt: 'a must be an integer number', custom: 'a is wrong' })])).toEqual([
      { field: 'a', constraint: 'isInt', message: 'phải là số nguyên' },
      { field: 'a', constraint: 'custom', message: 'giá trị không hợp lệ' },
    ]);
  });

  it('keeps a message the DTO wrote in Vietnamese (a custom validator\'s problems, a message option), with nested paths', () => {
    const tally = 'COUNTS_EXCEED_CAST: Tổng số phiếu đã kiểm (8) lớn hơn số phiếu thu vào (7)';
    const kind = 'Ban tham mưu, giúp việc của cấp ủy không được tiến hành kiểm tra khi có dấu hiệu vi phạm.';
    expect(
      flattenValidationErrors([error('payload', {}, [error('tally', { tallyMatchesRoster: tally }), error('body', {}, [error('kind', { isIn: kind })])])]),
    ).toEqual([
      { field: 'payload.tally', constraint: 'tallyMatchesRoster', message: tally },
      { field: 'payload.body.kind', constraint: 'isIn', message: kind },
    ]);
  });

  class Step {
    @IsString() @MinLength(3) @MaxLength(10) reason!: string;
    @IsIn(['LOW', 'HIGH']) level!: string;
    @IsIn(['A', 'B'], { each: true }) tags!: string[];
  }
  const step = (values: Partial<Step>) => validate(Object.assign(new Step(), values));

  it('reports a missing field once, as required, not by each rule it would break (absent or null)', async () => {
    for (const reason of [undefined, null]) {
      const fields = flattenValidationErrors(await step({ reason: reason as unknown as string, level: 'LOW', tags: [] }));
      expect(fields).toEqual([{ field: 'reason', constraint: 'isDefined', message: 'bắt buộc phải có' }]);
    }
    // A value that is present but too short is still told apart.
    expect(flattenValidationErrors(await step({ reason: 'ab', level: 'LOW', tags: [] }))).toEqual([{ field: 'reason', constraint: 'minLength', message: 'quá ngắn' }]);
  });

  it('answers a value outside an enumeration with the allowed values, labelled where the caller knows them', async () => {
    const labels = (_cls: Function, property: string) => (property === 'level' ? { LOW: 'Thấp', HIGH: 'Cao' } : undefined);
    expect(flattenValidationErrors(await step({ reason: 'hợp lệ', level: 'MID', tags: ['A', 'C'] }), '', labels)).toEqual([
      { field: 'level', constraint: 'isIn', message: 'phải là một trong các giá trị: LOW (Thấp), HIGH (Cao)' },
      { field: 'tags', constraint: 'isIn', message: 'mỗi phần tử phải là một trong các giá trị: A, B' },
    ]);
    expect(flattenValidationErrors(await step({ reason: 'hợp lệ', level: 'MID', tags: [] }))[0].message).toBe('phải là một trong các giá trị: LOW, HIGH');
  });
});
