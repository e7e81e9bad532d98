// Named filter sets of the inbox, kept in this browser per user (only view, days, procedure, state and unit ids:
// nothing confidential).
import { useCallback, useState } from 'react';

export interface SavedFilter {
  name: string;
  params: Record<string, string>;
}

/** The parameters a saved filter keeps (not the page). */
export const FILTER_KEYS = ['view', 'days', 'procedureId', 'state', 'unitId', 'assignedUnitId'] as const;

const MAX_SAVED = 30;

export function storageKey(userId: string): string {
  return `hoso.inbox.savedFilters.${userId}`;
}

export function loadSaved(userId: string): SavedFilter[] {
  try {
    const raw = JSON.parse(localStorage.getItem(storageKey(userId)) ?? '[]') as unknown;
    if (!Array.isArray(raw)) return [];
    return raw.filter(
      (f): f is SavedFilter =>
        typeof f === 'object' && f !== null && typeof (f as SavedFilter).name === 'string' && typeof (f as SavedFilter).params === 'object',
    );
  } catch {
    return [];
  }
}

/** The filter parameters of a URL query, without the page and without empty values. */
export function filterParams(search: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of FILTER_KEYS) {
    const v = search.get(k);
    if (v) out[k] = v;
  }
  return out;
}

/** Saving under an existing name replaces it (names compared without case or surrounding spaces). */
export function withSaved(list: SavedFilter[], name: string, params: Record<string, string>): SavedFilter[] {
  const clean = name.trim();
  const same = (f: SavedFilter) => f.name.trim().toLocaleLowerCase('vi') === clean.toLocaleLowerCase('vi');
  return [...list.filter((f) => !same(f)), { name: clean, params }].slice(-MAX_SAVED);
}

export function useSavedFilters(userId: string | undefined) {
  const [list, setList] = useState<SavedFilter[]>(() => (userId ? loadSaved(userId) : []));
  const persist = useCallback(
    (next: SavedFilter[]) => {
      setList(next);
      if (userId) localStorage.setItem(storageKey(userId), JSON.stringify(next));
    },
    [userId],
  );
  return {
    list,
    save: (name: string, params: Record<string, string>) => persist(withSaved(list, name, params)),
    remove: (name: string) => persist(list.filter((f) => f.name !== name)),
  };
}
