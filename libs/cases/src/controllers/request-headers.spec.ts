import { DomainError, ErrorCode } from '@hoso/core/errors';
import { caseIdParam, expectedVersion } from './request-headers';

function codeOf(fn: () => unknown): ErrorCode | undefined {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err.code;
    throw err;
  }
  return undefined;
}

describe('expectedVersion', () => {
  it.each([
    ['"5"', 5],
    ['W/"5"', 5],
    ['5', 5],
    [' "12" ', 12],
    ['"123456789"', 123456789],
  ])('reads If-Match %s as version %d', (header, version) => {
    expect(expectedVersion(header, undefined)).toBe(version);
  });

  it('takes the body’s expectedVersion when there is no If-Match', () => {
    expect(expectedVersion(undefined, 7)).toBe(7);
  });

  it('accepts header and body when they agree', () => {
    expect(expectedVersion('"7"', 7)).toBe(7);
  });

  it.each(['abc', '*', '', '"-1"', '"1.5"', 'W/', '"1234567890"', '"5", "6"'])(
    'refuses the If-Match value %p with VALIDATION_FAILED',
    (header) => {
      expect(codeOf(() => expectedVersion(header, undefined))).toBe(ErrorCode.VALIDATION_FAILED);
    },
  );

  it('names If-Match in the refusal of a garbage header', () => {
    try {
      expectedVersion('garbage', undefined);
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).details).toMatchObject({ fields: [{ field: 'If-Match' }] });
    }
  });

  it('refuses a header and body that disagree, naming expectedVersion', () => {
    try {
      expectedVersion('"5"', 6);
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect((err as DomainError).code).toBe(ErrorCode.VALIDATION_FAILED);
      expect((err as DomainError).details).toMatchObject({ fields: [{ field: 'expectedVersion' }] });
    }
  });

  it('requires a version from one of the two (VERSION_REQUIRED)', () => {
    expect(codeOf(() => expectedVersion(undefined, undefined))).toBe(ErrorCode.VERSION_REQUIRED);
  });
});

describe('caseIdParam', () => {
  it('accepts a UUID and lower-cases it', () => {
    expect(caseIdParam('6B1F0C2E-3D4A-4B5C-8D6E-7F8091A2B3C4')).toBe('6b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4');
  });

  it.each(['not-a-uuid', '123', '', '6b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4x', "1' OR '1'='1"])(
    'answers CASE_NOT_FOUND (404), not a 500, for %p',
    (id) => {
      expect(codeOf(() => caseIdParam(id))).toBe(ErrorCode.CASE_NOT_FOUND);
    },
  );

  it('does not echo an unbounded id back in the error details', () => {
    try {
      caseIdParam('x'.repeat(5000));
      throw new Error('expected a refusal');
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      expect(String((err as DomainError).details?.caseId).length).toBeLessThanOrEqual(64);
    }
  });
});

describe('If-Match quoting', () => {
  it.each(['"5', '5"', 'W/"5', 'W/5"'])('refuses the unbalanced form %s', (header) => {
    expect(() => expectedVersion(header, undefined)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
