import {
  histogramCaseCount,
  histogramMean,
  histogramMedian,
  histogramP90,
  histogramPercentile,
  type DaysHistogramRow,
} from './histogram.js';
import { mean, median } from './statistics.js';

const h = (...pairs: [number, number][]): DaysHistogramRow[] => pairs.map(([days, cases]) => ({ days, cases }));

describe('histogramPercentile (nearest rank: position ceil(p / 100 × n))', () => {
  // 10 cases: 10,10,10,20,20,30,40,40,40,100
  const ten = h([40, 3], [10, 3], [20, 2], [30, 1], [100, 1]);
  const elevenOneToEleven = h(...Array.from({ length: 11 }, (_, i): [number, number] => [i + 1, 1]));
  it.each<[string, DaysHistogramRow[], number, number | null]>([
    ['no rows', [], 50, null],
    ['only empty rows', h([5, 0]), 90, null],
    ['one case', h([7, 1]), 0, 7],
    ['one case', h([7, 1]), 90, 7],
    ['one case', h([7, 1]), 100, 7],
    ['ten cases', ten, 0, 10], // the first
    ['ten cases', ten, 25, 10], // ceil(2.5) = 3rd
    ['ten cases', ten, 30, 10], // 3rd
    ['ten cases', ten, 31, 20], // ceil(3.1) = 4th
    ['ten cases', ten, 50, 20], // 5th
    ['ten cases', ten, 90, 40], // 9th
    ['ten cases', ten, 91, 100], // ceil(9.1) = 10th
    ['ten cases', ten, 100, 100], // 10th
    ['1..11 days', elevenOneToEleven, 90, 10], // ceil(9.9) = 10th
    ['8 × 1, 5, 100', h([1, 8], [5, 1], [100, 1]), 90, 5], // 9th of ten
    ['9 × 1, 5, 100', h([1, 9], [5, 1], [100, 1]), 90, 5], // 10th of eleven
    ['2 × 10, 2 × 20', h([10, 2], [20, 2]), 50, 10], // 2nd; the median is 15
    ['2 × 10, 2 × 20', h([10, 2], [20, 2]), 90, 20], // ceil(3.6) = 4th
  ])('%s: p%p -> %p', (_label, rows, p, expected) => {
    expect(histogramPercentile(rows, p)).toBe(expected);
  });

  it('gives the same as nearest rank on the expanded, sorted list', () => {
    const rows = h([3, 4], [8, 7], [21, 5], [60, 3], [365, 1]);
    const expanded = rows.flatMap(({ days, cases: n }) => Array<number>(n).fill(days));
    for (let p = 1; p <= 100; p++) {
      expect(histogramPercentile(rows, p)).toBe(expanded[Math.ceil((expanded.length * p) / 100) - 1]);
    }
  });

  it('agrees with median() of statistics.ts on the expanded list', () => {
    const cases: DaysHistogramRow[][] = [
      h([3, 1], [1, 1], [2, 1]),
      h([1, 1], [2, 1], [3, 1], [4, 1]),
      h([10, 2], [90, 1]),
      h([0, 5], [14, 4], [60, 2]),
      h([21, 1], [21, 1], [35, 2]),
      h([10, 2], [20, 2]),
    ];
    for (const rows of cases) {
      const expanded = rows.flatMap(({ days, cases: n }) => Array<number>(n).fill(days));
      expect(histogramMedian(rows)).toBe(median(expanded));
      expect(histogramMean(rows)).toBe(mean(expanded));
    }
  });

  it('merges rows with the same days and ignores their order', () => {
    expect(histogramCaseCount(h([5, 1], [5, 2], [1, 0]))).toBe(3);
    expect(histogramMedian(h([30, 1], [10, 1], [10, 1]))).toBe(10);
  });

  it.each<[DaysHistogramRow[], number]>([
    [h([1.5, 1]), 50],
    [h([-1, 1]), 50],
    [h([1, -2]), 50],
    [h([1, 0.5]), 50],
    [h([1, 1]), -1],
    [h([1, 1]), 101],
    [h([1, 1]), Number.NaN],
  ])('rejects %j p%p', (rows, p) => {
    expect(() => histogramPercentile(rows, p)).toThrow(RangeError);
  });
});

describe('histogramMedian / histogramP90 / histogramMean', () => {
  // 20 cases: 12 × 14 days, 6 × 30 days, 2 × 120 days
  const rows = h([14, 12], [30, 6], [120, 2]);
  it('hand-checked figures', () => {
    expect(histogramMedian(rows)).toBe(14); // 10th and 11th both took 14 days
    expect(histogramP90(rows)).toBe(30); // 18th of 20: cases 13..18 took 30 days
    expect(histogramMean(rows)).toBe((14 * 12 + 30 * 6 + 120 * 2) / 20); // 29.4
  });

  it('null without cases', () => {
    expect(histogramMedian([])).toBeNull();
    expect(histogramP90([])).toBeNull();
    expect(histogramMean([])).toBeNull();
    expect(histogramMean(h([4, 0]))).toBeNull();
  });
});
