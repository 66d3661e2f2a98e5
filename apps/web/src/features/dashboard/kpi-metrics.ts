import { defineMessages, type MessageDescriptor } from 'react-intl';
import type { KpiMetric } from './dashboard.graphql';

const METRIC_MESSAGES = defineMessages({
  placedTitle: { id: 'dashboard.metric.placed.title', defaultMessage: 'Cases placed' },
  placedDescription: { id: 'dashboard.metric.placed.description', defaultMessage: 'Cases placed in the period.' },
  paidTitle: { id: 'dashboard.metric.paidInFull.title', defaultMessage: 'Cases paid in full' },
  paidDescription: { id: 'dashboard.metric.paidInFull.description', defaultMessage: 'Cases placed in the period and paid in full since.' },
  paymentsTitle: { id: 'dashboard.metric.payments.title', defaultMessage: 'Cases with payments' },
  paymentsDescription: { id: 'dashboard.metric.payments.description', defaultMessage: 'Cases with a payment received in the period.' },
  keptTitle: { id: 'dashboard.metric.promisesKept.title', defaultMessage: 'Promises kept' },
  keptDescription: { id: 'dashboard.metric.promisesKept.description', defaultMessage: 'Cases with a promise that fell due in the period and was kept.' },
  brokenTitle: { id: 'dashboard.metric.promisesBroken.title', defaultMessage: 'Promises broken' },
  brokenDescription: {
    id: 'dashboard.metric.promisesBroken.description',
    defaultMessage: 'Cases with a promise that fell due in the period and was broken.',
  },
  openTitle: { id: 'dashboard.metric.open.title', defaultMessage: 'Open cases' },
  openDescription: { id: 'dashboard.metric.open.description', defaultMessage: 'Cases open at the end of the period.' },
});

/** What the drill-down lists for each metric, in the words of the tiles that link to it. */
export const KPI_METRICS: Record<KpiMetric, { title: MessageDescriptor; description: MessageDescriptor }> = {
  PLACED: { title: METRIC_MESSAGES.placedTitle, description: METRIC_MESSAGES.placedDescription },
  PAID_IN_FULL: { title: METRIC_MESSAGES.paidTitle, description: METRIC_MESSAGES.paidDescription },
  PAYMENTS: { title: METRIC_MESSAGES.paymentsTitle, description: METRIC_MESSAGES.paymentsDescription },
  PROMISES_KEPT: { title: METRIC_MESSAGES.keptTitle, description: METRIC_MESSAGES.keptDescription },
  PROMISES_BROKEN: { title: METRIC_MESSAGES.brokenTitle, description: METRIC_MESSAGES.brokenDescription },
  OPEN: { title: METRIC_MESSAGES.openTitle, description: METRIC_MESSAGES.openDescription },
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
