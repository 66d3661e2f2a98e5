import type { IsoDate } from '../dates.js';
import type { Country, DebtorKind } from '../stages.js';

/** What a letter to a debtor needs to know about one claim. */
export interface BlockerClaim {
  reference: string;
  contractSubject: string | null;
  contractDate: IsoDate | null;
}

export interface LetterBlockerInput {
  country: Country;
  debtorKind: DebtorKind;
  claims: readonly BlockerClaim[];
  /** The supervisory authority in force on the letter's date (supervisoryAuthorityOn), formatted; null when none. */
  supervisoryAuthority: string | null;
}

/**
 * Why the agency may not send a German consumer its letter, one reason per missing item; empty
 * when it may. RDG 13a(1) requires in the first demand to a consumer, among others:
 * - no. 2: the basis of the claim, with the subject of the contract and the date it was made;
 * - no. 8: the name and address of the authority supervising the agency (from 2025-01-01 the
 *   Bundesamt für Justiz, RDG 13 as amended by BGBl. 2023 I Nr. 64), in force on the letter's date.
 * A letter without them is not produced; the dunning run reports these reasons and the case shows them.
 * Danish letters and letters to businesses are not held by RDG 13a.
 */
export function letterBlockers(input: LetterBlockerInput): string[] {
  if (input.country !== 'DE' || input.debtorKind !== 'consumer') return [];
  const out: string[] = [];
  for (const c of input.claims) {
    const missing = [
      !c.contractSubject?.trim() ? 'contract subject' : null,
      !c.contractDate ? 'contract date' : null,
    ].filter((m): m is string => m !== null);
    if (missing.length) out.push(`Claim ${c.reference} has no ${missing.join(' and no ')} (RDG 13a(1) no. 2)`);
  }
  if (!input.supervisoryAuthority?.trim()) {
    out.push('No supervisory authority is in force on the letter date (RDG 13a(1) no. 8): an admin adds it in the agency settings');
  }
  return out;
}
