import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { csvFileName } from './csv';
import { filterToParams } from './dashboard-filter';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { KPI_CASES } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { periodError } from './dashboard-period';
import { CsvButton, DataTable } from './data-table';
import { KPI_CASE_COLUMNS } from './kpi-cases-columns';
import { KPI_METRICS, parseKpiMetric, parseOffset } from './kpi-metrics';
import { useDashboardFilter } from './use-dashboard-filter';
import './dashboard.css';

const PAGE_SIZE = 50;

function CasePager({ offset, total, onChange }: { offset: number; total: number; onChange: (offset: number) => void }) {
  const to = Math.min(offset + PAGE_SIZE, total);
  return (
    <div className="pager">
      <span className="muted small">{total === 0 ? 'No cases' : `${formatCount(offset + 1)}–${formatCount(to)} of ${formatCount(total)}`}</span>
      <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - PAGE_SIZE))}>
        ← Previous
      </button>
      <button type="button" className="btn btn-small" disabled={to >= total} onClick={() => onChange(offset + PAGE_SIZE)} data-testid="kpi-cases-next">
        Next →
      </button>
    </div>
  );
}

/** `/dashboard/cases?metric=…&from=…&to=…`: the cases behind a KPI tile or an ageing bar. */
export function KpiCasesPage() {
  const { filter, input, params, setFilter, setParams } = useDashboardFilter();
  const metric = parseKpiMetric(params.get('metric'));
  const bucket = params.get('bucket') || null;
  const offset = parseOffset(params.get('offset'), PAGE_SIZE);
  const invalid = periodError(filter);

  const { data, loading, error, refetch } = useQuery(KPI_CASES, {
    variables: { filter: input, metric: metric ?? 'OPEN', ageingBucket: bucket, offset, limit: PAGE_SIZE },
    skip: !metric || invalid !== null,
    fetchPolicy: 'cache-and-network',
  });

  const setOffset = (next: number) =>
    setParams((current) => {
      const p = new URLSearchParams(current);
      if (next > 0) p.set('offset', String(next));
      else p.delete('offset');
      return p;
    });

  const page = data?.kpiCases;
  const info = metric ? KPI_METRICS[metric] : null;
  const back = `/dashboard?${filterToParams(filter).toString()}`;

  return (
    <div className="page page-dashboard">
      <div className="page-header dashboard-header">
        <div>
          <Link className="back-link no-print" to={back}>
            ← Dashboard
          </Link>
          <h1>{info ? info.title : 'Cases'}</h1>
          {info ? (
            <p className="muted small">
              {info.description} {formatDate(filter.from)} – {formatDate(filter.to)}
              {bucket ? ` · age bucket ${bucket}` : ''}
            </p>
          ) : null}
        </div>
      </div>
      {/* Changing a filter keeps the metric and bucket and starts again at the first page. */}
      <DashboardFiltersBar filter={filter} onChange={(next) => setFilter(next, { keep: ['metric', 'bucket'] })} />
      {!metric ? <div className="form-error">Unknown metric. Open this list from a tile on the dashboard.</div> : null}
      {invalid ? <div className="form-error">{invalid}</div> : null}
      {metric && !invalid ? (
        <Card
          title={page ? `${formatCount(page.totalCount)} cases` : 'Cases'}
          actions={
            page ? (
              <div className="card-actions-row">
                <CasePager offset={offset} total={page.totalCount} onChange={setOffset} />
                <CsvButton
                  fileName={csvFileName('cases', metric.toLowerCase(), filter.from, filter.to, offset ? `from-${offset + 1}` : '')}
                  columns={KPI_CASE_COLUMNS}
                  rows={page.items}
                  testId="csv-kpi-cases"
                />
              </div>
            ) : null
          }
          testId="kpi-cases"
          flush
        >
          {error ? <ErrorBanner error={error} title="Could not load the cases." onRetry={() => void refetch()} /> : null}
          {loading && !data ? <Spinner label="Loading cases…" /> : null}
          {page && page.items.length === 0 ? <EmptyState title="No cases for this metric and filter" /> : null}
          {page && page.items.length > 0 ? <DataTable columns={KPI_CASE_COLUMNS} rows={page.items} rowKey={(c) => c.id} testId="kpi-cases-table" /> : null}
        </Card>
      ) : null}
    </div>
  );
}
