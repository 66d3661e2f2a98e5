import { addDays, type IsoDate } from '../dates.js';

/** Days after the due date after which a debtor is in default at the latest (BGB 286(3)). */
export const DEFAULT_AFTER_DUE_DAYS = 30;

/**
 * The date default began for a claim: the recorded default date, or else due date + 30 days
 * (BGB 286(3)). Interest runs from the day after. A later issue refines this per country
 * (the 30-day rule binds a consumer only if the invoice pointed it out; renteloven 3 for DK).
 */
export function effectiveDefaultDate(claim: { dueDate: IsoDate; defaultDate: IsoDate | null }): IsoDate {
  return claim.defaultDate ?? addDays(claim.dueDate, DEFAULT_AFTER_DUE_DAYS);
}
