import { normalizeIban } from '../creditors/creditor-settings.js';

/**
 * Whether a statement may be imported: its account must be one of the agency's own accounts
 * (compared in electronic format). A statement that names no account (a standard CSV without an
 * account column) cannot be checked and is left to the person importing it. Null when allowed,
 * else the reason naming the IBAN.
 */
export function statementAccountProblem(accountIban: string | null, ownIbans: readonly string[]): string | null {
  if (accountIban === null || accountIban.trim() === '') return null;
  const iban = normalizeIban(accountIban);
  if (ownIbans.some((own) => normalizeIban(own) === iban)) return null;
  return `The statement is for account ${iban}, which is not one of the agency's own accounts; nothing was imported.`;
}
