import { DomainError, ErrorCode } from '@hoso/core/errors';

/**
 * `?dryRun=true` asks what a step would do without doing it. Any value but `true` / `false` is refused: a misspelt
 * flag must not fall through to the real step.
 */
export function dryRunFlag(raw: unknown): boolean {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new DomainError(ErrorCode.VALIDATION_FAILED, {
    fields: [{ field: 'dryRun', constraint: 'isBoolean', message: 'chỉ nhận giá trị true hoặc false' }],
  });
}
