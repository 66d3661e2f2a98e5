import { normalizeIban } from '../creditors/creditor-settings.js';
import { fill, type LocalizedText } from '../i18n/localized-text.js';
import { BANK_TEXTS } from './bank.i18n.js';

/**
 * Whether a statement's account is one of the agency's own accounts (compared in electronic
 * format). Null when allowed, else the reason naming the IBAN. An account that is not named at all
 * is decided by statementAccount (every statement must name one).
 */
export function statementAccountProblem(accountIban: string | null, ownIbans: readonly string[]): LocalizedText | null {
  if (accountIban === null || accountIban.trim() === '') return null;
  const iban = normalizeIban(accountIban);
  if (ownIbans.some((own) => normalizeIban(own) === iban)) return null;
  return fill(BANK_TEXTS.foreignAccount, { iban });
}

/** The account a statement is imported for, or why it is refused. */
export type StatementAccount = { iban: string; problem: null } | { iban: null; problem: LocalizedText };

/**
 * The account a statement is for: the one the file or its column mapping names, else the one the
 * person chose (a standard CSV without an account column). Every statement names its account and
 * it must be one of the agency's own; a chosen account that differs from the named one is refused.
 */
export function statementAccount(named: string | null, chosen: string | null, ownIbans: readonly string[]): StatementAccount {
  const fromFile = named?.trim() ? normalizeIban(named) : null;
  const picked = chosen?.trim() ? normalizeIban(chosen) : null;
  if (fromFile && picked && fromFile !== picked) {
    return { iban: null, problem: fill(BANK_TEXTS.otherAccountChosen, { named: fromFile, chosen: picked }) };
  }
  const iban = fromFile ?? picked;
  if (!iban) {
    return { iban: null, problem: BANK_TEXTS.noAccount };
  }
  const problem = statementAccountProblem(iban, ownIbans);
  return problem ? { iban: null, problem } : { iban, problem: null };
}
