/** The fields the queue search looks in. */
export interface SearchableQueueCase {
  debtor: { name: string; ref: string };
  creditor: { name: string };
}

/** Lower case without accents, so "Muller" finds "Müller" and "sorensen" finds "Sørensen". */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/Ø/g, 'O')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** The cases whose debtor name, debtor reference or creditor name contain every word of `query`. */
export function filterQueue<T extends SearchableQueueCase>(items: readonly T[], query: string): readonly T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return items;
  return items.filter((item) => {
    const haystack = fold(`${item.debtor.name} ${item.debtor.ref} ${item.creditor.name}`);
    return words.every((word) => haystack.includes(word));
  });
}
