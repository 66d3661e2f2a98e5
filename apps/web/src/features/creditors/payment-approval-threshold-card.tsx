import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { centsToDecimalString, formatCents, formatNumber } from '../../ui/format';
import { parsePositiveAmountToCents } from '../case/parse-amount';
import type { CreditorSettings } from './creditors.graphql';
import { useSetPaymentApprovalThreshold } from './hooks/use-set-payment-approval-threshold';

/** The amount as the input shows it, in the workbench language's notation without grouping ("5000,00", "5000.00"). */
const asText = (cents: number | null) =>
  cents === null ? '' : formatNumber(Number(centsToDecimalString(cents)), { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** Above this amount a manual payment waits for a second person before it books; empty: never. Admins change it. */
export function PaymentApprovalThresholdCard({ creditor, readOnly }: { creditor: CreditorSettings; readOnly: boolean }) {
  const intl = useIntl();
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
      if (!parsed.ok) {
        return setProblem(
          intl.formatMessage(
            { id: 'creditors.approval.invalid', defaultMessage: 'Enter an amount above 0 like {example}, or leave it empty.' },
            { example: asText(500000) },
          ),
        );
      }
      thresholdCents = parsed.cents;
    }
    setProblem(null);
    try {
      await save({ variables: { creditorId: creditor.id, thresholdCents } });
      setSaved(
        thresholdCents === null
          ? intl.formatMessage({ id: 'creditors.approval.savedNone', defaultMessage: 'Saved: no payment waits for approval by amount.' })
          : intl.formatMessage({ id: 'creditors.approval.saved', defaultMessage: 'Saved.' }),
      );
    } catch {
      /* shown below */
    }
  }

  return (
    <Card title={intl.formatMessage({ id: 'creditors.approval.title', defaultMessage: 'Payment approval' })} testId="creditor-payment-approval">
      <p className="muted small">
        {current === null ? (
          <FormattedMessage id="creditors.approval.none" defaultMessage="Manual payments book at once whatever their amount." />
        ) : (
          <FormattedMessage
            id="creditors.approval.above"
            defaultMessage="Manual payments above {amount} wait for a second person before they book."
            values={{ amount: formatCents(current, creditor.currency) }}
          />
        )}
      </p>
      {readOnly ? null : (
        <form className="form" onSubmit={onSubmit} noValidate>
          <label className="field">
            <span className="field-label">
              <FormattedMessage
                id="creditors.approval.label"
                defaultMessage="Approval above ({currency}) <muted>(empty: never)</muted>"
                values={{ currency: creditor.currency, muted: (chunks) => <span className="muted">{chunks}</span> }}
              />
            </span>
            <input type="text" inputMode="decimal" value={text} onChange={(e) => setText(e.target.value)} placeholder={asText(500000)}
              className="input-amount" data-testid="payment-approval-threshold" />
            {problem ? <span className="field-error">{problem}</span> : null}
          </label>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={saving.loading}>
              <FormattedMessage id="creditors.approval.save" defaultMessage="Save" />
            </button>
            {saved ? <span className="form-success" role="status">{saved}</span> : null}
          </div>
          <FormError error={saving.error} />
        </form>
      )}
    </Card>
  );
}
