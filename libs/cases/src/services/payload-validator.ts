import { instanceToPlain, plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import { DomainError, ErrorCode, flattenValidationErrors } from '@hoso/core/errors';
import type { PayloadClass } from '@hoso/workflows';
import { valueLabels } from './value-labels';

/**
 * Validate a machine payload with its DTO; unknown fields are refused. Returns the plain, cleaned object. A refused
 * enumerated field lists its allowed values, with the labels its procedure gives them.
 */
export async function validatePayload(cls: PayloadClass | undefined, raw: unknown): Promise<Record<string, unknown>> {
  const value = raw ?? {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, {
      fields: [{ field: 'payload', constraint: 'isObject', message: 'phải là một đối tượng' }],
    });
  }
  // class-validator refuses any instance of a class without rules, so "no fields at all" is checked here.
  const hasRules = cls !== undefined && getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).length > 0;
  if (!cls || !hasRules) {
    if (Object.keys(value).length === 0) return {};
    throw new DomainError(ErrorCode.VALIDATION_FAILED, {
      fields: Object.keys(value).map((field) => ({ field, constraint: 'whitelistValidation', message: 'trường này không được phép gửi' })),
    });
  }
  const instance = plainToInstance(cls, value);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new DomainError(ErrorCode.VALIDATION_FAILED, { fields: flattenValidationErrors(errors, '', valueLabels) });
  return instanceToPlain(instance) as Record<string, unknown>;
}
