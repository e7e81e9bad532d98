import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { IS_PUBLIC } from '../decorators/public.decorator';
import { TokenService } from '../services/token.service';
import { UserDirectoryService } from '../services/user-directory.service';

/** Global: every route needs a valid bearer token unless marked @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UserDirectoryService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined>; user?: unknown }>();
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_\-.]{10,2048})$/.exec(header);
    const userId = match ? this.tokens.verify(match[1]) : undefined;
    const user = userId ? await this.users.load(userId) : undefined;
    if (!user) throw new DomainError(ErrorCode.UNAUTHENTICATED);
    req.user = user;
    return true;
  }
}
