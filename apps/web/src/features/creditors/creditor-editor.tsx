import { useState, type FormEvent, type ReactNode } from 'react';
import { LETTER_LANGUAGES, formatIban, type Country, type LetterLanguage } from '@mahnwerk/domain';
import { FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { COUNTRY_MESSAGES, LETTER_LANGUAGE_MESSAGES, labelOf } from './creditor-labels';
import {
  creditorFormToInput, creditorToForm, emptyCreditorForm, sameCreditor, serverErrors, strategyErrors, withCountry, type CreditorForm,
} from './creditor-form';
import type { CreditorSettings } from './creditors.graphql';
import { useCreateCreditor } from './hooks/use-create-creditor';
import { useUpdateCreditor } from './hooks/use-update-creditor';
import { StrategyEditor } from './strategy-editor';

type TextKey = 'ref' | 'name' | 'legalName' | 'timeZone' | 'street' | 'postcode' | 'city' | 'registerCourt' | 'registerNumber' | 'iban' | 'bic';

/** The currencies creditors keep their claims in (the API checks the one that fits the law). */
const CURRENCIES = ['EUR', 'DKK'] as const;

const TIME_ZONES = ['Europe/Berlin', 'Europe/Copenhagen', 'Europe/Vienna', 'Europe/Zurich', 'Europe/London', 'UTC'];

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="creditor-group">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}

/**
 * A creditor's details (identity, address and register, bank account, letters and VAT) and its
 * dunning strategy, saved together; `creditor` null creates one. Leads see it read-only.
 */
export function CreditorEditor(props: { creditor: CreditorSettings | null; readOnly: boolean; onCreated?: (id: string) => void; onCancel?: () => void }) {
  const intl = useIntl();
  const { creditor, readOnly } = props;
  const [create, creating] = useCreateCreditor();
  const [update, updating] = useUpdateCreditor();
  const saving = creditor ? updating : creating;
  const [form, setForm] = useState<CreditorForm>(() => (creditor ? creditorToForm(creditor) : emptyCreditorForm('DE')));
  // The creditor changed elsewhere (a live event): an untouched form follows it, an edited one stays as typed.
  const [shown, setShown] = useState(creditor);
  if (creditor !== shown) {
    setShown(creditor);
    if (creditor && shown && sameCreditor(form, shown)) setForm(creditorToForm(creditor));
  }
  const [attempted, setAttempted] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const busy = saving.loading;

  const fromServer = serverErrors(saving.error);
  const errors: Record<string, string> = { ...(attempted ? creditorFormToInput(form, intl).errors : strategyErrors(form, intl)), ...fromServer };
  const shownAtField = Object.keys(fromServer).length > 0;
  const dirty = creditor ? !sameCreditor(form, creditor) : true;

  function edit(next: CreditorForm) {
    setForm(next);
    setSaved(null);
    if (saving.error) saving.reset();
  }
  const text = (key: TextKey, label: string, options: { placeholder?: string; required?: boolean; list?: string; wide?: boolean } = {}) => (
    <label className={`field${options.wide ? ' field-wide' : ''}`}>
      <span className="field-label">
        {label}
        {options.required ? <span className="required">*</span> : null}
      </span>
      <input
        type="text"
        value={form[key]}
        placeholder={options.placeholder}
        list={options.list}
        onChange={(e) => edit({ ...form, [key]: key === 'ref' ? e.target.value.toUpperCase() : e.target.value })}
        aria-invalid={errors[key] ? true : undefined}
        data-testid={`creditor-${key}`}
      />
      {errors[key] ? (
        <span className="field-error" data-testid={`error-creditor-${key}`}>
          {errors[key]}
        </span>
      ) : null}
    </label>
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setAttempted(true);
    const { input } = creditorFormToInput(form, intl);
    if (!input || readOnly) return;
    try {
      if (creditor) {
        const result = await update({ variables: { id: creditor.id, input } });
        const now = result.data?.updateCreditor;
        if (now) setForm(creditorToForm(now));
        setSaved(
          intl.formatMessage({
            id: 'creditors.editor.saved',
            defaultMessage: 'Saved. A changed strategy applies to the next dunning step of each case; steps already taken stay as they were.',
          }),
        );
        setAttempted(false);
      } else {
        const result = await create({ variables: { input } });
        const id = result.data?.createCreditor.id;
        if (id) props.onCreated?.(id);
      }
    } catch {
      /* shown at the field or under the form */
    }
  }

  const example = (value: string) => intl.formatMessage({ id: 'creditors.editor.example', defaultMessage: 'e.g. {example}' }, { example: value });
  const languages: readonly LetterLanguage[] = LETTER_LANGUAGES[form.country];
  return (
    <form className="form creditor-editor" onSubmit={onSubmit} noValidate data-testid="creditor-editor">
      <fieldset className="creditor-editor-fieldset" disabled={readOnly || busy}>
        <Card
          title={
            creditor
              ? intl.formatMessage({ id: 'creditors.editor.details', defaultMessage: 'Details' })
              : intl.formatMessage({ id: 'creditors.editor.newTitle', defaultMessage: 'New creditor' })
          }
          testId="creditor-details"
          actions={
            readOnly ? (
              <Badge tone="info" title={intl.formatMessage({ id: 'creditors.editor.readOnlyTitle', defaultMessage: 'Only an administrator can change a creditor' })}>
                <FormattedMessage id="creditors.editor.readOnly" defaultMessage="Read only" />
              </Badge>
            ) : null
          }
        >
          <div className="creditor-groups">
            <Group title={intl.formatMessage({ id: 'creditors.editor.identity', defaultMessage: 'Identity' })}>
              {text('ref', intl.formatMessage({ id: 'creditors.editor.ref', defaultMessage: 'Reference' }), {
                required: true,
                placeholder: example('HANSE-01'),
              })}
              {text('name', intl.formatMessage({ id: 'creditors.editor.name', defaultMessage: 'Name' }), { required: true })}
              {text('legalName', intl.formatMessage({ id: 'creditors.editor.legalName', defaultMessage: 'Legal name' }), {
                required: true,
                placeholder: intl.formatMessage({ id: 'creditors.editor.legalNamePlaceholder', defaultMessage: 'as in the commercial register' }),
              })}
              <div className="field-row">
                <label className="field">
                  <span className="field-label">
                    <FormattedMessage id="creditors.editor.law" defaultMessage="Law" />
                  </span>
                  <select
                    value={form.country}
                    onChange={(e) => edit(withCountry(form, e.target.value as Country))}
                    aria-invalid={errors.country ? true : undefined}
                    data-testid="creditor-country"
                  >
                    {(['DE', 'DK'] as const).map((country) => (
                      <option key={country} value={country}>
                        {labelOf(intl, COUNTRY_MESSAGES, country)}
                      </option>
                    ))}
                  </select>
                  {errors.country ? <span className="field-error">{errors.country}</span> : null}
                </label>
                <label className="field">
                  <span className="field-label">
                    <FormattedMessage id="creditors.editor.currency" defaultMessage="Currency" />
                  </span>
                  <select value={form.currency} onChange={(e) => edit({ ...form, currency: e.target.value })} data-testid="creditor-currency">
                    {CURRENCIES.map((currency) => (
                      <option key={currency} value={currency}>
                        {currency}
                      </option>
                    ))}
                  </select>
                  {errors.currency ? <span className="field-error" data-testid="error-creditor-currency">{errors.currency}</span> : null}
                </label>
              </div>
              {text('timeZone', intl.formatMessage({ id: 'creditors.editor.timeZone', defaultMessage: 'Time zone' }), {
                required: true,
                list: 'creditor-time-zones',
              })}
              <datalist id="creditor-time-zones">
                {TIME_ZONES.map((z) => (
                  <option key={z} value={z} />
                ))}
              </datalist>
            </Group>
            <Group title={intl.formatMessage({ id: 'creditors.editor.address', defaultMessage: 'Address and register' })}>
              {text('street', intl.formatMessage({ id: 'creditors.editor.street', defaultMessage: 'Street and number' }), { required: true })}
              <div className="field-row field-row-postcode">
                {text('postcode', intl.formatMessage({ id: 'creditors.editor.postcode', defaultMessage: 'Postcode' }), { required: true })}
                {text('city', intl.formatMessage({ id: 'creditors.editor.city', defaultMessage: 'City' }), { required: true })}
              </div>
              {text('registerCourt', intl.formatMessage({ id: 'creditors.editor.registerCourt', defaultMessage: 'Register court' }), {
                placeholder: example(form.country === 'DK' ? 'Sø- og Handelsretten' : 'Amtsgericht Hamburg'),
              })}
              {text('registerNumber', intl.formatMessage({ id: 'creditors.editor.registerNumber', defaultMessage: 'Register number' }), {
                placeholder: example(form.country === 'DK' ? 'CVR 12345678' : 'HRB 12345'),
              })}
            </Group>
            <Group title={intl.formatMessage({ id: 'creditors.editor.bank', defaultMessage: 'Bank account' })}>
              <p className="muted small settings-help">
                <FormattedMessage id="creditors.editor.bankHelp" defaultMessage="The account debtors pay into; every letter prints it." />
              </p>
              {text('iban', intl.formatMessage({ id: 'creditors.editor.iban', defaultMessage: 'IBAN' }), {
                required: true,
                placeholder: form.country === 'DK' ? 'DK50 0040 0440 1162 43' : 'DE89 3704 0044 0532 0130 00',
              })}
              {text('bic', intl.formatMessage({ id: 'creditors.editor.bic', defaultMessage: 'BIC' }), {
                required: true,
                placeholder: form.country === 'DK' ? 'DABADKKK' : 'COBADEFFXXX',
              })}
              {creditor?.iban && !readOnly ? (
                <span className="muted small">
                  <FormattedMessage id="creditors.editor.savedIban" defaultMessage="Saved: {iban}" values={{ iban: formatIban(creditor.iban) }} />
                </span>
              ) : null}
            </Group>
            <Group title={intl.formatMessage({ id: 'creditors.editor.letters', defaultMessage: 'Letters and VAT' })}>
              <label className="field">
                <span className="field-label">
                  <FormattedMessage id="creditors.editor.letterLanguage" defaultMessage="Letter language" />
                </span>
                <select
                  value={form.letterLanguage}
                  onChange={(e) => edit({ ...form, letterLanguage: e.target.value })}
                  aria-invalid={errors.letterLanguage ? true : undefined}
                  data-testid="creditor-letterLanguage"
                >
                  {languages.map((l) => (
                    <option key={l} value={l}>
                      {labelOf(intl, LETTER_LANGUAGE_MESSAGES, l)}
                    </option>
                  ))}
                </select>
                {errors.letterLanguage ? <span className="field-error">{errors.letterLanguage}</span> : null}
              </label>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.vatDeductible}
                  onChange={(e) => edit({ ...form, vatDeductible: e.target.checked })}
                  data-testid="creditor-vatDeductible"
                />
                <FormattedMessage id="creditors.editor.vatDeductible" defaultMessage="The creditor can deduct VAT" />
              </label>
              <p className="muted small settings-help">
                <FormattedMessage id="creditors.editor.vatHelp" defaultMessage="If not, German agency costs are claimed with VAT (RDG 13e)." />
              </p>
            </Group>
          </div>
        </Card>
      </fieldset>
      <Card
        title={intl.formatMessage({ id: 'creditors.strategy.title', defaultMessage: 'Dunning strategy' })}
        testId="creditor-strategy"
        actions={
          form.defaultStrategy ? (
            <Badge tone="info" title={intl.formatMessage({ id: 'creditors.strategy.defaultTitle', defaultMessage: 'The country’s default strategy' })}>
              <FormattedMessage id="creditors.strategy.default" defaultMessage="Default" />
            </Badge>
          ) : (
            <Badge tone="accent">
              <FormattedMessage id="creditors.badge.custom" defaultMessage="Custom" />
            </Badge>
          )
        }
      >
        <StrategyEditor form={form} errors={errors} readOnly={readOnly || busy} onChange={edit} />
      </Card>
      {!readOnly ? (
        <div className="form-actions creditor-editor-actions">
          <button type="submit" className="btn btn-primary" disabled={busy || !dirty} data-testid="creditor-save">
            {busy ? (
              <FormattedMessage id="creditors.saving" defaultMessage="Saving…" />
            ) : creditor ? (
              <FormattedMessage id="creditors.editor.save" defaultMessage="Save creditor" />
            ) : (
              <FormattedMessage id="creditors.editor.create" defaultMessage="Create creditor" />
            )}
          </button>
          {creditor && dirty ? (
            <button type="button" className="btn btn-ghost" disabled={busy} onClick={() => edit(creditorToForm(creditor))}>
              <FormattedMessage id="creditors.settings.undo" defaultMessage="Undo" />
            </button>
          ) : null}
          {!creditor && props.onCancel ? (
            <button type="button" className="btn btn-ghost" disabled={busy} onClick={props.onCancel}>
              <FormattedMessage id="creditors.editor.cancel" defaultMessage="Cancel" />
            </button>
          ) : null}
          {attempted && Object.keys(errors).length > 0 ? (
            <span className="field-error" role="alert">
              <FormattedMessage id="creditors.editor.fixFields" defaultMessage="Fix the fields marked in red." />
            </span>
          ) : null}
          {saved ? (
            <span className="form-success" role="status" data-testid="creditor-saved">
              {saved}
            </span>
          ) : null}
        </div>
      ) : null}
      {saving.error && !shownAtField ? <FormError error={saving.error} /> : null}
    </form>
  );
}
