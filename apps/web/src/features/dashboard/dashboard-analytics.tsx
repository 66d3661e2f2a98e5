import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { Card, EmptyState } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { AgeingChart } from './ageing-chart';
import type { DashboardFilter } from './dashboard-filter';
import { DASHBOARD_ANALYTICS, type KpiFilter } from './dashboard.graphql';
import { ForecastCharts } from './forecast-chart';
import { RollRatesTable } from './roll-rates-table';

/** Ageing, forecast and roll rates: loaded on their own so the tiles show first. */
export function DashboardAnalytics({ input, filter, currency }: { input: KpiFilter; filter: DashboardFilter; currency: string }) {
  const intl = useIntl();
  const { data, loading, error, refetch } = useQuery(DASHBOARD_ANALYTICS, { variables: { filter: input }, fetchPolicy: 'cache-and-network' });
  if (error) {
    return (
      <ErrorBanner
        error={error}
        title={intl.formatMessage({ id: 'dashboard.analytics.loadError', defaultMessage: 'Could not load ageing, forecast and roll rates.' })}
        onRetry={() => void refetch()}
      />
    );
  }
  if (loading && !data) return <Spinner label={intl.formatMessage({ id: 'dashboard.analytics.loading', defaultMessage: 'Loading ageing and forecast…' })} />;
  if (!data) return null;
  const hasOpen = data.kpiAgeing.some((b) => b.cases > 0);
  return (
    <>
      <div className="chart-grid">
        <Card title={intl.formatMessage({ id: 'dashboard.ageing.title', defaultMessage: 'Open cases by age on {date}' }, { date: formatDate(filter.to) })}>
          {hasOpen ? (
            <AgeingChart buckets={data.kpiAgeing} currency={currency} filter={filter} />
          ) : (
            <EmptyState title={intl.formatMessage({ id: 'dashboard.ageing.empty', defaultMessage: 'No open cases' })} />
          )}
        </Card>
        <Card title={intl.formatMessage({ id: 'dashboard.forecast.title', defaultMessage: 'Recovery forecast ({currency})' }, { currency })}>
          <ForecastCharts forecast={data.kpiForecast} currency={currency} />
        </Card>
      </div>
      <Card title={intl.formatMessage({ id: 'dashboard.rollRates.title', defaultMessage: 'Roll rates between dunning stages' })} flush>
        {data.kpiRollRates.some((r) => r.casesAtStart + r.casesEntered > 0) ? (
          <RollRatesTable rows={data.kpiRollRates} />
        ) : (
          <EmptyState
            title={intl.formatMessage({ id: 'dashboard.rollRates.empty', defaultMessage: 'No case was in a dunning stage at the start of the period' })}
          />
        )}
      </Card>
    </>
  );
}
