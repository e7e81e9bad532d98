import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Role } from '@hoso/workflows';
import { holdsTopLevelRole, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';

/**
 * The queues serve every unit: only an ADMIN of a top-level unit sees or retries them. A guard, so that it answers
 * 403 before a body or a queue name is looked at (after the global AuthGuard has answered 401).
 */
@Injectable()
export class TopAdminGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user || !holdsTopLevelRole(user, Role.ADMIN)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: [Role.ADMIN] });
    return true;
  }
}
