import { fill, isIsoDate, type IsoDate, type LocalizedText } from '@mahnwerk/domain';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
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

/** What each role is called, in every language. */
export const COLUMN_LABEL_TEXTS: Record<MappedColumn, LocalizedText> = T.labels;

export const COLUMN_LABELS = Object.fromEntries(MAPPED_COLUMNS.map((c) => [c, T.labels[c].en])) as Record<MappedColumn, string>;

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
  /** English. */
  message: string;
  texts: LocalizedText;
}

const problem = (field: string, texts: LocalizedText): MappingProblem => ({ field, message: texts.en, texts });

/** Everything wrong with a mapping, field by field (empty when it can be used). */
export function mappingProblems(mapping: CsvMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const name = mapping.name.trim();
  if (!name) problems.push(problem('name', T.mappingName));
  if (name.length > MAX_MAPPING_NAME_LENGTH) {
    problems.push(problem('name', fill(T.mappingNameTooLong, { max: MAX_MAPPING_NAME_LENGTH })));
  }
  if (!Number.isInteger(mapping.headerLine) || mapping.headerLine < 1 || mapping.headerLine > MAX_HEADER_LINE) {
    problems.push(problem('headerLine', fill(T.mappingHeaderLine, { max: MAX_HEADER_LINE })));
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!mapping.columns[column]?.trim()) {
      problems.push(problem(`columns.${column}`, fill(T.mappingChooseColumn, { label: COLUMN_LABEL_TEXTS[column] })));
    }
  }
  for (const column of MAPPED_COLUMNS) {
    if ((mapping.columns[column] ?? '').length > MAX_COLUMN_NAME_LENGTH) {
      problems.push(problem(`columns.${column}`, fill(T.mappingColumnTooLong, { max: MAX_COLUMN_NAME_LENGTH })));
    }
  }
  const used = MAPPED_COLUMNS.map((c) => columnKey(mapping.columns[c])).filter((c) => c !== '');
  const twice = [...new Set(used.filter((c, i) => used.indexOf(c) !== i))];
  if (twice.length) {
    problems.push(problem('columns', fill(T.mappingColumnTwice, { columns: twice.map((c) => `"${c}"`).join(', ') })));
  }
  if (!mapping.columns.currency?.trim()) {
    if (!mapping.defaultCurrency?.trim()) {
      problems.push(problem('defaultCurrency', T.mappingCurrency));
    } else {
      try {
        parseCurrency(mapping.defaultCurrency);
      } catch (error) {
        if (!(error instanceof LineError)) throw error;
        problems.push(problem('defaultCurrency', fill(T.mappingDefaultCurrency, { problem: error.texts })));
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
  if (!raw) throw new LineError(T.isEmpty);
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
    throw new LineError(fill(T.notAnAmountLike, { raw, example }));
  }
  let integer: string;
  if (/^\d*$/.test(integerPart)) {
    integer = integerPart;
  } else {
    const groupChars = decimal === 'COMMA' ? "[. ']" : "[, ']";
    if (!new RegExp(`^\\d{1,3}(${groupChars})\\d{3}(?:\\1\\d{3})*$`).test(integerPart)) {
      throw new LineError(fill(T.notAnAmountLike, { raw, example }));
    }
    integer = integerPart.replace(/\D/g, '');
  }
  if (integer === '' && fraction === '') throw new LineError(fill(T.notAnAmountLike, { raw, example }));
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > minorDigits) {
    throw new LineError(fill(minorDigits === 1 ? T.decimalsOne : T.decimalsOther, { raw, digits: minorDigits }));
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
  if (!raw) throw new LineError(T.isEmpty);
  const { pattern, order } = DATE_PATTERNS[format];
  const m = pattern.exec(raw);
  const parts: Record<'y' | 'm' | 'd', string> = { y: '', m: '', d: '' };
  if (m) order.forEach((part, i) => (parts[part] = m[i + 1]));
  const year = parts.y.length === 2 ? `20${parts.y}` : parts.y;
  const iso = `${year}-${parts.m.padStart(2, '0')}-${parts.d.padStart(2, '0')}`;
  if (!m || !isIsoDate(iso)) throw new LineError(fill(T.notADateLike, { raw, example: CSV_DATE_FORMATS[format] }));
  return iso;
}

const DEBIT_MARKS = new Set(['s', 'soll', 'd', 'db', 'dr', 'debit', 'dbit', '-']);
const CREDIT_MARKS = new Set(['h', 'haben', 'c', 'cr', 'credit', 'crdt', '+']);

/** A debit/credit indicator column as some banks write it beside an unsigned amount: S/H (Soll/Haben), D/C, DBIT/CRDT. */
export function parseDebitCredit(text: string | undefined): 'DEBIT' | 'CREDIT' {
  const mark = (text ?? '').trim().toLowerCase();
  if (DEBIT_MARKS.has(mark)) return 'DEBIT';
  if (CREDIT_MARKS.has(mark)) return 'CREDIT';
  throw new LineError(mark ? fill(T.notDebitCredit, { raw: (text ?? '').trim() }) : T.isEmpty);
}
