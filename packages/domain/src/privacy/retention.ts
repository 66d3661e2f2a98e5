import { addDays, compareDates, type IsoDate, isIsoDate, maxDate } from '../dates.js';
import { RuleViolation } from '../rule-violation.js';

/**
 * Retention duties (HGB 257, AO 147): each kind of record is kept for its period, counted from the end
 * of the calendar year the case closed (Europe/Berlin). Once every period of every case of a debtor
 * has ended, the debtor's personal data is pseudonymised; amounts, dates, stages and outcomes stay.
 */
export const RETENTION_RECORD_TYPES = ['BOOKS', 'BOOKKEEPING_RECORDS', 'BUSINESS_LETTERS'] as const;
export type RetentionRecordType = (typeof RETENTION_RECORD_TYPES)[number];

/** The calendar the retention years are counted in. */
export const RETENTION_TIME_ZONE = 'Europe/Berlin';

export interface RetentionDuty {
  years: number;
  label: string;
  /** The records of this type Mahnwerk holds. */
  records: string;
  statute: string;
}

export const RETENTION_DUTIES: Readonly<Record<RetentionRecordType, RetentionDuty>> = {
  BOOKS: {
    years: 10,
    label: 'Books',
    records: 'Case accounts: claims, fees, interest, adjustments and the allocation of payments',
    statute: 'HGB 257(1) no. 1, (4); AO 147(1) no. 1, (3)',
  },
  BOOKKEEPING_RECORDS: {
    years: 8,
    label: 'Booking records',
    records: 'Payments, bank statement lines, settlements, payment plans and promises to pay',
    statute: 'HGB 257(1) no. 4, (4); AO 147(1) no. 4, (3) (8 years from 2025)',
  },
  BUSINESS_LETTERS: {
    years: 6,
    label: 'Business letters',
    records: 'Letters (including dunning letters), e-mails and text messages sent, disputes and their documents, returned mail',
    statute: 'HGB 257(1) nos. 2-3, (4); AO 147(1) nos. 2-3, (3)',
  },
};

/**
 * Booking records: 8 years from 2025 (BEG IV) for every record whose former 10-year period had not
 * ended by 31 December 2024; one whose 8 years ended before that was kept until then.
 */
const BOOKING_RECORDS_OLD_YEARS = 10;
const BOOKING_RECORDS_CHANGE_LAST_OLD_DAY: IsoDate = '2024-12-31';

/** The last day records of this type are kept for a case closed on `closedOn` (the 31 December its period ends). */
export function retentionEndOf(type: RetentionRecordType, closedOn: IsoDate): IsoDate {
  if (!isIsoDate(closedOn)) throw new RuleViolation(`The closing date "${String(closedOn)}" is not a valid date; use YYYY-MM-DD`, 'closedOn');
  const year = Number(closedOn.slice(0, 4));
  const end = (years: number): IsoDate => `${String(year + years).padStart(4, '0')}-12-31`;
  if (type !== 'BOOKKEEPING_RECORDS') return end(RETENTION_DUTIES[type].years);
  const former = end(BOOKING_RECORDS_OLD_YEARS);
  if (compareDates(former, BOOKING_RECORDS_CHANGE_LAST_OLD_DAY) <= 0) return former;
  return maxDate(end(RETENTION_DUTIES.BOOKKEEPING_RECORDS.years), BOOKING_RECORDS_CHANGE_LAST_OLD_DAY);
}

/** A case of the debtor as retention sees it: `closedOn` null while it is open. */
export interface RetentionCase {
  closedOn: IsoDate | null;
}

/** How long one record type of a debtor is kept: `lastDay` null while a case is still open. */
export interface RetentionPeriod {
  type: RetentionRecordType;
  lastDay: IsoDate | null;
  ended: boolean;
}

/** The latest closing day of the debtor's cases; null while one is open or when there are none. */
export function latestClosingOf(cases: readonly RetentionCase[]): IsoDate | null {
  if (cases.length === 0 || cases.some((c) => c.closedOn === null)) return null;
  return cases.map((c) => c.closedOn as IsoDate).reduce(maxDate);
}

/** Each record type's period for the debtor (their latest case decides), as of `asOf`. */
export function retentionPeriodsOf(cases: readonly RetentionCase[], asOf: IsoDate): RetentionPeriod[] {
  const closed = latestClosingOf(cases);
  return RETENTION_RECORD_TYPES.map((type) => {
    const lastDay = closed === null ? null : retentionEndOf(type, closed);
    return { type, lastDay, ended: lastDay !== null && compareDates(lastDay, asOf) < 0 };
  });
}

/** The last day any record of the debtor is kept; null while a case is open or without cases. */
export function debtorRetentionEnd(cases: readonly RetentionCase[]): IsoDate | null {
  const closed = latestClosingOf(cases);
  return closed === null ? null : RETENTION_RECORD_TYPES.map((t) => retentionEndOf(t, closed)).reduce(maxDate);
}

/** True when every period of every case of the debtor has ended by `asOf`: the debtor is pseudonymised. */
export function isRetentionOver(cases: readonly RetentionCase[], asOf: IsoDate): boolean {
  const end = debtorRetentionEnd(cases);
  return end !== null && compareDates(end, asOf) < 0;
}

/** What the retention job replaces or removes for a debtor (each by name in the dry run and the audit event). */
export const PSEUDONYMISED_DATA = [
  'name', 'address', 'email', 'phone', 'preferredChannel', 'activityNotes', 'letterContents', 'messages',
  'bankPayerDetails', 'returnedMailAddresses', 'disputeTexts', 'disputeDocuments', 'holdReasons', 'settlementReasons', 'adjustmentReasons',
  'portalAccess',
] as const;
export type PseudonymisedData = (typeof PSEUDONYMISED_DATA)[number];

/** A debtor's name once pseudonymised: their reference stays, so the figures stay attributable to the creditor's record. */
export function pseudonymOf(debtorRef: string): string {
  return `Pseudonymised debtor ${debtorRef}`;
}

/** What replaces a free text (notes, reasons, messages) once pseudonymised or erased. */
export const PSEUDONYMISED_TEXT = '[pseudonymised]';
export const ERASED_TEXT = '[erased at the data subject\'s request]';

/** Data no retention duty keeps: an erasure request erases it at once when no case is open. */
export const ERASABLE_NOW = ['email', 'phone', 'preferredChannel', 'callNotes', 'portalAccess'] as const;
export type ErasableData = (typeof ERASABLE_NOW)[number];

export const ERASABLE_LABELS: Readonly<Record<ErasableData, string>> = {
  email: 'E-mail address',
  phone: 'Phone number',
  preferredChannel: 'Preferred contact channel',
  callNotes: 'Notes of calls and other contacts that are not letters or messages',
  portalAccess: 'Portal links and sessions',
};

/** One line of the statement an erasure request answers with: what is kept, why and until when. */
export interface KeptRecord {
  /** A retention record type, OPEN_CASES (the claim is still pursued) or IDENTITY (name and address naming the kept records). */
  type: RetentionRecordType | 'OPEN_CASES' | 'IDENTITY';
  label: string;
  records: string;
  reason: string;
  /** The last day it is kept; null: until the open cases close (then the periods start). */
  keptUntil: IsoDate | null;
}

export interface ErasurePlan {
  /** Erased now. */
  eraseNow: ErasableData[];
  /** Kept, each with its reason and last day. */
  kept: KeptRecord[];
  /** Every period has ended: everything is pseudonymised now. */
  pseudonymiseNow: boolean;
  /** The day the retention job pseudonymises the rest (the day after the last period ends); null while a case is open. */
  pseudonymisedFrom: IsoDate | null;
}

/**
 * What an erasure request (Art. 17 GDPR) does as of `asOf`: while a case is open everything on it is
 * kept for the claim (Art. 17(3)(e)); otherwise contact data no retention duty needs is erased now,
 * and each record type is kept until its period ends (Art. 17(3)(b)), the debtor's name and address
 * as long as any of them. When every period has ended, everything is pseudonymised at once.
 */
export function erasurePlan(cases: readonly RetentionCase[], asOf: IsoDate): ErasurePlan {
  const open = cases.some((c) => c.closedOn === null);
  if (open) {
    return {
      eraseNow: [],
      kept: [{
        type: 'OPEN_CASES', label: 'Open cases', records: 'Everything held on the debtor, while a claim is still pursued',
        reason: 'Establishment, exercise or defence of legal claims (Art. 17(3)(e) GDPR); the retention periods start when the cases close',
        keptUntil: null,
      }],
      pseudonymiseNow: false,
      pseudonymisedFrom: null,
    };
  }
  if (cases.length === 0 || isRetentionOver(cases, asOf)) {
    return { eraseNow: [...ERASABLE_NOW], kept: [], pseudonymiseNow: true, pseudonymisedFrom: asOf };
  }
  const periods = retentionPeriodsOf(cases, asOf).filter((p) => !p.ended);
  const end = debtorRetentionEnd(cases) as IsoDate;
  const kept: KeptRecord[] = periods.map((p) => ({
    type: p.type, label: RETENTION_DUTIES[p.type].label, records: RETENTION_DUTIES[p.type].records,
    reason: `Retention duty of ${RETENTION_DUTIES[p.type].years} years (${RETENTION_DUTIES[p.type].statute}; Art. 17(3)(b) GDPR)`,
    keptUntil: p.lastDay,
  }));
  kept.push({
    type: 'IDENTITY', label: 'Name and postal address', records: 'The debtor\'s name and address as the kept records name them',
    reason: 'Needed to identify the records kept under a retention duty', keptUntil: end,
  });
  return { eraseNow: [...ERASABLE_NOW], kept, pseudonymiseNow: false, pseudonymisedFrom: addDays(end, 1) };
}


/**
 * The first closing day whose records are still kept on `asOf`: a debtor whose cases all closed
 * before it is past every period (the longest, books, decides). The retention job's query selects
 * by it; the domain still decides each debtor with isRetentionOver.
 */
export function retentionClosingCutoff(asOf: IsoDate): IsoDate {
  if (!isIsoDate(asOf)) throw new RuleViolation(`The day "${String(asOf)}" is not a valid date; use YYYY-MM-DD`, 'asOf');
  const longest = Math.max(...RETENTION_RECORD_TYPES.map((t) => RETENTION_DUTIES[t].years));
  return `${String(Number(asOf.slice(0, 4)) - longest).padStart(4, '0')}-01-01`;
}

/**
 * The hold a restriction of processing (Art. 18 GDPR) places on each open case of the debtor: out of
 * every queue and the pool, skipped by the dunning run. Only lifting the restriction releases it.
 */
export const PROCESSING_RESTRICTION_HOLD = {
  type: 'CEASE_CONTACT',
  reason: 'Processing restricted at the debtor\'s request (Art. 18 GDPR)',
} as const;

/** True for a hold a restriction of processing placed (released only by lifting the restriction). */
export function isProcessingRestrictionHold(hold: { type: string; reason: string }): boolean {
  return hold.type === PROCESSING_RESTRICTION_HOLD.type && hold.reason === PROCESSING_RESTRICTION_HOLD.reason;
}
