import { compareDates, isoWeekday, toDayNumber, fromDayNumber, type IsoDate } from '../dates.js';

/**
 * Collector and money rates for the KPI board. Every rate is a plain share or average, not rounded;
 * it is null when its denominator is zero (nothing to measure), never 0 and never NaN.
 */

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

function assertCents(name: string, n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${name} must be whole cents, got ${n}`);
}

/** Right-party contact rate: contacts that reached the debtor (or an authorised person) / contact attempts. */
export function rightPartyContactRate(rightPartyContacts: number, contactAttempts: number): number | null {
  assertCount('rightPartyContacts', rightPartyContacts);
  assertCount('contactAttempts', contactAttempts);
  if (rightPartyContacts > contactAttempts) {
    throw new RangeError(`more right-party contacts (${rightPartyContacts}) than attempts (${contactAttempts})`);
  }
  return contactAttempts === 0 ? null : rightPartyContacts / contactAttempts;
}

/**
 * Working days from `from` to `to`, both days included: Monday to Friday, minus the given holidays
 * (a holiday on a weekend is not subtracted twice; duplicates count once).
 */
export function countWorkingDays(from: IsoDate, to: IsoDate, holidays: readonly IsoDate[] = []): number {
  if (compareDates(to, from) < 0) throw new RangeError(`period ends (${to}) before it starts (${from})`);
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const holidayNumbers = new Set(holidays.map(toDayNumber));
  let count = 0;
  for (let day = first; day <= last; day++) {
    if (isoWeekday(fromDayNumber(day)) <= 5 && !holidayNumbers.has(day)) count++;
  }
  return count;
}

export interface ContactsPerCollectorInput {
  /** Contacts made in the period (calls, letters sent by a person, e-mails: whatever the board counts). */
  contacts: number;
  /** Collectors working in the period. */
  collectors: number;
  /** First and last day of the period, both included. */
  from: IsoDate;
  to: IsoDate;
  /** Public holidays to leave out (e.g. publicHolidays(...) for the creditor's country). */
  holidays?: readonly IsoDate[];
}

/** Contacts per collector per working day: contacts / (collectors × working days Mon–Fri without holidays). */
export function contactsPerCollectorPerWorkingDay(input: ContactsPerCollectorInput): number | null {
  assertCount('contacts', input.contacts);
  assertCount('collectors', input.collectors);
  const collectorDays = input.collectors * countWorkingDays(input.from, input.to, input.holidays);
  return collectorDays === 0 ? null : input.contacts / collectorDays;
}

/** Average handling time in seconds: total handling seconds / handled contacts. */
export function averageHandlingTimeSeconds(totalHandlingSeconds: number, handledContacts: number): number | null {
  if (!Number.isFinite(totalHandlingSeconds) || totalHandlingSeconds < 0) {
    throw new RangeError(`totalHandlingSeconds must be >= 0, got ${totalHandlingSeconds}`);
  }
  assertCount('handledContacts', handledContacts);
  return handledContacts === 0 ? null : totalHandlingSeconds / handledContacts;
}

/**
 * Payment rate by amounts: collected / placed. Above 1 when interest and fees were collected on
 * top of the principal placed.
 */
export function paymentRateByAmount(collectedCents: number, placedCents: number): number | null {
  assertCents('collectedCents', collectedCents);
  assertCents('placedCents', placedCents);
  if (placedCents < 0) throw new RangeError(`placedCents must be >= 0, got ${placedCents}`);
  return placedCents === 0 ? null : collectedCents / placedCents;
}

export type AllocationPart = 'FEES' | 'INTEREST' | 'PRINCIPAL';

export interface AllocatedAmountRow {
  part: AllocationPart;
  /** Amount allocated to that part (negative for a reversal). */
  cents: number;
}

export interface CollectedByPart {
  feesCents: number;
  interestCents: number;
  principalCents: number;
  /** Fees and interest collected: feesCents + interestCents. */
  feesAndInterestCents: number;
  totalCents: number;
}

/** Fees and interest collected: payments summed by the part of the claim they were allocated to. */
export function collectedByPart(rows: readonly AllocatedAmountRow[]): CollectedByPart {
  const sums: Record<AllocationPart, number> = { FEES: 0, INTEREST: 0, PRINCIPAL: 0 };
  for (const row of rows) {
    if (!(row.part in sums)) throw new RangeError(`unknown allocation part ${String(row.part)}`);
    assertCents('cents', row.cents);
    sums[row.part] += row.cents;
  }
  for (const part of Object.keys(sums) as AllocationPart[]) assertCents(`sum of ${part}`, sums[part]);
  return {
    feesCents: sums.FEES,
    interestCents: sums.INTEREST,
    principalCents: sums.PRINCIPAL,
    feesAndInterestCents: sums.FEES + sums.INTEREST,
    totalCents: sums.FEES + sums.INTEREST + sums.PRINCIPAL,
  };
}
