import { mappingProblems, parseFormattedDate, parseSeparatedAmount, type CsvMapping } from './csv-mapping.js';
import { LineError } from './statement-line.js';

const amount = (text: string, decimal: 'COMMA' | 'POINT', digits = 2) => {
  const { negative, minorUnits } = parseSeparatedAmount(text, decimal, digits);
  return (negative ? -1n : 1n) * minorUnits;
};

describe('parseSeparatedAmount', () => {
  it.each<[string, 'COMMA' | 'POINT', bigint]>([
    ['1.234,56', 'COMMA', 123_456n],
    ['-1.234,56', 'COMMA', -123_456n],
    ['1234,5', 'COMMA', 123_450n],
    ['0,01', 'COMMA', 1n],
    [',50', 'COMMA', 50n],
    ['12', 'COMMA', 1_200n],
    ['1.000.000,00', 'COMMA', 100_000_000n],
    ['1 234,56', 'COMMA', 123_456n],
    ['1\u00a0234,56', 'COMMA', 123_456n],
    ['89,90-', 'COMMA', -8_990n],
    ['+3,00', 'COMMA', 300n],
    ['\u221212,00', 'COMMA', -1_200n],
    ['12,500', 'COMMA', 1_250n],
    ['1,234.56', 'POINT', 123_456n],
    ['-0.10', 'POINT', -10n],
    ['1234', 'POINT', 123_400n],
    ['9.999.999.999,99', 'COMMA', 999_999_999_999n],
  ])('%s (%s) is %s minor units', (text, decimal, minor) => {
    expect(amount(text, decimal)).toBe(minor);
  });

  it('reads no float: 0,1 + 0,2 adds up exactly', () => {
    expect(amount('0,1', 'COMMA') + amount('0,2', 'COMMA')).toBe(amount('0,3', 'COMMA'));
  });

  it('respects the currency minor unit (JPY 0, KWD 3)', () => {
    expect(amount('1.234', 'COMMA', 0)).toBe(1_234n);
    expect(amount('1,234', 'COMMA', 3)).toBe(1_234n);
  });

  it.each<[string, 'COMMA' | 'POINT', RegExp]>([
    ['', 'COMMA', /is empty/],
    ['12.3,4', 'COMMA', /not an amount like 1\.234,56/],
    ['1,234.56', 'COMMA', /not an amount/],
    ['12,345', 'COMMA', /more than 2 decimals/],
    ['1.23', 'COMMA', /not an amount/],
    ['12,', 'COMMA', /not an amount/],
    ['abc', 'COMMA', /not an amount/],
    ['1,2,3', 'POINT', /not an amount like 1,234\.56/],
    ['--1', 'COMMA', /not an amount/],
  ])('refuses %j (%s)', (text, decimal, message) => {
    expect(() => parseSeparatedAmount(text, decimal, 2)).toThrow(LineError);
    expect(() => parseSeparatedAmount(text, decimal, 2)).toThrow(message);
  });
});

describe('parseFormattedDate', () => {
  it.each<[string, Parameters<typeof parseFormattedDate>[1], string]>([
    ['31.12.2026', 'DMY_DOTS', '2026-12-31'],
    ['1.2.2026', 'DMY_DOTS', '2026-02-01'],
    ['31.12.26', 'DMY_DOTS_SHORT', '2026-12-31'],
    ['2026-12-31', 'ISO', '2026-12-31'],
    ['31/12/2026', 'DMY_SLASHES', '2026-12-31'],
    ['12/31/2026', 'MDY_SLASHES', '2026-12-31'],
  ])('%s as %s is %s', (text, format, iso) => {
    expect(parseFormattedDate(text, format)).toBe(iso);
  });

  it.each<[string, Parameters<typeof parseFormattedDate>[1]]>([
    ['31.11.2026', 'DMY_DOTS'],
    ['29.02.2026', 'DMY_DOTS'],
    ['2026-12-31', 'DMY_DOTS'],
    ['12/31/2026', 'DMY_SLASHES'],
    ['', 'ISO'],
  ])('refuses %j as %s', (text, format) => {
    expect(() => parseFormattedDate(text, format)).toThrow(LineError);
  });
});

describe('mappingProblems', () => {
  const good: CsvMapping = {
    name: 'Sparkasse Giro', accountIban: null, delimiter: 'SEMICOLON', decimalSeparator: 'COMMA', dateFormat: 'DMY_DOTS',
    headerLine: 1, defaultCurrency: 'EUR',
    columns: {
      bookingDate: 'Buchungstag', valueDate: null, amount: 'Betrag', debitCredit: null, currency: null, counterpartyName: null,
      counterpartyIban: null, reference: 'Verwendungszweck', transactionId: null,
    },
  };

  it('accepts a complete mapping', () => {
    expect(mappingProblems(good)).toEqual([]);
  });

  it('names each missing or conflicting field', () => {
    const bad: CsvMapping = {
      ...good, name: ' ', headerLine: 0, defaultCurrency: null,
      columns: { ...good.columns, amount: ' ', counterpartyName: 'buchungstag' },
    };
    expect(mappingProblems(bad).map((p) => p.field)).toEqual(['name', 'headerLine', 'columns.amount', 'columns', 'defaultCurrency']);
  });

  it('refuses a default currency that is no ISO code', () => {
    expect(mappingProblems({ ...good, defaultCurrency: 'Euro' })).toMatchObject([{ field: 'defaultCurrency', message: expect.stringMatching(/three-letter/) }]);
  });
});
