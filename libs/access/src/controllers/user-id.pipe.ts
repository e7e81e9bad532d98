import { ParseUUIDPipe } from '@nestjs/common';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/** A user id in the path: anything but a UUID names no user (404, as an unknown one does). */
export const userIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new DomainError(ErrorCode.USER_NOT_FOUND) });
