import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import { limitationStatus } from './limitation';

const english = createIntl({ locale: 'en-GB', defaultLocale: 'en-GB', messages: {} });

describe('limitationStatus', () => {
  it.each([
    [null, null, 'info', 'no end while proceedings go on'],
    ['2026-12-31', -3, 'bad', 'time-barred for 3 days'],
    ['2026-12-31', 0, 'bad', 'runs out today'],
    ['2026-12-31', 1, 'bad', 'in 1 day'],
    ['2026-12-31', 30, 'bad', 'in 30 days'],
    ['2026-12-31', 31, 'warn', 'in 31 days'],
    ['2027-12-31', 400, 'neutral', 'in 400 days'],
  ] as const)('%s, %s days -> %s "%s"', (date, days, tone, text) => {
    const status = limitationStatus(date, days);
    expect(status.tone).toBe(tone);
    expect(english.formatMessage(status.text, status.values)).toBe(text);
  });
});
