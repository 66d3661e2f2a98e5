import { isIsoDate, type IsoDate } from '@mahnwerk/domain';
import { parseCurrency } from './statement-fields.js';
import { LineError } from './statement-line.js';

/**
 * How a bank's CSV export is read: which column holds what, how fields, decimals and dates are
 * written and where the header is. Columns are named by their header text (compared without case
 * and surrounding spaces), so a bank that reorders its columns still reads.
 */
export const CSV_DELIMITERS = { SEMICOLON: ';', COMMA: ',', TAB: '\t', PIPE: '|' } as const;
export type CsvDelimiter = keyof typeof CSV_DELIMITERS;

export const DECIMAL_SEPARATORS = { COMMA: ',', POINT: '.' } as const;
export type DecimalSeparator = keyof typeof DECIMAL_SEPARATORS;

/** Date layouts seen in bank exports; the example is 31 December 2026. */
export const CSV_DATE_FORMATS = {
  DMY_DOTS: '31.12.2026',
  DMY_DOTS_SHORT: '31.12.26',
  ISO: '2026-12-31',
  DMY_SLASHES: '31/12/2026',
  MDY_SLASHES: '12/31/2026',
} as const;
export type CsvDateFormat = keyof typeof CSV_DATE_FORMATS;

/** The roles a column can play; the optional ones may be left unmapped. */
export const MAPPED_COLUMNS = [
  'bookingDate', 'valueDate', 'amount', 'debitCredit', 'currency', 'counterpartyName', 'counterpartyIban', 'reference', 'transactionId',
] as const;
export type MappedColumn = (typeof MAPPED_COLUMNS)[number];
export const REQUIRED_COLUMNS: readonly MappedColumn[] = ['bookingDate', 'amount', 'reference'];

export const COLUMN_LABELS: Record<MappedColumn, string> = {
  bookingDate: 'booking date',
  valueDate: 'value date',
  amount: 'amount',
  debitCredit: 'debit/credit indicator',
  currency: 'currency',
  counterpartyName: 'counterparty name',
  counterpartyIban: 'counterparty IBAN',
  reference: 'reference / purpose',
  transactionId: 'transaction id',
};

export const MAX_HEADER_LINE = 50;
export const MAX_MAPPING_NAME_LENGTH = 100;
export const MAX_COLUMN_NAME_LENGTH = 200;

/** A mapping as the parser uses it (saved or given with a request). */
export interface CsvMapping {
  /** The account's IBAN or a name the user gave; part of derived transaction ids (see below). */
  name: string;
  accountIban: string | null;
  delimiter: CsvDelimiter;
  decimalSeparator: DecimalSeparator;
  dateFormat: CsvDateFormat;
  /** 1-based line of the header; the lines before it (a bank's preamble) are skipped. */
  headerLine: number;
  /** Used when no currency column is mapped (many German exports are EUR only). */
  defaultCurrency: string | null;
  columns: Record<MappedColumn, string | null>;
}

/** A mapping that cannot be used: what is wrong and with which field. */
export interface MappingProblem {
  field: string;
  message: string;
}

/** Everything wrong with a mapping, field by field (empty when it can be used). */
export function mappingProblems(mapping: CsvMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const name = mapping.name.trim();
  if (!name) problems.push({ field: 'name', message: 'Give the mapping a name (the bank account it is for).' });
  if (name.length > MAX_MAPPING_NAME_LENGTH) {
    problems.push({ field: 'name', message: `The name is longer than ${MAX_MAPPING_NAME_LENGTH} characters.` });
  }
  if (!Number.isInteger(mapping.headerLine) || mapping.headerLine < 1 || mapping.headerLine > MAX_HEADER_LINE) {
    problems.push({ field: 'headerLine', message: `The header line must be a line number from 1 to ${MAX_HEADER_LINE}.` });
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!mapping.columns[column]?.trim()) {
      problems.push({ field: `columns.${column}`, message: `Choose the column that holds the ${COLUMN_LABELS[column]}.` });
    }
  }
  for (const column of MAPPED_COLUMNS) {
    if ((mapping.columns[column] ?? '').length > MAX_COLUMN_NAME_LENGTH) {
      problems.push({ field: `columns.${column}`, message: `The column name is longer than ${MAX_COLUMN_NAME_LENGTH} characters.` });
    }
  }
  const used = MAPPED_COLUMNS.map((c) => columnKey(mapping.columns[c])).filter((c) => c !== '');
  const twice = [...new Set(used.filter((c, i) => used.indexOf(c) !== i))];
  if (twice.length) {
    problems.push({ field: 'columns', message: `The column ${twice.map((c) => `"${c}"`).join(', ')} is mapped to more than one role.` });
  }
  if (!mapping.columns.currency?.trim()) {
    if (!mapping.defaultCurrency?.trim()) {
      problems.push({ field: 'defaultCurrency', message: 'Map the currency column or give the currency of the account (e.g. EUR).' });
    } else {
      try {
        parseCurrency(mapping.defaultCurrency);
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        problems.push({ field: 'defaultCurrency', message: `The default ${error.message}.` });
      }
    }
  }
  return problems;
}

/** How a header name is compared: trimmed, inner spaces collapsed, lower case. */
export function columnKey(name: string | null | undefined): string {
  return (name ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * An amount written with a known decimal separator: "1.234,56", "-12,5", "1234,56-" (a trailing
 * minus, as some banks write debits), "+3,00". The other separator, spaces and apostrophes may group
 * thousands in threes. Exact: digits are read into minor units, never through a float.
 */
export function parseSeparatedAmount(
  text: string | undefined, decimal: DecimalSeparator, minorDigits: number,
): { negative: boolean; minorUnits: bigint } {
  const raw = (text ?? '').trim();
  if (!raw) throw new LineError('is empty');
  let body = raw.replace(/\u2212/g, '-').replace(/\u00a0|\u202f/g, ' ');
  let negative = false;
  if (/^[-+]/.test(body)) {
    negative = body[0] === '-';
    body = body.slice(1).trim();
  } else if (/[-+]$/.test(body)) {
    negative = body.endsWith('-');
    body = body.slice(0, -1).trim();
  }
  const sep = DECIMAL_SEPARATORS[decimal];
  const at = body.lastIndexOf(sep);
  const integerPart = at < 0 ? body : body.slice(0, at);
  const fraction = at < 0 ? '' : body.slice(at + 1);
  const example = decimal === 'COMMA' ? '1.234,56' : '1,234.56';
  if (!/^\d*$/.test(fraction) || (at >= 0 && fraction === '')) {
    throw new LineError(`"${raw}" is not an amount like ${example}`);
  }
  let integer: string;
  if (/^\d*$/.test(integerPart)) {
    integer = integerPart;
  } else {
    const groupChars = decimal === 'COMMA' ? "[. ']" : "[, ']";
    if (!new RegExp(`^\\d{1,3}(${groupChars})\\d{3}(?:\\1\\d{3})*$`).test(integerPart)) {
      throw new LineError(`"${raw}" is not an amount like ${example}`);
    }
    integer = integerPart.replace(/\D/g, '');
  }
  if (integer === '' && fraction === '') throw new LineError(`"${raw}" is not an amount like ${example}`);
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > minorDigits) {
    throw new LineError(`"${raw}" has more than ${minorDigits} decimal${minorDigits === 1 ? '' : 's'}`);
  }
  const minorUnits = BigInt(integer || '0') * 10n ** BigInt(minorDigits) + BigInt(significant.padEnd(minorDigits, '0') || '0');
  return { negative, minorUnits };
}

const DATE_PATTERNS: Record<CsvDateFormat, { pattern: RegExp; order: ['y' | 'm' | 'd', 'y' | 'm' | 'd', 'y' | 'm' | 'd'] }> = {
  DMY_DOTS: { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ['d', 'm', 'y'] },
  DMY_DOTS_SHORT: { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/, order: ['d', 'm', 'y'] },
  ISO: { pattern: /^(\d{4})-(\d{2})-(\d{2})$/, order: ['y', 'm', 'd'] },
  DMY_SLASHES: { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['d', 'm', 'y'] },
  MDY_SLASHES: { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ['m', 'd', 'y'] },
};

/** A date in the mapping's layout as an ISO date; a two-digit year is in the 2000s. */
export function parseFormattedDate(text: string | undefined, format: CsvDateFormat): IsoDate {
  const raw = (text ?? '').trim();
  if (!raw) throw new LineError('is empty');
  const { pattern, order } = DATE_PATTERNS[format];
  const m = pattern.exec(raw);
  const parts: Record<'y' | 'm' | 'd', string> = { y: '', m: '', d: '' };
  if (m) order.forEach((part, i) => (parts[part] = m[i + 1]));
  const year = parts.y.length === 2 ? `20${parts.y}` : parts.y;
  const iso = `${year}-${parts.m.padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  if (!m || !isIsoDate(iso)) throw new LineError(`"${raw}" is not a date like ${CSV_DATE_FORMATS[format]}`);
  return iso;
}

const DEBIT_MARKS = new Set(['s', 'soll', 'd', 'db', 'dr', 'debit', 'dbit', '-']);
const CREDIT_MARKS = new Set(['h', 'haben', 'c', 'cr', 'credit', 'crdt', '+']);

/** A debit/credit indicator column as some banks write it beside an unsigned amount: S/H (Soll/Haben), D/C, DBIT/CRDT. */
export function parseDebitCredit(text: string | undefined): 'DEBIT' | 'CREDIT' {
  const mark = (text ?? '').trim().toLowerCase();
  if (DEBIT_MARKS.has(mark)) return 'DEBIT';
  if (CREDIT_MARKS.has(mark)) return 'CREDIT';
  throw new LineError(mark ? `"${(text ?? '').trim()}" is neither debit (S, Soll, D) nor credit (H, Haben, C)` : 'is empty');
}
