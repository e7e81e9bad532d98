// A user's roles, unit by unit (unit names, Vietnamese role names); an administrator can revoke one from its tag,
// after confirming in a dialog that says what happens.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { rolesByUnit, type OrgUnit, type Role } from './units';
import { useRoleChangeFollowUp } from './useRoleChangeFollowUp';

export interface RoleHolder {
  id: string;
  username: string;
  displayName: string;
  roles: { unitId: string; role: Role }[];
}

interface Pending {
  unitId: string;
  role: Role;
}

export function RoleTags(props: {
  user: RoleHolder;
  units: Map<string, OrgUnit>;
  canRevoke: boolean;
  /** Only the roles at this unit, without the unit's name (the organisation page's "roles here"). */
  onlyUnit?: string;
}) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const followUp = useRoleChangeFollowUp();
  const [pending, setPending] = useState<Pending>();

  const unitName = (id: string) => props.units.get(id)?.name ?? t('users.unitOutOfScope');
  const roleName = (role: Role) => t(`common:roles.${role}`);

  const revoke = useMutation({
    mutationFn: (p: Pending) => unwrap(api.POST('/users/{id}/roles/revoke', { params: { path: { id: props.user.id } }, body: p })),
    onSuccess: async (_, p) => {
      setPending(undefined);
      void message.success(t('revoke.done', { role: roleName(p.role), unit: unitName(p.unitId) }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      followUp(props.user.id);
    },
  });

  const grouped = [...rolesByUnit(props.user.roles)].filter(([unitId]) => !props.onlyUnit || unitId === props.onlyUnit);
  if (grouped.length === 0) return <Typography.Text type="secondary">{t('users.noRoles')}</Typography.Text>;

  const tag = (unitId: string, role: Role) => (
    <Tag
      key={`${unitId}:${role}`}
      color="red"
      variant="outlined"
      // The close icon is a button for a screen reader too: it says which role it revokes.
      closable={props.canRevoke ? { 'aria-label': t('revoke.tagLabel', { role: roleName(role), unit: unitName(unitId) }) } : false}
      onClose={(e) => {
        e.preventDefault();
        revoke.reset();
        setPending({ unitId, role });
      }}
      styles={{ root: { marginInlineEnd: 4 } }}
    >
      {roleName(role)}
    </Tag>
  );

  return (
    <>
      <Space orientation="vertical" size={4}>
        {grouped.map(([unitId, roles]) => (
          <div key={unitId}>
            {!props.onlyUnit && <Typography.Text type="secondary" style={{ marginInlineEnd: 6 }}>{unitName(unitId)}:</Typography.Text>}
            {roles.map((role) => tag(unitId, role))}
          </div>
        ))}
      </Space>
      <Modal
        open={pending !== undefined}
        title={t('revoke.title')}
        okText={t('revoke.submit')}
        cancelText={t('common:cancel')}
        okButtonProps={{ danger: true, loading: revoke.isPending }}
        onOk={() => pending && revoke.mutate(pending)}
        onCancel={() => setPending(undefined)}
        destroyOnHidden
      >
        {pending && (
          <>
            <Typography.Paragraph strong>
              {t('revoke.question', { role: roleName(pending.role), name: props.user.displayName, unit: unitName(pending.unitId) })}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary">{t('revoke.explain')}</Typography.Paragraph>
          </>
        )}
        {revoke.error && <ApiErrorAlert error={revoke.error} />}
      </Modal>
    </>
  );
}
