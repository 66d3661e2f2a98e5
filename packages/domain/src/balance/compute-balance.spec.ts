import { addDays, compareDates, type IsoDate } from '../dates.js';
import { statutoryRateOn, type RateTables } from '../interest/statutory-rate.js';
import { roundHalfUpDiv } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { computeBalance, type Balance, type BalanceInput, type BalanceLine } from './compute-balance.js';

const sum = (lines: BalanceLine[], kind?: BalanceLine['kind']): number =>
  lines.filter((l) => kind === undefined || l.kind === kind).reduce((s, l) => s + l.amountCents, 0);

/** The lines are the explanation of the total: they must add up to it, kind by kind. */
function expectLinesAddUp(b: Balance): void {
  expect(sum(b.lines)).toBe(b.totalCents);
  expect(sum(b.lines, 'PRINCIPAL')).toBe(b.principalCents);
  expect(sum(b.lines, 'INTEREST')).toBe(b.interestCents);
  expect(sum(b.lines, 'FEE')).toBe(b.feesCents);
  expect(sum(b.lines, 'PAYMENT')).toBe(0 - b.paidCents); // 0 - x, not -x: no -0 when nothing is paid
  expect(b.totalCents).toBe(b.principalCents + b.feesCents + b.interestCents - b.paidCents);
}

/** A constant base rate, so hand arithmetic stays simple. */
const flatBase = (ratePercent: string): Partial<RateTables> => ({
  DE: [{ from: '2000-01-01', ratePercent }],
  DK: [{ from: '2000-01-01', ratePercent }],
});

const deConsumer = (overrides: Partial<BalanceInput>): BalanceInput => ({
  country: 'DE',
  debtorKind: 'consumer',
  currency: 'EUR',
  asOf: '2025-06-30',
  claims: [],
  fees: [],
  payments: [],
  ...overrides,
});

describe('computeBalance: statutory interest (BGB 288(1)/(2), 247; renteloven 5; DESIGN.md 7)', () => {
  it('1,000.00 EUR for 365 days at 5.27 % (base 0.27 % + 5 points) = 52.70 EUR', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-12-31',
        claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2024-12-01', defaultDate: '2024-12-31' }],
      }),
      { rateTables: flatBase('0.27') },
    );
    // 1000 * 0.0527 * 365 / 365 = 52.70
    expect(b.interestCents).toBe(5_270);
    expect(b.totalCents).toBe(105_270);
    expect(b.lines).toEqual([
      { kind: 'PRINCIPAL', amountCents: 100_000, explanation: 'Invoice R-1 due 2024-12-01' },
      {
        kind: 'INTEREST',
        amountCents: 5_270,
        explanation:
          'Interest on invoice R-1: 5.27% p.a. (base rate 0.27% + 5 points, BGB 288(1), 247) on 1,000.00 EUR from 2025-01-01 to 2025-12-31, 365 days',
      },
    ]);
    expectLinesAddUp(b);
  });

  // Changed with the BGB 286 refinement: against a consumer the 30-day rule of 286(3) sentence 1
  // applies only if the invoice pointed it out, so this claim now says so (invoiceNotedDefaultRule).
  it('without a default date, default begins due + 30 days (BGB 286(3)) and interest the day after', () => {
    const b = computeBalance(
      deConsumer({
        claims: [
          { reference: 'R-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null, invoiceNotedDefaultRule: true },
        ],
      }),
    );
    // 2025-04-01 .. 2025-06-30 = 91 days at 2.27 + 5 = 7.27 %: 1000 * 0.0727 * 91 / 365 = 18.1252 -> 18.13
    expect(b).toEqual({
      asOf: '2025-06-30',
      currency: 'EUR',
      principalCents: 100_000,
      interestCents: 1_813,
      feesCents: 0,
      paidCents: 0,
      adjustedCents: 0,
      totalCents: 101_813,
      warnings: [],
      lines: [
        { kind: 'PRINCIPAL', amountCents: 100_000, explanation: 'Invoice R-1 due 2025-03-01' },
        {
          kind: 'INTEREST',
          amountCents: 1_813,
          explanation:
            'Interest on invoice R-1: 7.27% p.a. (base rate 2.27% + 5 points, BGB 288(1), 247) on 1,000.00 EUR from 2025-04-01 to 2025-06-30, 91 days',
        },
      ],
    });
  });

  it('splits at the 2025-07-01 base-rate reset and rounds once per claim', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-07-31',
        claims: [{ reference: 'R-7', principalCents: 100_000, dueDate: '2025-05-01', defaultDate: '2025-05-31' }],
      }),
    );
    // 30 days at 7.27 %: 5.97534 EUR; 31 days at 6.27 %: 5.32521 EUR; total 11.30055 -> 11.30
    expect(b.interestCents).toBe(1_130);
    expect(b.lines.filter((l) => l.kind === 'INTEREST')).toEqual([
      {
        kind: 'INTEREST',
        amountCents: 598,
        explanation:
          'Interest on invoice R-7: 7.27% p.a. (base rate 2.27% + 5 points, BGB 288(1), 247) on 1,000.00 EUR from 2025-06-01 to 2025-06-30, 30 days',
      },
      {
        kind: 'INTEREST',
        amountCents: 532, // 1130 - 598, so the lines add up to the once-rounded total
        explanation:
          'Interest on invoice R-7: 6.27% p.a. (base rate 1.27% + 5 points, BGB 288(1), 247) on 1,000.00 EUR from 2025-07-01 to 2025-07-31, 31 days',
      },
    ]);
    expectLinesAddUp(b);
  });

  it('uses base + 9 points for a business debtor (BGB 288(2))', () => {
    const b = computeBalance(
      deConsumer({
        debtorKind: 'business',
        claims: [{ reference: 'B-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null }],
      }),
    );
    // 91 days at 2.27 + 9 = 11.27 %: 1000 * 0.1127 * 91 / 365 = 28.0981 -> 28.10
    expect(b.interestCents).toBe(2_810);
    expect(b.lines[1]?.explanation).toContain('11.27% p.a. (base rate 2.27% + 9 points, BGB 288(2), 247)');
  });

  it('uses the Nationalbank reference rate + 8 points in Denmark (renteloven 5)', () => {
    const b = computeBalance({
      country: 'DK',
      debtorKind: 'consumer',
      currency: 'DKK',
      asOf: '2025-03-31',
      claims: [{ reference: 'F-9', principalCents: 100_000, dueDate: '2024-12-01', defaultDate: '2024-12-31' }],
      fees: [],
      payments: [],
    });
    // 90 days at 2.75 + 8 = 10.75 %: 1000 * 0.1075 * 90 / 365 = 26.5068 -> 26.51
    expect(b.interestCents).toBe(2_651);
    expect(b.lines[1]?.explanation).toBe(
      'Interest on invoice F-9: 10.75% p.a. (reference rate 2.75% + 8 points, renteloven 5) on 1,000.00 DKK from 2025-01-01 to 2025-03-31, 90 days',
    );
  });

  it.each<[string, Partial<BalanceInput['claims'][number]>, number]>([
    // BGB 286(3) sentence 1: the invoice did not point out the 30-day rule, no dunning letter yet
    ['consumer, no invoice note and no dunning letter: not in default, no interest', {}, 0],
    ['consumer, invoice note explicitly false: no interest', { invoiceNotedDefaultRule: false }, 0],
    // BGB 286(1): in default after the deadline of the first dunning letter, 2025-04-30;
    // 2025-05-01 .. 2025-06-30 = 61 days at 7.27 %: 1000 * 0.0727 * 61 / 365 = 12.1499 -> 12.15
    ['consumer, first dunning deadline 2025-04-30: interest from 2025-05-01', { firstDunningDeadline: '2025-04-30' }, 1_215],
  ])('%s', (_name, facts, interest) => {
    const b = computeBalance(
      deConsumer({ claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null, ...facts }] }),
    );
    expect(b.interestCents).toBe(interest);
    expectLinesAddUp(b);
  });

  it('rejects a first dunning deadline that is not a date', () => {
    expect(() =>
      computeBalance(
        deConsumer({
          claims: [{ reference: 'R-1', principalCents: 1, dueDate: '2025-03-01', defaultDate: null, firstDunningDeadline: '30.04.2025' }],
        }),
      ),
    ).toThrow(RuleViolation);
  });

  it('counts a leap year on a 365-day basis', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2024-12-31',
        claims: [{ reference: 'L', principalCents: 100_000, dueDate: '2023-12-01', defaultDate: '2023-12-31' }],
      }),
      { rateTables: flatBase('0.27') },
    );
    // 366 days: 1000 * 0.0527 * 366 / 365 = 52.8444 -> 52.84
    expect(b.interestCents).toBe(5_284);
  });

  it('accrues nothing before or on the default date', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-03-31',
        claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null }],
      }),
    );
    expect(b.interestCents).toBe(0);
    expect(b.lines.map((l) => l.kind)).toEqual(['PRINCIPAL']);
  });
});

describe('computeBalance: payments (BGB 366(2), 367(1) at the payment date)', () => {
  it('BGB 366(2) then 367(1): the older claim takes its interest and principal before the younger claim\'s interest', () => {
    const b = computeBalance(
      {
        country: 'DE',
        debtorKind: 'business',
        currency: 'EUR',
        asOf: '2025-06-01',
        claims: [
          { reference: 'NEW', principalCents: 50_000, dueDate: '2025-02-01', defaultDate: '2025-02-01', arisenOn: '2025-01-15' },
          { reference: 'OLD', principalCents: 100_000, dueDate: '2025-01-01', defaultDate: '2025-01-01', arisenOn: '2024-12-15' },
        ],
        fees: [
          { label: 'Collection costs', amountCents: 2_000, chargedOn: '2025-03-01' },
          { label: 'Address research for NEW', amountCents: 500, chargedOn: '2025-03-01', claimReference: 'NEW' },
        ],
        payments: [{ amountCents: 100_000, receivedOn: '2025-04-01' }],
      },
      { rateTables: flatBase('1.00'), lineDetails: true },
    );
    // To 2025-04-01 at 10 %: OLD 90 days on 1,000.00 = 24.66; NEW 59 days on 500.00 = 8.08.
    // 1,000.00: 20.00 case costs; OLD 24.66 interest + 955.34 principal; nothing for NEW (its costs and interest wait).
    const payment = b.lines.find((l) => l.kind === 'PAYMENT')!;
    expect(payment.explanation).toBe(
      'Payment of 1,000.00 EUR received on 2025-04-01: 20.00 EUR to costs; invoice OLD: 24.66 EUR to interest, 955.34 EUR to principal ' +
        '(BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal)',
    );
    expect(payment.detail).toMatchObject({
      toCaseCostsCents: 2_000,
      toClaims: [{ claimReference: 'OLD', costsCents: 0, interestCents: 2_466, principalCents: 95_534 }],
      toCostsCents: 2_000,
      toInterestCents: 2_466,
    });
    expectLinesAddUp(b);
  });

  it('BGB 366(2): a claim not yet due is served after the due one, however old', () => {
    const b = computeBalance({
      country: 'DE', debtorKind: 'business', currency: 'EUR', asOf: '2025-03-01',
      claims: [
        { reference: 'LATER', principalCents: 10_000, dueDate: '2025-06-01', defaultDate: null, arisenOn: '2024-01-01' },
        { reference: 'NOW', principalCents: 10_000, dueDate: '2025-02-01', defaultDate: null, arisenOn: '2025-01-01' },
      ],
      fees: [],
      payments: [{ amountCents: 15_000, receivedOn: '2025-03-01' }],
    });
    expect(b.lines.find((l) => l.kind === 'PAYMENT')!.explanation).toContain(
      'invoice NOW: 100.00 EUR to principal; invoice LATER: 50.00 EUR to principal',
    );
  });

  it('applies a payment to costs, interest, then the oldest claim, and accrues on the rest', () => {
    const b = computeBalance(
      {
        country: 'DE',
        debtorKind: 'business',
        currency: 'EUR',
        asOf: '2025-03-31',
        claims: [
          { reference: 'R-1', principalCents: 100_000, dueDate: '2025-01-01', defaultDate: '2025-01-31' },
          { reference: 'R-2', principalCents: 50_000, dueDate: '2025-02-01', defaultDate: '2025-03-02' },
        ],
        fees: [{ label: 'Flat fee, business debtor (BGB 288(5))', amountCents: 4_000, chargedOn: '2025-01-31' }],
        payments: [{ amountCents: 60_000, receivedOn: '2025-03-01' }],
      },
      { rateTables: flatBase('1.00') }, // 1.00 + 9 = 10.00 %
    );
    // To 2025-03-01: R-1 2025-02-01..03-01, 29 days: 1000 * 0.10 * 29 / 365 = 7.9452 -> 7.95
    // Payment 600.00: 40.00 costs, 7.95 interest, 552.05 to R-1 (R-1 left: 447.95)
    // To 2025-03-31: R-1 30 days on 447.95: 3.6818 -> 3.68; R-2 03-03..03-31, 29 days on 500.00: 3.9726 -> 3.97
    expect(b.interestCents).toBe(795 + 368 + 397);
    expect(b.totalCents).toBe(150_000 + 4_000 + 1_560 - 60_000); // = 447.95 + 500.00 + 7.65 open interest
    expect(b.totalCents).toBe(44_795 + 50_000 + 368 + 397);
    expect(b.lines).toEqual([
      { kind: 'PRINCIPAL', amountCents: 100_000, explanation: 'Invoice R-1 due 2025-01-01' },
      { kind: 'PRINCIPAL', amountCents: 50_000, explanation: 'Invoice R-2 due 2025-02-01' },
      {
        kind: 'INTEREST',
        amountCents: 795,
        explanation:
          'Interest on invoice R-1: 10.00% p.a. (base rate 1.00% + 9 points, BGB 288(2), 247) on 1,000.00 EUR from 2025-02-01 to 2025-03-01, 29 days',
      },
      {
        kind: 'INTEREST',
        amountCents: 368,
        explanation:
          'Interest on invoice R-1: 10.00% p.a. (base rate 1.00% + 9 points, BGB 288(2), 247) on 447.95 EUR from 2025-03-02 to 2025-03-31, 30 days',
      },
      {
        kind: 'INTEREST',
        amountCents: 397,
        explanation:
          'Interest on invoice R-2: 10.00% p.a. (base rate 1.00% + 9 points, BGB 288(2), 247) on 500.00 EUR from 2025-03-03 to 2025-03-31, 29 days',
      },
      { kind: 'FEE', amountCents: 4_000, explanation: 'Flat fee, business debtor (BGB 288(5)), charged on 2025-01-31' },
      {
        kind: 'PAYMENT',
        amountCents: -60_000,
        explanation:
          'Payment of 600.00 EUR received on 2025-03-01: 40.00 EUR to costs; invoice R-1: 7.95 EUR to interest, 552.05 EUR to principal (BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal)',
      },
    ]);
    expectLinesAddUp(b);
  });

  it('stops accruing from the day after principal is repaid in full', () => {
    const input = deConsumer({
      asOf: '2025-02-20',
      claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-01-01', defaultDate: '2025-01-31' }],
      // 2025-02-01..02-10 = 10 days at 6.00 %: 1000 * 0.06 * 10 / 365 = 1.6438 -> 1.64
      payments: [{ amountCents: 100_164, receivedOn: '2025-02-10' }],
    });
    const b = computeBalance(input, { rateTables: flatBase('1.00') });
    expect(b.interestCents).toBe(164);
    expect(b.totalCents).toBe(0);
    expectLinesAddUp(b);
  });

  it('keeps accruing on what the payment left open (the payment day still accrues on the old principal)', () => {
    const input = deConsumer({
      asOf: '2025-03-12',
      claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-01-01', defaultDate: '2025-01-31' }],
      payments: [{ amountCents: 50_164, receivedOn: '2025-02-10' }],
    });
    const b = computeBalance(input, { rateTables: flatBase('1.00') });
    // 1.64 as above; then 500.00 left for 2025-02-11..03-12, 30 days at 6 %: 2.4658 -> 2.47
    expect(b.interestCents).toBe(164 + 247);
    expect(b.totalCents).toBe(50_000 + 247);
    expectLinesAddUp(b);
  });

  it('allocates to the claim due first, whatever the input order (BGB 366(2))', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-01-10',
        claims: [
          { reference: 'B', principalCents: 50_000, dueDate: '2025-02-01', defaultDate: null },
          { reference: 'A', principalCents: 50_000, dueDate: '2025-01-01', defaultDate: null },
        ],
        payments: [{ amountCents: 30_000, receivedOn: '2025-01-10' }],
      }),
    );
    expect(b.lines.find((l) => l.kind === 'PAYMENT')?.explanation).toBe(
      'Payment of 300.00 EUR received on 2025-01-10: invoice A: 300.00 EUR to principal (BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal)',
    );
    expect(b.totalCents).toBe(70_000);
  });

  it('reports an overpayment as a negative total', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-03-01',
        claims: [{ reference: 'R-1', principalCents: 10_000, dueDate: '2025-01-01', defaultDate: null }],
        payments: [{ amountCents: 12_000, receivedOn: '2025-01-15' }],
      }),
    );
    expect(b.interestCents).toBe(0);
    expect(b.totalCents).toBe(-2_000);
    expect(b.lines.at(-1)?.explanation).toBe(
      'Payment of 120.00 EUR received on 2025-01-15: invoice R-1: 100.00 EUR to principal; 20.00 EUR overpaid (BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal)',
    );
    expectLinesAddUp(b);
  });

  it('ignores fees and payments dated after asOf, and counts those on asOf', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-01-20',
        claims: [{ reference: 'R-1', principalCents: 10_000, dueDate: '2025-01-01', defaultDate: null }],
        fees: [
          { label: 'Reminder fee', amountCents: 500, chargedOn: '2025-01-20' },
          { label: 'Later fee', amountCents: 700, chargedOn: '2025-01-21' },
        ],
        payments: [
          { amountCents: 1_000, receivedOn: '2025-01-20' },
          { amountCents: 2_000, receivedOn: '2025-01-21' },
        ],
      }),
    );
    expect(b.feesCents).toBe(500);
    expect(b.paidCents).toBe(1_000);
    expect(b.totalCents).toBe(10_000 + 500 - 1_000);
    expectLinesAddUp(b);
  });

  it('does not let a payment settle a fee charged after it', () => {
    const b = computeBalance(
      deConsumer({
        asOf: '2025-01-31',
        claims: [{ reference: 'R-1', principalCents: 10_000, dueDate: '2025-01-01', defaultDate: null }],
        fees: [{ label: 'Reminder fee', amountCents: 500, chargedOn: '2025-01-20' }],
        payments: [{ amountCents: 1_000, receivedOn: '2025-01-10' }],
      }),
    );
    expect(b.lines.find((l) => l.kind === 'PAYMENT')?.explanation).toContain('invoice R-1: 10.00 EUR to principal');
    expect(b.totalCents).toBe(9_500);
  });
});

describe('computeBalance: input checks', () => {
  it.each<[string, Partial<BalanceInput>, string]>([
    ['asOf', { asOf: '2025-02-30' }, 'asOf'],
    ['principal', { claims: [{ reference: 'X', principalCents: 0, dueDate: '2025-01-01', defaultDate: null }] }, 'claims[0].principalCents'],
    ['due date', { claims: [{ reference: 'X', principalCents: 1, dueDate: '01.01.2025', defaultDate: null }] }, 'claims[0].dueDate'],
    ['fee', { fees: [{ label: 'F', amountCents: 1.5, chargedOn: '2025-01-01' }] }, 'fees[0].amountCents'],
    ['payment', { payments: [{ amountCents: -100, receivedOn: '2025-01-01' }] }, 'payments[0].amountCents'],
  ])('rejects a bad %s', (_name, overrides, field) => {
    expect(() => computeBalance(deConsumer(overrides))).toThrow(RuleViolation);
    try {
      computeBalance(deConsumer(overrides));
    } catch (e) {
      expect((e as RuleViolation).field).toBe(field);
    }
  });
});

/** Deterministic pseudo-random numbers (mulberry32) so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const rateCache = new Map<string, number>();
function rateOn(input: BalanceInput, day: IsoDate): number {
  const key = `${input.country}/${input.debtorKind}/${day}`;
  let bp = rateCache.get(key);
  if (bp === undefined) {
    bp = Math.max(0, statutoryRateOn(input.country, input.debtorKind, day).basisPoints);
    rateCache.set(key, bp);
  }
  return bp;
}

/**
 * An independent, deliberately naive model: walk every calendar day, add that day's exact
 * interest per claim at the rate in force, and round per claim at each payment and at asOf.
 */
function naiveBalance(input: BalanceInput): { interestCents: number; totalCents: number } {
  const D = 365n * 10_000n;
  // Independent statement of BGB 286 (DE) / renteloven 3(1) (DK: the due date, fixed in advance, no
  // invoice date given): the earliest applicable date.
  const defaultStart = (c: BalanceInput['claims'][number]): IsoDate | null => {
    if (c.defaultDate !== null) return c.defaultDate;
    if (input.country === 'DK') return c.dueDate;
    const options: IsoDate[] = [];
    if (input.debtorKind === 'business' || c.invoiceNotedDefaultRule) options.push(addDays(c.dueDate, 30));
    if (c.firstDunningDeadline && compareDates(c.firstDunningDeadline, c.dueDate) > 0) options.push(c.firstDunningDeadline);
    return options.sort(compareDates)[0] ?? null;
  };
  const claims = input.claims.map((c, index) => ({
    c, index, out: c.principalCents, pending: 0n, interest: 0n, interestPaid: 0n, start: defaultStart(c),
  }));
  type Claim = (typeof claims)[number];
  const order = [...claims].sort((x, y) => compareDates(x.c.dueDate, y.c.dueDate) || x.index - y.index);
  const payments = input.payments
    .map((p, index) => ({ p, index }))
    .filter(({ p }) => compareDates(p.receivedOn, input.asOf) <= 0)
    .sort((x, y) => compareDates(x.p.receivedOn, y.p.receivedOn) || x.index - y.index)
    .map(({ p }) => p);
  let feesPaid = 0;
  const materialise = (): void => {
    for (const k of claims) {
      k.interest += roundHalfUpDiv(k.pending, D);
      k.pending = 0n;
    }
  };
  const interestOpen = (k: Claim): number => Number(k.interest - k.interestPaid);
  const payClaim = (k: Claim, amount: number): void => {
    const toInterest = Math.min(amount, interestOpen(k));
    k.interestPaid += BigInt(toInterest);
    k.out -= Math.min(amount - toInterest, k.out);
  };
  const starts = [...claims.flatMap((k) => (k.start ? [k.start] : [])), ...payments.map((p) => p.receivedOn)].sort(compareDates);
  for (let day = starts[0] ?? input.asOf; compareDates(day, input.asOf) <= 0; day = addDays(day, 1)) {
    for (const k of claims) {
      if (k.start !== null && compareDates(day, k.start) > 0) {
        const bp = rateOn(input, day);
        k.pending += BigInt(k.out) * BigInt(bp);
      }
    }
    for (const p of payments.filter((x) => x.receivedOn === day)) {
      materialise();
      let left = p.amountCents;
      const charged = input.fees.filter((f) => compareDates(f.chargedOn, day) <= 0).reduce((s, f) => s + f.amountCents, 0);
      const toFees = Math.min(left, charged - feesPaid);
      feesPaid += toFees;
      left -= toFees;
      if (input.country === 'DK') {
        // Danish practice: interest of every claim, then principal, oldest due first.
        for (const k of order) {
          const toInterest = Math.min(left, interestOpen(k));
          k.interestPaid += BigInt(toInterest);
          left -= toInterest;
        }
        for (const k of order) {
          const applied = Math.min(left, k.out);
          k.out -= applied;
          left -= applied;
        }
        continue;
      }
      // BGB 366(2): due first, then (equally secure) the one in default, then the older; same age pro rata.
      // Within a claim BGB 367(1): interest, then principal.
      const rank = (k: Claim) => [compareDates(k.c.dueDate, day) <= 0 ? 0 : 1, k.start !== null && compareDates(k.start, day) < 0 ? 0 : 1];
      const groups = new Map<string, Claim[]>();
      for (const k of order) {
        const key = `${rank(k).join('-')}-${k.c.arisenOn ?? k.c.dueDate}`;
        groups.set(key, [...(groups.get(key) ?? []), k]);
      }
      for (const key of [...groups.keys()].sort()) {
        const group = groups.get(key)!;
        const owed = group.map((k) => interestOpen(k) + k.out);
        const total = owed.reduce((a, b) => a + b, 0);
        if (left >= total) {
          group.forEach((k, i) => payClaim(k, owed[i]!));
          left -= total;
          continue;
        }
        const shares = owed.map((o) => Math.floor((left * o) / total));
        let rest = left - shares.reduce((a, b) => a + b, 0);
        const byRemainder = owed.map((o, i) => ({ i, r: (left * o) % total })).sort((a, b) => b.r - a.r || a.i - b.i);
        for (const { i } of byRemainder) {
          if (rest === 0) break;
          shares[i]!++;
          rest--;
        }
        group.forEach((k, i) => payClaim(k, shares[i]!));
        left = 0;
      }
    }
  }
  materialise();
  const interestTotal = claims.reduce((sum, k) => sum + k.interest, 0n);
  const fees = input.fees.filter((f) => compareDates(f.chargedOn, input.asOf) <= 0).reduce((s, f) => s + f.amountCents, 0);
  const paid = payments.reduce((s, p) => s + p.amountCents, 0);
  const principal = input.claims.reduce((s, c) => s + c.principalCents, 0);
  return { interestCents: Number(interestTotal), totalCents: principal + fees + Number(interestTotal) - paid };
}

describe('computeBalance agrees with a day-by-day model and its lines always add up (200 generated cases)', () => {
  const next = rng(20_250_701);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const date = (from: IsoDate, maxDays: number): IsoDate => addDays(from, int(0, maxDays));
  const cases: BalanceInput[] = Array.from({ length: 200 }, () => {
    const asOf = date('2023-06-01', 900);
    return {
      country: next() < 0.5 ? 'DE' : 'DK',
      debtorKind: next() < 0.5 ? 'consumer' : 'business',
      currency: 'EUR',
      asOf,
      claims: Array.from({ length: int(1, 3) }, (_, i) => {
        const dueDate = date('2023-01-01', 700);
        return {
          reference: `C-${i + 1}`,
          principalCents: int(1, 5_000_000),
          dueDate,
          defaultDate: next() < 0.5 ? null : addDays(dueDate, int(0, 60)),
          invoiceNotedDefaultRule: next() < 0.3,
          firstDunningDeadline: next() < 0.3 ? addDays(dueDate, int(-5, 60)) : null,
        };
      }),
      fees: Array.from({ length: int(0, 3) }, (_, i) => ({
        label: `Fee ${i + 1}`,
        amountCents: int(100, 10_000),
        chargedOn: date('2023-01-01', 1000),
      })),
      payments: Array.from({ length: int(0, 4) }, () => ({
        amountCents: int(1, 3_000_000),
        receivedOn: date('2023-01-01', 1000),
      })),
    };
  });

  it.each(cases.map((c, i) => [i, c] as const))('generated case %p', (_i, input) => {
    const b = computeBalance(input);
    expectLinesAddUp(b);
    expect(b.interestCents).toBeGreaterThanOrEqual(0);
    expect(naiveBalance(input)).toEqual({ interestCents: b.interestCents, totalCents: b.totalCents });
  });
});

describe('computeBalance: statutory flat compensation (option statutoryFlatFees)', () => {
  const business = (overrides: Partial<BalanceInput>): BalanceInput => deConsumer({ debtorKind: 'business', ...overrides });

  it('adds EUR 40 once per German business claim in default (BGB 288(5)), noting the credit of sentence 3', () => {
    const b = computeBalance(
      business({
        asOf: '2025-04-15',
        claims: [
          { reference: 'B-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null }, // default 2025-03-31
          { reference: 'B-2', principalCents: 50_000, dueDate: '2025-03-20', defaultDate: null }, // default 2025-04-19 > asOf
        ],
      }),
      { statutoryFlatFees: true, rateTables: flatBase('1.00') },
    );
    expect(b.feesCents).toBe(4_000);
    expect(b.lines.filter((l) => l.kind === 'FEE')).toEqual([
      {
        kind: 'FEE',
        amountCents: 4_000,
        explanation:
          'Flat default compensation EUR 40 (BGB 288(5)) on invoice B-1, in default since 2025-03-31; to be credited against later collection costs (BGB 288(5) sentence 3)',
      },
    ]);
    expectLinesAddUp(b);
  });

  it('is off by default, so existing callers keep their totals', () => {
    const input = business({ claims: [{ reference: 'B-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null }] });
    expect(computeBalance(input).feesCents).toBe(0);
    expect(computeBalance(input, { statutoryFlatFees: true }).feesCents).toBe(4_000);
  });

  it.each<[string, Partial<BalanceInput>]>([
    ['a consumer (BGB 288(5) needs a business debtor)', { debtorKind: 'consumer' }],
    ['a claim not yet in default', { asOf: '2025-03-31' }], // due 2025-03-02: in default from 2025-04-01
    ['a claim in default before 2014-07-29 (EGBGB 229 section 34)', { asOf: '2014-08-31', claims: [{ reference: 'O', principalCents: 1_000, dueDate: '2014-05-01', defaultDate: '2014-06-01' }] }],
    ['a non-EUR balance', { currency: 'CHF' }],
  ])('adds nothing for %s', (_name, overrides) => {
    const b = computeBalance(
      business({ claims: [{ reference: 'B-1', principalCents: 100_000, dueDate: '2025-03-02', defaultDate: null }], ...overrides }),
      { statutoryFlatFees: true },
    );
    expect(b.feesCents).toBe(0);
  });

  it.each<[string, IsoDate, number]>([
    ['arose on 2014-07-28, in default after the cut-over: no flat (EGBGB Art. 229 section 34)', '2014-07-28', 0],
    ['arose on 2014-07-29: the flat applies', '2014-07-29', 4_000],
  ])('an obligation that %s', (_name, arisenOn, expected) => {
    const b = computeBalance(
      business({ asOf: '2014-12-31', claims: [{ reference: 'O', principalCents: 1_000, dueDate: '2014-08-15', defaultDate: '2014-09-14', arisenOn }] }),
      { statutoryFlatFees: true },
    );
    expect(b.feesCents).toBe(expected);
  });

  it('a claim paid in full by its default date never was in default: no flat (BGB 286, 288(5))', () => {
    const claims: BalanceInput['claims'] = [
      { reference: 'PAID', principalCents: 10_000, dueDate: '2025-03-01', defaultDate: '2025-03-31' },
      { reference: 'LATE', principalCents: 10_000, dueDate: '2025-03-01', defaultDate: '2025-03-31', arisenOn: '2025-02-01' },
    ];
    const b = computeBalance(
      business({ asOf: '2025-06-30', claims, payments: [{ amountCents: 10_000, receivedOn: '2025-03-31' }] }),
      { statutoryFlatFees: true, rateTables: flatBase('1.00') },
    );
    // BGB 366(2): LATE arose earlier (2025-02-01) than PAID (its due date), so the payment settles LATE.
    expect(b.lines.filter((l) => l.kind === 'FEE').map((l) => l.explanation)).toEqual([
      'Flat default compensation EUR 40 (BGB 288(5)) on invoice PAID, in default since 2025-03-31; to be credited against later collection costs (BGB 288(5) sentence 3)',
    ]);
  });

  describe('BGB 288(5) sentence 3: the flat is credited against later collection costs', () => {
    const claims: BalanceInput['claims'] = [
      { reference: 'B-1', principalCents: 100_000, dueDate: '2025-01-01', defaultDate: '2025-01-31' },
      { reference: 'B-2', principalCents: 50_000, dueDate: '2025-01-15', defaultDate: '2025-02-14' },
    ];
    const feeLines = (fees: BalanceInput['fees']) => {
      const b = computeBalance(business({ asOf: '2025-04-30', claims, fees }), { statutoryFlatFees: true, rateTables: flatBase('1.00') });
      expectLinesAddUp(b);
      return { feesCents: b.feesCents, lines: b.lines.filter((l) => l.kind === 'FEE').map((l) => [l.amountCents, l.explanation]) };
    };

    it('agency costs for the case are reduced by the flats of every claim, and both lines say so', () => {
      expect(
        feeLines([{ label: 'Inkassokosten (RDG 13e, VV 2300)', amountCents: 12_000, chargedOn: '2025-03-10', collectionCost: true }]),
      ).toEqual({
        feesCents: 4_000 + 4_000 + 12_000 - 8_000,
        lines: [
          [4_000, 'Flat default compensation EUR 40 (BGB 288(5)) on invoice B-1, in default since 2025-01-31; 40.00 EUR credited against the collection costs charged on 2025-03-10 (BGB 288(5) sentence 3)'],
          [4_000, 'Flat default compensation EUR 40 (BGB 288(5)) on invoice B-2, in default since 2025-02-14; 40.00 EUR credited against the collection costs charged on 2025-03-10 (BGB 288(5) sentence 3)'],
          [4_000, 'Inkassokosten (RDG 13e, VV 2300), charged on 2025-03-10: 120.00 EUR less 80.00 EUR flat default compensation credited (BGB 288(5) sentence 3)'],
        ],
      });
    });

    it('costs charged for one claim take only that claim\'s flat; the creditor\'s own fees are not credited', () => {
      const { lines } = feeLines([
        { label: 'Dunning letter postage', amountCents: 150, chargedOn: '2025-03-01' },
        { label: 'Inkassokosten B-2', amountCents: 2_500, chargedOn: '2025-03-10', claimReference: 'B-2', collectionCost: true },
      ]);
      expect(lines).toEqual([
        [4_000, 'Flat default compensation EUR 40 (BGB 288(5)) on invoice B-1, in default since 2025-01-31; to be credited against later collection costs (BGB 288(5) sentence 3)'],
        [4_000, 'Flat default compensation EUR 40 (BGB 288(5)) on invoice B-2, in default since 2025-02-14; 25.00 EUR of it credited against the collection costs charged on 2025-03-10, the rest against later ones (BGB 288(5) sentence 3)'],
        [150, 'Dunning letter postage, charged on 2025-03-01'],
        [0, 'Inkassokosten B-2, charged on 2025-03-10: 25.00 EUR less 25.00 EUR flat default compensation credited (BGB 288(5) sentence 3)'],
      ]);
    });

    it('without the option nothing is credited', () => {
      const b = computeBalance(
        business({ asOf: '2025-04-30', claims, fees: [{ label: 'Inkassokosten', amountCents: 12_000, chargedOn: '2025-03-10', collectionCost: true }] }),
      );
      expect(b.feesCents).toBe(12_000);
    });
  });

  it('adds DKK 310 per Danish business invoice paid late (renteloven 9a(3))', () => {
    const b = computeBalance(
      {
        country: 'DK',
        debtorKind: 'business',
        currency: 'DKK',
        asOf: '2025-06-30',
        claims: [
          // invoiced on the due date: interest from 30 days after the invoice (renteloven 3(3))
          { reference: 'F-1', principalCents: 100_000, invoiceDate: '2025-03-01', dueDate: '2025-03-01', defaultDate: null },
          { reference: 'F-2', principalCents: 200_000, invoiceDate: '2025-04-01', dueDate: '2025-04-01', defaultDate: null },
        ],
        fees: [{ label: 'Rykkergebyr (renteloven 9b(2))', amountCents: 10_000, chargedOn: '2025-04-10' }],
        payments: [],
      },
      { statutoryFlatFees: true },
    );
    expect(b.feesCents).toBe(31_000 + 31_000 + 10_000);
    expect(b.lines.filter((l) => l.kind === 'FEE').map((l) => l.explanation)).toEqual([
      'Fixed compensation DKK 310 (renteloven 9a(3)) on invoice F-1, paid late (default interest from the day after 2025-03-31); on top of reminder fees and collection costs',
      'Rykkergebyr (renteloven 9b(2)), charged on 2025-04-10',
      'Fixed compensation DKK 310 (renteloven 9a(3)) on invoice F-2, paid late (default interest from the day after 2025-05-01); on top of reminder fees and collection costs',
    ]);
    expectLinesAddUp(b);
  });

  it('lets a payment settle the flat fee first, as a cost (BGB 367)', () => {
    const b = computeBalance(
      business({
        asOf: '2025-04-01',
        claims: [{ reference: 'B-1', principalCents: 100_000, dueDate: '2025-03-01', defaultDate: null }],
        payments: [{ amountCents: 5_000, receivedOn: '2025-04-01' }],
      }),
      { statutoryFlatFees: true, rateTables: flatBase('1.00') },
    );
    // 2025-04-01: one day at 10 %: 1000 * 0.10 / 365 = 0.27; payment 50.00: 40.00 costs, 0.27 interest, 9.73 principal
    expect(b.lines.at(-1)?.explanation).toBe(
      'Payment of 50.00 EUR received on 2025-04-01: invoice B-1: 40.00 EUR to costs, 0.27 EUR to interest, 9.73 EUR to principal (BGB 366(2), 367(1): claim by claim, each to costs, then interest, then principal)',
    );
    expectLinesAddUp(b);
  });
});

describe('computeBalance: line details (option lineDetails) and the Danish allocation rule', () => {
  it('attaches structured facts to every line without changing amounts or texts', () => {
    const input: BalanceInput = {
      country: 'DK',
      debtorKind: 'consumer',
      currency: 'DKK',
      asOf: '2025-03-31',
      claims: [{ reference: 'F-9', principalCents: 100_000, dueDate: '2024-12-01', defaultDate: '2024-12-31' }],
      fees: [{ label: 'Rykkergebyr', amountCents: 10_000, chargedOn: '2025-01-15' }],
      payments: [{ amountCents: 20_000, receivedOn: '2025-02-01' }],
    };
    const plain = computeBalance(input);
    const detailed = computeBalance(input, { lineDetails: true });
    expect(detailed.lines.map(({ kind, amountCents, explanation }) => ({ kind, amountCents, explanation }))).toEqual(plain.lines);
    expect(plain.lines.every((l) => l.detail === undefined)).toBe(true);
    expect(detailed.lines.map((l) => l.detail?.kind)).toEqual(['PRINCIPAL', 'INTEREST', 'INTEREST', 'FEE', 'PAYMENT']);
    const [, firstInterest] = detailed.lines;
    // 2025-01-01 .. 2025-02-01 = 32 days at 2.75 + 8 = 10.75 % on 1,000.00 DKK: 9.4247 -> 9.42
    expect(firstInterest?.detail).toEqual({
      kind: 'INTEREST',
      claimReference: 'F-9',
      principalCents: 100_000,
      basisPoints: 1075,
      baseBasisPoints: 275,
      marginBasisPoints: 800,
      statute: 'renteloven 5',
      from: '2025-01-01',
      to: '2025-02-01',
      days: 32,
    });
    expect(detailed.lines.at(-1)?.detail).toEqual({
      kind: 'PAYMENT',
      receivedOn: '2025-02-01',
      toCostsCents: 10_000,
      toInterestCents: 942,
      toPrincipal: [{ claimReference: 'F-9', amountCents: 9_058 }],
      toCaseCostsCents: 10_000,
      toClaims: [{ claimReference: 'F-9', costsCents: 0, interestCents: 942, principalCents: 9_058 }],
      overpaidCents: 0,
      rule: 'Danish practice: costs, then interest, then principal',
    });
    expect(plain.lines.at(-1)?.explanation).toBe(
      'Payment of 200.00 DKK received on 2025-02-01: 100.00 DKK to costs; invoice F-9: 9.42 DKK to interest, 90.58 DKK to principal (Danish practice: costs, then interest, then principal)',
    );
    expectLinesAddUp(detailed);
  });
});

describe('computeBalance with statutory flat fees: lines still add up (generated business cases)', () => {
  const next = rng(4_711);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  const cases: BalanceInput[] = Array.from({ length: 40 }, () => {
    const country = next() < 0.5 ? 'DE' : 'DK';
    return {
      country,
      debtorKind: 'business',
      currency: country === 'DE' ? 'EUR' : 'DKK',
      asOf: addDays('2024-01-01', int(0, 700)),
      claims: Array.from({ length: int(1, 3) }, (_, i) => ({
        reference: `C-${i + 1}`,
        principalCents: int(2_000_000, 5_000_000),
        dueDate: addDays('2023-06-01', int(0, 700)),
        defaultDate: null,
      })),
      fees: [],
      // Never enough to pay a claim in full before its default (that claim owes no flat: tested above).
      payments: Array.from({ length: int(0, 3) }, () => ({ amountCents: int(1, 600_000), receivedOn: addDays('2023-06-01', int(0, 900)) })),
    };
  });

  it.each(cases.map((c, i) => [i, c] as const))('generated case %p', (_i, input) => {
    const b = computeBalance(input, { statutoryFlatFees: true });
    expectLinesAddUp(b);
    const inDefault = input.claims.filter((c) => compareDates(addDays(c.dueDate, 30), input.asOf) <= 0).length;
    expect(b.feesCents).toBe(inDefault * (input.country === 'DE' ? 4_000 : 31_000));
  });
});
