import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
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
            <>Payment of <Money cents={a.amountCents} currency={a.currency} /> received {formatDate(a.receivedAt)}</>
          ) : (
            <>Marked paid</>
          )}
          <span className="muted small"> · {a.reasonText} · asked by {a.requestedByName}</span>
        </div>
        {a.note ? <div className="small muted">“{a.note}”</div> : null}
      </div>
      <div className="agreement-decision">
        <button type="button" className="btn btn-primary" disabled={busy || own} onClick={approve} data-testid="approval-approve"
          title={own ? 'You asked for this one: a second person approves it.' : undefined}>
          Approve
        </button>
        <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Reason to decline" maxLength={500} />
        <button type="button" className="btn" disabled={busy || own || reason.trim() === ''} onClick={decline} data-testid="approval-decline">
          Decline
        </button>
      </div>
      {own ? <div className="muted small">You asked for this; another lead or an admin decides.</div> : null}
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
  const { data, error, refetch } = usePending();
  if (error && !data) return <ErrorBanner error={error} title="Could not load the approvals." onRetry={() => void refetch()} />;
  const rows = data?.pendingApprovals ?? [];
  return (
    <Card title={`Approvals (${rows.length})`} testId="payment-approvals" flush>
      {rows.length ? (
        <ul className="approvals">
          {rows.map((a) => <ApprovalRow key={a.id} a={a} own={a.requestedById === userId} />)}
        </ul>
      ) : (
        <p className="muted small approvals-empty">No payment or PAID outcome waits for approval.</p>
      )}
    </Card>
  );
}
