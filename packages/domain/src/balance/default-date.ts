import { addDays, compareDates, type IsoDate } from '../dates.js';
import type { Country, DebtorKind, DunningStage } from '../stages.js';

/** Days after the due date after which a debtor is in default at the latest (BGB 286(3)). */
export const DEFAULT_AFTER_DUE_DAYS = 30;

/**
 * The date default began for a claim: the recorded default date, or else due date + 30 days
 * (BGB 286(3)). Interest runs from the day after. Country-neutral fallback kept for existing
 * callers; {@link decideDefaultDate} applies the rules per country and debtor (computeBalance
 * uses it).
 */
export function effectiveDefaultDate(claim: { dueDate: IsoDate; defaultDate: IsoDate | null }): IsoDate {
  return claim.defaultDate ?? addDays(claim.dueDate, DEFAULT_AFTER_DUE_DAYS);
}

/** What a claim tells about default, beyond its due date. */
export interface DefaultFacts {
  dueDate: IsoDate;
  /** A recorded default date (e.g. a reminder's receipt, or imported); wins over every rule. */
  defaultDate: IsoDate | null;
  /** The invoice pointed out the 30-day default rule (needed against a consumer, BGB 286(3) sentence 1). */
  invoiceNotedDefaultRule?: boolean;
  /** Payment deadline set by the first dunning letter (a Mahnung, BGB 286(1)). */
  firstDunningDeadline?: IsoDate | null;
  /** The invoice date (DK: renteloven 3(2) and 3(3) count from the request for payment). */
  invoiceDate?: IsoDate | null;
  /**
   * DK: the due date was fixed in advance (renteloven 3(1): agreed, or stated as a payment date
   * on the invoice). Null or absent: true, as every claim Mahnwerk holds is an invoice with a due
   * date; false for a claim whose due date was set only by a later demand.
   */
  dueDateFixed?: boolean | null;
  /** DK, due date not fixed: the day the request for payment was sent (renteloven 3(2)); default the invoice date. */
  demandSentOn?: IsoDate | null;
}

export interface DefaultDecision {
  /** Last day before interest runs (default began); null = not in default yet, no interest. */
  defaultDate: IsoDate | null;
  explanation: string;
  statute: string;
}

function earliest(dates: IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>((min, d) => (min === null || compareDates(d, min) < 0 ? d : min), null);
}

/**
 * The default rules of one country and debtor kind, as data: decideDefaultDate applies them, and
 * the dunning run's set-based SQL receives them as parameters (DEFAULT_DATE_RULES).
 */
export interface DefaultDateRule {
  country: Country;
  debtorKind: DebtorKind;
  /** Default begins this many days after the due date without a reminder (BGB 286(3); renteloven 3(3)). */
  afterDueDays: number;
  /** ... but only when the invoice pointed the rule out (a consumer, BGB 286(3) sentence 1, second half). */
  afterDueNeedsInvoiceNote: boolean;
  /** A dunning letter's deadline after the due date puts the debtor in default, when earlier (BGB 286(1)). */
  dunningDeadlineDefaults: boolean;
}

export const DEFAULT_DATE_RULES: readonly DefaultDateRule[] = [
  { country: 'DE', debtorKind: 'business', afterDueDays: DEFAULT_AFTER_DUE_DAYS, afterDueNeedsInvoiceNote: false, dunningDeadlineDefaults: true },
  { country: 'DE', debtorKind: 'consumer', afterDueDays: DEFAULT_AFTER_DUE_DAYS, afterDueNeedsInvoiceNote: true, dunningDeadlineDefaults: true },
  { country: 'DK', debtorKind: 'business', afterDueDays: DEFAULT_AFTER_DUE_DAYS, afterDueNeedsInvoiceNote: false, dunningDeadlineDefaults: false },
  { country: 'DK', debtorKind: 'consumer', afterDueDays: DEFAULT_AFTER_DUE_DAYS, afterDueNeedsInvoiceNote: false, dunningDeadlineDefaults: false },
];

export function defaultDateRule(country: Country, debtorKind: DebtorKind): DefaultDateRule {
  const rule = DEFAULT_DATE_RULES.find((r) => r.country === country && r.debtorKind === debtorKind);
  if (!rule) throw new RangeError(`No default rule for a ${debtorKind} debtor in ${String(country)}`);
  return rule;
}

/**
 * When default began, by country and debtor kind (DEFAULT_DATE_RULES):
 * - a recorded default date wins;
 * - DE business: due + 30 days (BGB 286(3) sentence 1), or the first dunning letter's deadline
 *   if earlier (BGB 286(1): a reminder after the due date puts the debtor in default);
 * - DE consumer: due + 30 days only when the invoice pointed the rule out (BGB 286(3) sentence 1,
 *   second half), else the first dunning letter's deadline; with neither, not in default;
 * - DK: see danishInterestStart (renteloven 3).
 */
export function decideDefaultDate(claim: DefaultFacts, context: { country: Country; debtorKind: DebtorKind }): DefaultDecision {
  if (claim.defaultDate !== null) {
    return { defaultDate: claim.defaultDate, statute: 'recorded', explanation: `Default recorded as of ${claim.defaultDate}` };
  }
  const rule = defaultDateRule(context.country, context.debtorKind);
  const dueAnd30 = addDays(claim.dueDate, rule.afterDueDays);
  if (context.country === 'DK') return danishInterestStart(claim, rule.afterDueDays);
  // A reminder before the due date does not cause default (BGB 286(1) "nach dem Eintritt der Fälligkeit").
  const dunning =
    claim.firstDunningDeadline != null && compareDates(claim.firstDunningDeadline, claim.dueDate) > 0
      ? claim.firstDunningDeadline
      : null;
  const thirtyDayRule = !rule.afterDueNeedsInvoiceNote || claim.invoiceNotedDefaultRule === true;
  const candidates = [...(thirtyDayRule ? [dueAnd30] : []), ...(dunning ? [dunning] : [])];
  const date = earliest(candidates);
  if (date === null) {
    return {
      defaultDate: null,
      statute: 'BGB 286',
      explanation:
        `Not in default yet: a consumer is in default 30 days after the due date ${claim.dueDate} only if the invoice ` +
        'pointed this out (BGB 286(3) sentence 1), otherwise after a dunning letter (BGB 286(1))',
    };
  }
  if (date === dunning) {
    return {
      defaultDate: date,
      statute: 'BGB 286(1)',
      explanation: `In default after the deadline ${date} set by the first dunning letter (BGB 286(1))`,
    };
  }
  return {
    defaultDate: date,
    statute: 'BGB 286(3)',
    explanation:
      context.debtorKind === 'business'
        ? `In default 30 days after the due date ${claim.dueDate} (BGB 286(3) sentence 1)`
        : `In default 30 days after the due date ${claim.dueDate}, as the invoice pointed out (BGB 286(3) sentence 1)`,
  };
}

/**
 * Renteloven 3:
 * - 3(1): a due date fixed in advance (the default, see DefaultFacts.dueDateFixed): interest from
 *   the due date, i.e. for every day after it;
 * - 3(2): otherwise 30 days after the request for payment was sent (demandSentOn, else the invoice
 *   date, the invoice being the first request);
 * - 3(3): either way not before 30 days after the debtor could assess the claim, taken as the
 *   invoice date when known.
 */
function danishInterestStart(claim: DefaultFacts, days: number): DefaultDecision {
  const fixed = claim.dueDateFixed ?? true;
  const invoice = claim.invoiceDate ?? null;
  const assessable = invoice !== null ? addDays(invoice, days) : null;
  if (fixed) {
    if (assessable !== null && compareDates(assessable, claim.dueDate) > 0) {
      return {
        defaultDate: assessable,
        statute: 'renteloven 3(3)',
        explanation: `Interest from 30 days after the invoice of ${invoice}, later than the due date ${claim.dueDate} (renteloven 3(1), 3(3))`,
      };
    }
    return {
      defaultDate: claim.dueDate,
      statute: 'renteloven 3(1)',
      explanation: `Interest from the due date ${claim.dueDate}, fixed in advance (renteloven 3(1))`,
    };
  }
  const demand = claim.demandSentOn ?? invoice ?? claim.dueDate;
  const start = addDays(demand, days);
  return {
    defaultDate: assessable !== null && compareDates(assessable, start) > 0 ? assessable : start,
    statute: 'renteloven 3(2)',
    explanation: `Interest from 30 days after the request for payment of ${demand}; the due date was not fixed in advance (renteloven 3(2))`,
  };
}

/** The dunning stage whose letter is the first dunning letter (Mahnung) of BGB 286(1). */
export const FIRST_DUNNING_STAGE: DunningStage = 'DUNNING_1';

/**
 * The default date the first dunning letter records on a claim, its payment deadline being
 * `deadline`: the date decideDefaultDate gives with that deadline, when the letter changes it
 * (BGB 286(1)); null when a default date is recorded already or the letter changes nothing (the
 * 30-day rule comes first, a deadline not after the due date, Danish rules).
 */
export function defaultDateSetByDunning(
  claim: { dueDate: IsoDate; defaultDate: IsoDate | null },
  context: { country: Country; debtorKind: DebtorKind },
  deadline: IsoDate,
): IsoDate | null {
  if (claim.defaultDate !== null) return null;
  const without = decideDefaultDate({ dueDate: claim.dueDate, defaultDate: null }, context).defaultDate;
  const withLetter = decideDefaultDate({ dueDate: claim.dueDate, defaultDate: null, firstDunningDeadline: deadline }, context).defaultDate;
  return withLetter !== without ? withLetter : null;
}
