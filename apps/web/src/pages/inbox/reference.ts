// What the officer's pages look names up in: the procedures (titles, Vietnamese state labels, who may register) and
// the units in scope. Both change rarely, so they are cached for a few minutes.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';

export type ProcedureSummary = Schemas['ProcedureSummaryResponse'];
export type OrgUnit = Schemas['OrgUnitResponse'];

export interface ProcedureInfo {
  id: string;
  title: string;
  /** The newest version (what a new case runs). */
  latestVersion: number;
  createRoles: string[];
  /** Registering asks for the protected identity of whoever gave the information (1374, denunciations). */
  takesReporter: boolean;
  /** State path → Vietnamese label, over every version (the newest version's label wins). */
  states: Record<string, string>;
}

/** One entry per procedure, from GET /procedures (which lists each version). */
export function summarise(list: ProcedureSummary[]): ProcedureInfo[] {
  const byId = new Map<string, ProcedureSummary[]>();
  for (const p of list) byId.set(p.id, [...(byId.get(p.id) ?? []), p]);
  return [...byId.values()].map((versions) => {
    const sorted = [...versions].sort((a, b) => a.version - b.version);
    const latest = sorted[sorted.length - 1];
    return {
      id: latest.id,
      title: latest.title,
      latestVersion: latest.version,
      createRoles: latest.createRoles,
      takesReporter: latest.takesReporter === true,
      states: Object.assign({}, ...sorted.map((v) => v.states)) as Record<string, string>,
    };
  });
}

export function useProcedures() {
  const query = useQuery({
    queryKey: ['procedures'],
    queryFn: () => unwrap(api.GET('/procedures')),
    staleTime: 10 * 60_000,
  });
  const procedures = useMemo(() => summarise(query.data ?? []), [query.data]);
  const byId = useMemo(() => new Map(procedures.map((p) => [p.id, p])), [procedures]);
  return {
    ...query,
    procedures,
    byId,
    titleOf: (id: string) => byId.get(id)?.title ?? id,
    stateLabel: (procedureId: string, state: string) => byId.get(procedureId)?.states[state] ?? state,
  };
}

export function useUnits() {
  const query = useQuery({
    queryKey: ['org-units', 'in-scope'],
    queryFn: () => unwrap(api.GET('/org-units', { params: { query: { page: 1, pageSize: 500 } } })),
    staleTime: 10 * 60_000,
  });
  const units = useMemo(() => query.data?.items ?? [], [query.data]);
  const byId = useMemo(() => new Map(units.map((u) => [u.id, u])), [units]);
  return { ...query, units, byId, nameOf: (id: string | null | undefined) => (id ? (byId.get(id)?.name ?? '') : '') };
}

export interface UnitTreeNode {
  value: string;
  title: string;
  children: UnitTreeNode[];
}

/** The flat list of units as the tree people know (for a TreeSelect); a unit whose parent is out of scope is a root. */
export function unitTree(units: OrgUnit[]): UnitTreeNode[] {
  const ids = new Set(units.map((u) => u.id));
  const nodes = new Map<string, UnitTreeNode>(units.map((u) => [u.id, { value: u.id, title: u.name, children: [] }]));
  const roots: UnitTreeNode[] = [];
  for (const u of units) {
    const node = nodes.get(u.id)!;
    if (u.parentId && ids.has(u.parentId)) nodes.get(u.parentId)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}
