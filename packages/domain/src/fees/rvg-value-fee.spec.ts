import { RuleViolation } from '../rule-violation.js';
import { RVG_VALUE_FEE_TABLES, rvgValueFee } from './rvg-value-fee.js';

const euros = (major: number): number => Math.round(major * 100);

describe('rvgValueFee: RVG 13(1) table from 2021-01-01 reproduces Anlage 2', () => {
  it.each([
    [100, 49.0],
    [500, 49.0], // "bis 500 Euro"
    [500.01, 88.0], // a started 500 step
    [1_000, 88.0], // Anlage 2
    [1_500, 127.0],
    [2_000, 166.0], // Anlage 2
    [3_000, 222.0],
    [5_000, 334.0], // Anlage 2
    [10_000, 614.0], // Anlage 2
    [25_000, 874.0],
    [30_000, 955.0],
    [50_000, 1_279.0],
    [65_000, 1_373.0],
    [200_000, 2_219.0],
    [230_000, 2_351.0],
    [500_000, 3_539.0], // last row of Anlage 2
    [550_000, 3_704.0], // RVG 13(1): + 165 per started 50,000 above 500,000
    [550_000.01, 3_869.0],
  ])('claim value EUR %p -> 1.0 fee EUR %p', (value, fee) => {
    const result = rvgValueFee(euros(value), '2025-05-31');
    expect(result.amountCents).toBe(euros(fee));
    expect(result.tableFrom).toBe('2021-01-01');
  });
});

describe('rvgValueFee: RVG 13(1) table from 2025-06-01 (KostBRÄG 2025) reproduces Anlage 2', () => {
  it.each([
    [500, 51.5],
    [1_000, 93.0], // Anlage 2
    [1_500, 134.5],
    [2_000, 176.0], // Anlage 2
    [3_000, 235.5],
    [5_000, 354.5], // Anlage 2
    [10_000, 652.0], // Anlage 2
    [25_000, 927.0],
    [30_000, 1_013.0],
    [50_000, 1_357.0], // Anlage 2
    [65_000, 1_456.5],
    [200_000, 2_352.0],
    [230_000, 2_492.0],
    [500_000, 3_752.0],
    [550_000, 3_927.0], // VERIFY: + 175.00 per started 50,000 above 500,000 assumed
  ])('claim value EUR %p -> 1.0 fee EUR %p', (value, fee) => {
    const result = rvgValueFee(euros(value), '2025-06-01');
    expect(result.amountCents).toBe(euros(fee));
    expect(result.tableFrom).toBe('2025-06-01');
  });

  it('explains the value, the fee and the table version', () => {
    expect(rvgValueFee(100_000, '2025-07-01').explanation).toBe(
      '1.0 fee for a claim value of 1,000.00 EUR: 93.00 EUR (RVG 13(1) as amended by KostBRÄG 2025, table in force from 2025-06-01)',
    );
  });
});

describe('rvgValueFee: limits', () => {
  it('applies the EUR 15 minimum of RVG 13(2) (shown with a hypothetical table)', () => {
    const tiny = [{ from: '2021-01-01', source: 'test', baseUpToCents: 50_000, baseFeeCents: 1_000, steps: [] }];
    expect(rvgValueFee(100, '2025-01-01', tiny).amountCents).toBe(1_500);
  });

  it('refuses a date before the first table', () => {
    expect(() => rvgValueFee(100_000, '2013-07-31')).toThrow(/table starts on 2013-08-01/);
  });

  it.each([0, -1, 1.5])('refuses a claim value of %p cents', (value) => {
    expect(() => rvgValueFee(value, '2025-01-01')).toThrow(RuleViolation);
  });

  it('has three dated versions in ascending order', () => {
    expect(RVG_VALUE_FEE_TABLES.map((t) => t.from)).toEqual(['2013-08-01', '2021-01-01', '2025-06-01']);
  });
});
