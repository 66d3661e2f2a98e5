import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
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
import { SETTLEMENT_EXPIRED_NOTE } from './settlement-expiry';
import './agreements.css';
import { DateInput } from '../../ui/date-input';

const PLAN_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  ACTIVE: { id: 'case.agreements.plan.ACTIVE', defaultMessage: 'Running' },
  COMPLETED: { id: 'case.agreements.plan.COMPLETED', defaultMessage: 'Completed' },
  DEFAULTED: { id: 'case.agreements.plan.DEFAULTED', defaultMessage: 'In default' },
});
const PLAN_TONES: Record<string, BadgeTone> = { ACTIVE: 'info', COMPLETED: 'good', DEFAULTED: 'bad' };
const SETTLEMENT_MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  PENDING_APPROVAL: { id: 'case.agreements.settlement.PENDING_APPROVAL', defaultMessage: 'Waiting for a lead' },
  OFFERED: { id: 'case.agreements.settlement.OFFERED', defaultMessage: 'Offered' },
  DECLINED: { id: 'case.agreements.settlement.DECLINED', defaultMessage: 'Declined' },
  PAID: { id: 'case.agreements.settlement.PAID', defaultMessage: 'Paid, case closed' },
  EXPIRED: { id: 'case.agreements.settlement.EXPIRED', defaultMessage: 'Expired unpaid' },
});
const SETTLEMENT_TONES: Record<string, BadgeTone> = { PENDING_APPROVAL: 'warn', OFFERED: 'info', DECLINED: 'neutral', PAID: 'good', EXPIRED: 'bad' };
const FORM_MESSAGES: Record<'lastDay', MessageDescriptor> = defineMessages({
  lastDay: { id: 'case.agreements.offer.lastDayMissing', defaultMessage: 'Choose the last day to pay.' },
});
const LEADS = new Set(['LEAD', 'ADMIN']);

/**
 * The case's agreements: its payment plan (installments, missed ones, the confirmation the debtor
 * receives) and its settlement (offer, a lead's approval below the creditor's share, paid).
 * While a plan runs, the dunning run holds the case.
 */
export function AgreementsCard({ caseId, timeZone }: { caseId: string; timeZone: string }) {
  const { user } = useAuth();
  const intl = useIntl();
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
    <Card title={intl.formatMessage({ id: 'case.agreements.title', defaultMessage: 'Plan and settlement' })} testId="case-agreements">
      {plan ? (
        <section className="agreement" data-testid="payment-plan">
          <header className="agreement-head">
            <strong><FormattedMessage id="case.agreements.plan.title" defaultMessage="Payment plan" /></strong>
            <Badge tone={PLAN_TONES[plan.status] ?? 'neutral'}>{PLAN_MESSAGES[plan.status] ? intl.formatMessage(PLAN_MESSAGES[plan.status]!) : plan.status}</Badge>
            <span className="muted">
              <FormattedMessage
                id="case.agreements.plan.missed"
                defaultMessage="{missed, number} of {limit, plural, one {# missed installment} other {# missed installments}} before default"
                values={{ missed: plan.missedInstallments, limit: plan.missedToDefault }}
              />
            </span>
          </header>
          {plan.status === 'ACTIVE' ? <p className="muted agreement-note"><FormattedMessage id="case.agreements.plan.paused" defaultMessage="Dunning is paused while the plan runs." /></p> : null}
          {plan.status === 'DEFAULTED' ? (
            <p className="agreement-note agreement-bad"><FormattedMessage id="case.agreements.plan.defaulted" defaultMessage="The whole balance is due; dunning has resumed." /></p>
          ) : null}
          <table className="table agreement-table">
            <thead>
              <tr>
                <th>#</th>
                <th><FormattedMessage id="case.agreements.plan.due" defaultMessage="Due" /></th>
                <th className="num"><FormattedMessage id="case.agreements.plan.amount" defaultMessage="Amount" /></th>
                <th className="num"><FormattedMessage id="case.agreements.plan.paid" defaultMessage="Paid" /></th>
                <th><FormattedMessage id="case.agreements.plan.status" defaultMessage="Status" /></th>
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
            <summary><FormattedMessage id="case.agreements.plan.confirmation" defaultMessage="Confirmation sent to the debtor" /></summary>
            <pre>{plan.confirmation}</pre>
          </details>
        </section>
      ) : null}

      {settlement ? (
        <section className="agreement" data-testid="settlement">
          <header className="agreement-head">
            <strong><FormattedMessage id="case.agreements.settlement.title" defaultMessage="Settlement" /></strong>
            <Badge tone={SETTLEMENT_TONES[settlement.status] ?? 'neutral'}>
              {SETTLEMENT_MESSAGES[settlement.status] ? intl.formatMessage(SETTLEMENT_MESSAGES[settlement.status]!) : settlement.status}
            </Badge>
          </header>
          <dl className="agreement-facts">
            <dt><FormattedMessage id="case.agreements.settlement.amount" defaultMessage="Amount" /></dt>
            <dd><Money cents={settlement.amountCents} currency={settlement.currency} /></dd>
            <dt>
              {settlement.status === 'EXPIRED' || settlement.status === 'DECLINED'
                ? <FormattedMessage id="case.agreements.settlement.wouldHaveWaived" defaultMessage="Would have waived" />
                : <FormattedMessage id="case.agreements.settlement.waived" defaultMessage="Waived" />}
            </dt>
            <dd>
              <Money cents={settlement.waivedCents} currency={settlement.currency} />{' '}
              <span className="muted">
                <FormattedMessage
                  id="case.agreements.settlement.ofOpen"
                  defaultMessage="of {amount} open"
                  values={{ amount: <Money cents={settlement.openCents} currency={settlement.currency} /> }}
                />
              </span>
            </dd>
            <dt><FormattedMessage id="case.agreements.settlement.validUntil" defaultMessage="Valid until" /></dt>
            <dd>{formatDate(settlement.validUntil)}</dd>
            {settlement.offeredBy ? (
              <>
                <dt><FormattedMessage id="case.agreements.settlement.offeredBy" defaultMessage="Offered by" /></dt>
                <dd>
                  <FormattedMessage
                    id="case.agreements.settlement.offeredByOn"
                    defaultMessage="{name} on {date}"
                    values={{ name: settlement.offeredBy, date: formatDate(settlement.offeredOn) }}
                  />
                </dd>
              </>
            ) : null}
            {settlement.declineReason ? (
              <>
                <dt><FormattedMessage id="case.agreements.settlement.declined" defaultMessage="Declined" /></dt>
                <dd>{settlement.declineReason}</dd>
              </>
            ) : null}
          </dl>
          {settlement.status === 'EXPIRED' ? (
            <p className="muted agreement-note" data-testid="settlement-expired">{intl.formatMessage(SETTLEMENT_EXPIRED_NOTE, { date: formatDate(settlement.validUntil) })}</p>
          ) : null}
          {settlement.status === 'PENDING_APPROVAL' && isLead ? <SettlementDecision settlementId={settlement.id} /> : null}
          {settlement.status === 'PENDING_APPROVAL' && !isLead ? (
            <p className="muted agreement-note">
              <FormattedMessage id="case.agreements.settlement.belowShare" defaultMessage="Below the creditor’s share: a team lead decides before it is offered." />
            </p>
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
  const intl = useIntl();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const parsed = parsePositiveAmountToCents(amount);
    if (!parsed.ok) return setFieldError(parsed.error);
    if (validUntil === '') return setFieldError(intl.formatMessage(FORM_MESSAGES.lastDay));
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
          <span className="field-label">
            <FormattedMessage id="case.agreements.offer.amount" defaultMessage="Settle for ({currency})" values={{ currency }} />
          </span>
          <input type="text" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)}
            className="input-amount" data-testid="settlement-amount" />
        </label>
        <label className="field">
          <span className="field-label"><FormattedMessage id="case.agreements.offer.paidBy" defaultMessage="Paid by" /></span>
          <DateInput value={validUntil} min={todayIn(timeZone)} onChange={setValidUntil} data-testid="settlement-valid-until" />
        </label>
      </div>
      <p className="muted agreement-note">
        <FormattedMessage
          id="case.agreements.offer.explain"
          defaultMessage="Open balance {amount}. Paid in full by the date, it closes the case and the rest is written off."
          values={{ amount: <Money cents={openCents} currency={currency} /> }}
        />
      </p>
      {fieldError ? <span className="field-error">{fieldError}</span> : null}
      <div className="form-actions">
        <button type="submit" className="btn" disabled={loading} data-testid="settlement-submit">
          {loading
            ? <FormattedMessage id="case.agreements.offer.saving" defaultMessage="Saving…" />
            : replaces
              ? <FormattedMessage id="case.agreements.offer.replace" defaultMessage="Replace the offer" />
              : <FormattedMessage id="case.agreements.offer.submit" defaultMessage="Offer settlement" />}
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
  const intl = useIntl();
  return (
    <div className="agreement-decision" data-testid="settlement-decision">
      <button type="button" className="btn btn-primary" disabled={approving.loading}
        onClick={() => void approve({ variables: { settlementId } }).catch(() => undefined)} data-testid="settlement-approve">
        <FormattedMessage id="case.agreements.decision.approve" defaultMessage="Approve" />
      </button>
      <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} placeholder={intl.formatMessage({ id: 'case.agreements.decision.reason', defaultMessage: 'Reason to decline' })} maxLength={500}
        data-testid="settlement-decline-reason" />
      <button type="button" className="btn" disabled={declining.loading || reason.trim() === ''}
        onClick={() => void decline({ variables: { settlementId, reason } }).catch(() => undefined)} data-testid="settlement-decline">
        <FormattedMessage id="case.agreements.decision.decline" defaultMessage="Decline" />
      </button>
      <FormError error={approving.error ?? declining.error} />
    </div>
  );
}
