import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { Money } from '../../ui/money';
import type { CaseDetailData } from './case.graphql';

/**
 * What a case's payments wait for and what they overpaid: a manual payment or a PAID outcome waiting
 * for a lead's approval, and the overpayment to refund to the debtor. Nothing when there is neither.
 */
export function PendingApprovalsCard({ c, currency }: { c: Pick<CaseDetailData, 'pendingApprovals' | 'overpaymentCents'>; currency: string }) {
  const intl = useIntl();
  if (c.pendingApprovals.length === 0 && c.overpaymentCents <= 0) return null;
  return (
    <Card title={intl.formatMessage({ id: 'case.approvals.title', defaultMessage: 'Waiting for approval' })} testId="case-approvals">
      {c.pendingApprovals.length ? (
        <ul className="case-approvals">
          {c.pendingApprovals.map((a) => (
            <li key={a.id} data-testid="case-pending-approval" data-kind={a.kind}>
              <strong>
                {a.kind === 'PAYMENT' && a.amountCents !== null ? (
                  <FormattedMessage
                    id="case.approvals.payment"
                    defaultMessage="Payment of {amount} received {date}"
                    values={{ amount: <Money cents={a.amountCents} currency={a.currency ?? currency} />, date: formatDate(a.receivedAt) }}
                  />
                ) : (
                  <FormattedMessage id="case.approvals.markedPaid" defaultMessage="Marked paid" />
                )}
              </strong>{' '}
              <FormattedMessage id="case.approvals.waits" defaultMessage="waits for approval" />{' '}
              <span className="muted small">
                <FormattedMessage
                  id="case.approvals.reason"
                  defaultMessage="({reason}; asked by {name})"
                  values={{ reason: a.reasonText, name: a.requestedByName }}
                />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {c.overpaymentCents > 0 ? (
        <p className="case-overpayment" data-testid="case-overpayment">
          <FormattedMessage
            id="case.approvals.overpaid"
            defaultMessage="Overpaid: {amount} to refund to the debtor."
            values={{ amount: <Money cents={c.overpaymentCents} currency={currency} /> }}
          />
        </p>
      ) : null}
    </Card>
  );
}
