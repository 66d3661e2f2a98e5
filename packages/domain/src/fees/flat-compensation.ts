import type { IsoDate } from '../dates.js';
import { formatAmount } from '../money.js';
import type { Country } from '../stages.js';
import { DK_BUSINESS_COMPENSATION } from './dk-fees.js';
import { assertDatedTable, datedRowOn, type DatedAmountTable, type FeeResult } from './fee-result.js';

/**
 * BGB 288(5): a business debtor in default owes a flat EUR 40, credited against damages for the
 * costs of legal pursuit (sentence 3). Added by the act against late payment in commercial
 * transactions (BGBl. 2014 I p. 1218); EGBGB Art. 229 section 34 applies it only to obligations that
 * arose after 2014-07-28, whatever the default date.
 */
export const DE_FLAT_DEFAULT_COMPENSATION: DatedAmountTable = [{ from: '2014-07-29', amountCents: 4_000 }];

export interface FlatCompensation extends FeeResult {
  /** Label for a FEE line, e.g. 'Flat default compensation EUR 40 (BGB 288(5))'. */
  label: string;
}

/**
 * The statutory flat compensation for one business claim (DE: BGB 288(5) EUR 40; DK: renteloven
 * 9a(3) DKK 310), or null when the claim precedes the rule. `onDate` is the day that decides which
 * rule applies: for DE the day the obligation arose (EGBGB Art. 229 section 34), for DK the default date.
 */
export function statutoryFlatCompensation(country: Country, onDate: IsoDate): FlatCompensation | null {
  const table = country === 'DE' ? DE_FLAT_DEFAULT_COMPENSATION : DK_BUSINESS_COMPENSATION;
  assertDatedTable(table, `${country} flat compensation table`);
  const row = datedRowOn(table, onDate);
  if (!row) return null;
  if (country === 'DE') {
    const major = row.amountCents / 100;
    return {
      amountCents: row.amountCents,
      currency: 'EUR',
      statute: 'BGB 288(5)',
      label: `Flat default compensation EUR ${major} (BGB 288(5))`,
      explanation:
        `Flat default compensation EUR ${major} (BGB 288(5)), owed once per claim by a business debtor in default; ` +
        `credited against later collection costs (BGB 288(5) sentence 3)`,
    };
  }
  const major = row.amountCents / 100;
  return {
    amountCents: row.amountCents,
    currency: 'DKK',
    statute: 'renteloven 9a(3)',
    label: `Fixed compensation DKK ${major} (renteloven 9a(3))`,
    explanation:
      `Fixed compensation DKK ${major} (renteloven 9a(3)), owed once per invoice by a business debtor paying late ` +
      `(${formatAmount(row.amountCents, 'DKK')}; on top of reminder fees and collection costs)`,
  };
}

/** A flat compensation owed on one claim, to be credited (BGB 288(5) sentence 3). */
export interface FlatToCredit {
  claimReference: string;
  amountCents: number;
}

/** Costs of legal pursuit (an agency's or lawyer's collection costs), for one claim or the whole case (null). */
export interface CollectionCostToCredit {
  claimReference: string | null;
  amountCents: number;
}

/** `amountCents` of flat `flat` credited against cost `cost` (indexes into the inputs). */
export interface FlatCredit {
  flat: number;
  cost: number;
  amountCents: number;
}

/**
 * BGB 288(5) sentence 3: the flat compensation is credited against damages owed for costs of legal
 * pursuit. Each collection cost, in the order given (charge date), is reduced by the flat
 * compensation still uncredited on the same claim; a cost charged for the whole case by that of
 * every claim. A flat is credited at most once in total, a cost at most down to zero.
 */
export function creditFlatCompensation(
  flats: readonly FlatToCredit[],
  costs: readonly CollectionCostToCredit[],
): FlatCredit[] {
  const left = flats.map((f) => f.amountCents);
  const credits: FlatCredit[] = [];
  costs.forEach((cost, c) => {
    let open = cost.amountCents;
    flats.forEach((flat, f) => {
      if (open === 0 || left[f] === 0) return;
      if (cost.claimReference !== null && cost.claimReference !== flat.claimReference) return;
      const amountCents = Math.min(open, left[f]!);
      left[f]! -= amountCents;
      open -= amountCents;
      credits.push({ flat: f, cost: c, amountCents });
    });
  });
  return credits;
}
