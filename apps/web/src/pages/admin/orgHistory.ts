// The organisation through time, as the API reads it: the tree as of a day, one unit's history (its periods, the
// units it was formed from and the units that succeeded it) and the register of applied changes; plus the runs of
// unchanged name or parent the history drawer shows. Query keys start with 'org-units' so that creating a unit
// (which invalidates ['org-units']) refreshes them too.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';

export type TreeUnit = Schemas['OrgTreeUnitResponse'];
export type UnitHistory = Schemas['UnitHistoryResponse'];
export type UnitPeriod = Schemas['UnitPeriodResponse'];
export type UnitLink = Schemas['UnitLinkResponse'];
export type OrgChange = Schemas['OrgChangeResponse'];
export type OrgChangeKind = OrgChange['kind'];

/** The units in scope active on `asOf` ('YYYY-MM-DD'), with their name and parent of that day and today's status. */
export function useOrgTree(asOf: string) {
  return useQuery({
    queryKey: ['org-units', 'tree', asOf],
    queryFn: () => unwrap(api.GET('/organisations/tree', { params: { query: { asOf } } })),
    // The previous day's tree stays on screen while the next one loads.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useUnitHistory(unitId: string | undefined) {
  return useQuery({
    queryKey: ['org-units', 'history', unitId],
    enabled: !!unitId,
    queryFn: () => unwrap(api.GET('/organisations/units/{id}/history', { params: { path: { id: unitId! } } })),
  });
}

export function useOrgChanges(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['org-units', 'changes', page, pageSize],
    queryFn: () => unwrap(api.GET('/organisations/changes', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
  });
}

/** A stretch of time over which one property of a unit kept the same value; `to` is exclusive, null while it lasts. */
export interface Run<T> {
  value: T;
  from: string;
  to: string | null;
}

/**
 * The periods (in date order) folded into runs of the same `pick` value: a rename makes a new name run but not a
 * new parent run. Periods that do not touch (a gap) start a new run even with the same value.
 */
export function runsOf<T>(periods: UnitPeriod[], pick: (p: UnitPeriod) => T): Run<T>[] {
  const runs: Run<T>[] = [];
  for (const p of [...periods].sort((a, b) => (a.validFrom < b.validFrom ? -1 : a.validFrom > b.validFrom ? 1 : 0))) {
    const last = runs.at(-1);
    const value = pick(p);
    if (last && last.value === value && last.to === p.validFrom) last.to = p.validTo;
    else runs.push({ value, from: p.validFrom, to: p.validTo });
  }
  return runs;
}

/** A unit's end as today's status tells it: the day it stopped (validTo), when it has ended. */
export function endedOn(unit: { status: 'ACTIVE' | 'ENDED'; validTo: string | null }): string | undefined {
  return unit.status === 'ENDED' && unit.validTo ? unit.validTo : undefined;
}
