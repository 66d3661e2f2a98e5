import { computeBalance } from '../balance/compute-balance.js';
import { BGB_247_BASE_RATES } from './de-base-rates.js';
import { DK_NATIONALBANK_LENDING_RATES } from './dk-reference-rates.js';
import { isRateTableStaleOn, mergeRateTables, publishedRateViolations, rateTableCurrentThrough, staleRateCountries, staleRateWarning } from './rate-table-status.js';
import type { RateTable } from './rate-table.js';

// BGB 247(1) sentence 2 and renteloven 5(1): both rates are reset on 1 January and 1 July, so a
// table whose last row is more than six months old has missed a reset.
describe('stale rate tables', () => {
  const table: RateTable = [
    { from: '2025-01-01', ratePercent: '2.27' },
    { from: '2025-07-01', ratePercent: '1.27' },
  ];

  it.each([
    ['2025-12-31', false],
    ['2026-01-01', false],
    ['2026-01-02', true],
  ])('on %s stale: %p', (date, stale) => {
    expect(rateTableCurrentThrough(table)).toBe('2026-01-01');
    expect(isRateTableStaleOn(table, date)).toBe(stale);
  });

  it('names the countries whose table is stale', () => {
    expect(staleRateCountries({ DE: table, DK: [{ from: '2026-01-01', ratePercent: '1.60' }] }, '2026-03-01')).toEqual(['DE']);
  });

  it('merges published rows into the built-in tables: a new date is added, a same date replaces', () => {
    const merged = mergeRateTables([
      { country: 'DE', from: '2026-07-01', ratePercent: '1.02' },
      { country: 'DK', from: '2025-07-01', ratePercent: '1.60' },
    ]);
    expect(merged.DE.at(-1)).toEqual({ from: '2026-07-01', ratePercent: '1.02' });
    expect(merged.DE).toHaveLength(BGB_247_BASE_RATES.length + 1);
    expect(merged.DK).toHaveLength(DK_NATIONALBANK_LENDING_RATES.length);
    expect(merged.DK.at(-1)).toEqual({ from: '2025-07-01', ratePercent: '1.60' });
  });

  const input = (asOf: string) => ({
    country: 'DE' as const,
    debtorKind: 'consumer' as const,
    currency: 'EUR',
    asOf,
    claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-10-01', defaultDate: '2025-10-31' }],
    fees: [],
    payments: [],
  });

  it('a balance computing interest for a day past the table carries the warning', () => {
    const b = computeBalance(input('2026-02-15'), { rateTables: { DE: table } });
    expect(b.warnings).toEqual([
      expect.objectContaining({ code: 'STALE_RATE_TABLE', country: 'DE', tableEndsOn: '2025-07-01' }),
    ]);
    expect(b.warnings[0]!.message).toContain('rate table ends on 2025-07-01');
    // within six months of the last row: no warning
    expect(computeBalance(input('2026-01-01'), { rateTables: { DE: table } }).warnings).toEqual([]);
    // a published row for 2026-01-01 (merged in) makes it current again
    const merged = mergeRateTables([{ country: 'DE', from: '2026-01-01', ratePercent: '1.27' }], { DE: table, DK: DK_NATIONALBANK_LENDING_RATES });
    expect(computeBalance(input('2026-02-15'), { rateTables: merged }).warnings).toEqual([]);
  });

  it('says the warning in German and Danish, with each language\'s dates, decimal mark and citation', () => {
    const [w] = computeBalance(input('2026-02-15'), { rateTables: { DE: table } }).warnings;
    const last = table[table.length - 1]!;
    expect(w!.texts.en).toBe(w!.message);
    expect(w!.message).toBe(
      `German base rate (BGB 247): rate table ends on 2025-07-01; interest after 2026-01-01 uses ${last.ratePercent}% until an admin adds the newer published rate under Interest rates`,
    );
    const comma = last.ratePercent.replace('.', ',');
    expect(w!.texts.de).toBe(
      `Basiszinssatz (§ 247 BGB): Die Zinstabelle endet am 01.07.2025; Zinsen nach dem 01.01.2026 werden mit ${comma} % berechnet, `
        + 'bis ein Administrator den neueren veröffentlichten Satz unter „Zinssätze“ einträgt',
    );
    expect(w!.texts.da).toBe(
      `Tysk basisrente (BGB § 247): rentetabellen slutter den 01.07.2025; renter efter den 01.01.2026 beregnes med ${comma} %, `
        + 'indtil en administrator tilføjer den nyere offentliggjorte sats under "Rentesatser"',
    );
    expect(staleRateWarning('DK', [{ from: '2025-07-01', ratePercent: '1.85' }]).texts.da).toMatch(/^Nationalbankens referencerente \(renteloven § 5\): .* 1,85 %/);
  });

  it('no interest, no warning (a paid claim)', () => {
    const paid = { ...input('2026-03-01'), payments: [{ amountCents: 200_000, receivedOn: '2025-10-15' }] };
    expect(computeBalance(paid, { rateTables: { DE: table } }).warnings).toEqual([]);
  });
});

describe('publishedRateViolations (BGB 247(1) sentence 2; renteloven 5(1): 1 January and 1 July)', () => {
  it.each([
    [{ from: '2026-07-01', ratePercent: '1.02' }, []],
    [{ from: '2026-01-01', ratePercent: '-0.88' }, []],
    [{ from: '2026-03-01', ratePercent: '1.02' }, ['from']],
    [{ from: '2026-07-01', ratePercent: '1,02' }, ['ratePercent']],
    [{ from: '2026-07-01', ratePercent: '1.025' }, ['ratePercent']],
  ])('%p -> %p', (rate, fields) => {
    expect(publishedRateViolations(rate).map((p) => p.field)).toEqual(fields);
  });

  it('words its refusals in German and Danish', () => {
    const [from, rate] = publishedRateViolations({ from: '2026-03-01', ratePercent: '70' });
    expect(from!.message).toBe('A reference rate takes effect on 1 January or 1 July; "2026-03-01" is neither.');
    expect(from!.texts.de).toBe('Ein Referenzzinssatz gilt ab dem 1. Januar oder dem 1. Juli; „2026-03-01“ ist keines von beiden.');
    expect(rate!.texts.da).toBe('En referencerente ligger mellem -20 og 50 procent.');
  });
});
