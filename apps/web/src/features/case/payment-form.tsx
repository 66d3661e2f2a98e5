import { useRef, useState, type FormEvent } from 'react';
import { RuleViolation, validatePayment } from '@mahnwerk/domain';
import { todayIn } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { formatCents } from '../../ui/format';
import type { RecordPaymentInput } from './case.graphql';
import { newIdempotencyKey } from './idempotency-key';
import { parsePositiveAmountToCents } from './parse-amount';
import { useRecordPayment } from './hooks/use-record-payment';

interface PaymentDraft {
  amount: string;
  receivedAt: string;
  reference: string;
}

type PaymentErrors = Partial<Record<keyof PaymentDraft, string>>;

/**
 * Records a manual payment. The idempotency key belongs to one submission: it is created on the
 * first attempt and reused while the collector retries the same values (a timeout may hide that
 * the server already booked it); changing any field starts a new submission with a new key.
 */
export function PaymentForm({ caseId, currency, timeZone }: { caseId: string; currency: string; timeZone: string }) {
  const today = () => todayIn(timeZone);
  const [draft, setDraft] = useState<PaymentDraft>(() => ({ amount: '', receivedAt: today(), reference: '' }));
  const [errors, setErrors] = useState<PaymentErrors>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [recordPayment, { loading, error, reset }] = useRecordPayment();
  const pendingKey = useRef<string | null>(null);

  const set = (patch: Partial<PaymentDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    pendingKey.current = null;
    setSaved(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    const nextErrors: PaymentErrors = {};
    const amount = parsePositiveAmountToCents(draft.amount);
    if (!amount.ok) nextErrors.amount = amount.error;
    else {
      // The same check the API runs (domain validatePayment): whole cents, not in the future, ...
      try {
        validatePayment({ amountCents: amount.cents, receivedOn: draft.receivedAt, today: today() });
      } catch (err) {
        if (!(err instanceof RuleViolation)) throw err;
        if (err.field === 'receivedOn') nextErrors.receivedAt = err.message;
        else nextErrors.amount = err.message;
      }
    }
    setErrors(nextErrors);
    if (!amount.ok || Object.keys(nextErrors).length > 0) return;

    pendingKey.current ??= newIdempotencyKey();
    const input: RecordPaymentInput = {
      caseId,
      amountCents: amount.cents,
      receivedAt: draft.receivedAt,
      reference: draft.reference.trim(),
      idempotencyKey: pendingKey.current,
    };
    try {
      const result = await recordPayment({ variables: { input } });
      pendingKey.current = null;
      // Above the creditor's threshold, or more than the balance, the payment waits for a lead instead of booking.
      const waiting = result.data?.recordPayment.pendingApprovals.some(
        (a) => a.kind === 'PAYMENT' && a.amountCents === input.amountCents && a.receivedAt === input.receivedAt,
      );
      setSaved(`Payment of ${formatCents(input.amountCents, currency)} ${waiting ? 'waits for approval' : 'recorded'}.`);
      setDraft({ amount: '', receivedAt: today(), reference: '' });
    } catch {
      /* keep the key: pressing the button again retries the same submission */
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="payment-form">
      <div className="field-row">
        <label className="field">
          <span className="field-label">Amount ({currency})</span>
          <input
            type="text"
            inputMode="decimal"
            placeholder="250,00"
            value={draft.amount}
            onChange={(e) => set({ amount: e.target.value })}
            className="input-amount"
            data-testid="payment-amount"
          />
          {errors.amount ? <span className="field-error">{errors.amount}</span> : null}
        </label>
        <label className="field">
          <span className="field-label">Received on</span>
          <input type="date" value={draft.receivedAt} max={today()} onChange={(e) => set({ receivedAt: e.target.value })} data-testid="payment-date" />
          {errors.receivedAt ? <span className="field-error">{errors.receivedAt}</span> : null}
        </label>
      </div>
      <label className="field">
        <span className="field-label">
          Reference <span className="muted">(optional)</span>
        </span>
        <input
          type="text"
          value={draft.reference}
          onChange={(e) => set({ reference: e.target.value })}
          placeholder="Bank transfer reference, receipt no."
          maxLength={140}
          data-testid="payment-reference"
        />
      </label>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={loading} data-testid="payment-submit">
          {loading ? 'Saving…' : error && pendingKey.current ? 'Retry payment' : 'Record payment'}
        </button>
        {saved ? (
          <span className="form-success" role="status" data-testid="payment-saved">
            {saved}
          </span>
        ) : null}
      </div>
      <FormError error={error} />
    </form>
  );
}
