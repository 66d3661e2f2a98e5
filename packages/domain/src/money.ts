/**
 * Money is an integer number of minor units ("cents") plus an ISO 4217 currency code.
 * Amounts are plain JS numbers that must stay safe integers; arithmetic that divides
 * (interest, shares) is done in bigint and rounded once with {@link roundHalfUpDiv}.
 */
export type Cents = number;
export type CurrencyCode = string;

/** Largest single amount the system accepts: 10^12 cents (10 billion in major units). */
export const MAX_AMOUNT_CENTS = 1_000_000_000_000;

/** A positive amount of whole cents no larger than {@link MAX_AMOUNT_CENTS}. */
export function isValidAmountCents(n: unknown): boolean {
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 && n <= MAX_AMOUNT_CENTS;
}

/**
 * numerator / denominator rounded to the nearest integer, ties away from zero
 * (kaufmännisches Runden: 2.5 -> 3, -2.5 -> -3).
 */
export function roundHalfUpDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('roundHalfUpDiv: division by zero');
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const negative = numerator < 0n;
  const abs = negative ? -numerator : numerator;
  const quotient = (2n * abs + denominator) / (2n * denominator);
  return negative ? -quotient : quotient;
}

const minorDigitsCache = new Map<string, number>();

/** Number of minor-unit digits of a currency (EUR, DKK: 2; JPY: 0), from ISO 4217 data in Intl. */
export function currencyMinorDigits(currency: CurrencyCode): number {
  const code = currency.toUpperCase();
  let digits = minorDigitsCache.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
      .maximumFractionDigits ?? 2;
    minorDigitsCache.set(code, digits);
  }
  return digits;
}

/** Exact decimal string for an amount in minor units, e.g. (-123456, 2) -> "-1234.56". */
export function centsToDecimalString(cents: Cents, minorDigits = 2): `${number}` {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Not a whole number of cents: ${cents}`);
  const negative = cents < 0;
  const digits = Math.abs(cents).toString().padStart(minorDigits + 1, '0');
  const whole = digits.slice(0, digits.length - minorDigits);
  const fraction = digits.slice(digits.length - minorDigits);
  const text = minorDigits === 0 ? whole : `${whole}.${fraction}`;
  return (negative ? `-${text}` : text) as `${number}`;
}

/**
 * Locale-formatted currency amount, e.g. formatCents(123456, 'EUR') -> "1.234,56 €".
 * The number handed to Intl is an exact decimal string, never a float quotient.
 */
export function formatCents(cents: Cents, currency: CurrencyCode, locale = 'de-DE'): string {
  const digits = currencyMinorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: currency.toUpperCase(),
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(centsToDecimalString(cents, digits));
}

/**
 * Plain English amount with the currency code, for explanations and activity sentences:
 * formatAmount(100000, 'EUR') -> "1,000.00 EUR".
 */
export function formatAmount(cents: Cents, currency: CurrencyCode): string {
  const digits = currencyMinorDigits(currency);
  const number = amountFormat(digits).format(centsToDecimalString(cents, digits) as `${number}`);
  return `${number} ${currency.toUpperCase()}`;
}

/** One formatter per number of minor digits: building an Intl.NumberFormat costs far more than using one. */
const AMOUNT_FORMATS = new Map<number, Intl.NumberFormat>();
function amountFormat(digits: number): Intl.NumberFormat {
  let format = AMOUNT_FORMATS.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    AMOUNT_FORMATS.set(digits, format);
  }
  return format;
}

/** Sum of whole-cent amounts; throws if the result leaves the safe-integer range. */
export function sumCents(values: readonly Cents[]): Cents {
  let total = 0n;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`Not a whole number of cents: ${v}`);
    total += BigInt(v);
  }
  return bigintToSafeNumber(total);
}

/** Converts a bigint amount back to a number, refusing anything outside the safe-integer range. */
export function bigintToSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`Amount ${value} exceeds the safe-integer range`);
  }
  return Number(value);
}
