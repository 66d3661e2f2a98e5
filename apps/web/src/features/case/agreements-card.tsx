import { useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useAuth } from '../../app/auth-context';
import { Badge, type BadgeTone } from '../../ui/badge';
import { Card } from '../../ui/card';
import { PromiseStatusBadge } from '../../ui/case-badges';
import { formatDate, todayIn } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { Money } from '../../ui/money';
import { CASE_AGREEMENTS, CASE_AGREEMENTS_UPDATED } from './agreements.graphql';
import { parsePositiveAmountToCents } from './parse-amount';
import { useApproveSettlement } from './hooks/use-approve-settlement';
import { useDeclineSettlement } from './hooks/use-decline-settlement';
import { useOfferSettlement } from './hooks/use-offer-settlement';
import { settlementExpiredNote } from './settlement-expiry';
import './agreements.css';

const PLAN_LABELS: Record<string, [string, BadgeTone]> = {
  ACTIVE: ['Running', 'info'],
  COMPLETED: ['Completed', 'good'],
  DEFAULTED: ['In default', 'bad'],
};
const SETTLEMENT_LABELS: Record<string, [string, BadgeTone]> = {
  PENDING_APPROVAL: ['Waiting for a lead', 'warn'],
  OFFERED: ['Offered', 'info'],
  DECLINED: ['Declined', 'neutral'],
  PAID: ['Paid, case closed', 'good'],
  EXPIRED: ['Expired unpaid', 'bad'],
};
const LEADS = new Set(['LEAD', 'ADMIN']);

/**
 * The case's agreements: its payment plan (installments, missed ones, the confirmation the debtor
 * receives) and its settlement (offer, a lead's approval below the creditor's share, paid).
 * While a plan runs, the dunning run holds the case.
 */
export function AgreementsCard({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const { user } = useAuth();
  const { data, subscribeToMore } = useQuery(CASE_AGREEMENTS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  useEffect(
    () =>
      subscribeToMore({
        document: CASE_AGREEMENTS_UPDATED,
        variables: { caseId },
        updateQuery: (_unsafe, { subscriptionData }) => ({ case: subscriptionData.data.caseUpdated }),
      }),
    [subscribeToMore, caseId],
  );
  const c = data?.case;
  if (!c) return null;
  const isLead = user !== null && LEADS.has(user.role);
  const canOffer = c.status === 'OPEN' && c.balance.totalCents > 0 && user !== null &&
    (isLead || (user.role === 'COLLECTOR' && c.assignee?.id === user.id));
  const plan = c.paymentPlan;
  const settlement = c.settlement;
  if (!plan && !settlement && !canOffer) return null;
  const currency = c.balance.currency;

  return (
    <Card title="Plan and settlement" testId="case-agreements">
      {plan ? (
        <section className="agreement" data-testid="payment-plan">
          <header className="agreement-head">
            <strong>Payment plan</strong>
            <Badge tone={PLAN_LABELS[plan.status]?.[1] ?? 'neutral'}>{PLAN_LABELS[plan.status]?.[0] ?? plan.status}</Badge>
            <span className="muted">
              {plan.missedInstallments} of {plan.missedToDefault} missed installments before default
            </span>
          </header>
          {plan.status === 'ACTIVE' ? <p className="muted agreement-note">Dunning is paused while the plan runs.</p> : null}
          {plan.status === 'DEFAULTED' ? (
            <p className="agreement-note agreement-bad">The whole balance is due; dunning has resumed.</p>
          ) : null}
          <table className="table agreement-table">
            <thead>
              <tr>
                <th>#</th>
                <th>Due</th>
                <th className="num">Amount</th>
                <th className="num">Paid</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {plan.installments.map((i) => (
                <tr key={i.id}>
                  <td>{i.number}</td>
                  <td>{formatDate(i.dueDate)}</td>
                  <td className="num"><Money cents={i.amountCents} currency={currency} /></td>
                  <td className="num"><Money cents={i.paidCents} currency={currency} /></td>
                  <td><PromiseStatusBadge status={i.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <details className="agreement-confirmation">
            <summary>Confirmation sent to the debtor</summary>
            <pre>{plan.confirmation}</pre>
          </details>
        </section>
      ) : null}

      {settlement ? (
        <section className="agreement" data-testid="settlement">
          <header className="agreement-head">
            <strong>Settlement</strong>
            <Badge tone={SETTLEMENT_LABELS[settlement.status]?.[1] ?? 'neutral'}>
              {SETTLEMENT_LABELS[settlement.status]?.[0] ?? settlement.status}
            </Badge>
          </header>
          <dl className="agreement-facts">
            <dt>Amount</dt>
            <dd><Money cents={settlement.amountCents} currency={settlement.currency} /></dd>
            <dt>{settlement.status === 'EXPIRED' || settlement.status === 'DECLINED' ? 'Would have waived' : 'Waived'}</dt>
            <dd>
              <Money cents={settlement.waivedCents} currency={settlement.currency} />{' '}
              <span className="muted">of <Money cents={settlement.openCents} currency={settlement.currency} /> open</span>
            </dd>
            <dt>Valid until</dt>
            <dd>{formatDate(settlement.validUntil)}</dd>
            {settlement.offeredBy ? (
              <>
                <dt>Offered by</dt>
                <dd>{settlement.offeredBy} on {formatDate(settlement.offeredOn)}</dd>
              </>
            ) : null}
            {settlement.declineReason ? (
              <>
                <dt>Declined</dt>
                <dd>{settlement.declineReason}</dd>
              </>
            ) : null}
          </dl>
          {settlement.status === 'EXPIRED' ? (
            <p className="muted agreement-note" data-testid="settlement-expired">{settlementExpiredNote(settlement.validUntil, formatDate)}</p>
          ) : null}
          {settlement.status === 'PENDING_APPROVAL' && isLead ? <SettlementDecision settlementId={settlement.id} /> : null}
          {settlement.status === 'PENDING_APPROVAL' && !isLead ? (
            <p className="muted agreement-note">Below the creditor&apos;s share: a team lead decides before it is offered.</p>
          ) : null}
        </section>
      ) : null}

      {canOffer ? <SettlementOfferForm caseId={caseId} currency={currency} timeZone={timeZone} openCents={c.balance.totalCents} replaces={settlement?.status === 'OFFERED' || settlement?.status === 'PENDING_APPROVAL'} /> : null}
    </Card>
  );
}

function SettlementOfferForm({
  caseId, currency, timeZone, openCents, replaces,
}: { caseId: string; currency: string; timeZone: string; openCents: number; replaces: boolean }) {
  const [amount, setAmount] = useState('');
  const [validUntil, setValidUntil] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [offer, { loading, error, reset }] = useOfferSettlement();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const parsed = parsePositiveAmountToCents(amount);
    if (!parsed.ok) return setFieldError(parsed.error);
    if (validUntil === '') return setFieldError('Choose the last day to pay.');
    setFieldError(null);
    try {
      await offer({ variables: { caseId, amountCents: parsed.cents, validUntil } });
      setAmount('');
      setValidUntil('');
    } catch {
      /* shown below */
    }
  }

  return (
    <form className="form agreement-offer" onSubmit={onSubmit} noValidate data-testid="settlement-form">
      <div className="field-row">
        <label className="field">
          <span className="field-label">Settle for ({currency})</span>
          <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)}
            className="input-amount" data-testid="settlement-amount" />
        </label>
        <label className="field">
          <span className="field-label">Paid by</span>
          <input type="date" value={validUntil} min={todayIn(timeZone)} onChange={(e) => setValidUntil(e.target.value)} data-testid="settlement-valid-until" />
        </label>
      </div>
      <p className="muted agreement-note">
        Open balance <Money cents={openCents} currency={currency} />. Paid in full by the date, it closes the case and the rest is written off.
      </p>
      {fieldError ? <span className="field-error">{fieldError}</span> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={loading} data-testid="settlement-submit">
          {loading ? 'Saving…' : replaces ? 'Replace the offer' : 'Offer settlement'}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}

function SettlementDecision({ settlementId }: { settlementId: string }) {
  const [reason, setReason] = useState('');
  const [approve, approving] = useApproveSettlement();
  const [decline, declining] = useDeclineSettlement();
  return (
    <div className="agreement-decision" data-testid="settlement-decision">
      <button type="button" className="btn btn-primary" disabled={approving.loading}
        onClick={() => void approve({ variables: { settlementId } }).catch(() => undefined)} data-testid="settlement-approve">
        Approve
      </button>
      <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder="Reason to decline" maxLength={500}
        data-testid="settlement-decline-reason" />
      <button type="button" className="btn" disabled={declining.loading || reason.trim() === ''}
        onClick={() => void decline({ variables: { settlementId, reason } }).catch(() => undefined)} data-testid="settlement-decline">
        Decline
      </button>
      <FormError error={approving.error ?? declining.error} />
    </div>
  );
}
