// Deactivate, activate again or unlock an account: each with the reason the server writes to the audit log.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { formatDateTime } from '../../lib/format';
import { ReasonModal } from './ReasonModal';
import type { UserSummary } from './units';

export type AccountAction = 'deactivate' | 'activate' | 'unlock';

export function AccountActionModal({ action, user, onClose }: { action: AccountAction | undefined; user: UserSummary | undefined; onClose: () => void }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const mutation = useMutation({
    mutationFn: async ({ kind, id, reason }: { kind: AccountAction; id: string; reason: string }) => {
      const options = { params: { path: { id } }, body: { reason } };
      if (kind === 'deactivate') return { kind, ...(await unwrap(api.POST('/users/{id}/deactivate', options))) };
      if (kind === 'activate') return { kind, ...(await unwrap(api.POST('/users/{id}/activate', options))) };
      return { kind, ...(await unwrap(api.POST('/users/{id}/unlock', options))) };
    },
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      if (result.kind === 'unlock' && 'wasLocked' in result && !result.wasLocked) void message.info(t('unlock.notLocked', { username: result.username }));
      else void message.success(t(`${result.kind}.done`, { username: result.username }));
    },
  });

  if (!action || !user) return null;
  const name = `${user.displayName} (${user.username})`;
  return (
    <ReasonModal
      open
      title={t(`${action}.title`, { name })}
      explanation={t(`${action}.explain`, { time: formatDateTime(user.lockedUntil) })}
      okText={t(`actions.${action}`)}
      danger={action === 'deactivate'}
      onSubmit={async (reason) => {
        await mutation.mutateAsync({ kind: action, id: user.id, reason });
        onClose();
      }}
      onClose={onClose}
    />
  );
}
