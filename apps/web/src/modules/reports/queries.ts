// The reports' requests: the list (GET /reports) and one report's figures (GET /reports/{key}), keyed by what the page
// shows, and the URL a download asks for (the same query with format=xlsx|docx).
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { paths } from '../../api/schema';
import { periodRange, type Period } from '../../pages/statistics/period';

export type Report = Schemas['ReportResponse'];
export type ReportTable = Schemas['ReportTableResponse'];
export type ReportView = Report['view'];
/** The reports the server publishes (its path enum). */
export type ReportKey = paths['/reports/{key}']['get']['parameters']['path']['key'];
export const REPORT_VIEWS: ReportView[] = ['AS_THEY_WERE', 'CURRENT_UNITS'];

/** A quarter or a year by its name (2026-Q1, 2026), a range by its dates ([from, to), as the API reads them). */
export function periodQuery(p: Period): { period?: string; from?: string; to?: string } {
  if (p.kind === 'quarter') return { period: `${p.year}-Q${p.quarter}` };
  if (p.kind === 'year') return { period: String(p.year) };
  return periodRange(p);
}

export const reportsListQuery = queryOptions({
  queryKey: ['reports', 'list'],
  queryFn: () => unwrap(api.GET('/reports')),
  staleTime: 10 * 60_000,
});

export interface ReportChoice {
  key: string;
  period: Period;
  unitId?: string;
  view: ReportView;
}

export function reportQuery(c: ReportChoice) {
  const q = periodQuery(c.period);
  return queryOptions({
    queryKey: ['reports', 'report', c.key, q.period ?? null, q.from ?? null, q.to ?? null, c.unitId ?? null, c.view],
    queryFn: async () =>
      (await unwrap(api.GET('/reports/{key}', { params: { path: { key: c.key as ReportKey }, query: { ...q, unitId: c.unitId, view: c.view } } }))) as Report,
    staleTime: 60_000,
  });
}

/** The download URL of a report in Excel or Word (the server names the file in Vietnamese). */
export function fileUrl(c: ReportChoice, format: 'xlsx' | 'docx'): string {
  const params = new URLSearchParams(Object.entries({ ...periodQuery(c.period), unitId: c.unitId, view: c.view, format }).filter(([, v]) => v !== undefined) as [string, string][]);
  return `${window.location.origin}/reports/${encodeURIComponent(c.key)}?${params}`;
}
