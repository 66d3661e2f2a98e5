/** Pure helpers of the team lead's keyboard moves: the row cursor and the collector picker's filter. */

/** The cursor row after a step of `delta` rows: starts at the first (down) or last (up) row, stops at the ends. */
export function stepCursor(cursor: number | null, delta: number, length: number): number | null {
  if (length === 0) return null;
  if (cursor === null || cursor >= length) return delta > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, cursor + delta));
}

/** Lower case without accents, so "sore" finds "Søren" and "muller" finds "Müller". */
function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase();
}

/** The choices whose name holds every typed word, in their order. */
export function filterChoices<T extends { name: string }>(choices: readonly T[], query: string): T[] {
  const words = folded(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...choices];
  return choices.filter((c) => {
    const name = folded(c.name);
    return words.every((w) => name.includes(w));
  });
}

/** The highlighted choice after an arrow key: wraps around the list. */
export function stepChoice(active: number, delta: number, length: number): number {
  if (length === 0) return 0;
  return (((active + delta) % length) + length) % length;
}
