// One procedure's statistics for the chosen period and unit: the total received, each breakdown the API gives as a
// chart and a table, the per-unit comparison, and the Excel export of all of it.
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Space, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { PageState } from '../../components/PageState';
import { byUnitTable, ByUnitPanel, MAX_UNITS } from './ByUnitPanel';
import { exportWorkbook, workbookFileName, type ExcelLabels, type WorkbookInput } from './excel';
import { normalize, type StatisticsAnswer } from './normalize';
import { periodRange, periodSlug, type Period } from './period';
import { usePeriodLabel } from './PeriodPicker';
import { statisticsQuery, type UnitView } from './queries';
import { SectionCard } from './StatsSection';
import { UnitTotalsCard } from './UnitTotalsCard';
import { unitsToCompare, type OrgUnit } from './units';

export interface DashboardProps {
  procedureId: string;
  procedureTitle: string;
  period: Period;
  unitId: string | undefined;
  view: UnitView;
  units: OrgUnit[];
}

export function StatsDashboard({ procedureId, procedureTitle, period, unitId, view: unitView, units }: DashboardProps) {
  const { t } = useTranslation('statistics');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const periodLabel = usePeriodLabel();
  const range = periodRange(period);
  const query = useQuery(statisticsQuery(procedureId, range, unitId, unitView));
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<string>();
  const unit = units.find((u) => u.id === unitId);
  const view = query.data ? normalize(query.data, { bySource: t('sections.bySource'), byCategory: t('sections.byCategory') }) : undefined;

  const whole = query.data ? { label: t('byUnit.whole', { unit: unit?.name ?? t('filters.allUnits') }), answer: query.data } : undefined;

  const onExport = async () => {
    if (!view) return;
    setExporting(true);
    setExportError(undefined);
    try {
      // The per-unit table goes in too when it has been loaded on screen.
      const compared = unitsToCompare(units, unitId).slice(0, MAX_UNITS);
      const answers = compared.map((u) => queryClient.getQueryData<StatisticsAnswer>(statisticsQuery(procedureId, range, u.id, unitView).queryKey));
      const labels: ExcelLabels = {
        period: t('export.period'),
        unit: t('export.unit'),
        received: t('export.received'),
        index: t('table.index'),
        item: t('table.item'),
        count: t('table.count'),
        percent: t('table.percent'),
        sum: t('table.sum'),
        unitColumn: t('byUnit.unit'),
        byUnitSheet: t('export.byUnitSheet'),
        generatedAt: t('export.generatedAt'),
      };
      const input: WorkbookInput = {
        title: view.title ?? procedureTitle,
        periodLabel: periodLabel(period),
        unitLabel: unit?.name ?? t('filters.allUnits'),
        generatedAt: formatDateTime(new Date()),
        view,
        byUnit: compared.length > 0 && answers.every((a) => a !== undefined) ? byUnitTable(compared, answers, whole) : undefined,
        labels,
      };
      const name = workbookFileName(procedureId, periodSlug(period), unit?.code);
      await exportWorkbook(input, name);
      void message.success(t('export.done', { name }));
    } catch (e) {
      setExportError(t('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageState loading={query.isPending} error={query.error} onRetry={() => void query.refetch()}>
      {view && (
        <Flex vertical gap={16}>
          <Card size="small">
            <Flex wrap justify="space-between" align="center" gap={12}>
              <div>
                <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{view.title ?? procedureTitle}</Typography.Title>
                <Typography.Text type="secondary">
                  {periodLabel(period)} · {unit?.name ?? t('filters.allUnits')}
                </Typography.Text>
                <Statistic title={t('received')} value={view.total} style={{ marginTop: 8 }} />
              </div>
              <Space orientation="vertical" align="end" size={4}>
                <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void onExport()}>
                  {t('export.button')}
                </Button>
                {exportError && <Typography.Text type="danger" role="alert">{exportError}</Typography.Text>}
              </Space>
            </Flex>
          </Card>
          {view.sections.map((s) => (
            <SectionCard key={s.key} section={s} />
          ))}
          {query.data && <UnitTotalsCard rows={query.data.byUnit} view={unitView} />}
          {whole && <ByUnitPanel procedureId={procedureId} range={range} view={unitView} selected={unitId} units={units} whole={whole} />}
        </Flex>
      )}
    </PageState>
  );
}
