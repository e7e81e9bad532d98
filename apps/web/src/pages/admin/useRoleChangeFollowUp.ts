import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';

/**
 * The server ends every session of a user whose roles change (so the new rights take effect). When that user is the
 * administrator themself, this session is over too: say so, and sign out rather than fail on the next request.
 */
export function useRoleChangeFollowUp(): (userId: string) => void {
  const { me, logout } = useAuth();
  const { modal } = App.useApp();
  const { t } = useTranslation('admin');
  return (userId) => {
    if (userId !== me?.id) return;
    modal.info({ title: t('self.rolesChanged'), okText: t('common:close') });
    void logout();
  };
}
