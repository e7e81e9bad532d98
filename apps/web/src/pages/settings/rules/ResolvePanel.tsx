// "Quy tắc áp dụng": which row applies to a unit on a date (the date of the legal fact) and why — the general row
// in force then, or a committee's override, and which override lapsed (GET /rules/resolve).
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { useAuth } from '../../../app/auth';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatCivilDate, formatDate } from '../../../lib/format';
import { BasisCell } from '../settingsShared';
import type { useRulePermissions } from './permissions';
import { useCurrentGeneralRules } from './queries';
import { RuleValueView } from './RuleValueView';
import { dayBefore, isTimeUnit } from './ruleValue';

type Resolved = Schemas['RuleResolvedResponse'];

interface Ask {
  key: string;
  unitId: string;
  date: string;
}

export default function ResolvePanel({ access }: { access: ReturnType<typeof useRulePermissions> }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { me } = useAuth();
  const [form] = Form.useForm<{ key: string; unitId: string; date: Dayjs | null }>();
  const [asked, setAsked] = useState<Ask | undefined>();
  const current = useCurrentGeneralRules();
  const ownUnit = me?.assignments.map((a) => a.unitId).find((id) => access.byId.has(id)) ?? access.units[0]?.id;
  const resolved = useQuery({
    queryKey: ['rules', 'resolve', asked],
    queryFn: () => unwrap(api.GET('/rules/resolve', { params: { query: asked! } })),
    enabled: asked !== undefined,
    retry: false,
  });

  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('resolve.hint')}</Typography.Paragraph>
      <Form
        form={form}
        name="ruleResolve"
        layout="inline"
        initialValues={{ date: dayjs(), unitId: ownUnit }}
        onFinish={(v) => setAsked({ key: v.key, unitId: v.unitId, date: (v.date ?? dayjs()).format('YYYY-MM-DD') })}
        style={{ rowGap: 12 }}
      >
        <Form.Item name="key" label={t('resolve.key')} rules={[{ required: true, message: t('settings:required') }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={current.isPending}
            style={{ width: 340 }}
            popupMatchSelectWidth={false}
            options={current.general.map((r) => ({ value: r.key, label: `${r.key} – ${r.description ?? ''}` }))}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('resolve.unit')} rules={[{ required: true, message: t('settings:required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} style={{ width: 260 }} options={access.units.map((u) => ({ value: u.id, label: u.name }))} />
        </Form.Item>
        <Form.Item name="date" label={t('resolve.date')} extra={t('resolve.dateHint')}>
          <DatePicker format="DD/MM/YYYY" placeholder={t('settings:datePlaceholder')} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={resolved.isFetching}>{t('resolve.submit')}</Button>
        </Form.Item>
      </Form>
      {resolved.error && <ApiErrorAlert error={resolved.error} />}
      {resolved.data && <ResolvedCard rule={resolved.data} unitName={access.nameOf} />}
    </Flex>
  );
}

function ResolvedCard({ rule, unitName }: { rule: Resolved; unitName: (id: string) => string | undefined }) {
  const { t } = useTranslation(['rules', 'settings']);
  const from = formatCivilDate(rule.effectiveFrom);
  const items = [
    { key: 'value', label: t('columns.value'), children: <RuleValueView rule={rule} inlineTable /> },
    ...(isTimeUnit(rule.unit)
      ? [{ key: 'start', label: t('columns.start'), children: [rule.startEvent, t(`conventions.${rule.startConvention}`, { defaultValue: '' })].filter(Boolean).join(', ') }]
      : []),
    {
      key: 'period',
      label: t('columns.period'),
      children: rule.effectiveTo ? t('period.closed', { from, to: formatCivilDate(dayBefore(rule.effectiveTo)) }) : t('period.open', { from }),
    },
    ...(rule.instrument ? [{ key: 'instrument', label: t('resolve.instrument'), children: <Typography.Text code>{rule.instrument}</Typography.Text> }] : []),
    { key: 'basis', label: t('settings:basis'), children: <BasisCell legalBasis={rule.legalBasis} sourceRef={rule.sourceRef} confidence={rule.confidence} /> },
    {
      key: 'scope',
      label: t('settings:scope'),
      children: rule.override ? (
        <Flex vertical gap={2}>
          <span>{t('settings:overrideBy', { unit: unitName(rule.override.orgUnitId) ?? t('settings:unknownUnit') })}</span>
          <Typography.Text style={{ fontSize: 12 }}>{t('settings:overrideReason', { reason: rule.override.reason })}</Typography.Text>
          {rule.override.confirmedAt && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('override.confirmedAt', { date: formatDate(rule.override.confirmedAt) })}</Typography.Text>
          )}
        </Flex>
      ) : (
        t('settings:general')
      ),
    },
  ];
  return (
    <Card
      size="small"
      aria-label={t('resolve.resultLabel')}
      title={
        <Flex vertical>
          <span>{rule.description}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {t('resolve.resultFor', { key: rule.key, unit: unitName(rule.unitId) ?? t('settings:unknownUnit'), date: formatCivilDate(rule.resolvedOn) })}
          </Typography.Text>
        </Flex>
      }
    >
      <Alert type="info" showIcon title={t('resolve.why')} description={rule.why} style={{ marginBottom: 12 }} />
      <Descriptions size="small" column={1} bordered items={items} />
    </Card>
  );
}
