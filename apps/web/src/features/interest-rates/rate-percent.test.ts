import { afterEach, describe, expect, it } from 'vitest';
import { setDisplayLanguage } from '../../i18n/display-locale';
import { formatRatePercent } from './rate-percent';

describe('reference rate on screen', () => {
  afterEach(() => setDisplayLanguage('en'));

  it('follows the workbench language, negative rates included', () => {
    setDisplayLanguage('en');
    expect(formatRatePercent('1.27')).toBe('1.27%');
    setDisplayLanguage('de');
    expect(formatRatePercent('1.27').replace(/\s/g, ' ')).toBe('1,27 %');
    expect(formatRatePercent('-0.88').replace(/\s/g, ' ')).toBe('-0,88 %');
    setDisplayLanguage('da');
    expect(formatRatePercent('3.6')).toMatch(/^3,60\s%$/);
  });

  it('keeps what it cannot read', () => {
    expect(formatRatePercent('n/a')).toBe('n/a');
  });
});
