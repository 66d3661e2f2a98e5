import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { RuleViolation } from '../rule-violation.js';

/**
 * One dated entry of the agency's supervisory authority (RDG 13a(1) no. 8: a registered collection
 * service provider names the authority supervising it in the first demand to a consumer). An
 * entry is in force from `validFrom` until the next entry's `validFrom`.
 */
export interface SupervisoryAuthorityEntry {
  validFrom: IsoDate;
  name: string;
  /** Postal address, one string (lines separated by commas). */
  address: string;
  /** The authority's electronic contact (e-mail address or web address). */
  electronicContact: string;
}

/**
 * From 2025-01-01 the Bundesamt für Justiz supervises registered collection service providers
 * (RDG 13 and 19 as amended by the Gesetz zur Stärkung der Aufsicht bei Rechtsdienstleistungen,
 * BGBl. 2023 I Nr. 64, in force 2025-01-01); before that the presidents of the Land courts did.
 * Postal address and electronic contact as the Bundesamt publishes them (bundesjustizamt.de).
 */
export const BFJ_SUPERVISORY_AUTHORITY: SupervisoryAuthorityEntry = {
  validFrom: '2025-01-01',
  name: 'Bundesamt für Justiz',
  address: 'Adenauerallee 99-103, 53113 Bonn',
  electronicContact: 'https://www.bundesjustizamt.de',
};

/** The entry in force on a date (the latest with validFrom on or before it), or null. */
export function supervisoryAuthorityOn(entries: readonly SupervisoryAuthorityEntry[], date: IsoDate): SupervisoryAuthorityEntry | null {
  let found: SupervisoryAuthorityEntry | null = null;
  for (const e of entries) {
    if (compareDates(e.validFrom, date) <= 0 && (!found || compareDates(e.validFrom, found.validFrom) > 0)) found = e;
  }
  return found;
}

/** How a letter names the authority: name, address and electronic contact in one line. */
export function formatSupervisoryAuthority(entry: SupervisoryAuthorityEntry): string {
  return `${entry.name.trim()}, ${entry.address.trim()}, ${entry.electronicContact.trim()}`;
}

/** Every problem of a new entry (field names as the API input spells them); empty when it is fine. */
export function supervisoryAuthorityViolations(entry: SupervisoryAuthorityEntry): RuleViolation[] {
  const out: RuleViolation[] = [];
  if (!isIsoDate(entry.validFrom)) out.push(new RuleViolation(`"${String(entry.validFrom)}" is not a date`, 'validFrom'));
  if (!entry.name.trim()) out.push(new RuleViolation('Name the authority', 'name'));
  if (entry.name.length > 200) out.push(new RuleViolation('A name has at most 200 characters', 'name'));
  if (!entry.address.trim()) out.push(new RuleViolation('The letter must give the authority\'s address', 'address'));
  if (entry.address.length > 300) out.push(new RuleViolation('An address has at most 300 characters', 'address'));
  const contact = entry.electronicContact.trim();
  if (!contact) {
    out.push(new RuleViolation('The letter must give the authority\'s electronic contact (e-mail or web address)', 'electronicContact'));
  } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact) && !/^https?:\/\/[^\s]+\.[^\s]+$/.test(contact)) {
    out.push(new RuleViolation(`"${contact}" is neither an e-mail address nor a web address (https://...)`, 'electronicContact'));
  }
  return out;
}
