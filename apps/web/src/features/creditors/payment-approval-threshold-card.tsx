import { useState, type FormEvent } from 'react';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { formatCents } from '../../ui/format';
import { parsePositiveAmountToCents } from '../case/parse-amount';
import type { CreditorSettings } from './creditors.graphql';
import { useSetPaymentApprovalThreshold } from './hooks/use-set-payment-approval-threshold';

const asText = (cents: number | null) => (cents === null ? '' : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`);

/** Above this amount a manual payment waits for a second person before it books; empty: never. Admins change it. */
export function PaymentApprovalThresholdCard({ creditor, readOnly }: { creditor: CreditorSettings; readOnly: boolean }) {
  const current = creditor.paymentApprovalThresholdCents ?? null;
  const [text, setText] = useState(asText(current));
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [save, saving] = useSetPaymentApprovalThreshold();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    let thresholdCents: number | null = null;
    if (text.trim() !== '') {
      const parsed = parsePositiveAmountToCents(text);
      if (!parsed.ok) return setProblem(parsed.error);
      thresholdCents = parsed.cents;
    }
    setProblem(null);
    try {
      await save({ variables: { creditorId: creditor.id, thresholdCents } });
      setSaved(thresholdCents === null ? 'Saved: no payment waits for approval by amount.' : 'Saved.');
    } catch {
      /* shown below */
    }
  }

  return (
    <Card title="Payment approval" testId="creditor-payment-approval">
      <p className="muted small">
        {current === null
          ? 'Manual payments book at once whatever their amount.'
          : `Manual payments above ${formatCents(current, creditor.currency)} wait for a second person before they book.`}
      </p>
      {readOnly ? null : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <label className="field">
            <span className="field-label">Approval above ({creditor.currency}) <span className="muted">(empty: never)</span></span>
            <input type="text" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} placeholder="5000,00"
              className="input-amount" data-testid="payment-approval-threshold" />
            {problem ? <span className="field-error">{problem}</span> : null}
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={saving.loading}>Save</button>
            {saved ? <span className="form-success" role="status">{saved}</span> : null}
          </div>
          <FormError error={saving.error} />
        </form>
      )}
    </Card>
  );
}
