// A case's timeline (the chained, unalterable record): each step with who, when, what it recorded; newest or oldest
// first; the hash chain's verification and the CSV/PDF exports for those who audit.
import { useQuery } from '@tanstack/react-query';
import { Button, Collapse, Empty, Pagination, Segmented, Space, Timeline as AntTimeline, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../../api/client';
import { download } from '../../api/files';
import { ApiErrorAlert } from '../ApiErrorAlert';
import { PageState } from '../PageState';
import { formatDateTime } from '../../lib/format';
import { PayloadView } from './PayloadView';
import { newestFirstWindow, schemaForStep, type ProcedureVersion } from './payload';
import { ChainStatus } from './ChainStatus';
import { ToneTag } from './ToneTag';

type Item = Schemas['TimelineItemResponse'];
type Reminder = Schemas['TimelineReminderResponse'];

export interface TimelineProps {
  caseId: string;
  /** The case's version = the number of steps; it keys the cache so a new step refetches. */
  version: number;
  /** The procedure versions the steps ran on, for field titles and value labels, by machine version. */
  procedureVersions?: Record<number, ProcedureVersion | undefined>;
  /** Verification badge and exports (the server allows them to auditors and secretaries). */
  canAudit?: boolean;
  /** Names for ids found in payloads (units, users). */
  names?: Record<string, string>;
  /** Deadline key → Vietnamese name, for the reminders. */
  deadlineNames?: Record<string, string>;
  pageSize?: number;
}

async function fetchPage(caseId: string, page: number, pageSize: number) {
  return unwrap(api.GET('/cases/{id}/timeline', { params: { path: { id: caseId }, query: { page, pageSize } } }));
}

/** One page of the timeline in the chosen order (newest first is assembled from the server's oldest-first pages). */
async function fetchOrdered(caseId: string, total: number, page: number, pageSize: number, newestFirst: boolean) {
  if (!newestFirst) return fetchPage(caseId, page, pageSize);
  const w = newestFirstWindow(total, page, pageSize);
  const pages = await Promise.all((w.serverPages.length ? w.serverPages : [1]).map((p) => fetchPage(caseId, p, pageSize)));
  const items = pages
    .flatMap((p) => p.items)
    .filter((i) => i.seq - 1 >= w.start && i.seq - 1 < w.end)
    .sort((a, b) => b.seq - a.seq);
  return { ...pages[pages.length - 1], items, page, total: pages[0].total };
}

export function Timeline(props: TimelineProps) {
  const { t } = useTranslation('casePanels');
  const pageSize = props.pageSize ?? 20;
  const [newestFirst, setNewestFirst] = useState(true);
  const [page, setPage] = useState(1);
  const [exportError, setExportError] = useState<unknown>();
  const [exporting, setExporting] = useState<'csv' | 'pdf' | undefined>();

  const q = useQuery({
    queryKey: ['case', props.caseId, 'timeline', { version: props.version, page, pageSize, newestFirst }],
    queryFn: () => fetchOrdered(props.caseId, props.version, page, pageSize, newestFirst),
    placeholderData: (prev) => prev,
  });

  const exportAs = async (format: 'csv' | 'pdf') => {
    setExportError(undefined);
    setExporting(format);
    try {
      await download(`${window.location.origin}/cases/${props.caseId}/timeline/export?format=${format}`, `dien-bien-vu-viec.${format}`);
    } catch (e) {
      setExportError(e);
    } finally {
      setExporting(undefined);
    }
  };

  const items = q.data?.items ?? [];
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Segmented
          aria-label={t('timeline.orderAria')}
          value={newestFirst ? 'newest' : 'oldest'}
          onChange={(v) => {
            setNewestFirst(v === 'newest');
            setPage(1);
          }}
          options={[
            { value: 'newest', label: t('timeline.newestFirst') },
            { value: 'oldest', label: t('timeline.oldestFirst') },
          ]}
        />
        {props.canAudit && (
          <Space wrap>
            <Button icon={<DownloadOutlined />} loading={exporting === 'csv'} onClick={() => void exportAs('csv')}>{t('timeline.exportCsv')}</Button>
            <Button icon={<DownloadOutlined />} loading={exporting === 'pdf'} onClick={() => void exportAs('pdf')}>{t('timeline.exportPdf')}</Button>
          </Space>
        )}
      </Space>
      {props.canAudit && <ChainStatus caseId={props.caseId} version={props.version} />}
      <ApiErrorAlert error={exportError} />
      <PageState loading={q.isPending} error={q.error} onRetry={() => void q.refetch()}>
        {items.length === 0 && <Empty description={t('timeline.empty')} />}
        <AntTimeline
          items={items.map((item) => ({
            key: item.seq,
            color: item.type === 'DEADLINE_MISSED' ? 'red' : item.seq === 1 ? 'green' : 'blue',
            content: <Step item={item} version={props.procedureVersions?.[item.machineVersion]} names={props.names} />,
          }))}
        />
        {(q.data?.total ?? 0) > pageSize && (
          <Pagination
            current={page}
            pageSize={pageSize}
            total={q.data?.total ?? 0}
            showSizeChanger={false}
            onChange={setPage}
            showTotal={(total, [from, to]) => t('common:pageOf', { from, to, total })}
          />
        )}
      </PageState>
      {q.data && q.data.reminders.length > 0 && <Reminders reminders={q.data.reminders} deadlineNames={props.deadlineNames} />}
    </div>
  );
}

function Step({ item, version, names }: { item: Item; version: ProcedureVersion | undefined; names?: Record<string, string> }) {
  const { t } = useTranslation('casePanels');
  const hasPayload = Object.keys(item.payload ?? {}).length > 0;
  return (
    <article aria-label={`${item.label} – ${formatDateTime(item.occurredAt)}`} style={{ paddingBottom: 4 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
        <Typography.Text strong>{item.label}</Typography.Text>
        <ToneTag tone="blue">{t(item.fromState === item.toState ? 'timeline.stayed' : 'timeline.toState', { state: item.toStateLabel })}</ToneTag>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
        {formatDateTime(item.occurredAt)} · {t('timeline.by', { name: item.actorName ?? t('timeline.unknownActor') })} · {t('timeline.step', { seq: item.seq })}
      </Typography.Text>
      <div style={{ marginTop: 6 }}>
        {hasPayload ? (
          <PayloadView value={item.payload} schema={schemaForStep(version, item.type)} names={names} />
        ) : (
          <Typography.Text type="secondary">{t('timeline.noContent')}</Typography.Text>
        )}
      </div>
      <Collapse
        ghost
        size="small"
        style={{ marginTop: 4 }}
        items={[
          {
            key: 'tech',
            label: t('common.technical'),
            children: (
              <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 12, rowGap: 2, margin: 0, fontSize: 12 }}>
                <dt>{t('timeline.tech.type')}</dt><dd style={{ margin: 0 }}><code>{item.type}</code></dd>
                <dt>{t('timeline.tech.fromState')}</dt><dd style={{ margin: 0 }}><code>{item.fromState ?? '—'}</code></dd>
                <dt>{t('timeline.tech.toState')}</dt><dd style={{ margin: 0 }}><code>{item.toState}</code></dd>
                <dt>{t('timeline.tech.machineVersion')}</dt><dd style={{ margin: 0 }}>{item.machineVersion}</dd>
                <dt>{t('timeline.tech.recordedAt')}</dt><dd style={{ margin: 0 }}>{formatDateTime(item.recordedAt)}</dd>
                <dt>{t('timeline.tech.hash')}</dt><dd style={{ margin: 0, overflowWrap: 'anywhere' }}><code>{item.hash}</code></dd>
                <dt>{t('timeline.tech.prevHash')}</dt><dd style={{ margin: 0, overflowWrap: 'anywhere' }}><code>{item.prevHash}</code></dd>
                <dt>{t('timeline.tech.payload')}</dt>
                <dd style={{ margin: 0 }}>
                  <pre style={{ margin: 0, maxHeight: 240, overflow: 'auto', background: '#fafafa', padding: 8 }}>{JSON.stringify(item.payload, null, 2)}</pre>
                </dd>
              </dl>
            ),
          },
        ]}
      />
    </article>
  );
}

function Reminders({ reminders, deadlineNames }: { reminders: Reminder[]; deadlineNames?: Record<string, string> }) {
  const { t } = useTranslation('casePanels');
  const kind = (k: string) => {
    const m = /^REMIND_(\d+)WD$/.exec(k);
    if (m) return t('timeline.reminderKinds.REMIND', { days: Number(m[1]) });
    return t(`timeline.reminderKinds.${k}`, { defaultValue: k });
  };
  return (
    <section aria-labelledby="timeline-reminders">
      <Typography.Title level={3} id="timeline-reminders" style={{ fontSize: 15 }}>{t('timeline.reminders')}</Typography.Title>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {reminders.map((r) => (
          <li key={`${r.key}-${r.generation}-${r.kind}-${r.deliveredAt}`}>
            {t('timeline.reminderLine', { at: formatDateTime(r.deliveredAt), kind: kind(r.kind), deadline: deadlineNames?.[r.key] ?? r.key })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default Timeline;
