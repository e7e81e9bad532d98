// Users in the administrator's scope: who they are, whether they can log in, their roles unit by unit; create an
// account, give or take back a role, deactivate / activate / unlock with a reason. The server decides each change.
import { KeyOutlined, PlusOutlined, StopOutlined, UnlockOutlined, UserAddOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Input, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AccountActionModal, type AccountAction } from './AccountActionModal';
import { AssignRoleModal } from './AssignRoleModal';
import { CreatedUserNotice } from './CreatedUserNotice';
import { CreateUserModal, type CreatedUser } from './CreateUserModal';
import { RoleTags, type RoleHolder } from './RoleTags';
import { useAllUnits, type UserSummary } from './units';
import { isLocked, UserStatus } from './UserStatus';
import { ReadableColours } from './ReadableColours';

export default function UsersPage() {
  const { t } = useTranslation('admin');
  const { me, hasRole } = useAuth();
  const isAdmin = hasRole('ADMIN');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [q, setQ] = useState('');
  const [action, setAction] = useState<{ kind: AccountAction; user: UserSummary }>();
  const [assignTo, setAssignTo] = useState<RoleHolder>();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedUser>();

  const users = useQuery({
    queryKey: ['users', { page, pageSize, q }],
    queryFn: () => unwrap(api.GET('/users', { params: { query: { page, pageSize, q: q || undefined } } })),
    placeholderData: keepPreviousData,
  });
  const units = useAllUnits();
  const unitMap = useMemo(() => new Map((units.data ?? []).map((u) => [u.id, u])), [units.data]);

  const columns: ColumnsType<UserSummary> = [
    {
      // Full name above, username below: one column, so the table fits a tablet.
      title: `${t('users.displayName')} / ${t('users.username')}`,
      key: 'user',
      width: 220,
      render: (_, u) => (
        <>
          <div>
            {u.displayName}
            {u.id === me?.id && <Typography.Text type="secondary"> ({t('users.you')})</Typography.Text>}
          </div>
          <Typography.Text code>{u.username}</Typography.Text>
        </>
      ),
    },
    { title: t('users.status'), key: 'status', width: 140, render: (_, u) => <UserStatus user={u} /> },
    { title: t('users.roles'), key: 'roles', render: (_, u) => <RoleTags user={u} units={unitMap} canRevoke={isAdmin} /> },
  ];
  if (isAdmin) {
    columns.push({
      title: t('common:actions'),
      key: 'actions',
      width: 150,
      fixed: 'right',
      render: (_, u) => {
        const named = (label: string) => t('actions.forUser', { action: label, name: u.displayName });
        const self = u.id === me?.id;
        return (
          <Space orientation="vertical" size={4} style={{ alignItems: 'flex-start' }}>
            <Button size="small" icon={<KeyOutlined />} aria-label={named(t('actions.assignRole'))} onClick={() => setAssignTo(u)}>
              {t('actions.assignRole')}
            </Button>
            {u.active ? (
              <Tooltip title={self ? t('actions.selfDeactivate') : undefined}>
                <Button size="small" danger icon={<StopOutlined />} disabled={self} aria-label={named(t('actions.deactivate'))} onClick={() => setAction({ kind: 'deactivate', user: u })}>
                  {t('actions.deactivate')}
                </Button>
              </Tooltip>
            ) : (
              <Button size="small" icon={<PlusOutlined />} aria-label={named(t('actions.activate'))} onClick={() => setAction({ kind: 'activate', user: u })}>
                {t('actions.activate')}
              </Button>
            )}
            {isLocked(u) && (
              <Button size="small" icon={<UnlockOutlined />} aria-label={named(t('actions.unlock'))} onClick={() => setAction({ kind: 'unlock', user: u })}>
                {t('actions.unlock')}
              </Button>
            )}
          </Space>
        );
      },
    });
  }

  return (
    <ReadableColours>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('users.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('users.intro')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Input.Search
          aria-label={t('users.searchLabel')}
          placeholder={t('users.search')}
          allowClear
          style={{ width: 360, maxWidth: '100%' }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
        />
        {isAdmin && (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        )}
      </Space>
      {users.error ? (
        <ApiErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Table<UserSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={users.data?.items}
          loading={users.isFetching}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('common:empty') }}
          pagination={{
            current: page,
            pageSize,
            total: users.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [10, 20, 50, 100],
            showTotal: (total) => t('users.total', { count: total }),
            onChange: (p, size) => {
              setPage(size === pageSize ? p : 1);
              setPageSize(size);
            },
          }}
        />
      )}
      {units.error && <ApiErrorAlert error={units.error} onRetry={() => void units.refetch()} />}
      <AccountActionModal action={action?.kind} user={action?.user} onClose={() => setAction(undefined)} />
      <AssignRoleModal open={assignTo !== undefined} user={assignTo} units={units.data ?? []} onClose={() => setAssignTo(undefined)} />
      <CreateUserModal open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <CreatedUserNotice
        user={created}
        onClose={() => setCreated(undefined)}
        onAssign={() => {
          if (created) setAssignTo({ ...created, roles: [] });
          setCreated(undefined);
        }}
      />
    </ReadableColours>
  );
}
