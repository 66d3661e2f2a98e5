import { INTEREST_DENOMINATOR, interestSegments, roundCumulative, simpleInterestCents } from './interest-segments.js';

describe('simpleInterestCents (365-day year, DESIGN.md 7; half-up once)', () => {
  it.each([
    // 1,000.00 EUR for 365 days at 5.27 % = 1000 * 0.0527 = 52.70 EUR
    [100_000, 527, 365, 5_270],
    // 1,000.00 EUR, 181 days at 7.27 %: 1000 * 0.0727 * 181 / 365 = 36.0512... EUR
    [100_000, 727, 181, 3_605],
    // 1,000.00 EUR, 91 days at 7.27 %: 1000 * 0.0727 * 91 / 365 = 18.1252... EUR
    [100_000, 727, 91, 1_813],
    // a leap year still counts 366 days over 365: 1000 * 0.0527 * 366 / 365 = 52.8443... EUR
    [100_000, 527, 366, 5_284],
    // exactly half a cent rounds up: 73 * 500 * 50 / 3,650,000 = 0.5
    [73, 500, 50, 1],
    // just below half a cent rounds down: 73 * 500 * 49 / 3,650,000 = 0.49
    [73, 500, 49, 0],
    // 10^12 cents (the maximum) for 10 years at 12.62 %: no float anywhere
    [1_000_000_000_000, 1262, 3650, 1_262_000_000_000],
  ])('%p cents at %p bp for %p days = %p cents', (principal, bp, days, expected) => {
    expect(simpleInterestCents(principal, bp, days)).toBe(expected);
  });
});

describe('interestSegments (split at every BGB 247 reset, each day at the rate in force)', () => {
  it('splits a period across 2024-07-01 into two rate periods', () => {
    const segments = interestSegments({
      country: 'DE',
      debtorKind: 'consumer',
      principalCents: 100_000,
      accruesAfter: '2024-05-31',
      through: '2024-08-31',
    });
    expect(segments.map(({ from, to, days, numerator, rate }) => ({ from, to, days, numerator, bp: rate.basisPoints }))).toEqual([
      // 1000 EUR * 8.62 % * 30 / 365 = 7.0849 EUR
      { from: '2024-06-01', to: '2024-06-30', days: 30, numerator: 100_000n * 862n * 30n, bp: 862 },
      // 1000 EUR * 8.37 % * 62 / 365 = 14.2175 EUR
      { from: '2024-07-01', to: '2024-08-31', days: 62, numerator: 100_000n * 837n * 62n, bp: 837 },
    ]);
    const total = segments.reduce((s, x) => s + x.numerator, 0n);
    expect(roundCumulative([total], INTEREST_DENOMINATOR)).toEqual([2_130n]); // 21.3024 EUR -> 21.30
  });

  it('crosses several resets (BGB 288(2), business) and counts every day once', () => {
    const segments = interestSegments({
      country: 'DE',
      debtorKind: 'business',
      principalCents: 50_000,
      accruesAfter: '2022-12-31',
      through: '2025-12-31',
    });
    expect(segments.map((s) => s.rate.tableFrom)).toEqual([
      '2023-01-01',
      '2023-07-01',
      '2024-01-01',
      '2024-07-01',
      '2025-01-01',
      '2025-07-01',
    ]);
    expect(segments.reduce((n, s) => n + s.days, 0)).toBe(365 + 366 + 365);
  });

  it.each([
    ['2025-03-31', '2025-03-31'],
    ['2025-03-31', '2025-03-01'],
  ])('accrues nothing after %s through %s', (after, through) => {
    expect(
      interestSegments({ country: 'DE', debtorKind: 'consumer', principalCents: 100_000, accruesAfter: after, through }),
    ).toEqual([]);
  });

  it('never accrues negative interest when a (hypothetical) total rate is below zero', () => {
    const [segment] = interestSegments({
      country: 'DE',
      debtorKind: 'consumer',
      principalCents: 100_000,
      accruesAfter: '2030-01-01',
      through: '2030-01-31',
      tables: { DE: [{ from: '2030-01-01', ratePercent: '-6.00' }] },
    });
    expect(segment?.rate.basisPoints).toBe(-100);
    expect(segment?.numerator).toBe(0n);
  });
});

describe('roundCumulative (parts add up to the total rounded once)', () => {
  it.each<[bigint[], bigint, bigint[]]>([
    [[5n, 5n, 5n], 10n, [1n, 0n, 1n]], // 0.5 + 0.5 + 0.5 = 1.5 -> 2
    [[4n, 4n, 4n], 10n, [0n, 1n, 0n]], // 1.2 -> 1
    [[15n, 15n], 10n, [2n, 1n]], // 3.0
    [[], 10n, []],
  ])('%p / %p -> %p', (numerators, d, parts) => {
    expect(roundCumulative(numerators, d)).toEqual(parts);
  });
});
