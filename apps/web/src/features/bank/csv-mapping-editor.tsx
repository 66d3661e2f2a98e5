import { FormattedMessage, useIntl } from 'react-intl';
import type { BankCsvDateFormat, BankCsvDecimalSeparator, BankCsvDelimiter } from './bank.graphql';
import {
  COLUMN_MESSAGES,
  columnChoices,
  DATE_FORMAT_LABELS,
  DECIMAL_LABELS,
  DELIMITER_MESSAGES,
  MAPPED_COLUMNS,
  REQUIRED_COLUMNS,
  type MappedColumn,
  type MappingForm,
} from './csv-mapping-form';
import { formatUiText, type UiText } from './ui-text';

/**
 * Which column of the bank's export holds what, and how the file writes fields, decimals and
 * dates. Column choices are the header names the preview found in the chosen file.
 */
export function CsvMappingEditor({
  form,
  onChange,
  fileColumns,
  problems,
  showProblems,
}: {
  form: MappingForm;
  onChange: (form: MappingForm) => void;
  fileColumns: readonly string[];
  problems: Record<string, UiText>;
  showProblems: boolean;
}) {
  const intl = useIntl();
  const set = <K extends keyof MappingForm>(key: K, value: MappingForm[K]) => onChange({ ...form, [key]: value });
  const setColumn = (column: MappedColumn, value: string) => onChange({ ...form, columns: { ...form.columns, [column]: value } });
  const problem = (field: string) => {
    const text = showProblems ? problems[field] : undefined;
    return text ? (
      <span className="field-error" role="alert">
        {formatUiText(intl, text)}
      </span>
    ) : null;
  };

  return (
    <div className="bank-mapping-editor" data-testid="bank-mapping-editor">
      <div className="field-row">
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="bank.mapping.name" defaultMessage="Name" />
            <span className="required">*</span>
          </span>
          <input
            value={form.name}
            onChange={(e) => set('name', e.target.value)}
            placeholder={intl.formatMessage({ id: 'bank.mapping.namePlaceholder', defaultMessage: 'e.g. Sparkasse Girokonto' })}
            data-testid="mapping-name"
          />
          {problem('name')}
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="bank.mapping.accountIban" defaultMessage="Account IBAN" />
          </span>
          <input
            value={form.accountIban}
            onChange={(e) => set('accountIban', e.target.value)}
            placeholder={intl.formatMessage({ id: 'bank.mapping.ibanPlaceholder', defaultMessage: 'DE…' })}
            data-testid="mapping-iban"
          />
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="bank.mapping.delimiter" defaultMessage="Field delimiter" />
          </span>
          <select value={form.delimiter} onChange={(e) => set('delimiter', e.target.value as BankCsvDelimiter)} data-testid="mapping-delimiter">
            {(Object.keys(DELIMITER_MESSAGES) as BankCsvDelimiter[]).map((d) => (
              <option key={d} value={d}>
                {intl.formatMessage(DELIMITER_MESSAGES[d])}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="bank.mapping.amounts" defaultMessage="Amounts" />
          </span>
          <select
            value={form.decimalSeparator}
            onChange={(e) => set('decimalSeparator', e.target.value as BankCsvDecimalSeparator)}
            data-testid="mapping-decimal"
          >
            {(Object.keys(DECIMAL_LABELS) as BankCsvDecimalSeparator[]).map((d) => (
              <option key={d} value={d}>
                {DECIMAL_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="bank.mapping.dates" defaultMessage="Dates" />
          </span>
          <select value={form.dateFormat} onChange={(e) => set('dateFormat', e.target.value as BankCsvDateFormat)} data-testid="mapping-date-format">
            {(Object.keys(DATE_FORMAT_LABELS) as BankCsvDateFormat[]).map((d) => (
              <option key={d} value={d}>
                {DATE_FORMAT_LABELS[d]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="bank.mapping.headerLine" defaultMessage="Header on line" />
          </span>
          <input
            type="number"
            min={1}
            max={50}
            value={form.headerLine}
            onChange={(e) => set('headerLine', e.target.value)}
            data-testid="mapping-header-line"
          />
          {problem('headerLine')}
        </label>
      </div>
      <div className="field-row bank-mapping-columns">
        {MAPPED_COLUMNS.map((column) => (
          <label className="field" key={column}>
            <span className="field-label">
              {intl.formatMessage(COLUMN_MESSAGES[column])}
              {REQUIRED_COLUMNS.includes(column) ? <span className="required">*</span> : null}
            </span>
            <select value={form.columns[column]} onChange={(e) => setColumn(column, e.target.value)} data-testid={`mapping-column-${column}`}>
              <option value="">
                {REQUIRED_COLUMNS.includes(column)
                  ? intl.formatMessage({ id: 'bank.mapping.chooseColumn', defaultMessage: 'Choose a column…' })
                  : intl.formatMessage({ id: 'bank.mapping.notInFile', defaultMessage: 'Not in the file' })}
              </option>
              {columnChoices(fileColumns, form.columns[column]).map((name) => (
                <option key={name} value={name}>
                  {fileColumns.includes(name)
                    ? name
                    : intl.formatMessage({ id: 'bank.mapping.columnNotInThisFile', defaultMessage: '{name} (not in this file)' }, { name })}
                </option>
              ))}
            </select>
            {problem(`columns.${column}`)}
          </label>
        ))}
        {form.columns.currency ? null : (
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="bank.mapping.defaultCurrency" defaultMessage="Currency of the account" />
              <span className="required">*</span>
            </span>
            <input value={form.defaultCurrency} maxLength={3} onChange={(e) => set('defaultCurrency', e.target.value)} data-testid="mapping-default-currency" />
            {problem('defaultCurrency')}
          </label>
        )}
      </div>
      <div className="muted small">
        <FormattedMessage
          id="bank.mapping.derivedIds"
          defaultMessage="Without a transaction id column, each row gets an id derived from the account (IBAN, else the mapping's name) and the row's contents, so importing an overlapping export again books nothing twice."
        />
      </div>
    </div>
  );
}
