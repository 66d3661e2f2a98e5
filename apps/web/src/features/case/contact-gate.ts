import type { OutcomeType } from '../../ui/format';

/** Outcomes of a phone contact attempt: the API refuses them outside the debtor's contact policy. */
export const CONTACT_OUTCOMES: ReadonlySet<OutcomeType> = new Set<OutcomeType>([
  'NO_CONTACT',
  'RIGHT_PARTY_CONTACT',
  'PROMISE_TO_PAY',
  'PAYMENT_PLAN',
  'CALLBACK',
]);

/** `reason` is the server's explanation (in the caller's language); null when it gave none. */
export type ContactGate = { blocked: false } | { blocked: true; until: Date; reason: string | null };

/**
 * Whether contact outcomes are blocked at `now`, from the case's nextContactAllowedAt and
 * contactPolicyReason: once the time has come they are open again without a reload.
 */
export function contactGate(next: string | null | undefined, reason: string | null | undefined, now: Date): ContactGate {
  if (!next) return { blocked: false };
  const until = new Date(next);
  if (Number.isNaN(until.getTime()) || until.getTime() <= now.getTime()) return { blocked: false };
  return { blocked: true, until, reason: reason ?? null };
}
