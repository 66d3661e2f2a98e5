import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { Card, EmptyState } from '../../ui/card';
import { todayIso } from '../../ui/date';
import { REPORTING_CURRENCY } from '../../ui/format';
import { ErrorBanner } from '../../ui/error-banner';
import { AggregateMoney } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { DASHBOARD, DASHBOARD_FILTER_OPTIONS, KPIS_CHANGED, type KpiFilter, type Kpis } from './dashboard.graphql';
import { RatesChart, RecoveredChart } from './dashboard-charts';
import { defaultPeriod, formatDays, formatRate, periodError, type Period } from './dashboard-period';

function KpiCard({ id, label, value, detail }: { id: string; label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div className="kpi-card" data-testid={`kpi-${id}`}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}</div>
      {detail ? <div className="kpi-detail">{detail}</div> : null}
    </div>
  );
}

function KpiCards({ kpis, currency }: { kpis: Kpis; currency: string }) {
  const int = new Intl.NumberFormat('en-GB');
  return (
    <div className="kpi-grid" data-testid="kpi-cards">
      <KpiCard
        id="duration-median"
        label="Dunning duration · median"
        value={formatDays(kpis.dunningDurationDaysMedian)}
        detail="placement to paid in full"
      />
      <KpiCard id="duration-mean" label="Dunning duration · mean" value={formatDays(kpis.dunningDurationDaysMean)} detail="placement to paid in full" />
      <KpiCard
        id="payment-rate"
        label="Payment rate"
        value={formatRate(kpis.paymentRate)}
        detail={`${int.format(kpis.casesPaidInFull)} of ${int.format(kpis.casesPlaced)} placed cases paid in full`}
      />
      <KpiCard
        id="recovery-rate"
        label="Recovery rate"
        value={formatRate(kpis.recoveryRate)}
        detail={
          <>
            <AggregateMoney cents={kpis.collectedCents} currency={currency} /> of <AggregateMoney cents={kpis.placedCents} currency={currency} />
          </>
        }
      />
      <KpiCard
        id="recovered"
        label="Recovered"
        value={<AggregateMoney cents={kpis.recoveredCents} currency={currency} />}
        detail="payments received in the period"
      />
      <KpiCard
        id="promise-kept-rate"
        label="Promise-kept rate"
        value={formatRate(kpis.promiseKeptRate)}
        detail={kpis.promiseKeptRate === null ? 'no promise fell due' : 'of promises that fell due'}
      />
    </div>
  );
}

export function DashboardPage() {
  const [period, setPeriod] = useState<Period>(() => defaultPeriod(todayIso()));
  const [creditorId, setCreditorId] = useState('');
  const [collectorId, setCollectorId] = useState('');

  const options = useQuery(DASHBOARD_FILTER_OPTIONS, { fetchPolicy: 'cache-and-network' });
  const creditors = options.data?.creditors ?? [];
  const collectors = useMemo(
    () => [...(options.data?.collectors ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })),
    [options.data?.collectors],
  );
  // The API converts every KPI amount into the domain's reporting currency (DKK at the ERM II rate).
  const currency = REPORTING_CURRENCY;

  const invalid = periodError(period);
  const filter: KpiFilter = useMemo(
    () => ({ from: period.from, to: period.to, creditorId: creditorId || null, collectorId: collectorId || null }),
    [period.from, period.to, creditorId, collectorId],
  );

  const { data, loading, error, refetch, subscribeToMore } = useQuery(DASHBOARD, {
    variables: { filter },
    skip: invalid !== null,
    fetchPolicy: 'cache-and-network',
  });

  useEffect(() => {
    if (invalid) return undefined;
    return subscribeToMore({
      document: KPIS_CHANGED,
      variables: { filter },
      // The payload is the Kpis for this filter: replace the cards' numbers.
      updateQuery: (_unsafe, { complete, previousData, subscriptionData }) =>
        complete ? { ...previousData, kpis: subscriptionData.data.kpisChanged } : undefined,
    });
  }, [subscribeToMore, filter, invalid]);

  const byCollector = useMemo(
    () => [...(data?.kpisByCollector ?? [])].sort((a, b) => b.kpis.recoveredCents - a.kpis.recoveredCents),
    [data?.kpisByCollector],
  );

  return (
    <div className="page page-dashboard">
      <div className="page-header">
        <h1>Dashboard</h1>
        <form className="filter-bar" onSubmit={(e) => e.preventDefault()} aria-label="Dashboard filters">
          <label className="field field-inline">
            <span className="field-label">From</span>
            <input type="date" value={period.from} max={period.to} onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))} data-testid="filter-from" />
          </label>
          <label className="field field-inline">
            <span className="field-label">To</span>
            <input type="date" value={period.to} min={period.from} onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))} data-testid="filter-to" />
          </label>
          <label className="field field-inline">
            <span className="field-label">Creditor</span>
            <select value={creditorId} onChange={(e) => setCreditorId(e.target.value)} data-testid="filter-creditor">
              <option value="">All creditors</option>
              {creditors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({c.country}, {c.currency})
                </option>
              ))}
            </select>
          </label>
          <label className="field field-inline">
            <span className="field-label">Collector</span>
            <select value={collectorId} onChange={(e) => setCollectorId(e.target.value)} data-testid="filter-collector">
              <option value="">All collectors</option>
              {collectors.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="btn btn-ghost btn-small"
            onClick={() => {
              setPeriod(defaultPeriod(todayIso()));
              setCreditorId('');
              setCollectorId('');
            }}
          >
            Reset
          </button>
        </form>
      </div>

      {invalid ? <div className="form-error">{invalid}</div> : null}
      {error ? <ErrorBanner error={error} title="Could not load the KPIs." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading KPIs…" /> : null}

      {data ? (
        <>
          <p className="muted small">Amounts in {currency}; other currencies are converted at the reporting rate.</p>
          <KpiCards kpis={data.kpis} currency={currency} />
          <div className="chart-grid">
            <Card title={`Recovered per month (${currency})`}>
              {data.kpiSeries.length ? <RecoveredChart series={data.kpiSeries} currency={currency} /> : <EmptyState title="No data in this period" />}
            </Card>
            <Card title="Payment and promise-kept rate">
              {data.kpiSeries.length ? <RatesChart series={data.kpiSeries} /> : <EmptyState title="No data in this period" />}
            </Card>
          </div>
          <Card title="By collector" flush>
            {byCollector.length === 0 ? (
              <EmptyState title="No collector activity in this period" />
            ) : (
              <div className="table-wrap">
                <table className="table" data-testid="kpi-collector-table">
                  <thead>
                    <tr>
                      <th>Collector</th>
                      <th className="num">Placed</th>
                      <th className="num">Paid in full</th>
                      <th className="num">Payment rate</th>
                      <th className="num">Recovery rate</th>
                      <th className="num">Recovered</th>
                      <th className="num">Promise-kept</th>
                      <th className="num">Duration (median)</th>
                    </tr>
                  </thead>
                  <tbody>
                    {byCollector.map(({ collector, kpis }) => (
                      <tr key={collector.id}>
                        <td>{collector.name}</td>
                        <td className="num">{kpis.casesPlaced}</td>
                        <td className="num">{kpis.casesPaidInFull}</td>
                        <td className="num">{formatRate(kpis.paymentRate)}</td>
                        <td className="num">{formatRate(kpis.recoveryRate)}</td>
                        <td className="num">
                          <AggregateMoney cents={kpis.recoveredCents} currency={currency} />
                        </td>
                        <td className="num">{formatRate(kpis.promiseKeptRate)}</td>
                        <td className="num">{formatDays(kpis.dunningDurationDaysMedian)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Card>
        </>
      ) : null}
    </div>
  );
}
