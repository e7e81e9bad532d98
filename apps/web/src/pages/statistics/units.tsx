// The units in the user's scope (GET /org-units) as a tree to pick from, and the children used by the by-unit table.
import { useQuery } from '@tanstack/react-query';
import { TreeSelect } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';

export type OrgUnit = Schemas['OrgUnitResponse'];

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

export function useOrgUnits() {
  return useQuery({
    queryKey: ['statistics', 'org-units'],
    queryFn: () => unwrap(api.GET('/org-units', { params: { query: { pageSize: 500 } } })),
    staleTime: 10 * 60_000,
  });
}

/** Units whose parent is not in the list are roots (the top of the user's scope). */
export function rootsOf(units: OrgUnit[]): OrgUnit[] {
  const ids = new Set(units.map((u) => u.id));
  return units.filter((u) => !u.parentId || !ids.has(u.parentId));
}

export function childrenOf(units: OrgUnit[], parentId: string): OrgUnit[] {
  return units.filter((u) => u.parentId === parentId);
}

/** The units the by-unit table compares: the chosen unit's children, or under a single root its children. */
export function unitsToCompare(units: OrgUnit[], selected: string | undefined): OrgUnit[] {
  if (selected) return childrenOf(units, selected);
  const roots = rootsOf(units);
  return roots.length === 1 ? childrenOf(units, roots[0].id) : roots;
}

function tree(units: OrgUnit[]): TreeNode[] {
  const node = (u: OrgUnit): TreeNode => ({ value: u.id, title: u.name, children: childrenOf(units, u.id).map(node) });
  return rootsOf(units).map(node);
}

export function UnitPicker({ units, value, onChange }: { units: OrgUnit[]; value: string | undefined; onChange: (id: string | undefined) => void }) {
  const { t } = useTranslation('statistics');
  return (
    <TreeSelect
      aria-label={t('filters.unit')}
      style={{ minWidth: 260, maxWidth: 360 }}
      allowClear
      showSearch
      treeDefaultExpandAll
      treeNodeFilterProp="title"
      placeholder={t('filters.allUnits')}
      value={value}
      onChange={(v?: string) => onChange(v || undefined)}
      treeData={tree(units)}
    />
  );
}
