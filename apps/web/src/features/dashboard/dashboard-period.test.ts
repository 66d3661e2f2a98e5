import { afterEach, describe, expect, it } from 'vitest';
import { setDisplayLanguage } from '../../i18n/display-locale';
import { defaultPeriod, formatDays, formatRate, periodError } from './dashboard-period';

describe('dashboard period', () => {
  it('defaults to the last 12 months including the current one', () => {
    expect(defaultPeriod('2026-11-25')).toEqual({ from: '2025-12-01', to: '2026-11-25' });
    expect(defaultPeriod('2026-01-31')).toEqual({ from: '2025-02-01', to: '2026-01-31' });
  });

  it('validates the range', () => {
    expect(periodError({ from: '2026-01-01', to: '2026-02-01' })).toBeNull();
    expect(periodError({ from: '2026-02-01', to: '2026-01-01' })).not.toBeNull();
    expect(periodError({ from: '', to: '2026-01-01' })).not.toBeNull();
  });

  afterEach(() => setDisplayLanguage('en'));

  it('formats rates and durations in the workbench language', () => {
    expect(formatRate(0.4251)).toBe('42.5%');
    setDisplayLanguage('da');
    expect(formatRate(0.4251)).toBe('42,5\u00a0%');
    setDisplayLanguage('de');
    expect(formatRate(0.4251)).toBe('42,5\u00a0%');
    expect(formatRate(null)).toBe('—');
    expect(formatDays(37.25)).toBe('37,3 Tg.');
    setDisplayLanguage('da');
    expect(formatDays(2)).toBe('2 dage');
    setDisplayLanguage('en');
    expect(formatDays(1)).toBe('1 day');
    expect(formatDays(null)).toBe('—');
  });
});
