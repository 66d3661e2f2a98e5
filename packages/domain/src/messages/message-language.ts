import type { Country } from '../stages.js';
import { LETTER_LANGUAGES, type LetterLanguage } from '../letters/letter-texts.js';

export interface MessageLanguageInput {
  /** The debtor's language (debtors.language), any code. */
  debtorLanguage: string | null;
  /** The creditor's country: which languages its letters and messages may be written in. */
  creditorCountry: Country;
  /** The creditor's default letter language. */
  creditorLanguage: string;
}

/**
 * The language a letter or message to a debtor is written in: the debtor's own where the creditor's
 * country allows it (German creditors: de or en; Danish: da or en), otherwise the creditor's default
 * letter language (itself the country's first language when the country does not allow it).
 */
export function messageLanguage(input: MessageLanguageInput): LetterLanguage {
  const allowed = LETTER_LANGUAGES[input.creditorCountry];
  const debtor = (input.debtorLanguage ?? '').trim().toLowerCase() as LetterLanguage;
  if (allowed.includes(debtor)) return debtor;
  const creditor = input.creditorLanguage as LetterLanguage;
  return allowed.includes(creditor) ? creditor : allowed[0]!;
}
