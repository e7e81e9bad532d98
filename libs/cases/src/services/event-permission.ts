import type { EventSpec } from '@hoso/workflows';
import { holdsRole, type AuthUser } from '@hoso/access/auth-user';

/** May the user send this event on a case: one of its roles on the acting unit (the case's, or the assigned one)? */
export function maySend(user: AuthUser, spec: EventSpec, c: { unit_path: string; assigned_unit_path: string | null }): boolean {
  return holdsRole(user, spec.actingUnit === 'ASSIGNED_UNIT' ? c.assigned_unit_path : c.unit_path, spec.roles);
}
