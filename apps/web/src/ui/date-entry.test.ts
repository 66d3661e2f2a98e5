import { describe, expect, it } from 'vitest';
import { dateEntryPattern, formatDateEntry, parseDateEntry, parseTimeEntry } from './date-entry';

const LETTERS = { de: { day: 'TT', month: 'MM', year: 'JJJJ' }, en: { day: 'DD', month: 'MM', year: 'YYYY' } };

describe('typed dates in the workbench language', () => {
  it('writes a date day first, with the locale\'s separator', () => {
    expect(formatDateEntry('2026-07-01', 'de-DE')).toBe('01.07.2026');
    expect(formatDateEntry('2026-07-01', 'da-DK')).toBe('01.07.2026');
    expect(formatDateEntry('2026-07-01', 'en-GB')).toBe('01/07/2026');
    expect(formatDateEntry('2026-07-01', 'en-US')).toBe('07/01/2026');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatDateEntry('', 'de-DE')).toBe('');
    expect(formatDateEntry('31.2.', 'de-DE')).toBe('31.2.');
  });

  it('shows the pattern in the language\'s letters', () => {
    expect(dateEntryPattern('de-DE', LETTERS.de)).toBe('TT.MM.JJJJ');
    expect(dateEntryPattern('en-GB', LETTERS.en)).toBe('DD/MM/YYYY');
    expect(dateEntryPattern('en-US', LETTERS.en)).toBe('MM/DD/YYYY');
  });

  it('reads what a person types in the locale\'s order', () => {
    expect(parseDateEntry('1.7.2026', 'de-DE')).toBe('2026-07-01');
    expect(parseDateEntry(' 01.07.26 ', 'da-DK')).toBe('2026-07-01');
    expect(parseDateEntry('01072026', 'de-DE')).toBe('2026-07-01');
    expect(parseDateEntry('1/7/2026', 'en-GB')).toBe('2026-07-01');
    expect(parseDateEntry('7/1/2026', 'en-US')).toBe('2026-07-01');
    expect(parseDateEntry('2026-07-01', 'de-DE')).toBe('2026-07-01');
  });

  it('refuses what is no calendar date', () => {
    expect(parseDateEntry('', 'de-DE')).toBeNull();
    expect(parseDateEntry('31.02.2026', 'de-DE')).toBeNull();
    expect(parseDateEntry('1.7.', 'de-DE')).toBeNull();
    expect(parseDateEntry('1.7.202', 'de-DE')).toBeNull();
    expect(parseDateEntry('morgen', 'de-DE')).toBeNull();
    expect(parseDateEntry('1.7.2026 x', 'de-DE')).toBeNull();
    expect(parseDateEntry('13/25/2026', 'en-GB')).toBeNull();
  });
});

describe('typed times of day', () => {
  it('reads the 24-hour clock with or without a separator', () => {
    expect(parseTimeEntry('14:30')).toBe('14:30');
    expect(parseTimeEntry('9.05')).toBe('09:05');
    expect(parseTimeEntry('1430')).toBe('14:30');
    expect(parseTimeEntry(' 9 ')).toBe('09:00');
  });

  it('refuses what is no time of day', () => {
    expect(parseTimeEntry('')).toBeNull();
    expect(parseTimeEntry('24:00')).toBeNull();
    expect(parseTimeEntry('12:60')).toBeNull();
    expect(parseTimeEntry('2 pm')).toBeNull();
  });
});
