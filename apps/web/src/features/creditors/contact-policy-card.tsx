import { FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { describeError } from '../../ui/describe-error';
import {
  DAY_KINDS, messageAtField, policyFormToInput, policyToForm, samePolicy, serverErrorField, spacingRowError,
  type DayForm, type DayKind, type PolicyForm,
} from './creditor-settings-form';
import { DAY_KIND_MESSAGES } from './creditor-labels';
import { SettingsActions } from './settings-actions';
import { useSettingsForm } from './use-settings-form';
import type { ContactPolicyInput, CreditorSettings } from './creditors.graphql';
import { useSetContactPolicy } from './hooks/use-set-contact-policy';
import { useResetContactPolicy } from './hooks/use-reset-contact-policy';

/** The country code a new spacing row suggests (Denmark's law asks for spacing). */
const SPACING_COUNTRY_EXAMPLE = 'DK';

/** When this creditor's debtors may be called or texted, how often, and how far apart reminders must be. */
export function ContactPolicyCard({ creditor }: { creditor: CreditorSettings }) {
  const intl = useIntl();
  const policy = creditor.contactPolicy;
  const [save, saving] = useSetContactPolicy();
  const [reset, resetting] = useResetContactPolicy();
  const { form, localErrors, saved, busy, edit: update, undo, onSubmit, onReset } = useSettingsForm({
    value: policy,
    toForm: policyToForm,
    parse: (form: PolicyForm) => policyFormToInput(form, intl),
    save: async (input: ContactPolicyInput) =>
      (await save({ variables: { creditorId: creditor.id, policy: input } })).data?.setContactPolicy.contactPolicy,
    reset: async () => (await reset({ variables: { creditorId: creditor.id } })).data?.resetContactPolicy.contactPolicy,
    saving,
    resetting,
    savedMessage: intl.formatMessage({
      id: 'creditors.policy.saved',
      defaultMessage: 'Saved. It applies to the next contact outcome recorded on this creditor’s cases.',
    }),
    resetMessage: intl.formatMessage({ id: 'creditors.policy.resetDone', defaultMessage: 'Back to the default contact policy.' }),
  });

  const dirty = !samePolicy(form, policy);
  const serverField = serverErrorField(saving.error);
  const serverMessage = saving.error && serverField ? messageAtField(describeError(saving.error).message, serverField) : null;
  const errors: Record<string, string | undefined> = serverField && serverMessage ? { ...localErrors, [serverField]: serverMessage } : localErrors;
  const shownAtField =
    serverField !== null &&
    (serverField.startsWith('contactHours.') || serverField === 'maxAttemptsPer7Days' || serverField.startsWith('reminderSpacingDays'));
  const setDay = (kind: DayKind, patch: Partial<DayForm>) => update({ ...form, hours: { ...form.hours, [kind]: { ...form.hours[kind], ...patch } } });
  const setSpacing = (index: number, patch: Partial<PolicyForm['spacing'][number]>) =>
    update({ ...form, spacing: form.spacing.map((row, i) => (i === index ? { ...row, ...patch } : row)) });

  return (
    <Card
      title={intl.formatMessage({ id: 'creditors.policy.title', defaultMessage: 'Contact policy' })}
      testId="creditor-contact-policy"
      actions={
        policy.isDefault ? (
          <Badge tone="info" title={intl.formatMessage({ id: 'creditors.policy.defaultsTitle', defaultMessage: 'The creditor has no contact policy of its own' })}>
            <FormattedMessage id="creditors.badge.defaults" defaultMessage="Defaults" />
          </Badge>
        ) : (
          <Badge tone="accent" title={intl.formatMessage({ id: 'creditors.policy.customTitle', defaultMessage: 'A contact policy agreed with this creditor' })}>
            <FormattedMessage id="creditors.badge.custom" defaultMessage="Custom" />
          </Badge>
        )
      }
    >
      <form className="form policy-form" onSubmit={onSubmit} noValidate>
        <section className="policy-section" aria-labelledby={`policy-hours-${creditor.id}`}>
          <h4 id={`policy-hours-${creditor.id}`}>
            <FormattedMessage id="creditors.policy.hours" defaultMessage="Contact hours" />
          </h4>
          <p className="muted small settings-help">
            <FormattedMessage
              id="creditors.policy.hoursHelp"
              defaultMessage="Phone calls and text messages, in the debtor’s local time (from inclusive, to exclusive; 24:00 = midnight). Letters and e-mails are not bound to hours."
            />
          </p>
          <div className="hours-grid">
            {DAY_KINDS.map((kind) => {
              const day = form.hours[kind];
              const open = day.open || kind === 'weekdays';
              const error = errors[`contactHours.${kind}`];
              const dayLabel = intl.formatMessage(DAY_KIND_MESSAGES[kind]);
              return (
                <div key={kind} className={`hours-row${open ? '' : ' hours-row-closed'}`} data-testid={`hours-${kind}`}>
                  <span className="hours-label">{dayLabel}</span>
                  <span className="hours-times">
                    <input
                      type="text"
                      className="time-input"
                      inputMode="numeric"
                      maxLength={5}
                      placeholder={intl.formatMessage({ id: 'creditors.policy.timePlaceholder', defaultMessage: 'HH:MM' })}
                      aria-label={intl.formatMessage({ id: 'creditors.policy.from', defaultMessage: '{day} from' }, { day: dayLabel })}
                      value={day.from}
                      onChange={(e) => setDay(kind, { from: e.target.value })}
                      disabled={busy || !open}
                      aria-invalid={error ? true : undefined}
                    />
                    <span aria-hidden="true">–</span>
                    <input
                      type="text"
                      className="time-input"
                      inputMode="numeric"
                      maxLength={5}
                      placeholder={intl.formatMessage({ id: 'creditors.policy.timePlaceholder', defaultMessage: 'HH:MM' })}
                      aria-label={intl.formatMessage({ id: 'creditors.policy.to', defaultMessage: '{day} to' }, { day: dayLabel })}
                      value={day.to}
                      onChange={(e) => setDay(kind, { to: e.target.value })}
                      disabled={busy || !open}
                      aria-invalid={error ? true : undefined}
                    />
                  </span>
                  {kind === 'weekdays' ? (
                    <span
                      className="muted small hours-toggle"
                      title={intl.formatMessage({ id: 'creditors.policy.requiredTitle', defaultMessage: 'Weekday contact hours are required' })}
                    >
                      <FormattedMessage id="creditors.policy.required" defaultMessage="required" />
                    </span>
                  ) : (
                    <label className="checkbox small hours-toggle">
                      <input
                        type="checkbox"
                        checked={!day.open}
                        onChange={(e) => setDay(kind, { open: !e.target.checked })}
                        disabled={busy}
                        data-testid={`hours-${kind}-closed`}
                      />
                      <FormattedMessage id="creditors.policy.noContact" defaultMessage="No contact" />
                    </label>
                  )}
                  {error ? <span className="field-error hours-error">{error}</span> : null}
                </div>
              );
            })}
          </div>
        </section>

        <section className="policy-section" aria-labelledby={`policy-attempts-${creditor.id}`}>
          <h4 id={`policy-attempts-${creditor.id}`}>
            <FormattedMessage id="creditors.policy.attempts" defaultMessage="Contact attempts" />
          </h4>
          <label className="field field-inline attempts-field">
            <input
              type="number"
              min={1}
              max={100}
              step={1}
              className="input-amount attempts-input"
              value={form.maxAttempts}
              onChange={(e) => update({ ...form, maxAttempts: e.target.value })}
              disabled={busy}
              aria-invalid={errors.maxAttemptsPer7Days ? true : undefined}
              data-testid="policy-max-attempts"
            />
            <span>
              <FormattedMessage id="creditors.policy.attemptsHelp" defaultMessage="attempts at most in any 7 days, per debtor over all their cases" />
            </span>
          </label>
          {errors.maxAttemptsPer7Days ? <span className="field-error">{errors.maxAttemptsPer7Days}</span> : null}
        </section>

        <section className="policy-section" aria-labelledby={`policy-spacing-${creditor.id}`}>
          <h4 id={`policy-spacing-${creditor.id}`}>
            <FormattedMessage id="creditors.policy.spacing" defaultMessage="Reminder spacing" />
          </h4>
          <p className="muted small settings-help">
            <FormattedMessage
              id="creditors.policy.spacingHelp"
              defaultMessage="Days that must lie between two written reminders on a claim under a country’s law (Denmark: at least 10, renteloven 9b). A country without a row has no spacing."
            />
          </p>
          {form.spacing.length > 0 ? (
            <div className="spacing-list">
              {form.spacing.map((row, index) => {
                const error = spacingRowError(errors, row, index);
                return (
                  <div key={index} className="spacing-row" data-testid="spacing-row">
                    <input
                      type="text"
                      className="country-input"
                      maxLength={2}
                      placeholder={SPACING_COUNTRY_EXAMPLE}
                      aria-label={intl.formatMessage({ id: 'creditors.policy.country', defaultMessage: 'Country' })}
                      value={row.country}
                      onChange={(e) => setSpacing(index, { country: e.target.value.toUpperCase() })}
                      disabled={busy}
                      aria-invalid={error ? true : undefined}
                    />
                    <input
                      type="number"
                      min={0}
                      max={365}
                      className="input-amount days-input"
                      aria-label={intl.formatMessage(
                        { id: 'creditors.policy.daysBetween', defaultMessage: 'Days between reminders {country, select, none {} other {({country})}}' },
                        { country: row.country || 'none' },
                      )}
                      value={row.days}
                      onChange={(e) => setSpacing(index, { days: e.target.value })}
                      disabled={busy}
                      aria-invalid={error ? true : undefined}
                    />
                    <span className="muted small">
                      <FormattedMessage id="creditors.policy.daysApart" defaultMessage="days apart" />
                    </span>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      onClick={() => update({ ...form, spacing: form.spacing.filter((_, i) => i !== index) })}
                      disabled={busy}
                      aria-label={intl.formatMessage(
                        { id: 'creditors.policy.removeCountry', defaultMessage: '{country, select, none {Remove this country} other {Remove {country}}}' },
                        { country: row.country || 'none' },
                      )}
                    >
                      <FormattedMessage id="creditors.policy.remove" defaultMessage="Remove" />
                    </button>
                    {error ? <span className="field-error spacing-error">{error}</span> : null}
                  </div>
                );
              })}
            </div>
          ) : (
            <p className="small">
              <FormattedMessage id="creditors.policy.noSpacing" defaultMessage="No reminder spacing for any country." />
            </p>
          )}
          <div>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => update({ ...form, spacing: [...form.spacing, { country: '', days: '10' }] })}
              disabled={busy}
              data-testid="spacing-add"
            >
              <FormattedMessage id="creditors.policy.addCountry" defaultMessage="+ Add country" />
            </button>
          </div>
        </section>

        <SettingsActions
          testId="policy"
          saveLabel={intl.formatMessage({ id: 'creditors.policy.save', defaultMessage: 'Save policy' })}
          savingLabel={intl.formatMessage({ id: 'creditors.saving', defaultMessage: 'Saving…' })}
          undoTitle={intl.formatMessage({ id: 'creditors.policy.undoTitle', defaultMessage: 'Back to the saved policy' })}
          resetTitle={intl.formatMessage({ id: 'creditors.policy.resetTitle', defaultMessage: 'Drop this creditor’s policy and use the defaults' })}
          busy={busy} dirty={dirty} canSave={true} isDefault={policy.isDefault}
          saving={saving} resetting={resetting} saved={saved} errorShownAtField={shownAtField}
          onUndo={undo} onReset={onReset}
        />
      </form>
    </Card>
  );
}
