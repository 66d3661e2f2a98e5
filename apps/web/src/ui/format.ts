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
