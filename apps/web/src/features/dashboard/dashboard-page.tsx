import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { ErrorBanner } from '../../ui/error-banner';
import { REPORTING_CURRENCY } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { CreditorComparisonChart } from './creditor-chart';
import { DashboardAnalytics } from './dashboard-analytics';
import { RatesChart, RecoveredChart } from './dashboard-charts';
import { hrefWithFilter } from './dashboard-filter';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { DASHBOARD, KPIS_CHANGED } from './dashboard.graphql';
import { periodError } from './dashboard-period';
import { activeRowsBy } from './kpi-rows';
import { CollectorTable, CreditorTable } from './kpi-tables';
import { KpiTiles } from './kpi-tiles';
import { DashboardPortalFigures } from './portal-figures';
import { StaleRatesFigure } from './stale-rates-figure';
import { useDashboardFilter } from './use-dashboard-filter';
import './dashboard.css';

export function DashboardPage() {
  const { filter, input, setFilter } = useDashboardFilter();
  // The API converts every KPI amount into the domain's reporting currency at the reporting rate.
  const currency = REPORTING_CURRENCY;
  const invalid = periodError(filter);

  const { data, loading, error, refetch, subscribeToMore } = useQuery(DASHBOARD, {
    variables: { filter: input },
    skip: invalid !== null,
    fetchPolicy: 'cache-and-network',
  });

  useEffect(() => {
    if (invalid) return undefined;
    return subscribeToMore({
      document: KPIS_CHANGED,
      variables: { filter: input },
      // The payload is the Kpis for this filter: replace the tiles' numbers.
      updateQuery: (_unsafe, { complete, previousData, subscriptionData }) =>
        complete ? { ...previousData, kpis: subscriptionData.data.kpisChanged } : undefined,
    });
  }, [subscribeToMore, input, invalid]);

  const byCollector = useMemo(() => activeRowsBy(data?.kpisByCollector, (k) => k.recoveredCents), [data?.kpisByCollector]);
  const byCreditor = useMemo(() => activeRowsBy(data?.kpisByCreditor, (k) => k.collectedCents), [data?.kpisByCreditor]);

  return (
    <div className="page page-dashboard">
      <div className="page-header dashboard-header">
        <h1>Dashboard</h1>
        {filter.creditorId ? (
          <Link className="btn btn-small no-print" to={hrefWithFilter('/dashboard/creditor-report', { ...filter, collectorId: null, teamId: null, country: null })}>
            Creditor report
          </Link>
        ) : null}
      </div>
      <DashboardFiltersBar filter={filter} onChange={(next) => setFilter(next)} />

      {invalid ? <div className="form-error">{invalid}</div> : null}
      {error ? <ErrorBanner error={error} title="Could not load the KPIs." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading KPIs…" /> : null}

      {data && !invalid ? (
        <>
          <p className="muted small">Amounts in {currency}; other currencies are converted at the reporting rate.</p>
          <KpiTiles kpis={data.kpis} currency={currency} filter={filter} />
          <DashboardPortalFigures input={input} />
          <StaleRatesFigure />
          <div className="chart-grid">
            <Card title={`Recovered per month (${currency})`}>
              {data.kpiSeries.length ? <RecoveredChart series={data.kpiSeries} currency={currency} /> : <EmptyState title="No data in this period" />}
            </Card>
            <Card title="Payment and promise-kept rate">
              {data.kpiSeries.length ? <RatesChart series={data.kpiSeries} /> : <EmptyState title="No data in this period" />}
            </Card>
          </div>
          <DashboardAnalytics input={input} filter={filter} currency={currency} />
          <Card title="Creditors: recovery and payment rate">
            {byCreditor.length ? <CreditorComparisonChart rows={byCreditor} /> : <EmptyState title="No creditor with cases in this period" />}
          </Card>
          <CollectorTable rows={byCollector} currency={currency} filter={filter} />
          <CreditorTable rows={byCreditor} currency={currency} filter={filter} />
        </>
      ) : null}
    </div>
  );
}
