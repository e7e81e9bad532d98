import type { EntityManager } from 'typeorm';
import type { AuthUser } from './auth-user';

/** The materialised path of a unit, or undefined when it does not exist (run on the caller's connection). */
export async function findUnitPath(m: EntityManager, unitId: string): Promise<string | undefined> {
  const rows: { path: string }[] = await m.query(`SELECT path FROM org_unit WHERE id = $1`, [unitId]);
  return rows[0]?.path;
}

/** LIKE patterns (escaped) matching every unit at or below the units where the user holds a role. */
export function scopeLikePrefixes(user: AuthUser): string[] {
  return [...new Set(user.assignments.map((a) => a.unitPath.replace(/[\\%_]/g, '\\$&') + '%'))];
}
