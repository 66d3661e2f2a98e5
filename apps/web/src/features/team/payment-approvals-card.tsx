import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { useApprovePaidOutcome } from './hooks/use-approve-paid-outcome';
import { useApprovePayment } from './hooks/use-approve-payment';
import { useDeclinePaidOutcome } from './hooks/use-decline-paid-outcome';
import { useDeclinePayment } from './hooks/use-decline-payment';
import { PENDING_APPROVALS } from './payment-approvals.graphql';

type Pending = NonNullable<ReturnType<typeof usePending>['data']>['pendingApprovals'][number];

function usePending() {
  return useQuery(PENDING_APPROVALS, { fetchPolicy: 'cache-and-network', pollInterval: 30_000 });
}

function ApprovalRow({ a, own }: { a: Pending; own: boolean }) {
  const intl = useIntl();
  const [reason, setReason] = useState('');
  const payment = a.kind === 'PAYMENT';
  const [approvePayment, approvingPayment] = useApprovePayment();
  const [declinePayment, decliningPayment] = useDeclinePayment();
  const [approvePaid, approvingPaid] = useApprovePaidOutcome();
  const [declinePaid, decliningPaid] = useDeclinePaidOutcome();
  const busy = approvingPayment.loading || decliningPayment.loading || approvingPaid.loading || decliningPaid.loading;
  const approve = () => void (payment ? approvePayment({ variables: { id: a.id } }) : approvePaid({ variables: { id: a.id } })).catch(() => undefined);
  const decline = () =>
    void (payment ? declinePayment({ variables: { id: a.id, reason } }) : declinePaid({ variables: { id: a.id, reason } })).catch(() => undefined);
  return (
    <li className="approval" data-testid="pending-approval" data-approval-id={a.id} data-kind={a.kind}>
      <div className="approval-what">
        <Link to={`/cases/${a.caseId}`} className="strong-link">{a.debtorName}</Link>{' '}
        <span className="muted small">{a.debtorRef}</span>
        <div>
          {payment && a.amountCents !== null && a.currency ? (
            <FormattedMessage
              id="team.approvals.payment"
              defaultMessage="Payment of {amount} received {date}"
              values={{ amount: <Money cents={a.amountCents} currency={a.currency} />, date: formatDate(a.receivedAt) }}
            />
          ) : (
            <FormattedMessage id="team.approvals.markedPaid" defaultMessage="Marked paid" />
          )}
          <span className="muted small">
            {' · '}
            <FormattedMessage
              id="team.approvals.reasonAskedBy"
              defaultMessage="{reason} · asked by {name}"
              values={{ reason: a.reasonText, name: a.requestedByName }}
            />
          </span>
        </div>
        {a.note ? (
          <div className="small muted">
            <FormattedMessage id="team.approvals.note" defaultMessage="“{note}”" values={{ note: a.note }} />
          </div>
        ) : null}
      </div>
      <div className="agreement-decision">
        <button type="button" className="btn btn-primary" disabled={busy || own} onClick={approve} data-testid="approval-approve"
          title={own ? intl.formatMessage({ id: 'team.approvals.ownTitle', defaultMessage: 'You asked for this one: a second person approves it.' }) : undefined}>
          <FormattedMessage id="team.approvals.approve" defaultMessage="Approve" />
        </button>
        <input
          type="text"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={intl.formatMessage({ id: 'team.approvals.declineReason', defaultMessage: 'Reason to decline' })}
          aria-label={intl.formatMessage({ id: 'team.approvals.declineReason', defaultMessage: 'Reason to decline' })}
          maxLength={500}
        />
        <button type="button" className="btn" disabled={busy || own || reason.trim() === ''} onClick={decline} data-testid="approval-decline">
          <FormattedMessage id="team.approvals.decline" defaultMessage="Decline" />
        </button>
      </div>
      {own ? (
        <div className="muted small">
          <FormattedMessage id="team.approvals.ownNote" defaultMessage="You asked for this; another lead or an admin decides." />
        </div>
      ) : null}
      <FormError error={approvingPayment.error ?? decliningPayment.error ?? approvingPaid.error ?? decliningPaid.error} />
    </li>
  );
}

/** Payments and PAID outcomes that wait for a second person: a lead or an admin who did not ask for them approves or declines. */
export function PaymentApprovalsCard() {
  const { user } = useAuth();
  return user?.role === 'LEAD' || user?.role === 'ADMIN' ? <PendingApprovals userId={user.id} /> : null;
}

function PendingApprovals({ userId }: { userId: string }) {
  const intl = useIntl();
  const { data, error, refetch } = usePending();
  if (error && !data) {
    return (
      <ErrorBanner
        error={error}
        title={intl.formatMessage({ id: 'team.approvals.loadError', defaultMessage: 'Could not load the approvals.' })}
        onRetry={() => void refetch()}
      />
    );
  }
  const rows = data?.pendingApprovals ?? [];
  return (
    <Card
      title={<FormattedMessage id="team.approvals.title" defaultMessage="Approvals ({count, number})" values={{ count: rows.length }} />}
      testId="payment-approvals"
      flush
    >
      {rows.length ? (
        <ul className="approvals">
          {rows.map((a) => <ApprovalRow key={a.id} a={a} own={a.requestedById === userId} />)}
        </ul>
      ) : (
        <p className="muted small approvals-empty">
          <FormattedMessage id="team.approvals.empty" defaultMessage="No payment or “paid” outcome waits for approval." />
        </p>
      )}
    </Card>
  );
}
