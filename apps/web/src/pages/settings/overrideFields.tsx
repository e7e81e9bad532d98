// What every override form has: the unit it applies to (units the user may set), the date it takes effect, and the
// mandatory reason; and the server's refusals put next to the fields they name.
import { DatePicker, Form, Input, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { OrgUnit } from './orgUnits';

export interface OverrideCommon {
  orgUnitId: string;
  effectiveFrom?: Dayjs | null;
  reason: string;
}

export function OverrideCommonFields({ units }: { units: OrgUnit[] }) {
  const { t } = useTranslation('settings');
  return (
    <>
      <Form.Item name="orgUnitId" label={t('unitField')} rules={[{ required: true, message: t('required') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} options={units.map((u) => ({ value: u.id, label: u.name }))} />
      </Form.Item>
      <Form.Item name="effectiveFrom" label={t('effectiveFromField')} extra={t('effectiveFromHint')}>
        <DatePicker format="DD/MM/YYYY" placeholder={t('datePlaceholder')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('reasonField')}
        rules={[
          { required: true, whitespace: true, message: t('reasonMin') },
          { min: 10, message: t('reasonMin') },
        ]}
      >
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
    </>
  );
}

/** The body's common part: the date as 'YYYY-MM-DD' (absent = today, the server's default), the reason trimmed. */
export function commonBody(v: OverrideCommon) {
  return {
    orgUnitId: v.orgUnitId,
    reason: v.reason.trim(),
    ...(v.effectiveFrom ? { effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD') } : {}),
  };
}

/** Puts a VALIDATION_FAILED's field messages on the form's fields that carry those names. */
export function showFieldErrors(form: FormInstance, error: unknown, fieldNames: readonly string[]): void {
  if (!(error instanceof ApiError)) return;
  const fields = Object.entries(error.fieldErrors()).filter(([name]) => fieldNames.includes(name));
  form.setFields(fields.map(([name, message]) => ({ name, errors: [message] })));
}
