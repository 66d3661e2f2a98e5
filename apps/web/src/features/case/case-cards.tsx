import { useMemo, useState } from 'react';
import { defineMessages, FormattedMessage, useIntl } from 'react-intl';
import { useLabels } from '../../i18n/labels';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { PromiseStatusBadge } from '../../ui/case-badges';
import { formatDate, formatDateTime } from '../../ui/date';
import { Money } from '../../ui/money';
import type { CaseDetailData } from './case.graphql';
import { buildTimeline } from './case-timeline';
import { ContactTags } from './contact-icons';

const LINE_KINDS = defineMessages({
  PRINCIPAL: { id: 'case.balance.kind.PRINCIPAL', defaultMessage: 'Principal' },
  INTEREST: { id: 'case.balance.kind.INTEREST', defaultMessage: 'Interest' },
  FEE: { id: 'case.balance.kind.FEE', defaultMessage: 'Fee' },
  PAYMENT: { id: 'case.balance.kind.PAYMENT', defaultMessage: 'Payment' },
});

const BALANCE_ROWS = defineMessages({
  principal: { id: 'case.balance.principal', defaultMessage: 'Principal' },
  interest: { id: 'case.balance.interest', defaultMessage: 'Interest' },
  fees: { id: 'case.balance.fees', defaultMessage: 'Fees' },
  paid: { id: 'case.balance.paid', defaultMessage: 'Paid' },
});

export function BalanceCard({ c }: { c: CaseDetailData }) {
  const intl = useIntl();
  const b = c.balance;
  const rows = [
    [BALANCE_ROWS.principal, b.principalCents],
    [BALANCE_ROWS.interest, b.interestCents],
    [BALANCE_ROWS.fees, b.feesCents],
    [BALANCE_ROWS.paid, -b.paidCents],
  ] as const;
  return (
    <Card title={intl.formatMessage({ id: 'case.balance.title', defaultMessage: 'Balance as of {date}' }, { date: formatDate(b.asOf) })} testId="case-balance">
      {b.warnings.map((w) => (
        <div key={w.code + w.country} className="notice notice-error balance-warning" role="status" data-testid="balance-warning">
          {w.message}
        </div>
      ))}
      <table className="balance-table">
        <tbody>
          {rows.map(([label, cents]) => (
            <tr key={label.id}>
              <th scope="row">{intl.formatMessage(label)}</th>
              <td className="num">
                <Money cents={cents} currency={b.currency} />
              </td>
            </tr>
          ))}
          <tr className="balance-total">
            <th scope="row">
              <FormattedMessage id="case.balance.total" defaultMessage="Total open" />
            </th>
            <td className="num" data-testid="balance-total">
              <Money cents={b.totalCents} currency={b.currency} />
            </td>
          </tr>
        </tbody>
      </table>
      {b.lines.length > 0 ? (
        <details className="why">
          <summary>
            <FormattedMessage id="case.balance.why" defaultMessage="Why this amount?" />
          </summary>
          <ul className="why-list">
            {b.lines.map((line, index) => (
              <li key={index}>
                <Badge tone={line.kind === 'PAYMENT' ? 'good' : line.kind === 'INTEREST' ? 'info' : 'neutral'}>
                  {line.kind in LINE_KINDS ? intl.formatMessage(LINE_KINDS[line.kind as keyof typeof LINE_KINDS]) : line.kind}
                </Badge>
                <span className="why-text">{line.explanation}</span>
                <Money cents={line.amountCents} currency={b.currency} className="why-amount" />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Card>
  );
}

export function ClaimsCard({ c }: { c: CaseDetailData }) {
  const intl = useIntl();
  return (
    <Card title={intl.formatMessage({ id: 'case.claims.title', defaultMessage: 'Claims ({count, number})' }, { count: c.claims.length })} flush>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th>
                <FormattedMessage id="case.claims.reference" defaultMessage="Reference" />
              </th>
              <th>
                <FormattedMessage id="case.claims.invoiceDate" defaultMessage="Invoice date" />
              </th>
              <th>
                <FormattedMessage id="case.claims.dueDate" defaultMessage="Due date" />
              </th>
              <th className="num">
                <FormattedMessage id="case.claims.principal" defaultMessage="Principal" />
              </th>
            </tr>
          </thead>
          <tbody>
            {c.claims.map((claim) => (
              <tr key={claim.id}>
                <td>{claim.reference}</td>
                <td>{formatDate(claim.invoiceDate)}</td>
                <td>{formatDate(claim.dueDate)}</td>
                <td className="num">
                  <Money cents={claim.principalCents} currency={claim.currency} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}

export function TimelineCard({ c }: { c: CaseDetailData }) {
  const intl = useIntl();
  const labels = useLabels();
  const entries = useMemo(() => buildTimeline(c.activities, c.payments), [c.activities, c.payments]);
  const [showAll, setShowAll] = useState(false);
  const visible = showAll ? entries : entries.slice(0, 25);
  return (
    <Card title={intl.formatMessage({ id: 'case.timeline.title', defaultMessage: 'Timeline' })} testId="case-timeline">
      {entries.length === 0 ? (
        <p className="muted">
          <FormattedMessage id="case.timeline.empty" defaultMessage="No activity yet." />
        </p>
      ) : null}
      <ol className="timeline">
        {visible.map((entry) =>
          entry.kind === 'activity' ? (
            <li key={entry.key} className="timeline-item">
              <div className="timeline-head">
                <ContactTags channel={entry.activity.channel} direction={entry.activity.direction} />
                {entry.activity.outcome ? <strong>{labels.outcome(entry.activity.outcome)}</strong> : null}
                <span className="timeline-meta">
                  <FormattedMessage
                    id="case.timeline.activityMeta"
                    defaultMessage="{actor} · {at}"
                    values={{
                      actor: entry.activity.actor?.name ?? intl.formatMessage({ id: 'case.timeline.system', defaultMessage: 'System' }),
                      at: formatDateTime(entry.at),
                    }}
                  />
                </span>
              </div>
              {entry.activity.note ? <p className="timeline-note">{entry.activity.note}</p> : null}
            </li>
          ) : (
            <li key={entry.key} className="timeline-item timeline-payment">
              <div className="timeline-head">
                <Badge tone="good">
                  <FormattedMessage id="case.timeline.payment" defaultMessage="Payment" />
                </Badge>
                <strong>
                  <Money cents={entry.payment.amountCents} currency={c.balance.currency} />
                </strong>
                <span className="timeline-meta">
                  <FormattedMessage
                    id="case.timeline.paymentMeta"
                    defaultMessage="{source, select, MANUAL {recorded by hand} BANK {bank statement} other {other source}} · booked {at}"
                    values={{ source: entry.payment.source, at: formatDateTime(entry.at) }}
                  />
                </span>
              </div>
              <p className="timeline-note">
                <FormattedMessage
                  id="case.timeline.paymentReceived"
                  defaultMessage="Received {date} · Ref. {reference}"
                  values={{ date: formatDate(entry.payment.receivedAt), reference: entry.payment.reference }}
                />
              </p>
            </li>
          ),
        )}
      </ol>
      {entries.length > visible.length ? (
        <button type="button" className="btn btn-small" onClick={() => setShowAll(true)}>
          <FormattedMessage id="case.timeline.showAll" defaultMessage="Show all {count, number}" values={{ count: entries.length }} />
        </button>
      ) : null}
    </Card>
  );
}

export function PromisesCard({ c }: { c: CaseDetailData }) {
  const intl = useIntl();
  return (
    <Card title={intl.formatMessage({ id: 'case.promises.title', defaultMessage: 'Promises' })} flush>
      {c.promises.length === 0 ? (
        <p className="muted card-pad">
          <FormattedMessage id="case.promises.empty" defaultMessage="No promises or plan installments." />
        </p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th>
                  <FormattedMessage id="case.promises.due" defaultMessage="Due" />
                </th>
                <th>
                  <FormattedMessage id="case.promises.installment" defaultMessage="Installment" />
                </th>
                <th className="num">
                  <FormattedMessage id="case.promises.amount" defaultMessage="Amount" />
                </th>
                <th>
                  <FormattedMessage id="case.promises.status" defaultMessage="Status" />
                </th>
              </tr>
            </thead>
            <tbody>
              {c.promises.map((p) => (
                <tr key={p.id}>
                  <td>{formatDate(p.dueDate)}</td>
                  <td>
                    {p.installment ? (
                      <FormattedMessage id="case.promises.installmentNumber" defaultMessage="#{number}" values={{ number: p.installment }} />
                    ) : (
                      <span className="muted">
                        <FormattedMessage id="case.promises.single" defaultMessage="single" />
                      </span>
                    )}
                  </td>
                  <td className="num">
                    <Money cents={p.amountCents} currency={c.balance.currency} />
                  </td>
                  <td>
                    <PromiseStatusBadge status={p.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
