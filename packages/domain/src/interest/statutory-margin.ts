import { compareDates, type IsoDate } from '../dates.js';
import type { Country, DebtorKind } from '../stages.js';

/**
 * The kind of a claim for the interest margin: a payment claim for goods or services
 * (Entgeltforderung, BGB 286(3), 288(2)) or any other money claim (damages, a loan, a penalty).
 */
export type InterestClaimKind = 'goods_services' | 'other';

/** What the margin over the reference rate depends on, beyond country and debtor. */
export interface MarginFacts {
  /** Null or absent: a business invoice is taken to be for goods or services. */
  claimKind?: InterestClaimKind | null;
  /**
   * The date the obligation arose (Entstehung des Schuldverhältnisses): the contract date, else
   * the invoice date (see obligationDateOf). Null: taken to be on or after 2014-07-29.
   */
  obligationDate?: IsoDate | null;
  /** The claim's due date (DK: the margin follows the due date, see below). */
  dueDate: IsoDate;
}

/** The margin over the reference rate and the statute that sets it. */
export interface StatutoryMargin {
  marginBasisPoints: number;
  statute: string;
}

/**
 * Art. 229 § 34 EGBGB: BGB 288 as amended by the late-payment act of 22 July 2014 (9 points)
 * applies to obligations (Schuldverhältnisse) that arose on or after 2014-07-29; older ones keep
 * the former 288(2) with 8 points.
 */
export const DE_NINE_POINTS_FROM: IsoDate = '2014-07-29';

/**
 * Renteloven 5(1) as amended with effect from 2013-03-01: 8 points for claims falling due on or
 * after that day; claims due earlier keep 7 points, also for interest after that day (the
 * amendment applies only to claims falling due after it took effect; forbrug.dk "Morarenten").
 */
export const DK_EIGHT_POINTS_FROM: IsoDate = '2013-03-01';

/** The date an obligation arose: the contract date when known, else the invoice date. */
export function obligationDateOf(claim: { contractDate?: IsoDate | null; invoiceDate?: IsoDate | null }): IsoDate | null {
  return claim.contractDate ?? claim.invoiceDate ?? null;
}

/**
 * The statutory margin of default interest.
 * - DE, a consumer is party: base + 5 points (BGB 288(1)).
 * - DE, no consumer, a claim for goods or services (the default for a business invoice): base + 9
 *   points (BGB 288(2)); + 8 points when the obligation arose before 2014-07-29 (Art. 229 § 34
 *   EGBGB with BGB 288(2) old version). The cut-over follows the obligation's date, not default.
 * - DE, no consumer, any other claim: base + 5 points (BGB 288(1); 288(2) covers only
 *   Entgeltforderungen).
 * - DK: reference rate + 8 points (renteloven 5(1)); + 7 points for claims due before 2013-03-01.
 */
export function statutoryMargin(country: Country, debtorKind: DebtorKind, facts: MarginFacts): StatutoryMargin {
  if (country === 'DK') {
    return compareDates(facts.dueDate, DK_EIGHT_POINTS_FROM) < 0
      ? { marginBasisPoints: 700, statute: 'renteloven 5, due before 2013-03-01' }
      : { marginBasisPoints: 800, statute: 'renteloven 5' };
  }
  if (debtorKind === 'consumer') return { marginBasisPoints: 500, statute: 'BGB 288(1), 247' };
  if ((facts.claimKind ?? 'goods_services') === 'other') {
    return { marginBasisPoints: 500, statute: 'BGB 288(1), 247; not a claim for goods or services' };
  }
  if (facts.obligationDate != null && compareDates(facts.obligationDate, DE_NINE_POINTS_FROM) < 0) {
    return { marginBasisPoints: 800, statute: 'BGB 288(2) old version, Art. 229 § 34 EGBGB, 247' };
  }
  return { marginBasisPoints: 900, statute: 'BGB 288(2), 247' };
}
