import { mean, median, ratio, roundTo1Decimal } from './statistics.js';

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 90], 10],
  ])('%p -> %p', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('mean', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[1, 2, 3, 4], 2.5],
    [[10, 20, 25], 55 / 3],
  ])('%p -> %p', (values, expected) => {
    expect(mean(values)).toBe(expected);
  });

  it('rejects NaN', () => {
    expect(() => mean([1, Number.NaN])).toThrow(RangeError);
  });
});

describe('ratio (0 when nothing to divide by)', () => {
  it.each([
    [1, 4, 0.25],
    [0, 0, 0],
    [5, 0, 0],
    [3, 2, 1.5],
  ])('%p / %p = %p', (n, d, expected) => {
    expect(ratio(n, d)).toBe(expected);
  });
});

describe('roundTo1Decimal (half up)', () => {
  it.each<[number | null, number | null]>([
    [1.15, 1.2], // 1.15 * 10 is 11.4999... in binary; still rounds up
    [2.25, 2.3],
    [2.24, 2.2],
    [55 / 3, 18.3],
    [7, 7],
    [null, null],
  ])('%p -> %p', (value, expected) => {
    expect(roundTo1Decimal(value)).toBe(expected);
  });
});
