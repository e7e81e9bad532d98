// Which procedures the user can register, and at which units: a role among the procedure's `createRoles`, held on
// the unit or on a unit above it (as the server checks). The server decides again; this only avoids offering what
// it would refuse.
import type { OrgUnit, ProcedureInfo } from './reference';

export interface Assignment {
  unitId: string;
  role: string;
}

/** The procedure offered first when the user has not chosen one before. */
export const PREFERRED_PROCEDURE = 'quy-dinh-1374';
const LAST_PROCEDURE_KEY = 'hoso.register.lastProcedure';

export function creatableProcedures(procedures: ProcedureInfo[], assignments: Assignment[]): ProcedureInfo[] {
  const roles = new Set(assignments.map((a) => a.role));
  const list = procedures.filter((p) => p.createRoles.some((r) => roles.has(r)));
  return list.sort((a, b) => Number(b.id === PREFERRED_PROCEDURE) - Number(a.id === PREFERRED_PROCEDURE) || a.title.localeCompare(b.title, 'vi'));
}

/** Units (of `units`) at or below one where the user holds one of `roles`, in the list's order. */
export function unitsWithRole(units: OrgUnit[], assignments: Assignment[], roles: string[]): OrgUnit[] {
  const roots = new Set(assignments.filter((a) => roles.includes(a.role)).map((a) => a.unitId));
  const byId = new Map(units.map((u) => [u.id, u]));
  const under = (u: OrgUnit | undefined, depth = 0): boolean =>
    !!u && depth < 64 && (roots.has(u.id) || under(u.parentId ? byId.get(u.parentId) : undefined, depth + 1));
  return units.filter((u) => under(u));
}

/** The unit proposed first: the highest unit where the user holds a creating role. */
export function defaultUnit(units: OrgUnit[], assignments: Assignment[], roles: string[]): string | undefined {
  const allowed = new Set(unitsWithRole(units, assignments, roles).map((u) => u.id));
  return assignments.find((a) => roles.includes(a.role) && allowed.has(a.unitId))?.unitId ?? [...allowed][0];
}

export function rememberProcedure(id: string): void {
  localStorage.setItem(LAST_PROCEDURE_KEY, id);
}

export function initialProcedure(creatable: ProcedureInfo[], fromUrl: string | null): string | undefined {
  const ids = creatable.map((p) => p.id);
  for (const wanted of [fromUrl, localStorage.getItem(LAST_PROCEDURE_KEY)]) if (wanted && ids.includes(wanted)) return wanted;
  return ids[0];
}
