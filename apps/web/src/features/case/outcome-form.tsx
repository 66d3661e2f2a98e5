import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useAuth } from '../../app/auth-context';
import { formatDate, formatDateTime, todayIn } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import { formatCents, OUTCOME_LABELS, OUTCOME_TYPES, type OutcomeType } from '../../ui/format';
import type { CaseDetailData } from './case.graphql';
import { CONTACT_OUTCOMES, contactGate, type ContactGate } from './contact-gate';
import { CHANNEL_LABELS } from './contact-icons';
import type { OtherOpenCase } from './debtor-cases-card';
import { newIdempotencyKey } from './idempotency-key';
import {
  buildOutcomeInput, CONTACT_CHANNEL_OPTIONS, emptyOutcomeDraft, handlingSeconds, NOTE_REQUIRED, PER_CASE, type OutcomeDraft, type OutcomeField,
} from './outcome-input';
import { parsePositiveAmountToCents } from './parse-amount';
import { useRecordOutcome } from './hooks/use-record-outcome';

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
      <legend className="field-label">Installments</legend>
      {rows.length === 0 ? <p className="muted small">No installments yet.</p> : null}
      {rows.map((row, index) => (
        <div className="installment-row" key={row.key}>
          <span className="installment-index">{index + 1}.</span>
          <input
            type="date"
            aria-label={`Installment ${index + 1} due date`}
            value={row.dueDate}
            onChange={(e) => update(row.key, { dueDate: e.target.value })}
            data-testid="installment-date"
          />
          <input
            type="text"
            inputMode="decimal"
            placeholder="0,00"
            aria-label={`Installment ${index + 1} amount`}
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
            aria-label={`Remove installment ${index + 1}`}
            title="Remove installment"
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
          + Add installment
        </button>
        {allValid ? <span className="muted small">Plan total {formatCents(totalCents, currency)}</span> : null}
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
      <legend className="field-label">Same conversation, also for</legend>
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
              {o.creditor.name} · {formatCents(o.openCents, o.currency)} · due since {formatDate(o.oldestDueDate)}
              {mine ? '' : ` (in ${o.assignee ? `${o.assignee.name}'s queue` : 'the pool'})`}
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

export function OutcomeForm({ kase, contact, others = [] }: { kase: OutcomeCase; contact?: OutcomeContact; others?: readonly OtherOpenCase[] }) {
  const { id: caseId, currency } = kase;
  const phoneGate = contactGate(contact?.nextAllowedAt, contact?.reason, useNow());
  const [draft, setDraft] = useState<OutcomeDraft>(emptyOutcomeDraft);
  const [errors, setErrors] = useState<Partial<Record<OutcomeField, string>>>({});
  const [saved, setSaved] = useState<string | null>(null);
  const [recordOutcome, { loading, error, reset }] = useRecordOutcome();
  const keyCounter = useRef(0);
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

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
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
        result.data?.recordOutcome.pendingApprovals.some((a) => a.kind === 'PAID_OUTCOME');
      setSaved(`${OUTCOME_LABELS[built.input.type]} ${waiting ? 'waits for a lead\'s approval' : 'recorded'}.`);
      setDraft(emptyOutcomeDraft());
    } catch {
      /* shown through `error` next to the button; the draft stays for a retry */
    }
  }

  const type = draft.type;
  const noteRequired = type !== '' && NOTE_REQUIRED.has(type);
  const contactRefused = gate.blocked && type !== '' && CONTACT_OUTCOMES.has(type);

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="outcome-form">
      {gate.blocked ? (
        <div className="contact-gate" role="status" data-testid="contact-gate">
          <strong>
            Next contact allowed at {formatDateTime(gate.until.toISOString(), contact?.debtorTimeZone)} (debtor's time)
          </strong>
          <p>{gate.reason}</p>
          <p>A debtor who calls in or writes can be recorded at any time: choose direction "Inbound".</p>
        </div>
      ) : null}
      <div className="contact-choice">
        <label className="field">
          <span className="field-label">Channel</span>
          <select value={draft.channel} onChange={(e) => set({ channel: e.target.value as OutcomeDraft['channel'] })} data-testid="outcome-channel">
            {CONTACT_CHANNEL_OPTIONS.map((ch) => (
              <option key={ch} value={ch}>
                {CHANNEL_LABELS[ch]}
              </option>
            ))}
          </select>
        </label>
        <div className="field">
          <span className="field-label">Direction</span>
          <div className="direction-toggle" role="radiogroup" aria-label="Direction">
            {(['OUTBOUND', 'INBOUND'] as const).map((d) => (
              <label key={d} title={d === 'OUTBOUND' ? 'We contacted the debtor' : 'The debtor called, wrote or came by'}>
                <input
                  type="radio"
                  name={`direction-${caseId}`}
                  value={d}
                  checked={draft.direction === d}
                  onChange={() => set({ direction: d })}
                  data-testid={`outcome-direction-${d.toLowerCase()}`}
                />
                {d === 'OUTBOUND' ? 'Outbound' : 'Inbound'}
              </label>
            ))}
          </div>
        </div>
      </div>
      <label className="field">
        <span className="field-label">Outcome</span>
        <select value={type} onChange={(e) => onTypeChange(e.target.value as OutcomeType | '')} data-testid="outcome-type">
          <option value="">Choose outcome…</option>
          {OUTCOME_TYPES.map((t) => (
            <option key={t} value={t} disabled={gate.blocked && CONTACT_OUTCOMES.has(t)}>
              {OUTCOME_LABELS[t]}
              {gate.blocked && CONTACT_OUTCOMES.has(t) ? ' (not now)' : ''}
            </option>
          ))}
        </select>
        <FieldError message={errors.type} />
      </label>

      {type === 'PROMISE_TO_PAY' ? (
        <div className="field-row">
          <label className="field">
            <span className="field-label">Promised amount ({currency})</span>
            <input
              type="text"
              inputMode="decimal"
              placeholder="250,00"
              value={draft.promiseAmount}
              onChange={(e) => set({ promiseAmount: e.target.value })}
              className="input-amount"
              data-testid="outcome-amount"
            />
            <FieldError message={errors.promiseAmount} />
          </label>
          <label className="field">
            <span className="field-label">Promised date</span>
            <input type="date" value={draft.promiseDate} min={todayIn(kase.timeZone)} onChange={(e) => set({ promiseDate: e.target.value })} data-testid="outcome-date" />
            <FieldError message={errors.promiseDate} />
          </label>
        </div>
      ) : null}

      {type === 'PAYMENT_PLAN' ? (
        <InstallmentsEditor rows={draft.installments} currency={currency} errors={errors} onChange={(rows) => set({ installments: rows })} newKey={newKey} />
      ) : null}

      {type === 'CALLBACK' ? (
        <label className="field">
          <span className="field-label">Call back at (your time)</span>
          <input type="datetime-local" value={draft.callbackAt} onChange={(e) => set({ callbackAt: e.target.value })} data-testid="outcome-callback" />
          <FieldError message={errors.callbackAt} />
        </label>
      ) : null}

      {type !== '' && !PER_CASE.has(type) ? (
        <AlsoCases others={others} chosen={draft.alsoCaseIds} onChange={(ids) => set({ alsoCaseIds: ids })} />
      ) : null}

      <label className="field">
        <span className="field-label">
          Note {noteRequired ? <span className="required">required</span> : <span className="muted">(optional)</span>}
        </span>
        <textarea
          rows={3}
          value={draft.note}
          onChange={(e) => set({ note: e.target.value })}
          placeholder={noteRequired ? 'Why? This goes into the case record.' : 'What was said, what was agreed…'}
          data-testid="outcome-note"
        />
        <FieldError message={errors.note} />
      </label>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={loading || !type || contactRefused} data-testid="outcome-submit">
          {loading ? 'Saving…' : 'Record outcome'}
        </button>
        {saved ? (
          <span className="form-success" role="status" data-testid="outcome-saved">
            {saved}
          </span>
        ) : null}
      </div>
      {errors.form ? (
        <div className="form-error" role="alert">
          {errors.form}
        </div>
      ) : null}
      <FormError error={error} />
    </form>
  );
}
