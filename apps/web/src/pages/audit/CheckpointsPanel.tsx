// The signed checkpoints of every chain head (GET /audit/checkpoints) and the public key that checks them, with the
// steps to check a signature without trusting this application.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageState } from '../../components/PageState';
import { formatCivilDate, formatDateTime } from '../../lib/format';

type Checkpoint = Schemas['CheckpointResponse'];
const PAGE_SIZE = 10;
const mono = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 12, wordBreak: 'break-all' } as const;

export function CheckpointsPanel() {
  const { t } = useTranslation('audit');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['audit', 'checkpoints', page],
    queryFn: () => unwrap(api.GET('/audit/checkpoints', { params: { query: { page, pageSize: PAGE_SIZE } } })),
    placeholderData: (previous) => previous,
  });
  return (
    <Flex vertical gap={16}>
      <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('checkpoints.title')}</Typography.Title>}>
        <Typography.Paragraph type="secondary">{t('checkpoints.intro')}</Typography.Paragraph>
        {query.error ? <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        <Table<Checkpoint>
          size="small"
          rowKey="id"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          locale={{ emptyText: <Typography.Text type="secondary">{t('checkpoints.empty')}</Typography.Text> }}
          scroll={{ x: 900 }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: query.data?.total ?? 0,
            showSizeChanger: false,
            onChange: setPage,
            showTotal: (total, [from, to]) => t('common:pageOf', { from, to, total }),
          }}
          columns={[
            { title: t('checkpoints.seq'), dataIndex: 'seq', width: 90, align: 'right' },
            { title: t('checkpoints.takenAt'), dataIndex: 'takenAt', width: 140, render: (v: string) => formatDateTime(v) },
            { title: t('checkpoints.scheduledFor'), dataIndex: 'scheduledFor', width: 130, render: (v: string | null) => (v ? formatCivilDate(v) : t('checkpoints.manual')) },
            { title: t('checkpoints.cases'), dataIndex: 'caseCount', width: 100, align: 'right' },
            { title: t('checkpoints.events'), dataIndex: 'eventCount', width: 100, align: 'right' },
            {
              title: t('checkpoints.signatureStatus'),
              dataIndex: 'signatureStatus',
              width: 200,
              render: (s: Checkpoint['signatureStatus']) => <Tag color={s === 'VALID' ? 'success' : 'error'}>{t(`signature.${s}`)}</Tag>,
            },
          ]}
          expandable={{
            expandedRowRender: (c) => (
              <Descriptions size="small" column={1} bordered>
                <Descriptions.Item label="id"><Typography.Text copyable style={mono}>{c.id}</Typography.Text></Descriptions.Item>
                <Descriptions.Item label={t('checkpoints.digest')}><Typography.Text copyable style={mono}>{c.digest}</Typography.Text></Descriptions.Item>
                <Descriptions.Item label={t('checkpoints.keyId')}><Typography.Text style={mono}>{c.keyId}</Typography.Text></Descriptions.Item>
                <Descriptions.Item label="takenAt (UTC)"><Typography.Text copyable style={mono}>{c.takenAt}</Typography.Text></Descriptions.Item>
                <Descriptions.Item label="signature (Base64)"><Typography.Text copyable style={mono}>{c.signature}</Typography.Text></Descriptions.Item>
              </Descriptions>
            ),
          }}
        />
      </Card>
      <PublicKeyCard />
    </Flex>
  );
}

export function PublicKeyCard() {
  const { t } = useTranslation('audit');
  const query = useQuery({
    queryKey: ['audit', 'public-key'],
    queryFn: () => unwrap(api.GET('/audit/checkpoints/public-key')),
    staleTime: 60 * 60_000,
  });
  const key = query.data;
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('publicKey.title')}</Typography.Title>}>
      <PageState loading={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
        {key && (
          <Flex vertical gap={12}>
            {key.development && <Alert type="warning" showIcon title={t('publicKey.development')} />}
            <Descriptions size="small" column={1} bordered styles={{ label: { width: 220 } }}>
              <Descriptions.Item label={t('publicKey.algorithm')}>{key.algorithm}</Descriptions.Item>
              <Descriptions.Item label={t('publicKey.keyId')}><Typography.Text style={mono}>{key.keyId}</Typography.Text></Descriptions.Item>
              <Descriptions.Item label={t('publicKey.base64')}><Typography.Text copyable style={mono}>{key.publicKey}</Typography.Text></Descriptions.Item>
              <Descriptions.Item label={t('publicKey.pem')}>
                <Typography.Paragraph copyable={{ text: key.pem }} style={{ marginBottom: 0 }}>
                  <pre style={{ ...mono, margin: 0, whiteSpace: 'pre-wrap' }}>{key.pem.trim()}</pre>
                </Typography.Paragraph>
              </Descriptions.Item>
              {key.trustedKeys.length > 0 && (
                <Descriptions.Item label={t('publicKey.trusted')}>
                  <Flex vertical gap={4}>
                    {key.trustedKeys.map((k) => (
                      <span key={k.keyId}>
                        <Typography.Text style={mono}>{k.keyId}</Typography.Text>{' '}
                        <Tag>{k.current ? t('publicKey.current') : t('publicKey.retired')}</Tag>
                      </span>
                    ))}
                  </Flex>
                </Descriptions.Item>
              )}
            </Descriptions>
            <div>
              <Typography.Title level={3} style={{ fontSize: 15 }}>{t('publicKey.howTo')}</Typography.Title>
              <ol style={{ paddingInlineStart: 20, margin: 0 }}>
                <li style={{ marginBottom: 6 }}>{t('publicKey.step1')}</li>
                <li style={{ marginBottom: 6 }}>{t('publicKey.step2')}</li>
                {(['3', '4', '5'] as const).map((n) => (
                  <li key={n} style={{ marginBottom: 6 }}>
                    {t(`publicKey.step${n}`)}
                    <br />
                    <Typography.Text code copyable style={mono}>{t(`publicKey.cmd${n}`)}</Typography.Text>
                  </li>
                ))}
              </ol>
            </div>
          </Flex>
        )}
      </PageState>
    </Card>
  );
}
