// The statistics requests, shared by the dashboard, the by-unit comparison and the Excel export (same query keys,
// so an export reuses what is on screen).
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import type { StatisticsAnswer } from './normalize';

/** Which unit a case counts for: the one holding it at the end of the period, or that unit's successor today. */
export type UnitView = Schemas['ProcedureStatisticsResponse']['view'];
export const UNIT_VIEWS: UnitView[] = ['AS_THEY_WERE', 'CURRENT_UNITS'];

export function statisticsQuery(procedureId: string, range: { from: string; to: string }, unitId: string | undefined, view: UnitView = 'AS_THEY_WERE') {
  return queryOptions({
    queryKey: ['statistics', 'answer', procedureId, range.from, range.to, unitId ?? null, view],
    // For the 1374 procedure the same path answers QuyDinh1374StatisticsResponse; normalize.ts reads either shape.
    queryFn: async () =>
      (await unwrap(
        api.GET('/statistics/{procedureId}', { params: { path: { procedureId }, query: { from: range.from, to: range.to, unitId, view } } }),
      )) as StatisticsAnswer,
    staleTime: 60_000,
  });
}

export interface ProcedureChoice {
  id: string;
  title: string;
}

/** One entry per procedure (its newest version's title), in the API's order. */
export function proceduresOf(list: Schemas['ProcedureSummaryResponse'][]): ProcedureChoice[] {
  const byId = new Map<string, { title: string; version: number }>();
  for (const p of list) {
    const seen = byId.get(p.id);
    if (!seen || p.version > seen.version) byId.set(p.id, { title: p.title, version: p.version });
  }
  return [...byId].map(([id, v]) => ({ id, title: v.title }));
}

export const proceduresQuery = queryOptions({
  queryKey: ['statistics', 'procedures'],
  queryFn: async () => proceduresOf(await unwrap(api.GET('/procedures'))),
  staleTime: 10 * 60_000,
});
