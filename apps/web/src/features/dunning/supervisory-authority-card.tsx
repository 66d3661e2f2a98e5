import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate } from '../../ui/date';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { SUPERVISORY_AUTHORITIES } from './dunning.graphql';
import { useAddSupervisoryAuthority } from './hooks/use-add-supervisory-authority';
import { DateInput } from '../../ui/date-input';

const EMPTY = { validFrom: '', name: '', address: '', electronicContact: '' };
type Draft = typeof EMPTY;

/** The field a BAD_USER_INPUT names, with its message. */
function fieldErrorOf(error: unknown): { field: string; message: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const first = error.errors[0];
  const field = first?.extensions?.field;
  return first?.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string' ? { field, message: first.message } : null;
}

/**
 * The authority supervising the agency, which German letters to consumers name (RDG 13a(1) no. 8),
 * dated: a letter names the entry in force on its date. Admins add an entry when the authority or
 * its contact changes.
 */
export function SupervisoryAuthorityCard({ canEdit, today }: { canEdit: boolean; today: string }) {
  const intl = useIntl();
  const { data, error, refetch } = useQuery(SUPERVISORY_AUTHORITIES, { fetchPolicy: 'cache-and-network' });
  const [add, { loading, error: addError, reset }] = useAddSupervisoryAuthority();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [open, setOpen] = useState(false);
  const entries = data?.supervisoryAuthorities ?? [];
  const inForce = entries.find((e) => e.validFrom <= today) ?? null;
  const fieldError = fieldErrorOf(addError);
  const errorAt = (field: keyof Draft) =>
    fieldError?.field === field ? <span className="field-error" data-testid={`authority-error-${field}`}>{fieldError.message}</span> : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await add({ variables: { input: draft } });
      setDraft(EMPTY);
      setOpen(false);
    } catch {
      // shown at the field or below the form
    }
  };
  const set = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    if (addError) reset();
  };

  return (
    <Card
      title={<FormattedMessage id="dunning.authority.title" defaultMessage="Supervisory authority" />}
      flush
      testId="supervisory-authority"
      actions={
        canEdit && !open ? (
          <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
            <FormattedMessage id="dunning.authority.add" defaultMessage="Add entry" />
          </button>
        ) : null
      }
    >
      <p className="muted small card-pad">
        <FormattedMessage
          id="dunning.authority.intro"
          defaultMessage="German letters to consumers name the authority that supervises the agency (RDG 13a), as in force on the letter's date. Without one, the dunning run holds those letters."
        />
      </p>
      {error ? <ErrorBanner error={error} title={intl.formatMessage({ id: 'dunning.authority.loadError', defaultMessage: 'Could not load the authorities.' })} onRetry={() => void refetch()} /> : null}
      <div className="table-wrap">
        <table className="table table-authorities">
          <thead>
            <tr>
              <th>
                <FormattedMessage id="dunning.authority.from" defaultMessage="From" />
              </th>
              <th>
                <FormattedMessage id="dunning.authority.authority" defaultMessage="Authority" />
              </th>
              <th>
                <FormattedMessage id="dunning.authority.electronicContact" defaultMessage="Electronic contact" />
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-testid="authority-row">
                <td>
                  {formatDate(e.validFrom)} {e.id === inForce?.id ? (
                    <Badge tone="good">
                      <FormattedMessage id="dunning.authority.inForce" defaultMessage="in force" />
                    </Badge>
                  ) : null}
                </td>
                <td>
                  <strong>{e.name}</strong>
                  <div className="muted small">{e.address}</div>
                </td>
                <td className="small">{e.electronicContact}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {open ? (
        <form className="authority-form card-pad" onSubmit={(e) => void submit(e)} data-testid="authority-form">
          <div className="field-row">
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="dunning.authority.validFrom" defaultMessage="In force from" />
              </span>
              <DateInput required value={draft.validFrom} onChange={(validFrom) => set({ validFrom })} />
              {errorAt('validFrom')}
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="dunning.authority.name" defaultMessage="Name" />
              </span>
              <input required value={draft.name} onChange={(e) => set({ name: e.target.value })} placeholder={intl.formatMessage({ id: 'dunning.authority.namePlaceholder', defaultMessage: 'Bundesamt für Justiz' })} />
              {errorAt('name')}
            </label>
          </div>
          <div className="field-row">
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="dunning.authority.address" defaultMessage="Postal address" />
              </span>
              <input required value={draft.address} onChange={(e) => set({ address: e.target.value })} placeholder={intl.formatMessage({ id: 'dunning.authority.addressPlaceholder', defaultMessage: 'Street, postcode and city' })} />
              {errorAt('address')}
            </label>
            <label className="field">
              <span className="field-label">
                <FormattedMessage id="dunning.authority.electronicContact" defaultMessage="Electronic contact" />
              </span>
              <input
                required
                value={draft.electronicContact}
                onChange={(e) => set({ electronicContact: e.target.value })}
                placeholder={intl.formatMessage({ id: 'dunning.authority.electronicContactPlaceholder', defaultMessage: 'E-mail or https:// address' })}
              />
              {errorAt('electronicContact')}
            </label>
          </div>
          {addError && !fieldError ? <FormError error={addError} /> : null}
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={loading}>
              {loading ? (
                <FormattedMessage id="dunning.authority.adding" defaultMessage="Adding…" />
              ) : (
                <FormattedMessage id="dunning.authority.add" defaultMessage="Add entry" />
              )}
            </button>
            <button type="button" className="btn" onClick={() => { setOpen(false); setDraft(EMPTY); reset(); }}>
              <FormattedMessage id="dunning.authority.cancel" defaultMessage="Cancel" />
            </button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
