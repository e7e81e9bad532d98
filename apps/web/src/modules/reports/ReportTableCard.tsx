// One table of a report: its figures as the document prints them (STT, label, columns; totals bold, details indented),
// the chart beside them (below a wide table), and the notes on how it counts.
import { Card, Col, Row, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportTable } from './queries';
import { chartData, chartSummary } from './reportCharts';

const ReportChart = lazy(() => import('./ReportChart'));

type Line = ReportTable['rows'][number] & { index: number | null };

/** A figure in the reader's number style: 2.231 / 111,55 in Vietnamese. */
export function figureText(value: number | null | undefined, percent: boolean, language: string): string {
  if (value === null || value === undefined) return '–';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', percent ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {}).format(value);
}

export function ReportTableCard({ table, number }: { table: ReportTable; number: number }) {
  const { t, i18n } = useTranslation('reports');
  let n = 0;
  const lines: Line[] = table.rows.map((r) => ({ ...r, index: r.total || r.level === 1 ? null : ++n }));
  const data = chartData(table);
  const anything = data.series.some((s) => s.values.some((v) => v > 0));
  const title = `${number}. ${table.title}`;
  // A table of more than two figure columns takes the card's width (its figures would scroll out of sight beside the
  // chart); the chart goes below it.
  const beside = data.labels.length > 0 && table.columns.length <= 2;
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>{title}</Typography.Title>}>
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={beside ? 14 : 24}>
          <Table<Line>
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={lines}
            scroll={{ x: 'max-content' }}
            onRow={(r) => ({ style: r.total ? { fontWeight: 600 } : undefined })}
            columns={[
              { title: t('table.index'), dataIndex: 'index', width: 56, align: 'center' },
              { title: table.rowHeader, dataIndex: 'label', render: (label: string, r) => (r.level === 1 ? <span style={{ paddingInlineStart: 20 }}>– {label}</span> : label) },
              ...table.columns.map((c) => ({
                title: c.label,
                key: c.key,
                align: 'right' as const,
                width: 120,
                render: (_: unknown, r: Line) => figureText(r.values[c.key], c.kind === 'percent', i18n.language),
              })),
            ]}
          />
          {table.notes.length > 0 && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('notes')}: {table.notes.join(' ')}
            </Typography.Paragraph>
          )}
        </Col>
        {data.labels.length > 0 && (
          <Col xs={24} xl={beside ? 10 : 24}>
            {anything ? (
              <Suspense fallback={<div style={{ height: 300 }} />}>
                <ReportChart data={data} summary={chartSummary(table.title, data, t)} />
              </Suspense>
            ) : (
              <Typography.Paragraph type="secondary">{t('chart.empty')}</Typography.Paragraph>
            )}
          </Col>
        )}
      </Row>
    </Card>
  );
}
