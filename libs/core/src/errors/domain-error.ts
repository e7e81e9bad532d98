import { ERROR_TABLE, ErrorCode } from './error-codes';

/** A refusal the user can understand: a stable code, a Vietnamese message, optional structured details. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
    message?: string,
  ) {
    super(message ?? ERROR_TABLE[code].message);
  }
}
