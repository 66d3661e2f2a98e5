import {
  addDays,
  addDaysToInstant,
  addYears,
  endOfYear,
  isoWeekday,
  addMonths,
  calendarDateIn,
  compareDates,
  daysBetween,
  daysInMonth,
  endOfMonth,
  fromDayNumber,
  isIsoDate,
  maxDate,
  minDate,
  monthsBetween,
  startOfMonth,
  toDayNumber,
  utcMidnight,
} from './dates.js';

describe('isIsoDate (strict YYYY-MM-DD, real Gregorian date)', () => {
  it.each<[unknown, boolean]>([
    ['2025-04-01', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // century, not a leap year
    ['2023-02-29', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-4-01', false],
    ['2025-04-01T00:00', false],
    [' 2025-04-01', false],
    ['', false],
    [20250401, false],
    [null, false],
  ])('%p -> %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('day numbers (days since 1970-01-01, integer civil-calendar arithmetic)', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017], // 10,957 days to 2000-01-01, + 31 + 29
    ['2025-01-01', 20_089],
  ])('%s is day %p', (date, n) => {
    expect(toDayNumber(date)).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  it('agrees with Date.UTC and round-trips across four centuries', () => {
    for (let n = -100_000; n <= 100_000; n += 997) {
      const iso = fromDayNumber(n);
      expect(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000).toBe(n);
      expect(toDayNumber(iso)).toBe(n);
    }
  });

  it('rejects impossible dates', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('addDays / daysBetween (no DST effects: calendar days, not 24-hour steps)', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2025-03-30', 1, '2025-03-31'], // European DST starts 2025-03-30
    ['2025-10-26', 1, '2025-10-27'], // European DST ends 2025-10-26
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', 30, '2025-03-31'], // BGB 286(3): due + 30 days
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('%s + %p days = %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it.each([
    ['2025-01-01', '2025-12-31', 364],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-03-31', '2025-06-30', 91], // interest days 2025-04-01..2025-06-30
    ['2025-06-30', '2025-03-31', -91],
  ])('daysBetween(%s, %s) = %p', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it('rejects a fractional day count', () => {
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('months', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-15', 3, '2026-02-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -13, '2023-12-15'],
    ['2025-05-20', 0, '2025-05-20'],
  ])('addMonths(%s, %p) = %s', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it.each([
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-02-27', 0],
    ['2025-01-15', '2026-01-14', 11],
    ['2025-01-15', '2026-01-15', 12],
    ['2026-01-15', '2025-01-15', -12],
    ['2025-01-15', '2025-01-15', 0],
  ])('monthsBetween(%s, %s) = %p', (from, to, n) => {
    expect(monthsBetween(from, to)).toBe(n);
  });

  it.each([
    ['2024-02-10', '2024-02-01', '2024-02-29', 29],
    ['2025-02-10', '2025-02-01', '2025-02-28', 28],
    ['2025-12-31', '2025-12-01', '2025-12-31', 31],
  ])('month of %s runs %s..%s (%p days)', (date, start, end, days) => {
    expect(startOfMonth(date)).toBe(start);
    expect(endOfMonth(date)).toBe(end);
    expect(daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)))).toBe(days);
  });
});

describe('comparisons', () => {
  it('orders dates', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBeLessThan(0);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(minDate('2025-03-01', '2025-02-01')).toBe('2025-02-01');
    expect(maxDate('2025-03-01', '2025-02-01')).toBe('2025-03-01');
  });
});

describe('calendarDateIn (the creditor-local calendar day of an instant, DESIGN.md 7)', () => {
  it.each([
    ['2025-03-30T21:59:59Z', 'Europe/Berlin', '2025-03-30'], // 23:59:59 CEST
    ['2025-03-30T22:30:00Z', 'Europe/Berlin', '2025-03-31'], // 00:30 CEST
    ['2025-01-01T22:59:59Z', 'Europe/Berlin', '2025-01-01'], // 23:59:59 CET
    ['2025-01-01T23:30:00Z', 'Europe/Copenhagen', '2025-01-02'],
    ['2025-01-01T23:30:00Z', 'UTC', '2025-01-01'],
    ['2025-01-01T03:00:00Z', 'America/New_York', '2024-12-31'],
    ['2025-10-26T00:30:00Z', 'Europe/Berlin', '2025-10-26'], // DST end day
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(calendarDateIn(new Date(instant), zone)).toBe(expected);
  });

  it('rejects an invalid instant or zone', () => {
    expect(() => calendarDateIn(new Date('nonsense'), 'UTC')).toThrow(RangeError);
    expect(() => calendarDateIn(new Date('2025-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('instants', () => {
  it('utcMidnight is the start of the calendar date in UTC', () => {
    expect(utcMidnight('2026-12-02').toISOString()).toBe('2026-12-02T00:00:00.000Z');
  });

  it('addDaysToInstant adds 24-hour steps', () => {
    expect(addDaysToInstant(new Date('2025-03-29T12:00:00Z'), 1).toISOString()).toBe('2025-03-30T12:00:00.000Z');
  });
});

describe('addYears, endOfYear, isoWeekday', () => {
  it.each([
    ['2023-05-10', 3, '2026-05-10'],
    ['2024-02-29', 3, '2027-02-28'], // BGB 188(3): no 29 February, the period ends on the 28th
    ['2024-02-29', 4, '2028-02-29'],
    ['2025-02-01', -1, '2024-02-01'],
  ])('%s + %p years = %s', (d, n, expected) => {
    expect(addYears(d, n)).toBe(expected);
  });

  it.each([
    ['2023-05-10', '2023-12-31'],
    ['2024-12-31', '2024-12-31'],
    ['2025-01-01', '2025-12-31'],
  ])('end of the year of %s is %s', (d, expected) => {
    expect(endOfYear(d)).toBe(expected);
  });

  it.each([
    ['1970-01-01', 4], // Thursday
    ['2025-03-03', 1], // Monday
    ['2025-03-08', 6], // Saturday
    ['2025-03-09', 7], // Sunday
    ['1969-12-28', 7], // Sunday before day 0
  ])('%s is ISO weekday %p', (d, wd) => {
    expect(isoWeekday(d)).toBe(wd);
  });
});
