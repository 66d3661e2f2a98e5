import type { CaseDetailFieldsFragment } from '../../gql/graphql';

/** One part of a case's priority as the API explains it ("why this case now"). */
export type PriorityPart = CaseDetailFieldsFragment['priorityParts'][number];

export interface PriorityBar extends PriorityPart {
  /** Width of the bar: points of the part's maximum, 0..100. */
  percent: number;
}

/** Bars in the API's order; a part with maximum 0 (switched off by the creditor) is left out. */
export function priorityBars(parts: readonly PriorityPart[]): PriorityBar[] {
  return parts
    .filter((p) => p.maxPoints > 0)
    .map((p) => ({ ...p, percent: Math.round((Math.min(Math.max(p.points, 0), p.maxPoints) / p.maxPoints) * 100) }));
}

/** Sum of the parts (the priority they explain). */
export function partsTotal(parts: readonly PriorityPart[]): number {
  return parts.reduce((sum, p) => sum + p.points, 0);
}

/** The parts that add most, highest first: the short answer to "why this case now". */
export function topReasons(parts: readonly PriorityPart[], count = 3): PriorityPart[] {
  return [...parts].filter((p) => p.points > 0).sort((a, b) => b.points - a.points).slice(0, count);
}

/** Key of the part a waiting portal request adds (listed by the API only while one waits). */
export const PORTAL_REQUEST_PART = 'portalRequest';

/** The part for what the debtor asked in the portal that waits for a person, if any. */
export function portalRequestPart(parts: readonly PriorityPart[]): PriorityPart | null {
  return parts.find((p) => p.key === PORTAL_REQUEST_PART && p.points > 0) ?? null;
}
