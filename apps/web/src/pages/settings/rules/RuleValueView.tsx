// A rule's value as people read it: "10 ngày làm việc", "Quá 1/2", "Ít nhất 2/3", a list as tags (the app's label
// for a code when it has one, else the code), a table as a compact sub-table; no value: "Chưa có giá trị pháp lý"
// with the confidence tag.
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ConfidenceTag } from '../settingsShared';
import { readValue, tableColumns, type RuleUnit, type RuleValue } from './ruleValue';

/** Where the app already names a code (roles, discipline forms, subjects, levels, bodies), in this order. */
const LABEL_PATHS = ['common:roles', 'settings:authority.forms', 'settings:authority.subjects', 'settings:authority.levels', 'settings:authority.bodyKinds'];

/** A code's label where the app has one, else the code itself. */
export function useCodeLabel(): (code: string) => string {
  const { t, i18n } = useTranslation(['rules', 'settings']);
  return (code) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) return code;
    const path = LABEL_PATHS.find((p) => i18n.exists(`${p}.${code}`));
    return path ? t(`${path}.${code}`) : code;
  };
}

export interface ValueSource {
  key: string;
  unit: RuleUnit;
  value: number | null;
  valueData: Record<string, unknown> | null;
  confidence: string | null;
}

/** The one-line text of a value (a TABLE gives its row count; the table itself is drawn by RuleTable). */
export function useValueText(): (v: RuleValue, confidence: string | null) => string {
  const { t } = useTranslation('rules');
  return (v, confidence) => {
    switch (v.kind) {
      case 'NONE':
        // A committee's "no deadline" is a choice; a general row without a value is a legal value not found.
        return confidence === 'OVERRIDE' ? t('value.noDeadline') : t('value.notFound');
      case 'TIME':
        return t('value.time', { value: v.value, unit: t(`units.${v.unit}`) });
      case 'COUNT':
        return t('value.count', { value: v.value });
      case 'FRACTION':
        return t(v.strict ? 'value.fractionStrict' : 'value.fractionAtLeast', { numerator: v.numerator, denominator: v.denominator });
      case 'LIST':
        return t('value.listCount', { count: v.items.length });
      case 'TABLE':
        return t('value.tableRows', { count: v.rows.length });
      default:
        return t('value.invalid');
    }
  };
}

export function ListTags({ items }: { items: string[] }) {
  const { t } = useTranslation('rules');
  const label = useCodeLabel();
  if (items.length === 0) return <Typography.Text type="secondary">{t('value.listEmpty')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {items.map((code) => (
        <Tag key={code} title={code} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>{label(code)}</Tag>
      ))}
    </Flex>
  );
}

/** One cell of a TABLE value: codes by their labels, lists as tags, yes/no for booleans. */
function TableCell({ value }: { value: unknown }) {
  const { t } = useTranslation('rules');
  const label = useCodeLabel();
  if (value === null || value === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (Array.isArray(value)) return value.every((v) => typeof v === 'string') ? <ListTags items={value as string[]} /> : <code>{JSON.stringify(value)}</code>;
  if (typeof value === 'boolean') return <>{value ? t('value.yes') : t('value.no')}</>;
  if (typeof value === 'string') return <span title={value}>{label(value)}</span>;
  if (typeof value === 'number') return <>{value}</>;
  return <code>{JSON.stringify(value)}</code>;
}

/** A TABLE value as a compact table: one column per key of its rows. */
export function RuleTable({ ruleKey, rows }: { ruleKey: string; rows: Record<string, unknown>[] }) {
  const { t } = useTranslation('rules');
  const columns = tableColumns(rows).map((k) => ({
    title: t(`fields.${k}`, { defaultValue: k }),
    key: k,
    render: (_: unknown, r: { row: Record<string, unknown> }) => <TableCell value={r.row[k]} />,
  }));
  return (
    <Table<{ n: number; row: Record<string, unknown> }>
      aria-label={t('value.tableLabel', { key: ruleKey })}
      size="small"
      bordered
      pagination={false}
      rowKey="n"
      columns={columns}
      dataSource={rows.map((row, n) => ({ n, row }))}
      style={{ maxWidth: 900 }}
    />
  );
}

/**
 * The value cell of a row. A TABLE shows its row count and a toggle: the sub-table is drawn by the caller (an
 * expanded row of the rules table), `expanded` / `onToggle` say whether it is open.
 */
export function RuleValueView(props: { rule: ValueSource; expanded?: boolean; onToggle?: () => void; inlineTable?: boolean }) {
  const { t } = useTranslation('rules');
  const text = useValueText();
  const v = readValue(props.rule);
  if (v.kind === 'NONE') {
    return (
      <Flex vertical gap={2} align="start">
        <Typography.Text type="secondary">{text(v, props.rule.confidence)}</Typography.Text>
        {props.rule.confidence !== 'OVERRIDE' && <ConfidenceTag value={props.rule.confidence} />}
      </Flex>
    );
  }
  if (v.kind === 'LIST') return <ListTags items={v.items} />;
  if (v.kind === 'TABLE') {
    if (props.inlineTable) return <RuleTable ruleKey={props.rule.key} rows={v.rows} />;
    return (
      <Flex vertical gap={2} align="start">
        <Typography.Text strong>{text(v, props.rule.confidence)}</Typography.Text>
        {props.onToggle && (
          <Button
            type="link"
            size="small"
            style={{ padding: 0, height: 'auto' }}
            onClick={props.onToggle}
            aria-expanded={props.expanded}
            aria-label={t(props.expanded ? 'value.hideTableOf' : 'value.showTableOf', { key: props.rule.key })}
          >
            {t(props.expanded ? 'value.hideTable' : 'value.showTable')}
          </Button>
        )}
      </Flex>
    );
  }
  return <Typography.Text strong type={v.kind === 'INVALID' ? 'danger' : undefined}>{text(v, props.rule.confidence)}</Typography.Text>;
}
