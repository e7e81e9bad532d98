// An identifier field the server marks with `x-entity` (orgUnit, user, person, case): the official picks a unit,
// a user, a person or a case by name — searched on the server, within their own scope — and the form sends its id.
import { useQuery } from '@tanstack/react-query';
import type { WidgetProps } from '@rjsf/utils';
import { ariaDescribedByIds } from '@rjsf/utils';
import { Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';

type Unit = Schemas['OrgUnitResponse'];

interface UnitNode {
  value: string;
  title: string;
  children: UnitNode[];
}

export function unitTreeData(units: Unit[]): UnitNode[] {
  const ids = new Set(units.map((u) => u.id));
  const children = new Map<string | null, Unit[]>();
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const build = (parent: string | null): UnitNode[] =>
    (children.get(parent) ?? []).map((u) => ({ value: u.id, title: `${u.name} (${u.code})`, children: build(u.id) }));
  return build(null);
}

function UnitPicker(props: WidgetProps) {
  const { t } = useTranslation();
  const units = useQuery({ queryKey: ['org-units', 'all'], queryFn: () => unwrap(api.GET('/org-units', { params: { query: { pageSize: 500 } } })), staleTime: 5 * 60_000 });
  return (
    <TreeSelect
      id={props.id}
      aria-describedby={ariaDescribedByIds(props.id)}
      value={(props.value as string | undefined) || undefined}
      treeData={unitTreeData(units.data?.items ?? [])}
      treeDefaultExpandAll
      showSearch={{ treeNodeFilterProp: 'title' }}
      allowClear
      loading={units.isPending}
      disabled={props.disabled || props.readonly}
      placeholder={t('entity.pickUnit')}
      onChange={(v) => props.onChange(v ?? undefined)}
      style={{ width: '100%' }}
    />
  );
}

function SearchPicker(props: WidgetProps & { kind: 'user' | 'person' | 'case' }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const options = useQuery({
    queryKey: ['entity-search', props.kind, q],
    queryFn: async (): Promise<{ value: string; label: string }[]> => {
      const query = { q: q || undefined, pageSize: 20 };
      if (props.kind === 'user') {
        const page = await unwrap(api.GET('/users', { params: { query } }));
        return page.items.map((u) => ({ value: u.id, label: `${u.displayName} (${u.username})` }));
      }
      if (props.kind === 'person') {
        const page = await unwrap(api.GET('/people', { params: { query } }));
        return page.items.map((p) => ({ value: p.id, label: p.fullName }));
      }
      const page = await unwrap(api.GET('/cases', { params: { query } }));
      return page.items.map((c) => ({ value: c.id, label: c.title }));
    },
    staleTime: 30_000,
  });
  return (
    <Select
      id={props.id}
      aria-describedby={ariaDescribedByIds(props.id)}
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={(props.value as string | undefined) || undefined}
      options={options.data ?? []}
      loading={options.isFetching}
      allowClear
      disabled={props.disabled || props.readonly}
      placeholder={t(`entity.pick.${props.kind}`)}
      notFoundContent={options.isFetching ? t('loading') : t('empty')}
      onChange={(v) => props.onChange(v ?? undefined)}
      style={{ width: '100%' }}
    />
  );
}

export function EntityWidget(props: WidgetProps) {
  const kind = props.schema['x-entity'] as string | undefined;
  if (kind === 'orgUnit') return <UnitPicker {...props} />;
  if (kind === 'user' || kind === 'person' || kind === 'case') return <SearchPicker {...props} kind={kind} />;
  return null;
}
