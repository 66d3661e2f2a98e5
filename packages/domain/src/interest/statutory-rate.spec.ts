import type { Country, DebtorKind } from '../stages.js';
import { BGB_247_BASE_RATES } from './de-base-rates.js';
import { describeStatutoryRate, statutoryRateOn } from './statutory-rate.js';

describe('statutoryRateOn', () => {
  it.each<[Country, DebtorKind, string, number, number, number, string, string]>([
    // BGB 288(1): base + 5 points where a consumer is party
    ['DE', 'consumer', '2025-06-30', 727, 227, 500, 'BGB 288(1), 247', '2025-01-01'],
    ['DE', 'consumer', '2025-07-01', 627, 127, 500, 'BGB 288(1), 247', '2025-07-01'],
    ['DE', 'consumer', '2016-07-01', 412, -88, 500, 'BGB 288(1), 247', '2016-07-01'],
    ['DE', 'consumer', '2023-01-01', 662, 162, 500, 'BGB 288(1), 247', '2023-01-01'],
    // BGB 288(2): base + 9 points where no consumer is party
    ['DE', 'business', '2022-12-31', 812, -88, 900, 'BGB 288(2), 247', '2022-07-01'],
    ['DE', 'business', '2024-03-15', 1262, 362, 900, 'BGB 288(2), 247', '2024-01-01'],
    // renteloven 5(1): reference rate + 8 points, same for consumers and businesses
    ['DK', 'consumer', '2024-03-15', 1175, 375, 800, 'renteloven 5', '2024-01-01'],
    ['DK', 'business', '2021-07-01', 765, -35, 800, 'renteloven 5', '2021-07-01'],
  ])('%s %s on %s: %p bp (base %p + margin %p, %s, row %s)', (country, kind, date, bp, base, margin, statute, from) => {
    expect(statutoryRateOn(country, kind, date)).toEqual({
      basisPoints: bp,
      baseBasisPoints: base,
      marginBasisPoints: margin,
      statute,
      tableFrom: from,
    });
  });

  it('refuses dates before the table', () => {
    expect(() => statutoryRateOn('DE', 'consumer', '2001-12-31')).toThrow(/table starts on 2002-01-01/);
    expect(() => statutoryRateOn('DK', 'consumer', '2006-06-30')).toThrow(RangeError);
  });

  it('takes a new row from an injected table without code changes', () => {
    const tables = { DE: [...BGB_247_BASE_RATES, { from: '2026-01-01', ratePercent: '1.02' }] };
    expect(statutoryRateOn('DE', 'consumer', '2026-02-01', tables).basisPoints).toBe(602);
    // the other country keeps its default table
    expect(statutoryRateOn('DK', 'consumer', '2024-03-15', tables).basisPoints).toBe(1175);
  });
});

describe('describeStatutoryRate', () => {
  it.each<[Country, DebtorKind, string, string]>([
    ['DE', 'consumer', '2025-03-01', '7.27% p.a. (base rate 2.27% + 5 points, BGB 288(1), 247)'],
    ['DE', 'business', '2020-03-01', '8.12% p.a. (base rate -0.88% + 9 points, BGB 288(2), 247)'],
    ['DK', 'consumer', '2024-03-01', '11.75% p.a. (reference rate 3.75% + 8 points, renteloven 5)'],
  ])('%s %s on %s', (country, kind, date, text) => {
    expect(describeStatutoryRate(statutoryRateOn(country, kind, date))).toBe(text);
  });
});
