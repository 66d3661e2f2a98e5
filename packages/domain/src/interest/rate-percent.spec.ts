import { formatBasisPoints, formatPoints, parseRatePercent } from './rate-percent.js';

describe('parseRatePercent (published decimal percent -> integer basis points)', () => {
  it.each([
    ['-0.88', -88], // BGB 247 base rate from 2016-07-01
    ['1.62', 162],
    ['3.62', 362],
    ['0.12', 12],
    ['-0.13', -13],
    ['8', 800],
    ['8.5', 850],
    ['+1.27', 127],
    ['-0.00', 0],
    [' 2.27 ', 227],
  ])('%p -> %p bp', (text, bp) => {
    expect(parseRatePercent(text)).toBe(bp);
  });

  it.each(['0.125', '1,62', 'abc', '', '.5', '1.', '1e2'])('rejects %p', (text) => {
    expect(() => parseRatePercent(text)).toThrow(RangeError);
  });
});

describe('formatting basis points', () => {
  it.each([
    [-88, '-0.88', '-0.88'],
    [527, '5.27', '5.27'],
    [900, '9.00', '9'],
    [850, '8.50', '8.5'],
    [5, '0.05', '0.05'],
    [0, '0.00', '0'],
  ])('%p bp -> %p %% / %p points', (bp, percent, points) => {
    expect(formatBasisPoints(bp)).toBe(percent);
    expect(formatPoints(bp)).toBe(points);
  });
});
