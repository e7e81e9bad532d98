// The discipline authority table: which body may impose which form on whom, with basis and confidence, and the
// committee overrides in scope. A secretary or administrator may fill in or change a cell for their unit's subtree.
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AuthorityOverrideModal, type AuthorityCell } from './AuthorityOverrideModal';
import { useSettableUnits } from './orgUnits';
import { BasisCell, ScopeCell, TEXT_NO, TEXT_OK } from './settingsShared';

type Row = Schemas['AuthorityRowResponse'];

export default function AuthorityPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [editing, setEditing] = useState<{ cell?: AuthorityCell } | undefined>();
  const org = useSettableUnits();
  const canOverride = org.settable.length > 0;

  const rows = useQuery({
    queryKey: ['discipline-authority', { page, pageSize }],
    queryFn: () => unwrap(api.GET('/discipline/authority', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });

  const columns: ColumnsType<Row> = [
    {
      title: t('authority.columns.body'),
      key: 'body',
      width: 190,
      render: (_, r) => (
        <Flex vertical>
          <span>{t(`authority.bodyKinds.${r.bodyKind}`)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.bodyLevel ? t(`authority.levels.${r.bodyLevel}`) : t('authority.anyLevel')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('authority.columns.subject'), key: 'subject', width: 150, render: (_, r) => t(`authority.subjects.${r.subjectKind}`) },
    { title: t('authority.columns.form'), key: 'form', width: 110, render: (_, r) => t(`authority.forms.${r.form}`) },
    {
      title: t('authority.columns.allowed'),
      key: 'allowed',
      width: 200,
      render: (_, r) => (
        <Flex vertical gap={2}>
          {r.allowed ? (
            <Typography.Text strong style={{ color: TEXT_OK }}><CheckOutlined aria-hidden /> {t('authority.allowed')}</Typography.Text>
          ) : (
            <Typography.Text style={{ color: TEXT_NO }}><CloseOutlined aria-hidden /> {t('authority.notAllowed')}</Typography.Text>
          )}
          {r.allowed && r.notForUpperAssignedTask && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('authority.notForUpper')}</Typography.Text>}
        </Flex>
      ),
    },
    { title: t('basis'), key: 'basis', render: (_, r) => <BasisCell legalBasis={r.legalBasis} sourceRef={r.sourceRef} confidence={r.confidence} /> },
    {
      title: t('scope'),
      key: 'scope',
      width: 190,
      render: (_, r) => <ScopeCell orgUnitId={r.orgUnitId} reason={r.reason} effectiveFrom={r.effectiveFrom} unitName={org.nameOf} />,
    },
  ];
  if (canOverride) {
    columns.push({
      title: tc('actions'),
      key: 'actions',
      width: 110,
      render: (_, r) => (
        <Button
          size="small"
          aria-label={t('authority.adjustLabel', {
            body: t(`authority.bodyKinds.${r.bodyKind}`),
            subject: t(`authority.subjects.${r.subjectKind}`),
            form: t(`authority.forms.${r.form}`),
          })}
          onClick={() => setEditing({ cell: r })}
        >
          {t('authority.adjust')}
        </Button>
      ),
    });
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" gap={16} wrap>
        <div style={{ flex: '1 1 480px' }}>
          <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('authority.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('authority.intro')}</Typography.Text>
        </div>
        {canOverride && <Button type="primary" onClick={() => setEditing({})}>{t('authority.add')}</Button>}
      </Flex>
      {rows.error ? (
        <ApiErrorAlert error={rows.error} onRetry={() => void rows.refetch()} />
      ) : (
        <Table<Row>
          aria-label={t('authority.tableLabel')}
          rowKey="id"
          size="small"
          loading={rows.isFetching}
          columns={columns}
          dataSource={rows.data?.items ?? []}
          onRow={(r) => (r.orgUnitId ? { style: { background: '#f9f0ff' } } : {})}
          pagination={{
            current: rows.data?.page ?? page,
            pageSize: rows.data?.pageSize ?? pageSize,
            total: rows.data?.total ?? 0,
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
      <AuthorityOverrideModal open={editing !== undefined} initial={editing?.cell} units={org.settable} onClose={() => setEditing(undefined)} />
    </Flex>
  );
}
