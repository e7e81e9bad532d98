// "Phiên bản quy tắc mới" (an administrator of a top-level unit): the law changed, so a rule gets a new general row
// from a date, based on a registered instrument. A dry run comes first and is mandatory: it reports the deadlines it
// would re-plan and the open cases concerned; "Áp dụng" then sends exactly what was previewed. Changing any field
// discards the preview.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatCivilDate } from '../../../lib/format';
import { placeRuleErrors } from './formErrors';
import type { useRulePermissions } from './permissions';
import { useCurrentGeneralRules } from './queries';
import { useValueText } from './RuleValueView';
import { CONFIDENCES, dayBefore, isTimeUnit, readValue, type Confidence } from './ruleValue';
import { valueBody, valueInputOf, ValueFields, type ValueInput } from './ValueFields';
import { VersionReport } from './VersionReport';

type Body = Omit<Schemas['RuleVersionDto'], 'dryRun'>;
type Report = Schemas['RuleVersionResponse'];

interface Values extends ValueInput {
  key: string;
  effectiveFrom: Dayjs;
  instrumentCode: string;
  legalBasis: string;
  sourceRef: string;
  confidence: Confidence;
  startEvent?: string;
  startConvention?: 'NEXT_DAY' | 'SAME_DAY';
  description?: string;
  reason: string;
}

const FIELDS = ['key', 'unit', 'amount', 'denominator', 'items', 'tableJson', 'extensionValue', 'extensionMaxCount', 'effectiveFrom', 'instrumentCode',
  'legalBasis', 'sourceRef', 'confidence', 'startEvent', 'startConvention', 'description', 'reason'];

export default function RuleVersionPanel({ access }: { access: ReturnType<typeof useRulePermissions> }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const queryClient = useQueryClient();
  const current = useCurrentGeneralRules();
  const key = Form.useWatch('key', form);
  const unit = Form.useWatch('unit', form);
  const [preview, setPreview] = useState<{ body: Body; report: Report } | undefined>();
  const [applied, setApplied] = useState<Report | undefined>();

  const versions = useQuery({
    queryKey: ['rules', 'versions-of', key],
    queryFn: () => unwrap(api.GET('/rules', { params: { query: { key, page: 1, pageSize: 100 } } })),
    enabled: !!key,
  });
  const general = (versions.data?.items ?? []).filter((r) => r.key === key && r.orgUnitId === null).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const latest = general.at(-1);
  const instruments = useQuery({
    queryKey: ['legal-instruments', 'all'],
    queryFn: () => unwrap(api.GET('/legal-instruments', { params: { query: { page: 1, pageSize: 100 } } })),
    staleTime: 60_000,
  });

  // A new key: its value fields start from its latest general version.
  useEffect(() => {
    if (!latest) return;
    form.setFieldsValue({
      ...valueInputOf(latest),
      ...(isTimeUnit(latest.unit) ? { startEvent: latest.startEvent ?? '', startConvention: latest.startConvention === 'NONE' ? undefined : latest.startConvention } : {}),
    });
  }, [latest?.id]);

  const run = useMutation({
    mutationFn: ({ body, dryRun }: { body: Body; dryRun: boolean }) => unwrap(api.POST('/rules/versions', { body: { ...body, dryRun } })),
    onSuccess: async (report, { body, dryRun }) => {
      if (dryRun) {
        setPreview({ body, report });
        return;
      }
      setPreview(undefined);
      setApplied(report);
      // The next version starts from a clean slate: only the rule stays chosen.
      form.resetFields(['effectiveFrom', 'instrumentCode', 'legalBasis', 'sourceRef', 'confidence', 'description', 'reason']);
      void message.success(t('version.done', { moved: report.deadlines.moved }));
      await queryClient.invalidateQueries({ queryKey: ['rules'] });
    },
    onError: (e) => placeRuleErrors(form, e, form.getFieldValue('unit'), FIELDS),
  });

  const bodyOf = (v: Values): Body => ({
    key: v.key,
    ...valueBody(v),
    effectiveFrom: v.effectiveFrom.format('YYYY-MM-DD'),
    instrumentCode: v.instrumentCode,
    legalBasis: v.legalBasis.trim(),
    sourceRef: v.sourceRef.trim(),
    confidence: v.confidence,
    reason: v.reason.trim(),
    ...(isTimeUnit(v.unit) ? { ...(v.startEvent?.trim() ? { startEvent: v.startEvent.trim() } : {}), ...(v.startConvention ? { startConvention: v.startConvention } : {}) } : {}),
    ...(v.description?.trim() ? { description: v.description.trim() } : {}),
  });
  // A failed validation is already shown next to its field.
  const dryRun = () => void form.validateFields().then((v) => run.mutate({ body: bodyOf(v), dryRun: true }), () => undefined);

  return (
    <Flex vertical gap={16}>
      <Alert type="info" role="note" showIcon title={t('version.hint')} />
      <Card size="small">
        <Form<Values>
          form={form}
          name="ruleVersion"
          layout="vertical"
          requiredMark="optional"
          style={{ maxWidth: 720 }}
          onValuesChange={() => {
            if (preview) setPreview(undefined);
            if (applied) setApplied(undefined);
            if (run.error) run.reset();
          }}
        >
          <Form.Item name="key" label={t('version.key')} rules={[{ required: true, message: t('settings:required') }]}>
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={current.isPending}
              options={current.general.map((r) => ({ value: r.key, label: `${r.description ?? r.key} (${r.key})` }))}
            />
          </Form.Item>
          {general.length > 0 && <VersionHistory rows={general} />}
          {latest && (
            <>
              <ValueFields key={latest.key} baseUnit={latest.unit} noValue="legal" />
              {isTimeUnit(unit ?? latest.unit) && (
                <Flex gap={12} wrap>
                  <Form.Item name="startEvent" label={t('version.startEvent')} style={{ flex: '1 1 320px' }}>
                    <Input maxLength={500} />
                  </Form.Item>
                  <Form.Item name="startConvention" label={t('version.startConvention')}>
                    <Select style={{ width: 220 }} options={(['NEXT_DAY', 'SAME_DAY'] as const).map((c) => ({ value: c, label: t(`conventions.${c}`) }))} />
                  </Form.Item>
                </Flex>
              )}
              <Form.Item
                name="effectiveFrom"
                label={t('version.effectiveFrom')}
                extra={t('version.effectiveFromHint', { date: formatCivilDate(latest.effectiveFrom) })}
                rules={[{ required: true, message: t('version.effectiveFromRequired') }]}
              >
                <DatePicker
                  format="DD/MM/YYYY"
                  placeholder={t('settings:datePlaceholder')}
                  disabledDate={(d) => d.format('YYYY-MM-DD') <= latest.effectiveFrom}
                  style={{ width: 200 }}
                />
              </Form.Item>
              <Form.Item name="instrumentCode" label={t('version.instrument')} extra={t('version.instrumentHint')} rules={[{ required: true, message: t('settings:required') }]}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={instruments.isPending}
                  options={(instruments.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.code} – ${i.title}` }))}
                />
              </Form.Item>
              <Form.Item name="legalBasis" label={t('version.legalBasis')} rules={[{ required: true, whitespace: true, min: 3, message: t('version.legalBasisRequired') }]}>
                <Input maxLength={2000} placeholder={latest.legalBasis ?? undefined} />
              </Form.Item>
              <Flex gap={12} wrap>
                <Form.Item name="sourceRef" label={t('version.sourceRef')} rules={[{ required: true, whitespace: true, message: t('settings:required') }]}>
                  <Input maxLength={32} style={{ width: 200 }} placeholder="[62]" />
                </Form.Item>
                <Form.Item
                  name="confidence"
                  label={t('settings:confidence')}
                  dependencies={['noValue']}
                  rules={[
                    { required: true, message: t('settings:required') },
                    ({ getFieldValue }) => ({
                      validator: (_, c?: Confidence) =>
                        !c || (c === 'NOT_FOUND') === !!getFieldValue('noValue') ? Promise.resolve() : Promise.reject(new Error(t('version.confidenceMismatch'))),
                    }),
                  ]}
                >
                  <Select style={{ width: 260 }} options={CONFIDENCES.map((c) => ({ value: c, label: t(`settings:confidences.${c}`) }))} />
                </Form.Item>
              </Flex>
              <Form.Item name="description" label={t('version.description')} extra={t('version.descriptionHint')}>
                <Input.TextArea rows={2} maxLength={2000} placeholder={latest.description ?? undefined} />
              </Form.Item>
              <Form.Item
                name="reason"
                label={t('settings:reasonField')}
                validateFirst
                rules={[
                  { required: true, whitespace: true, message: t('settings:reasonMin') },
                  { validator: (_, v?: string) => ((v ?? '').trim().length >= 10 ? Promise.resolve() : Promise.reject(new Error(t('settings:reasonMin')))) },
                ]}
              >
                <Input.TextArea rows={2} maxLength={2000} showCount />
              </Form.Item>
            </>
          )}
        </Form>
        <Flex gap={8} wrap>
          <Button onClick={dryRun} disabled={!latest} loading={run.isPending && run.variables?.dryRun}>{t('version.preview')}</Button>
          {preview && (
            <Popconfirm
              title={t('version.confirm', { key: preview.body.key, date: formatCivilDate(preview.body.effectiveFrom), moved: preview.report.deadlines.moved })}
              okText={t('common:confirm')}
              cancelText={t('common:cancel')}
              onConfirm={() => run.mutate({ body: preview.body, dryRun: false })}
            >
              <Button type="primary" danger loading={run.isPending && !run.variables?.dryRun}>{t('version.apply')}</Button>
            </Popconfirm>
          )}
        </Flex>
        {!preview && !applied && latest && <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('version.previewFirst')}</Typography.Paragraph>}
      </Card>
      {run.error && <ApiErrorAlert error={run.error} />}
      {preview && <VersionReport report={preview.report} unitName={access.nameOf} />}
      {applied && <VersionReport report={applied} unitName={access.nameOf} />}
    </Flex>
  );
}

/** The general versions a key already has, oldest first: the new one must start after the last. */
function VersionHistory({ rows }: { rows: Schemas['LegalRuleResponse'][] }) {
  const { t } = useTranslation('rules');
  const text = useValueText();
  return (
    <div style={{ marginBottom: 24 }}>
      <div style={{ marginBottom: 8 }}>{t('version.history')}</div>
      <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('version.history')}>
        {rows.map((r) => {
          const from = formatCivilDate(r.effectiveFrom);
          const period = r.effectiveTo ? t('period.closed', { from, to: formatCivilDate(dayBefore(r.effectiveTo)) }) : t('period.open', { from });
          return (
            <li key={r.id}>
              {period}: <strong>{text(readValue(r), r.confidence)}</strong>
              {r.instrument ? ` (${r.instrument})` : ''}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
