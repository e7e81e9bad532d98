// Give a user a role at a unit. Opened from a user's row (the user fixed) or from a unit (the unit preset, the user
// chosen from everyone in scope). The server checks that the administrator holds ADMIN at that unit or above.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Form, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { RoleHolder } from './RoleTags';
import { placeServerError } from './serverErrors';
import { filterUnitOption, fold, ROLES, useUnitOptions, type OrgUnit, type Role } from './units';
import { useRoleChangeFollowUp } from './useRoleChangeFollowUp';

interface Values {
  userId: string;
  unitId: string;
  role: Role;
}

export function AssignRoleModal(props: {
  open: boolean;
  units: OrgUnit[];
  /** The user, when the dialog is opened for one. */
  user?: RoleHolder;
  /** Everyone the administrator can choose from, when no user is given. */
  candidates?: RoleHolder[];
  unitId?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const followUp = useRoleChangeFollowUp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const unitOptions = useUnitOptions(props.units, t('organisation.endedOption'));
  const unitName = (id: string) => props.units.find((u) => u.id === id)?.name ?? id;
  const people = props.user ? [props.user] : (props.candidates ?? []);

  const assign = useMutation({
    mutationFn: (v: Values) => unwrap(api.POST('/users/{id}/roles', { params: { path: { id: v.userId } }, body: { unitId: v.unitId, role: v.role } })),
    onSuccess: async (r) => {
      void message.success(t('assign.done', { role: t(`common:roles.${r.role}`), unit: unitName(r.unitId) }));
      await queryClient.invalidateQueries({ queryKey: ['users'] });
      close();
      followUp(r.userId);
    },
    onError: (e) => setError(placeServerError(form, e, { byCode: { UNIT_NOT_FOUND: 'unitId', USER_NOT_FOUND: 'userId' }, fields: ['unitId', 'role'] })),
  });

  const close = () => {
    form.resetFields();
    setError(undefined);
    props.onClose();
  };

  const alreadyHeld = (values: Partial<Values>) => {
    const holder = people.find((p) => p.id === values.userId);
    return holder?.roles.some((r) => r.unitId === values.unitId && r.role === values.role) ?? false;
  };

  return (
    <Modal
      open={props.open}
      title={props.user ? t('assign.titleFor', { name: props.user.displayName }) : t('assign.title')}
      okText={t('assign.submit')}
      cancelText={t('common:cancel')}
      okButtonProps={{ loading: assign.isPending }}
      onOk={() => void form.validateFields().then((v) => { setError(undefined); assign.mutate(v); }, () => undefined)}
      onCancel={close}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ userId: props.user?.id, unitId: props.unitId }}
        preserve={false}
      >
        <Form.Item name="userId" label={t('assign.user')} hidden={!!props.user} rules={[{ required: true, message: t('requiredChoice', { field: t('assign.user').toLowerCase() }) }]}>
          <Select
            showSearch={{ filterOption: (input, option) => fold(String(option?.label ?? '')).includes(fold(input)) }}
            options={people.map((p) => ({ value: p.id, label: `${p.displayName} (${p.username})` }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('assign.unit')} rules={[{ required: true, message: t('requiredChoice', { field: t('assign.unit').toLowerCase() }) }]}>
          <TreeSelect treeData={unitOptions} treeDefaultExpandAll showSearch={{ filterTreeNode: filterUnitOption }} />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('assign.role')}
          dependencies={['userId', 'unitId']}
          rules={[
            { required: true, message: t('requiredChoice', { field: t('assign.role').toLowerCase() }) },
            ({ getFieldsValue }) => ({
              validator: (_, role?: Role) =>
                role && alreadyHeld({ ...getFieldsValue(), role }) ? Promise.reject(new Error(t('assign.already'))) : Promise.resolve(),
            }),
          ]}
        >
          <Select options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))} />
        </Form.Item>
      </Form>
      <Alert type="info" showIcon title={t('assign.sessionsEnd')} style={{ marginBottom: error ? 12 : 0 }} />
      {error !== undefined && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
