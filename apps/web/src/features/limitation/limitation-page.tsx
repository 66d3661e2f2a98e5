import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { Card, EmptyState } from '../../ui/card';
import { StageBadge, StatusBadge } from '../../ui/case-badges';
import { formatDate } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { LimitationBadge } from '../../ui/limitation-badge';
import { Money } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { LIMITATION_WORKLIST, type WorklistCase } from './limitation.graphql';
import { groupByDate, HORIZONS, parseHorizon } from './worklist-groups';
import './limitation.css';

const LIMIT = 500;

function WorklistRow({ c }: { c: WorklistCase }) {
  return (
    <tr data-testid="limitation-row" data-case-id={c.id}>
      <td>
        <Link to={`/cases/${c.id}`}>{c.debtor.name}</Link>
        <div className="muted small">
          <FormattedMessage id="limitation.row.claim" defaultMessage="claim {reference}" values={{ reference: c.limitation.claimReference ?? '—' }} />
        </div>
      </td>
      <td>
        {c.creditor.name} <span className="muted">· {c.creditor.country}</span>
      </td>
      <td>
        <div className="limitation-stage">
          <StageBadge stage={c.stage} />
          {c.status !== 'OPEN' ? <StatusBadge status={c.status} /> : null}
        </div>
      </td>
      <td>{c.assignee ? c.assignee.name : <span className="muted">
            <FormattedMessage id="limitation.row.unassigned" defaultMessage="Unassigned" />
          </span>}</td>
      <td className="num">
        <Money cents={c.openCents} currency={c.currency} />
      </td>
      <td className="limitation-why small muted">{c.limitation.explanation}</td>
    </tr>
  );
}

/** `/limitation?days=60`: cases not closed whose limitation runs out soon, soonest first, grouped by day. */
export function LimitationPage() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const days = parseHorizon(params.get('days'));
  const { data, loading, error, refetch } = useQuery(LIMITATION_WORKLIST, {
    variables: { days, limit: LIMIT },
    fetchPolicy: 'cache-and-network',
  });
  const rows = data?.limitationWorklist ?? [];
  const groups = groupByDate(rows);

  return (
    <div className="page page-limitation" data-testid="limitation-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="limitation.title" defaultMessage="Limitation" />
        </h1>
        <span className="muted">
          <FormattedMessage
            id="limitation.intro"
            defaultMessage="Cases not closed (open, on hold, with legal) that become time-barred soon, soonest first. Act before the day: a payment, a promise or a plan restarts the period; a court dunning order suspends it."
          />
        </span>
        <label className="limitation-horizon page-toolbar">
          <FormattedMessage id="limitation.horizon" defaultMessage="Runs out within" />
          <select value={days} onChange={(e) => setParams({ days: e.target.value })} data-testid="limitation-days">
            {HORIZONS.map((h) => (
              <option key={h} value={h}>
                {intl.formatMessage({ id: 'limitation.horizon.days', defaultMessage: '{days, plural, one {# day} other {# days}}' }, { days: h })}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error ? <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'limitation.loadError', defaultMessage: 'Could not load the worklist.' })}
          onRetry={() => void refetch()}
        /> : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'limitation.loading', defaultMessage: 'Loading worklist…' })} /> : null}
      {data && rows.length === 0 ? (
        <EmptyState
          title={intl.formatMessage(
            { id: 'limitation.empty.title', defaultMessage: 'Nothing runs out within {days, plural, one {# day} other {# days}}' },
            { days },
          )}
        >
          <FormattedMessage id="limitation.empty.body" defaultMessage="Every open case has longer than that." />
        </EmptyState>
      ) : null}
      {rows.length >= LIMIT ? (
        <p className="muted small">
          <FormattedMessage
            id="limitation.limit"
            defaultMessage="Showing the first {limit, number}; choose a shorter horizon to see the rest in order."
            values={{ limit: LIMIT }}
          />
        </p>
      ) : null}
      {groups.map((g) => (
        <Card
          key={g.date}
          flush
          testId="limitation-group"
          title={
            <span className="limitation-group-title">
              {formatDate(g.date)} <LimitationBadge date={g.date} daysLeft={g.rows[0]!.limitation.daysLeft} />
              <span className="muted small">
                <FormattedMessage
                  id="limitation.group.count"
                  defaultMessage="{count, plural, one {# case} other {# cases}}"
                  values={{ count: g.rows.length }}
                />
              </span>
            </span>
          }
        >
          <div className="table-wrap">
            <table className="table limitation-table">
              <thead>
                <tr>
                  <th>
                    <FormattedMessage id="limitation.column.debtor" defaultMessage="Debtor" />
                  </th>
                  <th>
                    <FormattedMessage id="limitation.column.creditor" defaultMessage="Creditor" />
                  </th>
                  <th>
                    <FormattedMessage id="limitation.column.stage" defaultMessage="Stage" />
                  </th>
                  <th>
                    <FormattedMessage id="limitation.column.assignee" defaultMessage="Assignee" />
                  </th>
                  <th className="num">
                    <FormattedMessage id="limitation.column.open" defaultMessage="Open" />
                  </th>
                  <th>
                    <FormattedMessage id="limitation.column.why" defaultMessage="Why" />
                  </th>
                </tr>
              </thead>
              <tbody>
                {g.rows.map((c) => (
                  <WorklistRow key={c.id} c={c} />
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      ))}
    </div>
  );
}
