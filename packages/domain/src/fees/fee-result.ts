import { compareDates, isIsoDate, type IsoDate } from '../dates.js';
import type { CurrencyCode } from '../money.js';

/** One named component of a fee (the fee itself, the expenses flat rate, VAT, a credit). */
export interface FeePart {
  label: string;
  /** Negative for a credit (e.g. BGB 288(5) sentence 3). */
  amountCents: number;
  statute: string;
}

/**
 * A statutory amount with its explanation: the rule, the statute, the inputs and the rate, so a
 * reviewer (and the debtor) can retrace it. `amountCents` is rounded half-up once, at the end.
 */
export interface FeeResult {
  amountCents: number;
  currency: CurrencyCode;
  explanation: string;
  /** Short citation, e.g. 'RVG 13(1)' or 'renteloven 9b(2)'. */
  statute: string;
  /** The components that add up to amountCents, where there is more than one. */
  parts?: FeePart[];
}

/** One row of a dated table of fixed statutory amounts: in force from `from` until the next row. */
export interface DatedAmountRow {
  readonly from: IsoDate;
  readonly amountCents: number;
}

export type DatedAmountTable = readonly DatedAmountRow[];

/** Throws unless the rows are non-empty, dated, ascending and whole positive cents. */
export function assertDatedTable<T extends { readonly from: IsoDate }>(table: readonly T[], name: string): void {
  if (table.length === 0) throw new RangeError(`${name} is empty`);
  table.forEach((row, i) => {
    if (!isIsoDate(row.from)) throw new RangeError(`${name} row ${i + 1}: "${row.from}" is not a date`);
    const prev = table[i - 1];
    if (prev && compareDates(prev.from, row.from) >= 0) {
      throw new RangeError(`${name} row ${i + 1}: ${row.from} does not follow ${prev.from}`);
    }
  });
}

/** The row of a dated table in force on `date`, or null when the date precedes the table. */
export function datedRowOn<T extends { readonly from: IsoDate }>(table: readonly T[], date: IsoDate): T | null {
  if (!isIsoDate(date)) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${String(date)}`);
  let found: T | null = null;
  for (const row of table) {
    if (compareDates(row.from, date) <= 0) found = row;
    else break;
  }
  return found;
}

/** Like {@link datedRowOn} but throws a RangeError naming the table when the date precedes it. */
export function requireDatedRowOn<T extends { readonly from: IsoDate }>(table: readonly T[], date: IsoDate, name: string): T {
  const row = datedRowOn(table, date);
  if (!row) throw new RangeError(`No ${name} in force on ${date}; the table starts on ${table[0]?.from ?? '(empty)'}`);
  return row;
}
