import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { NoticeBar } from '../../ui/notice-bar';
import { useCreateCase } from './hooks/use-create-case';
import { INTAKE_CREDITORS } from './intake.graphql';
import {
  CASE_LANGUAGE_OPTIONS, CLAIM_KIND_OPTIONS, DEBTOR_KIND_OPTIONS, DUE_DATE_FIXED_OPTIONS, emptyPlaceCaseDraft, placeCaseInput, placeCaseServerErrors,
  type PlaceCaseDraft, type PlaceCaseErrors, type PlaceCaseField,
} from './place-case-form';

interface Placed {
  id: string;
  debtorName: string;
  invoiceRef: string;
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="place-case-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * "Place one case": the fields of one row of a case file, for a case that comes in alone. The
 * amount is typed in the creditor's currency; each refusal shows at its field, and the new case is
 * linked once placed.
 */
export function PlaceCaseCard() {
  const creditors = useQuery(INTAKE_CREDITORS);
  const list = creditors.data?.creditors ?? [];
  const [draft, setDraft] = useState<PlaceCaseDraft>(() => emptyPlaceCaseDraft());
  const [errors, setErrors] = useState<PlaceCaseErrors>({});
  const [placed, setPlaced] = useState<Placed | null>(null);
  const [createCase, { loading, error, reset }] = useCreateCase();
  const fromServer = placeCaseServerErrors(error);
  const shown: PlaceCaseErrors = { ...errors, ...(fromServer ?? {}) };
  const creditor = list.find((c) => c.id === draft.creditorId) ?? null;

  const set = (patch: Partial<PlaceCaseDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
    setPlaced(null);
    if (error) reset();
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { input, errors: found } = placeCaseInput(draft);
    setErrors(found);
    if (!input) return;
    try {
      const result = await createCase({ variables: { input } });
      const created = result.data?.createCase;
      if (!created) return;
      setPlaced({ id: created.id, debtorName: created.debtor.name, invoiceRef: input.claims[0]!.invoiceRef });
      // Keep the creditor and the debtor: the next invoice of the same debtor is the usual next case.
      setDraft((d) => ({ ...emptyPlaceCaseDraft(d.creditorId, d.debtorCountry) }));
    } catch {
      /* shown at its field or above the button */
    }
  }

  const fieldError = (field: PlaceCaseField) =>
    shown[field] ? <span className="field-error" data-testid={`place-case-error-${field}`}>{shown[field]}</span> : null;

  const text = (field: PlaceCaseField, label: string, options: { type?: string; placeholder?: string; required?: boolean } = {}) => (
    <label className="field">
      <span className="field-label">
        {label}
        {options.required ? <span className="required">*</span> : null}
      </span>
      <input
        type={options.type ?? 'text'}
        value={draft[field]}
        placeholder={options.placeholder}
        onChange={(e) => set({ [field]: e.target.value })}
        aria-invalid={shown[field] ? true : undefined}
        data-testid={`place-case-${field}`}
      />
      {fieldError(field)}
    </label>
  );

  const select = (field: PlaceCaseField, label: string, options: readonly { value: string; label: string }[]) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} data-testid={`place-case-${field}`}>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {fieldError(field)}
    </label>
  );

  return (
    <Card title="Place one case" testId="place-case">
      <form className="form" onSubmit={onSubmit} noValidate data-testid="place-case-form">
        <div className="place-case-groups">
          <Group title="Creditor and debtor">
            <label className="field">
              <span className="field-label">Creditor<span className="required">*</span></span>
              <select
                value={draft.creditorId}
                onChange={(e) => set({ creditorId: e.target.value, debtorCountry: list.find((c) => c.id === e.target.value)?.country ?? draft.debtorCountry })}
                aria-invalid={shown.creditorId ? true : undefined}
                data-testid="place-case-creditorId"
              >
                <option value="">{creditors.loading ? 'Loading…' : 'Choose a creditor'}</option>
                {list.map((c) => <option key={c.id} value={c.id}>{c.ref} · {c.name} ({c.currency})</option>)}
              </select>
              {fieldError('creditorId')}
            </label>
            <div className="field-row">
              {text('debtorRef', 'Debtor reference', { required: true, placeholder: 'D-000123' })}
              {select('debtorKind', 'Debtor kind', DEBTOR_KIND_OPTIONS)}
            </div>
            {text('debtorName', 'Debtor name', { required: true })}
            <div className="field-row">
              {text('debtorCountry', 'Country', { required: true, placeholder: 'DE' })}
              {select('debtorLanguage', 'Language', CASE_LANGUAGE_OPTIONS)}
            </div>
          </Group>
          <Group title="Contact and address">
            <div className="field-row">
              {text('debtorEmail', 'E-mail', { type: 'email' })}
              {text('debtorPhone', 'Phone', { type: 'tel', placeholder: '+49 221 1234567' })}
            </div>
            {text('debtorStreet', 'Street and number')}
            <div className="field-row place-case-postcode">
              {text('debtorPostcode', 'Postcode')}
              {text('debtorCity', 'City')}
            </div>
          </Group>
          <Group title="Invoice">
            <div className="field-row">
              {text('invoiceRef', 'Invoice reference', { required: true })}
              {text('amount', `Amount${creditor ? ` (${creditor.currency})` : ''}`, { required: true, placeholder: '1.234,56' })}
            </div>
            <div className="field-row">
              {text('invoiceDate', 'Invoice date', { type: 'date', required: true })}
              {text('dueDate', 'Due date', { type: 'date', required: true })}
              {text('defaultDate', 'In default since', { type: 'date' })}
              {select('dueDateFixed', 'Due date agreed', DUE_DATE_FIXED_OPTIONS)}
            </div>
            <div className="field-row">
              {select('claimKind', 'Claim kind', CLAIM_KIND_OPTIONS)}
              {text('remindersSent', 'Reminders sent', { placeholder: '0' })}
            </div>
            <div className="field-row">
              {text('contractSubject', 'Contract subject')}
              {text('contractDate', 'Contract date', { type: 'date' })}
            </div>
          </Group>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={loading} data-testid="place-case-submit">
            {loading ? 'Placing…' : 'Place case'}
          </button>
          <span className="muted small">Empty "in default since": the rules of the creditor's country decide.</span>
        </div>
        {error && !fromServer ? <FormError error={error} /> : null}
        {placed ? (
          <NoticeBar tone="success" role="status" testId="place-case-done">
            Placed {placed.invoiceRef} of {placed.debtorName}: the case is in the pool.{' '}
            <Link to={`/cases/${placed.id}`} className="strong-link" data-testid="place-case-link">Open the case</Link>
          </NoticeBar>
        ) : null}
      </form>
    </Card>
  );
}
