import type { EntityManager } from 'typeorm';
import { Role } from '@hoso/workflows';
import { DomainError, ErrorCode } from '@hoso/core/errors';
import { holdsRole, inScope, type AuthUser } from './auth-user';

/** The materialised path of a unit, or undefined when it does not exist (run on the caller's connection). */
export async function findUnitPath(m: EntityManager, unitId: string): Promise<string | undefined> {
  const rows: { path: string }[] = await m.query(`SELECT path FROM org_unit WHERE id = $1`, [unitId]);
  return rows[0]?.path;
}

/** A unit's path and the Vietnam date it ends (null while it has no end), or undefined when it does not exist. */
export async function findUnit(m: EntityManager, unitId: string): Promise<{ path: string; validTo: string | null } | undefined> {
  const rows: { path: string; valid_to: string | null }[] = await m.query(
    `SELECT path, to_char(valid_to, 'YYYY-MM-DD') AS valid_to FROM org_unit WHERE id = $1`,
    [unitId],
  );
  return rows[0] && { path: rows[0].path, validTo: rows[0].valid_to };
}

/** True when the unit has ended by `onDate` (YYYY-MM-DD, Vietnam): a unit ends at 00:00 of its valid_to. */
export function hasEnded(unit: { validTo: string | null }, onDate: string): boolean {
  return unit.validTo !== null && unit.validTo <= onDate;
}

/** LIKE patterns (escaped) matching every unit at or below the units where the user holds a role. */
export function scopeLikePrefixes(user: AuthUser): string[] {
  return [...new Set(user.assignments.map((a) => a.unitPath.replace(/[\\%_]/g, '\\$&') + '%'))];
}

const SETTING_ROLES = [Role.SECRETARY, Role.ADMIN];

/**
 * The path of a unit whose settings (rule or authority overrides) the user may change for its subtree: 404 when the
 * unit does not exist or is outside the user's scope, 403 without SECRETARY or ADMIN on it or above.
 */
export async function settingUnitPath(m: EntityManager, user: AuthUser, unitId: string): Promise<string> {
  const path = await findUnitPath(m, unitId);
  if (!path || !inScope(user, path)) throw new DomainError(ErrorCode.UNIT_NOT_FOUND, { orgUnitId: unitId });
  if (!holdsRole(user, path, SETTING_ROLES)) throw new DomainError(ErrorCode.FORBIDDEN, { requiredRoles: SETTING_ROLES });
  return path;
}
