import { compareDates, type IsoDate } from '../dates.js';

/**
 * One debt (claim) of the debtor when a payment arrives, with what BGB 366(2) weighs and what is
 * still owed on it, split the way BGB 367(1) allocates within it.
 */
export interface OpenDebt {
  reference: string;
  /** Due on the payment day (366(2): the due debt first). */
  due: boolean;
  /** How much security the creditor holds for it; higher = more secured (366(2): the less secured first). Default 0. */
  securityRank?: number;
  /** How burdensome it is for the debtor; higher = more burdensome (366(2): e.g. default interest running). Default 0. */
  burdenRank?: number;
  /** When the debt arose (366(2): the older first). */
  arisenOn: IsoDate;
  costsCents: number;
  interestCents: number;
  principalCents: number;
}

export interface OpenDebts {
  /** Costs charged for the case as a whole, not for one claim (serving every claim: paid first). */
  caseCostsCents: number;
  debts: readonly OpenDebt[];
}

export interface DebtShare {
  reference: string;
  costsCents: number;
  interestCents: number;
  principalCents: number;
}

export interface DebtPaymentAllocation {
  caseCostsCents: number;
  /** Per debt, in the input's order. */
  debts: DebtShare[];
  /** Indexes of the input's debts in the order they were served (ties of 366(2) share a group). */
  order: number[][];
  unallocatedCents: number;
}

function assertCents(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a non-negative whole number of cents, got ${value}`);
  }
}

/**
 * The order of BGB 366(2) when the debtor designated nothing: the due debt first; among due debts
 * the one that gives the creditor less security; among equally secure ones the one more burdensome
 * for the debtor; among equally burdensome ones the older; debts of the same age share pro rata.
 * Returns groups of input indexes, first served first; a group holds the debts that tie.
 */
export function orderOfDebts(debts: readonly OpenDebt[]): number[][] {
  const key = (d: OpenDebt) => [d.due ? 0 : 1, d.securityRank ?? 0, -(d.burdenRank ?? 0)] as const;
  const compare = (a: OpenDebt, b: OpenDebt): number => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return compareDates(a.arisenOn, b.arisenOn);
  };
  const sorted = debts.map((_, i) => i).sort((a, b) => compare(debts[a]!, debts[b]!) || a - b);
  const groups: number[][] = [];
  for (const i of sorted) {
    const last = groups.at(-1);
    if (last && compare(debts[last[0]!]!, debts[i]!) === 0) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

/** Splits `amount` over `weights` in proportion, in whole cents (largest remainder; ties to the earlier). */
function proRata(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (BigInt(amount) * BigInt(w)));
  const shares = exact.map((e) => Number(e / BigInt(total)));
  const remainders = exact.map((e, i) => ({ i, r: Number(e % BigInt(total)) }));
  let left = amount - shares.reduce((a, b) => a + b, 0);
  remainders.sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of remainders) {
    if (left <= 0) break;
    shares[i]!++;
    left--;
  }
  return shares;
}

/**
 * Allocates a payment the debtor did not designate (BGB 366(2), then 367(1)): costs of the whole
 * case first; then debt by debt in the order of 366(2) (see orderOfDebts), and within each debt
 * its costs, then its interest, then its principal (367(1)). Debts that tie share the payment in
 * proportion to what is open on them. Anything left over is returned as unallocated.
 */
export function allocatePaymentByDebt(amountCents: number, open: OpenDebts): DebtPaymentAllocation {
  assertCents(amountCents, 'Payment amount');
  assertCents(open.caseCostsCents, 'Open case costs');
  open.debts.forEach((d, i) => {
    assertCents(d.costsCents, `Open costs of debt ${i + 1}`);
    assertCents(d.interestCents, `Open interest of debt ${i + 1}`);
    assertCents(d.principalCents, `Open principal of debt ${i + 1}`);
  });

  let left = amountCents;
  const caseCostsCents = Math.min(left, open.caseCostsCents);
  left -= caseCostsCents;

  const shares: DebtShare[] = open.debts.map((d) => ({ reference: d.reference, costsCents: 0, interestCents: 0, principalCents: 0 }));
  const openOf = (d: OpenDebt) => d.costsCents + d.interestCents + d.principalCents;
  const settle = (i: number, amount: number): void => {
    const d = open.debts[i]!;
    const s = shares[i]!;
    let rest = amount;
    const take = (owed: number): number => {
      const applied = Math.min(rest, owed);
      rest -= applied;
      return applied;
    };
    s.costsCents = take(d.costsCents);
    s.interestCents = take(d.interestCents);
    s.principalCents = take(d.principalCents);
  };

  const order = orderOfDebts(open.debts);
  for (const group of order) {
    if (left === 0) break;
    const owed = group.map((i) => openOf(open.debts[i]!));
    const groupOwed = owed.reduce((a, b) => a + b, 0);
    const paying = Math.min(left, groupOwed);
    const parts = paying === groupOwed ? owed : proRata(paying, owed);
    group.forEach((i, k) => settle(i, parts[k]!));
    left -= paying;
  }
  return { caseCostsCents, debts: shares, order, unallocatedCents: left };
}
