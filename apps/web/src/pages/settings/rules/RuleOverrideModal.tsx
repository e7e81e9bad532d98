// A committee's override of one rule for a unit's subtree: the value by the rule's kind (days or months of the same
// kind, the extension; a share; a list), the basis, from when, and the mandatory reason. The server's refusal (a 403
// names who may) is shown in the dialog, next to the field it names when it names one.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import type { OrgUnit } from '../orgUnits';
import { commonBody, OverrideCommonFields, type OverrideCommon } from '../overrideFields';
import { placeRuleErrors } from './formErrors';
import { useCurrentGeneralRules } from './queries';
import { OVERRIDE_ROLES_KEY, type Rule } from './ruleValue';
import { valueBody, valueInputOf, ValueFields, type ValueInput } from './ValueFields';

interface Values extends OverrideCommon, ValueInput {
  key: string;
  legalBasis?: string;
  sourceRef?: string;
}

const FIELDS = ['key', 'unit', 'amount', 'denominator', 'items', 'tableJson', 'extensionValue', 'extensionMaxCount', 'legalBasis', 'sourceRef', 'orgUnitId', 'effectiveFrom', 'reason'];

export default function RuleOverrideModal(props: { open: boolean; initialKey?: string; units: OrgUnit[]; onClose: () => void }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const current = useCurrentGeneralRules(props.open);
  const overridable = current.general.filter((r) => r.key !== OVERRIDE_ROLES_KEY);
  const key = Form.useWatch('key', form);
  const base: Rule | undefined = current.byKey.get(key ?? props.initialKey ?? '');

  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/rules/overrides', {
          body: {
            key: v.key,
            ...valueBody(v),
            ...(v.legalBasis?.trim() ? { legalBasis: v.legalBasis.trim() } : {}),
            ...(v.sourceRef?.trim() ? { sourceRef: v.sourceRef.trim() } : {}),
            ...commonBody(v),
          },
        }),
      ),
    onSuccess: async () => {
      void message.success(t('settings:saved'));
      await queryClient.invalidateQueries({ queryKey: ['rules'] });
      props.onClose();
    },
    onError: (e) => placeRuleErrors(form, e, form.getFieldValue('unit'), FIELDS),
  });

  // The value fields start from the rule in force: the committee changes what it needs.
  const prefill = (k: string | undefined) => {
    const r = k ? current.byKey.get(k) : undefined;
    if (r) form.setFieldsValue({ ...valueInputOf(r), noValue: false, legalBasis: undefined, sourceRef: undefined });
  };
  // Opened on a rule before the rules arrived: fill its value in once they do.
  useEffect(() => {
    if (base && form.getFieldValue('unit') === undefined) prefill(base.key);
  }, [base?.id]);

  return (
    <Modal
      open={props.open}
      title={t('form.title')}
      okText={t('form.submit')}
      cancelText={t('common:cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
      width={680}
    >
      <Form<Values>
        form={form}
        name="ruleOverride"
        layout="vertical"
        requiredMark="optional"
        initialValues={{ key: props.initialKey, orgUnitId: props.units[0]?.id, ...(base ? valueInputOf(base) : {}), noValue: false }}
        onValuesChange={(changed: Partial<Values>) => 'key' in changed && prefill(changed.key)}
        onFinish={(v) => save.mutate(v)}
      >
        <Form.Item name="key" label={t('form.key')} rules={[{ required: true, message: t('settings:required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={current.isPending}
            options={overridable.map((r) => ({ value: r.key, label: `${r.description ?? r.key} (${r.key})` }))}
          />
        </Form.Item>
        {base && <ValueFields key={base.key} baseUnit={base.unit} noValue="deadline" />}
        <Form.Item name="legalBasis" label={t('form.legalBasis')} extra={base?.legalBasis ? t('form.legalBasisHint', { basis: base.legalBasis }) : undefined}>
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="sourceRef" label={t('form.sourceRef')}>
          <Input maxLength={32} style={{ width: 220 }} />
        </Form.Item>
        <OverrideCommonFields units={props.units} />
        {save.error && <ApiErrorAlert error={save.error} />}
      </Form>
    </Modal>
  );
}
