import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { ageBucketLabel, bucketDays } from './age-buckets';
import { csvFileName } from './csv';
import { filterToParams } from './dashboard-filter';
import { DashboardFiltersBar } from './dashboard-filters-bar';
import { KPI_CASES } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { periodError } from './dashboard-period';
import { CsvButton, DataTable } from './data-table';
import { kpiCaseColumns } from './kpi-cases-columns';
import { KPI_METRICS, parseKpiMetric, parseOffset } from './kpi-metrics';
import { useDashboardFilter } from './use-dashboard-filter';
import './dashboard.css';

const PAGE_SIZE = 50;

function CasePager({ offset, total, onChange }: { offset: number; total: number; onChange: (offset: number) => void }) {
  const to = Math.min(offset + PAGE_SIZE, total);
  return (
    <div className="pager">
      <span className="muted small">
        {total === 0 ? (
          <FormattedMessage id="dashboard.cases.none" defaultMessage="No cases" />
        ) : (
          <FormattedMessage
            id="dashboard.cases.range"
            defaultMessage="{first}–{last} of {total}"
            values={{ first: formatCount(offset + 1), last: formatCount(to), total: formatCount(total) }}
          />
        )}
      </span>
      <button type="button" className="btn btn-small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - PAGE_SIZE))}>
        ← <FormattedMessage id="dashboard.cases.previous" defaultMessage="Previous" />
      </button>
      <button type="button" className="btn btn-small" disabled={to >= total} onClick={() => onChange(offset + PAGE_SIZE)} data-testid="kpi-cases-next">
        <FormattedMessage id="dashboard.cases.next" defaultMessage="Next" /> →
      </button>
    </div>
  );
}

/** `/dashboard/cases?metric=…&from=…&to=…`: the cases behind a KPI tile or an ageing bar. */
export function KpiCasesPage() {
  const intl = useIntl();
  const { filter, input, params, setFilter, setParams } = useDashboardFilter();
  const metric = parseKpiMetric(params.get('metric'));
  const bucket = params.get('bucket') || null;
  const offset = parseOffset(params.get('offset'), PAGE_SIZE);
  const invalid = periodError(filter);
  const columns = useMemo(() => kpiCaseColumns(intl), [intl]);

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
  const days = bucket ? bucketDays(bucket) : null;
  const casesTitle = intl.formatMessage({ id: 'dashboard.cases.title', defaultMessage: 'Cases' });

  return (
    <div className="page page-dashboard">
      <div className="page-header dashboard-header">
        <div>
          <Link className="back-link no-print" to={back}>
            ← <FormattedMessage id="dashboard.backToDashboard" defaultMessage="Dashboard" />
          </Link>
          <h1>{info ? intl.formatMessage(info.title) : casesTitle}</h1>
          {info ? (
            <p className="muted small">
              <FormattedMessage
                id="dashboard.cases.description"
                defaultMessage="{description} {from} – {to}"
                values={{ description: intl.formatMessage(info.description), from: formatDate(filter.from), to: formatDate(filter.to) }}
              />
              {days ? (
                <>
                  {' · '}
                  <FormattedMessage
                    id="dashboard.cases.ageBucket"
                    defaultMessage="age {bucket}"
                    values={{ bucket: ageBucketLabel(intl, days.fromDays, days.toDays) }}
                  />
                </>
              ) : null}
            </p>
          ) : null}
        </div>
      </div>
      {/* Changing a filter keeps the metric and bucket and starts again at the first page. */}
      <DashboardFiltersBar filter={filter} onChange={(next) => setFilter(next, { keep: ['metric', 'bucket'] })} />
      {!metric ? (
        <div className="form-error">
          <FormattedMessage id="dashboard.cases.unknownMetric" defaultMessage="Unknown metric. Open this list from a tile on the dashboard." />
        </div>
      ) : null}
      {invalid ? <div className="form-error">{intl.formatMessage(invalid)}</div> : null}
      {metric && !invalid ? (
        <Card
          title={
            page
              ? intl.formatMessage(
                  { id: 'dashboard.cases.count', defaultMessage: '{count, plural, one {# case} other {# cases}}' },
                  { count: page.totalCount },
                )
              : casesTitle
          }
          actions={
            page ? (
              <div className="card-actions-row">
                <CasePager offset={offset} total={page.totalCount} onChange={setOffset} />
                <CsvButton
                  fileName={csvFileName('cases', metric.toLowerCase(), filter.from, filter.to, offset ? `from-${offset + 1}` : '')}
                  columns={columns}
                  rows={page.items}
                  testId="csv-kpi-cases"
                />
              </div>
            ) : null
          }
          testId="kpi-cases"
          flush
        >
          {error ? (
            <ErrorBanner
              error={error}
              title={intl.formatMessage({ id: 'dashboard.cases.loadError', defaultMessage: 'Could not load the cases.' })}
              onRetry={() => void refetch()}
            />
          ) : null}
          {loading && !data ? <Spinner label={intl.formatMessage({ id: 'dashboard.cases.loading', defaultMessage: 'Loading cases…' })} /> : null}
          {page && page.items.length === 0 ? (
            <EmptyState title={intl.formatMessage({ id: 'dashboard.cases.empty', defaultMessage: 'No cases for this metric and filter' })} />
          ) : null}
          {page && page.items.length > 0 ? <DataTable columns={columns} rows={page.items} rowKey={(c) => c.id} testId="kpi-cases-table" /> : null}
        </Card>
      ) : null}
    </div>
  );
}
