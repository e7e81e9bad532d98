// Every rule row, general and the committee overrides in scope: its value by kind, its dated period (superseded rows
// greyed and marked), instrument, basis and confidence; filtered by key prefix, a date it is in force on and the
// confidence. Overrides the user may set start from here; a lapsed override can be confirmed again.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Input, Select, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../../api/client';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert';
import { formatCivilDate, formatDate, todayInVietnam } from '../../../lib/format';
import { BasisCell, TONES } from '../settingsShared';
import type { useRulePermissions } from './permissions';
import { RuleTable, RuleValueView } from './RuleValueView';
import { dayBefore, isTimeUnit, OVERRIDE_ROLES_KEY, periodStatus, readValue, type Rule } from './ruleValue';

const RuleOverrideModal = lazy(() => import('./RuleOverrideModal'));
const ConfirmOverrideModal = lazy(() => import('./ConfirmOverrideModal'));

const FILTER_CONFIDENCES = ['STATED', 'INFERRED', 'UNVERIFIED', 'NOT_FOUND', 'CONFLICT', 'OVERRIDE'] as const;
type FilterConfidence = (typeof FILTER_CONFIDENCES)[number];

export function RulesTable({ access }: { access: ReturnType<typeof useRulePermissions> }) {
  const { t } = useTranslation(['rules', 'settings']);
  const { t: tc } = useTranslation();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(50);
  const [keyInput, setKeyInput] = useState('');
  const [key, setKey] = useState('');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [confidence, setConfidence] = useState<FilterConfidence | undefined>();
  const [expanded, setExpanded] = useState<string[]>([]);
  const [editing, setEditing] = useState<{ key?: string } | undefined>();
  const [confirming, setConfirming] = useState<Rule | undefined>();
  const today = todayInVietnam();
  const canOverride = access.overridable.length > 0;
  // A lapse seen on a later date (a version not yet in force) cannot be confirmed yet: a confirmation counts only
  // once the newer general row is in force (rule-resolver.service.ts).
  const lapseIsToday = !asOf || asOf.format('YYYY-MM-DD') <= today;

  const query = { page, pageSize, ...(key ? { key } : {}), ...(asOf ? { asOf: asOf.format('YYYY-MM-DD') } : {}), ...(confidence ? { confidence } : {}) };
  const rules = useQuery({
    queryKey: ['rules', 'list', query],
    queryFn: () => unwrap(api.GET('/rules', { params: { query } })),
    placeholderData: keepPreviousData,
  });
  const filter = (apply: () => void) => {
    apply();
    setPage(1);
  };
  const toggle = (id: string) => setExpanded((open) => (open.includes(id) ? open.filter((x) => x !== id) : [...open, id]));

  const columns: ColumnsType<Rule> = [
    {
      title: t('columns.rule'),
      key: 'rule',
      onCell: () => ({ style: { minWidth: 200 } }),
      render: (_, r) => (
        <Flex vertical gap={2}>
          <span>{r.description ?? r.key}</span>
          <Typography.Text type="secondary" code style={{ fontSize: 12, alignSelf: 'start' }}>{r.key}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('columns.value'),
      key: 'value',
      width: 200,
      render: (_, r) => <RuleValueView rule={r} expanded={expanded.includes(r.id)} onToggle={() => toggle(r.id)} />,
    },
    {
      title: t('columns.start'),
      key: 'start',
      width: 220,
      responsive: ['lg'],
      render: (_, r) =>
        isTimeUnit(r.unit) ? (
          <Flex vertical gap={2}>
            <span>{[r.startEvent, t(`conventions.${r.startConvention}`, { defaultValue: '' })].filter(Boolean).join(', ')}</span>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.extensionValue && r.extensionMaxCount
                ? t('extensionText', { value: r.extensionValue, unit: t(`units.${r.unit}`), count: r.extensionMaxCount })
                : t('noExtension')}
            </Typography.Text>
          </Flex>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('columns.period'),
      key: 'period',
      width: 190,
      render: (_, r) => <PeriodCell rule={r} today={today} />,
    },
    {
      title: t('settings:basis'),
      key: 'basis',
      onCell: () => ({ style: { minWidth: 180 } }),
      render: (_, r) => (
        <Flex vertical gap={2} align="start">
          {r.instrument && <Typography.Text code>{r.instrument}</Typography.Text>}
          <BasisCell legalBasis={r.legalBasis} sourceRef={r.sourceRef} confidence={r.confidence} />
        </Flex>
      ),
    },
    {
      title: t('settings:scope'),
      key: 'scope',
      width: 210,
      render: (_, r) => (
        <ScopeCell rule={r} unitName={access.nameOf} canConfirm={!!r.orgUnitId && access.overridableIds.has(r.orgUnitId) && lapseIsToday} onConfirm={() => setConfirming(r)} />
      ),
    },
  ];
  if (canOverride) {
    columns.push({
      title: tc('actions'),
      key: 'actions',
      width: 100,
      render: (_, r) =>
        r.orgUnitId === null &&
        r.key !== OVERRIDE_ROLES_KEY &&
        periodStatus(r, today) !== 'SUPERSEDED' && (
          <Button size="small" aria-label={t('adjustLabel', { key: r.key })} onClick={() => setEditing({ key: r.key })}>
            {t('adjust')}
          </Button>
        ),
    });
  }

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="end" justify="space-between">
        <Flex gap={12} wrap align="end">
          <div>
            <label htmlFor="rules-filter-key" style={{ display: 'block' }}>{t('filters.key')}</label>
            <Input.Search
              id="rules-filter-key"
              value={keyInput}
              onChange={(e) => {
                setKeyInput(e.target.value);
                if (e.target.value === '') filter(() => setKey(''));
              }}
              onSearch={(v) => filter(() => setKey(v.trim().toUpperCase()))}
              placeholder={t('filters.keyPlaceholder')}
              allowClear
              style={{ width: 220 }}
            />
          </div>
          <div>
            <label htmlFor="rules-filter-as-of" style={{ display: 'block' }}>{t('filters.asOf')}</label>
            <DatePicker id="rules-filter-as-of" value={asOf} onChange={(d) => filter(() => setAsOf(d))} format="DD/MM/YYYY" placeholder={t('settings:datePlaceholder')} style={{ width: 170 }} />
          </div>
          <div>
            <label htmlFor="rules-filter-confidence" style={{ display: 'block' }}>{t('filters.confidence')}</label>
            <Select<FilterConfidence>
              id="rules-filter-confidence"
              value={confidence}
              onChange={(v) => filter(() => setConfidence(v))}
              allowClear
              placeholder={t('filters.anyConfidence')}
              style={{ width: 220 }}
              options={FILTER_CONFIDENCES.map((c) => ({ value: c, label: t(`settings:confidences.${c}`) }))}
            />
          </div>
          {(key || asOf || confidence) && (
            <Button
              onClick={() =>
                filter(() => {
                  setKeyInput('');
                  setKey('');
                  setAsOf(null);
                  setConfidence(undefined);
                })
              }
            >
              {t('filters.clear')}
            </Button>
          )}
        </Flex>
        {canOverride && <Button type="primary" onClick={() => setEditing({})}>{t('add')}</Button>}
      </Flex>
      {rules.error ? (
        <ApiErrorAlert error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<Rule>
          aria-label={t('tableLabel')}
          rowKey="id"
          size="small"
          loading={rules.isFetching}
          columns={columns}
          dataSource={rules.data?.items ?? []}
          expandable={{
            showExpandColumn: false,
            expandedRowKeys: expanded,
            rowExpandable: (r) => readValue(r).kind === 'TABLE',
            expandedRowRender: (r) => {
              const v = readValue(r);
              return v.kind === 'TABLE' ? <RuleTable ruleKey={r.key} rows={v.rows} /> : null;
            },
          }}
          onRow={(r) => ({ 'data-status': rowStatus(r, today), style: ROW_STYLES[rowStatus(r, today)] }) as React.HTMLAttributes<HTMLElement>}
          pagination={{
            current: rules.data?.page ?? page,
            pageSize: rules.data?.pageSize ?? pageSize,
            total: rules.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total, [from, to]) => tc('pageOf', { from, to, total }),
            onChange: (p, s) => {
              setPage(s !== pageSize ? 1 : p);
              setPageSize(s);
            },
          }}
        />
      )}
      <Suspense fallback={null}>
        {editing !== undefined && <RuleOverrideModal open initialKey={editing.key} units={access.overridable} onClose={() => setEditing(undefined)} />}
        {confirming && <ConfirmOverrideModal rule={confirming} unitName={access.nameOf(confirming.orgUnitId)} onClose={() => setConfirming(undefined)} />}
      </Suspense>
    </Flex>
  );
}

type RowStatus = 'superseded' | 'lapsed' | 'override' | 'general';

function rowStatus(r: Rule, today: string): RowStatus {
  if (periodStatus(r, today) === 'SUPERSEDED') return 'superseded';
  if (r.lapsed) return 'lapsed';
  return r.orgUnitId ? 'override' : 'general';
}

// Superseded rows stay readable (history, AA contrast kept: no opacity) but visibly apart: grey, their tags without
// colour; overrides tinted as before, a lapsed one in warning.
const ROW_STYLES: Record<RowStatus, React.CSSProperties | undefined> = {
  superseded: { background: '#f0f0f0', filter: 'grayscale(1)' },
  lapsed: { background: '#fff7e6' },
  override: { background: '#f9f0ff' },
  general: undefined,
};

function PeriodCell({ rule, today }: { rule: Rule; today: string }) {
  const { t } = useTranslation('rules');
  const status = periodStatus(rule, today);
  const from = formatCivilDate(rule.effectiveFrom);
  return (
    <Flex vertical gap={2} align="start">
      <span>{rule.effectiveTo ? t('period.closed', { from, to: formatCivilDate(dayBefore(rule.effectiveTo)) }) : t('period.open', { from })}</span>
      {status === 'SUPERSEDED' && <Tag>{t('period.superseded')}</Tag>}
      {status === 'FUTURE' && <Tag style={TONES.blue}>{t('period.future')}</Tag>}
    </Flex>
  );
}

function ScopeCell(props: { rule: Rule; unitName: (id: string) => string | undefined; canConfirm: boolean; onConfirm: () => void }) {
  const { t } = useTranslation(['rules', 'settings']);
  const r = props.rule;
  if (!r.orgUnitId) return <Typography.Text>{t('settings:general')}</Typography.Text>;
  const unit = props.unitName(r.orgUnitId) ?? t('settings:unknownUnit');
  return (
    <Flex vertical gap={4} align="start">
      <Tag style={{ ...TONES.purple, whiteSpace: 'normal' }}>{t('settings:overrideBy', { unit })}</Tag>
      {r.reason && <Typography.Text style={{ fontSize: 12 }}>{t('settings:overrideReason', { reason: r.reason })}</Typography.Text>}
      {r.confirmedAt && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('override.confirmedAt', { date: formatDate(r.confirmedAt) })}</Typography.Text>}
      {r.lapsed && (
        <>
          <Tag style={{ ...TONES.orange, whiteSpace: 'normal' }}>{t('override.lapsed')}</Tag>
          {props.canConfirm && (
            <Button size="small" onClick={props.onConfirm} aria-label={t('override.confirmLabel', { key: r.key, unit })}>
              {t('override.confirm')}
            </Button>
          )}
        </>
      )}
    </Flex>
  );
}
