import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useShortcut } from '../../keyboard/use-shortcut';
import { RuleViolation, validatePayment } from '@mahnwerk/domain';
import { todayIn } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { formatCents } from '../../ui/format';
import type { RecordPaymentInput } from './case.graphql';
import { newIdempotencyKey } from './idempotency-key';
import { parsePositiveAmountToCents } from './parse-amount';
import { useRecordPayment } from './hooks/use-record-payment';
import { DateInput } from '../../ui/date-input';

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
export function PaymentForm({ caseId, currency, timeZone, readOnly = false }: { caseId: string; currency: string; timeZone: string; readOnly?: boolean }) {
  const intl = useIntl();
  const today = () => todayIn(timeZone);
  const [draft, setDraft] = useState<PaymentDraft>(() => ({ amount: '', receivedAt: today(), reference: '' }));
  const [errors, setErrors] = useState<PaymentErrors>({});
  const [saved, setSaved] = useState<{ cents: number; waiting: boolean } | null>(null);
  const [recordPayment, { loading, error, reset }] = useRecordPayment();
  const pendingKey = useRef<string | null>(null);
  const amountRef = useRef<HTMLInputElement>(null);
  // Where the focus was when `p` opened the form: Esc and a recorded payment give it back.
  const returnFocus = useRef<HTMLElement | null>(null);

  useShortcut(
    'p',
    intl.formatMessage({ id: 'case.payment.keys.open', defaultMessage: 'Record a payment (Enter records it, Esc goes back)' }),
    () => {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      amountRef.current?.focus();
    },
    { enabled: !readOnly },
  );

  function giveFocusBack() {
    const back = returnFocus.current;
    returnFocus.current = null;
    if (back && back.isConnected && back !== document.body) back.focus();
    else if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  }

  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    setDraft({ amount: '', receivedAt: today(), reference: '' });
    setErrors({});
    pendingKey.current = null;
    giveFocusBack();
  }

  const set = (patch: Partial<PaymentDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    pendingKey.current = null;
    setSaved(null);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (readOnly) return;
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
      const waiting =
        result.data?.recordPayment.pendingApprovals.some(
          (a) => a.kind === 'PAYMENT' && a.amountCents === input.amountCents && a.receivedAt === input.receivedAt,
        ) ?? false;
      setSaved({ cents: input.amountCents, waiting });
      setDraft({ amount: '', receivedAt: today(), reference: '' });
      if (returnFocus.current) giveFocusBack();
    } catch {
      /* keep the key: pressing the button again retries the same submission */
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate data-testid="payment-form">
      <fieldset className="form-fieldset" disabled={readOnly}>
        <div className="field-row">
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="case.payment.amount" defaultMessage="Amount ({currency})" values={{ currency }} /> <kbd className="key-hint">p</kbd>
            </span>
            <input
              ref={amountRef}
              type="text"
              inputMode="decimal"
              placeholder={intl.formatMessage({ id: 'case.payment.amountPlaceholder', defaultMessage: '250.00' })}
              value={draft.amount}
              onChange={(e) => set({ amount: e.target.value })}
              className="input-amount"
              aria-keyshortcuts="p"
              data-testid="payment-amount"
            />
            {errors.amount ? <span className="field-error">{errors.amount}</span> : null}
          </label>
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="case.payment.receivedOn" defaultMessage="Received on" />
            </span>
            <DateInput value={draft.receivedAt} max={today()} onChange={(receivedAt) => set({ receivedAt })} data-testid="payment-date" />
            {errors.receivedAt ? <span className="field-error">{errors.receivedAt}</span> : null}
          </label>
        </div>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="case.payment.reference" defaultMessage="Reference" />{' '}
            <span className="muted">
              <FormattedMessage id="case.payment.optional" defaultMessage="(optional)" />
            </span>
          </span>
          <input
            type="text"
            value={draft.reference}
            onChange={(e) => set({ reference: e.target.value })}
            placeholder={intl.formatMessage({ id: 'case.payment.referencePlaceholder', defaultMessage: 'Bank transfer reference, receipt no.' })}
            maxLength={140}
            data-testid="payment-reference"
          />
        </label>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={loading} data-testid="payment-submit">
            {loading ? (
              <FormattedMessage id="case.payment.saving" defaultMessage="Saving…" />
            ) : error && pendingKey.current ? (
              <FormattedMessage id="case.payment.retry" defaultMessage="Retry payment" />
            ) : (
              <FormattedMessage id="case.payment.submit" defaultMessage="Record payment" />
            )}
          </button>
          {saved ? (
            <span className="form-success" role="status" data-testid="payment-saved">
              {saved.waiting ? (
                <FormattedMessage
                  id="case.payment.savedWaiting"
                  defaultMessage="Payment of {amount} waits for approval."
                  values={{ amount: formatCents(saved.cents, currency) }}
                />
              ) : (
                <FormattedMessage id="case.payment.saved" defaultMessage="Payment of {amount} recorded." values={{ amount: formatCents(saved.cents, currency) }} />
              )}
            </span>
          ) : null}
        </div>
        <FormError error={error} />
      </fieldset>
    </form>
  );
}
