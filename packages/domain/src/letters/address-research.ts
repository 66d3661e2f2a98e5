/**
 * Whether the debtor's address counts as researched after a change (RDG 13a(1) no. 7: the first
 * demand to a consumer says whether the address was found by an address search, and then how to
 * report an error in it). A new address is researched only when the change says it came from a
 * search; an unchanged address keeps its flag unless the change corrects the flag itself.
 */
export function addressResearchedAfter(
  current: { address: string | null; addressResearched: boolean },
  nextAddress: string | null,
  researched: boolean | null | undefined,
): boolean {
  const changed = (current.address ?? '').trim() !== (nextAddress ?? '').trim();
  if (changed) return researched === true;
  return researched ?? current.addressResearched;
}
