/** Worklist rows grouped by the day they run out, in the order given (soonest first). */
export function groupByDate<T extends { limitation: { date: string | null } }>(rows: readonly T[]): { date: string; rows: T[] }[] {
  const groups: { date: string; rows: T[] }[] = [];
  for (const row of rows) {
    const date = row.limitation.date ?? '';
    const last = groups.at(-1);
    if (last && last.date === date) last.rows.push(row);
    else groups.push({ date, rows: [row] });
  }
  return groups;
}

/** The horizons offered, in days; the first year end is always among them. */
export const HORIZONS = [30, 60, 90, 180, 365] as const;
export const DEFAULT_HORIZON = 60;

/** A horizon from the URL, else the default. */
export function parseHorizon(value: string | null): number {
  const n = Number(value);
  return (HORIZONS as readonly number[]).includes(n) ? n : DEFAULT_HORIZON;
}
