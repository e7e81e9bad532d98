// The deadline rules: each rule's deadline, how it is counted, its legal basis and confidence, and the committee
// overrides in the user's scope (with unit and reason). A secretary or administrator may add an override.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useSettableUnits } from './orgUnits';
import { RuleOverrideModal } from './RuleOverrideModal';
import { BasisCell, ScopeCell } from './settingsShared';

type Rule = Schemas['LegalRuleResponse'];

export default function RulesPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [editing, setEditing] = useState<{ key?: string } | undefined>();
  const org = useSettableUnits();
  const canOverride = org.settable.length > 0;

  const rules = useQuery({
    queryKey: ['rules', { page, pageSize }],
    queryFn: () => unwrap(api.GET('/rules', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });

  const amount = (value: number | null, unit: Rule['unit']) =>
    value === null ? t('rules.noDeadline') : t('rules.valueText', { value, unit: t(`rules.units.${unit}`) });

  const columns: ColumnsType<Rule> = [
    {
      title: t('rules.columns.rule'),
      key: 'rule',
      onCell: () => ({ style: { minWidth: 200 } }),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.description ?? r.key}</span>
          <Typography.Text type="secondary" code style={{ fontSize: 12, alignSelf: 'start' }}>{r.key}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('rules.columns.value'),
      key: 'value',
      width: 120,
      render: (_, r) => <Typography.Text strong={r.value !== null} type={r.value === null ? 'secondary' : undefined}>{amount(r.value, r.unit)}</Typography.Text>,
    },
    {
      title: t('rules.columns.start'),
      key: 'start',
      width: 210,
      responsive: ['lg'],
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{[r.startEvent, t(`rules.conventions.${r.startConvention}`, { defaultValue: r.startConvention })].filter(Boolean).join(', ')}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.extensionValue && r.extensionMaxCount
              ? t('rules.extensionText', { value: r.extensionValue, unit: t(`rules.units.${r.unit}`), count: r.extensionMaxCount })
              : t('rules.noExtension')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('basis'),
      key: 'basis',
      onCell: () => ({ style: { minWidth: 180 } }),
      render: (_, r) => <BasisCell legalBasis={r.legalBasis} sourceRef={r.sourceRef} confidence={r.confidence} />,
    },
    {
      title: t('scope'),
      key: 'scope',
      width: 170,
      render: (_, r) => <ScopeCell orgUnitId={r.orgUnitId} reason={r.reason} effectiveFrom={r.effectiveFrom} unitName={org.nameOf} />,
    },
  ];
  if (canOverride) {
    columns.push({
      title: tc('actions'),
      key: 'actions',
      width: 100,
      render: (_, r) =>
        r.orgUnitId === null && (
          <Button size="small" aria-label={t('rules.adjustLabel', { key: r.key })} onClick={() => setEditing({ key: r.key })}>
            {t('rules.adjust')}
          </Button>
        ),
    });
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div style={{ flex: '1 1 480px' }}>
          <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('rules.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('rules.intro')}</Typography.Text>
        </div>
        {canOverride && <Button type="primary" onClick={() => setEditing({})}>{t('rules.add')}</Button>}
      </Flex>
      {rules.error ? (
        <ApiErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<Rule>
          aria-label={t('rules.tableLabel')}
          rowKey="id"
          size="small"
          loading={rules.isFetching}
          columns={columns}
          dataSource={rules.data?.items ?? []}
          onRow={(r) => (r.orgUnitId ? { style: { background: '#f9f0ff' } } : {})}
          pagination={{
            current: rules.data?.page ?? page,
            pageSize: rules.data?.pageSize ?? pageSize,
            total: rules.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total, [from, to]) => tc('pageOf', { from, to, total }),
            onChange: (p, s) => {
              setPage(s !== pageSize ? 1 : p);
              setPageSize(s);
            },
          }}
        />
      )}
      <RuleOverrideModal open={editing !== undefined} initialKey={editing?.key} units={org.settable} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
