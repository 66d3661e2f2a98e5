import { fill, untranslated, type LocalizedText } from '@mahnwerk/domain';
import { CsvError, parse } from 'csv-parse/sync';
import {
  cleanText, parseCurrency, parseDecimalAmount, parseIban, parseOptionalDate, parseStatementDate, parseTransactionId,
} from './statement-fields.js';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import { LineError, StatementFormatError, type ParsedStatement, type StatementLine } from './statement-line.js';

/**
 * Reads a bank export in CSV: UTF-8, a header line naming the columns below (any order, extra
 * columns ignored), one transaction per line. The delimiter is "," (";" and tab are recognised
 * from the header, as spreadsheet exports often use them). Amounts are decimal text, negative for
 * debits, which are counted and skipped. A line that cannot be read is reported with its line
 * number (the header is line 1) and the others go on. An optional `account_iban` column names the
 * agency's account the statement is for (one account per file); the import checks it is one of the
 * agency's own.
 */
export const CSV_COLUMNS = [
  'booking_date', 'value_date', 'amount', 'currency', 'reference', 'debtor_name', 'debtor_iban', 'transaction_id',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
/** The optional column naming the statement's account. */
export const CSV_ACCOUNT_COLUMN = 'account_iban';

type Row = Record<Column, string> & { account_iban?: string };

export function parseCsvStatement(csv: string): ParsedStatement {
  const lines = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) throw new StatementFormatError(T.csvEmpty);
  const header = lines[headerIndex];
  if (header.trim().startsWith('<')) {
    throw new StatementFormatError(T.looksLikeXml);
  }
  const delimiter = detectDelimiter(header);
  const columns = readHeader(header, delimiter, headerIndex + 1);

  const result: ParsedStatement = {
    source: 'CSV', statementRef: null, accountIban: null, credits: [], skippedDebits: 0, rejected: [],
  };
  for (let i = headerIndex + 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    const lineNumber = i + 1;
    try {
      const fields = splitLine(lines[i], delimiter);
      if (fields.length !== columns.length) {
        throw new LineError(fill(fields.length === 1 ? T.fieldCountOne : T.fieldCountOther, { count: fields.length, headerCount: columns.length }));
      }
      const row = Object.fromEntries(columns.map((name, k) => [name, fields[k]])) as Row;
      const account = row.account_iban === undefined ? null : parseIban(row.account_iban, CSV_ACCOUNT_COLUMN);
      if (account !== null && result.accountIban !== null && account !== result.accountIban) {
        throw new StatementFormatError(fill(T.otherAccount, { line: lineNumber, account, first: result.accountIban }));
      }
      if (account !== null) result.accountIban = account;
      const line = readRow(row, lineNumber);
      if (line === 'DEBIT') result.skippedDebits += 1;
      else result.credits.push(line);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      const texts = fill(T.lineProblem, { line: lineNumber, problem: error.texts });
      result.rejected.push({ line: lineNumber, message: texts.en, texts });
    }
  }
  return result;
}

/** Whether the file's first line names the standard columns (then no mapping is needed). */
export function hasStandardHeader(csv: string): boolean {
  const header = csv.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  try {
    const names = splitLine(header, detectDelimiter(header)).map((n) => n.trim().toLowerCase());
    return CSV_COLUMNS.every((c) => names.includes(c));
  } catch (error) {
    if (!(error instanceof LineError)) throw error;
    return false;
  }
}

function readRow(row: Row, lineNumber: number): StatementLine | 'DEBIT' {
  const currency = parseCurrency(row.currency);
  const amount = parseDecimalAmount(row.amount, currency);
  if (amount.negative && amount.minorUnits > 0) return 'DEBIT';
  if (amount.minorUnits === 0) throw new LineError(T.amountNotPositive);
  return {
    line: lineNumber,
    bankTransactionId: parseTransactionId(row.transaction_id, 'transaction_id'),
    bookingDate: parseStatementDate(row.booking_date, 'booking_date'),
    valueDate: parseOptionalDate(row.value_date, 'value_date'),
    amountCents: amount.minorUnits,
    currency,
    remittanceInformation: cleanText(row.reference) ?? '',
    debtorName: cleanText(row.debtor_name),
    debtorIban: parseIban(row.debtor_iban, 'debtor_iban'),
  };
}

function readHeader(header: string, delimiter: string, lineNumber: number): string[] {
  let names: string[];
  try {
    names = splitLine(header, delimiter).map((n) => n.trim().toLowerCase());
  } catch (error) {
    if (!(error instanceof LineError)) throw error;
    throw new StatementFormatError(fill(T.headerUnreadable, { line: lineNumber, reason: error.texts }));
  }
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length) {
    throw new StatementFormatError(fill(T.headerLacks, { missing: missing.join(', '), columns: CSV_COLUMNS.join(',') }));
  }
  const repeated = names.filter((n, i) => n && names.indexOf(n) !== i);
  if (repeated.length) throw new StatementFormatError(fill(T.headerTwice, { columns: [...new Set(repeated)].join(', ') }));
  return names;
}

function detectDelimiter(header: string): string {
  const outsideQuotes = header.replace(/"[^"]*"/g, '');
  const counts = [',', ';', '\t'].map((d) => [d, outsideQuotes.split(d).length - 1] as const);
  const [best] = [...counts].sort((a, b) => b[1] - a[1]);
  return best[1] > 0 ? best[0] : ',';
}

/** One physical line as CSV fields ("..." quoting, "" for a quote inside). */
function splitLine(line: string, delimiter: string): string[] {
  try {
    const records = parse(line, { delimiter, relax_column_count: true, skip_empty_lines: false });
    return records[0] ?? [];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    throw new LineError(csvProblem(error));
  }
}

function csvProblem(error: CsvError): LocalizedText {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return T.quoteNotClosedLine;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return T.quoteGoesOn;
    default:
      return fill(T.notCsvLine, { reason: untranslated(error.message.replace(/ at line \d+/g, '')) });
  }
}
