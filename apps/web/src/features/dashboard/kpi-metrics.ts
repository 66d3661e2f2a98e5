import type { KpiMetric } from './dashboard.graphql';

/** What the drill-down lists for each metric, in the words of the tiles that link to it. */
export const KPI_METRICS: Record<KpiMetric, { title: string; description: string }> = {
  PLACED: { title: 'Cases placed', description: 'Cases placed in the period.' },
  PAID_IN_FULL: { title: 'Cases paid in full', description: 'Cases placed in the period and paid in full since.' },
  PAYMENTS: { title: 'Cases with payments', description: 'Cases with a payment received in the period.' },
  PROMISES_KEPT: { title: 'Promises kept', description: 'Cases with a promise that fell due in the period and was kept.' },
  PROMISES_BROKEN: { title: 'Promises broken', description: 'Cases with a promise that fell due in the period and was broken.' },
  OPEN: { title: 'Open cases', description: 'Cases open at the end of the period.' },
};

export function parseKpiMetric(value: string | null | undefined): KpiMetric | null {
  const upper = (value ?? '').toUpperCase();
  return Object.prototype.hasOwnProperty.call(KPI_METRICS, upper) ? (upper as KpiMetric) : null;
}

/** Offset from the URL: a non-negative multiple of the page size, else 0. */
export function parseOffset(value: string | null | undefined, pageSize: number): number {
  const n = Number(value ?? 0);
  if (!Number.isInteger(n) || n < 0) return 0;
  return n - (n % pageSize);
}
