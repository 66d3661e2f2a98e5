import { defineMessages, type MessageDescriptor } from 'react-intl';
import type {
  BankCsvDateFormat,
  BankCsvDecimalSeparator,
  BankCsvDelimiter,
  BankCsvLayout,
  BankCsvMappingInput,
  BankStatementPreviewRow,
} from './bank.graphql';
import type { UiText } from './ui-text';

/** The roles a column can play, in the order the editor shows them. */
export const MAPPED_COLUMNS = [
  'bookingDate',
  'amount',
  'reference',
  'currency',
  'counterpartyName',
  'counterpartyIban',
  'valueDate',
  'transactionId',
  'debitCredit',
] as const;
export type MappedColumn = (typeof MAPPED_COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly MappedColumn[] = ['bookingDate', 'amount', 'reference'];

export const COLUMN_MESSAGES: Record<MappedColumn, MessageDescriptor> = defineMessages({
  bookingDate: { id: 'bank.mapping.column.bookingDate', defaultMessage: 'Booking date' },
  amount: { id: 'bank.mapping.column.amount', defaultMessage: 'Amount' },
  reference: { id: 'bank.mapping.column.reference', defaultMessage: 'Reference / purpose' },
  currency: { id: 'bank.mapping.column.currency', defaultMessage: 'Currency' },
  counterpartyName: { id: 'bank.mapping.column.counterpartyName', defaultMessage: 'Counterparty name' },
  counterpartyIban: { id: 'bank.mapping.column.counterpartyIban', defaultMessage: 'Counterparty IBAN' },
  valueDate: { id: 'bank.mapping.column.valueDate', defaultMessage: 'Value date' },
  transactionId: { id: 'bank.mapping.column.transactionId', defaultMessage: 'Transaction id' },
  debitCredit: { id: 'bank.mapping.column.debitCredit', defaultMessage: 'Debit/credit (S/H) column' },
});

export const DELIMITER_MESSAGES: Record<BankCsvDelimiter, MessageDescriptor> = defineMessages({
  SEMICOLON: { id: 'bank.mapping.delimiter.SEMICOLON', defaultMessage: 'Semicolon ;' },
  COMMA: { id: 'bank.mapping.delimiter.COMMA', defaultMessage: 'Comma ,' },
  TAB: { id: 'bank.mapping.delimiter.TAB', defaultMessage: 'Tab' },
  PIPE: { id: 'bank.mapping.delimiter.PIPE', defaultMessage: 'Pipe |' },
});

/** Examples of how the file writes amounts and dates: the same in every language. */
export const DECIMAL_LABELS: Record<BankCsvDecimalSeparator, string> = {
  COMMA: '1.234,56',
  POINT: '1,234.56',
};

export const DATE_FORMAT_LABELS: Record<BankCsvDateFormat, string> = {
  DMY_DOTS: '31.12.2026',
  DMY_DOTS_SHORT: '31.12.26',
  ISO: '2026-12-31',
  DMY_SLASHES: '31/12/2026',
  MDY_SLASHES: '12/31/2026',
};

/** The editor's state: every field as the inputs hold it ('' = not mapped / not given). */
export interface MappingForm {
  name: string;
  accountIban: string;
  delimiter: BankCsvDelimiter;
  decimalSeparator: BankCsvDecimalSeparator;
  dateFormat: BankCsvDateFormat;
  headerLine: string;
  defaultCurrency: string;
  columns: Record<MappedColumn, string>;
}

export const EMPTY_FORM: MappingForm = {
  name: '',
  accountIban: '',
  delimiter: 'SEMICOLON',
  decimalSeparator: 'COMMA',
  dateFormat: 'DMY_DOTS',
  headerLine: '1',
  defaultCurrency: 'EUR',
  columns: Object.fromEntries(MAPPED_COLUMNS.map((c) => [c, ''])) as Record<MappedColumn, string>,
};

/** A saved mapping or a layout guessed from a file, as editor state. */
export function formFromLayout(layout: BankCsvLayout): MappingForm {
  return {
    name: layout.name,
    accountIban: layout.accountIban ?? '',
    delimiter: layout.delimiter,
    decimalSeparator: layout.decimalSeparator,
    dateFormat: layout.dateFormat,
    headerLine: String(layout.headerLine),
    defaultCurrency: layout.defaultCurrency ?? '',
    columns: Object.fromEntries(MAPPED_COLUMNS.map((c) => [c, layout.columns[c] ?? ''])) as Record<MappedColumn, string>,
  };
}

export const FORM_PROBLEM_MESSAGES = defineMessages({
  name: { id: 'bank.mapping.problem.name', defaultMessage: 'Give the mapping a name, e.g. the account or the bank.' },
  headerLine: { id: 'bank.mapping.problem.headerLine', defaultMessage: 'A line number from 1 to 50.' },
  required: { id: 'bank.mapping.problem.required', defaultMessage: 'Required.' },
  chosenTwice: { id: 'bank.mapping.problem.chosenTwice', defaultMessage: '“{name}” is chosen twice.' },
  defaultCurrency: { id: 'bank.mapping.problem.defaultCurrency', defaultMessage: 'Without a currency column, give the currency (e.g. EUR).' },
});

/** Problems the editor can see before asking the API, by field ('columns.amount', 'name', ...). */
export function formProblems(form: MappingForm): Record<string, UiText> {
  const problems: Record<string, UiText> = {};
  if (!form.name.trim()) problems.name = { message: FORM_PROBLEM_MESSAGES.name };
  const line = Number(form.headerLine);
  if (!Number.isInteger(line) || line < 1 || line > 50) problems.headerLine = { message: FORM_PROBLEM_MESSAGES.headerLine };
  for (const column of REQUIRED_COLUMNS) {
    if (!form.columns[column]) problems[`columns.${column}`] = { message: FORM_PROBLEM_MESSAGES.required };
  }
  const chosen = MAPPED_COLUMNS.map((c) => form.columns[c]).filter(Boolean);
  for (const column of MAPPED_COLUMNS) {
    const name = form.columns[column];
    if (name && chosen.indexOf(name) !== chosen.lastIndexOf(name)) {
      problems[`columns.${column}`] = { message: FORM_PROBLEM_MESSAGES.chosenTwice, values: { name } };
    }
  }
  if (!form.columns.currency && !/^[A-Za-z]{3}$/.test(form.defaultCurrency.trim())) {
    problems.defaultCurrency = { message: FORM_PROBLEM_MESSAGES.defaultCurrency };
  }
  return problems;
}

/** The editor's state as the API's input (call after formProblems is empty). */
export function mappingInput(form: MappingForm): BankCsvMappingInput {
  const optional = (value: string) => (value.trim() ? value.trim() : null);
  return {
    name: form.name.trim(),
    accountIban: optional(form.accountIban.replace(/\s+/g, '').toUpperCase()),
    delimiter: form.delimiter,
    decimalSeparator: form.decimalSeparator,
    dateFormat: form.dateFormat,
    headerLine: Number(form.headerLine),
    defaultCurrency: form.columns.currency ? null : optional(form.defaultCurrency.toUpperCase()),
    columns: {
      bookingDate: form.columns.bookingDate,
      amount: form.columns.amount,
      reference: form.columns.reference,
      valueDate: optional(form.columns.valueDate),
      currency: optional(form.columns.currency),
      counterpartyName: optional(form.columns.counterpartyName),
      counterpartyIban: optional(form.columns.counterpartyIban),
      transactionId: optional(form.columns.transactionId),
      debitCredit: optional(form.columns.debitCredit),
    },
  };
}

/** The header names to choose from: the file's, plus one the mapping names but this file lacks (kept visible). */
export function columnChoices(fileColumns: readonly string[], current: string): string[] {
  const names = fileColumns.filter((n) => n.trim() !== '');
  return current && !names.includes(current) ? [...names, current] : names;
}

/** The saved mapping made for this file's account, if the file names its IBAN. */
export function mappingForAccount<T extends { id: string; accountIban: string | null }>(
  mappings: readonly T[],
  accountIban: string | null | undefined,
): T | null {
  if (!accountIban) return null;
  return mappings.find((m) => m.accountIban === accountIban) ?? null;
}

const ROW_STATUS_MESSAGES = defineMessages({
  rejected: { id: 'bank.preview.status.rejected', defaultMessage: '{count, plural, one {# problem} other {# problems}}' },
  debit: { id: 'bank.preview.status.debit', defaultMessage: 'Debit, skipped' },
  importedBefore: { id: 'bank.preview.status.importedBefore', defaultMessage: 'Imported before' },
  credit: { id: 'bank.preview.status.credit', defaultMessage: 'Credit' },
});

/** What the preview's status cell says about a row. */
export function rowStatus(row: Pick<BankStatementPreviewRow, 'kind' | 'alreadyImported' | 'errors'>): {
  label: UiText;
  tone: 'good' | 'neutral' | 'bad' | 'info';
} {
  if (row.kind === 'REJECTED') return { label: { message: ROW_STATUS_MESSAGES.rejected, values: { count: row.errors.length } }, tone: 'bad' };
  if (row.kind === 'DEBIT') return { label: { message: ROW_STATUS_MESSAGES.debit }, tone: 'neutral' };
  if (row.alreadyImported) return { label: { message: ROW_STATUS_MESSAGES.importedBefore }, tone: 'info' };
  return { label: { message: ROW_STATUS_MESSAGES.credit }, tone: 'good' };
}

/** A row's problems as one line each: "Betrag: amount "12.3,4" is not an amount like 1.234,56". */
export function rowProblems(row: Pick<BankStatementPreviewRow, 'errors'>): string[] {
  return row.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message));
}
