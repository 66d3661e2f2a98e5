import { RuleViolation } from '../rule-violation.js';

/**
 * The payload of an EPC QR code ("GiroCode") for a SEPA credit transfer, as EPC069-12 (version 2.1)
 * defines it: twelve lines separated by LF, in this order:
 *
 *   BCD / 002 / 1 (UTF-8) / SCT / BIC / beneficiary name / IBAN / EUR amount / purpose code /
 *   structured remittance reference / unstructured remittance text / information to the payer
 *
 * Version 002 makes the BIC optional inside the EEA. Only one of the structured reference (an ISO
 * 11649 creditor reference "RF..") and the unstructured text may be given. Trailing empty lines are
 * left out; the whole payload may not exceed 331 bytes.
 */
export interface EpcTransfer {
  /** BIC of the beneficiary's bank: 8 or 11 characters, or absent. */
  bic?: string | null;
  /** Beneficiary (account holder), at most 70 characters. */
  name: string;
  /** IBAN of the beneficiary, at most 34 characters (spaces are removed). */
  iban: string;
  /** Amount in euro cents: 0.01 to 999,999,999.99 EUR. */
  amountCents: number;
  /** ISO 20022 purpose code, four letters (e.g. "GDDS"), optional. */
  purpose?: string | null;
  /** Structured creditor reference (ISO 11649, "RF.."), at most 35 characters. */
  reference?: string | null;
  /** Unstructured remittance information, at most 140 characters. */
  text?: string | null;
  /** Information to the payer shown by the banking app, at most 70 characters, optional. */
  information?: string | null;
}

export const EPC_LIMITS = {
  name: 70,
  iban: 34,
  reference: 35,
  text: 140,
  information: 70,
  payloadBytes: 331,
  maxAmountCents: 99_999_999_999,
} as const;

/** "EUR" and the amount with a point and at most two decimals: 12345 -> "EUR123.45", 1000 -> "EUR10.00". */
export function formatEpcAmount(amountCents: number): string {
  if (!Number.isSafeInteger(amountCents) || amountCents < 1 || amountCents > EPC_LIMITS.maxAmountCents) {
    throw new RuleViolation('A GiroCode amount must be between EUR 0.01 and EUR 999,999,999.99', 'amountCents');
  }
  const euros = Math.floor(amountCents / 100);
  const cents = amountCents % 100;
  return `EUR${euros}.${String(cents).padStart(2, '0')}`;
}

const clean = (value: string | null | undefined): string => (value ?? '').replace(/[\r\n]+/g, ' ').trim();

function limited(value: string, max: number, field: string, what: string): string {
  if ([...value].length > max) throw new RuleViolation(`The GiroCode ${what} has at most ${max} characters: "${value}"`, field);
  return value;
}

/** The EPC069-12 payload of a SEPA credit transfer in euro (see EpcTransfer). */
export function buildEpcPayload(transfer: EpcTransfer): string {
  const name = limited(clean(transfer.name), EPC_LIMITS.name, 'name', 'beneficiary name');
  if (!name) throw new RuleViolation('A GiroCode needs the beneficiary name', 'name');
  const iban = clean(transfer.iban).replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(iban)) throw new RuleViolation(`"${transfer.iban}" is not an IBAN`, 'iban');
  limited(iban, EPC_LIMITS.iban, 'iban', 'IBAN');
  const bic = clean(transfer.bic).replace(/\s+/g, '').toUpperCase();
  if (bic && !/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic)) throw new RuleViolation(`"${transfer.bic}" is not a BIC`, 'bic');
  const purpose = clean(transfer.purpose).toUpperCase();
  if (purpose && !/^[A-Z]{4}$/.test(purpose)) throw new RuleViolation(`The purpose code "${transfer.purpose}" must be four letters`, 'purpose');
  const reference = limited(clean(transfer.reference).replace(/\s+/g, '').toUpperCase(), EPC_LIMITS.reference, 'reference', 'reference');
  const text = limited(clean(transfer.text), EPC_LIMITS.text, 'text', 'remittance text');
  if (reference && text) throw new RuleViolation('A GiroCode carries either a structured reference or a remittance text, not both', 'reference');
  const information = limited(clean(transfer.information), EPC_LIMITS.information, 'information', 'information to the payer');

  const lines = ['BCD', '002', '1', 'SCT', bic, name, iban, formatEpcAmount(transfer.amountCents), purpose, reference, text, information];
  while (lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');
  if (utf8Length(payload) > EPC_LIMITS.payloadBytes) {
    throw new RuleViolation(`A GiroCode payload has at most ${EPC_LIMITS.payloadBytes} bytes`, 'text');
  }
  return payload;
}

/** Bytes of a string in UTF-8 (the payload's character set 1). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
