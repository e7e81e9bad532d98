// The task-force officer's inbox (GET /inbox): open cases of the units in scope by their nearest deadline, only the
// overdue ones, those due within N working days, or those waiting for an assigned unit's report; by procedure, state
// and unit; with named filter sets the user saves. The filters live in the URL, so back/forward and links keep them.
// The first screen after login: a plain table and pager (LightTable, Pager) and the detailed filters loaded on demand
// keep its download small (test/web/journeys/everyone.e2e.ts checks the total).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { useAuth } from '../../app/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { formatDateTime } from '../../lib/format';
import { CaseTitleLink, UnitsCell, useWide } from './caseCells';
import { DueCell } from './DueCell';
import { INBOX_VIEWS, InboxFilters, type InboxFilterValues, type InboxView } from './InboxFilters';
import { LightTable, type LightColumn } from './LightTable';
import { Pager } from './Pager';
import { useProcedures, useUnits } from './reference';
import { filterParams, FILTER_KEYS, useSavedFilters } from './savedFilters';

type InboxItem = Schemas['InboxItemResponse'];

const DEFAULT_DAYS = 3;

const FILTER_LABELS: Record<string, string> = {
  view: 'inbox.viewLabel',
  days: 'inbox.daysLabel',
  procedureId: 'filters.procedure',
  state: 'filters.state',
  unitId: 'filters.unit',
  assignedUnitId: 'filters.assignedUnit',
};

export function readFilters(search: URLSearchParams): InboxFilterValues & { page: number; pageSize: number } {
  const view = search.get('view');
  const days = Number(search.get('days'));
  const page = Number(search.get('page'));
  const pageSize = Number(search.get('pageSize'));
  return {
    view: (INBOX_VIEWS as readonly string[]).includes(view ?? '') ? (view as InboxView) : 'nearest',
    days: Number.isInteger(days) && days >= 1 && days <= 60 ? days : DEFAULT_DAYS,
    procedureId: search.get('procedureId') ?? undefined,
    state: search.get('state') ?? undefined,
    unitId: search.get('unitId') ?? undefined,
    assignedUnitId: search.get('assignedUnitId') ?? undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : 20,
  };
}

export default function InboxPage() {
  const { t, i18n } = useTranslation('inbox');
  const { me } = useAuth();
  const [search, setSearch] = useSearchParams();
  const f = readFilters(search);
  const procedures = useProcedures();
  const wide = useWide();
  const units = useUnits();
  const saved = useSavedFilters(me?.id);

  const query = {
    page: f.page,
    pageSize: f.pageSize,
    view: f.view,
    ...(f.view === 'dueWithin' ? { days: f.days } : {}),
    ...(f.procedureId ? { procedureId: f.procedureId } : {}),
    ...(f.state ? { state: f.state } : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.assignedUnitId ? { assignedUnitId: f.assignedUnitId } : {}),
  };
  const inbox = useQuery({
    queryKey: ['inbox', query],
    queryFn: () => unwrap(api.GET('/inbox', { params: { query } })),
    placeholderData: keepPreviousData,
  });

  /** Changes filters (back to page 1), keeping the others; undefined removes one. */
  const update = (patch: Partial<InboxFilterValues & { page: number; pageSize: number }>) => {
    const next = new URLSearchParams(search);
    if (!('page' in patch)) next.delete('page');
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined || v === '' || (k === 'view' && v === 'nearest') || (k === 'page' && v === 1)) next.delete(k);
      else next.set(k, String(v));
    }
    if ((next.get('view') ?? 'nearest') !== 'dueWithin') next.delete('days');
    setSearch(next);
  };
  const current = filterParams(search);
  const activeSaved = saved.list.find((s) => JSON.stringify(sorted(s.params)) === JSON.stringify(sorted(current)))?.name;

  const columns: LightColumn<InboxItem>[] = [
    {
      key: 'title',
      title: t('table.title'),
      render: (r) => <CaseTitleLink id={r.id} title={r.title} procedure={wide ? undefined : procedures.titleOf(r.procedureId)} />,
    },
    ...(wide ? [{ key: 'procedure', title: t('table.procedure'), width: 210, render: (r: InboxItem) => procedures.titleOf(r.procedureId) }] : []),
    { key: 'state', title: t('table.state'), width: 160, render: (r) => procedures.stateLabel(r.procedureId, r.state) },
    {
      key: 'units',
      title: t('table.units'),
      width: 190,
      render: (r) => <UnitsCell unit={units.nameOf(r.orgUnitId)} assignedUnit={units.nameOf(r.assignedUnitId) || undefined} />,
    },
    { key: 'due', title: t('table.due'), width: wide ? 215 : 180, render: (r) => <DueCell info={r} now={inbox.data ? new Date(inbox.data.asOf) : undefined} /> },
  ];

  const filtered = !!(f.procedureId || f.state || f.unitId || f.assignedUnitId);
  const emptyText = t(`inbox.empty.${f.view}`, { days: f.days }) + (filtered ? ` ${t('inbox.emptyFiltered')}` : '');

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>
        {t('inbox.title')}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <InboxFilters
          value={f}
          onChange={update}
          onClear={() => setSearch(new URLSearchParams())}
          procedures={procedures.procedures}
          units={units.units}
          saved={saved.list}
          activeSaved={activeSaved}
          onApplySaved={(s) => setSearch(new URLSearchParams(Object.entries(s.params).filter(([k]) => (FILTER_KEYS as readonly string[]).includes(k))))}
          onSave={(name) => saved.save(name, current)}
          onRemoveSaved={saved.remove}
        />
      </Card>
      {inbox.error ? (
        <>
          <ApiErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />
          {/* Which filter the server refused, by the name the person sees. */}
          {inbox.error instanceof ApiError && Object.keys(inbox.error.fieldErrors()).length > 0 && (
            <ul style={{ marginTop: 8 }}>
              {Object.entries(inbox.error.fieldErrors()).map(([field, text]) => (
                <li key={field}>{`${FILTER_LABELS[field] ? t(FILTER_LABELS[field]) : field}: ${text}`}</li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <>
          <LightTable<InboxItem>
            rowKey={(r) => r.id}
            columns={columns}
            rows={inbox.data?.items ?? []}
            loading={inbox.isFetching}
            minWidth={760}
            empty={inbox.isPending ? ' ' : <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />}
            footer={inbox.data ? <Typography.Text type="secondary">{t('inbox.asOf', { at: formatDateTime(inbox.data.asOf) })}</Typography.Text> : undefined}
          />
          {inbox.data && inbox.data.total > 0 && (
            <Pager
              page={inbox.data.page}
              pageSize={inbox.data.pageSize}
              total={inbox.data.total}
              pageSizeOptions={[10, 20, 50, 100]}
              label={t('table.pagination')}
              // Above 10,000 the server stops counting (totalExact false): "of more than 10.000".
              totalLabel={(total, from, to) =>
                inbox.data?.totalExact === false
                  ? t('table.totalMore', { total: new Intl.NumberFormat(i18n.language).format(total), from, to })
                  : t('table.total', { total, from, to })
              }
              onChange={(page, pageSize) => update({ page, pageSize })}
            />
          )}
        </>
      )}
    </>
  );
}

function sorted(o: Record<string, string>): [string, string][] {
  return Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
}
