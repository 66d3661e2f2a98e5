import type { IsoDate } from '../dates.js';
import { formatAmount, isValidAmountCents } from '../money.js';
import { RuleViolation } from '../rule-violation.js';
import { assertDatedTable, requireDatedRowOn, type FeeResult } from './fee-result.js';

/** One step of RVG 13(1) sentence 2: up to `upToCents`, + `incrementCents` per started `perCents`. */
export interface RvgStep {
  /** Upper bound of the step's value range in cents; null = no upper bound ("über 500 000"). */
  readonly upToCents: number | null;
  readonly perCents: number;
  readonly incrementCents: number;
}

/** One version of the RVG 13(1) value-fee table (the "1.0 fee" by claim value). */
export interface RvgValueFeeTable {
  readonly from: IsoDate;
  /** Statute and amending act, for the explanation. */
  readonly source: string;
  /** Fee for a value up to `baseUpToCents` (EUR 500). */
  readonly baseUpToCents: number;
  readonly baseFeeCents: number;
  readonly steps: readonly RvgStep[];
}

/** RVG 13(3): the minimum amount of any fee, EUR 15 (every version encoded). */
export const RVG_MINIMUM_FEE_CENTS = 1_500;

/**
 * RVG section 13(1) value-fee tables (LEGAL.md). A new version is a new row; no code change.
 * - from 2021-01-01 (KostRÄG 2021): checked against Anlage 2 (1,000 -> 88; 2,000 -> 166;
 *   5,000 -> 334; 10,000 -> 614; 50,000 -> 1,279; 500,000 -> 3,539).
 * - from 2025-06-01 (KostBRÄG 2025, BGBl. 2025 I Nr. 109, Art. 11): checked against Anlage 2
 *   (1,000 -> 93; 2,000 -> 176; 5,000 -> 354.50; 10,000 -> 652; 50,000 -> 1,357; 200,000 -> 2,352).
 *   VERIFY the step above EUR 500,000 (EUR 175.00 per started 50,000 assumed: the 2021 step
 *   of 165.00 raised like the others by about 6 %); Anlage 2 stops at 500,000.
 */
export const RVG_VALUE_FEE_TABLES: readonly RvgValueFeeTable[] = [
  {
    // 2. KostRMoG (BGBl. 2013 I S. 2586), in force 2013-08-01. VERIFY against Anlage 2 of that
    // version (1,000 -> 80; 2,000 -> 150; 5,000 -> 303; 10,000 -> 558), read here from the
    // commentary, not from the Federal Law Gazette. Needed by RVG 60(1) for mandates received
    // before 2021-01-01.
    from: '2013-08-01',
    source: 'RVG 13(1) as amended by the 2. KostRMoG 2013',
    baseUpToCents: 50_000,
    baseFeeCents: 4_500,
    steps: [
      { upToCents: 200_000, perCents: 50_000, incrementCents: 3_500 },
      { upToCents: 1_000_000, perCents: 100_000, incrementCents: 5_100 },
      { upToCents: 2_500_000, perCents: 300_000, incrementCents: 4_600 },
      { upToCents: 5_000_000, perCents: 500_000, incrementCents: 7_500 },
      { upToCents: 20_000_000, perCents: 1_500_000, incrementCents: 8_500 },
      { upToCents: 50_000_000, perCents: 3_000_000, incrementCents: 12_000 },
      { upToCents: null, perCents: 5_000_000, incrementCents: 15_000 },
    ],
  },
  {
    from: '2021-01-01',
    source: 'RVG 13(1) as amended by KostRÄG 2021',
    baseUpToCents: 50_000,
    baseFeeCents: 4_900,
    steps: [
      { upToCents: 200_000, perCents: 50_000, incrementCents: 3_900 },
      { upToCents: 1_000_000, perCents: 100_000, incrementCents: 5_600 },
      { upToCents: 2_500_000, perCents: 300_000, incrementCents: 5_200 },
      { upToCents: 5_000_000, perCents: 500_000, incrementCents: 8_100 },
      { upToCents: 20_000_000, perCents: 1_500_000, incrementCents: 9_400 },
      { upToCents: 50_000_000, perCents: 3_000_000, incrementCents: 13_200 },
      { upToCents: null, perCents: 5_000_000, incrementCents: 16_500 },
    ],
  },
  {
    from: '2025-06-01',
    source: 'RVG 13(1) as amended by KostBRÄG 2025',
    baseUpToCents: 50_000,
    baseFeeCents: 5_150,
    steps: [
      { upToCents: 200_000, perCents: 50_000, incrementCents: 4_150 },
      { upToCents: 1_000_000, perCents: 100_000, incrementCents: 5_950 },
      { upToCents: 2_500_000, perCents: 300_000, incrementCents: 5_500 },
      { upToCents: 5_000_000, perCents: 500_000, incrementCents: 8_600 },
      { upToCents: 20_000_000, perCents: 1_500_000, incrementCents: 9_950 },
      { upToCents: 50_000_000, perCents: 3_000_000, incrementCents: 14_000 },
      { upToCents: null, perCents: 5_000_000, incrementCents: 17_500 }, // VERIFY (see above)
    ],
  },
];

export interface RvgValueFee extends FeeResult {
  /** `from` of the table version that applied. */
  tableFrom: IsoDate;
}

/**
 * The 1.0 fee under RVG 13(1) for a claim value (Gegenstandswert) on a date, from the table
 * version in force that day (for a fee of the agency, pass the day it received the mandate:
 * RVG 60(1), see {@link agencyFeeDE}): the base fee up to EUR 500, then per started step. Exact integer
 * arithmetic; the table amounts are whole cents, so no rounding is needed. Not below the
 * EUR 15 minimum (RVG 13(2)).
 */
export function rvgValueFee(
  claimValueCents: number,
  onDate: IsoDate,
  tables: readonly RvgValueFeeTable[] = RVG_VALUE_FEE_TABLES,
): RvgValueFee {
  if (!isValidAmountCents(claimValueCents)) {
    throw new RuleViolation(
      `The claim value must be a whole number of cents between 1 and 10^12, got ${claimValueCents}`,
      'claimValueCents',
    );
  }
  assertDatedTable(tables, 'RVG 13 value-fee table');
  const table = requireDatedRowOn(tables, onDate, 'RVG 13 value-fee table');
  let fee = BigInt(table.baseFeeCents);
  let lower = BigInt(table.baseUpToCents);
  const value = BigInt(claimValueCents);
  for (const step of table.steps) {
    if (value <= lower) break;
    const upper = step.upToCents === null ? value : BigInt(step.upToCents);
    const portion = (value < upper ? value : upper) - lower;
    const started = (portion + BigInt(step.perCents) - 1n) / BigInt(step.perCents);
    fee += started * BigInt(step.incrementCents);
    lower = upper;
  }
  const amount = Number(fee) < RVG_MINIMUM_FEE_CENTS ? RVG_MINIMUM_FEE_CENTS : Number(fee);
  return {
    amountCents: amount,
    currency: 'EUR',
    statute: 'RVG 13',
    tableFrom: table.from,
    explanation:
      `1.0 fee for a claim value of ${formatAmount(claimValueCents, 'EUR')}: ${formatAmount(amount, 'EUR')} ` +
      `(${table.source}, table in force from ${table.from})`,
  };
}
