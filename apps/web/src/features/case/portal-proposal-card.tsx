import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Card } from '../../ui/card';
import { formatDate, formatDateTime } from '../../ui/date';
import { ErrorBanner } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { counterPlan, counterRowsOf, type CounterRow } from './counter-plan';
import { useDeclinePortalProposal } from './hooks/use-decline-portal-proposal';
import { useRecordOutcome } from './hooks/use-record-outcome';
import { CASE_PORTAL_PROPOSAL } from './portal-proposal.graphql';
import './portal-proposal.css';

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
  const [problem, setProblem] = useState<string | null>(null);
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
    await recordPlan(result.installments, 'Countered the plan the debtor proposed in the portal');
  }

  const setRow = (n: number, change: Partial<CounterRow>) => setRows((current) => (current ?? []).map((r, i) => (i === n ? { ...r, ...change } : r)));

  return (
    <Card title="Plan proposed in the portal" testId="portal-proposal">
      <div className="portal-proposal">
        <p>
          The debtor proposed {proposal.installments} monthly installments from {formatDate(proposal.firstDueDate)} on{' '}
          {formatDateTime(proposal.proposedAt, timeZone)}. It is outside the creditor&apos;s rules, so it waits for you: accept it,
          counter it or decline it.
        </p>
        {rows === null ? (
          <table className="table" data-testid="portal-proposal-plan">
            <thead>
              <tr>
                <th>#</th>
                <th>Due</th>
                <th className="num">Amount</th>
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
                  <span className="muted small">Installment {n + 1} due</span>
                  <input type="date" value={row.dueDate} onChange={(e) => setRow(n, { dueDate: e.target.value })} data-testid={`counter-date-${n}`} />
                </label>
                <label>
                  <span className="muted small">Amount ({currency})</span>
                  <input inputMode="decimal" value={row.amount} onChange={(e) => setRow(n, { amount: e.target.value })} data-testid={`counter-amount-${n}`} />
                </label>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-label={`Remove installment ${n + 1}`}
                  disabled={rows.length === 1}
                  onClick={() => setRows(rows.filter((_, i) => i !== n))}
                >
                  Remove
                </button>
              </div>
            ))}
            <button
              type="button"
              className="btn btn-small"
              onClick={() => setRows([...rows, { dueDate: '', amount: '' }])}
            >
              Add installment
            </button>
          </div>
        )}
        {problem ? <p className="form-error" role="alert">{problem}</p> : null}
        {recording.error ? <ErrorBanner error={recording.error} title="The plan was not recorded." /> : null}
        {declining.error ? <ErrorBanner error={declining.error} title="The proposal was not declined." /> : null}
        <div className="portal-proposal-actions">
          {rows === null ? (
            <>
              <button
                type="button"
                className="btn btn-primary"
                disabled={busy}
                data-testid="portal-proposal-accept"
                onClick={() => void recordPlan(proposal.plan.map((i) => ({ dueDate: i.dueDate, amountCents: i.amountCents })), 'Accepted the plan the debtor proposed in the portal')}
              >
                Accept as proposed
              </button>
              <button type="button" className="btn" disabled={busy} data-testid="portal-proposal-counter-open" onClick={() => setRows(counterRowsOf(proposal.plan))}>
                Counter…
              </button>
            </>
          ) : (
            <>
              <button type="button" className="btn btn-primary" disabled={busy} data-testid="portal-proposal-counter-record" onClick={() => void recordCounter()}>
                Record this plan
              </button>
              <button type="button" className="btn" disabled={busy} onClick={() => { setRows(null); setProblem(null); }}>
                Back
              </button>
            </>
          )}
          <button type="button" className="btn btn-ghost" disabled={busy} data-testid="portal-proposal-decline" onClick={() => void decline({ variables: { caseId } }).catch(() => undefined)}>
            Decline
          </button>
        </div>
      </div>
    </Card>
  );
}
