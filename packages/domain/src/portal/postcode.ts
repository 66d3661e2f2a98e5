/** Postcode formats the portal's sign-in check knows: Germany 5 digits, Denmark 4. */
const POSTCODE_DIGITS: Readonly<Record<string, number>> = { DE: 5, DK: 4 };

/** A postcode as typed or as held, compared without spaces, country prefixes ("D-", "DE-", "DK-") or case. */
export function normalisePostcode(value: string): string {
  return value.normalize('NFKC').trim().toUpperCase().replace(/^(DK|DE|D)\s*-?\s*(?=\d)/, '').replace(/[\s-]+/g, '');
}

/**
 * The postcode in a debtor's address as we hold it (lines or comma-separated parts, "20095 Hamburg"
 * or "DK-2100 København Ø"), by the debtor's country (DE 5 digits, DK 4); null when none is found.
 * The part that starts with the postcode and a town wins; otherwise the last standalone number of
 * the right length.
 */
export function postcodeOfAddress(address: string | null | undefined, country: string): string | null {
  const digits = POSTCODE_DIGITS[country.toUpperCase()];
  if (!address || !digits) return null;
  const parts = address.split(/[\n\r,|;]+/).map((p) => p.trim()).filter(Boolean);
  const leading = new RegExp(`^(?:(?:DK|DE|D)\\s*-\\s*)?(\\d{${digits}})\\s+\\S`, 'i');
  for (const part of [...parts].reverse()) {
    const m = leading.exec(part);
    if (m) return m[1]!;
  }
  const standalone = [...address.matchAll(new RegExp(`(?<![\\d])(\\d{${digits}})(?![\\d])`, 'g'))];
  return standalone.at(-1)?.[1] ?? null;
}

/** Whether a typed check matches the address's postcode (false when the address holds none). */
export function postcodeMatches(address: string | null | undefined, country: string, typed: string): boolean {
  const held = postcodeOfAddress(address, country);
  return held !== null && normalisePostcode(typed) === normalisePostcode(held);
}
