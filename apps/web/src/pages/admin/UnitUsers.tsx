// Who holds a role at one unit, and which roles (GET /users has no unit filter: the page filters everyone in scope).
import { Table, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth';
import { PageState } from '../../components/PageState';
import { RoleTags } from './RoleTags';
import { useAllUsers, type OrgUnit, type UserSummary } from './units';
import { UserStatus } from './UserStatus';

export function UnitUsers({ unit, units }: { unit: OrgUnit; units: Map<string, OrgUnit> }) {
  const { t } = useTranslation('admin');
  const { hasRole } = useAuth();
  const users = useAllUsers();
  const here = useMemo(() => (users.data ?? []).filter((u) => u.roles.some((r) => r.unitId === unit.id)), [users.data, unit.id]);

  return (
    <PageState loading={users.isPending} error={users.error} onRetry={() => void users.refetch()}>
      <Table<UserSummary>
        rowKey="id"
        size="small"
        dataSource={here}
        locale={{ emptyText: t('organisation.usersEmpty') }}
        pagination={here.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        scroll={{ x: 560 }}
        columns={[
          {
            title: t('organisation.user'),
            key: 'user',
            render: (_, u) => (
              <>
                <div>{u.displayName}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{u.username}</Typography.Text>
              </>
            ),
          },
          { title: t('organisation.rolesHere'), key: 'roles', render: (_, u) => <RoleTags user={u} units={units} canRevoke={hasRole('ADMIN')} onlyUnit={unit.id} /> },
          { title: t('users.status'), key: 'status', width: 150, render: (_, u) => <UserStatus user={u} /> },
        ]}
      />
    </PageState>
  );
}
