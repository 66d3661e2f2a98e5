import { currencyMinorDigits, fill, joinTexts, MAX_AMOUNT_CENTS, untranslated, type IsoDate, type LocalizedText } from '@mahnwerk/domain';
import { CsvError, parse } from 'csv-parse/sync';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import {
  COLUMN_LABEL_TEXTS, columnKey, CSV_DELIMITERS, MAPPED_COLUMNS, MAX_HEADER_LINE, parseDebitCredit, parseFormattedDate, parseSeparatedAmount,
  type CsvMapping, type MappedColumn,
} from './csv-mapping.js';
import { csvAccountKey, csvContentKey, csvDerivedTransactionId } from './derived-transaction-id.js';
import { cleanText, parseCurrency, parseIban, parseTransactionId } from './statement-fields.js';
import { LineError, StatementFormatError, type ParsedStatement, type StatementLine } from './statement-line.js';

/** A problem with one field of a row: the header name of its column and what is wrong. */
export interface CellError {
  column: string | null;
  /** English. */
  message: string;
  /** The message in every language. */
  texts: LocalizedText;
}

/** One data row as the mapping reads it, with every problem found (not only the first). */
export interface MappedRow {
  line: number;
  kind: 'CREDIT' | 'DEBIT' | 'REJECTED';
  bookingDate: IsoDate | null;
  valueDate: IsoDate | null;
  /** Signed minor units: negative for a debit; null when the amount cannot be read. */
  amountCents: number | null;
  currency: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  reference: string;
  transactionId: string | null;
  /** The file had no transaction id for the row: it is derived from the row (see derived-transaction-id.ts). */
  transactionIdDerived: boolean;
  errors: CellError[];
}

export interface MappedCsv {
  /** The header's line number (1-based) and its column names as written. */
  headerLine: number;
  columns: string[];
  rows: MappedRow[];
}

type Record_ = { record: string[]; info: { lines: number } };

/**
 * Reads a CSV export through a mapping: the header is the mapping's header line, or, when a bank
 * put a longer preamble in front of it this time, the first of the first 50 lines that names
 * every mapped column. Each later non-empty row is read field by field, so a row with two bad
 * fields reports both.
 */
export function readMappedCsv(content: string, mapping: CsvMapping): MappedCsv {
  const records = parseRecords(content, CSV_DELIMITERS[mapping.delimiter]);
  const wanted = MAPPED_COLUMNS.map((c) => [c, columnKey(mapping.columns[c])] as const).filter(([, key]) => key !== '');
  const lacks = (r: Record_) => {
    const names = r.record.map(columnKey);
    return wanted.filter(([, key]) => !names.includes(key));
  };
  const atLine = records.find((r) => r.info.lines >= mapping.headerLine);
  const header = atLine && lacks(atLine).length === 0
    ? atLine
    : records.find((r) => r.info.lines <= MAX_HEADER_LINE && lacks(r).length === 0);
  if (!header) {
    const missing = atLine ? lacks(atLine).map(([, key]) => `"${mapping.columns[wanted.find(([, k]) => k === key)![0]]}"`) : [];
    throw new StatementFormatError(
      atLine
        ? fill(T.notMappedHeader, { line: atLine.info.lines, mapping: mapping.name, missing: missing.join(', '), max: MAX_HEADER_LINE })
        : fill(T.endsBeforeHeader, { line: mapping.headerLine, mapping: mapping.name }),
    );
  }
  const names = header.record.map(columnKey);
  const index = Object.fromEntries(wanted.map(([role, key]) => [role, names.indexOf(key)])) as Partial<Record<MappedColumn, number>>;
  const rows = records
    .filter((r) => r.info.lines > header.info.lines && r.record.some((v) => v.trim() !== ''))
    .map((r) => readRow(r, index, mapping));
  assignDerivedIds(rows, mapping);
  return { headerLine: header.info.lines, columns: header.record.map((n) => n.trim()), rows };
}

/** The rows as a statement to import: credits, the count of debits, rejected rows with their first problem. */
export function toParsedStatement(csv: MappedCsv, mapping: CsvMapping): ParsedStatement {
  const result: ParsedStatement = {
    source: 'CSV', statementRef: null, accountIban: mapping.accountIban, credits: [], skippedDebits: 0, rejected: [],
  };
  for (const row of csv.rows) {
    if (row.kind === 'DEBIT') result.skippedDebits += 1;
    else if (row.kind === 'REJECTED') {
      const detail = joinTexts(row.errors.map((e) => (e.column ? fill(T.columnProblem, { column: e.column, problem: e.texts }) : e.texts)), '; ');
      const texts = fill(T.lineProblem, { line: row.line, problem: detail });
      result.rejected.push({ line: row.line, message: texts.en, texts, column: row.errors[0]?.column ?? null });
    } else {
      result.credits.push({
        line: row.line,
        bankTransactionId: row.transactionId!,
        bookingDate: row.bookingDate!,
        valueDate: row.valueDate,
        amountCents: row.amountCents!,
        currency: row.currency!,
        remittanceInformation: row.reference,
        debtorName: row.counterpartyName,
        debtorIban: row.counterpartyIban,
      } satisfies StatementLine);
    }
  }
  return result;
}

function parseRecords(content: string, delimiter: string): Record_[] {
  try {
    return parse(content.replace(/^\uFEFF/, ''), {
      delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true,
    }) as unknown as Record_[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    throw new StatementFormatError(
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? fill(T.quoteNeverClosed, { where: line ? fill(T.beforeLine, { line }) : '' })
        : fill(T.notCsvFile, { reason: untranslated(error.message) }),
    );
  }
}

function readRow(r: Record_, index: Partial<Record<MappedColumn, number>>, mapping: CsvMapping): MappedRow {
  const errors: CellError[] = [];
  const columnName = (role: MappedColumn) => mapping.columns[role]?.trim() ?? null;
  const cell = (role: MappedColumn): string | undefined => {
    const i = index[role];
    return i === undefined || i < 0 ? undefined : r.record[i];
  };
  /** Runs a field reader; a LineError becomes an error on that column and the value null. */
  const field = <T>(role: MappedColumn, read: () => T, named = false): T | null => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      const texts = named ? error.texts : fill(T.labelledProblem, { label: COLUMN_LABEL_TEXTS[role], problem: error.texts });
      errors.push({ column: columnName(role), message: texts.en, texts });
      return null;
    }
  };
  // A row shorter than the header (a trailing empty column left off) reads its missing fields as empty.
  const currency = index.currency === undefined
    ? mapping.defaultCurrency!.trim().toUpperCase()
    : field('currency', () => parseCurrency(cell('currency')), true);
  const direction = index.debitCredit === undefined ? null : field('debitCredit', () => parseDebitCredit(cell('debitCredit')));
  const amountCents = field('amount', () => {
    const digits = currencyMinorDigits(currency ?? 'EUR');
    const amount = parseSeparatedAmount(cell('amount'), mapping.decimalSeparator, digits);
    if (amount.minorUnits === 0n) throw new LineError(T.mustNotBeZero);
    if (direction === 'DEBIT') amount.negative = true;
    else if (direction === 'CREDIT' && amount.negative) throw new LineError(fill(T.negativeCredit, { raw: cell('amount')!.trim() }));
    if (amount.minorUnits > BigInt(MAX_AMOUNT_CENTS)) throw new LineError(fill(T.exceedsLargestPayment, { max: MAX_AMOUNT_CENTS }));
    return Number(amount.minorUnits) * (amount.negative ? -1 : 1);
  });
  const row: MappedRow = {
    line: r.info.lines,
    kind: 'CREDIT',
    bookingDate: field('bookingDate', () => parseFormattedDate(cell('bookingDate'), mapping.dateFormat)),
    valueDate: index.valueDate === undefined || !(cell('valueDate') ?? '').trim()
      ? null
      : field('valueDate', () => parseFormattedDate(cell('valueDate'), mapping.dateFormat)),
    amountCents,
    currency,
    counterpartyName: cleanText(cell('counterpartyName')),
    counterpartyIban: field('counterpartyIban', () => parseIban(cell('counterpartyIban'), COLUMN_LABEL_TEXTS.counterpartyIban), true) ?? null,
    reference: cleanText(cell('reference')) ?? '',
    transactionId: null,
    transactionIdDerived: false,
    errors,
  };
  if (index.transactionId !== undefined && (cell('transactionId') ?? '').trim()) {
    row.transactionId = field('transactionId', () => parseTransactionId(cell('transactionId'), COLUMN_LABEL_TEXTS.transactionId), true);
  }
  row.kind = errors.length ? 'REJECTED' : amountCents! < 0 ? 'DEBIT' : 'CREDIT';
  return row;
}

/** Rows without a transaction id get one derived from the account, their contents and their occurrence. */
function assignDerivedIds(rows: MappedRow[], mapping: CsvMapping): void {
  const account = csvAccountKey(mapping);
  const seen = new Map<string, number>();
  for (const row of rows) {
    if (row.kind === 'REJECTED' || row.transactionId) continue;
    const contents = {
      bookingDate: row.bookingDate!, valueDate: row.valueDate, amount: String(row.amountCents), currency: row.currency!,
      counterpartyName: row.counterpartyName, counterpartyIban: row.counterpartyIban, reference: row.reference,
    };
    const key = csvContentKey(contents);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    row.transactionId = csvDerivedTransactionId(account, occurrence, contents);
    row.transactionIdDerived = true;
  }
}
