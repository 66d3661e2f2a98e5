/**
 * How a case is named to people (page titles, the case page's toolbar): the reference of its first
 * claim, the one the debtor knows from the invoice, with how many more there are; the debtor's
 * reference when the case has no claims.
 */
export function caseReference(c: { claims: readonly { reference: string }[]; debtor: { ref: string } }): { reference: string; more: number } {
  const [first, ...rest] = c.claims;
  return first ? { reference: first.reference, more: rest.length } : { reference: c.debtor.ref, more: 0 };
}
