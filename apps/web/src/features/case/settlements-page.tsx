import { FormattedMessage, useIntl } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { Badge } from '../../ui/badge';
import { Card, EmptyState } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { Spinner } from '../../ui/spinner';
import { EXPIRED_SETTLEMENTS, PENDING_SETTLEMENTS } from './agreements.graphql';
import { useApproveSettlement } from './hooks/use-approve-settlement';
import { useDeclineSettlement } from './hooks/use-decline-settlement';
import { EXPIRED_SETTLEMENTS_DAYS } from './settlement-expiry';
import './agreements.css';

type Pending = NonNullable<ReturnType<typeof usePending>['data']>['pendingSettlements'][number];
type Expired = NonNullable<ReturnType<typeof useExpired>['data']>['expiredSettlements'][number];

function usePending() {
  return useQuery(PENDING_SETTLEMENTS, { fetchPolicy: 'cache-and-network' });
}

function useExpired() {
  return useQuery(EXPIRED_SETTLEMENTS, { variables: { days: EXPIRED_SETTLEMENTS_DAYS }, fetchPolicy: 'cache-and-network' });
}

function PendingRow({ s }: { s: Pending }) {
  const [reason, setReason] = useState('');
  const [approve, approving] = useApproveSettlement();
  const [decline, declining] = useDeclineSettlement();
  const intl = useIntl();
  const share = s.openCents > 0 ? Math.floor((s.amountCents * 100) / s.openCents) : 0;
  return (
    <tr data-testid="pending-settlement" data-settlement-id={s.id}>
      <td>
        <Link to={`/cases/${s.caseId}`}>{s.debtorName ?? s.debtorRef}</Link>
        <div className="muted small">{s.creditorName}</div>
      </td>
      <td className="num">
        <Money cents={s.amountCents} currency={s.currency} />
        <div className="muted small">
          <FormattedMessage
            id="case.settlements.share"
            defaultMessage="{share, number, percent} of {amount}"
            values={{ share: share / 100, amount: <Money cents={s.openCents} currency={s.currency} /> }}
          />
        </div>
      </td>
      <td>{formatDate(s.validUntil)}</td>
      <td>
        {s.offeredBy ?? '—'}
        <div className="muted small">{formatDate(s.offeredOn)}</div>
      </td>
      <td>
        <div className="agreement-decision">
          <button type="button" className="btn btn-primary" disabled={approving.loading}
            onClick={() => void approve({ variables: { settlementId: s.id } }).catch(() => undefined)}>
            <FormattedMessage id="case.settlements.approve" defaultMessage="Approve" />
          </button>
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={intl.formatMessage({ id: 'case.settlements.reason', defaultMessage: 'Reason to decline' })} maxLength={500} />
          <button type="button" className="btn" disabled={declining.loading || reason.trim() === ''}
            onClick={() => void decline({ variables: { settlementId: s.id, reason } }).catch(() => undefined)}>
            <FormattedMessage id="case.settlements.decline" defaultMessage="Decline" />
          </button>
        </div>
        <FormError error={approving.error ?? declining.error} />
      </td>
    </tr>
  );
}

function ExpiredRow({ s }: { s: Expired }) {
  return (
    <tr data-testid="expired-settlement" data-settlement-id={s.id}>
      <td>
        <Link to={`/cases/${s.caseId}`}>{s.debtorName ?? s.debtorRef}</Link>
        <div className="muted small">{s.creditorName}</div>
      </td>
      <td className="num">
        <Money cents={s.amountCents} currency={s.currency} />
        <div className="muted small">
          <FormattedMessage id="case.settlements.of" defaultMessage="of {amount}" values={{ amount: <Money cents={s.openCents} currency={s.currency} /> }} />
        </div>
      </td>
      <td>{formatDate(s.validUntil)}</td>
      <td>
        {s.offeredBy ?? '—'}
        <div className="muted small">{formatDate(s.offeredOn)}</div>
      </td>
      <td>
        <Badge tone="bad"><FormattedMessage id="case.settlements.expiredUnpaid" defaultMessage="Expired unpaid" /></Badge>
      </td>
    </tr>
  );
}

/** Offers whose last day passed before they were paid in full or approved: a lead follows them up. */
function ExpiredSettlements() {
  const { data, error, refetch } = useExpired();
  const intl = useIntl();
  if (error && !data) {
    return (
      <ErrorBanner
        error={error}
        title={intl.formatMessage({ id: 'case.settlements.expired.loadError', defaultMessage: 'Could not load the expired settlements.' })}
        onRetry={() => void refetch()}
      />
    );
  }
  const rows = data?.expiredSettlements ?? [];
  return (
    <Card
      title={intl.formatMessage(
        { id: 'case.settlements.expired.title', defaultMessage: 'Expired in the last {days, plural, one {# day} other {# days}} ({count, number})' },
        { days: EXPIRED_SETTLEMENTS_DAYS, count: rows.length },
      )}
      flush
    >
      {rows.length === 0 ? (
        <EmptyState title={intl.formatMessage({ id: 'case.settlements.expired.none', defaultMessage: 'None expired' })}>
          <FormattedMessage id="case.settlements.expired.noneText" defaultMessage="Offers not paid in full by their last day, or not approved in time, appear here." />
        </EmptyState>
      ) : (
        <table className="table" data-testid="expired-settlements">
          <thead>
            <tr>
              <th><FormattedMessage id="case.settlements.column.debtor" defaultMessage="Debtor" /></th>
              <th className="num"><FormattedMessage id="case.settlements.column.amount" defaultMessage="Settle for" /></th>
              <th><FormattedMessage id="case.settlements.column.lastDay" defaultMessage="Last day" /></th>
              <th><FormattedMessage id="case.settlements.column.offeredBy" defaultMessage="Offered by" /></th>
              <th><FormattedMessage id="case.settlements.column.status" defaultMessage="Status" /></th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => <ExpiredRow key={s.id} s={s} />)}
          </tbody>
        </table>
      )}
    </Card>
  );
}

/** Settlements below their creditor's share, waiting for a lead's decision, oldest first; those that expired recently. */
export function SettlementsPage() {
  const { data, loading, error, refetch } = usePending();
  const intl = useIntl();
  if (error && !data) {
    return (
      <ErrorBanner
        error={error}
        title={intl.formatMessage({ id: 'case.settlements.loadError', defaultMessage: 'Could not load the settlements.' })}
        onRetry={() => void refetch()}
      />
    );
  }
  if (loading && !data) return <Spinner label={intl.formatMessage({ id: 'case.settlements.loading', defaultMessage: 'Loading settlements…' })} />;
  const rows = data?.pendingSettlements ?? [];
  return (
    <div className="page" data-testid="settlements-page">
      <Card
        title={intl.formatMessage({ id: 'case.settlements.pending.title', defaultMessage: 'Settlements waiting for approval ({count, number})' }, { count: rows.length })}
        flush
      >
        {rows.length === 0 ? (
          <EmptyState title={intl.formatMessage({ id: 'case.settlements.pending.none', defaultMessage: 'Nothing to decide' })}>
            <FormattedMessage id="case.settlements.pending.noneText" defaultMessage="Offers below a creditor’s share appear here for a lead to approve or decline." />
          </EmptyState>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th><FormattedMessage id="case.settlements.column.debtor" defaultMessage="Debtor" /></th>
                <th className="num"><FormattedMessage id="case.settlements.column.amount" defaultMessage="Settle for" /></th>
                <th><FormattedMessage id="case.settlements.column.paidBy" defaultMessage="Paid by" /></th>
                <th><FormattedMessage id="case.settlements.column.offeredBy" defaultMessage="Offered by" /></th>
                <th><FormattedMessage id="case.settlements.column.decision" defaultMessage="Decision" /></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => <PendingRow key={s.id} s={s} />)}
            </tbody>
          </table>
        )}
      </Card>
      <ExpiredSettlements />
    </div>
  );
}
