// The failed jobs of one queue, newest failure first, with what a job may show (its kind, attempts, last error, the
// ids it concerns); retry one job or every failed job of the queue, each with a reason for the audit log.
import { RedoOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../lib/format';
import { ReasonModal } from './ReasonModal';

type FailedJob = Schemas['FailedJobResponse'];
type QueueName = Schemas['QueueName'];

/** What is being retried: one job, or all failed jobs of the queue. */
type Retry = { kind: 'one'; id: string } | { kind: 'all'; count: number };

export function FailedJobs({ queue }: { queue: QueueName }) {
  const { t } = useTranslation('queues');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [retry, setRetry] = useState<Retry>();
  const label = t(`names.${queue}`);

  const failed = useQuery({
    queryKey: ['admin-queues', queue, 'failed', { page, pageSize }],
    queryFn: () => unwrap(api.GET('/admin/queues/{name}/failed', { params: { path: { name: queue }, query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });

  const send = useMutation({
    mutationFn: async ({ target, reason }: { target: Retry; reason: string }) => {
      if (target.kind === 'one') {
        const res = await unwrap(api.POST('/admin/queues/{name}/failed/{jobId}/retry', { params: { path: { name: queue, jobId: target.id } }, body: { reason } }));
        return t('retry.doneOne', { id: res.jobId });
      }
      const res = await unwrap(api.POST('/admin/queues/{name}/failed/retry-all', { params: { path: { name: queue } }, body: { reason } }));
      return res.retried === 0 ? t('retry.nothing') : t('retry.doneAll', { count: res.retried });
    },
    onSuccess: async (done) => {
      await queryClient.invalidateQueries({ queryKey: ['admin-queues'] });
      void message.success(done);
    },
  });

  const columns: ColumnsType<FailedJob> = [
    { title: t('job.id'), key: 'id', width: 180, render: (_, j) => <Typography.Text code>{j.id}</Typography.Text> },
    { title: t('job.name'), dataIndex: 'name', width: 150 },
    { title: t('job.attempts'), key: 'attempts', width: 100, render: (_, j) => t('job.attemptsValue', { made: j.attemptsMade, max: j.maxAttempts }) },
    { title: t('job.reason'), dataIndex: 'failedReason' },
    { title: t('job.failedAt'), key: 'failedAt', width: 140, render: (_, j) => formatDateTime(j.failedAt) },
    {
      title: t('job.data'),
      key: 'data',
      width: 220,
      render: (_, j) => Object.entries(j.data).map(([k, v]) => <Tag key={k} style={{ whiteSpace: 'normal' }}>{`${k}: ${String(v)}`}</Tag>),
    },
    {
      title: t('common:actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, j) => (
        <Button size="small" icon={<RedoOutlined />} aria-label={t('retry.oneFor', { id: j.id })} onClick={() => setRetry({ kind: 'one', id: j.id })}>
          {t('retry.one')}
        </Button>
      ),
    },
  ];

  const total = failed.data?.total ?? 0;
  return (
    <Card
      size="small"
      title={<Typography.Title level={2} style={{ fontSize: 17, margin: 0 }}>{t('failedTitle', { queue: label })}</Typography.Title>}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('failedTotal', { count: total })}</Typography.Text>
          <Button danger icon={<RedoOutlined />} disabled={total === 0} onClick={() => setRetry({ kind: 'all', count: total })}>
            {t('retry.all')}
          </Button>
        </Space>
      }
    >
      {failed.error ? (
        <ApiErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />
      ) : (
        <Table<FailedJob>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={failed.data?.items}
          loading={failed.isFetching}
          scroll={{ x: 900 }}
          locale={{ emptyText: t('noFailed') }}
          pagination={{
            current: page,
            pageSize,
            total,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      )}
      {retry && (
        <ReasonModal
          open
          title={retry.kind === 'one' ? t('retry.oneTitle', { id: retry.id }) : t('retry.allTitle', { queue: label })}
          explanation={retry.kind === 'one' ? t('retry.explainOne') : t('retry.explainAll', { count: retry.count })}
          okText={retry.kind === 'one' ? t('retry.one') : t('retry.all')}
          danger={retry.kind === 'all'}
          onSubmit={async (reason) => {
            await send.mutateAsync({ target: retry, reason });
            setRetry(undefined);
          }}
          onClose={() => setRetry(undefined)}
        />
      )}
    </Card>
  );
}
