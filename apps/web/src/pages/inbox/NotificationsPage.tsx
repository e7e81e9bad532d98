// My notifications (GET /me/notifications), newest first: unread in bold, mark as read, open the case, and send
// again through the channels (e-mail, webhook) whose delivery failed.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Segmented, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../lib/format';
import { serverPagination } from './caseCells';
import { ToneTag, type Tone } from './DueCell';

type Notification = Schemas['NotificationResponse'];
type Delivery = Schemas['DeliveryResponse'];

const DELIVERY_TONES: Record<string, Tone> = { SENT: 'green', FAILED: 'red', PENDING: 'default', QUEUED: 'blue' };

export default function NotificationsPage() {
  const { t } = useTranslation('inbox');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const unreadOnly = search.get('chuaDoc') === '1';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const pageSize = [10, 20, 50, 100].includes(Number(search.get('pageSize'))) ? Number(search.get('pageSize')) : 20;

  const list = useQuery({
    queryKey: ['notifications', 'list', { unreadOnly, page, pageSize }],
    queryFn: () => unwrap(api.GET('/me/notifications', { params: { query: { page, pageSize, ...(unreadOnly ? { unread: 'true' as const } : {}) } } })),
    placeholderData: keepPreviousData,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });

  const markRead = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/me/notifications/{id}/read', { params: { path: { id } } })),
    onSettled: refresh,
  });
  const retry = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/me/notifications/{id}/retry', { params: { path: { id } } })),
    onSuccess: (r) =>
      r.retried.length > 0
        ? message.success(t('notifications.retried', { channels: r.retried.map((c) => channelLabel(c)).join(', ') }))
        : message.info(t('notifications.nothingToRetry')),
    onSettled: refresh,
  });
  const channelLabel = (c: string) => t(`notifications.channels.${c}`, { defaultValue: c });

  const columns: ColumnsType<Notification> = [
    { title: t('notifications.at'), dataIndex: 'createdAt', width: 130, render: (d: string) => formatDateTime(d) },
    {
      title: t('notifications.content'),
      key: 'content',
      render: (_, n) => (
        <div>
          {!n.readAt && <ToneTag tone="red">{t('notifications.unreadMark')}</ToneTag>}
          <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
          <div>
            <Typography.Text type="secondary">{n.body}</Typography.Text>
          </div>
          {n.caseId && (
            <Link to={`/vu-viec/${n.caseId}`} onClick={() => !n.readAt && markRead.mutate(n.id)}>
              {t('notifications.openCase')}
            </Link>
          )}
        </div>
      ),
    },
    {
      title: t('notifications.deliveries'),
      key: 'deliveries',
      width: 170,
      render: (_, n) => (
        <Space size={4} wrap>
          {n.deliveries.length === 0 && <Typography.Text type="secondary">{t('notifications.inAppOnly')}</Typography.Text>}
          {n.deliveries.map((d: Delivery) => (
            <Tooltip key={d.channel} title={d.lastError ? t('notifications.lastError', { error: d.lastError, attempts: d.attempts }) : undefined}>
              <span>
                <ToneTag tone={DELIVERY_TONES[d.status] ?? 'default'}>
                  {channelLabel(d.channel)}: {t(`notifications.deliveryStatus.${d.status}`, { defaultValue: d.status })}
                </ToneTag>
              </span>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    {
      title: t('common:actions'),
      key: 'actions',
      width: 170,
      render: (_, n) => (
        <Space wrap size={4}>
          {!n.readAt && (
            <Button size="small" onClick={() => markRead.mutate(n.id)} loading={markRead.isPending && markRead.variables === n.id} aria-label={t('notifications.markReadOf', { title: n.title })}>
              {t('notifications.markRead')}
            </Button>
          )}
          {n.deliveries.some((d) => d.status === 'FAILED') && (
            <Button size="small" onClick={() => retry.mutate(n.id)} loading={retry.isPending && retry.variables === n.id} aria-label={t('notifications.retryOf', { title: n.title })}>
              {t('notifications.retry')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const setParams = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    if (!('page' in patch)) next.delete('page');
    for (const [k, v] of Object.entries(patch)) (v === undefined ? next.delete(k) : next.set(k, v));
    setSearch(next);
  };

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('notifications.title')}
      </Typography.Title>
      <Space style={{ marginBottom: 12 }} wrap>
        <Segmented
          aria-label={t('notifications.show')}
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => setParams({ chuaDoc: v === 'unread' ? '1' : undefined })}
          options={[
            { value: 'all', label: t('notifications.all') },
            { value: 'unread', label: list.data ? t('notifications.unreadCount', { count: list.data.unread }) : t('notifications.unread') },
          ]}
        />
      </Space>
      {(markRead.error || retry.error) && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={markRead.error ?? retry.error} />
        </div>
      )}
      {list.error ? (
        <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Notification>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          scroll={{ x: 760 }}
          locale={{
            emptyText: list.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')} />,
          }}
          pagination={serverPagination(list.data, (p, size) => setParams({ page: String(p), pageSize: String(size) }), (n, from, to) => t('notifications.total', { total: n, from, to }))}
        />
      )}
    </>
  );
}
