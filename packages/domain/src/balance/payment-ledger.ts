import { allocatePaymentByCountry } from '../allocation/allocate-payment-dk.js';
import type { DebtPaymentAllocation } from '../allocation/allocate-by-debt.js';
import type { IsoDate } from '../dates.js';
import type { Country } from '../stages.js';

interface LedgerClaim {
  reference: string;
  dueDate: IsoDate;
  arisenOn?: IsoDate | null;
}

/** What is owed on the payment day, before the payment. */
export interface LedgerSnapshot {
  /** Fees charged up to the payment day; a fee for no (or an unknown) claim is a cost of the whole case. */
  feesCharged: readonly { amountCents: number; claimReference: string | null }[];
  /** Interest accrued so far, per claim (the claims' order). */
  interestAccrued: readonly number[];
  principalOutstanding: readonly number[];
  /** Default interest runs on the claim (BGB 366(2): the more burdensome debt). */
  inDefault: readonly boolean[];
}

/**
 * Keeps what earlier payments settled per claim (costs, interest) and allocates the next payment by
 * the country's rule (allocatePaymentByCountry). Claims are passed to the rule in `order` (oldest due
 * first), which the Danish rule follows and the German rule uses to break exact ties.
 */
export class PaymentLedger {
  private caseCostsPaid = 0;
  private readonly costsPaid: number[];
  private readonly interestPaid: number[];

  constructor(
    private readonly country: Country,
    private readonly claims: readonly LedgerClaim[],
    private readonly order: readonly number[],
  ) {
    this.costsPaid = claims.map(() => 0);
    this.interestPaid = claims.map(() => 0);
  }

  /** The payment's allocation (debts in the claims' order) and the claims it served, first served first. */
  allocate(
    payment: { amountCents: number; receivedOn: IsoDate },
    owed: LedgerSnapshot,
  ): { allocation: DebtPaymentAllocation; served: number[] } {
    const indexOf = new Map(this.claims.map((c, i) => [c.reference, i]));
    let caseCosts = 0;
    const costs = this.claims.map(() => 0);
    for (const fee of owed.feesCharged) {
      const i = fee.claimReference === null ? undefined : indexOf.get(fee.claimReference);
      if (i === undefined) caseCosts += fee.amountCents;
      else costs[i]! += fee.amountCents;
    }
    const ordered = this.order.map((i) => {
      const c = this.claims[i]!;
      return {
        reference: c.reference,
        due: c.dueDate <= payment.receivedOn,
        burdenRank: owed.inDefault[i] ? 1 : 0,
        arisenOn: c.arisenOn ?? c.dueDate,
        costsCents: costs[i]! - this.costsPaid[i]!,
        interestCents: owed.interestAccrued[i]! - this.interestPaid[i]!,
        principalCents: owed.principalOutstanding[i]!,
      };
    });
    const result = allocatePaymentByCountry(this.country, payment.amountCents, {
      caseCostsCents: caseCosts - this.caseCostsPaid,
      debts: ordered,
    });
    this.caseCostsPaid += result.caseCostsCents;
    // Back from the rule's order to the claims' order.
    const debts = this.claims.map((c) => ({ reference: c.reference, costsCents: 0, interestCents: 0, principalCents: 0 }));
    result.debts.forEach((share, k) => {
      const i = this.order[k]!;
      debts[i] = share;
      this.costsPaid[i]! += share.costsCents;
      this.interestPaid[i]! += share.interestCents;
    });
    const served = result.order.flat().map((k) => this.order[k]!);
    return { allocation: { ...result, debts, order: result.order.map((g) => g.map((k) => this.order[k]!)) }, served };
  }
}
