import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { formatDate, isIsoDate } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { creditorReportCsvColumns, creditorReportLines } from './creditor-report-rows';
import { csvFileName } from './csv';
import { filterToParams } from './dashboard-filter';
import { CREDITOR_REPORT, DASHBOARD_FILTER_OPTIONS, type CreditorReport } from './dashboard.graphql';
import { formatCount } from './dashboard-format';
import { periodError } from './dashboard-period';
import { CsvButton } from './data-table';
import { useDashboardFilter } from './use-dashboard-filter';
import './dashboard.css';
import { DateInput } from '../../ui/date-input';

function ReportSheet({ report }: { report: CreditorReport }) {
  const intl = useIntl();
  const lines = creditorReportLines(report);
  return (
    <article className="report-sheet" data-testid="creditor-report">
      <header className="report-head">
        <div>
          <div className="report-kicker">
            <FormattedMessage id="dashboard.report.title" defaultMessage="Creditor report" />
          </div>
          <h2 className="report-title">{report.creditor.name}</h2>
          <div className="muted">
            {report.creditor.ref} · {report.creditor.country} ·{' '}
            <FormattedMessage id="dashboard.report.amountsIn" defaultMessage="amounts in {currency}" values={{ currency: report.currency }} />
          </div>
        </div>
        <dl className="report-period">
          <dt>
            <FormattedMessage id="dashboard.report.period" defaultMessage="Period" />
          </dt>
          <dd>
            {formatDate(report.from)} – {formatDate(report.to)}
          </dd>
        </dl>
      </header>
      <table className="report-table">
        <tbody>
          {lines.map((l) => (
            <tr key={l.key} className={[l.emphasis ? 'report-total' : '', l.part ? 'report-sub' : ''].join(' ').trim() || undefined}>
              <th scope="row">
                {intl.formatMessage(l.title)}
                {l.note ? <span className="report-note">{intl.formatMessage(l.note)}</span> : null}
              </th>
              <td className="num">{l.kind === 'money' ? <Money cents={l.amount} currency={report.currency} /> : formatCount(l.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="report-footnote muted small">
        <FormattedMessage
          id="dashboard.report.footnote"
          defaultMessage="Placed: cases placed in the period. Collected: payments received in the period, split by the part of the claim they were allocated to."
        />
      </p>
    </article>
  );
}

/** `/dashboard/creditor-report?creditorId=…&from=…&to=…`: what was placed and collected, and what is owed to the creditor. */
export function CreditorReportPage() {
  const intl = useIntl();
  const { filter, setFilter } = useDashboardFilter();
  const options = useQuery(DASHBOARD_FILTER_OPTIONS, { fetchPolicy: 'cache-first' });
  const creditors = [...(options.data?.creditors ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const invalid = periodError(filter);
  const creditorId = filter.creditorId;

  const { data, loading, error, refetch } = useQuery(CREDITOR_REPORT, {
    variables: { creditorId: creditorId ?? '', from: filter.from, to: filter.to },
    skip: !creditorId || invalid !== null,
    fetchPolicy: 'cache-and-network',
  });
  const report = data?.creditorReport;
  const set = (patch: Partial<typeof filter>) => setFilter({ ...filter, collectorId: null, teamId: null, country: null, ...patch });

  return (
    <div className="page page-dashboard page-report">
      <div className="page-header dashboard-header no-print">
        <div>
          <Link className="back-link" to={`/dashboard?${filterToParams({ ...filter, creditorId }).toString()}`}>
            ← <FormattedMessage id="dashboard.backToDashboard" defaultMessage="Dashboard" />
          </Link>
          <h1>
            <FormattedMessage id="dashboard.report.title" defaultMessage="Creditor report" />
          </h1>
        </div>
        <div className="report-actions">
          <button type="button" className="btn btn-small" disabled={!report} onClick={() => window.print()} data-testid="print-report">
            <FormattedMessage id="dashboard.report.print" defaultMessage="Print" />
          </button>
          {report ? (
            <CsvButton
              fileName={csvFileName('creditor-report', report.creditor.ref, report.from, report.to)}
              columns={creditorReportCsvColumns(report)}
              rows={creditorReportLines(report)}
              testId="csv-creditor-report"
            />
          ) : null}
        </div>
      </div>
      <form className="filter-bar no-print" onSubmit={(e) => e.preventDefault()} aria-label={intl.formatMessage({ id: 'dashboard.report.parameters', defaultMessage: 'Report parameters' })}>
        <label className="field field-inline">
          <span className="field-label">
            <FormattedMessage id="dashboard.filter.creditor" defaultMessage="Creditor" />
          </span>
          <select value={creditorId ?? ''} onChange={(e) => set({ creditorId: e.target.value || null })} data-testid="report-creditor">
            <option value="">{intl.formatMessage({ id: 'dashboard.report.chooseCreditorOption', defaultMessage: 'Choose a creditor…' })}</option>
            {creditors.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.country}, {c.currency})
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span className="field-label">
            <FormattedMessage id="dashboard.filter.from" defaultMessage="From" />
          </span>
          <DateInput value={filter.from} max={filter.to} required onChange={(from) => isIsoDate(from) && set({ from })} />
        </label>
        <label className="field field-inline">
          <span className="field-label">
            <FormattedMessage id="dashboard.filter.to" defaultMessage="To" />
          </span>
          <DateInput value={filter.to} min={filter.from} required onChange={(to) => isIsoDate(to) && set({ to })} />
        </label>
      </form>
      {invalid ? <div className="form-error">{intl.formatMessage(invalid)}</div> : null}
      {!creditorId ? (
        <Card>
          <EmptyState title={intl.formatMessage({ id: 'dashboard.report.chooseCreditor', defaultMessage: 'Choose a creditor' })}>
            <FormattedMessage
              id="dashboard.report.chooseCreditorDetail"
              defaultMessage="The report lists what was placed and collected in the period and the remittance due."
            />
          </EmptyState>
        </Card>
      ) : null}
      {error ? (
        <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'dashboard.report.loadError', defaultMessage: 'Could not load the report.' })}
          onRetry={() => void refetch()}
        />
      ) : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'dashboard.report.loading', defaultMessage: 'Loading report…' })} /> : null}
      {report && !invalid ? <ReportSheet report={report} /> : null}
    </div>
  );
}
