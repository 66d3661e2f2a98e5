import type { IsoDate } from '../dates.js';
import type { Country, DebtorKind } from '../stages.js';
import { BGB_247_BASE_RATES } from './de-base-rates.js';
import { DK_NATIONALBANK_LENDING_RATES } from './dk-reference-rates.js';
import { formatBasisPoints, formatPoints, parseRatePercent } from './rate-percent.js';
import { rateRowOn, type RateTable } from './rate-table.js';
import type { StatutoryMargin } from './statutory-margin.js';

/** The dated reference-rate table per country. */
export type RateTables = Readonly<Record<Country, RateTable>>;

export const DEFAULT_RATE_TABLES: RateTables = {
  DE: BGB_247_BASE_RATES,
  DK: DK_NATIONALBANK_LENDING_RATES,
};

/**
 * Statutory margin over the reference rate, in basis points.
 * DE: BGB 288(1) base + 5 points; BGB 288(2) base + 9 points where no consumer is party.
 * DK: renteloven 5(1) reference rate + 8 points for every debtor.
 */
export const STATUTORY_MARGIN_BASIS_POINTS: Readonly<Record<Country, Readonly<Record<DebtorKind, number>>>> = {
  DE: { consumer: 500, business: 900 },
  DK: { consumer: 800, business: 800 },
};

export interface StatutoryRate {
  /** Annual default-interest rate in basis points (base + margin). */
  basisPoints: number;
  /** The reference/base rate from the dated table. */
  baseBasisPoints: number;
  marginBasisPoints: number;
  /** Short citation, e.g. 'BGB 288(1), 247' or 'renteloven 5'. */
  statute: string;
  /** `from` of the table row that applied. */
  tableFrom: IsoDate;
}

function statuteFor(country: Country, debtorKind: DebtorKind): string {
  if (country === 'DK') return 'renteloven 5';
  return debtorKind === 'consumer' ? 'BGB 288(1), 247' : 'BGB 288(2), 247';
}

/**
 * The statutory default-interest rate in force on `date`.
 * Throws a RangeError when the date precedes the country's table.
 */
export function statutoryRateOn(
  country: Country,
  debtorKind: DebtorKind,
  date: IsoDate,
  tables: Partial<RateTables> = DEFAULT_RATE_TABLES,
  /** The claim's margin (statutoryMargin); default: the general margin of the country and debtor. */
  margin?: StatutoryMargin,
): StatutoryRate {
  const table = tables[country] ?? DEFAULT_RATE_TABLES[country];
  const row = rateRowOn(table, date);
  if (!row) {
    throw new RangeError(
      `No ${country} reference rate in force on ${date}; the table starts on ${table[0]?.from ?? '(empty)'}`,
    );
  }
  const baseBasisPoints = parseRatePercent(row.ratePercent);
  const marginBasisPoints = margin?.marginBasisPoints ?? STATUTORY_MARGIN_BASIS_POINTS[country][debtorKind];
  return {
    basisPoints: baseBasisPoints + marginBasisPoints,
    baseBasisPoints,
    marginBasisPoints,
    statute: margin?.statute ?? statuteFor(country, debtorKind),
    tableFrom: row.from,
  };
}

/**
 * Human description of a rate, e.g.
 * "5.27% p.a. (base rate 0.27% + 5 points, BGB 288(1), 247)" or
 * "9.75% p.a. (reference rate 1.75% + 8 points, renteloven 5)".
 */
export function describeStatutoryRate(rate: StatutoryRate): string {
  const baseName = rate.statute.startsWith('BGB') ? 'base rate' : 'reference rate';
  return (
    `${formatBasisPoints(rate.basisPoints)}% p.a. ` +
    `(${baseName} ${formatBasisPoints(rate.baseBasisPoints)}% + ${formatPoints(rate.marginBasisPoints)} points, ${rate.statute})`
  );
}
