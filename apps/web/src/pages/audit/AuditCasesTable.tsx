// The cases in the auditor's scope with, for the rows on screen only, the verification of each timeline's hash
// chain; per row: open the case, read its access log, export its timeline (CSV/PDF, named by the server).
import { DownOutlined, FileTextOutlined, HistoryOutlined } from '@ant-design/icons';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, Flex, Grid, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { download } from '../../api/files';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDate } from '../../lib/format';
import { proceduresQuery } from '../statistics/queries';
import { AccessLogDrawer } from './AccessLogDrawer';
import { IntegrityBadge, IntegrityDetails, type VerifyAnswer } from './integrity';

type CaseRow = Schemas['CaseSummaryResponse'];

const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

export const verifyQuery = (id: string) => ({
  queryKey: ['audit', 'verify', id],
  queryFn: () => unwrap(api.GET('/cases/{id}/timeline/verify', { params: { path: { id } } })) as Promise<VerifyAnswer>,
  // Each check is written to the case's access log: do not repeat it on every render or focus.
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: false,
});

export function AuditCasesTable() {
  const { t } = useTranslation('audit');
  const { hasRole } = useAuth();
  // The server allows the access log and the export to auditors and secretaries (of the case's unit or above).
  const mayReadLog = hasRole('AUDITOR', 'SECRETARY');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  // Below 1200 px (tablet) the row actions wrap instead of widening the table.
  const wide = !!Grid.useBreakpoint().xl;
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [q, setQ] = useState('');
  const [procedureId, setProcedureId] = useState<string>();
  const [logOf, setLogOf] = useState<{ id: string; title: string }>();
  const [exportState, setExportState] = useState<Record<string, { busy?: boolean; error?: string }>>({});

  const procedures = useQuery(proceduresQuery);
  const titleOf = (id: string) => procedures.data?.find((p) => p.id === id)?.title ?? id;
  const cases = useQuery({
    queryKey: ['audit', 'cases', { page, pageSize, q, procedureId }],
    queryFn: () => unwrap(api.GET('/cases', { params: { query: { page, pageSize, q: q || undefined, procedureId } } })),
    placeholderData: (previous) => previous,
  });
  const rows = cases.data?.items ?? [];
  const verifications = useQueries({ queries: rows.map((c) => verifyQuery(c.id)) });
  const verifyOf = (id: string) => verifications[rows.findIndex((r) => r.id === id)];

  const exportTimeline = async (c: CaseRow, format: 'csv' | 'pdf') => {
    setExportState((s) => ({ ...s, [c.id]: { busy: true } }));
    try {
      await download(`/cases/${encodeURIComponent(c.id)}/timeline/export?format=${format}`, `dien-bien-vu-viec-${c.id}.${format}`);
      setExportState((s) => ({ ...s, [c.id]: {} }));
    } catch (e) {
      setExportState((s) => ({ ...s, [c.id]: { error: t('actions.exportFailed', { message: e instanceof Error ? e.message : String(e) }) } }));
    }
  };

  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8}>
        <Input.Search
          aria-label={t('filters.search')}
          placeholder={t('filters.searchPlaceholder')}
          allowClear
          style={{ width: 360, maxWidth: '100%' }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        <Select
          aria-label={t('filters.procedure')}
          allowClear
          placeholder={t('filters.allProcedures')}
          style={{ width: 380, maxWidth: '100%' }}
          value={procedureId}
          onChange={(v?: string) => {
            setProcedureId(v || undefined);
            setPage(1);
          }}
          options={(procedures.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
          popupMatchSelectWidth={false}
        />
      </Flex>
      {cases.error ? <ApiErrorAlert error={cases.error} onRetry={() => void cases.refetch()} /> : null}
      <Table<CaseRow>
        size="middle"
        rowKey="id"
        loading={cases.isFetching}
        dataSource={rows}
        locale={{ emptyText: <Typography.Text type="secondary">{t('empty')}</Typography.Text> }}
        scroll={{ x: wide ? 1000 : 760 }}
        pagination={{
          current: page,
          pageSize,
          total: cases.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50],
          onChange: (p, size) => {
            setPage(size === pageSize ? p : 1);
            setPageSize(size);
          },
          // Above the server's counting bound the total is a floor ("more than"), not an exact figure.
          showTotal: (total, [from, to]) => t(cases.data?.totalExact === false ? 'common:pageOfMore' : 'common:pageOf', { from, to, total }),
        }}
        expandable={{
          columnTitle: <span style={VISUALLY_HIDDEN}>{t('verify.details')}</span>,
          expandedRowRender: (c) => {
            const v = verifyOf(c.id);
            return (
              <IntegrityDetails
                answer={v?.data}
                error={v?.error}
                rechecking={!!v?.isFetching}
                onRecheck={() => void queryClient.invalidateQueries({ queryKey: ['audit', 'verify', c.id] })}
              />
            );
          },
        }}
        columns={[
          {
            title: t('columns.title'),
            key: 'title',
            render: (_, c) => (
              <Flex vertical gap={2}>
                <Link to={`/vu-viec/${c.id}`}>{c.title}</Link>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{titleOf(c.procedureId)}</Typography.Text>
              </Flex>
            ),
          },
          { title: t('columns.state'), dataIndex: 'stateLabel', width: wide ? 150 : 120 },
          { title: t('columns.receivedAt'), dataIndex: 'receivedAt', width: 110, render: (d: string) => formatDate(d) },
          {
            title: t('columns.integrity'),
            key: 'integrity',
            width: 140,
            render: (_, c) => {
              const v = verifyOf(c.id);
              return <IntegrityBadge answer={v?.data} pending={v?.isPending && v.fetchStatus !== 'idle'} error={v?.error} />;
            },
          },
          {
            title: t('common:actions'),
            key: 'actions',
            width: wide ? 310 : 170,
            render: (_, c) => (
              <Space orientation="vertical" size={2}>
                <Space size={4} wrap={!wide}>
                  <Button size="small" icon={<FileTextOutlined />} aria-label={t('actions.openCase', { title: c.title })} onClick={() => navigate(`/vu-viec/${c.id}`)}>
                    {t('actions.open')}
                  </Button>
                  {mayReadLog && (
                    <>
                      <Button size="small" icon={<HistoryOutlined />} aria-label={t('actions.accessLogOf', { title: c.title })} onClick={() => setLogOf({ id: c.id, title: c.title })}>
                        {t('actions.accessLog')}
                      </Button>
                      <Dropdown
                        trigger={['click']}
                        menu={{
                          items: [
                            { key: 'csv', label: t('actions.csv') },
                            { key: 'pdf', label: t('actions.pdf') },
                          ],
                          onClick: ({ key }) => void exportTimeline(c, key as 'csv' | 'pdf'),
                        }}
                      >
                        <Button size="small" loading={exportState[c.id]?.busy} aria-label={t('actions.exportOf', { title: c.title })}>
                          {t('actions.export')} <DownOutlined />
                        </Button>
                      </Dropdown>
                    </>
                  )}
                </Space>
                {exportState[c.id]?.error && (
                  <Typography.Text type="danger" role="alert">
                    {exportState[c.id].error}
                  </Typography.Text>
                )}
              </Space>
            ),
          },
        ]}
      />
      <AccessLogDrawer target={logOf} onClose={() => setLogOf(undefined)} />
    </Flex>
  );
}
