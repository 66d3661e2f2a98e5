import { fill, type LocalizedText } from '@mahnwerk/domain';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';

/**
 * Matching a bank credit to a case by the references in its remittance information: pure rules,
 * the service looks the candidates up in the database.
 */

const MAX_CANDIDATES = 500;
const PHRASE_BREAKS = /[^\p{L}\p{N}\-/._\s]+/u;
const EDGE_PUNCTUATION = /^[-/._]+|[-/._]+$/g;

/**
 * The strings of a remittance text that could be a claim or debtor reference, upper-cased:
 * every word with a digit in it ("INV-123", "D-000123", "SWR-202510-483563"), its parts when it
 * joins several with "/", "." or "_" ("INV-123/D-000123"), and runs of two or three adjacent
 * words joined by one space ("RE 2025 001"). Looked up by equality, so "INV-12" never matches
 * "INV-123".
 */
export function remittanceReferences(text: string): string[] {
  const found = new Set<string>();
  const add = (candidate: string) => {
    if (candidate.length >= 3 && /\p{N}/u.test(candidate)) found.add(candidate);
  };
  // Word runs only span spaces: "D-000123, Rg." does not make "D-000123 RG".
  for (const phrase of text.toUpperCase().split(PHRASE_BREAKS)) {
    const words = phrase
      .split(/\s+/)
      .map((w) => w.replace(EDGE_PUNCTUATION, ''))
      .filter(Boolean);
    words.forEach((word, i) => {
      add(word);
      for (const part of word.split(/[/._]+/)) add(part.replace(EDGE_PUNCTUATION, ''));
      if (i + 1 < words.length) add(`${word} ${words[i + 1]}`);
      if (i + 2 < words.length) add(`${word} ${words[i + 1]} ${words[i + 2]}`);
    });
  }
  return [...found].slice(0, MAX_CANDIDATES);
}

/** An open case whose claim reference or debtor reference appears in a remittance text. */
export interface ReferenceHit {
  caseId: string;
  via: 'CLAIM' | 'DEBTOR';
  /** The reference as stored on the claim or debtor. */
  reference: string;
  /** The case's currency. */
  currency: string;
}

export type CaseChoice =
  | { matched: true; caseId: string; reference: string }
  | { matched: false; reason: LocalizedText };

/**
 * Exactly one open case ⇒ a match. A claim reference names a case more precisely than a debtor
 * reference (a debtor can have several cases), so claim hits win; when claim hits are ambiguous
 * (the same invoice number at two creditors), the debtor reference in the same text may settle it.
 * Zero or several candidates, or a currency other than the case's, leave the line for a person.
 */
export function chooseCase(hits: readonly ReferenceHit[], currency: string): CaseChoice {
  const claimCases = unique(hits.filter((h) => h.via === 'CLAIM').map((h) => h.caseId));
  const debtorCases = unique(hits.filter((h) => h.via === 'DEBTOR').map((h) => h.caseId));
  let candidates = debtorCases;
  if (claimCases.length) {
    const both = claimCases.filter((id) => debtorCases.includes(id));
    candidates = both.length ? both : claimCases;
  }
  if (candidates.length === 0) {
    return { matched: false, reason: T.noReference };
  }
  const references = (ids: string[]) =>
    unique(hits.filter((h) => ids.includes(h.caseId)).map((h) => h.reference)).sort().join(', ');
  if (candidates.length > 1) {
    return { matched: false, reason: fill(T.severalCases, { count: candidates.length, references: references(candidates) }) };
  }
  const [caseId] = candidates;
  const caseCurrency = hits.find((h) => h.caseId === caseId)!.currency;
  if (caseCurrency !== currency) {
    return { matched: false, reason: fill(T.otherCurrency, { references: references([caseId]), caseCurrency, currency }) };
  }
  return { matched: true, caseId, reference: references([caseId]) };
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
