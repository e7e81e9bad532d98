// Reports: choose a report, a unit and a period; the report's tables with their charts, and the same report as an
// Excel workbook or a Word document in the Party's layout. The choices live in the URL, so a link shows the same report.
import { DownloadOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Form, Segmented, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/files';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageState } from '../../components/PageState';
import { formatCivilDate, formatDateTime } from '../../lib/format';
import { currentQuarter, periodFromParams } from '../../pages/statistics/period';
import { PeriodPicker } from '../../pages/statistics/PeriodPicker';
import { UnitPicker, useOrgUnits } from '../../pages/statistics/units';
import { fileUrl, REPORT_VIEWS, reportQuery, reportsListQuery, type ReportChoice, type ReportView } from './queries';
import { ReportTableCard } from './ReportTableCard';
import { useFilterParams } from '../../pages/statistics/useFilterParams';

const VIEW_PARAM = 'tinh-theo';
const CURRENT = 'hien-nay';

export default function ReportsPage() {
  const { t } = useTranslation('reports');
  const { params, update, setPeriod } = useFilterParams();
  const list = useQuery(reportsListQuery);
  const units = useOrgUnits();
  const fallback = useMemo(() => currentQuarter(), []);
  const reports = list.data ?? [];
  const key = reports.find((r) => r.key === params.get('bao-cao'))?.key ?? reports[0]?.key;
  const choice: ReportChoice | undefined = key
    ? {
        key,
        period: periodFromParams(params, fallback),
        unitId: params.get('don-vi') ?? undefined,
        view: params.get(VIEW_PARAM) === CURRENT ? 'CURRENT_UNITS' : 'AS_THEY_WERE',
      }
    : undefined;


  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{t('title')}</Typography.Title>
        <Typography.Text type="secondary">{t('intro')}</Typography.Text>
      </div>
      <Card size="small" role="group" aria-label={t('filters.label')}>
        <Form layout="inline" style={{ rowGap: 8 }}>
          <Form.Item label={t('filters.report')} style={{ marginInlineEnd: 24 }}>
            <Select
              aria-label={t('filters.report')}
              style={{ width: 460, maxWidth: '100%' }}
              loading={list.isPending}
              value={key}
              onChange={(k: string) => update({ 'bao-cao': k })}
              options={reports.map((r) => ({ value: r.key, label: r.title }))}
              popupMatchSelectWidth={false}
            />
          </Form.Item>
          <Form.Item label={t('filters.unit')} style={{ marginInlineEnd: 24 }}>
            <UnitPicker units={units.data?.items ?? []} value={choice?.unitId} onChange={(id) => update({ 'don-vi': id })} />
          </Form.Item>
          <Form.Item label={t('filters.period')} style={{ marginInlineEnd: 24 }}>
            {choice && <PeriodPicker value={choice.period} onChange={setPeriod} />}
          </Form.Item>
          <Form.Item label={t('filters.view')}>
            <Segmented<ReportView>
              aria-label={t('filters.view')}
              value={choice?.view ?? 'AS_THEY_WERE'}
              onChange={(v) => update({ [VIEW_PARAM]: v === 'CURRENT_UNITS' ? CURRENT : undefined })}
              options={REPORT_VIEWS.map((v) => ({ value: v, label: t(`view.${v}`) }))}
            />
          </Form.Item>
        </Form>
      </Card>
      <PageState loading={list.isPending} error={list.error} onRetry={() => void list.refetch()}>
        {choice ? <ReportContent choice={choice} /> : <Empty description={t('noReports')} />}
      </PageState>
    </Flex>
  );
}

function ReportContent({ choice }: { choice: ReportChoice }) {
  const { t } = useTranslation('reports');
  const report = useQuery(reportQuery(choice));
  const [busy, setBusy] = useState<'xlsx' | 'docx' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const get = async (format: 'xlsx' | 'docx') => {
    setBusy(format);
    setFailure(null);
    try {
      await download(fileUrl(choice, format), `bao-cao.${format}`);
    } catch (e) {
      setFailure(e);
    } finally {
      setBusy(null);
    }
  };
  const r = report.data;
  return (
    <PageState loading={report.isPending} error={report.error} onRetry={() => void report.refetch()}>
      {r && (
        <Flex vertical gap={16}>
          <Flex justify="space-between" align="start" wrap gap={8}>
            <div>
              <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{r.title}</Typography.Title>
              <Typography.Text type="secondary">
                {t('meta', { unit: r.unit.name, period: r.period.label, from: formatCivilDate(r.period.from), to: formatCivilDate(r.period.lastDay), at: formatDateTime(r.generatedAt) })}
              </Typography.Text>
            </div>
            <Space>
              <Button icon={busy === 'xlsx' ? <DownloadOutlined /> : <FileExcelOutlined />} loading={busy === 'xlsx'} onClick={() => void get('xlsx')}>{t('download.excel')}</Button>
              <Button icon={busy === 'docx' ? <DownloadOutlined /> : <FileWordOutlined />} loading={busy === 'docx'} onClick={() => void get('docx')}>{t('download.word')}</Button>
            </Space>
          </Flex>
          {failure ? <ApiErrorAlert error={failure} /> : null}
          {r.tables.map((table, i) => <ReportTableCard key={table.key} table={table} number={i + 1} />)}
          {r.notes.map((n) => <Typography.Paragraph key={n}>{n}</Typography.Paragraph>)}
        </Flex>
      )}
    </PageState>
  );
}
