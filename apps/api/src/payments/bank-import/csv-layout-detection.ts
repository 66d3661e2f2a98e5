import { parse } from 'csv-parse/sync';
import {
  columnKey, CSV_DELIMITERS, MAPPED_COLUMNS, MAX_HEADER_LINE, parseFormattedDate, type CsvDateFormat, type CsvDelimiter,
  type CsvMapping, type DecimalSeparator, type MappedColumn,
} from './csv-mapping.js';
import { isValidIban } from './statement-fields.js';
import { LineError } from './statement-line.js';

/**
 * A first guess at a bank export's layout, for the mapping editor to start from: the delimiter
 * (the one that splits the most lines into the same number of fields), the header (the first line
 * naming known columns, German or English), the columns by their usual names, the decimal separator
 * and date layout from the first data rows, and the account's IBAN from the preamble. The person
 * checks it in the preview before saving; nothing is imported on a guess.
 */
export interface DetectedLayout {
  delimiter: CsvDelimiter;
  headerLine: number;
  /** The header's column names as written. */
  columns: string[];
  mapping: CsvMapping;
}

/** Header names banks use, compared as columnKey() does; the first match wins. */
const KNOWN_NAMES: Record<MappedColumn, string[]> = {
  bookingDate: ['buchungstag', 'buchungsdatum', 'buchung', 'booking date', 'booking_date', 'bookingdate', 'datum', 'date'],
  valueDate: ['valutadatum', 'valuta', 'wertstellung', 'wertstellungsdatum', 'value date', 'value_date', 'valuedate'],
  amount: ['betrag', 'betrag (eur)', 'betrag (€)', 'betrag in eur', 'umsatz', 'umsatz in eur', 'amount', 'betrag eur'],
  debitCredit: ['soll/haben', 's/h', 'soll-haben', 'soll / haben', 'debit/credit', 'cdtdbtind'],
  currency: ['währung', 'waehrung', 'wahrung', 'whrg', 'currency'],
  counterpartyName: [
    'auftraggeber/empfänger', 'auftraggeber / empfänger', 'begünstigter/zahlungspflichtiger', 'beguenstigter/zahlungspflichtiger',
    'zahlungspflichtige*r', 'name zahlungsbeteiligter', 'auftraggeber / begünstigter', 'auftraggeber/begünstigter',
    'zahlungspflichtiger', 'empfänger', 'auftraggeber', 'name', 'debtor_name', 'counterparty', 'counterparty name', 'payer',
  ],
  counterpartyIban: ['iban', 'kontonummer/iban', 'iban zahlungsbeteiligter', 'iban auftraggeber', 'debtor_iban', 'counterparty iban', 'kontonummer'],
  reference: ['verwendungszweck', 'reference', 'purpose', 'remittance information', 'buchungstext'],
  transactionId: ['transaction_id', 'transaction id', 'transaktions-id', 'transaktionsid', 'bankreferenz'],
};

type Record_ = { record: string[]; info: { lines: number } };

export function detectCsvLayout(content: string): DetectedLayout {
  const text = content.replace(/^\uFEFF/, '');
  const candidates = (Object.keys(CSV_DELIMITERS) as CsvDelimiter[]).map((delimiter) => {
    const records = readHead(text, CSV_DELIMITERS[delimiter]);
    const header = records.find((r) => r.info.lines <= MAX_HEADER_LINE && knownCount(r.record) >= 2);
    const widths = records.map((r) => r.record.length).filter((w) => w > 1);
    const modal = mode(widths);
    return { delimiter, records, header, score: (header ? 1000 : 0) + widths.filter((w) => w === modal).length * modal };
  });
  const best = candidates.sort((a, b) => b.score - a.score)[0]!;
  const header = best.header ?? best.records.find((r) => r.record.length > 1) ?? best.records[0];
  const names = header?.record.map((n) => n.trim()) ?? [];
  const columns = Object.fromEntries(MAPPED_COLUMNS.map((c) => [c, null])) as Record<MappedColumn, string | null>;
  const taken = new Set<number>();
  for (const role of MAPPED_COLUMNS) {
    for (const known of KNOWN_NAMES[role]) {
      const i = names.findIndex((n, k) => !taken.has(k) && columnKey(n) === known);
      if (i >= 0) {
        columns[role] = names[i]!;
        taken.add(i);
        break;
      }
    }
  }
  const data = best.records.filter((r) => header && r.info.lines > header.info.lines).slice(0, 50);
  const valuesOf = (role: MappedColumn) => {
    const i = names.indexOf(columns[role] ?? '\u0000');
    return i < 0 ? [] : data.map((r) => (r.record[i] ?? '').trim()).filter(Boolean);
  };
  const preamble = best.records.filter((r) => header && r.info.lines < header.info.lines).flatMap((r) => r.record);
  const accountIban = preamble.map((v) => v.replace(/\s+/g, '').toUpperCase()).find((v) => isValidIban(v)) ?? null;
  return {
    delimiter: best.delimiter,
    headerLine: header?.info.lines ?? 1,
    columns: names,
    mapping: {
      name: accountIban ?? '',
      accountIban,
      delimiter: best.delimiter,
      decimalSeparator: decimalOf(valuesOf('amount'), best.delimiter),
      dateFormat: dateFormatOf([...valuesOf('bookingDate'), ...valuesOf('valueDate')]),
      headerLine: header?.info.lines ?? 1,
      defaultCurrency: columns.currency ? null : 'EUR',
      columns,
    },
  };
}

function readHead(text: string, delimiter: string): Record_[] {
  try {
    return parse(text, {
      delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, info: true, to_line: 200,
    }) as unknown as Record_[];
  } catch {
    return [];
  }
}

function knownCount(record: string[]): number {
  const all = new Set(Object.values(KNOWN_NAMES).flat());
  return record.filter((v) => all.has(columnKey(v))).length;
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
}

function decimalOf(amounts: string[], delimiter: CsvDelimiter): DecimalSeparator {
  const comma = amounts.filter((a) => /\d,\d{1,2}-?$/.test(a)).length;
  const point = amounts.filter((a) => /\d\.\d{1,2}-?$/.test(a)).length;
  if (comma !== point) return comma > point ? 'COMMA' : 'POINT';
  return delimiter === 'SEMICOLON' ? 'COMMA' : 'POINT';
}

function dateFormatOf(dates: string[]): CsvDateFormat {
  const order: CsvDateFormat[] = ['DMY_DOTS', 'DMY_DOTS_SHORT', 'ISO', 'DMY_SLASHES', 'MDY_SLASHES'];
  const fits = (format: CsvDateFormat) => dates.every((d) => {
    try {
      parseFormattedDate(d, format);
      return true;
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      return false;
    }
  });
  return (dates.length ? order.find(fits) : undefined) ?? 'DMY_DOTS';
}
