import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, formatDate, isIsoDate, localDateTimeToIso, todayIso } from './date';

describe('calendar helpers', () => {
  it('counts days across month and DST boundaries', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-10-20', '2026-10-30')).toBe(10);
    expect(daysBetween('2026-01-10', '2026-01-01')).toBe(-9);
  });

  it('adds months with clamping', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(addMonths('2024-12-31', 2)).toBe('2025-02-28');
  });

  it('validates ISO dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-2-1')).toBe(false);
  });

  it('formats a calendar date without a zone shift', () => {
    expect(formatDate('2026-03-01')).toBe('01 Mar 2026');
    expect(formatDate(null)).toBe('—');
  });

  it('uses the local calendar day for today', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('rejects malformed datetime-local values', () => {
    expect(localDateTimeToIso('tomorrow')).toBeNull();
    expect(localDateTimeToIso('2026-03-01T10:00')).toMatch(/Z$/);
  });
});
