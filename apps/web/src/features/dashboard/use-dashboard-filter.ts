import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '../../ui/date';
import { filterFromParams, filterToParams, toKpiFilterInput, type DashboardFilter } from './dashboard-filter';
import type { KpiFilter } from './dashboard.graphql';

/** The dashboard filter lives in the URL search params, so a view can be shared as a link. */
export function useDashboardFilter() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  const filter = useMemo(() => filterFromParams(new URLSearchParams(search), todayIso()), [search]);
  const input: KpiFilter = useMemo(() => toKpiFilterInput(filter), [filter]);
  const setFilter = useCallback(
    (next: DashboardFilter, extra?: { keep?: string[] }) =>
      setParams(
        (current) => {
          const base = new URLSearchParams();
          for (const key of extra?.keep ?? []) {
            const value = current.get(key);
            if (value !== null) base.set(key, value);
          }
          return filterToParams(next, base);
        },
        { replace: true },
      ),
    [setParams],
  );
  return { filter, input, params, setFilter, setParams };
}
