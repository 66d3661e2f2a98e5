import {
  bigintToSafeNumber,
  centsToDecimalString,
  currencyMinorDigits,
  formatAmount,
  formatCents,
  isValidAmountCents,
  MAX_AMOUNT_CENTS,
  roundHalfUpDiv,
  sumCents,
} from './money.js';

const NBSP = '\u00a0';

describe('isValidAmountCents (money is integer minor units, DESIGN.md 7)', () => {
  it.each<[unknown, boolean]>([
    [1, true],
    [100_000, true],
    [MAX_AMOUNT_CENTS, true],
    [MAX_AMOUNT_CENTS + 1, false],
    [0, false],
    [-1, false],
    [1.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['100', false],
    [null, false],
    [undefined, false],
    [10n, false],
  ])('%p -> %p', (value, expected) => {
    expect(isValidAmountCents(value)).toBe(expected);
  });
});

describe('roundHalfUpDiv (round half away from zero, "kaufmännisch")', () => {
  it.each<[bigint, bigint, bigint]>([
    [10n, 5n, 2n],
    [5n, 2n, 3n], // 2.5 -> 3
    [-5n, 2n, -3n], // -2.5 -> -3
    [7n, 3n, 2n], // 2.33 -> 2
    [8n, 3n, 3n], // 2.67 -> 3
    [-7n, 3n, -2n],
    [5n, -2n, -3n],
    [1n, 2n, 1n],
    [1n, 3n, 0n],
    [0n, 7n, 0n],
    [1_824_999n, 3_650_000n, 0n], // just under half a cent
    [1_825_000n, 3_650_000n, 1n], // exactly half a cent
  ])('%p / %p = %p', (n, d, expected) => {
    expect(roundHalfUpDiv(n, d)).toBe(expected);
  });

  it('refuses division by zero', () => {
    expect(() => roundHalfUpDiv(1n, 0n)).toThrow(RangeError);
  });
});

describe('centsToDecimalString (exact, no float division)', () => {
  it.each<[number, number, string]>([
    [123_456, 2, '1234.56'],
    [5, 2, '0.05'],
    [-5, 2, '-0.05'],
    [0, 2, '0.00'],
    [1234, 0, '1234'],
    [Number.MAX_SAFE_INTEGER, 2, '90071992547409.91'],
  ])('%p cents, %p digits -> %p', (cents, digits, expected) => {
    expect(centsToDecimalString(cents, digits)).toBe(expected);
  });

  it('rejects fractional cents', () => {
    expect(() => centsToDecimalString(1.5)).toThrow(RangeError);
  });
});

describe('currencyMinorDigits (ISO 4217 via Intl)', () => {
  it.each([
    ['EUR', 2],
    ['DKK', 2],
    ['JPY', 0],
    ['eur', 2],
  ])('%s has %p minor digits', (currency, digits) => {
    expect(currencyMinorDigits(currency)).toBe(digits);
  });
});

describe('formatCents (Intl.NumberFormat)', () => {
  it.each<[number, string, string | undefined, string]>([
    [123_456, 'EUR', undefined, `1.234,56${NBSP}€`],
    [-5, 'EUR', undefined, `-0,05${NBSP}€`],
    [100_000, 'DKK', 'da-DK', `1.000,00${NBSP}kr.`],
    [1234, 'JPY', 'de-DE', `1.234${NBSP}¥`],
    [123_456, 'USD', 'en-US', '$1,234.56'],
    // 10^15 - 1 cents: beyond float precision for "/ 100" display tricks, exact here
    [999_999_999_999_999, 'EUR', 'de-DE', `9.999.999.999.999,99${NBSP}€`],
  ])('%p %s (%s) -> %p', (cents, currency, locale, expected) => {
    expect(locale === undefined ? formatCents(cents, currency) : formatCents(cents, currency, locale)).toBe(expected);
  });
});

describe('formatAmount (explanations and activity sentences)', () => {
  it.each<[number, string, string]>([
    [100_000, 'EUR', '1,000.00 EUR'],
    [5, 'EUR', '0.05 EUR'],
    [-123_456, 'DKK', '-1,234.56 DKK'],
    [25_000, 'eur', '250.00 EUR'],
  ])('%p %s -> %p', (cents, currency, expected) => {
    expect(formatAmount(cents, currency)).toBe(expected);
  });
});

describe('sumCents / bigintToSafeNumber', () => {
  it('adds whole cents exactly', () => {
    expect(sumCents([1, 2, 3])).toBe(6);
    expect(sumCents([])).toBe(0);
  });

  it('rejects fractions and results outside the safe range', () => {
    expect(() => sumCents([1.5])).toThrow(RangeError);
    expect(() => sumCents([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
    expect(() => bigintToSafeNumber(BigInt(Number.MAX_SAFE_INTEGER) + 1n)).toThrow(RangeError);
    expect(bigintToSafeNumber(-42n)).toBe(-42);
  });
});
