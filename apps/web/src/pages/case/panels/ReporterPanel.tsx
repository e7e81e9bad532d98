// The reporter's identity, protected: everyone sees only which details were given. The identity custodian may
// reveal it with a reason, after a clear warning that the reveal is logged with their name. The identity lives in
// this component's memory while the window is open: a mutation (never a cached query), cleared on close.
import { useMutation } from '@tanstack/react-query';
import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatDateTime } from '../../../lib/format';

type Revealed = Schemas['RevealedReporterResponse'];

const FIELDS = ['name', 'address', 'contact', 'signature'] as const;
const REASON_MIN = 10;
const SIGNATURE_TYPES = ['image/png', 'image/jpeg', 'image/webp'];

export default function ReporterPanel({ caseView }: { caseView: Schemas['CaseViewResponse'] }) {
  const { t } = useTranslation('casePanels');
  const { hasRole } = useAuth();
  const [open, setOpen] = useState(false);
  const r = caseView.reporter;

  if (!r.given) return <Typography.Text type="secondary">{t('reporter.none')}</Typography.Text>;
  if (r.purged) return <Alert type="info" showIcon title={t('reporter.purged')} />;

  const mayReveal = hasRole('IDENTITY_CUSTODIAN') && r.mayReveal;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Alert type="warning" showIcon icon={<LockOutlined />} title={t('reporter.protected')} description={t('reporter.protectedHint')} />
      <Descriptions
        size="small"
        bordered
        column={1}
        title={t('reporter.declared')}
        styles={{ label: { width: 220 } }}
        items={FIELDS.filter((f) => r.fields.includes(f)).map((f) => ({
          key: f,
          label: t(`reporter.fields.${f}`),
          children: <Typography.Text type="secondary">{t('reporter.masked')}</Typography.Text>,
        }))}
      />
      {mayReveal && (
        <div>
          <Button danger icon={<LockOutlined />} onClick={() => setOpen(true)}>{t('reporter.reveal')}</Button>
        </div>
      )}
      {open && <RevealModal caseId={caseView.id} fields={r.fields} onClose={() => setOpen(false)} />}
    </div>
  );
}

function RevealModal({ caseId, fields, onClose }: { caseId: string; fields: string[]; onClose: () => void }) {
  const { t } = useTranslation('casePanels');
  const { me } = useAuth();
  const [form] = Form.useForm<{ reason: string }>();
  const [identity, setIdentity] = useState<Revealed>();
  const reveal = useMutation({
    // Not kept in the mutation cache once this window is gone.
    gcTime: 0,
    mutationFn: (reason: string) => unwrap(api.POST('/cases/{id}/reporter/reveal', { params: { path: { id: caseId } }, body: { reason } })),
    onSuccess: (data) => setIdentity(data),
  });
  const close = () => {
    setIdentity(undefined);
    reveal.reset();
    form.resetFields();
    onClose();
  };

  return (
    <Modal
      open
      title={t('reporter.revealTitle')}
      onCancel={close}
      destroyOnHidden
      width={640}
      footer={
        identity
          ? [<Button key="close" type="primary" onClick={close}>{t('common:close')}</Button>]
          : [
              <Button key="cancel" onClick={close}>{t('common:cancel')}</Button>,
              <Button key="reveal" danger type="primary" loading={reveal.isPending} onClick={() => form.submit()}>{t('reporter.submit')}</Button>,
            ]
      }
    >
      <Alert
        type="error"
        showIcon
        title={<strong>{t('reporter.warningTitle')}</strong>}
        description={t('reporter.warning', { name: me?.displayName ?? me?.username ?? '' })}
        style={{ marginBottom: 16 }}
      />
      {identity ? (
        <>
          <Descriptions
            size="small"
            bordered
            column={1}
            styles={{ label: { width: 180 } }}
            items={[
              { key: 'name', label: t('reporter.fields.name'), children: identity.name ?? t('reporter.notDeclared') },
              { key: 'address', label: t('reporter.fields.address'), children: identity.address ?? t('reporter.notDeclared') },
              { key: 'contact', label: t('reporter.fields.contact'), children: identity.contact ?? t('reporter.notDeclared') },
              ...(identity.signature && SIGNATURE_TYPES.includes(identity.signature.type ?? '')
                ? [{
                    key: 'signature',
                    label: t('reporter.fields.signature'),
                    children: <img alt={t('reporter.signatureAlt')} src={`data:${identity.signature.type};base64,${identity.signature.base64}`} style={{ maxWidth: 280, maxHeight: 120 }} />,
                  }]
                : fields.includes('signature')
                  ? [{ key: 'signature', label: t('reporter.fields.signature'), children: t('reporter.notDeclared') }]
                  : []),
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('reporter.revealedAt', { at: formatDateTime(identity.revealedAt) })}
          </Typography.Paragraph>
        </>
      ) : (
        <Form form={form} layout="vertical" onFinish={(v) => reveal.mutate(v.reason.trim())}>
          <Form.Item
            name="reason"
            label={t('reporter.reason')}
            rules={[
              { required: true, whitespace: true, message: t('common.reasonRequired') },
              { min: REASON_MIN, message: t('common.reasonMin', { min: REASON_MIN }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('reporter.reasonPlaceholder')} autoComplete="off" />
          </Form.Item>
          <ApiErrorAlert error={reveal.error} />
        </Form>
      )}
    </Modal>
  );
}
