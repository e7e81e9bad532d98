// The value part of a rule form (an override, a new general version), by the rule's kind: days or months with the
// unit of the same kind and the extension; a count; a share "quá" / "ít nhất" a/b; a list of codes; a table as JSON
// rows. `valueBody` turns the fields into the API's {unit, value, valueData, extension}.
import { Checkbox, Flex, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeLabel, useValueText } from './RuleValueView';
import { isTimeUnit, readValue, sameKindUnits, type RuleUnit } from './ruleValue';

export interface ValueInput {
  unit: RuleUnit;
  noValue?: boolean;
  amount?: number | null;
  numerator?: number | null;
  denominator?: number | null;
  strict?: boolean;
  items?: string[];
  tableJson?: string;
  extensionValue?: number | null;
  extensionMaxCount?: number | null;
}

/** The longest period a time rule may hold (days or months), as the server checks (rule-value-check.ts). */
export const MAX_TIME_VALUE = 3650;
const MAX_EXTENSIONS = 100;

/** The fields a form starts from: the current row's value. */
export function valueInputOf(r: {
  unit: RuleUnit;
  value: number | null;
  valueData: Record<string, unknown> | null;
  extensionValue: number | null;
  extensionMaxCount: number | null;
}): ValueInput {
  const v = readValue(r);
  return {
    unit: r.unit,
    noValue: v.kind === 'NONE',
    amount: v.kind === 'TIME' || v.kind === 'COUNT' ? v.value : null,
    numerator: v.kind === 'FRACTION' ? v.numerator : null,
    denominator: v.kind === 'FRACTION' ? v.denominator : null,
    strict: v.kind === 'FRACTION' ? v.strict : true,
    items: v.kind === 'LIST' ? v.items : [],
    tableJson: v.kind === 'TABLE' ? JSON.stringify(v.rows, null, 2) : '[]',
    extensionValue: r.extensionValue,
    extensionMaxCount: r.extensionMaxCount || null,
  };
}

/** What the API takes for the value: time rules carry their extension, structured kinds their valueData. */
export function valueBody(v: ValueInput): { unit: RuleUnit; value: number | null; valueData: Record<string, unknown> | null; extensionValue?: number | null; extensionMaxCount?: number } {
  const time = isTimeUnit(v.unit);
  const extension = time
    ? v.extensionValue
      ? { extensionValue: v.extensionValue, extensionMaxCount: v.extensionMaxCount ?? 1 }
      : { extensionValue: null, extensionMaxCount: 0 }
    : {};
  if (v.noValue) return { unit: v.unit, value: null, valueData: null, ...extension };
  if (time || v.unit === 'COUNT') return { unit: v.unit, value: v.amount ?? null, valueData: null, ...extension };
  if (v.unit === 'FRACTION') return { unit: v.unit, value: null, valueData: { numerator: v.numerator, denominator: v.denominator, strict: !!v.strict } };
  if (v.unit === 'LIST') return { unit: v.unit, value: null, valueData: { items: (v.items ?? []).map((i) => i.trim()).filter(Boolean) } };
  return { unit: v.unit, value: null, valueData: { rows: JSON.parse(v.tableJson ?? '[]') as unknown[] } };
}

/** Rows of a TABLE typed as JSON: an array of objects, or the reason it is not. */
function tableProblem(text: string | undefined): string | undefined {
  try {
    const rows: unknown = JSON.parse(text ?? '');
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || Array.isArray(r))) return 'shape';
    return undefined;
  } catch {
    return 'json';
  }
}

/**
 * `noValue`: what "no value" means in this form — a committee choosing no deadline ('deadline', time rules only) or
 * a general row whose legal value was not found ('legal'); false: not offered.
 */
export function ValueFields({ baseUnit, noValue }: { baseUnit: RuleUnit; noValue: 'deadline' | 'legal' | false }) {
  const { t } = useTranslation('rules');
  const label = useCodeLabel();
  const text = useValueText();
  const form = Form.useFormInstance<ValueInput>();
  const unit = (Form.useWatch('unit', form) as RuleUnit | undefined) ?? baseUnit;
  const empty = !!Form.useWatch('noValue', form);
  const numerator = Form.useWatch('numerator', form) as number | null | undefined;
  const denominator = Form.useWatch('denominator', form) as number | null | undefined;
  const strict = Form.useWatch('strict', form) as boolean | undefined;
  const items = (Form.useWatch('items', form) as string[] | undefined) ?? [];
  const time = isTimeUnit(unit);
  const offerEmpty = noValue === 'legal' || (noValue === 'deadline' && time);
  const units = sameKindUnits(baseUnit);

  return (
    <>
      {/* Only a time rule has a choice of unit; the others keep theirs (still sent). */}
      <Form.Item name="unit" label={t('valueFields.unit')} extra={t('valueFields.unitHint')} hidden={units.length === 1}>
        <Select options={units.map((u) => ({ value: u, label: t(`unitNames.${u}`) }))} style={{ width: 220 }} />
      </Form.Item>
      {offerEmpty && (
        <Form.Item name="noValue" valuePropName="checked">
          <Checkbox>{noValue === 'legal' ? t('valueFields.noLegalValue') : t('valueFields.noDeadline')}</Checkbox>
        </Form.Item>
      )}
      {!empty && (time || unit === 'COUNT') && (
        <Form.Item
          name="amount"
          label={time ? `${t('valueFields.amount')} (${t(`units.${unit}`)})` : t('valueFields.count')}
          extra={time ? t('valueFields.amountRange', { max: MAX_TIME_VALUE }) : undefined}
          rules={[{ required: true, message: time ? t('valueFields.amountRequired') : t('valueFields.countRequired') }]}
        >
          <InputNumber min={time ? 1 : 0} max={time ? MAX_TIME_VALUE : undefined} precision={0} style={{ width: 200 }} />
        </Form.Item>
      )}
      {!empty && unit === 'FRACTION' && (
        <Form.Item label={t('valueFields.fraction')} required extra={numerator && denominator ? text({ kind: 'FRACTION', numerator, denominator, strict: !!strict }, null) : undefined}>
          <Flex gap={8} wrap align="center">
            <Form.Item name="strict" noStyle>
              <Radio.Group
                optionType="button"
                options={[
                  { value: true, label: t('valueFields.strict') },
                  { value: false, label: t('valueFields.atLeast') },
                ]}
              />
            </Form.Item>
            <Form.Item name="numerator" noStyle rules={[{ required: true, message: t('valueFields.fractionRequired') }]}>
              <InputNumber min={1} precision={0} aria-label={t('valueFields.numerator')} style={{ width: 90 }} />
            </Form.Item>
            <span aria-hidden>/</span>
            <Form.Item
              name="denominator"
              noStyle
              dependencies={['numerator', 'strict']}
              rules={[
                { required: true, message: t('valueFields.fractionRequired') },
                ({ getFieldValue }) => ({
                  validator: (_, d?: number | null) => {
                    const n = getFieldValue('numerator') as number | null | undefined;
                    if (!n || !d) return Promise.resolve();
                    const reachable = getFieldValue('strict') ? n < d : n <= d;
                    return reachable ? Promise.resolve() : Promise.reject(new Error(t('valueFields.fractionUnreachable')));
                  },
                }),
              ]}
            >
              <InputNumber min={1} precision={0} aria-label={t('valueFields.denominator')} style={{ width: 90 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
      )}
      {!empty && unit === 'LIST' && (
        <Form.Item name="items" label={t('valueFields.items')} extra={t('valueFields.itemsHint')}>
          <Select
            mode="tags"
            tokenSeparators={[',']}
            aria-label={t('valueFields.items')}
            options={items.map((code) => ({ value: code, label: label(code) === code ? code : `${label(code)} (${code})` }))}
          />
        </Form.Item>
      )}
      {!empty && unit === 'TABLE' && (
        <Form.Item
          name="tableJson"
          label={t('valueFields.table')}
          extra={t('valueFields.tableHint')}
          rules={[
            {
              validator: (_, v?: string) => {
                const problem = tableProblem(v);
                return problem ? Promise.reject(new Error(t(`valueFields.tableProblems.${problem}`))) : Promise.resolve();
              },
            },
          ]}
        >
          <Input.TextArea rows={8} style={{ fontFamily: 'monospace', fontSize: 12 }} />
        </Form.Item>
      )}
      {time && (
        <Form.Item label={t('valueFields.extension')} extra={t('valueFields.extensionHint')}>
          <Flex gap={8} wrap align="center">
            <Form.Item name="extensionValue" noStyle>
              <InputNumber min={1} max={MAX_TIME_VALUE} precision={0} aria-label={t('valueFields.extensionValue')} placeholder={t('valueFields.extensionValue')} style={{ width: 160 }} />
            </Form.Item>
            <Typography.Text>{t(`units.${unit}`)} ×</Typography.Text>
            <Form.Item
              name="extensionMaxCount"
              noStyle
              dependencies={['extensionValue']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, n?: number | null) =>
                    getFieldValue('extensionValue') && !n ? Promise.reject(new Error(t('valueFields.extensionCountRequired'))) : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber min={1} max={MAX_EXTENSIONS} precision={0} aria-label={t('valueFields.extensionMaxCount')} placeholder={t('valueFields.extensionMaxCount')} style={{ width: 160 }} />
            </Form.Item>
          </Flex>
        </Form.Item>
      )}
    </>
  );
}
