// After an account is created: what to do next, and the generated initial password, shown this once only.
import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CreatedUser } from './CreateUserModal';

export function CreatedUserNotice({ user, onClose, onAssign }: { user: CreatedUser | undefined; onClose: () => void; onAssign: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <Modal
      open={user !== undefined}
      title={user && t('createUser.createdTitle', { username: user.username })}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={onClose}>{t('common:close')}</Button>,
        <Button key="assign" type="primary" onClick={onAssign}>{t('createUser.assignNow')}</Button>,
      ]}
    >
      <Typography.Paragraph>{t('createUser.createdText')}</Typography.Paragraph>
      {user?.initialPassword && (
        <Alert
          type="warning"
          showIcon
          title={t('createUser.passwordOnce')}
          description={
            <Typography.Text code copyable style={{ fontSize: 16 }}>
              {user.initialPassword}
            </Typography.Text>
          }
        />
      )}
    </Modal>
  );
}
