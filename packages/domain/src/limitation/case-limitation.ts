import { compareDates, daysBetween, type IsoDate } from '../dates.js';
import type { Country } from '../stages.js';
import { limitationDate, type LimitationSuspension } from './limitation-date.js';

/** What a case's limitation is computed from. */
export interface CaseLimitationInput {
  country: Country;
  claims: readonly { reference: string; dueDate: IsoDate }[];
  /**
   * Days the debtor acknowledged the debt: part payments, promises to pay, payment plans (BGB 212(1)
   * no. 1; forældelsesloven 15). Each counts for the claims due by then.
   */
  acknowledgements: readonly IsoDate[];
  suspensions?: readonly LimitationSuspension[];
  /** The day the case's claims became titled (a final Vollstreckungsbescheid or judgment), if so. */
  titledOn?: IsoDate | null;
  asOf: IsoDate;
}

/** The first day on which some part of a case becomes time-barred, and why. */
export interface CaseLimitation {
  /** Last day before something runs out; null = nothing runs out while proceedings go on (or no claims). */
  date: IsoDate | null;
  /** Days from asOf (0 = runs out today, negative = time-barred); null with `date`. */
  daysLeft: number | null;
  /** The claim whose limitation decides, or null. */
  reference: string | null;
  /** One sentence per step, citing the statute. */
  explanation: string[];
}

/**
 * The earliest limitation of a case: each claim from its due date with the acknowledgements made on
 * or after it, the suspensions of the case, and for a titled claim (DE) also the interest falling
 * due after the title (BGB 197(2)), whichever runs out first.
 */
export function caseLimitation(input: CaseLimitationInput): CaseLimitation {
  let best: CaseLimitation = { date: null, daysLeft: null, reference: null, explanation: [] };
  const consider = (date: IsoDate | null, reference: string, explanation: string[]) => {
    if (best.reference === null || (date !== null && (best.date === null || compareDates(date, best.date) < 0))) {
      best = { date, daysLeft: date === null ? null : daysBetween(input.asOf, date), reference, explanation };
    }
  };
  for (const claim of input.claims) {
    const r = limitationDate(input.country, {
      arisenOn: claim.dueDate,
      acknowledgements: input.acknowledgements.filter((d) => compareDates(d, claim.dueDate) >= 0),
      suspensions: input.suspensions ?? [],
      titledOn: input.titledOn ?? null,
      asOf: input.asOf,
    });
    const head = `Claim ${claim.reference}, due ${claim.dueDate}`;
    consider(r.limitationDate, claim.reference, [head, ...r.explanation]);
    if (r.interestAfterTitle) {
      consider(r.interestAfterTitle.limitationDate, claim.reference, [
        `${head}: interest after the title runs out before the titled claim (${r.limitationDate ?? 'open'})`,
        ...r.interestAfterTitle.explanation,
      ]);
    }
  }
  return best;
}

/** The explanation as one text: each step a sentence. */
export function limitationText(explanation: readonly string[]): string {
  return explanation.map((s) => `${s}.`).join(' ');
}
