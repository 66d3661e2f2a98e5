import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { todayIso } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { REPORTING_CURRENCY } from '../../ui/format';
import { Spinner } from '../../ui/spinner';
import { CreditorComparisonChart } from './creditor-chart';
import { DashboardAnalytics } from './dashboard-analytics';
import { RatesChart, RecoveredChart } from './dashboard-charts';
import { hrefWithFilter } from './dashboard-filter';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { DASHBOARD } from './dashboard.graphql';
import { periodError } from './dashboard-period';
import { activeRowsBy } from './kpi-rows';
import { CollectorTable, CreditorTable } from './kpi-tables';
import { KpiTiles } from './kpi-tiles';
import { DashboardPortalFigures } from './portal-figures';
import { StaleRatesFigure } from './stale-rates-figure';
import { useDashboardFilter } from './use-dashboard-filter';
import { useLiveKpis } from './use-live-kpis';
import { youngCohorts } from './young-cohorts';
import './dashboard.css';

export function DashboardPage() {
  const intl = useIntl();
  const { filter, input, setFilter } = useDashboardFilter();
  // The API converts every KPI amount into the domain's reporting currency at the reporting rate.
  const currency = REPORTING_CURRENCY;
  const invalid = periodError(filter);

  const { data, loading, error, refetch } = useQuery(DASHBOARD, {
    variables: { filter: input },
    skip: invalid !== null,
    fetchPolicy: 'cache-and-network',
  });
  useLiveKpis(input, invalid !== null);

  const byCollector = useMemo(() => activeRowsBy(data?.kpisByCollector, (k) => k.recoveredCents), [data?.kpisByCollector]);
  const byCreditor = useMemo(() => activeRowsBy(data?.kpisByCreditor, (k) => k.collectedCents), [data?.kpisByCreditor]);
  const young = useMemo(
    () => (data ? youngCohorts(data.kpiSeries, filter.to, todayIso(), data.kpis.dunningDurationDaysP90) : null),
    [data, filter.to],
  );
  const noData = intl.formatMessage({ id: 'dashboard.chart.noData', defaultMessage: 'No data in this period' });

  return (
    <div className="page page-dashboard">
      <div className="page-header dashboard-header">
        <h1>
          <FormattedMessage id="dashboard.title" defaultMessage="Dashboard" />
        </h1>
        {filter.creditorId ? (
          <Link className="btn btn-small no-print" to={hrefWithFilter('/dashboard/creditor-report', { ...filter, collectorId: null, teamId: null, country: null })}>
            <FormattedMessage id="dashboard.creditorReportLink" defaultMessage="Creditor report" />
          </Link>
        ) : null}
      </div>
      <DashboardFiltersBar filter={filter} onChange={(next) => setFilter(next)} />

      {invalid ? <div className="form-error">{intl.formatMessage(invalid)}</div> : null}
      {error ? (
        <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'dashboard.loadError', defaultMessage: 'Could not load the KPIs.' })}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'dashboard.loading', defaultMessage: 'Loading KPIs…' })} /> : null}

      {data && young && !invalid ? (
        <>
          <p className="muted small">
            <FormattedMessage
              id="dashboard.reportingCurrency"
              defaultMessage="Amounts in {currency}; other currencies are converted at the reporting rate."
              values={{ currency }}
            />
          </p>
          <KpiTiles kpis={data.kpis} currency={currency} filter={filter} young={young} />
          <DashboardPortalFigures input={input} />
          <StaleRatesFigure />
          <div className="chart-grid">
            <Card title={intl.formatMessage({ id: 'dashboard.chart.recovered', defaultMessage: 'Recovered per month ({currency})' }, { currency })}>
              {data.kpiSeries.length ? <RecoveredChart series={data.kpiSeries} currency={currency} /> : <EmptyState title={noData} />}
            </Card>
            <Card title={intl.formatMessage({ id: 'dashboard.chart.rates', defaultMessage: 'Payment and promise-kept rate' })}>
              {data.kpiSeries.length ? <RatesChart series={data.kpiSeries} young={young} /> : <EmptyState title={noData} />}
            </Card>
          </div>
          <DashboardAnalytics input={input} filter={filter} currency={currency} />
          <Card title={intl.formatMessage({ id: 'dashboard.chart.creditors', defaultMessage: 'Creditors: recovery and payment rate' })}>
            {byCreditor.length ? (
              <CreditorComparisonChart rows={byCreditor} />
            ) : (
              <EmptyState title={intl.formatMessage({ id: 'dashboard.noCreditors', defaultMessage: 'No creditor with cases in this period' })} />
            )}
          </Card>
          <CollectorTable rows={byCollector} currency={currency} filter={filter} />
          <CreditorTable rows={byCreditor} currency={currency} filter={filter} />
        </>
      ) : null}
    </div>
  );
}
