import type { ReactNode } from 'react';
import { FormError } from '../../ui/error-banner';
import type { BankStatementFormat, OwnBankAccount } from './bank.graphql';

/** How a CSV is read: the standard columns, a saved mapping (its id), or the mapping being edited. */
export type MappingChoice = { kind: 'standard' } | { kind: 'saved'; id: string } | { kind: 'editing'; id: string | null };

const FORMAT_LABELS: Record<BankStatementFormat, string> = {
  CAMT053: 'camt.053 (XML)',
  CSV: 'CSV',
};

/** The statement's format (guessed from the file, changeable). */
export function FormatSelect({ format, onChange }: { format: BankStatementFormat; onChange: (format: BankStatementFormat) => void }) {
  return (
    <label className="field">
      <span className="field-label">Format</span>
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
  return (
    <label className="field">
      <span className="field-label">Column mapping</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid="bank-mapping">
        <option value="standard">Standard columns (booking_date, amount, …)</option>
        {props.saved.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
            {m.accountIban && m.accountIban !== m.name ? ` (${m.accountIban})` : ''}
            {props.editingId === m.id ? ' (editing)' : ''}
          </option>
        ))}
        <option value="new">New mapping…</option>
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
  return (
    <label className="field">
      <span className="field-label">Account of the statement</span>
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required
        aria-invalid={props.missing || undefined}
        data-testid="bank-account"
      >
        <option value="">Choose the account…</option>
        {props.accounts.map((a) => (
          <option key={a.iban} value={a.iban}>
            {groupedIban(a.iban)} · {a.holder}
          </option>
        ))}
      </select>
    </label>
  );
}

export function StandardColumnsHint() {
  return (
    <div className="muted small">
      CSV header: <code>booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id</code>, optionally{' '}
      <code>account_iban</code> (the agency's account the statement is for). A bank's own
      export (semicolons, German headers, decimal commas) is read through a column mapping.
    </div>
  );
}

export function SavedMappingActions({ onEdit, onDelete, deleting }: { onEdit: () => void; onDelete: () => void; deleting: boolean }) {
  return (
    <div className="form-actions">
      <button type="button" className="btn btn-small" onClick={onEdit} data-testid="bank-mapping-edit">
        Edit mapping
      </button>
      <button type="button" className="btn btn-small" disabled={deleting} onClick={onDelete}>
        Delete mapping
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
      <strong>{props.editingId ? 'Edit the column mapping' : 'Map the columns of this bank export once; later files of the account use it.'}</strong>
      {props.editor}
      <div className="form-actions">
        <button type="button" className="btn" onClick={props.onPreview} disabled={props.previewDisabled} data-testid="bank-mapping-preview">
          Update preview
        </button>
        <button type="button" className="btn btn-primary" onClick={props.onSave} disabled={props.saving} data-testid="bank-mapping-save">
          {props.saving ? 'Saving…' : 'Save mapping'}
        </button>
      </div>
      <FormError error={props.saveError} />
    </div>
  );
}
