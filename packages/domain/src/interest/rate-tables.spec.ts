import { addMonths } from '../dates.js';
import { BGB_247_BASE_RATES } from './de-base-rates.js';
import { DK_NATIONALBANK_LENDING_RATES } from './dk-reference-rates.js';
import { assertRateTable, rateRowOn, type RateTable } from './rate-table.js';

/** Every 1 January and 1 July from `first` to `last`. */
function halfYears(first: string, last: string): string[] {
  const dates: string[] = [];
  for (let d = first; d <= last; d = addMonths(d, 6)) dates.push(d);
  return dates;
}

describe('BGB 247 base-rate table (Deutsche Bundesbank)', () => {
  it('is well formed and has a row for every half-year 2002-01-01 .. 2026-01-01', () => {
    assertRateTable(BGB_247_BASE_RATES);
    expect(BGB_247_BASE_RATES.map((r) => r.from)).toEqual(halfYears('2002-01-01', '2026-01-01'));
  });

  // LEGAL.md rows, plus Bundesanzeiger-published values cross-checked for the spec.
  it.each([
    ['2002-01-01', '2.57'],
    ['2004-07-01', '1.13'], // historic low before 2009
    ['2008-01-01', '3.32'],
    ['2009-07-01', '0.12'],
    ['2011-07-01', '0.37'],
    ['2013-01-01', '-0.13'], // first negative base rate
    ['2016-07-01', '-0.88'], // LEGAL.md
    ['2023-01-01', '1.62'], // LEGAL.md
    ['2023-07-01', '3.12'], // LEGAL.md
    ['2024-01-01', '3.62'], // LEGAL.md
    ['2024-07-01', '3.37'], // LEGAL.md
    ['2025-01-01', '2.27'], // LEGAL.md
    ['2025-07-01', '1.27'], // LEGAL.md
  ])('from %s the base rate is %s %%', (from, rate) => {
    expect(BGB_247_BASE_RATES.find((r) => r.from === from)?.ratePercent).toBe(rate);
  });
});

describe('Danish reference-rate table (renteloven 5: Nationalbank lending rate on 1 Jan / 1 Jul)', () => {
  it('is well formed and has a row for every half-year 2006-07-01 .. 2025-07-01', () => {
    assertRateTable(DK_NATIONALBANK_LENDING_RATES);
    expect(DK_NATIONALBANK_LENDING_RATES.map((r) => r.from)).toEqual(halfYears('2006-07-01', '2025-07-01'));
  });

  // Derived from published morarente (= reference + 8): forbrug.dk, selandiaadvokater.dk.
  it.each([
    ['2015-07-01', '0.05'], // morarente 8.05 %
    ['2021-07-01', '-0.35'], // 7.65 %
    ['2023-01-01', '1.90'], // 9.90 %
    ['2024-01-01', '3.75'], // 11.75 %
  ])('from %s the reference rate is %s %%', (from, rate) => {
    expect(DK_NATIONALBANK_LENDING_RATES.find((r) => r.from === from)?.ratePercent).toBe(rate);
  });
});

describe('rateRowOn (the row in force on a day)', () => {
  const table: RateTable = [
    { from: '2024-01-01', ratePercent: '3.62' },
    { from: '2024-07-01', ratePercent: '3.37' },
  ];

  it.each([
    ['2023-12-31', null],
    ['2024-01-01', '3.62'],
    ['2024-06-30', '3.62'],
    ['2024-07-01', '3.37'],
    ['2099-01-01', '3.37'],
  ])('on %s -> %p', (date, rate) => {
    expect(rateRowOn(table, date)?.ratePercent ?? null).toBe(rate);
  });
});

describe('assertRateTable rejects malformed tables', () => {
  it.each<[string, RateTable]>([
    ['empty', []],
    ['bad date', [{ from: '2024-02-30', ratePercent: '1.00' }]],
    ['bad rate', [{ from: '2024-01-01', ratePercent: '1,00' }]],
    [
      'unsorted',
      [
        { from: '2024-07-01', ratePercent: '1.00' },
        { from: '2024-01-01', ratePercent: '1.00' },
      ],
    ],
    [
      'duplicate',
      [
        { from: '2024-01-01', ratePercent: '1.00' },
        { from: '2024-01-01', ratePercent: '2.00' },
      ],
    ],
  ])('%s', (_name, table) => {
    expect(() => assertRateTable(table)).toThrow(RangeError);
  });
});
