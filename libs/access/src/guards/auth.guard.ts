import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { AuthClock } from '../services/auth-clock';
import { TokenService } from '../services/token.service';
import { UserDirectoryService } from '../services/user-directory.service';

/**
 * Global: every route needs a valid bearer token unless marked @Public(). Besides its signature and expiry, the
 * token's session must still be open and its user active (one query, with the roles): a logout, a role change or a
 * deactivation ends the token at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UserDirectoryService,
    private readonly clock: AuthClock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: unknown; sessionId?: string }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_\-.]{10,2048})$/.exec(header);
    const now = this.clock.now();
    const claims = match ? this.tokens.verify(match[1], now.getTime()) : undefined;
    const user = claims ? await this.users.loadSession(claims.userId, claims.sessionId, now) : undefined;
    if (!user || !claims) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    req.user = user;
    req.sessionId = claims.sessionId;
    return true;
  }
}
