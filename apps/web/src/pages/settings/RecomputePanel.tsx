// Open deadlines keep their calendar version until this audited command moves them: first the dry run lists every
// deadline that would move (case, old and new due date), then the same reason applies it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Input, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDate } from '../../lib/format';

type Result = Schemas['RecomputeResponse'];
type Move = Schemas['DeadlineMoveResponse'];

export function RecomputePanel({ appliedVersion }: { appliedVersion?: number }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: ({ dryRun, reason }: { dryRun: boolean; reason: string }) =>
      unwrap(api.POST('/deadlines/recompute', { body: { dryRun, reason: reason.trim() } })),
    onSuccess: async (r: Result) => {
      if (!r.dryRun) {
        void message.success(t('calendar.recompute.done', { moved: r.moved }));
        await queryClient.invalidateQueries({ queryKey: ['cases'] });
        await queryClient.invalidateQueries({ queryKey: ['inbox'] });
      }
    },
  });
  const preview = run.data?.dryRun ? run.data : undefined;
  const applied = run.data && !run.data.dryRun ? run.data : undefined;

  // A failed validation is already shown next to the field.
  const submit = (dryRun: boolean) =>
    void form.validateFields().then((v) => run.mutate({ dryRun, reason: v.reason }), () => undefined);

  const columns = [
    { title: t('calendar.recompute.columns.case'), key: 'case', render: (_: unknown, m: Move) => <Link to={`/vu-viec/${m.caseId}`} aria-label={`${t('calendar.recompute.openCase')} (${m.key}, ${formatDate(m.from)})`}>{t('calendar.recompute.openCase')}</Link> },
    { title: t('calendar.recompute.columns.key'), dataIndex: 'key', key: 'key' },
    { title: t('calendar.recompute.columns.from'), key: 'from', render: (_: unknown, m: Move) => formatDate(m.from) },
    { title: t('calendar.recompute.columns.to'), key: 'to', render: (_: unknown, m: Move) => <Typography.Text strong>{formatDate(m.to)}</Typography.Text> },
    { title: t('calendar.recompute.columns.version'), key: 'version', render: (_: unknown, m: Move) => `${m.calendarVersion.from} → ${m.calendarVersion.to}` },
  ];

  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('calendar.recompute.title')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('calendar.recompute.hint')}</Typography.Paragraph>
      {appliedVersion !== undefined && !run.data && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('calendar.recompute.afterChange', { version: appliedVersion })} />
      )}
      <Form form={form} name="recompute" layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('reasonField')}
          rules={[{ required: true, whitespace: true, message: t('reasonMin') }, { min: 10, message: t('reasonMin') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
      </Form>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap>
          <Button onClick={() => submit(true)} loading={run.isPending && run.variables?.dryRun}>{t('calendar.recompute.preview')}</Button>
          {preview && preview.moved > 0 && (
            <Popconfirm
              title={t('calendar.recompute.confirm', { count: preview.moved, version: preview.calendarVersion })}
              okText={t('common:confirm')}
              cancelText={t('common:cancel')}
              onConfirm={() => submit(false)}
            >
              <Button type="primary" danger loading={run.isPending && !run.variables?.dryRun}>
                {t('calendar.recompute.apply', { count: preview.moved })}
              </Button>
            </Popconfirm>
          )}
        </Flex>
        {run.error && <ApiErrorAlert error={run.error} />}
        {preview && (
          <>
            <Alert
              type={preview.moved > 0 ? 'warning' : 'info'}
              showIcon
              title={t('calendar.recompute.summary', { examined: preview.examined, moved: preview.moved, version: preview.calendarVersion })}
              description={preview.moved === 0 ? t('calendar.recompute.none') : undefined}
            />
            {preview.moves.length > 0 && (
              <Table<Move>
                aria-label={t('calendar.recompute.tableLabel')}
                size="small"
                rowKey="deadlineId"
                columns={columns}
                dataSource={preview.moves}
                pagination={preview.moves.length > 10 ? { pageSize: 10 } : false}
              />
            )}
          </>
        )}
        {applied && <Alert type="success" showIcon title={t('calendar.recompute.done', { moved: applied.moved })} />}
      </Flex>
    </Card>
  );
}
