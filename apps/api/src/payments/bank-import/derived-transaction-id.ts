import { createHash } from 'node:crypto';

/**
 * Transaction ids for lines the bank gave none. The id is a hash of what identifies the booking,
 * so the same line in a later file (a re-import, an overlapping export) gets the same id and is a
 * duplicate instead of a second payment.
 *
 * - camt.053: the statement's id (Stmt/Id), the entry's position in that statement (and the
 *   transaction's in a batch) and its contents. A statement is never re-issued with other entries.
 * - CSV: the account (IBAN or mapping name) and the row's contents, plus how many identical rows
 *   came before it in the file: two equal transfers on one day stay two payments, and an export
 *   that covers the same days again counts them the same way.
 */
export interface DerivedIdContents {
  bookingDate: string;
  valueDate: string | null;
  /** Signed minor units, as text so that no float is involved. */
  amount: string;
  currency: string;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  reference: string;
  /** Any further text the source has (camt.053 NtryRef, EndToEndId). */
  extra?: readonly string[];
}

const digest = (parts: readonly unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

export function camtDerivedTransactionId(
  statementId: string, position: { entry: number; transaction: number }, contents: DerivedIdContents,
): string {
  return `camt-${digest(['camt053', statementId, position.entry, position.transaction, ...contentParts(contents)])}`;
}

export function csvDerivedTransactionId(account: string, occurrence: number, contents: DerivedIdContents): string {
  return `csv-${digest(['csv', account, occurrence, ...contentParts(contents)])}`;
}

/** The account part of a CSV line's derived id: the IBAN if known, else the mapping's name. */
export function csvAccountKey(mapping: { name: string; accountIban: string | null }): string {
  return mapping.accountIban ? `iban:${mapping.accountIban}` : `name:${mapping.name.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** What makes two CSV rows identical for the occurrence count. */
export function csvContentKey(contents: DerivedIdContents): string {
  return JSON.stringify(contentParts(contents));
}

function contentParts(c: DerivedIdContents): unknown[] {
  return [c.bookingDate, c.valueDate, c.amount, c.currency, c.counterpartyName, c.counterpartyIban, c.reference, c.extra ?? []];
}
