// Cases received in the period by the unit each counts for under the chosen view (the answer's `byUnit`): the unit
// that held the case at the end of the period, or its successor today. The API sorts the rows by unit code.
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import type { UnitView } from './queries';

type UnitCount = Schemas['StatisticsUnitCountResponse'];

export function UnitTotalsCard({ rows, view }: { rows: UnitCount[]; view: UnitView }) {
  const { t } = useTranslation('statistics');
  const sum = rows.reduce((s, r) => s + r.total, 0);
  return (
    <Card
      size="small"
      title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('unitTotals.title')}</Typography.Title>}
      extra={<Typography.Text type="secondary">{t(`view.${view}`)}</Typography.Text>}
    >
      <Table<UnitCount>
        size="small"
        rowKey="unitId"
        dataSource={rows}
        locale={{ emptyText: t('unitTotals.none') }}
        pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
        columns={[
          { title: t('unitTotals.code'), dataIndex: 'code', width: 180, render: (code: string) => <Typography.Text code>{code}</Typography.Text> },
          { title: t('unitTotals.name'), dataIndex: 'name' },
          { title: t('unitTotals.total'), dataIndex: 'total', width: 120, align: 'right' },
        ]}
        summary={() =>
          rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={2}>
                <strong>{t('unitTotals.sum')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <strong>{sum}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : undefined
        }
      />
    </Card>
  );
}
