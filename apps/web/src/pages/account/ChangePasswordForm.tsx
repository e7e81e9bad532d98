// Change one's own password. The policy is the server's: each refusal goes under the field it concerns (a wrong
// current password under the current one; the policy's broken rules or an unchanged password under the new one).
// The server then ends the user's other sessions and keeps this one, which the success message says.
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerError } from '../admin/serverErrors';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordForm() {
  const { t } = useTranslation('account');
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState(false);

  const change = useMutation({
    mutationFn: (v: Values) => unwrap(api.POST('/me/password', { body: { currentPassword: v.currentPassword, newPassword: v.newPassword } })),
    onMutate: () => {
      setError(undefined);
      setDone(false);
    },
    onSuccess: () => {
      form.resetFields();
      setDone(true);
    },
    onError: (e) =>
      setError(
        placeServerError(form, e, {
          byCode: { CURRENT_PASSWORD_WRONG: 'currentPassword', PASSWORD_POLICY: 'newPassword', PASSWORD_UNCHANGED: 'newPassword' },
          fields: ['currentPassword', 'newPassword'],
        }),
      ),
  });

  const required = (field: string) => ({ required: true, message: t('password.required', { field: field.toLowerCase() }) });

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(v) => change.mutate(v)} style={{ maxWidth: 420 }}>
      <Form.Item name="currentPassword" label={t('password.current')} rules={[required(t('password.current'))]}>
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <Form.Item name="newPassword" label={t('password.new')} extra={t('password.newHelp')} rules={[required(t('password.new'))]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('password.confirm')}
        dependencies={['newPassword']}
        rules={[
          required(t('password.confirm')),
          ({ getFieldValue }) => ({
            validator: (_, value?: string) =>
              !value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('password.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      {error !== undefined && <div style={{ marginBottom: 16 }}><ApiErrorAlert error={error} /></div>}
      {done && <Alert type="success" showIcon role="status" title={t('password.done')} description={t('password.othersEnded')} style={{ marginBottom: 16 }} />}
      <Button type="primary" htmlType="submit" loading={change.isPending}>{t('password.submit')}</Button>
    </Form>
  );
}
