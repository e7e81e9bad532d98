// Server state the case page's panels share. A case's own data sits under ['case', id, <panel>] so that the page's
// invalidation of ['case', id] after a step refreshes every panel; reference data (rules, procedures) has its own keys.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export const panelKey = (caseId: string, panel: string, ...rest: unknown[]) => ['case', caseId, panel, ...rest] as const;

/** An absolute URL on the API's origin (download() builds a Request from it). */
export const apiUrl = (path: string) => `${window.location.origin}${path}`;

/** The Vietnamese description of each deadline rule by key (the deadline panel's labels). */
export function useRuleDescriptions() {
  return useQuery({
    queryKey: ['casePanels', 'rule-descriptions'],
    staleTime: 10 * 60_000,
    retry: false,
    queryFn: async () => {
      const page = await unwrap(api.GET('/rules', { params: { query: { pageSize: 500 } } }));
      const out: Record<string, string> = {};
      // A unit's override keeps the rule's description; the general row (no unit) is preferred.
      for (const r of [...page.items].sort((a, b) => Number(a.orgUnitId === null) - Number(b.orgUnitId === null))) {
        if (r.description) out[r.key] = r.description;
      }
      return out;
    },
  });
}

/** Procedure titles and Vietnamese state names by procedure id (newest version first, older ones as fallback). */
export function useProcedureSummaries() {
  return useQuery({
    queryKey: ['casePanels', 'procedures'],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const list = await unwrap(api.GET('/procedures'));
      const byId: Record<string, { title: string; states: Record<string, string> }> = {};
      for (const p of [...list].sort((a, b) => a.version - b.version)) {
        byId[p.id] = { title: p.title, states: { ...(byId[p.id]?.states ?? {}), ...p.states } };
      }
      return byId;
    },
  });
}

export const dossierKey = (caseId: string) => panelKey(caseId, 'documents');

/** The case's dossier: documents filed, the procedure's forms and document kinds. */
export function useDossier(caseId: string) {
  return useQuery({ queryKey: dossierKey(caseId), queryFn: () => unwrap(api.GET('/cases/{id}/dossier', { params: { path: { id: caseId } } })) });
}
