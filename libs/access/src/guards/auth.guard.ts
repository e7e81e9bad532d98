import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import type { AuthUser } from '../auth-user';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { SESSION_CHECKED_IN_WRITE } from '../decorators/session-checked-in-write.decorator';
import { AuthClock } from '../services/auth-clock';
import { SessionCache, withUncheckedSession, type LoadedCaller } from '../services/session-cache';
import { TokenService } from '../services/token.service';
import { UserDirectoryService } from '../services/user-directory.service';

/**
 * Global: every route needs a valid bearer token unless marked @Public(). Besides its signature and expiry, the
 * token's session must still be open and its user active: a logout, a role change or a deactivation ends the token
 * at once, through any API process. The caller (user, roles, session end) is read once per session and cached with
 * the user's session generation (migration 1795303800000), which every such change moves in its own transaction;
 * a request then only checks the generation: one primary-key lookup, or none on a route whose write checks it
 * (`@SessionCheckedInWrite()`, a transition). A moved generation reads the caller again.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly cache = new SessionCache();

  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UserDirectoryService,
    private readonly clock: AuthClock,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const req = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; user?: unknown; sessionId?: string }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_\-.]{10,2048})$/.exec(header);
    const now = this.clock.now();
    const claims = match ? this.tokens.verify(match[1], now.getTime()) : undefined;
    if (!claims) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    const { userId, sessionId } = claims;
    let user: AuthUser | undefined;
    const cached = this.cache.get(userId, sessionId, now.getTime());
    if (cached && this.reflector.getAllAndOverride<boolean>(SESSION_CHECKED_IN_WRITE, targets)) {
      user = withUncheckedSession(cached.user, {
        userId,
        generation: cached.generation,
        recheck: async () =>
          (await this.users.generationOf(userId)) === cached.generation
            ? { moved: false }
            : { moved: true, user: (await this.load(userId, sessionId))?.user },
      });
    } else if (cached && (await this.users.generationOf(userId)) === cached.generation) {
      user = cached.user;
    } else {
      user = (await this.load(userId, sessionId))?.user;
    }
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    req.user = user;
    req.sessionId = sessionId;
    return true;
  }

  private async load(userId: string, sessionId: string): Promise<LoadedCaller | undefined> {
    const loaded = await this.users.loadCaller(userId, sessionId, this.clock.now());
    if (loaded) this.cache.set(sessionId, loaded);
    else this.cache.delete(userId, sessionId);
    return loaded;
  }
}
