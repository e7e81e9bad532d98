// The organisation tree: built from the flat unit list, each unit with its code and level, an ended unit greyed with
// the day it ended; a search by name or code (accents optional) keeps the matching units and the path down to them.
import { Empty, Input, Space, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCivilDate } from '../../lib/format';
import { buildUnitTree, fold, type OrgUnit, type UnitNode } from './units';

/** The nodes that match, with their ancestors; undefined when nothing is searched. */
function prune(nodes: UnitNode[], matches: (u: OrgUnit) => boolean): UnitNode[] {
  return nodes.flatMap((n) => {
    const children = prune(n.children, matches);
    return matches(n.unit) || children.length > 0 ? [{ unit: n.unit, children }] : [];
  });
}

function keysOf(nodes: UnitNode[]): string[] {
  return nodes.flatMap((n) => [n.unit.id, ...keysOf(n.children)]);
}

export function UnitTree(props: {
  units: OrgUnit[];
  /** Units that have ended, with the day they ended ('YYYY-MM-DD'). */
  ended?: Map<string, string>;
  selected?: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('admin');
  const [query, setQuery] = useState('');
  const tree = useMemo(() => buildUnitTree(props.units), [props.units]);
  const [expanded, setExpanded] = useState<string[]>(() => keysOf(tree));

  const q = fold(query.trim());
  // A code's hyphens count as spaces: "ben thanh" finds DU-BEN-THANH too.
  const shown = useMemo(() => {
    if (!q) return tree;
    const words = q.replace(/-/g, ' ');
    return prune(tree, (u) => fold(u.name).includes(q) || fold(u.code).replace(/-/g, ' ').includes(words));
  }, [tree, q]);

  const toData = (nodes: UnitNode[]): DataNode[] =>
    nodes.map(({ unit, children }) => {
      const ended = props.ended?.get(unit.id);
      return {
        key: unit.id,
        title: (
          <Space size={6} wrap>
            <Typography.Text type={ended ? 'secondary' : undefined} style={{ fontWeight: q && fold(unit.name).includes(q) ? 600 : undefined }}>
              {unit.name}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{unit.code}</Typography.Text>
            <Tag style={{ marginInlineEnd: 0 }}>{t(`levels.${unit.level}`)}</Tag>
            {ended && (
              <Tag variant="filled" style={{ marginInlineEnd: 0 }}>{t('organisation.ended', { date: formatCivilDate(ended) })}</Tag>
            )}
          </Space>
        ),
        children: toData(children),
      };
    });

  return (
    <>
      <Input.Search
        aria-label={t('organisation.searchLabel')}
        placeholder={t('organisation.search')}
        allowClear
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        style={{ marginBottom: 12 }}
      />
      {shown.length === 0 ? (
        <Empty description={q ? t('organisation.noMatch', { q: query.trim() }) : t('organisation.noUnits')} />
      ) : (
        <Tree
          aria-label={t('organisation.treeTitle')}
          blockNode
          showLine
          treeData={toData(shown)}
          // While searching, everything that remains is open; otherwise the user's own opening and closing.
          expandedKeys={q ? keysOf(shown) : expanded}
          onExpand={(keys) => !q && setExpanded(keys.map(String))}
          selectedKeys={props.selected ? [props.selected] : []}
          onSelect={(keys) => keys.length > 0 && props.onSelect(String(keys[0]))}
        />
      )}
    </>
  );
}
