// Statistics: a reporting period and a unit, then the dashboard of one procedure (chosen among GET /procedures), each drawing
// whatever breakdowns the API answers, with the same numbers as tables and an Excel export. The choices live in the
// URL so a link shows the same figures.
import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Flex, Form, Segmented, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../components/PageState';
import { currentQuarter, periodFromParams } from './period';
import { PeriodPicker } from './PeriodPicker';
import { proceduresQuery, UNIT_VIEWS, type UnitView } from './queries';
import { StatsDashboard } from './StatsDashboard';
import { UnitPicker, useOrgUnits } from './units';
import { useFilterParams } from './useFilterParams';

/** Presentation hint only: the procedure shown first when the link names none (the task force's own regulation). */
const FIRST_TAB = 'quy-dinh-1374';
/** The view in the URL: absent for the default (units as they were), 'hien-nay' for today's units. */
const VIEW_PARAM = 'tinh-theo';
const CURRENT = 'hien-nay';

export default function StatisticsPage() {
  const { t } = useTranslation('statistics');
  const { params, update, setPeriod } = useFilterParams();
  const procedures = useQuery(proceduresQuery);
  const units = useOrgUnits();
  const fallback = useMemo(() => currentQuarter(), []);
  const period = periodFromParams(params, fallback);
  const unitId = params.get('don-vi') ?? undefined;
  const view: UnitView = params.get(VIEW_PARAM) === CURRENT ? 'CURRENT_UNITS' : 'AS_THEY_WERE';
  const list = procedures.data ?? [];
  const wanted = params.get('quy-trinh');
  const active = list.find((p) => p.id === wanted)?.id ?? list.find((p) => p.id === FIRST_TAB)?.id ?? list[0]?.id;


  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('title')}</Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      <Card size="small" role="group" aria-label={t('filters.label')}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('filters.periodKind')} style={{ marginInlineEnd: 24 }}>
            <PeriodPicker value={period} onChange={setPeriod} />
          </Form.Item>
          <Form.Item label={t('procedures')} style={{ marginInlineEnd: 24 }}>
            <Select
              aria-label={t('procedures')}
              style={{ width: 420, maxWidth: '100%' }}
              loading={procedures.isPending}
              value={active}
              onChange={(id: string) => update({ 'quy-trinh': id })}
              options={list.map((p) => ({ value: p.id, label: p.title }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item label={t('filters.unit')} style={{ marginInlineEnd: 24 }}>
            <UnitPicker units={units.data?.items ?? []} value={unitId} onChange={(id) => update({ 'don-vi': id })} />
          </Form.Item>
          <Form.Item label={t('view.label')} help={view === 'AS_THEY_WERE' ? t('view.hintAsTheyWere') : t('view.hintCurrent')}>
            <Segmented<UnitView>
              aria-label={t('view.label')}
              value={view}
              onChange={(v) => update({ [VIEW_PARAM]: v === 'CURRENT_UNITS' ? CURRENT : undefined })}
              options={UNIT_VIEWS.map((v) => ({ value: v, label: t(`view.${v}`) }))}
            />
          </Form.Item>
        </Form>
      </Card>
      <PageState loading={procedures.isPending || units.isPending} error={procedures.error ?? units.error} onRetry={() => void procedures.refetch()}>
        {list.length === 0 ? (
          <Empty description={t('noProcedures')} />
        ) : (
          active && (
            <StatsDashboard
              key={active}
              procedureId={active}
              procedureTitle={list.find((p) => p.id === active)?.title ?? active}
              period={period}
              unitId={unitId}
              view={view}
              units={units.data?.items ?? []}
            />
          )
        )}
      </PageState>
    </Flex>
  );
}
