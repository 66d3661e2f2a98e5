import {
  averageHandlingTimeSeconds,
  collectedByPart,
  contactsPerCollectorPerWorkingDay,
  countWorkingDays,
  paymentRateByAmount,
  rightPartyContactRate,
  type AllocatedAmountRow,
} from './rates.js';

describe('rightPartyContactRate', () => {
  it.each<[number, number, number | null]>([
    [25, 100, 0.25],
    [0, 40, 0],
    [40, 40, 1],
    [0, 0, null],
  ])('%p of %p attempts -> %p', (rpc, attempts, expected) => {
    expect(rightPartyContactRate(rpc, attempts)).toBe(expected);
  });

  it.each([
    [5, 4],
    [-1, 4],
    [1.5, 4],
  ])('rejects %p of %p', (rpc, attempts) => {
    expect(() => rightPartyContactRate(rpc, attempts)).toThrow(RangeError);
  });
});

describe('countWorkingDays (Mon–Fri, both ends included, minus holidays)', () => {
  it.each<[string, string, string[], number]>([
    ['2025-03-03', '2025-03-07', [], 5], // Monday..Friday
    ['2025-03-01', '2025-03-02', [], 0], // Saturday, Sunday
    ['2025-03-07', '2025-03-07', [], 1], // a single Friday
    ['2025-03-01', '2025-03-31', [], 21], // March 2025
    ['2025-04-01', '2025-04-30', ['2025-04-18', '2025-04-21'], 20], // April 2025 minus Good Friday, Easter Monday
    ['2025-04-01', '2025-04-30', ['2025-04-18', '2025-04-18', '2025-04-20'], 21], // duplicate; Easter Sunday is no working day anyway
  ])('%s..%s minus %j -> %p', (from, to, holidays, expected) => {
    expect(countWorkingDays(from, to, holidays)).toBe(expected);
  });

  it('rejects a period that ends before it starts', () => {
    expect(() => countWorkingDays('2025-03-07', '2025-03-06')).toThrow(RangeError);
  });
});

describe('contactsPerCollectorPerWorkingDay', () => {
  it('contacts / (collectors × working days)', () => {
    // April 2025 in Germany: 22 weekdays - Good Friday - Easter Monday = 20 working days; 3 collectors = 60 collector-days.
    expect(
      contactsPerCollectorPerWorkingDay({
        contacts: 2_700,
        collectors: 3,
        from: '2025-04-01',
        to: '2025-04-30',
        holidays: ['2025-04-18', '2025-04-21'],
      }),
    ).toBe(45);
  });

  it.each([
    [0, '2025-03-03', '2025-03-07'],
    [2, '2025-03-01', '2025-03-02'],
  ])('null without collector-days (%p collectors, %s..%s)', (collectors, from, to) => {
    expect(contactsPerCollectorPerWorkingDay({ contacts: 10, collectors, from, to })).toBeNull();
  });
});

describe('averageHandlingTimeSeconds', () => {
  it.each<[number, number, number | null]>([
    [3_600, 20, 180],
    [1_000, 3, 1_000 / 3],
    [0, 0, null],
    [500, 0, null],
  ])('%p s over %p contacts -> %p', (seconds, contacts, expected) => {
    expect(averageHandlingTimeSeconds(seconds, contacts)).toBe(expected);
  });

  it('rejects negative seconds', () => {
    expect(() => averageHandlingTimeSeconds(-1, 1)).toThrow(RangeError);
  });
});

describe('paymentRateByAmount', () => {
  it.each<[number, number, number | null]>([
    [50_000, 200_000, 0.25],
    [0, 200_000, 0],
    [210_000, 200_000, 1.05], // interest and fees on top of the principal
    [0, 0, null],
    [1_000, 0, null],
  ])('%p / %p -> %p', (collected, placed, expected) => {
    expect(paymentRateByAmount(collected, placed)).toBe(expected);
  });

  it('rejects fractional cents', () => {
    expect(() => paymentRateByAmount(1.5, 100)).toThrow(RangeError);
  });
});

describe('collectedByPart (fees and interest collected)', () => {
  it('sums by allocation part', () => {
    const rows: AllocatedAmountRow[] = [
      { part: 'FEES', cents: 500 },
      { part: 'INTEREST', cents: 1_234 },
      { part: 'PRINCIPAL', cents: 10_000 },
      { part: 'FEES', cents: 250 },
      { part: 'INTEREST', cents: -34 }, // reversal
    ];
    expect(collectedByPart(rows)).toEqual({
      feesCents: 750,
      interestCents: 1_200,
      principalCents: 10_000,
      feesAndInterestCents: 1_950,
      totalCents: 11_950,
    });
  });

  it('all zero without rows', () => {
    expect(collectedByPart([])).toEqual({
      feesCents: 0,
      interestCents: 0,
      principalCents: 0,
      feesAndInterestCents: 0,
      totalCents: 0,
    });
  });

  it('rejects fractional cents and unknown parts', () => {
    expect(() => collectedByPart([{ part: 'FEES', cents: 0.5 }])).toThrow(RangeError);
    expect(() => collectedByPart([{ part: 'COSTS' as 'FEES', cents: 1 }])).toThrow(RangeError);
  });
});
