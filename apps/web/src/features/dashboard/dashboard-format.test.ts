import { afterEach, describe, expect, it } from 'vitest';
import { setDisplayLanguage } from '../../i18n/display-locale';
import { centsForCsv, formatCount, formatDuration, formatRatio, rateForCsv } from './dashboard-format';

describe('dashboard formatting', () => {
  afterEach(() => setDisplayLanguage('en'));

  it('formats counts and ratios in the workbench language', () => {
    expect(formatCount(12345)).toBe('12,345');
    expect(formatRatio(12.345)).toBe('12.3');
    setDisplayLanguage('de');
    expect(formatCount(12345)).toBe('12.345');
    expect(formatCount(null)).toBe('—');
    expect(formatRatio(12.345)).toBe('12,3');
    expect(formatRatio(3)).toBe('3,0');
    expect(formatRatio(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it.each([
    [null, '—'],
    [-1, '—'],
    [0, '0s'],
    [44.6, '45s'],
    [245, '4m 05s'],
    [3599, '59m 59s'],
    [3720, '1h 02m'],
  ])('formats %s seconds of handling time as %j', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });

  it('writes handling time in the units of the workbench language', () => {
    setDisplayLanguage('de');
    expect(formatDuration(245)).toBe('4 Min. 05 Sek.');
    setDisplayLanguage('da');
    expect(formatDuration(3720)).toBe('1 t 02 m');
  });

  it('writes rates and amounts for CSV', () => {
    expect(rateForCsv(0.42549)).toBe(42.5);
    expect(rateForCsv(null)).toBeNull();
    expect(centsForCsv(123450)).toBe('1234.50');
    expect(centsForCsv(-5)).toBe('-0.05');
    expect(centsForCsv(null)).toBeNull();
  });
});
