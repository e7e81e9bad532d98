import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import type { UserSummary } from './units';

/** Locked from failed logins until a time still to come (the API lists only current locks, but time passes). */
export function isLocked(user: Pick<UserSummary, 'lockedUntil'>, now = new Date()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil) > now;
}

// Ant Design's preset green and orange tags are under 4.5:1; these darker texts on the same tints pass.
const ACTIVE = { color: '#135200', background: '#f6ffed', borderColor: '#b7eb8f' };
const LOCKED = { color: '#873800', background: '#fff7e6', borderColor: '#ffd591' };

/** Active or deactivated, and locked until when, as tags. */
export function UserStatus({ user }: { user: UserSummary }) {
  const { t } = useTranslation('admin');
  return (
    <Space size={4} wrap>
      {user.active ? <Tag style={ACTIVE}>{t('status.active')}</Tag> : <Tag>{t('status.deactivated')}</Tag>}
      {isLocked(user) && <Tag style={LOCKED}>{t('status.locked', { time: formatDateTime(user.lockedUntil) })}</Tag>}
    </Space>
  );
}
