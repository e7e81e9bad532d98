import type { EventSpec, Role } from '@hoso/workflows';
import { rolesOn, type AuthUser } from '@hoso/access/auth-user';

/** Does the user hold one of `roles` on the unit at `unitPath` (or above it)? */
export function holdsRole(user: AuthUser, unitPath: string | null, roles: readonly Role[]): boolean {
  const held = unitPath ? rolesOn(user, unitPath) : new Set<Role>();
  return roles.some((r) => held.has(r));
}

/** May the user send this event on a case: one of its roles on the acting unit (the case's, or the assigned one)? */
export function maySend(user: AuthUser, spec: EventSpec, c: { unit_path: string; assigned_unit_path: string | null }): boolean {
  return holdsRole(user, spec.actingUnit === 'ASSIGNED_UNIT' ? c.assigned_unit_path : c.unit_path, spec.roles);
}
