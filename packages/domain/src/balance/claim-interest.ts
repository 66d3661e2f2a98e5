import { compareDates, type IsoDate } from '../dates.js';
import type { InterestSegment } from '../interest/interest-segments.js';
import { isRateTableStaleOn, staleRateWarning, type StaleRateWarning } from '../interest/rate-table-status.js';
import { obligationDateOf, statutoryMargin, type InterestClaimKind, type StatutoryMargin } from '../interest/statutory-margin.js';
import { DEFAULT_RATE_TABLES, type RateTables } from '../interest/statutory-rate.js';
import type { Country, DebtorKind } from '../stages.js';

/** What a claim tells about its interest beyond principal and dates of default. */
export interface ClaimInterestFacts {
  dueDate: IsoDate;
  /** goods_services (default for a business invoice) or other (BGB 288(2) vs 288(1)). */
  claimKind?: InterestClaimKind | null;
  /** The contract's date; the obligation arose then (Art. 229 § 34 EGBGB). */
  contractDate?: IsoDate | null;
  /** The invoice date; the obligation's date when the contract date is unknown. */
  invoiceDate?: IsoDate | null;
}

/** The margin of one claim's default interest (statutoryMargin with the claim's facts). */
export function claimMargin(country: Country, debtorKind: DebtorKind, claim: ClaimInterestFacts): StatutoryMargin {
  return statutoryMargin(country, debtorKind, {
    dueDate: claim.dueDate,
    claimKind: claim.claimKind ?? null,
    obligationDate: obligationDateOf(claim),
  });
}

/**
 * The stale-table warning for interest computed on these segments: one warning when any segment
 * runs past the day the country's table is taken to be current for (rate-table-status.ts).
 */
export function staleRateWarnings(
  country: Country,
  segments: readonly InterestSegment[],
  tables: Partial<RateTables> | undefined,
): StaleRateWarning[] {
  const table = tables?.[country] ?? DEFAULT_RATE_TABLES[country];
  const last = segments.reduce<IsoDate | null>((max, s) => (max === null || compareDates(s.to, max) > 0 ? s.to : max), null);
  return last !== null && isRateTableStaleOn(table, last) ? [staleRateWarning(country, table)] : [];
}
