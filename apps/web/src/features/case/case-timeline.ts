import type { CaseDetailFieldsFragment } from '../../gql/graphql';

export type TimelineActivity = CaseDetailFieldsFragment['activities'][number];
export type TimelinePayment = CaseDetailFieldsFragment['payments'][number];

/** One line of the case timeline: an activity or a payment. */
export type TimelineEntry =
  | { kind: 'activity'; key: string; at: string; activity: TimelineActivity }
  | { kind: 'payment'; key: string; at: string; payment: TimelinePayment };

function instant(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : t;
}

/** Merges a case's activities and payments into one list, newest first. */
export function buildTimeline(activities: readonly TimelineActivity[], payments: readonly TimelinePayment[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...activities.map((activity): TimelineEntry => ({ kind: 'activity', key: `a:${activity.id}`, at: activity.occurredAt, activity })),
    // A payment is placed when it was booked; its value date (receivedAt) is shown alongside.
    ...payments.map((payment): TimelineEntry => ({ kind: 'payment', key: `p:${payment.id}`, at: payment.createdAt, payment })),
  ];
  return entries.sort((a, b) => instant(b.at) - instant(a.at) || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0));
}
