/**
 * The creditor list after a live change: a known creditor is replaced, a new one joins; the list
 * stays ordered by name as the API sends it.
 */
export function withChangedCreditor<T extends { id: string; name: string }>(list: readonly T[], changed: T): T[] {
  const next = list.some((c) => c.id === changed.id) ? list.map((c) => (c.id === changed.id ? changed : c)) : [...list, changed];
  return next.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
