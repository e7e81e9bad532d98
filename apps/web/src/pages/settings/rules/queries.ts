// Reference queries the rules page's parts share (each part is its own chunk; this small module is shared).
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { todayInVietnam } from '../../../lib/format';

/** The general rows in force today, one per key: what an override adjusts, what a lookup or a version picks. */
export function useCurrentGeneralRules(enabled = true) {
  const today = todayInVietnam();
  const query = useQuery({
    queryKey: ['rules', 'current', today],
    queryFn: () => unwrap(api.GET('/rules', { params: { query: { asOf: today, page: 1, pageSize: 500 } } })),
    enabled,
    staleTime: 60_000,
  });
  const general = (query.data?.items ?? []).filter((r) => r.orgUnitId === null);
  return { ...query, general, byKey: new Map(general.map((r) => [r.key, r])) };
}
