// A change to someone's account that the server records with a reason (deactivate, activate, unlock): the reason is
// required before anything is sent, and the server's refusal is shown in the dialog, under the reason when it is
// about the reason.
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerError } from './serverErrors';

/** The server's minimum (AccountChangeDto.reason: 10–2000 characters). */
export const REASON_MIN = 10;
export const REASON_MAX = 2000;

export function ReasonModal(props: {
  open: boolean;
  title: string;
  explanation: string;
  okText: string;
  danger?: boolean;
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const close = () => {
    form.resetFields();
    setError(undefined);
    props.onClose();
  };

  const submit = async () => {
    const { reason } = await form.validateFields();
    setBusy(true);
    setError(undefined);
    try {
      await props.onSubmit(reason.trim());
      form.resetFields();
    } catch (e) {
      setError(placeServerError(form, e, { fields: ['reason'] }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      // Long names wrap before the close button instead of under it.
      title={<div style={{ paddingInlineEnd: 28 }}>{props.title}</div>}
      okText={props.okText}
      cancelText={t('common:cancel')}
      okButtonProps={{ danger: props.danger, loading: busy }}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={close}
      destroyOnHidden
      mask={{ closable: !busy }}
    >
      <Alert type={props.danger ? 'warning' : 'info'} showIcon title={props.explanation} style={{ marginBottom: 16 }} />
      <Form form={form} layout="vertical" requiredMark={false}>
        <Form.Item
          name="reason"
          label={t('reason.label')}
          rules={[
            { required: true, whitespace: true, message: t('reason.required') },
            {
              validator: (_, value?: string) => {
                const count = (value ?? '').trim().length;
                return count === 0 || count >= REASON_MIN
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('reason.tooShort', { min: REASON_MIN, count })));
              },
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={REASON_MAX} showCount placeholder={t('reason.placeholder')} autoFocus />
        </Form.Item>
      </Form>
      {error !== undefined && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
