import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { DASHBOARD, KPIS_CHANGED, type KpiFilter } from './dashboard.graphql';
import { throttleRefresh } from './refresh-throttle';

/** How long the tables and charts gather changes before they reload (the tiles follow at once). */
const RELOAD_AFTER_MS = 1_500;

/**
 * Keeps the dashboard live over one KpisChanged subscription: each event carries the filter's new
 * KPIs, which replace the tiles' figures at once; the per-collector and per-creditor tables and the
 * monthly charts have no such payload and reload (`reload`, throttled) after the event.
 */
export function useLiveKpis(input: KpiFilter, skip: boolean, reload: () => unknown): void {
  const client = useApolloClient();
  const reloadRef = useRef(reload);
  useEffect(() => {
    reloadRef.current = reload;
  }, [reload]);
  const throttle = useMemo(() => throttleRefresh(() => void reloadRef.current(), RELOAD_AFTER_MS), []);
  useEffect(() => () => throttle.cancel(), [throttle]);

  useSubscription(KPIS_CHANGED, {
    variables: { filter: input },
    skip,
    ignoreResults: true,
    onData: ({ data: result }) => {
      const kpis = result.data?.kpisChanged;
      if (kpis) client.cache.updateQuery({ query: DASHBOARD, variables: { filter: input } }, (previous) => (previous ? { ...previous, kpis } : previous));
      throttle.request();
    },
  });
}
