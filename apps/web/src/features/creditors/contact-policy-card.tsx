import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { describeError } from '../../ui/describe-error';
import {
  DAY_KIND_LABELS, DAY_KINDS, messageAtField, policyFormToInput, policyToForm, samePolicy, serverErrorField, spacingRowError,
  type DayForm, type DayKind, type PolicyForm,
} from './creditor-settings-form';
import { SettingsActions } from './settings-actions';
import { useSettingsForm } from './use-settings-form';
import type { ContactPolicyInput, CreditorSettings } from './creditors.graphql';
import { useSetContactPolicy } from './hooks/use-set-contact-policy';
import { useResetContactPolicy } from './hooks/use-reset-contact-policy';

/** When this creditor's debtors may be called or texted, how often, and how far apart reminders must be. */
export function ContactPolicyCard({ creditor }: { creditor: CreditorSettings }) {
  const policy = creditor.contactPolicy;
  const [save, saving] = useSetContactPolicy();
  const [reset, resetting] = useResetContactPolicy();
  const { form, localErrors, saved, busy, edit: update, undo, onSubmit, onReset } = useSettingsForm({
    value: policy,
    toForm: policyToForm,
    parse: policyFormToInput,
    save: async (input: ContactPolicyInput) =>
      (await save({ variables: { creditorId: creditor.id, policy: input } })).data?.setContactPolicy.contactPolicy,
    reset: async () => (await reset({ variables: { creditorId: creditor.id } })).data?.resetContactPolicy.contactPolicy,
    saving,
    resetting,
    savedMessage: 'Saved. It applies to the next contact outcome recorded on this creditor’s cases.',
    resetMessage: 'Back to the default contact policy.',
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
      title="Contact policy"
      testId="creditor-contact-policy"
      actions={
        policy.isDefault ? (
          <Badge tone="info" title="The creditor has no contact policy of its own">
            Defaults
          </Badge>
        ) : (
          <Badge tone="accent" title="A contact policy agreed with this creditor">
            Custom
          </Badge>
        )
      }
    >
      <form className="form policy-form" onSubmit={onSubmit} noValidate>
        <section className="policy-section" aria-labelledby={`policy-hours-${creditor.id}`}>
          <h4 id={`policy-hours-${creditor.id}`}>Contact hours</h4>
          <p className="muted small settings-help">
            Phone calls and text messages, in the debtor&apos;s local time (from inclusive, to exclusive; 24:00 = midnight). Letters and
            e-mails are not bound to hours.
          </p>
          <div className="hours-grid">
            {DAY_KINDS.map((kind) => {
              const day = form.hours[kind];
              const open = day.open || kind === 'weekdays';
              const error = errors[`contactHours.${kind}`];
              return (
                <div key={kind} className={`hours-row${open ? '' : ' hours-row-closed'}`} data-testid={`hours-${kind}`}>
                  <span className="hours-label">{DAY_KIND_LABELS[kind]}</span>
                  <span className="hours-times">
                    <input
                      type="text"
                      className="time-input"
                      inputMode="numeric"
                      maxLength={5}
                      placeholder="HH:MM"
                      aria-label={`${DAY_KIND_LABELS[kind]} from`}
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
                      placeholder="HH:MM"
                      aria-label={`${DAY_KIND_LABELS[kind]} to`}
                      value={day.to}
                      onChange={(e) => setDay(kind, { to: e.target.value })}
                      disabled={busy || !open}
                      aria-invalid={error ? true : undefined}
                    />
                  </span>
                  {kind === 'weekdays' ? (
                    <span className="muted small hours-toggle" title="Weekday contact hours are required">
                      required
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
                      No contact
                    </label>
                  )}
                  {error ? <span className="field-error hours-error">{error}</span> : null}
                </div>
              );
            })}
          </div>
        </section>

        <section className="policy-section" aria-labelledby={`policy-attempts-${creditor.id}`}>
          <h4 id={`policy-attempts-${creditor.id}`}>Contact attempts</h4>
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
            <span>attempts at most in any 7 days, per debtor over all their cases</span>
          </label>
          {errors.maxAttemptsPer7Days ? <span className="field-error">{errors.maxAttemptsPer7Days}</span> : null}
        </section>

        <section className="policy-section" aria-labelledby={`policy-spacing-${creditor.id}`}>
          <h4 id={`policy-spacing-${creditor.id}`}>Reminder spacing</h4>
          <p className="muted small settings-help">
            Days that must lie between two written reminders on a claim under a country&apos;s law (Denmark: at least 10, renteloven 9b).
            A country without a row has no spacing.
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
                      placeholder="DK"
                      aria-label="Country"
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
                      aria-label={`Days between reminders${row.country ? ` (${row.country})` : ''}`}
                      value={row.days}
                      onChange={(e) => setSpacing(index, { days: e.target.value })}
                      disabled={busy}
                      aria-invalid={error ? true : undefined}
                    />
                    <span className="muted small">days apart</span>
                    <button
                      type="button"
                      className="btn btn-small btn-ghost"
                      onClick={() => update({ ...form, spacing: form.spacing.filter((_, i) => i !== index) })}
                      disabled={busy}
                      aria-label={`Remove ${row.country || 'this country'}`}
                    >
                      Remove
                    </button>
                    {error ? <span className="field-error spacing-error">{error}</span> : null}
                  </div>
                );
              })}
            </div>
          ) : (
            <p className="small">No reminder spacing for any country.</p>
          )}
          <div>
            <button
              type="button"
              className="btn btn-small"
              onClick={() => update({ ...form, spacing: [...form.spacing, { country: '', days: '10' }] })}
              disabled={busy}
              data-testid="spacing-add"
            >
              + Add country
            </button>
          </div>
        </section>

        <SettingsActions
          what="policy" testId="policy" saveLabel="Save policy" savingLabel="Saving…"
          busy={busy} dirty={dirty} canSave={true} isDefault={policy.isDefault}
          saving={saving} resetting={resetting} saved={saved} errorShownAtField={shownAtField}
          onUndo={undo} onReset={onReset}
        />
      </form>
    </Card>
  );
}
