// Create a unit below one the administrator manages. Refusals go under their field: a code already used, a parent
// out of reach, a field the validation refused.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { placeServerError } from './serverErrors';
import { childLevel, filterUnitOption, UNIT_LEVELS, useUnitOptions, type OrgUnit } from './units';

type Values = Schemas['CreateOrgUnitDto'];

export function CreateUnitModal(props: { open: boolean; units: OrgUnit[]; parentId?: string; onClose: () => void; onCreated: (unit: OrgUnit) => void }) {
  const { t } = useTranslation('admin');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>();
  const options = useUnitOptions(props.units, t('organisation.endedOption'));
  const levelOf = (id?: string) => props.units.find((u) => u.id === id)?.level;

  const close = () => {
    form.resetFields();
    setError(undefined);
    props.onClose();
  };

  const create = useMutation({
    mutationFn: (v: Values) => unwrap(api.POST('/org-units', { body: { ...v, name: v.name.trim() } })),
    onSuccess: async (unit) => {
      void message.success(t('createUnit.created', { name: unit.name }));
      await queryClient.invalidateQueries({ queryKey: ['org-units'] });
      props.onCreated(unit);
      close();
    },
    onError: (e) =>
      setError(placeServerError(form, e, { byCode: { UNIT_CODE_TAKEN: 'code', UNIT_NOT_FOUND: 'parentId' }, fields: ['code', 'name', 'level', 'parentId'] })),
  });

  const required = (field: string, choice = false) => ({
    required: true,
    whitespace: true,
    message: t(choice ? 'requiredChoice' : 'required', { field: field.toLowerCase() }),
  });

  return (
    <Modal
      open={props.open}
      title={t('createUnit.title')}
      okText={t('createUnit.submit')}
      cancelText={t('common:cancel')}
      okButtonProps={{ loading: create.isPending }}
      onOk={() => void form.validateFields().then((v) => { setError(undefined); create.mutate(v); }, () => undefined)}
      onCancel={close}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        preserve={false}
        initialValues={{ parentId: props.parentId, level: childLevel(levelOf(props.parentId)) }}
        onValuesChange={(changed: Partial<Values>) => {
          if (changed.parentId) form.setFieldValue('level', childLevel(levelOf(changed.parentId)));
        }}
      >
        <Form.Item name="parentId" label={t('createUnit.parent')} rules={[required(t('createUnit.parent'), true)]}>
          <TreeSelect treeData={options} treeDefaultExpandAll showSearch={{ filterTreeNode: filterUnitOption }} />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('createUnit.code')}
          extra={t('createUnit.codeHelp')}
          normalize={(v?: string) => v?.toUpperCase().replace(/\s+/g, '-')}
          rules={[required(t('createUnit.code')), { pattern: /^[A-Z0-9-]{2,64}$/, message: t('createUnit.codeFormat') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="name" label={t('createUnit.name')} rules={[required(t('createUnit.name')), { min: 2, max: 300 }]}>
          <Input placeholder={t('createUnit.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="level" label={t('createUnit.level')} rules={[required(t('createUnit.level'), true)]}>
          <Select options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        </Form.Item>
      </Form>
      {error !== undefined && <ApiErrorAlert error={error} />}
    </Modal>
  );
}
