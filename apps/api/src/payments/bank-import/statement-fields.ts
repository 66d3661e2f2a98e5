import { currencyMinorDigits, fill, isIsoDate, MAX_AMOUNT_CENTS, type IsoDate, type TextValue } from '@mahnwerk/domain';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import { LineError } from './statement-line.js';

/**
 * Field readers shared by the camt.053 and CSV parsers. Each returns a clean value or throws a
 * LineError whose message says what is wrong with the field; amounts are read digit by digit into
 * exact minor units, never through a float.
 */

export const MAX_TRANSACTION_ID_LENGTH = 200;

export interface SignedAmount {
  negative: boolean;
  /** Minor units (cents), >= 0. */
  minorUnits: number;
}

const PLAIN_AMOUNT = /^(\d+)(?:([.,])(\d+))?$/;
const GROUPED_AMOUNT = /^(\d{1,3}(?:([.,' ])\d{3})+)(?:([.,])(\d+))?$/;

/** An ISO 4217 code such as EUR; upper-cased. */
export function parseCurrency(text: string | undefined): string {
  const code = (text ?? '').trim().toUpperCase();
  if (!code) throw new LineError(T.currencyMissing);
  if (!/^[A-Z]{3}$/.test(code)) throw new LineError(fill(T.currencyNotIso, { code }));
  return code;
}

/**
 * A decimal amount as banks export it: "250.00", "250,00", "-1.234,56", "1,234.56", "+12".
 * The last "." or "," is the decimal separator; others group thousands in threes. A single
 * separator before exactly three digits ("1.234") could mean either and is refused.
 */
export function parseDecimalAmount(text: string | undefined, currency: string): SignedAmount {
  const raw = (text ?? '').trim();
  if (!raw) throw new LineError(T.amountEmpty);
  let body = raw.replace(/^\u2212/, '-');
  let negative = false;
  if (body[0] === '-' || body[0] === '+') {
    negative = body[0] === '-';
    body = body.slice(1).trim();
  }
  const digits = currencyMinorDigits(currency);
  let integer: string;
  let fraction: string;
  const plain = PLAIN_AMOUNT.exec(body);
  if (plain) {
    integer = plain[1];
    fraction = plain[3] ?? '';
    if (plain[2] && fraction.length === 3 && digits < 3 && integer.length <= 3) {
      throw new LineError(fill(T.amountAmbiguous, { raw, whole: `${integer}${fraction}`, digits }));
    }
  } else {
    const grouped = GROUPED_AMOUNT.exec(body);
    if (!grouped || (grouped[3] !== undefined && grouped[3] === grouped[2])) {
      throw new LineError(fill(T.amountNotDecimal, { raw }));
    }
    integer = grouped[1].split(grouped[2]).join('');
    fraction = grouped[4] ?? '';
  }
  return { negative, minorUnits: toMinorUnits(raw, integer, fraction, digits) };
}

/** A camt.053 amount (xs:decimal, "." as separator, no sign: the direction is CdtDbtInd). */
export function parseIsoAmount(text: string | undefined, currency: string): number {
  const raw = (text ?? '').trim();
  if (!raw) throw new LineError(T.amountMissing);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(raw);
  if (!m) throw new LineError(fill(T.amountNotIsoDecimal, { raw }));
  const digits = currencyMinorDigits(currency);
  // Trailing zeros beyond the currency's minor unit are allowed ("250.000" EUR is 250.00).
  const fraction = (m[2] ?? '').replace(/0+$/, '');
  return toMinorUnits(raw, m[1], fraction, digits);
}

function toMinorUnits(raw: string, integer: string, fraction: string, digits: number): number {
  if (fraction.length > digits) {
    throw new LineError(fill(digits === 1 ? T.amountDecimalsOne : T.amountDecimalsOther, { raw, digits }));
  }
  const minor = BigInt(integer) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0');
  if (minor > BigInt(MAX_AMOUNT_CENTS)) {
    throw new LineError(fill(T.amountTooLarge, { raw, max: MAX_AMOUNT_CENTS }));
  }
  return Number(minor);
}

/** A calendar date: ISO "2026-11-20" (a camt DtTm's date part counts) or German "20.11.2026". */
export function parseStatementDate(text: string | undefined, field: TextValue): IsoDate {
  const raw = (text ?? '').trim();
  if (!raw) throw new LineError(fill(T.fieldMissing, { field }));
  const german = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(raw);
  const iso = german ? `${german[3]}-${german[2]}-${german[1]}` : /^\d{4}-\d{2}-\d{2}(?=$|T)/.exec(raw)?.[0];
  if (!iso || !isIsoDate(iso)) throw new LineError(fill(T.fieldNotADate, { field, raw }));
  return iso;
}

/** Optional date: empty is null. */
export function parseOptionalDate(text: string | undefined, field: TextValue): IsoDate | null {
  return (text ?? '').trim() ? parseStatementDate(text, field) : null;
}

/** An IBAN without spaces, upper-cased, with a valid ISO 13616 check sum; empty is null. */
export function parseIban(text: string | undefined, field: TextValue): string | null {
  const iban = (text ?? '').replace(/\s+/g, '').toUpperCase();
  if (!iban) return null;
  if (!isValidIban(iban)) throw new LineError(fill(T.fieldNotAnIban, { field, raw: (text ?? '').trim() }));
  return iban;
}

export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** The bank's transaction id, trimmed; it must be there, since it is the idempotency key. */
export function parseTransactionId(text: string | undefined, what: TextValue): string {
  const id = (text ?? '').trim();
  if (!id) throw new LineError(fill(T.idMissing, { what }));
  if (id.length > MAX_TRANSACTION_ID_LENGTH) {
    throw new LineError(fill(T.idTooLong, { what, max: MAX_TRANSACTION_ID_LENGTH }));
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(id)) throw new LineError(fill(T.idControlCharacters, { what }));
  return id;
}

/** Free text with runs of whitespace collapsed; null when empty. */
export function cleanText(text: string | undefined | null): string | null {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  return clean ? clean : null;
}
