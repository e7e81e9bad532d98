// How a deadline was computed, as a secretary would check it by hand: the rule and its legal basis, the start, the
// calendar used, the days counted and skipped (with why), the due date, and every adjustment since.
import { Alert, Descriptions, Table, Tag, Timeline, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatDate, formatDateTime } from '../../lib/format';
import { civil, dayByDay, humaniseDates, parseExplanation, type DayRow, type Explanation } from './explanation';
import { ToneTag, type Tone } from '../timeline/ToneTag';

export type DeadlineExplanationData = Schemas['DeadlineExplanationResponse'];

export const DEADLINE_STATUS_TONE: Record<DeadlineExplanationData['status'], Tone> = { PENDING: 'blue', PAUSED: 'orange', MET: 'green', MISSED: 'red', ENDED: 'grey', CANCELLED: 'grey' };

export function DeadlineExplanation({ data }: { data: DeadlineExplanationData }) {
  const { t } = useTranslation('casePanels');
  const e = parseExplanation(data.explanation, data.ruleKey);
  const days = dayByDay(e);
  const currentDue = data.dueAt ? formatDate(data.dueAt) : '';
  const plannedDue = civil(e.due?.date);

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Alert
        type="info"
        showIcon
        title={
          <>
            <div data-testid="explanation-summary">{summary(t, e)}</div>
            {notes(t, data, currentDue, plannedDue)}
          </>
        }
      />
      {e.warnings.map((w) => (
        <Alert key={w} type="warning" showIcon title={humaniseDates(w)} data-testid="explanation-warning" />
      ))}
      <Descriptions size="small" bordered column={1} items={facts(t, data, e)} styles={{ label: { width: 200 } }} />
      {days ? (
        <section aria-labelledby="deadline-days-title">
          <Typography.Title level={3} id="deadline-days-title" style={{ fontSize: 16 }}>{t('explanation.days.title')}</Typography.Title>
          <DayTable rows={days} />
        </section>
      ) : (
        e.rule && e.rule.unit !== 'WORKING_DAYS' && e.due && (
          <Typography.Paragraph type="secondary">{t('explanation.days.tooLong', { unit: t(`explanation.units.${e.rule.unit}`) })}</Typography.Paragraph>
        )
      )}
      <section aria-labelledby="deadline-adjustments-title">
        <Typography.Title level={3} id="deadline-adjustments-title" style={{ fontSize: 16 }}>{t('explanation.adjustments.title')}</Typography.Title>
        {e.adjustments.length === 0 ? (
          <Typography.Text type="secondary">{t('explanation.adjustments.none')}</Typography.Text>
        ) : (
          <Timeline
            items={e.adjustments.map((a, i) => ({
              key: i,
              content: (
                <>
                  <div>
                    <Typography.Text type="secondary">{formatDateTime(a.at)}</Typography.Text>{' '}
                    <Tag>{t(`explanation.adjustments.kinds.${a.kind}`, { defaultValue: a.kind })}</Tag>
                  </div>
                  <span>{humaniseDates(a.detail).replace(/\((WORKING_DAYS|CALENDAR_DAYS|MONTHS)\)/g, (_m, u: string) => `(${t(`explanation.units.${u}`)})`)}</span>
                </>
              ),
            }))}
          />
        )}
      </section>
    </div>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

function conventionLabel(t: T, e: Explanation): string {
  const c = e.start?.convention ?? e.rule?.startConvention ?? 'NEXT_DAY';
  return t(`explanation.conventions.${c}`, { defaultValue: c });
}

/** One Vietnamese sentence with the whole arithmetic. */
function summary(t: T, e: Explanation): string {
  const start = civil(e.start?.date);
  if (!e.rule || e.rule.value === null || !e.due) return t('explanation.summaryNoRule', { start });
  const args = { value: e.rule.value, start, due: civil(e.due.date), convention: conventionLabel(t, e), skipped: e.skipped.length };
  if (e.rule.unit === 'WORKING_DAYS') return t('explanation.summaryWorking', args);
  if (e.rule.unit === 'CALENDAR_DAYS') return t('explanation.summaryCalendar', args);
  return t('explanation.summaryMonths', args);
}

/** What changed the due after the rule computed it: adjustments, a manual due, the close. */
function notes(t: T, data: DeadlineExplanationData, currentDue: string, plannedDue: string) {
  const lines: string[] = [];
  if (data.manualDue && currentDue) lines.push(t('explanation.manualDue', { date: currentDue }));
  else if (currentDue && plannedDue && currentDue !== plannedDue) lines.push(t('explanation.currentDue', { date: currentDue }));
  if (data.closedAt) lines.push(t('explanation.closedAt', { at: formatDateTime(data.closedAt) }));
  return lines.map((l) => <div key={l} style={{ marginTop: 4, fontWeight: 600 }}>{l}</div>);
}

function facts(t: T, data: DeadlineExplanationData, e: Explanation): DescriptionsProps['items'] {
  const r = e.rule;
  const unit = r ? t(`explanation.units.${r.unit}`) : '';
  const items: DescriptionsProps['items'] = [
    { key: 'rule', label: t('explanation.rule'), children: r?.description || t('explanation.noRule') },
    { key: 'ruleKey', label: t('explanation.ruleKey'), children: <Typography.Text code>{e.ruleKey}</Typography.Text> },
  ];
  if (r?.legalBasis) items.push({ key: 'basis', label: t('explanation.legalBasis'), children: r.sourceRef ? `${r.legalBasis} (${t('explanation.sourceRef')}: ${r.sourceRef})` : r.legalBasis });
  if (r?.confidence) items.push({ key: 'confidence', label: t('explanation.confidence'), children: t(`explanation.confidences.${r.confidence}`, { defaultValue: r.confidence }) });
  if (r?.effectiveFrom) items.push({ key: 'effective', label: t('explanation.effectiveFrom'), children: civil(r.effectiveFrom) });
  if (r?.override) items.push({ key: 'override', label: t('explanation.override'), children: r.override.reason });
  if (r?.startEvent) items.push({ key: 'startEvent', label: t('explanation.startEvent'), children: r.startEvent });
  items.push({ key: 'startDate', label: t('explanation.startDate'), children: civil(e.start?.date) || formatDate(data.startAt) });
  if (r) items.push({ key: 'convention', label: t('explanation.convention'), children: conventionLabel(t, e) });
  if (r && r.value !== null) items.push({ key: 'period', label: t('explanation.period'), children: `${r.value} ${unit}` });
  if (r) {
    items.push({
      key: 'extension',
      label: t('explanation.extension'),
      children: r.extensionValue !== null && r.extensionMaxCount > 0
        ? t('explanation.extensionValue', { value: r.extensionValue, unit, count: r.extensionMaxCount })
        : t('explanation.noExtension'),
    });
  }
  const calendarVersion = data.calendarVersion ?? e.calendarVersion;
  if (calendarVersion !== null) items.push({ key: 'calendar', label: t('explanation.calendarVersion'), children: t('explanation.calendarVersionValue', { version: calendarVersion }) });
  items.push({
    key: 'due',
    label: t('explanation.due'),
    children: data.dueAt ? <strong>{t('deadlines.dueDay', { date: formatDate(data.dueAt) })}</strong> : t('deadlines.noDue'),
  });
  items.push({ key: 'status', label: t('explanation.status'), children: <ToneTag tone={DEADLINE_STATUS_TONE[data.status]}>{t(`deadlines.statuses.${data.status}`)}</ToneTag> });
  if (data.generation > 1) items.push({ key: 'generation', label: t('explanation.generation'), children: data.generation });
  return items;
}

function DayTable({ rows }: { rows: DayRow[] }) {
  const { t } = useTranslation('casePanels');
  const weekdays = t('explanation.days.weekdays', { returnObjects: true }) as string[];
  const note = (r: DayRow) => {
    if (r.kind === 'START_NOT_COUNTED') return t('explanation.days.startNotCounted');
    if (r.kind === 'SKIPPED') return t('explanation.days.skipped', { reason: r.reason });
    if (r.kind === 'SWAPPED') return t('explanation.days.swapped', { n: r.n });
    return r.isStart ? t('explanation.days.startCounted') : t('explanation.days.nth', { n: r.n });
  };
  return (
    <Table<DayRow>
      size="small"
      rowKey="date"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.kind === 'SKIPPED' ? 'deadline-day-skipped' : '')}
      onRow={(r) => ({ style: r.kind === 'SKIPPED' ? { background: '#fafafa', color: '#8c8c8c' } : r.isDue ? { fontWeight: 600 } : undefined })}
      columns={[
        { key: 'date', title: t('explanation.days.date'), width: 110, render: (_, r) => civil(r.date) },
        { key: 'weekday', title: t('explanation.days.weekday'), width: 100, render: (_, r) => weekdays[r.weekday] },
        {
          key: 'counted',
          title: t('explanation.days.counted'),
          width: 70,
          render: (_, r) => (r.kind === 'COUNTED' || r.kind === 'SWAPPED' ? t('explanation.days.countedYes') : t('explanation.days.countedNo')),
        },
        {
          key: 'note',
          title: t('explanation.days.note'),
          render: (_, r) => (
            <>
              {note(r)}
              {r.isDue && <>{' '}<ToneTag tone="red">{t('explanation.days.dueMark')}</ToneTag></>}
            </>
          ),
        },
      ]}
    />
  );
}

export default DeadlineExplanation;
