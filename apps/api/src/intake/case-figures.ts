import {
  DEFAULT_PRIORITY_WEIGHTS, casePriority, compareDates, computeBalance, daysBetween, limitationDate, minDate, openPrincipalCents, validatePriorityWeights,
  type Country, type DebtorKind, type IsoDate, type PriorityWeights,
} from '@mahnwerk/domain';

/** What a new case's figures are computed from. */
export interface PlacedClaim {
  reference: string;
  principalCents: number;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  /** The contract date, else the invoice date; default the due date. */
  arisenOn?: IsoDate | null;
}

export interface PlacedCaseFigures {
  openCents: number;
  principalOpenCents: number;
  oldestDueDate: IsoDate;
  priority: number;
}

/** A creditor's weights: the stored ones when valid, else the domain's defaults. */
export function weightsOf(stored: PriorityWeights | null | undefined): PriorityWeights {
  return stored && validatePriorityWeights(stored).length === 0 ? stored : { ...DEFAULT_PRIORITY_WEIGHTS };
}

/**
 * The cached figures of a case just placed (first stage, no fees, payments, promises or contacts yet):
 * its balance as of today by the domain (interest from the default date the country's rules give) and
 * its priority by the domain with the creditor's weights.
 */
export function placedCaseFigures(
  subject: { country: Country; debtorKind: DebtorKind; currency: string; weights: PriorityWeights },
  claims: readonly PlacedClaim[],
  today: IsoDate,
): PlacedCaseFigures {
  const balance = computeBalance({
    country: subject.country, debtorKind: subject.debtorKind, currency: subject.currency, asOf: today,
    claims: claims.map((c) => ({
      reference: c.reference, principalCents: c.principalCents, dueDate: c.dueDate, defaultDate: c.defaultDate, arisenOn: c.arisenOn ?? null,
    })),
    fees: [], payments: [],
  }, { statutoryFlatFees: true });
  const openCents = Math.max(0, balance.totalCents);
  const oldestDueDate = claims.map((c) => c.dueDate).reduce((a, b) => minDate(a, b));
  let limitation: IsoDate | null = null;
  for (const c of claims) {
    const { limitationDate: date } = limitationDate(subject.country, { arisenOn: c.dueDate, acknowledgements: [], suspensions: [] });
    if (date !== null && (limitation === null || compareDates(date, limitation) < 0)) limitation = date;
  }
  const priority = casePriority({
    openCents, daysOverdue: Math.max(daysBetween(oldestDueDate, today), 0), limitationDate: limitation, nextCourtDeadline: null, stage: 'REMINDER', brokenPromises: 0, callbackDue: false,
    currency: subject.currency, asOf: today, daysSinceLastContact: null, outcomeHistory: { noContact: 0, reached: 0, promisesKept: 0 },
  }, subject.weights);
  return { openCents, principalOpenCents: openPrincipalCents(balance), oldestDueDate, priority };
}
