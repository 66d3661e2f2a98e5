import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Role } from '../../gql/graphql';
import { useLabels } from '../../i18n/labels';
import { FormError } from '../../ui/error-banner';
import { useCreateUser } from './hooks/use-create-user';
import { useUpdateUser } from './hooks/use-update-user';
import type { PeopleCreditor, PeopleTeam, Person } from './people.graphql';
import {
  emptyUserForm, formOfPerson, languageOptions, MAX_CAPACITY, toggled, userFormErrors, userInputOf, type UserFormState,
} from './user-form';

const ROLES: Role[] = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'];

/** Creates a user (then shows their one-time password through `onCreated`) or edits one. */
export function UserEditor({
  person,
  teams,
  creditors,
  languagesInUse,
  onCreated,
  onSaved,
  onCancel,
}: {
  person: Person | null;
  teams: readonly PeopleTeam[];
  creditors: readonly PeopleCreditor[];
  /** Every language code some user speaks (offered besides the usual ones). */
  languagesInUse: readonly string[];
  onCreated: (user: Person, oneTimePassword: string) => void;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const labels = useLabels();
  const intl = useIntl();
  const creating = person === null;
  const [form, setForm] = useState<UserFormState>(() => (person ? formOfPerson(person) : emptyUserForm()));
  const [touched, setTouched] = useState(false);
  const [saved, setSaved] = useState(false);
  const [createUser, created] = useCreateUser();
  const [updateUser, updated] = useUpdateUser();
  const errors = userFormErrors(form, creating);
  const shown = touched ? errors : {};
  const saving = created.loading || updated.loading;
  const set = <K extends keyof UserFormState>(key: K, value: UserFormState[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setTouched(true);
    if (Object.keys(errors).length) return;
    try {
      if (creating) {
        const { data } = await createUser({ variables: { input: { email: form.email.trim(), ...userInputOf(form) } } });
        if (data) onCreated(data.createUser.user, data.createUser.oneTimePassword);
      } else {
        await updateUser({ variables: { userId: person.id, input: userInputOf(form) } });
        setSaved(true);
        onSaved();
      }
    } catch {
      /* shown by FormError below */
    }
  }

  const fieldError = (key: keyof UserFormState) =>
    shown[key] ? (
      <span className="field-error" role="alert">
        {intl.formatMessage(shown[key], { max: MAX_CAPACITY })}
      </span>
    ) : null;

  return (
    <form className="form user-form" onSubmit={onSubmit} noValidate data-testid="user-form">
      <label className="field">
        <span className="field-label">
          <FormattedMessage id="people.form.email" defaultMessage="E-mail (sign-in name)" />
        </span>
        <input
          type="email"
          value={form.email}
          onChange={(e) => set('email', e.target.value)}
          disabled={!creating}
          autoFocus={creating}
          data-testid="user-email"
        />
        {fieldError('email')}
      </label>
      <label className="field">
        <span className="field-label">
          <FormattedMessage id="people.form.name" defaultMessage="Name" />
        </span>
        <input value={form.name} onChange={(e) => set('name', e.target.value)} data-testid="user-name" />
        {fieldError('name')}
      </label>
      <div className="field-row">
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="people.form.role" defaultMessage="Role" />
          </span>
          <select value={form.role} onChange={(e) => set('role', e.target.value as Role)} data-testid="user-role">
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {labels.role(r)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="people.form.team" defaultMessage="Team" />
          </span>
          <select value={form.teamId} onChange={(e) => set('teamId', e.target.value)} data-testid="user-team">
            <option value="">{intl.formatMessage({ id: 'people.form.noTeam', defaultMessage: 'No team' })}</option>
            {teams.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="people.form.capacity" defaultMessage="Capacity" />
          </span>
          <input
            type="number"
            min={0}
            max={MAX_CAPACITY}
            inputMode="numeric"
            value={form.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            data-testid="user-capacity"
          />
          {fieldError('capacity')}
        </label>
      </div>
      <fieldset className="field checkbox-group">
        <legend className="field-label">
          <FormattedMessage id="people.form.languages" defaultMessage="Languages" />
        </legend>
        <div className="checkbox-list">
          {languageOptions(languagesInUse).map((l) => (
            <label key={l.code} className="checkbox">
              <input
                type="checkbox"
                checked={form.languages.includes(l.code)}
                onChange={() => set('languages', toggled(form.languages, l.code))}
                data-testid={`user-language-${l.code}`}
              />
              {l.label ? intl.formatMessage(l.label) : l.code}
            </label>
          ))}
        </div>
        <span className="muted small">
          <FormattedMessage id="people.form.languages.none" defaultMessage="None ticked: debtors of every language." />
        </span>
      </fieldset>
      <fieldset className="field checkbox-group">
        <legend className="field-label">
          <FormattedMessage id="people.form.creditors" defaultMessage="Works for creditors" />
        </legend>
        <div className="checkbox-list checkbox-list-scroll">
          {creditors.map((c) => (
            <label key={c.id} className="checkbox">
              <input
                type="checkbox"
                checked={form.creditorIds.includes(c.id)}
                onChange={() => set('creditorIds', toggled(form.creditorIds, c.id))}
                data-testid="user-creditor"
                data-creditor-ref={c.ref}
              />
              {c.name} <span className="muted small">{c.ref}</span>
            </label>
          ))}
          {creditors.length === 0 ? <span className="muted small">
              <FormattedMessage id="people.form.noCreditors" defaultMessage="No creditors yet." />
            </span> : null}
        </div>
        {fieldError('creditorIds')}
      </fieldset>
      <FormError error={created.error ?? updated.error} />
      {saved ? (
        <div className="form-success" role="status" data-testid="user-saved">
          <FormattedMessage id="people.form.saved" defaultMessage="Saved." />
        </div>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={saving} data-testid="user-save">
          {saving ? (
            <FormattedMessage id="people.form.saving" defaultMessage="Saving…" />
          ) : creating ? (
            <FormattedMessage id="people.form.create" defaultMessage="Create user" />
          ) : (
            <FormattedMessage id="people.form.save" defaultMessage="Save changes" />
          )}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          <FormattedMessage id="people.form.cancel" defaultMessage="Cancel" />
        </button>
      </div>
    </form>
  );
}
