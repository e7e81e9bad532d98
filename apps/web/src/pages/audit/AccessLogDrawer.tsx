// Who opened, checked, exported or revealed what in one case, and why (GET /cases/{id}/access-log), page by page.
import { useQuery } from '@tanstack/react-query';
import { Drawer, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../lib/format';

type Entry = Schemas['AccessLogEntryResponse'];
const PAGE_SIZE = 20;

export function AccessLogDrawer({ target, onClose }: { target: { id: string; title: string } | undefined; onClose: () => void }) {
  const { t } = useTranslation('audit');
  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size={760}
      destroyOnHidden
      title={target ? `${t('accessLog.title')}: ${target.title}` : t('accessLog.title')}
    >
      {target && <AccessLogTable caseId={target.id} />}
    </Drawer>
  );
}

export function AccessLogTable({ caseId }: { caseId: string }) {
  const { t } = useTranslation('audit');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['audit', 'access-log', caseId, page],
    queryFn: () => unwrap(api.GET('/cases/{id}/access-log', { params: { path: { id: caseId }, query: { page, pageSize: PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <Typography.Paragraph type="secondary">{t('accessLog.note')}</Typography.Paragraph>
      {query.error ? <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      <Table<Entry>
        size="small"
        loading={query.isFetching}
        rowKey={(e) => `${e.at}-${e.userId}-${e.action}`}
        dataSource={query.data?.items ?? []}
        locale={{ emptyText: <Typography.Text type="secondary">{t('accessLog.empty')}</Typography.Text> }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: query.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
          showTotal: (total, [from, to]) => t('common:pageOf', { from, to, total }),
        }}
        columns={[
          { title: t('accessLog.when'), dataIndex: 'at', width: 140, render: (at: string) => formatDateTime(at) },
          { title: t('accessLog.who'), key: 'who', render: (_, e) => e.userName ?? e.userId },
          { title: t('accessLog.what'), dataIndex: 'actionLabel' },
          { title: t('accessLog.reason'), dataIndex: 'reason', render: (r: string | null) => r || t('accessLog.noReason') },
        ]}
      />
    </>
  );
}
