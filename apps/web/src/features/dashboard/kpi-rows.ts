import type { Kpis } from './dashboard.graphql';

/**
 * The API lists every collector (and every creditor in scope) whatever the filter, with zeros for
 * those outside it: a team filter still listed the other team's collectors as rows of 0 and "—".
 * The tables show the rows with something in the period, so a filter narrows them.
 */
export function hasActivity(kpis: Kpis): boolean {
  return (
    kpis.casesPlaced > 0 ||
    kpis.contacts > 0 ||
    kpis.recoveredCents !== 0 ||
    kpis.collectedCents !== 0 ||
    kpis.promiseKeptRate !== null
  );
}

/** Rows with activity in the period, the largest `by` first. */
export function activeRowsBy<Row extends { kpis: Kpis }>(rows: readonly Row[] | undefined, by: (k: Kpis) => number): Row[] {
  return (rows ?? []).filter((r) => hasActivity(r.kpis)).sort((a, b) => by(b.kpis) - by(a.kpis));
}
