// The secretary's / standing committee's queue: cases waiting for a step this user decides or approves, nearest
// due date first, with the steps awaiting as tags (those needing a separation-of-duties reason marked in words).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Empty, Flex, Select, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../lib/format';
import { useOrgUnits } from '../settings/orgUnits';
import { fetchAwaiting, type AwaitingItem } from './awaitingApi';
import { DueCell } from './DueCell';

const PAGE_SIZE = 20;

export default function DecisionsPage() {
  const { t } = useTranslation('decisions');
  const { t: tc, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const procedureId = params.get('thu-tuc') ?? undefined;
  const unitId = params.get('don-vi') ?? undefined;
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const pageSize = Number(params.get('so-dong')) || PAGE_SIZE;

  const org = useOrgUnits();
  const procedures = useQuery({
    queryKey: ['procedures'],
    queryFn: () => unwrap(api.GET('/procedures')),
    staleTime: 10 * 60_000,
  });
  const queue = useQuery({
    queryKey: ['inbox', 'awaiting-me', { procedureId, unitId, page, pageSize }],
    queryFn: () => fetchAwaiting({ page, pageSize, procedureId, unitId }),
    placeholderData: keepPreviousData,
  });

  const setParam = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) if (v) next.set(k, v); else next.delete(k);
    setParams(next, { replace: true });
  };

  const procedureOptions = [...new Map((procedures.data ?? []).map((p) => [p.id, p.title])).entries()].map(([value, label]) => ({ value, label }));
  const unitOptions = org.units.map((u) => ({ value: u.id, label: u.name }));
  const unitName = (id: string | null) => (id ? org.nameOf(id) ?? t('queue.unknownUnit') : undefined);

  const columns: ColumnsType<AwaitingItem> = [
    {
      title: t('queue.columns.title'),
      key: 'title',
      onCell: () => ({ style: { minWidth: 180 } }),
      render: (_, c) => <Link to={`/vu-viec/${c.id}`}>{c.title}</Link>,
    },
    { title: t('queue.columns.procedure'), dataIndex: 'procedureTitle', key: 'procedure', responsive: ['lg'] },
    { title: t('queue.columns.state'), dataIndex: 'stateLabel', key: 'state', onCell: () => ({ style: { minWidth: 120 } }) },
    {
      title: t('queue.columns.steps'),
      key: 'steps',
      render: (_, c) => (
        <Flex wrap gap={4}>
          {c.events.map((e) =>
            e.requiresSeparationReason ? (
              <Tooltip key={e.type} title={t('queue.separationHint')}>
                <Tag tabIndex={0} style={{ whiteSpace: 'normal', color: '#613400', background: '#fffbe6', borderColor: '#ffe58f' }}>{e.label} · {t('queue.separation')}</Tag>
              </Tooltip>
            ) : (
              <Tag key={e.type} style={{ whiteSpace: 'normal', color: '#003a8c', background: '#e6f4ff', borderColor: '#91caff' }}>{e.label}</Tag>
            ),
          )}
        </Flex>
      ),
    },
    { title: t('queue.columns.due'), key: 'due', width: 130, render: (_, c) => <DueCell dueAt={c.dueAt} /> },
    {
      title: t('queue.columns.unit'),
      key: 'unit',
      render: (_, c) => (
        <Flex vertical>
          <span>{unitName(c.orgUnitId)}</span>
          {c.assignedUnitId && c.assignedUnitId !== c.orgUnitId && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('queue.assignedTo', { unit: unitName(c.assignedUnitId) })}</Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: t('queue.columns.received'), key: 'received', width: 140, responsive: ['xl'], render: (_, c) => formatDateTime(c.receivedAt) },
  ];

  const filtered = !!(procedureId || unitId);
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('queue.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('queue.intro')}</Typography.Text>
      </div>
      <Flex wrap gap={8}>
        <Select
          aria-label={t('queue.filterProcedure')}
          style={{ minWidth: 260 }}
          allowClear
          placeholder={t('queue.allProcedures')}
          value={procedureId}
          loading={procedures.isPending}
          options={procedureOptions}
          onChange={(v?: string) => setParam({ 'thu-tuc': v, trang: undefined })}
        />
        <Select
          aria-label={t('queue.filterUnit')}
          style={{ minWidth: 240 }}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('queue.allUnits')}
          value={unitId}
          loading={org.isPending}
          options={unitOptions}
          onChange={(v?: string) => setParam({ 'don-vi': v, trang: undefined })}
        />
      </Flex>
      {queue.error ? (
        <ApiErrorAlert error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table<AwaitingItem>
          aria-label={t('queue.tableLabel')}
          rowKey="id"
          size="middle"
          loading={queue.isFetching}
          columns={columns}
          dataSource={queue.data?.items ?? []}
          locale={{ emptyText: queue.isPending ? tc('loading') : <Empty description={filtered ? t('queue.emptyFiltered') : t('queue.empty')} /> }}
          pagination={{
            current: queue.data?.page ?? page,
            pageSize: queue.data?.pageSize ?? pageSize,
            total: queue.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            hideOnSinglePage: false,
            // Above its bound (10,000) the server stops counting (totalExact false): "of more than 10.000".
            showTotal: (total, [from, to]) =>
              queue.data?.totalExact === false
                ? tc('pageOfMore', { from, to, total: new Intl.NumberFormat(i18n.language).format(total) })
                : tc('pageOf', { from, to, total }),
            onChange: (p, s) => setParam({ trang: p > 1 ? String(p) : undefined, 'so-dong': s !== PAGE_SIZE ? String(s) : undefined }),
          }}
        />
      )}
    </Flex>
  );
}
