import type { Balance } from './compute-balance.js';

/**
 * Principal not yet repaid: the claims' principal less what payments went to principal after
 * costs and interest (BGB 367). Needs a balance computed with `lineDetails: true`.
 */
export function openPrincipalCents(balance: Balance): number {
  let repaid = 0;
  for (const line of balance.lines) {
    if (line.kind !== 'PAYMENT') continue;
    if (line.detail?.kind !== 'PAYMENT') throw new RangeError('openPrincipalCents needs a balance computed with lineDetails');
    for (const part of line.detail.toPrincipal) repaid += part.amountCents;
  }
  return Math.max(balance.principalCents - repaid, 0);
}
