import { holdsRoleAnywhere, rolesOn, type AuthUser } from '@hoso/access/auth-user';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { Role } from '@hoso/workflows/shared/roles';

/** Who reads a case's access log and exports its timeline: an auditor or the secretary on the case's unit or above. */
export const CASE_AUDIT_ROLES = [Role.AUDITOR, Role.SECRETARY];

export function assertCaseAuditor(user: AuthUser, unitPath: string): void {
  const roles = rolesOn(user, unitPath);
  if (!CASE_AUDIT_ROLES.some((r) => roles.has(r))) throw new DomainError(ErrorCode.ROLE_NOT_ALLOWED, { requiredRoles: CASE_AUDIT_ROLES });
}

/** The checkpoint listing: an auditor or an administrator on any unit. */
export function assertAuditReader(user: AuthUser): void {
  const readers = [Role.AUDITOR, Role.ADMIN];
  if (!holdsRoleAnywhere(user, readers)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: readers });
}
