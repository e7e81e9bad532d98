// Who may do what on the rules page, as the server decides it: an override (and its re-confirmation) by the rule
// RULE_OVERRIDE.ROLES in force today — a role held on a unit of a listed level, for that unit and the units below it
// (libs/deadlines rule-override-policy.service.ts); a new general version or a new instrument by an administrator of a
// top-level unit. The server checks every request again; this only avoids offering what it would refuse.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { useAuth, type Role } from '../../../app/auth';
import { todayInVietnam } from '../../../lib/format';
import { useOrgUnits, type OrgUnit } from '../orgUnits';
import { OVERRIDE_ROLES_KEY } from './ruleValue';

export interface OverrideRolesRow {
  level: string;
  roles: string[];
}

/** The usable rows of the rule's TABLE value, or undefined when it holds none (no legal value yet). */
export function overrideRolesRows(data: unknown): OverrideRolesRow[] | undefined {
  const rows = (data as { rows?: unknown } | null)?.rows;
  if (!Array.isArray(rows)) return undefined;
  return rows.flatMap((r: unknown) => {
    const { level, roles } = (r ?? {}) as { level?: unknown; roles?: unknown };
    return typeof level === 'string' && Array.isArray(roles) ? [{ level, roles: roles.filter((x): x is string => typeof x === 'string') }] : [];
  });
}

/** Units (of `units`) at or below one where the user holds a role the rule lists for that unit's level. */
export function overridableUnits(units: OrgUnit[], assignments: { unitId: string; role: Role }[], rows: OverrideRolesRow[]): OrgUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const roots = new Set(
    assignments.filter((a) => rows.some((r) => r.level === byId.get(a.unitId)?.level && r.roles.includes(a.role))).map((a) => a.unitId),
  );
  return underRoots(units, roots);
}

function underRoots(units: OrgUnit[], roots: Set<string>): OrgUnit[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const under = (u: OrgUnit | undefined, depth = 0): boolean =>
    !!u && depth < 64 && (roots.has(u.id) || under(u.parentId ? byId.get(u.parentId) : undefined, depth + 1));
  return units.filter((u) => under(u));
}

/** Roles that could be given the right when the rule cannot be read: the server then decides and says why not. */
const FALLBACK_ROLES: Role[] = ['SECRETARY', 'STANDING_COMMITTEE_MEMBER', 'ADMIN'];

export function useRulePermissions() {
  const { me } = useAuth();
  const org = useOrgUnits();
  const today = todayInVietnam();
  const policy = useQuery({
    queryKey: ['rules', 'override-policy', today],
    queryFn: () => unwrap(api.GET('/rules', { params: { query: { key: OVERRIDE_ROLES_KEY, asOf: today, page: 1, pageSize: 20 } } })),
    staleTime: 5 * 60_000,
  });
  const assignments = me?.assignments ?? [];
  const row = policy.data?.items.find((r) => r.key === OVERRIDE_ROLES_KEY && r.orgUnitId === null);
  const rows = row ? overrideRolesRows(row.valueData) : undefined;
  const settled = policy.isSuccess || policy.isError;
  const overridable = rows
    ? overridableUnits(org.units, assignments, rows)
    : settled
      ? underRoots(org.units, new Set(assignments.filter((a) => FALLBACK_ROLES.includes(a.role)).map((a) => a.unitId)))
      : [];
  const topAdmin = assignments.some((a) => a.role === 'ADMIN' && org.byId.get(a.unitId)?.parentId === null);
  return { ...org, overridable, overridableIds: new Set(overridable.map((u) => u.id)), topAdmin, policyKnown: rows !== undefined };
}
