import { compareDates, daysBetween, type IsoDate } from '../dates.js';
import { dateText, fill, type LocalizedText, type TextLanguage } from '../i18n/localized-text.js';
import type { Country } from '../stages.js';
import { limitationDate, type LimitationSuspension } from './limitation-date.js';
import { LIMITATION_TEXTS as T } from './limitation.i18n.js';

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
  /** One sentence per step, citing the statute, in English; `texts` in every language. */
  explanation: string[];
  texts: LocalizedText[];
}

/**
 * The earliest limitation of a case: each claim from its due date with the acknowledgements made on
 * or after it, the suspensions of the case, and for a titled claim (DE) also the interest falling
 * due after the title (BGB 197(2)), whichever runs out first.
 */
export function caseLimitation(input: CaseLimitationInput): CaseLimitation {
  let best: CaseLimitation = { date: null, daysLeft: null, reference: null, explanation: [], texts: [] };
  const consider = (date: IsoDate | null, reference: string, texts: LocalizedText[]) => {
    if (best.reference === null || (date !== null && (best.date === null || compareDates(date, best.date) < 0))) {
      best = { date, daysLeft: date === null ? null : daysBetween(input.asOf, date), reference, explanation: texts.map((t) => t.en), texts };
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
    const head = fill(T.claimHead, { reference: claim.reference, due: dateText(claim.dueDate) });
    consider(r.limitationDate, claim.reference, [head, ...r.texts]);
    if (r.interestAfterTitle) {
      consider(r.interestAfterTitle.limitationDate, claim.reference, [
        fill(T.interestBeforeTitledClaim, { head, end: r.limitationDate === null ? T.open : dateText(r.limitationDate) }),
        ...r.interestAfterTitle.texts,
      ]);
    }
  }
  return best;
}

/** The explanation as one text: each step a sentence. */
export function limitationText(explanation: readonly string[]): string {
  return explanation.map((s) => `${s}.`).join(' ');
}

/** A case's limitation worded in one language: its steps, and the steps as one text. */
export function limitationIn(limitation: Pick<CaseLimitation, 'texts'>, language: TextLanguage): { text: string; steps: string[] } {
  const steps = limitation.texts.map((t) => t[language]);
  return { text: limitationText(steps), steps };
}
