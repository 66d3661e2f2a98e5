/**
 * The one place the web app takes money formatting and the shared vocabulary from: re-exported
 * from @mahnwerk/domain, so labels and amounts read exactly as the API and letters write them.
 */
export {
  CASE_STATUS_LABELS,
  centsToDecimalString,
  currencyMinorDigits,
  DUNNING_STAGES,
  formatCents,
  OUTCOME_LABELS,
  OUTCOME_TYPES,
  REPORTING_CURRENCY,
  STAGE_LABELS,
} from '@mahnwerk/domain';
export type { CaseStatus, Cents, CurrencyCode, DunningStage, OutcomeType } from '@mahnwerk/domain';

/**
 * Every number on screen (amounts, counts, rates, days) uses one format: the German one the amounts
 * and letters use. Mixing "1,210" with "2.397,38 €" would let a reader take a count for a decimal.
 */
export const NUMBER_LOCALE = 'de-DE';
