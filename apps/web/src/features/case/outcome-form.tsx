import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLabels } from '../../i18n/labels';
import { useAuth } from '../../app/auth-context';
import { formatDate, formatDateTime, todayIn } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { formatCents, OUTCOME_TYPES, type OutcomeType } from '../../ui/format';
import type { CaseDetailData } from './case.graphql';
import { CONTACT_OUTCOMES, contactGate, type ContactGate } from './contact-gate';
import { useChannelLabel } from './contact-icons';
import { useOutcomeKeys, type OutcomeFocusTarget } from './use-outcome-keys';
import type { OtherOpenCase } from './debtor-cases-card';
import { newIdempotencyKey } from './idempotency-key';
import {
  buildOutcomeInput, CONTACT_CHANNEL_OPTIONS, emptyOutcomeDraft, handlingSeconds, NOTE_REQUIRED, PER_CASE, type OutcomeDraft, type OutcomeField,
} from './outcome-input';
import { parsePositiveAmountToCents } from './parse-amount';
import { useRecordOutcome } from './hooks/use-record-outcome';
import { DateInput, DateTimeInput } from '../../ui/date-input';

function FieldError({ message }: { message: string | undefined }) {
  return message ? <span className="field-error">{message}</span> : null;
}

function InstallmentsEditor({
  rows,
  currency,
  errors,
  onChange,
  newKey,
}: {
  rows: OutcomeDraft['installments'];
  currency: string;
  errors: Partial<Record<OutcomeField, string>>;
  onChange: (rows: OutcomeDraft['installments']) => void;
  newKey: () => string;
}) {
  const intl = useIntl();
  const update = (key: string, patch: Partial<OutcomeDraft['installments'][number]>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  let totalCents = 0;
  let allValid = rows.length > 0;
  for (const row of rows) {
    const parsed = parsePositiveAmountToCents(row.amount);
    if (parsed.ok) totalCents += parsed.cents;
    else allValid = false;
  }

  return (
    <fieldset className="installments" data-testid="outcome-installments">
      <legend className="field-label">
        <FormattedMessage id="case.outcome.installments" defaultMessage="Installments" />
      </legend>
      {rows.length === 0 ? (
        <p className="muted small">
          <FormattedMessage id="case.outcome.noInstallments" defaultMessage="No installments yet." />
        </p>
      ) : null}
      {rows.map((row, index) => (
        <div className="installment-row" key={row.key}>
          <span className="installment-index">{index + 1}.</span>
          <DateInput
            aria-label={intl.formatMessage({ id: 'case.outcome.installmentDate', defaultMessage: 'Installment {number} due date' }, { number: index + 1 })}
            value={row.dueDate}
            onChange={(dueDate) => update(row.key, { dueDate })}
            data-testid="installment-date"
          />
          <input
            type="text"
            inputMode="decimal"
            placeholder={intl.formatMessage({ id: 'case.outcome.installmentPlaceholder', defaultMessage: '0.00' })}
            aria-label={intl.formatMessage({ id: 'case.outcome.installmentAmount', defaultMessage: 'Installment {number} amount' }, { number: index + 1 })}
            value={row.amount}
            onChange={(e) => update(row.key, { amount: e.target.value })}
            className="input-amount"
            data-testid="installment-amount"
          />
          <span className="muted small">{currency}</span>
          <button
            type="button"
            className="btn btn-ghost btn-small btn-icon"
            onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
            aria-label={intl.formatMessage({ id: 'case.outcome.installmentRemove', defaultMessage: 'Remove installment {number}' }, { number: index + 1 })}
            title={intl.formatMessage({ id: 'case.outcome.installmentRemoveTitle', defaultMessage: 'Remove installment' })}
            data-testid="installment-remove"
          >
            ×
          </button>
          <FieldError message={errors[`installment:${row.key}`]} />
        </div>
      ))}
      <div className="installments-footer">
        <button
          type="button"
          className="btn btn-small"
          onClick={() => onChange([...rows, { key: newKey(), dueDate: '', amount: '' }])}
          data-testid="installment-add"
        >
          <FormattedMessage id="case.outcome.installmentAdd" defaultMessage="+ Add installment" />
        </button>
        {allValid ? (
          <span className="muted small">
            <FormattedMessage id="case.outcome.planTotal" defaultMessage="Plan total {amount}" values={{ amount: formatCents(totalCents, currency) }} />
          </span>
        ) : null}
      </div>
      <FieldError message={errors.installments} />
    </fieldset>
  );
}

/** The case fields the domain's outcome rule looks at. */
export type OutcomeCase = Pick<CaseDetailData, 'id' | 'status' | 'stage' | 'openCents'> & { timeZone: string; currency: string };

/** The server's contact policy for a phone call on this case (see Case.nextContactAllowedAt). */
export interface OutcomeContact {
  nextAllowedAt: string | null;
  reason: string | null;
  debtorTimeZone: string;
}

/** The current time, refreshed every 30 s so a blocked form opens when the time has come. */
function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/** The debtor's other open cases the same conversation can be recorded on: those in the user's queue (leads and admins: all). */
function AlsoCases({ others, chosen, onChange }: { others: readonly OtherOpenCase[]; chosen: string[]; onChange: (ids: string[]) => void }) {
  const { user } = useAuth();
  if (others.length === 0) return null;
  return (
    <fieldset className="also-cases" data-testid="outcome-also-cases">
      <legend className="field-label">
        <FormattedMessage id="case.outcome.alsoFor" defaultMessage="Same conversation, also for" />
      </legend>
      {others.map((o) => {
        const mine = user?.role !== 'COLLECTOR' || o.assignee?.id === user.id;
        return (
          <label key={o.id} className={mine ? undefined : 'muted'}>
            <input
              type="checkbox"
              disabled={!mine}
              checked={chosen.includes(o.id)}
              onChange={(e) => onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((id) => id !== o.id))}
              data-testid="outcome-also-case"
            />
            <span>
              <FormattedMessage
                id="case.outcome.alsoCase"
                defaultMessage="{creditor} · {amount} · due since {date}"
                values={{ creditor: o.creditor.name, amount: formatCents(o.openCents, o.currency), date: formatDate(o.oldestDueDate) }}
              />
              {mine ? null : o.assignee ? (
                <FormattedMessage id="case.outcome.alsoCaseOthers" defaultMessage=" (in {name}'s queue)" values={{ name: o.assignee.name }} />
              ) : (
                <FormattedMessage id="case.outcome.alsoCasePool" defaultMessage=" (in the pool)" />
              )}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** The outcome a digit picks: 1 the first shown, 9 the ninth. */
const OUTCOME_DIGITS: ReadonlyMap<OutcomeType, number> = new Map(OUTCOME_TYPES.map((t, index) => [t, index + 1]));

/** The field an outcome needs first: where the focus goes once a digit picked it. */
function firstFieldOf(type: OutcomeType): OutcomeFocusTarget {
  if (type === 'PROMISE_TO_PAY') return 'amount';
  if (type === 'PAYMENT_PLAN') return 'installment';
  if (type === 'CALLBACK') return 'callback';
  return 'note';
}

export function OutcomeForm({
  kase,
  contact,
  others = [],
  readOnly = false,
  onRecorded,
}: {
  kase: OutcomeCase;
  contact?: OutcomeContact;
  others?: readonly OtherOpenCase[];
  /** The case is not the person's to work (see useCaseHolding): the form shows but records nothing. */
  readOnly?: boolean;
  onRecorded?: () => void;
}) {
  const intl = useIntl();
  const labels = useLabels();
  const channelLabel = useChannelLabel();
  const { id: caseId, currency } = kase;
  const phoneGate = contactGate(contact?.nextAllowedAt, contact?.reason, useNow());
  const [draft, setDraft] = useState<OutcomeDraft>(emptyOutcomeDraft);
  const [errors, setErrors] = useState<Partial<Record<OutcomeField, string>>>({});
  const [saved, setSaved] = useState<{ type: OutcomeType; waiting: boolean } | null>(null);
  const [recordOutcome, { loading, error, reset }] = useRecordOutcome();
  const keyCounter = useRef(0);
  const formRef = useRef<HTMLFormElement>(null);
  // One key per conversation: a repeated submit (a retry after a lost answer) records nothing twice.
  const idempotencyKey = useRef(newIdempotencyKey());
  // The contact policy guards outbound contact only: a debtor who calls in can be recorded at any hour.
  const gate: ContactGate = draft.direction === 'INBOUND' ? { blocked: false } : phoneGate;
  // Handling time: from opening the case (or the last recorded outcome) to this outcome.
  const workingSince = useRef(Date.now());
  const newKey = () => `row-${++keyCounter.current}`;

  const set = (patch: Partial<OutcomeDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(null);
  };

  function onTypeChange(type: OutcomeType | '') {
    set({
      type,
      installments: type === 'PAYMENT_PLAN' && draft.installments.length === 0 ? [{ key: newKey(), dueDate: '', amount: '' }] : draft.installments,
    });
    setErrors({});
  }

  const isRefused = (type: OutcomeType) => gate.blocked && CONTACT_OUTCOMES.has(type);
  const keys = useOutcomeKeys({
    formRef,
    enabled: !readOnly,
    open: draft.type !== '',
    pick: (digit) => {
      const type = OUTCOME_TYPES[digit - 1];
      if (!type || isRefused(type)) return null;
      onTypeChange(type);
      return firstFieldOf(type);
    },
    cancel: () => {
      setDraft(emptyOutcomeDraft());
      setErrors({});
    },
  });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (readOnly) return;
    reset();
    const now = new Date();
    const snapshot = { status: kase.status, stage: kase.stage, openCents: kase.openCents, today: todayIn(kase.timeZone, now), now };
    const built = buildOutcomeInput(caseId, draft, snapshot, currency);
    if (!built.ok) {
      setErrors(built.errors);
      return;
    }
    setErrors({});
    try {
      const result = await recordOutcome({
        variables: { input: { ...built.input, idempotencyKey: idempotencyKey.current, handlingSeconds: handlingSeconds(workingSince.current, now) } },
      });
      workingSince.current = Date.now();
      idempotencyKey.current = newIdempotencyKey();
      // PAID while a balance is open waits for a lead's approval instead of closing the case.
      const waiting = built.input.type === 'PAID' && result.data?.recordOutcome.status !== 'PAID' &&
        (result.data?.recordOutcome.pendingApprovals.some((a) => a.kind === 'PAID_OUTCOME') ?? false);
      setSaved({ type: built.input.type as OutcomeType, waiting });
      setDraft(emptyOutcomeDraft());
      onRecorded?.();
    } catch {
      /* shown through `error` next to the button; the draft stays for a retry */
    }
  }

  const type = draft.type;
  const noteRequired = type !== '' && NOTE_REQUIRED.has(type);
  const contactRefused = type !== '' && isRefused(type);

  return (
    <form ref={formRef} className="form" onSubmit={onSubmit} onKeyDown={keys.onFormKeyDown} noValidate data-testid="outcome-form">
      <fieldset className="form-fieldset" disabled={readOnly}>
        {gate.blocked ? (
          <div className="contact-gate" role="status" data-testid="contact-gate">
            <strong>
              <FormattedMessage
                id="case.outcome.gateUntil"
                defaultMessage="Next contact allowed at {at} (debtor's time)"
                values={{ at: formatDateTime(gate.until.toISOString(), contact?.debtorTimeZone) }}
              />
            </strong>
            <p>{gate.reason ?? intl.formatMessage({ id: 'case.outcome.gateDefaultReason', defaultMessage: 'Contact is not allowed now.' })}</p>
            <p>
              <FormattedMessage
                id="case.outcome.gateInbound"
                defaultMessage="A debtor who calls in or writes can be recorded at any time: choose direction “Inbound”."
              />
            </p>
          </div>
        ) : null}
        <div className="contact-choice">
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="case.outcome.channel" defaultMessage="Channel" />
            </span>
            <select value={draft.channel} onChange={(e) => set({ channel: e.target.value as OutcomeDraft['channel'] })} data-testid="outcome-channel">
              {CONTACT_CHANNEL_OPTIONS.map((ch) => (
                <option key={ch} value={ch}>
                  {channelLabel(ch)}
                </option>
              ))}
            </select>
          </label>
          <div className="field">
            <span className="field-label">
              <FormattedMessage id="case.outcome.direction" defaultMessage="Direction" />
            </span>
            <div className="direction-toggle" role="radiogroup" aria-label={intl.formatMessage({ id: 'case.outcome.direction', defaultMessage: 'Direction' })}>
              {(['OUTBOUND', 'INBOUND'] as const).map((d) => (
                <label
                  key={d}
                  title={
                    d === 'OUTBOUND'
                      ? intl.formatMessage({ id: 'case.outcome.outboundTitle', defaultMessage: 'We contacted the debtor' })
                      : intl.formatMessage({ id: 'case.outcome.inboundTitle', defaultMessage: 'The debtor called, wrote or came by' })
                  }
                >
                  <input
                    type="radio"
                    name={`direction-${caseId}`}
                    value={d}
                    checked={draft.direction === d}
                    onChange={() => set({ direction: d })}
                    data-testid={`outcome-direction-${d.toLowerCase()}`}
                  />
                  {d === 'OUTBOUND' ? (
                    <FormattedMessage id="case.outcome.outbound" defaultMessage="Outbound" />
                  ) : (
                    <FormattedMessage id="case.outcome.inbound" defaultMessage="Inbound" />
                  )}
                </label>
              ))}
            </div>
          </div>
        </div>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="case.outcome.type" defaultMessage="Outcome" /> <kbd className="key-hint">1–9</kbd>
          </span>
          <select value={type} onChange={(e) => onTypeChange(e.target.value as OutcomeType | '')} aria-keyshortcuts="1 2 3 4 5 6 7 8 9" data-testid="outcome-type">
            <option value="">{intl.formatMessage({ id: 'case.outcome.choose', defaultMessage: 'Choose outcome…' })}</option>
            {OUTCOME_TYPES.map((t) => (
              <option key={t} value={t} disabled={isRefused(t)}>
                {isRefused(t)
                  ? intl.formatMessage(
                      { id: 'case.outcome.optionNotNow', defaultMessage: '{digit} · {outcome} (not now)' },
                      { digit: OUTCOME_DIGITS.get(t), outcome: labels.outcome(t) },
                    )
                  : intl.formatMessage({ id: 'case.outcome.option', defaultMessage: '{digit} · {outcome}' }, { digit: OUTCOME_DIGITS.get(t), outcome: labels.outcome(t) })}
              </option>
            ))}
          </select>
          <FieldError message={errors.type} />
        </label>

        {type === 'PROMISE_TO_PAY' ? (
          <div className="field-row">
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="case.outcome.promiseAmount" defaultMessage="Promised amount ({currency})" values={{ currency }} />
              </span>
              <input
                type="text"
                inputMode="decimal"
                placeholder={intl.formatMessage({ id: 'case.outcome.amountPlaceholder', defaultMessage: '250.00' })}
                value={draft.promiseAmount}
                onChange={(e) => set({ promiseAmount: e.target.value })}
                className="input-amount"
                data-focus="amount"
                data-testid="outcome-amount"
              />
              <FieldError message={errors.promiseAmount} />
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="case.outcome.promiseDate" defaultMessage="Promised date" />
              </span>
              <DateInput value={draft.promiseDate} min={todayIn(kase.timeZone)} onChange={(promiseDate) => set({ promiseDate })} data-testid="outcome-date" />
              <FieldError message={errors.promiseDate} />
            </label>
          </div>
        ) : null}

        {type === 'PAYMENT_PLAN' ? (
          <InstallmentsEditor rows={draft.installments} currency={currency} errors={errors} onChange={(rows) => set({ installments: rows })} newKey={newKey} />
        ) : null}

        {type === 'CALLBACK' ? (
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="case.outcome.callbackAt" defaultMessage="Call back at (your time)" />
            </span>
            <DateTimeInput
              value={draft.callbackAt}
              onChange={(callbackAt) => set({ callbackAt })}
              data-focus="callback"
              data-testid="outcome-callback"
            />
            <FieldError message={errors.callbackAt} />
          </label>
        ) : null}

        {type !== '' && !PER_CASE.has(type) ? (
          <AlsoCases others={others} chosen={draft.alsoCaseIds} onChange={(ids) => set({ alsoCaseIds: ids })} />
        ) : null}

        <label className="field">
          <span className="field-label">
            <FormattedMessage id="case.outcome.note" defaultMessage="Note" />{' '}
            {noteRequired ? (
              <span className="required">
                <FormattedMessage id="case.outcome.noteRequired" defaultMessage="required" />
              </span>
            ) : (
              <span className="muted">
                <FormattedMessage id="case.outcome.noteOptional" defaultMessage="(optional)" />
              </span>
            )}
          </span>
          <textarea
            rows={3}
            value={draft.note}
            onChange={(e) => set({ note: e.target.value })}
            placeholder={
              noteRequired
                ? intl.formatMessage({ id: 'case.outcome.notePlaceholderRequired', defaultMessage: 'Why? This goes into the case record.' })
                : intl.formatMessage({ id: 'case.outcome.notePlaceholder', defaultMessage: 'What was said, what was agreed…' })
            }
            data-focus="note"
            data-testid="outcome-note"
          />
          <FieldError message={errors.note} />
        </label>

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={loading || !type || contactRefused} data-testid="outcome-submit">
            {loading ? (
              <FormattedMessage id="case.outcome.saving" defaultMessage="Saving…" />
            ) : (
              <FormattedMessage id="case.outcome.submit" defaultMessage="Record outcome" />
            )}
          </button>
          <span className="muted small">
            <FormattedMessage id="case.outcome.keysHint" defaultMessage="Ctrl+Enter records, Esc cancels" />
          </span>
          {saved ? (
            <span className="form-success" role="status" data-testid="outcome-saved">
              {saved.waiting ? (
                <FormattedMessage id="case.outcome.savedWaiting" defaultMessage="{outcome} waits for a lead's approval." values={{ outcome: labels.outcome(saved.type) }} />
              ) : (
                <FormattedMessage id="case.outcome.saved" defaultMessage="{outcome} recorded." values={{ outcome: labels.outcome(saved.type) }} />
              )}
            </span>
          ) : null}
        </div>
        {errors.form ? (
          <div className="form-error" role="alert">
            {errors.form}
          </div>
        ) : null}
        <FormError error={error} />
      </fieldset>
    </form>
  );
}
