import type { Role } from '@hoso/workflows';

export interface UnitRole {
  unitId: string;
  /** Materialised path of the unit (`/root/…/unit/`): a role reaches every unit whose path starts with it. */
  unitPath: string;
  role: Role;
}

/** The caller, as every service sees it after authentication. */
export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  assignments: UnitRole[];
}

/** Roles the user holds on the unit at `unitPath` or on any unit above it. */
export function rolesOn(user: AuthUser, unitPath: string): Set<Role> {
  const roles = new Set<Role>();
  for (const a of user.assignments) if (unitPath.startsWith(a.unitPath)) roles.add(a.role);
  return roles;
}

/** Is the unit at `unitPath` within the user's scope (a unit where, or below where, they hold any role)? */
export function inScope(user: AuthUser, unitPath: string | null | undefined): boolean {
  return !!unitPath && user.assignments.some((a) => unitPath.startsWith(a.unitPath));
}

/** Does the user hold one of `roles` on the unit at `unitPath` (or above it)? */
export function holdsRole(user: AuthUser, unitPath: string | null | undefined, roles: readonly Role[]): boolean {
  const held = unitPath ? rolesOn(user, unitPath) : new Set<Role>();
  return roles.some((r) => held.has(r));
}

/** Does the user hold one of `roles` on any unit at all? */
export function holdsRoleAnywhere(user: AuthUser, roles: readonly Role[]): boolean {
  return user.assignments.some((a) => roles.includes(a.role));
}

/** Does the user hold `role` on a top-level unit (the root of an organisation tree, path `/id/`)? */
export function holdsTopLevelRole(user: AuthUser, role: Role): boolean {
  return user.assignments.some((a) => a.role === role && a.unitPath.split('/').filter(Boolean).length === 1);
}
