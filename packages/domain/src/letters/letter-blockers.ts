import type { IsoDate } from '../dates.js';
import { fill, type LocalizedText } from '../i18n/localized-text.js';
import { LETTER_BLOCKER_TEXTS as T } from './letter-blockers.i18n.js';
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
export function letterBlockers(input: LetterBlockerInput): LocalizedText[] {
  if (input.country !== 'DE' || input.debtorKind !== 'consumer') return [];
  const out: LocalizedText[] = [];
  for (const c of input.claims) {
    const noSubject = !c.contractSubject?.trim();
    const noDate = !c.contractDate;
    const text = noSubject && noDate ? T.noSubjectNoDate : noSubject ? T.noSubject : noDate ? T.noDate : null;
    if (text) out.push(fill(text, { reference: c.reference }));
  }
  if (!input.supervisoryAuthority?.trim()) out.push(T.noAuthority);
  return out;
}
