import { addMonths, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import { dateText, fill, type LocalizedText } from '../i18n/localized-text.js';
import { INTEREST_TEXTS, REFERENCE_RATE_NAMES } from './interest.i18n.js';
import { parseRatePercent } from './rate-percent.js';
import type { Country } from '../stages.js';
import { assertRateTable, type RateRow } from './rate-table.js';
import { DEFAULT_RATE_TABLES, type RateTables } from './statutory-rate.js';

/**
 * Both reference rates are reset every six months (BGB 247(1) sentence 2: 1 January and 1 July;
 * renteloven 5(1): the Nationalbank's lending rate on 1 January and 1 July). A table whose last row
 * is more than this many months behind the day computed for has missed a reset.
 */
export const RATE_TABLE_STALE_AFTER_MONTHS = 6;

/** A published rate added in the app (stored, dated), merged with the built-in rows. */
export interface PublishedRate extends RateRow {
  country: Country;
}

/**
 * The built-in tables with published rows merged in: a published row adds a date, or replaces the
 * built-in row of the same date (a correction). Each table stays in ascending date order.
 */
export function mergeRateTables(published: readonly PublishedRate[], builtIn: RateTables = DEFAULT_RATE_TABLES): RateTables {
  const merge = (country: Country): RateRow[] => {
    const byDate = new Map<IsoDate, RateRow>(builtIn[country].map((r) => [r.from, r]));
    for (const r of published) if (r.country === country) byDate.set(r.from, { from: r.from, ratePercent: r.ratePercent });
    const table = [...byDate.values()].sort((a, b) => compareDates(a.from, b.from));
    assertRateTable(table, `${country} rate table`);
    return table;
  };
  return { DE: merge('DE'), DK: merge('DK') };
}

/** The last day a table is taken to be current for: its last row's date + six months. */
export function rateTableCurrentThrough(table: readonly RateRow[]): IsoDate {
  const last = table[table.length - 1];
  if (!last) throw new RangeError('rate table is empty');
  return addMonths(last.from, RATE_TABLE_STALE_AFTER_MONTHS);
}

/** A table is stale for a day more than six months after its last row. */
export function isRateTableStaleOn(table: readonly RateRow[], date: IsoDate): boolean {
  return compareDates(date, rateTableCurrentThrough(table)) > 0;
}

/** The warning a balance carries when it computed interest for a day the table may not cover. */
export interface StaleRateWarning {
  code: 'STALE_RATE_TABLE';
  country: Country;
  /** `from` of the table's last row. */
  tableEndsOn: IsoDate;
  /** In English; `texts` in every language. */
  message: string;
  texts: LocalizedText;
}

export function staleRateWarning(country: Country, table: readonly RateRow[]): StaleRateWarning {
  const last = table[table.length - 1]!;
  const texts = fill(INTEREST_TEXTS.staleRateTable, {
    name: REFERENCE_RATE_NAMES[country],
    tableEndsOn: dateText(last.from),
    currentThrough: dateText(rateTableCurrentThrough(table)),
    rate: { en: last.ratePercent, de: last.ratePercent.replace('.', ','), da: last.ratePercent.replace('.', ',') },
  });
  return { code: 'STALE_RATE_TABLE', country, tableEndsOn: last.from, message: texts.en, texts };
}

/** Countries whose table is stale on `date` (the dashboard counts their open cases). */
export function staleRateCountries(tables: RateTables, date: IsoDate): Country[] {
  return (Object.keys(tables) as Country[]).filter((c) => isRateTableStaleOn(tables[c], date));
}

/**
 * What is wrong with a rate an admin wants to add: both rates take effect on 1 January or 1 July
 * (BGB 247(1) sentence 2; renteloven 5(1)); a percentage with at most two decimals. Each problem
 * names its field (`from`, `ratePercent`).
 */
export function publishedRateViolations(rate: { from: string; ratePercent: string }): { field: string; message: string; texts: LocalizedText }[] {
  const problems: { field: string; message: string; texts: LocalizedText }[] = [];
  const problem = (field: string, texts: LocalizedText) => problems.push({ field, message: texts.en, texts });
  if (!/^\d{4}-(01|07)-01$/.test(rate.from) || !isIsoDate(rate.from)) {
    problem('from', fill(INTEREST_TEXTS.notOnResetDay, { from: rate.from }));
  }
  try {
    const bp = parseRatePercent(rate.ratePercent);
    if (bp < -2000 || bp > 5000) problem('ratePercent', INTEREST_TEXTS.rateOutOfRange);
  } catch {
    problem('ratePercent', fill(INTEREST_TEXTS.notAPercentage, { value: rate.ratePercent }));
  }
  return problems;
}
