import { formatCents as formatCentsIn, type Cents, type CurrencyCode } from '@mahnwerk/domain';
import { displayLocale } from '../i18n/display-locale';

/**
 * The one place the web app takes money formatting and the shared vocabulary from: re-exported
 * from @mahnwerk/domain, so labels and amounts read exactly as the API and letters write them.
 */
export {
  CASE_STATUS_LABELS,
  centsToDecimalString,
  currencyMinorDigits,
  DUNNING_STAGES,
  OUTCOME_LABELS,
  OUTCOME_TYPES,
  REPORTING_CURRENCY,
  STAGE_LABELS,
} from '@mahnwerk/domain';
export type { CaseStatus, Cents, CurrencyCode, DunningStage, OutcomeType } from '@mahnwerk/domain';

/**
 * Every number on screen (amounts, counts, rates, days) is written in the workbench language's
 * locale: "1.210" and "2.397,38 €" in German, "1.210" and "2.397,38 €" in Danish, "1,210" and
 * "€2,397.38" in English. Amounts keep their currency.
 */
export const numberLocale = (): string => displayLocale();

/** An exact amount of integer cents in its currency, in the workbench language's format. */
export const formatCents = (cents: Cents, currency: CurrencyCode, locale = displayLocale()): string => formatCentsIn(cents, currency, locale);

/** A count or other plain number ("1.210"); `options` as Intl.NumberFormat takes them. */
export const formatNumber = (value: number, options?: Intl.NumberFormatOptions): string =>
  new Intl.NumberFormat(displayLocale(), options).format(value);
