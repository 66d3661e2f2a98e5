import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { Money } from '../../ui/money';
import type { CaseDetailData } from './case.graphql';

/**
 * What a case's payments wait for and what they overpaid: a manual payment or a PAID outcome waiting
 * for a lead's approval, and the overpayment to refund to the debtor. Nothing when there is neither.
 */
export function PendingApprovalsCard({ c, currency }: { c: Pick<CaseDetailData, 'pendingApprovals' | 'overpaymentCents'>; currency: string }) {
  if (c.pendingApprovals.length === 0 && c.overpaymentCents <= 0) return null;
  return (
    <Card title="Waiting for approval" testId="case-approvals">
      {c.pendingApprovals.length ? (
        <ul className="case-approvals">
          {c.pendingApprovals.map((a) => (
            <li key={a.id} data-testid="case-pending-approval" data-kind={a.kind}>
              <strong>
                {a.kind === 'PAYMENT' && a.amountCents !== null ? (
                  <>Payment of <Money cents={a.amountCents} currency={a.currency ?? currency} /> received {formatDate(a.receivedAt)}</>
                ) : (
                  <>Marked paid</>
                )}
              </strong>{' '}
              waits for approval <span className="muted small">({a.reasonText}; asked by {a.requestedByName})</span>
            </li>
          ))}
        </ul>
      ) : null}
      {c.overpaymentCents > 0 ? (
        <p className="case-overpayment" data-testid="case-overpayment">
          Overpaid: <Money cents={c.overpaymentCents} currency={currency} /> to refund to the debtor.
        </p>
      ) : null}
    </Card>
  );
}
