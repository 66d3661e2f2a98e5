import {
  DEFAULT_PRIORITY_WEIGHTS, caseLimitation, casePriority, computeBalance, daysBetween, minDate, openPrincipalCents, validatePriorityWeights,
  type CaseImportRow, type Country, type DebtorKind, type IsoDate, type PriorityWeights,
} from '@mahnwerk/domain';

/** What a new case's figures are computed from. */
export interface PlacedClaim {
  reference: string;
  principalCents: number;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  /** Interest facts (BGB 288(2) kind and obligation date; renteloven 3(3) counts from the invoice). */
  invoiceDate?: IsoDate | null;
  contractDate?: IsoDate | null;
  claimKind?: 'goods_services' | 'other' | null;
  /** Renteloven 3(1): interest from the due date when it was agreed in advance (null: agreed). */
  dueDateFixed?: boolean | null;
}

/** The figures' facts of an intake row's invoice. */
export function placedClaimOf(r: CaseImportRow): PlacedClaim {
  return {
    reference: r.invoiceRef, principalCents: r.principalCents, dueDate: r.dueDate, defaultDate: r.defaultDate,
    invoiceDate: r.invoiceDate, contractDate: r.contractDate, claimKind: r.claimKind, dueDateFixed: r.dueDateFixed,
  };
}

export interface PlacedCaseFigures {
  openCents: number;
  principalOpenCents: number;
  oldestDueDate: IsoDate;
  priority: number;
  /** The first day on which a claim runs out (domain caseLimitation), stored as the case's limitation snapshot. */
  limitationDate: IsoDate | null;
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
      reference: c.reference, principalCents: c.principalCents, dueDate: c.dueDate, defaultDate: c.defaultDate,
      invoiceDate: c.invoiceDate ?? null, contractDate: c.contractDate ?? null, claimKind: c.claimKind ?? null, dueDateFixed: c.dueDateFixed ?? true,
    })),
    fees: [], payments: [],
  }, { statutoryFlatFees: true });
  const openCents = Math.max(0, balance.totalCents);
  const oldestDueDate = claims.map((c) => c.dueDate).reduce((a, b) => minDate(a, b));
  const limitation = caseLimitation({ country: subject.country, claims, acknowledgements: [], asOf: today }).date;
  const priority = casePriority({
    openCents, daysOverdue: Math.max(daysBetween(oldestDueDate, today), 0), limitationDate: limitation, nextCourtDeadline: null, stage: 'REMINDER', brokenPromises: 0, callbackDue: false,
    currency: subject.currency, asOf: today, daysSinceLastContact: null, outcomeHistory: { noContact: 0, reached: 0, promisesKept: 0 },
  }, subject.weights);
  return { openCents, principalOpenCents: openPrincipalCents(balance), oldestDueDate, priority, limitationDate: limitation };
}
