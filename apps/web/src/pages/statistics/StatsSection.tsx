// One breakdown of a statistics answer: a chart (bars, or a funnel for narrowing stages) and the same numbers in a
// table with the total, so nothing is only in the picture.
import { Card, Col, Row, Table, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { barHeight, barOption, funnelOption } from '../../components/charts/options';
import type { SectionRow, StatsSection } from './normalize';

const EChart = lazy(() => import('../../components/charts/EChart').then((m) => ({ default: m.EChart })));

/** Share of the section's sum, one decimal, in the reader's number style (16,7 in Vietnamese). */
export function percentText(count: number, sum: number, language: string): string {
  if (sum <= 0) return '0';
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format((count / sum) * 100);
}

export function StatsTable({ section }: { section: StatsSection }) {
  const { t, i18n } = useTranslation('statistics');
  return (
    <Table<SectionRow & { index: number }>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={section.rows.map((r, i) => ({ ...r, index: i + 1 }))}
      columns={[
        { title: t('table.index'), dataIndex: 'index', width: 56, align: 'center' },
        { title: t('table.item'), dataIndex: 'label' },
        { title: t('table.count'), dataIndex: 'count', width: 104, align: 'right' },
        { title: t('table.percent'), key: 'percent', width: 96, align: 'right', render: (_, r) => percentText(r.count, section.sum, i18n.language) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} />
          <Table.Summary.Cell index={1}>
            <strong>{t('table.sum')}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <strong>{section.sum}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <strong>{section.sum > 0 ? '100' : '0'}</strong>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

export function chartSummary(section: StatsSection, t: (key: string, o?: Record<string, unknown>) => string): string {
  return t('chart.summary', {
    title: section.title,
    kind: t(section.funnel ? 'chart.funnel' : 'chart.bar'),
    items: section.rows.map((r) => `${r.label}: ${r.count}`).join('; '),
    sum: section.sum,
  });
}

export function SectionCard({ section }: { section: StatsSection }) {
  const { t } = useTranslation('statistics');
  const option = section.funnel ? funnelOption(section.rows) : barOption(section.rows);
  const height = section.funnel ? Math.max(220, section.rows.length * 44) : barHeight(section.rows.length);
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0, whiteSpace: 'normal' }}>
          {section.title}
        </Typography.Title>
      }
    >
      {section.sum === 0 ? (
        <>
          <Typography.Paragraph type="secondary">{t('chart.noCases')}</Typography.Paragraph>
          <StatsTable section={section} />
        </>
      ) : (
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={12}>
            <Suspense fallback={<div style={{ height }} />}>
              <EChart option={option} summary={chartSummary(section, t)} height={height} />
            </Suspense>
          </Col>
          <Col xs={24} xl={12}>
            <StatsTable section={section} />
          </Col>
        </Row>
      )}
    </Card>
  );
}
