import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormError } from '../../ui/error-banner';
import type { BankStatementFormat, OwnBankAccount } from './bank.graphql';

/** How a CSV is read: the standard columns, a saved mapping (its id), or the mapping being edited. */
export type MappingChoice = { kind: 'standard' } | { kind: 'saved'; id: string } | { kind: 'editing'; id: string | null };

/** The formats by their technical names, the same in every language. */
const FORMAT_LABELS: Record<BankStatementFormat, string> = {
  CAMT053: 'camt.053 (XML)',
  CSV: 'CSV',
};

/** The statement's format (guessed from the file, changeable). */
export function FormatSelect({ format, onChange }: { format: BankStatementFormat; onChange: (format: BankStatementFormat) => void }) {
  return (
    <label className="field">
      <span className="field-label">
        <FormattedMessage id="bank.import.format" defaultMessage="Format" />
      </span>
      <select value={format} onChange={(e) => onChange(e.target.value as BankStatementFormat)} data-testid="bank-format">
        {(Object.keys(FORMAT_LABELS) as BankStatementFormat[]).map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** How a CSV is read: the standard columns, a saved mapping, or a new one. */
export function MappingSelect(props: {
  value: string;
  saved: readonly { id: string; name: string; accountIban?: string | null }[];
  /** The saved mapping being edited, if any. */
  editingId: string | null;
  onChange: (value: string) => void;
}) {
  const intl = useIntl();
  const optionText = (m: { id: string; name: string; accountIban?: string | null }) => {
    const name = m.accountIban && m.accountIban !== m.name ? `${m.name} (${m.accountIban})` : m.name;
    return props.editingId === m.id ? intl.formatMessage({ id: 'bank.import.mappingEditing', defaultMessage: '{name} (editing)' }, { name }) : name;
  };
  return (
    <label className="field">
      <span className="field-label">
        <FormattedMessage id="bank.import.mapping" defaultMessage="Column mapping" />
      </span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid="bank-mapping">
        <option value="standard">{intl.formatMessage({ id: 'bank.import.standardColumns', defaultMessage: 'Standard columns (booking_date, amount, …)' })}</option>
        {props.saved.map((m) => (
          <option key={m.id} value={m.id}>
            {optionText(m)}
          </option>
        ))}
        <option value="new">{intl.formatMessage({ id: 'bank.import.newMapping', defaultMessage: 'New mapping…' })}</option>
      </select>
    </label>
  );
}

/** Formats an IBAN in groups of four for reading. */
function groupedIban(iban: string): string {
  return iban.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * The agency's own account a statement is for, when neither the file nor its column mapping names
 * one (a standard CSV without account_iban): the import needs it and refuses other accounts.
 */
export function AccountSelect(props: {
  value: string;
  accounts: readonly OwnBankAccount[];
  onChange: (iban: string) => void;
  missing: boolean;
}) {
  const intl = useIntl();
  return (
    <label className="field">
      <span className="field-label">
        <FormattedMessage id="bank.import.account" defaultMessage="Account of the statement" />
      </span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required
        aria-invalid={props.missing || undefined}
        data-testid="bank-account"
      >
        <option value="">{intl.formatMessage({ id: 'bank.import.chooseAccount', defaultMessage: 'Choose the account…' })}</option>
        {props.accounts.map((a) => (
          <option key={a.iban} value={a.iban}>
            {groupedIban(a.iban)} · {a.holder}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The header of a standard statement CSV (the API's column names). */
const STANDARD_COLUMNS = 'booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id';

export function StandardColumnsHint() {
  return (
    <div className="muted small">
      <FormattedMessage
        id="bank.import.standardColumnsHint"
        defaultMessage="CSV header: <code>{columns}</code>, optionally <code>{accountColumn}</code> (the agency's account the statement is for). A bank's own export (semicolons, German headers, decimal commas) is read through a column mapping."
        values={{
          columns: STANDARD_COLUMNS,
          accountColumn: 'account_iban',
          code: (chunks) => <code>{chunks}</code>,
        }}
      />
    </div>
  );
}

export function SavedMappingActions({ onEdit, onDelete, deleting }: { onEdit: () => void; onDelete: () => void; deleting: boolean }) {
  return (
    <div className="form-actions">
      <button type="button" className="btn btn-small" onClick={onEdit} data-testid="bank-mapping-edit">
        <FormattedMessage id="bank.import.editMapping" defaultMessage="Edit mapping" />
      </button>
      <button type="button" className="btn btn-small" disabled={deleting} onClick={onDelete}>
        <FormattedMessage id="bank.import.deleteMapping" defaultMessage="Delete mapping" />
      </button>
    </div>
  );
}

/** A mapping being made or changed: the editor, a preview through it, and saving it. */
export function MappingEditPanel(props: {
  editingId: string | null;
  editor: ReactNode;
  onPreview: () => void;
  previewDisabled: boolean;
  onSave: () => void;
  saving: boolean;
  saveError: unknown;
}) {
  return (
    <div className="bank-mapping">
      <strong>
        {props.editingId ? (
          <FormattedMessage id="bank.mapping.editTitle" defaultMessage="Edit the column mapping" />
        ) : (
          <FormattedMessage id="bank.mapping.newTitle" defaultMessage="Map the columns of this bank export once; later files of the account use it." />
        )}
      </strong>
      {props.editor}
      <div className="form-actions">
        <button type="button" className="btn" onClick={props.onPreview} disabled={props.previewDisabled} data-testid="bank-mapping-preview">
          <FormattedMessage id="bank.mapping.updatePreview" defaultMessage="Update preview" />
        </button>
        <button type="button" className="btn btn-primary" onClick={props.onSave} disabled={props.saving} data-testid="bank-mapping-save">
          {props.saving ? (
            <FormattedMessage id="bank.mapping.saving" defaultMessage="Saving…" />
          ) : (
            <FormattedMessage id="bank.mapping.save" defaultMessage="Save mapping" />
          )}
        </button>
      </div>
      <FormError error={props.saveError} />
    </div>
  );
}
