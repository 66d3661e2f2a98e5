import { addDays } from '../dates.js';
import { ageingBuckets, type AgeingBucketKey, type AgeingInputRow } from './ageing.js';

const AS_OF = '2025-06-30';
const agedRow = (ageDays: number, cases = 1, openCents = 100, placedCents = openCents): AgeingInputRow => ({
  since: addDays(AS_OF, -ageDays),
  cases,
  openCents,
  placedCents,
});

describe('ageingBuckets', () => {
  it('always returns all five buckets in order', () => {
    expect(ageingBuckets([], AS_OF)).toEqual([
      { key: 'DAYS_0_30', label: '0–30 days', fromDays: 0, toDays: 30, cases: 0, openCents: 0, placedCents: 0 },
      { key: 'DAYS_31_60', label: '31–60 days', fromDays: 31, toDays: 60, cases: 0, openCents: 0, placedCents: 0 },
      { key: 'DAYS_61_90', label: '61–90 days', fromDays: 61, toDays: 90, cases: 0, openCents: 0, placedCents: 0 },
      { key: 'DAYS_91_180', label: '91–180 days', fromDays: 91, toDays: 180, cases: 0, openCents: 0, placedCents: 0 },
      { key: 'OVER_180', label: 'over 180 days', fromDays: 181, toDays: null, cases: 0, openCents: 0, placedCents: 0 },
    ]);
  });

  it.each<[number, AgeingBucketKey]>([
    [0, 'DAYS_0_30'],
    [30, 'DAYS_0_30'],
    [31, 'DAYS_31_60'],
    [60, 'DAYS_31_60'],
    [61, 'DAYS_61_90'],
    [90, 'DAYS_61_90'],
    [91, 'DAYS_91_180'],
    [180, 'DAYS_91_180'],
    [181, 'OVER_180'],
    [2_000, 'OVER_180'],
  ])('a case %p days old falls in %s', (age, key) => {
    const result = ageingBuckets([agedRow(age, 2, 5_000)], AS_OF);
    expect(result.filter((b) => b.cases > 0)).toEqual([expect.objectContaining({ key, cases: 2, openCents: 5_000 })]);
  });

  it('sums pre-aggregated rows per bucket', () => {
    const rows: AgeingInputRow[] = [
      { since: '2025-06-30', cases: 3, openCents: 30_000, placedCents: 30_000 }, // 0 days
      { since: '2025-05-31', cases: 2, openCents: 12_345, placedCents: 20_000 }, // 30 days
      { since: '2025-05-30', cases: 1, openCents: 999, placedCents: 1_000 }, // 31 days
      { since: '2025-01-01', cases: 4, openCents: 400_000, placedCents: 400_000 }, // 180 days
      { since: '2024-12-31', cases: 1, openCents: 1, placedCents: 5_000 }, // 181 days
    ];
    expect(ageingBuckets(rows, AS_OF).map((b) => [b.key, b.cases, b.openCents, b.placedCents])).toEqual([
      ['DAYS_0_30', 5, 42_345, 50_000],
      ['DAYS_31_60', 1, 999, 1_000],
      ['DAYS_61_90', 0, 0, 0],
      ['DAYS_91_180', 4, 400_000, 400_000],
      ['OVER_180', 1, 1, 5_000],
    ]);
  });

  it('rejects a start after the as-of day, fractional counts and cents', () => {
    expect(() => ageingBuckets([{ since: '2025-07-01', cases: 1, openCents: 1, placedCents: 1 }], AS_OF)).toThrow(RangeError);
    expect(() => ageingBuckets([agedRow(5, 1.5)], AS_OF)).toThrow(RangeError);
    expect(() => ageingBuckets([agedRow(5, 1, 0.5)], AS_OF)).toThrow(RangeError);
    expect(() => ageingBuckets([agedRow(5, 1, 100, 0.5)], AS_OF)).toThrow(RangeError);
    expect(() => ageingBuckets([{ since: '2025-02-30', cases: 1, openCents: 1, placedCents: 1 }], AS_OF)).toThrow(RangeError);
  });
});
