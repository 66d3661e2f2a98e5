import {
  actualVsForecast,
  forecastRecoveries,
  forecastSegment,
  keptRateFor,
  type ForecastItem,
  type SegmentHistory,
} from './forecast.js';

describe('forecastSegment (creditor | kind | amount band)', () => {
  it.each<[number, string]>([
    [0, 'c1|PROMISE|UP_TO_100'],
    [10_000, 'c1|PROMISE|UP_TO_100'], // 100.00 is still the first band
    [10_001, 'c1|PROMISE|100_TO_500'],
    [50_000, 'c1|PROMISE|100_TO_500'],
    [50_001, 'c1|PROMISE|500_TO_2000'],
    [200_000, 'c1|PROMISE|500_TO_2000'],
    [200_001, 'c1|PROMISE|OVER_2000'],
  ])('%p cents -> %s', (amountCents, expected) => {
    expect(forecastSegment({ creditorId: 'c1', kind: 'PROMISE', amountCents })).toBe(expected);
  });

  it('keeps the kind apart and rejects fractional cents', () => {
    expect(forecastSegment({ creditorId: 'c2', kind: 'INSTALLMENT', amountCents: 5 })).toBe('c2|INSTALLMENT|UP_TO_100');
    expect(() => forecastSegment({ creditorId: 'c1', kind: 'PROMISE', amountCents: 1.5 })).toThrow(RangeError);
  });
});

const A = 'c1|PROMISE|100_TO_500';
const B = 'c1|INSTALLMENT|UP_TO_100';
// A: 15 of 20 kept (0.75, enough history). B: 3 of 10 (too few -> overall 18 of 30 = 0.6).
const history: SegmentHistory[] = [
  { segment: A, kept: 10, broken: 5 },
  { segment: A, kept: 5, broken: 0 },
  { segment: B, kept: 3, broken: 7 },
];

describe('keptRateFor', () => {
  it.each<[string, string, SegmentHistory[], object]>([
    ['segment with 20 resolved', A, history, { kept: 15, resolved: 20, rate: 0.75, source: 'SEGMENT' }],
    ['segment with 10 resolved -> overall', B, history, { kept: 18, resolved: 30, rate: 0.6, source: 'OVERALL' }],
    ['unknown segment -> overall', 'c9|PROMISE|OVER_2000', history, { kept: 18, resolved: 30, rate: 0.6, source: 'OVERALL' }],
    ['no history -> 0.5', A, [], { kept: 1, resolved: 2, rate: 0.5, source: 'DEFAULT' }],
    ['only zero rows -> 0.5', A, [{ segment: A, kept: 0, broken: 0 }], { kept: 1, resolved: 2, rate: 0.5, source: 'DEFAULT' }],
    [
      '19 resolved -> overall',
      A,
      [
        { segment: A, kept: 19, broken: 0 },
        { segment: B, kept: 0, broken: 1 },
      ],
      { kept: 19, resolved: 20, rate: 0.95, source: 'OVERALL' },
    ],
    ['all broken is a rate of 0', A, [{ segment: A, kept: 0, broken: 25 }], { kept: 0, resolved: 25, rate: 0, source: 'SEGMENT' }],
  ])('%s', (_label, segment, rows, expected) => {
    expect(keptRateFor(segment, rows)).toEqual(expected);
  });
});

describe('forecastRecoveries', () => {
  const asOf = '2025-06-01'; // windows: 30 days up to 2025-06-30, 60 to 2025-07-30, 90 to 2025-08-29
  const items: ForecastItem[] = [
    { dueDate: '2025-06-01', amountCents: 20_000, kind: 'PROMISE', segment: A }, // today: × 0.75 = 15,000
    { dueDate: '2025-06-30', amountCents: 5_001, kind: 'INSTALLMENT', segment: B }, // day 29: × 0.6 = 3,000.6
    { dueDate: '2025-07-01', amountCents: 333, kind: 'PROMISE', segment: A }, // day 30: × 0.75 = 249.75
    { dueDate: '2025-08-29', amountCents: 250_000, kind: 'PROMISE', segment: 'c2|PROMISE|OVER_2000' }, // day 89: × 0.6 = 150,000
    { dueDate: '2025-05-31', amountCents: 99_999, kind: 'PROMISE', segment: A }, // overdue: not expected
    { dueDate: '2025-08-30', amountCents: 777, kind: 'PROMISE', segment: A }, // day 90: beyond the last window
  ];

  it('hand-checked windows, rounded half up once per window', () => {
    expect(forecastRecoveries(items, history, asOf)).toEqual([
      { days: 30, promisedCents: 25_001, expectedCents: 18_001 }, // 18,000.6
      { days: 60, promisedCents: 25_334, expectedCents: 18_250 }, // 18,250.35
      { days: 90, promisedCents: 275_334, expectedCents: 168_250 }, // 168,250.35
    ]);
  });

  it('rounds the sum, not each item', () => {
    const cent = (dueDate: string, amountCents: number): ForecastItem => ({ dueDate, amountCents, kind: 'PROMISE', segment: A });
    // No history: 0.5 each. 1 + 1 cents -> 0.5 + 0.5 = 1 (per item it would be 1 + 1 = 2).
    expect(forecastRecoveries([cent('2025-06-02', 1), cent('2025-06-03', 1)], [], asOf, [30])).toEqual([
      { days: 30, promisedCents: 2, expectedCents: 1 },
    ]);
    // 3 cents × 0.5 = 1.5 -> 2 (half up).
    expect(forecastRecoveries([cent('2025-06-02', 3)], [], asOf, [30])[0]!.expectedCents).toBe(2);
    // 1 cent at 1/3 and 1 cent at 2/3 make exactly 1 cent.
    const thirds: SegmentHistory[] = [
      { segment: 'X', kept: 10, broken: 20 },
      { segment: 'Y', kept: 20, broken: 10 },
    ];
    expect(
      forecastRecoveries(
        [
          { dueDate: '2025-06-02', amountCents: 1, kind: 'PROMISE', segment: 'X' },
          { dueDate: '2025-06-02', amountCents: 1, kind: 'PROMISE', segment: 'Y' },
        ],
        thirds,
        asOf,
        [30],
      )[0]!.expectedCents,
    ).toBe(1);
  });

  it('zero in every window without items', () => {
    expect(forecastRecoveries([], history, asOf)).toEqual([
      { days: 30, promisedCents: 0, expectedCents: 0 },
      { days: 60, promisedCents: 0, expectedCents: 0 },
      { days: 90, promisedCents: 0, expectedCents: 0 },
    ]);
  });

  it('rejects bad amounts, dates, kinds and horizons', () => {
    const ok: ForecastItem = { dueDate: '2025-06-02', amountCents: 100, kind: 'PROMISE', segment: A };
    expect(() => forecastRecoveries([{ ...ok, amountCents: 0.5 }], history, asOf)).toThrow(RangeError);
    expect(() => forecastRecoveries([{ ...ok, dueDate: '2025-06-31' }], history, asOf)).toThrow(RangeError);
    expect(() => forecastRecoveries([{ ...ok, kind: 'PLAN' as 'PROMISE' }], history, asOf)).toThrow(RangeError);
    expect(() => forecastRecoveries([ok], history, asOf, [0])).toThrow(RangeError);
    expect(() => forecastRecoveries([ok], [{ segment: A, kept: -1, broken: 0 }], asOf)).toThrow(RangeError);
  });
});

describe('actualVsForecast', () => {
  it.each<[number, number, number, number | null]>([
    [20_000, 15_000, -5_000, 0.75],
    [20_000, 25_000, 5_000, 1.25],
    [0, 0, 0, null],
    [0, 1_000, 1_000, null],
  ])('expected %p, actual %p -> difference %p, ratio %p', (expectedCents, actualCents, differenceCents, ratio) => {
    expect(actualVsForecast({ days: 30, promisedCents: 40_000, expectedCents }, actualCents)).toEqual({
      days: 30,
      expectedCents,
      actualCents,
      differenceCents,
      ratio,
    });
  });

  it('rejects fractional cents', () => {
    expect(() => actualVsForecast({ days: 30, promisedCents: 0, expectedCents: 0 }, 0.5)).toThrow(RangeError);
  });
});
