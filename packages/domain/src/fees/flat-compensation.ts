import type { IsoDate } from '../dates.js';
import { formatAmount } from '../money.js';
import type { Country } from '../stages.js';
import { DK_BUSINESS_COMPENSATION } from './dk-fees.js';
import { assertDatedTable, datedRowOn, type DatedAmountTable, type FeeResult } from './fee-result.js';

/**
 * BGB 288(5): a business debtor in default owes a flat EUR 40, credited against later damages
 * for the costs of legal pursuit (sentence 3). In force for obligations arising after 2014-07-28
 * (EGBGB 229 section 34); VERIFY the cut-over date.
 */
export const DE_FLAT_DEFAULT_COMPENSATION: DatedAmountTable = [{ from: '2014-07-29', amountCents: 4_000 }];

export interface FlatCompensation extends FeeResult {
  /** Label for a FEE line, e.g. 'Flat default compensation EUR 40 (BGB 288(5))'. */
  label: string;
}

/**
 * The statutory flat compensation for one business claim in default on `defaultDate`
 * (DE: BGB 288(5) EUR 40; DK: renteloven 9a(3) DKK 310), or null when the date precedes the rule.
 */
export function statutoryFlatCompensation(country: Country, defaultDate: IsoDate): FlatCompensation | null {
  const table = country === 'DE' ? DE_FLAT_DEFAULT_COMPENSATION : DK_BUSINESS_COMPENSATION;
  assertDatedTable(table, `${country} flat compensation table`);
  const row = datedRowOn(table, defaultDate);
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
