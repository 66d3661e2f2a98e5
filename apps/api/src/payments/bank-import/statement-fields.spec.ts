import {
  cleanText, isValidIban, parseCurrency, parseDecimalAmount, parseIban, parseIsoAmount, parseStatementDate,
  parseTransactionId,
} from './statement-fields.js';
import { LineError } from './statement-line.js';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof LineError) return error.message;
    throw error;
  }
  throw new Error('expected a LineError');
};

describe('parseDecimalAmount: exact minor units from bank decimal text', () => {
  it.each<[string, boolean, number]>([
    ['250.00', false, 25_000],
    ['250,00', false, 25_000],
    ['250', false, 25_000],
    ['250,5', false, 25_050],
    ['0.01', false, 1],
    ['-250,00', true, 25_000],
    ['+12.34', false, 1_234],
    ['\u221212.34', true, 1_234],
    ['1.234,56', false, 123_456],
    ['1,234.56', false, 123_456],
    ['1 234,56', false, 123_456],
    ['1.234.567', false, 123_456_700],
    ['  99.99  ', false, 9_999],
    // Floats would get these wrong: 0.1 + 0.2, 1.005 * 100, 4.35 * 100 = 434.99999999999994.
    ['4.35', false, 435],
    ['1.10', false, 110],
    ['10000000000.00', false, 1_000_000_000_000],
  ])('%s → negative %s, %d cents', (text, negative, minorUnits) => {
    expect(parseDecimalAmount(text, 'EUR')).toEqual({ negative, minorUnits });
  });

  it.each<[string, RegExp]>([
    ['', /amount is empty/],
    ['abc', /not a decimal number/],
    ['12,34,56', /not a decimal number/],
    ['1.234.56', /not a decimal number/],
    ['1,234,56', /not a decimal number/],
    ['250.', /not a decimal number/],
    ['1.234', /ambiguous/],
    ['250,000', /ambiguous/],
    ['1234.567', /more than 2 decimals/],
    ['10000000000.01', /exceeds the largest single payment/],
    ['1e3', /not a decimal number/],
  ])('%j is refused: %s', (text, message) => {
    expect(refusal(() => parseDecimalAmount(text, 'EUR'))).toMatch(message);
  });

  it('reads the minor unit of the currency: JPY has none', () => {
    expect(parseDecimalAmount('1500', 'JPY')).toEqual({ negative: false, minorUnits: 1500 });
    expect(refusal(() => parseDecimalAmount('1500.5', 'JPY'))).toMatch(/more than 0 decimals/);
  });
});

describe('parseIsoAmount: camt.053 xs:decimal', () => {
  it.each<[string, number]>([
    ['250.00', 25_000], ['250', 25_000], ['0250.10', 25_010], ['250.000', 25_000], ['0.5', 50],
  ])('%s → %d', (text, cents) => {
    expect(parseIsoAmount(text, 'EUR')).toBe(cents);
  });

  it.each([['250,00'], ['-5.00'], ['1.005'], [''], ['1.234.00']])('%j is refused', (text) => {
    expect(() => parseIsoAmount(text, 'EUR')).toThrow(LineError);
  });
});

describe('dates, currencies, IBANs, ids, text', () => {
  it.each<[string, string]>([
    ['2026-11-20', '2026-11-20'],
    ['20.11.2026', '2026-11-20'],
    ['2026-11-20T09:30:00+01:00', '2026-11-20'],
    [' 2024-02-29 ', '2024-02-29'],
  ])('date %s → %s', (text, iso) => {
    expect(parseStatementDate(text, 'booking_date')).toBe(iso);
  });

  it.each([['2023-02-29'], ['2026-13-01'], ['20/11/2026'], ['yesterday'], ['']])('date %j is refused, naming the field', (text) => {
    expect(refusal(() => parseStatementDate(text, 'booking_date'))).toMatch(/booking_date/);
  });

  it('currencies are three letters, upper-cased', () => {
    expect(parseCurrency(' eur ')).toBe('EUR');
    expect(refusal(() => parseCurrency('EURO'))).toMatch(/three-letter/);
    expect(refusal(() => parseCurrency(''))).toMatch(/missing/);
  });

  it('IBANs are checked by ISO 13616 mod 97 and stored without spaces', () => {
    expect(parseIban('de89 3704 0044 0532 0130 00', 'debtor_iban')).toBe('DE89370400440532013000');
    expect(isValidIban('DK5000400440116243')).toBe(true);
    expect(isValidIban('DE89370400440532013001')).toBe(false);
    expect(parseIban('', 'debtor_iban')).toBeNull();
    expect(refusal(() => parseIban('DE00 1234', 'debtor_iban'))).toMatch(/debtor_iban "DE00 1234" is not a valid IBAN/);
  });

  it('transaction ids must be present, short and printable', () => {
    expect(parseTransactionId('  TX-1 ', 'transaction_id')).toBe('TX-1');
    expect(refusal(() => parseTransactionId('', 'transaction_id'))).toMatch(/transaction_id is missing/);
    expect(refusal(() => parseTransactionId('x'.repeat(201), 'transaction_id'))).toMatch(/longer than 200/);
    expect(refusal(() => parseTransactionId('a\u0007b', 'transaction_id'))).toMatch(/control characters/);
  });

  it('cleanText collapses whitespace and turns empty into null', () => {
    expect(cleanText('  INV-1 \n  D-2 ')).toBe('INV-1 D-2');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText(undefined)).toBeNull();
  });
});
