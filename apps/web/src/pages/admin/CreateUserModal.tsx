// Create an account. The password policy is the server's: its refusal lists each broken rule under the password
// field. A random initial password can be generated; it is shown once, after the account is created.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerError } from './serverErrors';

type Values = Schemas['CreateUserDto'];
export type CreatedUser = Schemas['CreatedUserResponse'] & { initialPassword?: string };

const ALPHABETS = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '!@#$%^&*-_=+?'];

/** 16 random characters with every kind of character (lower, upper, digit, symbol), from the browser's CSPRNG. */
export function generatePassword(length = 16): string {
  const all = ALPHABETS.join('');
  const pick = (alphabet: string) => alphabet[crypto.getRandomValues(new Uint32Array(1))[0] % alphabet.length];
  const chars = [...ALPHABETS.map(pick), ...Array.from({ length: length - ALPHABETS.length }, () => pick(all))];
  // Fisher–Yates, so the guaranteed characters are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = crypto.getRandomValues(new Uint32Array(1))[0] % (i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: CreatedUser) => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const [generated, setGenerated] = useState<string>();
  const [visible, setVisible] = useState(false);

  const close = () => {
    form.resetFields();
    setError(undefined);
    setGenerated(undefined);
    setVisible(false);
    onClose();
  };

  const create = useMutation({
    mutationFn: (v: Values) => unwrap(api.POST('/users', { body: { ...v, email: v.email?.trim() || undefined } })),
    onSuccess: async (user, v) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      onCreated({ ...user, initialPassword: generated !== undefined && v.password === generated ? generated : undefined });
      close();
    },
    onError: (e) =>
      setError(
        placeServerError(form, e, {
          byCode: { PASSWORD_POLICY: 'password', USERNAME_TAKEN: 'username' },
          fields: ['username', 'displayName', 'email', 'password'],
        }),
      ),
  });

  const required = (field: string) => ({ required: true, whitespace: true, message: t('required', { field: field.toLowerCase() }) });

  return (
    <Modal
      open={open}
      title={t('createUser.title')}
      okText={t('createUser.submit')}
      cancelText={t('common:cancel')}
      okButtonProps={{ loading: create.isPending }}
      onOk={() => void form.validateFields().then((v) => { setError(undefined); create.mutate(v); }, () => undefined)}
      onCancel={close}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" requiredMark={false} autoComplete="off">
        <Form.Item
          name="username"
          label={t('createUser.username')}
          extra={t('createUser.usernameHelp')}
          normalize={(v?: string) => v?.trim().toLowerCase()}
          rules={[required(t('createUser.username')), { pattern: /^[a-z0-9._-]{3,100}$/, message: t('createUser.usernameFormat') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('createUser.displayName')} rules={[required(t('createUser.displayName')), { min: 2, max: 200 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('createUser.email')} rules={[{ type: 'email', message: t('createUser.emailFormat') }]}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('createUser.password')}
          extra={t('createUser.passwordHelp')}
          rules={[{ required: true, message: t('required', { field: t('createUser.password').toLowerCase() }) }]}
          style={{ marginBottom: 8 }}
        >
          <Input.Password autoComplete="new-password" visibilityToggle={{ visible, onVisibleChange: setVisible }} />
        </Form.Item>
        <Button
          size="small"
          icon={<ThunderboltOutlined />}
          onClick={() => {
            const password = generatePassword();
            setGenerated(password);
            setVisible(true);
            form.setFields([{ name: 'password', value: password, errors: [] }]);
          }}
          style={{ marginBottom: 16 }}
        >
          {t('createUser.generate')}
        </Button>
      </Form>
      {error !== undefined && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
