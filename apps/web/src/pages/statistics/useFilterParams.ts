// A statistics or report page's filters live in its URL (shareable links): one way to change them.
import { useSearchParams } from 'react-router-dom';
import { periodToParams, type Period } from './period';

/** Every parameter a period may have set: a new period clears them all first. */
const PERIOD_KEYS = ['ky', 'nam', 'quy', 'tu', 'den'];

/** The page's URL parameters; `update` sets (or, given undefined, removes) some; `setPeriod` replaces the period's. */
export function useFilterParams() {
  const [params, setParams] = useSearchParams();
  const update = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(change)) {
      if (v === undefined) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  const setPeriod = (p: Period) => update({ ...Object.fromEntries(PERIOD_KEYS.map((k) => [k, undefined])), ...periodToParams(p) });
  return { params, update, setPeriod };
}
