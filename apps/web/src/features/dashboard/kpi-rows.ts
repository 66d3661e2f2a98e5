import type { Kpis } from './dashboard.graphql';

/**
 * The API lists the collectors a team or collector filter names, and every creditor in scope, with
 * zeros where nothing happened (a creditor filter keeps every collector). The tables show the rows
 * with something in the period, so a creditor filter narrows them too.
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
