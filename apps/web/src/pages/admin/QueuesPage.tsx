// The job queues for the administrators of the top unit: how many jobs wait, run, are scheduled, failed or done in
// each queue (on Redis or PostgreSQL alike), and the failed jobs of the queue picked, to retry with a reason.
import { ReloadOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { PageState } from '../../components/PageState';
import { FailedJobs } from './FailedJobs';
import { ReadableColours } from './ReadableColours';

type QueueCounts = Schemas['QueueCountsResponse'];
const COUNTS = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

export default function QueuesPage() {
  const { t } = useTranslation('queues');
  const [picked, setPicked] = useState<QueueCounts['name']>();
  const queryClient = useQueryClient();

  const overview = useQuery({
    queryKey: ['admin-queues'],
    queryFn: () => unwrap(api.GET('/admin/queues')),
  });

  const columns: ColumnsType<QueueCounts> = [
    {
      title: t('columns.queue'),
      key: 'queue',
      render: (_, q) => (
        <>
          <div>{t(`names.${q.name}`)}</div>
          <Typography.Text code>{q.name}</Typography.Text>
        </>
      ),
    },
    ...COUNTS.map((c) => ({
      title: t(`columns.${c}`),
      key: c,
      width: 100,
      align: 'right' as const,
      render: (_: unknown, q: QueueCounts) =>
        c === 'failed' && q.failed > 0 ? <Tag color="error" icon={<WarningOutlined />}>{q.failed}</Tag> : q[c],
    })),
    {
      title: t('common:actions'),
      key: 'actions',
      width: 170,
      render: (_, q) => (
        <Button size="small" type={picked === q.name ? 'primary' : 'default'} aria-label={t('showFailedOf', { queue: t(`names.${q.name}`) })} onClick={() => setPicked(q.name)}>
          {t('showFailed')}
        </Button>
      ),
    },
  ];

  return (
    <ReadableColours>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <PageState loading={overview.isPending} error={overview.error} onRetry={() => void overview.refetch()}>
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
            <Typography.Text>{t('backend', { backend: overview.data ? t(`backends.${overview.data.backend}`) : '' })}</Typography.Text>
            <Button icon={<ReloadOutlined />} loading={overview.isFetching} onClick={() => void queryClient.invalidateQueries({ queryKey: ['admin-queues'] })}>
              {t('refresh')}
            </Button>
          </Space>
          <Table<QueueCounts>
            rowKey="name"
            size="middle"
            columns={columns}
            dataSource={overview.data?.queues}
            pagination={false}
            scroll={{ x: 760 }}
          />
          {picked && <FailedJobs key={picked} queue={picked} />}
        </Space>
      </PageState>
    </ReadableColours>
  );
}
