// The cases in scope and the search over them (GET /cases): the header's search box lands here with ?q=; the server
// matches titles, summaries, subjects and document names without regard to case or accents.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Input, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDate } from '../../lib/format';
import { CaseTitleLink, serverPagination, UnitsCell, useWide } from '../inbox/caseCells';
import { ToneTag } from '../inbox/DueCell';
import { useProcedures, useUnits } from '../inbox/reference';

type CaseSummary = Schemas['CaseSummaryResponse'];
type Status = CaseSummary['status'];
const STATUSES: Status[] = ['OPEN', 'CLOSED'];

export default function CasesPage() {
  const { t, i18n } = useTranslation('inbox');
  const [search, setSearch] = useSearchParams();
  const q = search.get('q')?.trim() ?? '';
  const procedureId = search.get('procedureId') ?? undefined;
  const statusParam = search.get('status');
  const status = (STATUSES as string[]).includes(statusParam ?? '') ? (statusParam as Status) : undefined;
  const page = Math.max(1, Number(search.get('page')) || 1);
  const pageSize = [10, 20, 50, 100].includes(Number(search.get('pageSize'))) ? Number(search.get('pageSize')) : 20;
  const procedures = useProcedures();
  const wide = useWide();
  const units = useUnits();
  const [typed, setTyped] = useState(q);
  useEffect(() => setTyped(q), [q]);

  const query = { page, pageSize, ...(q ? { q } : {}), ...(procedureId ? { procedureId } : {}), ...(status ? { status } : {}) };
  const cases = useQuery({
    queryKey: ['cases', query],
    queryFn: () => unwrap(api.GET('/cases', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  const update = (patch: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(search);
    if (!('page' in patch)) next.delete('page');
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '' || (k === 'page' && v === 1)) next.delete(k);
      else next.set(k, String(v));
    }
    setSearch(next);
  };

  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('table.title'),
      dataIndex: 'title',
      render: (_, r) => <CaseTitleLink id={r.id} title={r.title} procedure={wide ? undefined : procedures.titleOf(r.procedureId)} />,
    },
    ...(wide ? [{ title: t('table.procedure'), dataIndex: 'procedureId', width: 210, render: (id: string) => procedures.titleOf(id) }] : []),
    { title: t('table.state'), dataIndex: 'stateLabel', width: 160 },
    {
      title: t('table.units'),
      key: 'units',
      width: 190,
      render: (_, r) => <UnitsCell unit={units.nameOf(r.orgUnitId)} assignedUnit={units.nameOf(r.assignedUnitId) || undefined} />,
    },
    { title: t('table.receivedAt'), dataIndex: 'receivedAt', width: 120, render: (d: string) => formatDate(d) },
    {
      title: t('table.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: Status) => <ToneTag tone={s === 'OPEN' ? 'blue' : 'default'}>{t(`cases.status.${s}`)}</ToneTag>,
    },
  ];

  const total = cases.data?.total ?? 0;
  // Above its bound (10,000) the server stops counting: "more than 10.000", and the pages reach that far.
  const exact = cases.data?.totalExact ?? true;
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);
  const count = exact ? t('cases.count', { count: total }) : t('cases.countMore', { n: number(total) });
  const filtered = !!(procedureId || status);

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('cases.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Space wrap size={8}>
          <Input.Search
            aria-label={t('cases.search')}
            placeholder={t('cases.searchPlaceholder')}
            allowClear
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            onSearch={(v) => update({ q: v.trim() || undefined })}
            style={{ width: 340 }}
          />
          <Select
            aria-label={t('filters.procedure')}
            placeholder={t('filters.allProcedures')}
            allowClear
            value={procedureId}
            onChange={(v?: string) => update({ procedureId: v })}
            options={procedures.procedures.map((p) => ({ value: p.id, label: p.title }))}
            style={{ width: 300 }}
            popupMatchSelectWidth={false}
          />
          <Select
            aria-label={t('cases.statusFilter')}
            placeholder={t('cases.allStatuses')}
            allowClear
            value={status}
            onChange={(v?: string) => update({ status: v })}
            options={STATUSES.map((s) => ({ value: s, label: t(`cases.status.${s}`) }))}
            style={{ width: 160 }}
          />
        </Space>
      </Card>
      <Typography.Paragraph role="status" style={{ marginBottom: 8 }}>
        {cases.data &&
          (q ? (
            <>
              {t('cases.resultsFor')} <Typography.Text strong>“{q}”</Typography.Text>: {count}
            </>
          ) : (
            count
          ))}
      </Typography.Paragraph>
      {cases.error ? (
        <ApiErrorAlert error={cases.error} onRetry={() => void cases.refetch()} />
      ) : (
        <Table<CaseSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={cases.data?.items ?? []}
          loading={cases.isFetching}
          scroll={{ x: 760 }}
          locale={{
            emptyText: cases.isPending ? ' ' : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={q ? t('cases.emptySearch', { q }) : filtered ? t('cases.emptyFiltered') : t('cases.empty')}
              />
            ),
          }}
          pagination={serverPagination(cases.data, (p, size) => update({ page: p, pageSize: size }), (n, from, to) =>
            exact ? t('table.total', { total: n, from, to }) : t('table.totalMore', { total: number(n), from, to }),
          )}
        />
      )}
    </>
  );
}
