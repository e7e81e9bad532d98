// A committee fills in or changes one cell of the discipline authority table for a unit's subtree, with a reason.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { OrgUnit } from './orgUnits';
import { commonBody, OverrideCommonFields, showFieldErrors, type OverrideCommon } from './overrideFields';

type Dto = Schemas['AuthorityOverrideDto'];
export type AuthorityCell = Pick<Dto, 'bodyKind' | 'subjectKind' | 'form'> & { bodyLevel?: Dto['bodyLevel'] | null; allowed?: boolean; notForUpperAssignedTask?: boolean | null };

interface Values extends OverrideCommon {
  bodyKind: Dto['bodyKind'];
  bodyLevel?: Dto['bodyLevel'];
  subjectKind: Dto['subjectKind'];
  form: Dto['form'];
  allowed: boolean;
  notForUpperAssignedTask: boolean;
}

export const BODY_KINDS: Dto['bodyKind'][] = ['CELL', 'CELL_COMMITTEE', 'PARTY_COMMITTEE', 'STANDING_COMMITTEE', 'INSPECTION_COMMISSION'];
export const LEVELS: NonNullable<Dto['bodyLevel']>[] = ['CENTRAL', 'PROVINCIAL', 'UPPER_GRASSROOTS', 'GRASSROOTS', 'SECTION', 'CELL'];
export const SUBJECTS: Dto['subjectKind'][] = ['FULL_MEMBER', 'PROBATIONARY_MEMBER', 'ORGANISATION'];
export const FORMS: Dto['form'][] = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU', 'GIAI_TAN'];

const FIELDS = ['bodyKind', 'bodyLevel', 'subjectKind', 'form', 'allowed', 'notForUpperAssignedTask', 'orgUnitId', 'effectiveFrom', 'reason'] as const;

export function AuthorityOverrideModal(props: { open: boolean; initial?: AuthorityCell; units: OrgUnit[]; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(api.POST('/discipline/authority/overrides', {
        body: {
          bodyKind: v.bodyKind,
          ...(v.bodyLevel ? { bodyLevel: v.bodyLevel } : {}),
          subjectKind: v.subjectKind,
          form: v.form,
          allowed: v.allowed,
          notForUpperAssignedTask: v.notForUpperAssignedTask,
          ...commonBody(v),
        },
      })),
    onSuccess: async () => {
      void message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['discipline-authority'] });
      props.onClose();
    },
    onError: (e) => showFieldErrors(form, e, FIELDS),
  });

  useEffect(() => {
    if (!props.open) return;
    form.resetFields();
    const i = props.initial;
    form.setFieldsValue({
      bodyKind: i?.bodyKind,
      bodyLevel: i?.bodyLevel ?? undefined,
      subjectKind: i?.subjectKind,
      form: i?.form,
      allowed: i?.allowed ?? true,
      notForUpperAssignedTask: i?.notForUpperAssignedTask ?? false,
      orgUnitId: props.units[0]?.id,
    });
    save.reset();
  }, [props.open, props.initial]);

  const required = [{ required: true, message: t('required') }];
  const options = <K extends string>(values: K[], ns: string) => values.map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  return (
    <Modal
      open={props.open}
      title={t('authority.form.title')}
      okText={t('authority.form.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
      width={640}
    >
      <Form<Values> form={form} name="authorityOverride" layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark="optional">
        <Form.Item name="bodyKind" label={t('authority.form.bodyKind')} rules={required}>
          <Select options={options(BODY_KINDS, 'authority.bodyKinds')} />
        </Form.Item>
        <Form.Item name="bodyLevel" label={t('authority.form.bodyLevel')} extra={t('authority.form.bodyLevelHint')}>
          <Select allowClear options={options(LEVELS, 'authority.levels')} />
        </Form.Item>
        <Form.Item name="subjectKind" label={t('authority.form.subjectKind')} rules={required}>
          <Select options={options(SUBJECTS, 'authority.subjects')} />
        </Form.Item>
        <Form.Item name="form" label={t('authority.form.form')} rules={required}>
          <Select options={options(FORMS, 'authority.forms')} />
        </Form.Item>
        <Form.Item name="allowed" label={t('authority.form.allowed')} rules={required}>
          <Radio.Group
            options={[
              { value: true, label: t('authority.allowed') },
              { value: false, label: t('authority.notAllowed') },
            ]}
          />
        </Form.Item>
        <Form.Item name="notForUpperAssignedTask" valuePropName="checked">
          <Checkbox>{t('authority.form.notForUpper')}</Checkbox>
        </Form.Item>
        <OverrideCommonFields units={props.units} />
        {save.error && <ApiErrorAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
