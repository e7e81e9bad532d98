import type { ValidationError } from 'class-validator';
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
});
