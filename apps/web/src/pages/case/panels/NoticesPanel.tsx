// Notices the system cannot deliver itself (the reporter, a unit with no user): what to send to whom, and the
// record that it was sent by hand, with how and which document of the dossier.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Empty, Form, Input, Modal, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { PageState } from '../../../components/PageState';
import { formatDateTime } from '../../../lib/format';
import { placeFieldErrors } from './formErrors';
import { panelKey, useDossier } from './queries';
import { ToneTag } from '../../../components/timeline/ToneTag';

type Item = Schemas['OutboxItemResponse'];

/** Roles the server lets record a notice as sent (CaseOutboxService MARK_SENT_ROLES). */
const SENDERS = ['COMMITTEE_OFFICE', 'TASK_FORCE_OFFICER'] as const;

const noticeName = (i: Item) => i.templateLabel ?? i.template ?? i.summary ?? i.id;

export default function NoticesPanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { t } = useTranslation('casePanels');
  const { hasRole } = useAuth();
  const [marking, setMarking] = useState<Item>();
  const q = useQuery({
    queryKey: panelKey(caseView.id, 'notices'),
    queryFn: () => unwrap(api.GET('/cases/{id}/outbox', { params: { path: { id: caseView.id } } })),
  });
  const maySend = hasRole(...SENDERS);
  return (
    <PageState loading={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
      <Typography.Paragraph type="secondary">{t('notices.intro')}</Typography.Paragraph>
      {(q.data?.items.length ?? 0) === 0 ? (
        <Empty description={t('notices.empty')} />
      ) : (
        <Table<Item>
          size="middle"
          rowKey="id"
          dataSource={q.data?.items}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            {
              key: 'template',
              title: t('notices.template'),
              render: (_, i) => (
                <>
                  <div style={{ fontWeight: 500 }}>{noticeName(i)}</div>
                  {i.summary && i.summary !== noticeName(i) && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{i.summary}</Typography.Text>}
                </>
              ),
            },
            { key: 'audiences', title: t('notices.audiences'), width: 220, render: (_, i) => i.audiences.map((a) => <Tag key={a.audience}>{a.label}</Tag>) },
            { key: 'createdAt', title: t('notices.createdAt'), width: 140, render: (_, i) => formatDateTime(i.createdAt) },
            {
              key: 'status',
              title: t('notices.status'),
              width: 240,
              render: (_, i) => (
                <>
                  <ToneTag tone={i.status === 'SENT' ? 'green' : 'orange'}>{i.statusLabel}</ToneTag>
                  {i.sentAt && <div style={{ fontSize: 12 }}>{t('notices.sent', { at: formatDateTime(i.sentAt) })}</div>}
                  {i.note && <div style={{ fontSize: 12, whiteSpace: 'pre-wrap' }}>{i.note}</div>}
                </>
              ),
            },
            ...(maySend
              ? [{
                  key: 'actions',
                  title: t('common:actions'),
                  width: 170,
                  render: (_: unknown, i: Item) =>
                    i.status === 'TO_SEND' ? (
                      <Button size="small" type="primary" onClick={() => setMarking(i)} aria-label={t('notices.markSentAria', { name: noticeName(i) })}>
                        {t('notices.markSent')}
                      </Button>
                    ) : null,
                }]
              : []),
          ]}
        />
      )}
      {marking && <MarkSentModal caseId={caseView.id} item={marking} onClose={() => setMarking(undefined)} />}
    </PageState>
  );
}

interface Values {
  note: string;
  attachmentId?: string;
}

function MarkSentModal({ caseId, item, onClose }: { caseId: string; item: Item; onClose: () => void }) {
  const { t } = useTranslation('casePanels');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const dossier = useDossier(caseId);
  const mark = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/cases/{id}/outbox/{itemId}/sent', {
          params: { path: { id: caseId, itemId: item.id } },
          body: { note: v.note.trim(), ...(v.attachmentId ? { attachmentId: v.attachmentId } : {}) },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('notices.done'));
      await queryClient.invalidateQueries({ queryKey: panelKey(caseId, 'notices') });
      onClose();
    },
    onError: (e) => setError(placeFieldErrors(form, e, ['note', 'attachmentId']) ? undefined : e),
  });
  return (
    <Modal
      open
      title={t('notices.markTitle', { name: noticeName(item) })}
      okText={t('notices.markSent')}
      cancelText={t('common:cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mark.isPending}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setError(undefined);
          mark.mutate(v);
        }}
      >
        <Form.Item
          name="note"
          label={t('notices.note')}
          rules={[
            { required: true, whitespace: true, message: t('notices.noteRequired') },
            { min: 3, message: t('common.reasonMin', { min: 3 }) },
          ]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('notices.notePlaceholder')} />
        </Form.Item>
        <Form.Item name="attachmentId" label={t('notices.attachment')}>
          <Select
            allowClear
            placeholder={t('notices.attachmentPlaceholder')}
            loading={dossier.isPending}
            options={(dossier.data?.items ?? []).filter((d) => d.purgedAt === null).map((d) => ({ value: d.attachmentId, label: `${d.formCode} — ${d.fileName}` }))}
          />
        </Form.Item>
      </Form>
      <ApiErrorAlert error={error} />
    </Modal>
  );
}
