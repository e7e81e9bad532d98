// The seed documents report per committee: one row per unit (each with its sub-units), one column per outcome
// category, as the API labels them. Loaded on demand: one request per unit compared.
import { useQueries } from '@tanstack/react-query';
import { Alert, Button, Card, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import type { ByUnitTable } from './excel';
import { categoryColumns, totalOf, type StatisticsAnswer } from './normalize';
import { statisticsQuery, type UnitView } from './queries';
import { unitsToCompare, type OrgUnit } from './units';

export const MAX_UNITS = 40;

/**
 * The table from the answers of the compared units (answers[i] belongs to units[i]; missing ones are skipped), with
 * the whole selection (the chosen unit, or every unit in scope) as the last row.
 */
export function byUnitTable(units: OrgUnit[], answers: (StatisticsAnswer | undefined)[], whole?: { label: string; answer: StatisticsAnswer }): ByUnitTable | undefined {
  const first = answers.find((a): a is StatisticsAnswer => a !== undefined) ?? whole?.answer;
  if (!first) return undefined;
  const row = (unit: string, a: StatisticsAnswer) => ({ unit, total: totalOf(a), counts: { ...a.byCategory } });
  return {
    columns: categoryColumns(first),
    rows: [
      ...units.flatMap((u, i) => {
        const a = answers[i];
        return a ? [row(u.name, a)] : [];
      }),
      ...(whole ? [row(whole.label, whole.answer)] : []),
    ],
  };
}

export function ByUnitPanel(props: {
  procedureId: string;
  range: { from: string; to: string };
  view: UnitView;
  selected: string | undefined;
  units: OrgUnit[];
  whole: { label: string; answer: StatisticsAnswer };
}) {
  const { t } = useTranslation('statistics');
  const [shown, setShown] = useState(false);
  const all = unitsToCompare(props.units, props.selected);
  const compared = all.slice(0, MAX_UNITS);
  const results = useQueries({ queries: shown ? compared.map((u) => statisticsQuery(props.procedureId, props.range, u.id, props.view)) : [] });
  const table = byUnitTable(compared, results.map((r) => r.data), props.whole);
  const loading = results.some((r) => r.isPending);
  const error = results.find((r) => r.error)?.error;

  return (
    <Card
      size="small"
      title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('byUnit.title')}</Typography.Title>}
      extra={!shown && all.length > 0 ? <Button onClick={() => setShown(true)}>{t('byUnit.show')}</Button> : undefined}
    >
      {all.length === 0 ? (
        <Typography.Text type="secondary">{t('byUnit.none')}</Typography.Text>
      ) : !shown ? (
        <Typography.Text type="secondary">{t('byUnit.hint')}</Typography.Text>
      ) : (
        <>
          {all.length > MAX_UNITS && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('byUnit.tooMany', { count: all.length, max: MAX_UNITS })} />}
          {error ? <ApiErrorAlert error={error} /> : null}
          <Typography.Paragraph type="secondary">{t('byUnit.hint')}</Typography.Paragraph>
          {/* A focusable region, so a keyboard user can scroll the columns that do not fit (tablet). */}
          <div role="region" aria-label={t('byUnit.title')} tabIndex={0} style={{ overflowX: 'auto' }}>
            <Table
              size="small"
              loading={loading}
              pagination={false}
              rowKey="unit"
              style={{ minWidth: 220 + 110 * ((table?.columns.length ?? 0) + 1) }}
              dataSource={table?.rows ?? []}
              onRow={(_, i) => (i === (table?.rows.length ?? 0) - 1 ? { style: { fontWeight: 600 } } : {})}
              columns={[
                { title: t('byUnit.unit'), dataIndex: 'unit', width: 220 },
                { title: t('received'), dataIndex: 'total', align: 'right', width: 110 },
                ...(table?.columns ?? []).map((c) => ({
                  title: c.label,
                  key: c.key,
                  align: 'right' as const,
                  width: 110,
                  render: (_: unknown, r: ByUnitTable['rows'][number]) => r.counts[c.key] ?? 0,
                })),
              ]}
            />
          </div>
        </>
      )}
    </Card>
  );
}
