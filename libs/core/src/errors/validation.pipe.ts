import { BadRequestException, ValidationPipe } from '@nestjs/common';
import { ErrorCode } from './error-codes';
import { flattenValidationErrors } from './validation-messages';

/** Global pipe: unknown fields are refused, and each refused field gets a Vietnamese reason. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException({ code: ErrorCode.VALIDATION_FAILED, fields: flattenValidationErrors(errors) }),
  });
}
