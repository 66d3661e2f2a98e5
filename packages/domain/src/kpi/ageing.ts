import { daysBetween, type IsoDate } from '../dates.js';

/**
 * Ageing of open cases as of a day. A case's age is the number of calendar days from its start
 * date (placement or oldest due date, as the report chooses) to the as-of day: a case placed today
 * is 0 days old. Buckets: 0–30, 31–60, 61–90, 91–180 and over 180 days. All five buckets are always
 * returned, in that order, empty ones with zero cases and zero cents.
 */
export const AGEING_BUCKETS = [
  { key: 'DAYS_0_30', label: '0–30 days', fromDays: 0, toDays: 30 },
  { key: 'DAYS_31_60', label: '31–60 days', fromDays: 31, toDays: 60 },
  { key: 'DAYS_61_90', label: '61–90 days', fromDays: 61, toDays: 90 },
  { key: 'DAYS_91_180', label: '91–180 days', fromDays: 91, toDays: 180 },
  { key: 'OVER_180', label: 'over 180 days', fromDays: 181, toDays: null },
] as const;

export type AgeingBucketKey = (typeof AGEING_BUCKETS)[number]['key'];

export interface AgeingInputRow {
  /** Start of the case's age: placement date or oldest due date. Not after the as-of day. */
  since: IsoDate;
  /** Open cases with that start date (rows may be pre-aggregated, e.g. one per day). */
  cases: number;
  /** What is still owed on them in cents (e.g. the principal outstanding: placed minus collected). */
  openCents: number;
  /** What was placed on them in cents (e.g. their principal at placement). */
  placedCents: number;
}

export interface AgeingBucket {
  key: AgeingBucketKey;
  label: string;
  fromDays: number;
  /** Last age in the bucket, both ends included; null for the open-ended last bucket. */
  toDays: number | null;
  cases: number;
  openCents: number;
  placedCents: number;
}

/** Open cases and amounts (still owed, placed) by age bucket as of `asOf`. */
export function ageingBuckets(rows: readonly AgeingInputRow[], asOf: IsoDate): AgeingBucket[] {
  const buckets: AgeingBucket[] = AGEING_BUCKETS.map((b) => ({ ...b, cases: 0, openCents: 0, placedCents: 0 }));
  for (const row of rows) {
    if (!Number.isSafeInteger(row.cases) || row.cases < 0) {
      throw new RangeError(`cases must be a whole number >= 0, got ${row.cases}`);
    }
    if (!Number.isSafeInteger(row.openCents)) throw new RangeError(`openCents must be whole cents, got ${row.openCents}`);
    if (!Number.isSafeInteger(row.placedCents)) throw new RangeError(`placedCents must be whole cents, got ${row.placedCents}`);
    const age = daysBetween(row.since, asOf);
    if (age < 0) throw new RangeError(`since ${row.since} is after the as-of day ${asOf}`);
    const bucket = buckets.find((b) => b.toDays === null || age <= b.toDays)!;
    bucket.cases += row.cases;
    bucket.openCents += row.openCents;
    bucket.placedCents += row.placedCents;
  }
  for (const b of buckets) {
    if (!Number.isSafeInteger(b.openCents)) throw new RangeError(`open amount of ${b.label} is too large`);
    if (!Number.isSafeInteger(b.placedCents)) throw new RangeError(`placed amount of ${b.label} is too large`);
  }
  return buckets;
}
