// The case page's server state. Every key starts with ['case', id] where it belongs to the case, so invalidating
// ['case', id] after a step refreshes the page and all its panels.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type CaseView = Schemas['CaseViewResponse'];
export type AvailableEvent = Schemas['CallerEventResponse'];
export type ProcedureVersion = Schemas['ProcedureVersionResponse'];
export type TimelineItem = Schemas['TimelineItemResponse'];

export const caseKey = (id: string) => ['case', id] as const;

export function useCase(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => unwrap(api.GET('/cases/{id}', { params: { path: { id } } })) });
}

/** The procedure version the case runs on: step schemas, state names, the machine definition. Never changes. */
export function useProcedureVersion(procedureId: string | undefined, version: number | undefined) {
  return useQuery({
    queryKey: ['procedure-version', procedureId, version],
    enabled: procedureId !== undefined && version !== undefined,
    staleTime: Infinity,
    queryFn: () =>
      unwrap(api.GET('/procedures/{id}/versions/{version}', { params: { path: { id: procedureId!, version: String(version!) } } })),
  });
}

/** Unit names by id, for the units in the user's scope (others show as a short id). */
export function useUnitNames() {
  return useQuery({
    queryKey: ['caseView', 'org-unit-names'],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const page = await unwrap(api.GET('/org-units', { params: { query: { pageSize: 500 } } }));
      return Object.fromEntries(page.items.map((u) => [u.id, u.name])) as Record<string, string>;
    },
  });
}

const PATH_PAGE = 100;
const PATH_MAX_PAGES = 20;

/** The whole timeline, oldest first, for the path drawn on the diagram (the timeline panel pages on its own). */
export function useCasePath(id: string, version: number | undefined) {
  return useQuery({
    queryKey: ['case', id, 'path', version],
    enabled: version !== undefined,
    queryFn: async () => {
      const items: TimelineItem[] = [];
      for (let page = 1; page <= PATH_MAX_PAGES; page++) {
        const res = await unwrap(api.GET('/cases/{id}/timeline', { params: { path: { id }, query: { page, pageSize: PATH_PAGE } } }));
        items.push(...res.items);
        if (items.length >= res.total || res.items.length === 0) break;
      }
      return items.sort((a, b) => a.seq - b.seq);
    },
  });
}
