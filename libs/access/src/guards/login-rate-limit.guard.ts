import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { LoginRateLimiter } from '../services/login-rate-limiter';

/** On POST /auth/login: 429 TOO_MANY_REQUESTS with Retry-After once a client IP exceeds its per-minute allowance. */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(private readonly limiter: LoginRateLimiter) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<{ ip?: string; socket?: { remoteAddress?: string } }>();
    const retryAfterSeconds = this.limiter.take(req.ip ?? req.socket?.remoteAddress ?? 'unknown');
    if (retryAfterSeconds !== undefined) throw new DomainError(ErrorCode.TOO_MANY_REQUESTS, { retryAfterSeconds });
    return true;
  }
}
