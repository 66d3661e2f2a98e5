import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { Card } from '../../ui/card';
import { DateInput } from '../../ui/date-input';
import { FormError } from '../../ui/error-banner';
import { formatNumber } from '../../ui/format';
import { NoticeBar } from '../../ui/notice-bar';
import { useCreateCase } from './hooks/use-create-case';
import { INTAKE_CREDITORS } from './intake.graphql';
import {
  CASE_LANGUAGE_OPTIONS, CLAIM_KIND_OPTIONS, DEBTOR_KIND_OPTIONS, DUE_DATE_FIXED_OPTIONS, emptyPlaceCaseDraft, placeCaseInput, placeCaseServerErrors,
  type PlaceCaseDraft, type PlaceCaseErrors, type PlaceCaseField, type PlaceCaseOption,
} from './place-case-form';

interface Placed {
  id: string;
  debtorName: string;
  invoiceRef: string;
}

function Group({ title, children }: { title: ReactNode; children: ReactNode }) {
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
  const intl = useIntl();
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

  const fieldError = (field: PlaceCaseField) => {
    const problem = shown[field];
    if (!problem) return null;
    return (
      <span className="field-error" data-testid={`place-case-error-${field}`}>
        {typeof problem === 'string' ? problem : intl.formatMessage(problem)}
      </span>
    );
  };

  const text = (field: PlaceCaseField, label: ReactNode, options: { type?: 'email' | 'tel'; date?: boolean; placeholder?: string; required?: boolean } = {}) => (
    <label className="field">
      <span className="field-label">
        {label}
        {options.required ? <span className="required">*</span> : null}
      </span>
      {options.date ? (
        <DateInput value={draft[field]} onChange={(value) => set({ [field]: value })} aria-invalid={shown[field] ? true : undefined} data-testid={`place-case-${field}`} />
      ) : (
        <input
          type={options.type ?? 'text'}
          value={draft[field]}
          placeholder={options.placeholder}
          onChange={(e) => set({ [field]: e.target.value })}
          aria-invalid={shown[field] ? true : undefined}
          data-testid={`place-case-${field}`}
        />
      )}
      {fieldError(field)}
    </label>
  );

  const select = (field: PlaceCaseField, label: ReactNode, options: readonly PlaceCaseOption[]) => (
    <label className="field">
      <span className="field-label">{label}</span>
      <select value={draft[field]} onChange={(e) => set({ [field]: e.target.value })} data-testid={`place-case-${field}`}>
        {options.map((o) => <option key={o.value} value={o.value}>{intl.formatMessage(o.label)}</option>)}
      </select>
      {fieldError(field)}
    </label>
  );

  return (
    <Card title={<FormattedMessage id="intake.place.title" defaultMessage="Place one case" />} testId="place-case">
      <form className="form" onSubmit={onSubmit} noValidate data-testid="place-case-form">
        <div className="place-case-groups">
          <Group title={<FormattedMessage id="intake.place.group.parties" defaultMessage="Creditor and debtor" />}>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="intake.place.creditor" defaultMessage="Creditor" />
                <span className="required">*</span>
              </span>
              <select
                value={draft.creditorId}
                onChange={(e) => set({ creditorId: e.target.value, debtorCountry: list.find((c) => c.id === e.target.value)?.country ?? draft.debtorCountry })}
                aria-invalid={shown.creditorId ? true : undefined}
                data-testid="place-case-creditorId"
              >
                <option value="">
                  {creditors.loading
                    ? intl.formatMessage({ id: 'intake.place.creditor.loading', defaultMessage: 'Loading…' })
                    : intl.formatMessage({ id: 'intake.place.creditor.choose', defaultMessage: 'Choose a creditor' })}
                </option>
                {list.map((c) => <option key={c.id} value={c.id}>{c.ref} · {c.name} ({c.currency})</option>)}
              </select>
              {fieldError('creditorId')}
            </label>
            <div className="field-row">
              {text('debtorRef', <FormattedMessage id="intake.place.debtorRef" defaultMessage="Debtor reference" />, { required: true, placeholder: 'D-000123' })}
              {select('debtorKind', <FormattedMessage id="intake.place.debtorKind" defaultMessage="Debtor kind" />, DEBTOR_KIND_OPTIONS)}
            </div>
            {text('debtorName', <FormattedMessage id="intake.place.debtorName" defaultMessage="Debtor name" />, { required: true })}
            <div className="field-row">
              {text('debtorCountry', <FormattedMessage id="intake.place.country" defaultMessage="Country" />, { required: true, placeholder: 'DE' })}
              {select('debtorLanguage', <FormattedMessage id="intake.place.language" defaultMessage="Language" />, CASE_LANGUAGE_OPTIONS)}
            </div>
          </Group>
          <Group title={<FormattedMessage id="intake.place.group.contact" defaultMessage="Contact and address" />}>
            <div className="field-row">
              {text('debtorEmail', <FormattedMessage id="intake.place.email" defaultMessage="E-mail" />, { type: 'email' })}
              {text('debtorPhone', <FormattedMessage id="intake.place.phone" defaultMessage="Phone" />, { type: 'tel', placeholder: '+49 221 1234567' })}
            </div>
            {text('debtorStreet', <FormattedMessage id="intake.place.street" defaultMessage="Street and number" />)}
            <div className="field-row place-case-postcode">
              {text('debtorPostcode', <FormattedMessage id="intake.place.postcode" defaultMessage="Postcode" />)}
              {text('debtorCity', <FormattedMessage id="intake.place.city" defaultMessage="City" />)}
            </div>
          </Group>
          <Group title={<FormattedMessage id="intake.place.group.invoice" defaultMessage="Invoice" />}>
            <div className="field-row">
              {text('invoiceRef', <FormattedMessage id="intake.place.invoiceRef" defaultMessage="Invoice reference" />, { required: true })}
              {text(
                'amount',
                creditor ? (
                  <FormattedMessage id="intake.place.amountIn" defaultMessage="Amount ({currency})" values={{ currency: creditor.currency }} />
                ) : (
                  <FormattedMessage id="intake.place.amount" defaultMessage="Amount" />
                ),
                { required: true, placeholder: formatNumber(1234.56, { minimumFractionDigits: 2 }) },
              )}
            </div>
            <div className="field-row">
              {text('invoiceDate', <FormattedMessage id="intake.place.invoiceDate" defaultMessage="Invoice date" />, { date: true, required: true })}
              {text('dueDate', <FormattedMessage id="intake.place.dueDate" defaultMessage="Due date" />, { date: true, required: true })}
              {text('defaultDate', <FormattedMessage id="intake.place.defaultDate" defaultMessage="In default since" />, { date: true })}
              {select('dueDateFixed', <FormattedMessage id="intake.place.dueFixed" defaultMessage="Due date agreed" />, DUE_DATE_FIXED_OPTIONS)}
            </div>
            <div className="field-row">
              {select('claimKind', <FormattedMessage id="intake.place.claimKind" defaultMessage="Claim kind" />, CLAIM_KIND_OPTIONS)}
              {text('remindersSent', <FormattedMessage id="intake.place.reminders" defaultMessage="Reminders sent" />, { placeholder: '0' })}
            </div>
            <div className="field-row">
              {text('contractSubject', <FormattedMessage id="intake.place.contractSubject" defaultMessage="Contract subject" />)}
              {text('contractDate', <FormattedMessage id="intake.place.contractDate" defaultMessage="Contract date" />, { date: true })}
            </div>
          </Group>
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={loading} data-testid="place-case-submit">
            {loading ? (
              <FormattedMessage id="intake.place.placing" defaultMessage="Placing…" />
            ) : (
              <FormattedMessage id="intake.place.submit" defaultMessage="Place case" />
            )}
          </button>
          <span className="muted small">
            <FormattedMessage
              id="intake.place.defaultHint"
              defaultMessage="Empty “in default since”: the rules of the creditor's country decide."
            />
          </span>
        </div>
        {error && !fromServer ? <FormError error={error} /> : null}
        {placed ? (
          <NoticeBar tone="success" role="status" testId="place-case-done">
            <FormattedMessage
              id="intake.place.done"
              defaultMessage="Placed {invoice} of {debtor}: the case is in the pool."
              values={{ invoice: placed.invoiceRef, debtor: placed.debtorName }}
            />{' '}
            <Link to={`/cases/${placed.id}`} className="strong-link" data-testid="place-case-link">
              <FormattedMessage id="intake.place.open" defaultMessage="Open the case" />
            </Link>
          </NoticeBar>
        ) : null}
      </form>
    </Card>
  );
}
