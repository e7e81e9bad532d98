// Rules as dated data: every legal value (deadlines, counts, shares, lists, tables) with its period, instrument,
// basis and confidence, and the committee overrides in scope (the first tab, in this chunk); "Quy tắc áp dụng" (which
// row applies to a unit on a date, and why), the register of legal instruments and, for an administrator of a
// top-level unit, a new general version: each in its own chunk, loaded when its tab is first opened.
import { Flex, Spin, Tabs, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { useRulePermissions } from './rules/permissions';
import { RulesTable } from './rules/RulesTable';

const ResolvePanel = lazy(() => import('./rules/ResolvePanel'));
const InstrumentsPanel = lazy(() => import('./rules/InstrumentsPanel'));
const RuleVersionPanel = lazy(() => import('./rules/RuleVersionPanel'));

const TABS = ['bang', 'ap-dung', 'van-ban', 'phien-ban'] as const;
type Tab = (typeof TABS)[number];

const later = (node: ReactNode) => <Suspense fallback={<Spin />}>{node}</Suspense>;

export default function RulesPage() {
  const { t } = useTranslation('rules');
  const access = useRulePermissions();
  const [params, setParams] = useSearchParams();
  const asked = params.get('tab') as Tab | null;
  const tab: Tab = asked && TABS.includes(asked) && (asked !== 'phien-ban' || access.topAdmin) ? asked : 'bang';
  // A link to the administrator's tab waits for the units that say whether the user is one.
  const deciding = asked === 'phien-ban' && access.isPending;

  const items = [
    { key: 'bang', label: t('tabs.table'), children: <RulesTable access={access} /> },
    { key: 'ap-dung', label: t('tabs.resolve'), children: later(<ResolvePanel access={access} />) },
    { key: 'van-ban', label: t('tabs.instruments'), children: later(<InstrumentsPanel canCreate={access.topAdmin} />) },
    ...(access.topAdmin ? [{ key: 'phien-ban', label: t('tabs.version'), children: later(<RuleVersionPanel access={access} />) }] : []),
  ];

  return (
    <Flex vertical gap={8}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('title')}</Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      {deciding ? (
        <Spin />
      ) : (
        <Tabs activeKey={tab} onChange={(k) => setParams(k === 'bang' ? {} : { tab: k }, { replace: true })} items={items} />
      )}
    </Flex>
  );
}
