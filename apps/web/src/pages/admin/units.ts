// The organisation as the API lists it (a flat page of units, each with its parent's id), turned into the tree
// people read, plus the look-ups the administration pages share: every unit in scope, every user in scope.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, unwrap, type Schemas } from '../../api/client';
import { todayInVietnam } from '../../lib/format';

export type OrgUnit = Schemas['OrgUnitResponse'];
export type UnitLevel = OrgUnit['level'];
export type UserSummary = Schemas['UserSummaryResponse'];
export type Role = Schemas['Role'];

/** From the top of the Party's organisation to its smallest body; the order the level list offers. */
export const UNIT_LEVELS: UnitLevel[] = ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'];

export const ROLES: Role[] = [
  'TASK_FORCE_OFFICER',
  'COMMITTEE_OFFICE',
  'STANDING_COMMITTEE_MEMBER',
  'SECRETARY',
  'INSPECTION_COMMISSION_MEMBER',
  'AUDITOR',
  'IDENTITY_CUSTODIAN',
  'ADMIN',
];

export interface UnitNode {
  unit: OrgUnit;
  children: UnitNode[];
}

/**
 * The tree of a flat unit list. A unit whose parent is not in the list (outside the caller's scope) is a root.
 * Siblings keep the list's order (the API sorts by path); a cycle, which the server never produces, is cut.
 */
export function buildUnitTree(units: OrgUnit[]): UnitNode[] {
  const nodes = new Map(units.map((u) => [u.id, { unit: u, children: [] as UnitNode[] }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    if (parent && !isAncestor(node.unit.id, parent.unit, nodes)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function isAncestor(id: string, unit: OrgUnit, nodes: Map<string, UnitNode>): boolean {
  const seen = new Set<string>();
  for (let u: OrgUnit | undefined = unit; u && !seen.has(u.id); u = u.parentId ? nodes.get(u.parentId)?.unit : undefined) {
    if (u.id === id) return true;
    seen.add(u.id);
  }
  return false;
}

/** Lower case without Vietnamese accents, so "ben thanh" finds "Bến Thành". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** The level a new unit below `parent` most likely has: the next one down (a cell below a cell stays a cell). */
export function childLevel(parent: UnitLevel | undefined): UnitLevel {
  if (!parent) return 'GRASSROOTS';
  return UNIT_LEVELS[Math.min(UNIT_LEVELS.indexOf(parent) + 1, UNIT_LEVELS.length - 1)];
}

/** A user's roles grouped by unit, in the order the API gives them. */
export function rolesByUnit(roles: { unitId: string; role: Role }[]): Map<string, Role[]> {
  const byUnit = new Map<string, Role[]>();
  for (const r of roles) byUnit.set(r.unitId, [...(byUnit.get(r.unitId) ?? []), r.role]);
  return byUnit;
}

const MAX_PAGE = 500;

async function allPages<T>(load: (page: number) => Promise<{ items: T[]; total: number }>): Promise<T[]> {
  const first = await load(1);
  const items = [...first.items];
  for (let page = 2; items.length < first.total && page <= Math.ceil(first.total / MAX_PAGE); page++) {
    items.push(...(await load(page)).items);
  }
  return items;
}

/** Every unit in the caller's scope (the API pages them; the tree needs them all). */
export function useAllUnits() {
  return useQuery({
    queryKey: ['org-units', 'all'],
    queryFn: () => allPages((page) => unwrap(api.GET('/org-units', { params: { query: { page, pageSize: MAX_PAGE } } }))),
    staleTime: 60_000,
  });
}

/** Every user in the caller's scope, for the organisation page's "who works here" and the role dialog's user list. */
export function useAllUsers(enabled = true) {
  return useQuery({
    queryKey: ['users', 'all'],
    enabled,
    queryFn: () => allPages((page) => unwrap(api.GET('/users', { params: { query: { page, pageSize: MAX_PAGE } } }))),
  });
}

interface TreeOption {
  value: string;
  title: string;
  disabled: boolean;
  children: TreeOption[];
}

/** Whether a unit has ended (merged, split, absorbed, dissolved) by `today` (a Vietnam date): it reads as history. */
export const hasEnded = (unit: OrgUnit, today: string): boolean => !!unit.validTo && unit.validTo <= today;

function toOptions(nodes: UnitNode[], today: string, endedLabel: string): TreeOption[] {
  return nodes.map((n) => {
    const ended = hasEnded(n.unit, today);
    return {
      value: n.unit.id,
      title: `${n.unit.name} (${n.unit.code})${ended ? ` · ${endedLabel}` : ''}`,
      // Nothing can be created or assigned on a unit that has ended (the server answers 409 UNIT_ENDED).
      disabled: ended,
      children: toOptions(n.children, today, endedLabel),
    };
  });
}

/** The units as TreeSelect data, searchable without accents; units that have ended are shown but cannot be picked. */
export function useUnitOptions(units: OrgUnit[], endedLabel: string) {
  return useMemo(() => toOptions(buildUnitTree(units), todayInVietnam(), endedLabel), [units, endedLabel]);
}

export const filterUnitOption = (input: string, node: { title?: unknown }) => fold(String(node.title ?? '')).includes(fold(input));
