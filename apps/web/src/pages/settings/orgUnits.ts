// The units in the user's scope (GET /org-units), by id, and the units whose settings the user may change: those at
// or below a unit where they are SECRETARY or ADMIN. The server checks again (settingUnitPath); this only keeps the
// choice to units that will not be refused.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { useAuth, type Role } from '../../app/auth';

export type OrgUnit = Schemas['OrgUnitResponse'];

const SETTING_ROLES: Role[] = ['SECRETARY', 'ADMIN'];

export function useOrgUnits() {
  const query = useQuery({
    queryKey: ['org-units', 'all'],
    queryFn: () => unwrap(api.GET('/org-units', { params: { query: { page: 1, pageSize: 500 } } })),
    staleTime: 5 * 60_000,
  });
  const units = query.data?.items ?? [];
  const byId = new Map(units.map((u) => [u.id, u]));
  return { ...query, units, byId, nameOf: (id: string | null | undefined) => (id ? byId.get(id)?.name : undefined) };
}

/** Units (of `units`) at or below one where the user holds SECRETARY or ADMIN. */
export function settableUnits(units: OrgUnit[], assignments: { unitId: string; role: Role }[]): OrgUnit[] {
  const roots = new Set(assignments.filter((a) => SETTING_ROLES.includes(a.role)).map((a) => a.unitId));
  const byId = new Map(units.map((u) => [u.id, u]));
  const underRoot = (u: OrgUnit | undefined, depth = 0): boolean =>
    !!u && depth < 64 && (roots.has(u.id) || underRoot(u.parentId ? byId.get(u.parentId) : undefined, depth + 1));
  return units.filter((u) => underRoot(u));
}

export function useSettableUnits() {
  const { me } = useAuth();
  const org = useOrgUnits();
  return { ...org, settable: settableUnits(org.units, me?.assignments ?? []) };
}
