// The case's heading: title, procedure, where it stands, which units hold it, when it was received, its version,
// and the nearest open deadline so it is seen without opening anything.
import { Descriptions, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysUntil, formatDate } from '../../lib/format';
import { tagStyle } from './tags';
import type { CaseView } from './useCaseData';

export function CaseHeader({ caseView, unitNames }: { caseView: CaseView; unitNames: Record<string, string> }) {
  const { t } = useTranslation('caseView');
  const unit = (id: string | null) => (id ? unitNames[id] ?? t('header.unknownUnit') : t('header.none'));
  const open = caseView.deadlines.filter((d) => d.status === 'PENDING' && d.dueAt).sort((a, b) => a.dueAt!.localeCompare(b.dueAt!));
  const overdue = caseView.deadlines.filter((d) => d.status === 'MISSED').length;
  const nearest = open[0];
  const days = nearest ? daysUntil(nearest.dueAt!) : undefined;

  return (
    <header style={{ marginBottom: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 22, marginBottom: 4 }}>{caseView.title}</Typography.Title>
      <Space size={[8, 4]} wrap style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">{caseView.procedureTitle}</Typography.Text>
        <Tag style={tagStyle('info', { fontSize: 13 })}>{caseView.stateLabel}</Tag>
        <Tag style={tagStyle(caseView.status === 'OPEN' ? 'success' : 'neutral')}>{t(`header.status.${caseView.status}`)}</Tag>
        {nearest && (
          <Tag style={tagStyle(days! < 0 ? 'danger' : days! <= 3 ? 'warning' : 'neutral')}>
            {days! < 0
              ? t('header.nearestOverdue', { due: formatDate(nearest.dueAt) })
              : t('header.nearestDue', { due: formatDate(nearest.dueAt), days })}
          </Tag>
        )}
        {overdue > 0 && <Tag style={tagStyle('danger')}>{t('header.missed', { n: overdue })}</Tag>}
      </Space>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={[
          { key: 'unit', label: t('header.unit'), children: unit(caseView.orgUnitId) },
          { key: 'assigned', label: t('header.assigned'), children: unit(caseView.assignedUnitId) },
          { key: 'received', label: t('header.received'), children: formatDate(caseView.receivedAt) },
          { key: 'version', label: t('header.version'), children: caseView.version },
        ]}
      />
    </header>
  );
}
