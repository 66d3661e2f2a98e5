import type {
  BankCsvDateFormat,
  BankCsvDecimalSeparator,
  BankCsvDelimiter,
  BankCsvLayout,
  BankCsvMappingInput,
  BankStatementPreviewRow,
} from './bank.graphql';

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

export const COLUMN_LABELS: Record<MappedColumn, string> = {
  bookingDate: 'Booking date',
  amount: 'Amount',
  reference: 'Reference / purpose',
  currency: 'Currency',
  counterpartyName: 'Counterparty name',
  counterpartyIban: 'Counterparty IBAN',
  valueDate: 'Value date',
  transactionId: 'Transaction id',
  debitCredit: 'Debit/credit (S/H) column',
};

export const DELIMITER_LABELS: Record<BankCsvDelimiter, string> = {
  SEMICOLON: 'Semicolon ;',
  COMMA: 'Comma ,',
  TAB: 'Tab',
  PIPE: 'Pipe |',
};

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

/** Problems the editor can see before asking the API, by field ('columns.amount', 'name', ...). */
export function formProblems(form: MappingForm): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!form.name.trim()) problems.name = 'Give the mapping a name, e.g. the account or the bank.';
  const line = Number(form.headerLine);
  if (!Number.isInteger(line) || line < 1 || line > 50) problems.headerLine = 'A line number from 1 to 50.';
  for (const column of REQUIRED_COLUMNS) {
    if (!form.columns[column]) problems[`columns.${column}`] = 'Required.';
  }
  const chosen = MAPPED_COLUMNS.map((c) => form.columns[c]).filter(Boolean);
  for (const column of MAPPED_COLUMNS) {
    const name = form.columns[column];
    if (name && chosen.indexOf(name) !== chosen.lastIndexOf(name)) problems[`columns.${column}`] = `"${name}" is chosen twice.`;
  }
  if (!form.columns.currency && !/^[A-Za-z]{3}$/.test(form.defaultCurrency.trim())) {
    problems.defaultCurrency = 'Without a currency column, give the currency (e.g. EUR).';
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

/** What the preview's status cell says about a row. */
export function rowStatus(row: Pick<BankStatementPreviewRow, 'kind' | 'alreadyImported' | 'errors'>): { label: string; tone: 'good' | 'neutral' | 'bad' | 'info' } {
  if (row.kind === 'REJECTED') return { label: `${row.errors.length} problem${row.errors.length === 1 ? '' : 's'}`, tone: 'bad' };
  if (row.kind === 'DEBIT') return { label: 'Debit, skipped', tone: 'neutral' };
  if (row.alreadyImported) return { label: 'Imported before', tone: 'info' };
  return { label: 'Credit', tone: 'good' };
}

/** A row's problems as one line each: "Betrag: amount "12.3,4" is not an amount like 1.234,56". */
export function rowProblems(row: Pick<BankStatementPreviewRow, 'errors'>): string[] {
  return row.errors.map((e) => (e.column ? `${e.column}: ${e.message}` : e.message));
}
