// A committee's override of one deadline rule for a unit's subtree: the new value (or no deadline), from when, and
// the mandatory reason. The server's refusal is shown in the dialog, next to the field it names when it names one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Checkbox, Form, InputNumber, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { OrgUnit } from './orgUnits';
import { commonBody, OverrideCommonFields, showFieldErrors, type OverrideCommon } from './overrideFields';

type Rule = Schemas['LegalRuleResponse'];

interface Values extends OverrideCommon {
  key: string;
  value: number | null;
  noDeadline: boolean;
}

const FIELDS = ['key', 'value', 'orgUnitId', 'effectiveFrom', 'reason'] as const;

export function RuleOverrideModal(props: { open: boolean; initialKey?: string; units: OrgUnit[]; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const allRules = useQuery({
    queryKey: ['rules', 'all'],
    queryFn: () => unwrap(api.GET('/rules', { params: { query: { page: 1, pageSize: 500 } } })),
    enabled: props.open,
    staleTime: 60_000,
  });
  const general = (allRules.data?.items ?? []).filter((r) => r.orgUnitId === null);
  const baseOf = (key: string | undefined): Rule | undefined => general.find((r) => r.key === key);

  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(api.POST('/rules/overrides', {
        body: { key: v.key, value: v.noDeadline ? null : (v.value ?? null), ...commonBody(v) },
      })),
    onSuccess: async () => {
      void message.success(t('saved'));
      await queryClient.invalidateQueries({ queryKey: ['rules'] });
      props.onClose();
    },
    onError: (e) => showFieldErrors(form, e, FIELDS),
  });

  useEffect(() => {
    if (props.open) {
      form.resetFields();
      form.setFieldsValue({ key: props.initialKey, orgUnitId: props.units[0]?.id, noDeadline: false });
      save.reset();
    }
  }, [props.open, props.initialKey]);

  const key = Form.useWatch('key', form);
  const noDeadline = Form.useWatch('noDeadline', form);
  const base = baseOf(key);
  return (
    <Modal
      open={props.open}
      title={t('rules.form.title')}
      okText={t('rules.form.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
      width={640}
    >
      <Form<Values> form={form} name="ruleOverride" layout="vertical" onFinish={(v) => save.mutate(v)} requiredMark="optional">
        <Form.Item name="key" label={t('rules.form.key')} rules={[{ required: true, message: t('required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={allRules.isPending}
            options={general.map((r) => ({ value: r.key, label: `${r.description ?? r.key} (${r.key})` }))}
          />
        </Form.Item>
        <Form.Item
          label={base ? `${t('rules.form.value')} (${t(`rules.units.${base.unit}`)})` : t('rules.form.value')}
          required={!noDeadline}
          extra={t('rules.form.valueRange')}
        >
          <Form.Item name="value" noStyle rules={[{ required: !noDeadline, message: t('rules.form.valueRequired') }]}>
            <InputNumber
              min={1}
              max={3650}
              precision={0}
              disabled={noDeadline}
              aria-label={t('rules.form.value')}
              style={{ width: 200, marginInlineEnd: 16 }}
            />
          </Form.Item>
          <Form.Item name="noDeadline" valuePropName="checked" noStyle>
            <Checkbox>{t('rules.form.none')}</Checkbox>
          </Form.Item>
        </Form.Item>
        <OverrideCommonFields units={props.units} />
        {save.error && <ApiErrorAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
