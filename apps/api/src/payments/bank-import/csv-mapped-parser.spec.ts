import { readFileSync } from 'node:fs';
import { detectCsvLayout } from './csv-layout-detection.js';
import { readMappedCsv, toParsedStatement } from './csv-mapped-parser.js';
import type { CsvMapping } from './csv-mapping.js';
import { StatementFormatError } from './statement-line.js';

// A German bank export as banks send it: Windows-1252, a preamble, semicolons, quoted fields,
// decimal commas, dates like 20.11.2026, debits negative. Decoded as the Bank screen decodes it.
const EXPORT = new TextDecoder('windows-1252').decode(readFileSync(new URL('../../../test/fixtures/bank-export-de.csv', import.meta.url)));

const MAPPING: CsvMapping = {
  name: 'Girokonto', accountIban: 'DE89370400440532013000', delimiter: 'SEMICOLON', decimalSeparator: 'COMMA',
  dateFormat: 'DMY_DOTS', headerLine: 6, defaultCurrency: null,
  columns: {
    bookingDate: 'Buchungstag', valueDate: 'Valutadatum', amount: 'Betrag', debitCredit: null, currency: 'Währung',
    counterpartyName: 'Auftraggeber/Empfänger', counterpartyIban: 'IBAN', reference: 'Verwendungszweck', transactionId: null,
  },
};

describe('readMappedCsv: a German export through a mapping', () => {
  const csv = readMappedCsv(EXPORT, MAPPING);

  it('finds the header after the preamble and reads credits, debits and bad rows with every problem', () => {
    expect(csv.headerLine).toBe(6);
    expect(csv.columns).toEqual(['Buchungstag', 'Valutadatum', 'Auftraggeber/Empfänger', 'IBAN', 'Buchungstext', 'Verwendungszweck', 'Betrag', 'Währung']);
    expect(csv.rows.map((r) => [r.line, r.kind, r.amountCents])).toEqual([
      [7, 'CREDIT', 100_000], [8, 'DEBIT', -8_990], [9, 'CREDIT', 7_550], [10, 'CREDIT', 7_550], [11, 'REJECTED', 1_000], [12, 'REJECTED', null],
    ]);
    expect(csv.rows[0]).toMatchObject({
      bookingDate: '2026-11-20', valueDate: '2026-11-20', currency: 'EUR', counterpartyName: 'Jürgen Müller',
      counterpartyIban: 'DE02120300000000202051', reference: 'Rechnung INV-101 Überweisung', transactionIdDerived: true, errors: [],
    });
    expect(csv.rows[4]!.errors).toMatchObject([{ column: 'IBAN', message: 'counterparty IBAN "DE02 1203 0000 0000 2020 52" is not a valid IBAN' }]);
    expect(csv.rows[5]!.errors).toMatchObject([
      { column: 'Betrag', message: 'amount "12.3,4" is not an amount like 1.234,56' },
      { column: 'Buchungstag', message: 'booking date "31.11.2026" is not a date like 31.12.2026' },
    ]);
  });

  it('derives stable ids: identical rows differ by occurrence, a re-read gives the same ids', () => {
    const ids = csv.rows.map((r) => r.transactionId);
    expect(ids[0]).toMatch(/^csv-[0-9a-f]{64}$/);
    expect(ids[2]).not.toBe(ids[3]);
    expect(readMappedCsv(EXPORT, MAPPING).rows.map((r) => r.transactionId)).toEqual(ids);
    // The same rows in a later export with other lines around them keep their ids.
    const later = EXPORT.replace(/("20\.11\.2026";"20\.11\.2026";"Jürgen)/, '"19.11.2026";"19.11.2026";"X";"";"";"INV-7";"5,00";"EUR"\r\n$1');
    expect(readMappedCsv(later, MAPPING).rows.slice(1).map((r) => r.transactionId)).toEqual(ids);
    // Another account: other ids.
    expect(readMappedCsv(EXPORT, { ...MAPPING, accountIban: 'DE02120300000000202051' }).rows[0]!.transactionId).not.toBe(ids[0]);
  });

  it('uses a transaction id column when mapped', () => {
    const withIds = EXPORT.replace('"Währung"\r\n', '"Währung";"Referenz"\r\n').replace('"1.000,00";"EUR"', '"1.000,00";"EUR";"REF-1"');
    const rows = readMappedCsv(withIds, { ...MAPPING, columns: { ...MAPPING.columns, transactionId: 'Referenz' } }).rows;
    expect(rows[0]).toMatchObject({ transactionId: 'REF-1', transactionIdDerived: false });
    expect(rows[2]!.transactionIdDerived).toBe(true);
  });

  it('finds the header when this export has a longer preamble than the mapping says', () => {
    expect(readMappedCsv(`"Hinweis";"neu"\r\n${EXPORT}`, MAPPING).headerLine).toBe(7);
  });

  it('as a statement: credits to import, the debit counted, rejected rows with line, message and column', () => {
    const parsed = toParsedStatement(csv, MAPPING);
    expect(parsed).toMatchObject({ source: 'CSV', accountIban: 'DE89370400440532013000', skippedDebits: 1 });
    expect(parsed.credits.map((c) => [c.line, c.amountCents, c.debtorName])).toEqual([
      [7, 100_000, 'Jürgen Müller'], [9, 7_550, 'Bäckerei Weiß'], [10, 7_550, 'Bäckerei Weiß'],
    ]);
    expect(parsed.rejected).toMatchObject([
      { line: 11, column: 'IBAN', message: 'Line 11: IBAN: counterparty IBAN "DE02 1203 0000 0000 2020 52" is not a valid IBAN.' },
      { line: 12, column: 'Betrag', message: expect.stringMatching(/^Line 12: Betrag: amount "12.3,4" .*; Buchungstag: booking date "31.11.2026"/) },
    ]);
  });

  it('a default currency stands in for a missing currency column', () => {
    const rows = readMappedCsv(EXPORT, { ...MAPPING, defaultCurrency: 'EUR', columns: { ...MAPPING.columns, currency: null } }).rows;
    expect(rows[0]).toMatchObject({ currency: 'EUR', amountCents: 100_000 });
  });

  it('reads an unsigned amount with a Soll/Haben column (S = debit, H = credit)', () => {
    const sh = [
      'Buchungstag;Verwendungszweck;Umsatz;Soll/Haben',
      '20.11.2026;INV-1;1.000,00;H',
      '20.11.2026;Miete;500,00;S',
      '21.11.2026;INV-2;5,00;X',
      '21.11.2026;INV-3;-5,00;H',
    ].join('\n');
    const detected = detectCsvLayout(sh).mapping;
    expect(detected.columns).toMatchObject({ amount: 'Umsatz', debitCredit: 'Soll/Haben' });
    const rows = readMappedCsv(sh, { ...detected, name: 'Volksbank' }).rows;
    expect(rows.map((r) => [r.kind, r.amountCents])).toEqual([['CREDIT', 100_000], ['DEBIT', -50_000], ['REJECTED', 500], ['REJECTED', null]]);
    expect(rows[2]!.errors).toMatchObject([{ column: 'Soll/Haben', message: 'debit/credit indicator "X" is neither debit (S, Soll, D) nor credit (H, Haben, C)' }]);
    expect(rows[3]!.errors).toMatchObject([{ column: 'Umsatz', message: 'amount "-5,00" is negative, but the row is marked as a credit' }]);
  });

  it('refuses a file whose header does not name the mapped columns, saying which', () => {
    const wrong = { ...MAPPING, columns: { ...MAPPING.columns, amount: 'Umsatz' } };
    expect(() => readMappedCsv(EXPORT, wrong)).toThrow(StatementFormatError);
    expect(() => readMappedCsv(EXPORT, wrong)).toThrow(/Line 6 is not the header the mapping "Girokonto" expects: it lacks "Umsatz"/);
    expect(() => readMappedCsv(EXPORT, { ...MAPPING, delimiter: 'COMMA' })).toThrow(/lacks/);
  });
});

describe('detectCsvLayout', () => {
  it('recognises the German export: delimiter, header after the preamble, columns, decimals, dates, account IBAN', () => {
    const detected = detectCsvLayout(EXPORT);
    expect(detected.headerLine).toBe(6);
    expect(detected.mapping).toEqual({ ...MAPPING, name: 'DE89370400440532013000' });
  });

  it('recognises the standard columns and an English export with decimal points', () => {
    const detected = detectCsvLayout('booking_date,value_date,amount,currency,reference,debtor_name,debtor_iban,transaction_id\n2026-11-20,,1234.50,EUR,INV-1,,,T-1\n');
    expect(detected.mapping).toMatchObject({
      delimiter: 'COMMA', decimalSeparator: 'POINT', dateFormat: 'ISO', headerLine: 1, defaultCurrency: null,
      columns: { bookingDate: 'booking_date', amount: 'amount', reference: 'reference', transactionId: 'transaction_id', counterpartyIban: 'debtor_iban' },
    });
  });

  it('reads ING-style exports: Buchung, Valuta, two-digit years, no currency column', () => {
    const detected = detectCsvLayout('Buchung;Valuta;Auftraggeber/Empfänger;Verwendungszweck;Betrag\n20.11.26;20.11.26;A;INV-1;12,00\n');
    expect(detected.mapping).toMatchObject({
      delimiter: 'SEMICOLON', decimalSeparator: 'COMMA', dateFormat: 'DMY_DOTS_SHORT', defaultCurrency: 'EUR',
      columns: { bookingDate: 'Buchung', valueDate: 'Valuta', amount: 'Betrag', currency: null, reference: 'Verwendungszweck' },
    });
  });
});
