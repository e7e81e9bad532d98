// What a step would do, as the server's dry run says (nothing is recorded): the next state, the deadlines it opens
// or closes with their due dates, the cases it opens, who is notified.
import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { StepPreview } from './sendStep';

export function StepPreviewView({ preview, unitNames, onClose }: { preview: StepPreview; unitNames: Record<string, string>; onClose: () => void }) {
  const { t } = useTranslation('caseView');
  const unit = (id: string | null | undefined) => (id ? unitNames[id] ?? t('header.unknownUnit') : '');
  const audience = (a: string) => t(`preview.audiences.${a}`, { defaultValue: a });
  const deadlineLine = (d: StepPreview['deadlines'][number]) => {
    const due = d.dueAt ? formatDate(d.dueAt) : '';
    switch (d.action) {
      case 'SCHEDULE':
        return due ? t('preview.deadline.schedule', { label: d.label, due }) : t('preview.deadline.scheduleNoDue', { label: d.label });
      case 'EXTEND':
        return t('preview.deadline.extend', { label: d.label, due: due || t('preview.noDue') });
      case 'RESUME':
        return t('preview.deadline.resume', { label: d.label, due: due || t('preview.noDue') });
      case 'PAUSE':
        return t('preview.deadline.pause', { label: d.label });
      case 'MET':
        return t('preview.deadline.met', { label: d.label });
      case 'CANCEL':
        return t('preview.deadline.cancel', { label: d.label });
      default:
        return d.label;
    }
  };
  const assignedChanges = preview.next.assignedUnitId !== undefined && preview.next.assignedUnitId !== null;

  return (
    <Alert
      type="info"
      showIcon
      closable={{ onClose, 'aria-label': t('preview.close') }}
      role="status"
      title={t('preview.title')}
      description={
        <div>
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            {preview.next.status === 'CLOSED'
              ? t('preview.nextStateClosed', { state: preview.next.stateLabel })
              : t('preview.nextState', { state: preview.next.stateLabel })}
            {assignedChanges && ` ${t('preview.assignedUnit', { unit: unit(preview.next.assignedUnitId) })}`}
          </Typography.Paragraph>
          <Section title={t('preview.deadlines')} items={preview.deadlines.map(deadlineLine)} empty={t('preview.noDeadlines')} />
          {preview.children.length > 0 && (
            <Section
              title={t('preview.children')}
              items={preview.children.map((c) => t('preview.child', { procedure: c.procedureTitle, unit: unit(c.orgUnitId) }))}
            />
          )}
          <Section
            title={t('preview.notifications')}
            empty={t('preview.noNotifications')}
            items={preview.notifications.map((n) =>
              [n.summary, n.audiences.length ? t('preview.to', { audiences: n.audiences.map(audience).join(', ') }) : '']
                .filter(Boolean)
                .join(' — ') || n.template,
            )}
          />
          {preview.membership && (
            <Section title={t('preview.membership')} items={[t('preview.membershipLine', { status: t(`preview.membershipStatus.${preview.membership.status}`, { defaultValue: preview.membership.status }), on: formatDate(preview.membership.on) })]} />
          )}
          {preview.parentReport && <Section title={t('preview.parentReport')} items={[preview.parentReport.outcome]} />}
        </div>
      }
    />
  );
}

function Section({ title, items, empty }: { title: string; items: string[]; empty?: string }) {
  if (items.length === 0 && !empty) return null;
  return (
    <div style={{ marginBottom: 6 }}>
      <Typography.Text strong>{title}</Typography.Text>
      {items.length === 0 ? (
        <div><Typography.Text type="secondary">{empty}</Typography.Text></div>
      ) : (
        <ul style={{ margin: '2px 0 0', paddingLeft: 20 }}>
          {items.map((line, i) => <li key={i}>{line}</li>)}
        </ul>
      )}
    </div>
  );
}
