import { useApolloClient, useSubscription } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { DASHBOARD, DASHBOARD_ANALYTICS, KPIS_CHANGED, type KpiFilter } from './dashboard.graphql';
import { PORTAL_FIGURES } from './portal-figures.graphql';
import { throttleRefresh } from './refresh-throttle';

/** How long the tables and charts gather changes before they reload (the tiles follow at once). */
const RELOAD_AFTER_MS = 1_500;

/**
 * Keeps the dashboard live over one KpisChanged subscription: each event carries the filter's new
 * KPIs, which replace the tiles' figures at once; what has no such payload (the per-collector and
 * per-creditor tables, the monthly charts, ageing, forecast and roll rates, the portal figures) is
 * fetched again after the event, throttled so a burst of payments costs one reload.
 */
export function useLiveKpis(input: KpiFilter, skip: boolean): void {
  const client = useApolloClient();
  const throttle = useMemo(
    () => throttleRefresh(() => void client.refetchQueries({ include: [DASHBOARD, DASHBOARD_ANALYTICS, PORTAL_FIGURES] }), RELOAD_AFTER_MS),
    [client],
  );
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
