import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { counterPlan, counterRowsOf, type CounterPlanProblem, type CounterRow } from './counter-plan';
import { useDeclinePortalProposal } from './hooks/use-decline-portal-proposal';
import { useRecordOutcome } from './hooks/use-record-outcome';
import { CASE_PORTAL_PROPOSAL } from './portal-proposal.graphql';
import './portal-proposal.css';
import { DateInput } from '../../ui/date-input';

/** The note recorded with the plan (in the collector's language, as their own notes are). */
const NOTES: Record<'accepted' | 'countered', MessageDescriptor> = defineMessages({
  accepted: { id: 'case.portalProposal.note.accepted', defaultMessage: 'Accepted the plan the debtor proposed in the portal' },
  countered: { id: 'case.portalProposal.note.countered', defaultMessage: 'Countered the plan the debtor proposed in the portal' },
});

/**
 * A plan the debtor proposed in the portal outside the creditor's rules: the collector accepts it as
 * proposed, counters it (the installments edited, then recorded as the plan) or declines it. Recording
 * a plan answers the proposal; the debtor gets the plan's confirmation letter.
 */
export function PortalProposalCard({ caseId, currency, timeZone }: { caseId: string; currency: string; timeZone: string }) {
  const { data } = useQuery(CASE_PORTAL_PROPOSAL, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const [record, recording] = useRecordOutcome();
  const [decline, declining] = useDeclinePortalProposal();
  const [rows, setRows] = useState<CounterRow[] | null>(null);
  const [problem, setProblem] = useState<CounterPlanProblem | null>(null);
  const intl = useIntl();
  const proposal = data?.case?.portalPlanProposal ?? null;
  if (!proposal) return null;
  const busy = recording.loading || declining.loading;

  async function recordPlan(installments: { dueDate: string; amountCents: number }[], note: string) {
    setProblem(null);
    await record({
      variables: { input: { caseId, type: 'PAYMENT_PLAN', channel: 'PORTAL', direction: 'INBOUND', installments, note } },
      refetchQueries: [CASE_PORTAL_PROPOSAL],
    }).catch(() => undefined);
  }

  async function recordCounter() {
    const result = counterPlan(rows ?? []);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    await recordPlan(result.installments, intl.formatMessage(NOTES.countered));
  }

  const setRow = (n: number, change: Partial<CounterRow>) => setRows((current) => (current ?? []).map((r, i) => (i === n ? { ...r, ...change } : r)));

  return (
    <Card title={intl.formatMessage({ id: 'case.portalProposal.title', defaultMessage: 'Plan proposed in the portal' })} testId="portal-proposal">
      <div className="portal-proposal">
        <p>
          <FormattedMessage
            id="case.portalProposal.intro"
            defaultMessage="The debtor proposed {count, plural, one {# monthly installment} other {# monthly installments}} from {first} on {at}. It is outside the creditor’s rules, so it waits for you: accept it, counter it or decline it."
            values={{ count: proposal.installments, first: formatDate(proposal.firstDueDate), at: formatDateTime(proposal.proposedAt, timeZone) }}
          />
        </p>
        {rows === null ? (
          <table className="table" data-testid="portal-proposal-plan">
            <thead>
              <tr>
                <th>#</th>
                <th><FormattedMessage id="case.portalProposal.due" defaultMessage="Due" /></th>
                <th className="num"><FormattedMessage id="case.portalProposal.amount" defaultMessage="Amount" /></th>
              </tr>
            </thead>
            <tbody>
              {proposal.plan.map((i, n) => (
                <tr key={i.dueDate}>
                  <td>{n + 1}</td>
                  <td>{formatDate(i.dueDate)}</td>
                  <td className="num">
                    <Money cents={i.amountCents} currency={currency} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <div className="portal-proposal-counter" data-testid="portal-proposal-counter">
            {rows.map((row, n) => (
              <div className="portal-proposal-row" key={n}>
                <label>
                  <span className="muted small">
                    <FormattedMessage id="case.portalProposal.row.due" defaultMessage="Installment {n, number} due" values={{ n: n + 1 }} />
                  </span>
                  <DateInput value={row.dueDate} onChange={(dueDate) => setRow(n, { dueDate })} data-testid={`counter-date-${n}`} />
                </label>
                <label>
                  <span className="muted small">
                    <FormattedMessage id="case.portalProposal.row.amount" defaultMessage="Amount ({currency})" values={{ currency }} />
                  </span>
                  <input inputMode="decimal" value={row.amount} onChange={(e) => setRow(n, { amount: e.target.value })} data-testid={`counter-amount-${n}`} />
                </label>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-label={intl.formatMessage({ id: 'case.portalProposal.row.remove.label', defaultMessage: 'Remove installment {n, number}' }, { n: n + 1 })}
                  disabled={rows.length === 1}
                  onClick={() => setRows(rows.filter((_, i) => i !== n))}
                >
                  <FormattedMessage id="case.portalProposal.row.remove" defaultMessage="Remove" />
                </button>
              </div>
            ))}
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setRows([...rows, { dueDate: '', amount: '' }])}
            >
              <FormattedMessage id="case.portalProposal.add" defaultMessage="Add installment" />
            </button>
          </div>
        )}
        {problem ? <p className="form-error" role="alert">{intl.formatMessage(problem.message, problem.values)}</p> : null}
        {recording.error ? <ErrorBanner error={recording.error} title={intl.formatMessage({ id: 'case.portalProposal.recordError', defaultMessage: 'The plan was not recorded.' })} /> : null}
        {declining.error ? <ErrorBanner error={declining.error} title={intl.formatMessage({ id: 'case.portalProposal.declineError', defaultMessage: 'The proposal was not declined.' })} /> : null}
        <div className="portal-proposal-actions">
          {rows === null ? (
            <>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                data-testid="portal-proposal-accept"
                onClick={() => void recordPlan(proposal.plan.map((i) => ({ dueDate: i.dueDate, amountCents: i.amountCents })), intl.formatMessage(NOTES.accepted))}
              >
                <FormattedMessage id="case.portalProposal.accept" defaultMessage="Accept as proposed" />
              </button>
              <button type="button" className="btn" disabled={busy} data-testid="portal-proposal-counter-open" onClick={() => setRows(counterRowsOf(proposal.plan))}>
                <FormattedMessage id="case.portalProposal.counter" defaultMessage="Counter…" />
              </button>
            </>
          ) : (
            <>
              <button type="button" className="btn btn-primary" disabled={busy} data-testid="portal-proposal-counter-record" onClick={() => void recordCounter()}>
                <FormattedMessage id="case.portalProposal.record" defaultMessage="Record this plan" />
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => { setRows(null); setProblem(null); }}>
                <FormattedMessage id="case.portalProposal.back" defaultMessage="Back" />
              </button>
            </>
          )}
          <button type="button" className="btn btn-ghost" disabled={busy} data-testid="portal-proposal-decline" onClick={() => void decline({ variables: { caseId } }).catch(() => undefined)}>
            <FormattedMessage id="case.portalProposal.decline" defaultMessage="Decline" />
          </button>
        </div>
      </div>
    </Card>
  );
}
