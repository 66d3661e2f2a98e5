import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { parseRatePercent } from './rate-percent.js';

/** One row of a dated rate table: the rate in force from `from` until the next row's `from`. */
export interface RateRow {
  readonly from: IsoDate;
  /** Decimal percentage as published, e.g. '-0.88'. */
  readonly ratePercent: string;
}

export type RateTable = readonly RateRow[];

/**
 * Throws unless the table is non-empty, every row has a real date and a parseable rate,
 * and the rows are in strictly ascending date order.
 */
export function assertRateTable(table: RateTable, name = 'rate table'): void {
  if (table.length === 0) throw new RangeError(`${name} is empty`);
  table.forEach((row, i) => {
    if (!isIsoDate(row.from)) throw new RangeError(`${name} row ${i + 1}: "${row.from}" is not a date`);
    parseRatePercent(row.ratePercent);
    const prev = table[i - 1];
    if (prev && compareDates(prev.from, row.from) >= 0) {
      throw new RangeError(`${name} row ${i + 1}: ${row.from} does not follow ${prev.from}`);
    }
  });
}

/** Index of the row in force on `date`, or -1 when the date precedes the table. */
export function rateRowIndexOn(table: RateTable, date: IsoDate): number {
  let found = -1;
  for (let i = 0; i < table.length; i++) {
    if (compareDates(table[i]!.from, date) <= 0) found = i;
    else break;
  }
  return found;
}

/** The row in force on `date`, or null when the date precedes the table. */
export function rateRowOn(table: RateTable, date: IsoDate): RateRow | null {
  const i = rateRowIndexOn(table, date);
  return i < 0 ? null : table[i]!;
}
