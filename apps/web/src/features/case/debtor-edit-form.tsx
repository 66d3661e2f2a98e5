import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../ui/error-banner';
import type { CaseDetailData } from './case.graphql';
import {
  DEBTOR_LANGUAGE_OPTIONS, debtorDraftErrors, debtorDraftOf, debtorInputFrom, fieldErrorOf, normalizeAddress, type DebtorDraft, type DebtorErrors,
} from './debtor-form';
import { useUpdateDebtor } from './hooks/use-update-debtor';

const LANGUAGE_MESSAGES: Record<'de' | 'da' | 'en', MessageDescriptor> = defineMessages({
  de: { id: 'case.debtorForm.language.de', defaultMessage: 'German (de)' },
  da: { id: 'case.debtorForm.language.da', defaultMessage: 'Danish (da)' },
  en: { id: 'case.debtorForm.language.en', defaultMessage: 'English (en)' },
});

/**
 * Corrects the debtor's details. Each error shows at its field (the browser's checks first, then the
 * API's, which names the field); the change appears on the timeline of every case of the debtor.
 */
export function DebtorEditForm({ debtor, onDone }: { debtor: CaseDetailData['debtor']; onDone: () => void }) {
  const intl = useIntl();
  const current = debtorDraftOf(debtor);
  const [draft, setDraft] = useState<DebtorDraft>(current);
  const [errors, setErrors] = useState<DebtorErrors>({});
  const [updateDebtor, { loading, error, reset }] = useUpdateDebtor();
  const fieldErrors = { ...errors, ...(fieldErrorOf(error) ?? {}) };
  const formError = error && !fieldErrorOf(error) ? error : null;

  const set = (patch: Partial<DebtorDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setErrors({});
    reset();
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = debtorDraftErrors(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const input = debtorInputFrom(draft, current);
    if (Object.keys(input).length === 0) return onDone();
    try {
      await updateDebtor({ variables: { debtorId: debtor.id, input } });
      onDone();
    } catch {
      /* shown at the field or above the buttons */
    }
  }

  const fieldError = (field: keyof DebtorDraft) =>
    fieldErrors[field] ? <span className="field-error" data-testid={`debtor-error-${field}`}>{fieldErrors[field]}</span> : null;

  return (
    <form className="form debtor-form" onSubmit={onSubmit} noValidate data-testid="debtor-form">
      <label className="field">
        <span className="field-label"><FormattedMessage id="case.debtorForm.name" defaultMessage="Name" /></span>
        <input type="text" value={draft.name} onChange={(e) => set({ name: e.target.value })} maxLength={200} data-testid="debtor-name" />
        {fieldError('name')}
      </label>
      <label className="field">
        <span className="field-label"><FormattedMessage id="case.debtorForm.address" defaultMessage="Postal address" /></span>
        <textarea
          rows={3}
          value={draft.address}
          onChange={(e) => set({ address: e.target.value })}
          placeholder={intl.formatMessage({ id: 'case.debtorForm.address.placeholder', defaultMessage: 'Street and number\nPostcode and city' })}
          disabled={draft.addressUnknown && draft.address === ''}
          data-testid="debtor-address"
        />
        {fieldError('address')}
      </label>
      <label className="field field-check">
        <input type="checkbox" checked={draft.addressUnknown} onChange={(e) => set({ addressUnknown: e.target.checked })} data-testid="debtor-address-unknown" />
        <span>
          <FormattedMessage id="case.debtorForm.addressUnknown" defaultMessage="Address unknown" /> <span className="muted"><FormattedMessage id="case.debtorForm.addressUnknown.hint" defaultMessage="(letters are held until it is corrected)" /></span>
        </span>
      </label>
      {fieldError('addressUnknown')}
      <label className="field field-check">
        <input
          type="checkbox"
          checked={draft.addressResearched}
          onChange={(e) => set({ addressResearched: e.target.checked })}
          disabled={normalizeAddress(draft.address) === normalizeAddress(debtor.address ?? '')}
          data-testid="debtor-address-researched"
        />
        <span>
          <FormattedMessage id="case.debtorForm.researched" defaultMessage="New address found by an address search" />{' '}
          <span className="muted"><FormattedMessage id="case.debtorForm.researched.hint" defaultMessage="(letters to consumers say so and how to report an error, RDG 13a)" /></span>
          {debtor.addressResearched ? (
            <span className="muted">
              {' · '}
              <FormattedMessage id="case.debtorForm.researched.current" defaultMessage="the current address was found by a search" />
            </span>
          ) : null}
        </span>
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label"><FormattedMessage id="case.debtorForm.email" defaultMessage="E-mail" /></span>
          <input type="email" value={draft.email} onChange={(e) => set({ email: e.target.value })} data-testid="debtor-email" />
          {fieldError('email')}
        </label>
        <label className="field">
          <span className="field-label"><FormattedMessage id="case.debtorForm.phone" defaultMessage="Phone" /></span>
          <input type="tel" value={draft.phone} onChange={(e) => set({ phone: e.target.value })} placeholder={intl.formatMessage({ id: 'case.debtorForm.phone.placeholder', defaultMessage: '+49 221 1234567' })} data-testid="debtor-phone" />
          {fieldError('phone')}
        </label>
      </div>
      <div className="field-row">
        <label className="field">
          <span className="field-label"><FormattedMessage id="case.debtorForm.language" defaultMessage="Language" /></span>
          <select value={draft.language} onChange={(e) => set({ language: e.target.value })} data-testid="debtor-language">
            {DEBTOR_LANGUAGE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {intl.formatMessage(LANGUAGE_MESSAGES[o.value])}
              </option>
            ))}
          </select>
          {fieldError('language')}
        </label>
        <label className="field">
          <span className="field-label"><FormattedMessage id="case.debtorForm.timeZone" defaultMessage="Time zone" /></span>
          <input type="text" value={draft.timeZone} onChange={(e) => set({ timeZone: e.target.value })} placeholder={intl.formatMessage({ id: 'case.debtorForm.timeZone.placeholder', defaultMessage: 'Europe/Berlin' })} data-testid="debtor-time-zone" />
          {fieldError('timeZone')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={loading} data-testid="debtor-save">
          {loading ? <FormattedMessage id="case.debtorForm.saving" defaultMessage="Saving…" /> : <FormattedMessage id="case.debtorForm.save" defaultMessage="Save details" />}
        </button>
        <button type="button" className="btn" onClick={onDone} disabled={loading}>
          <FormattedMessage id="case.debtorForm.cancel" defaultMessage="Cancel" />
        </button>
      </div>
      <FormError error={formError} />
    </form>
  );
}
