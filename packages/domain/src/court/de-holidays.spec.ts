import { easterSunday, germanNationwideHolidays, isGermanWorkingDay, nextGermanWorkingDay } from './de-holidays.js';

describe('easterSunday (Gregorian computus)', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'], // latest possible date
    [2285, '2285-03-22'], // earliest possible date
  ])('%p -> %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('German nationwide public holidays (ZPO 222(2))', () => {
  it('lists the nine nationwide days of 2025', () => {
    expect(germanNationwideHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-04-18', // Karfreitag
      '2025-04-21', // Ostermontag
      '2025-05-01',
      '2025-05-29', // Christi Himmelfahrt
      '2025-06-09', // Pfingstmontag
      '2025-10-03',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('includes Reformation Day 2017, nationwide once', () => {
    expect(germanNationwideHolidays(2017)).toContain('2017-10-31');
    expect(germanNationwideHolidays(2018)).not.toContain('2018-10-31');
  });

  it.each([
    ['2025-03-03', [], true], // Monday
    ['2025-03-08', [], false], // Saturday
    ['2025-04-18', [], false], // Good Friday
    ['2025-01-06', [], true], // Epiphany is a state holiday only
    ['2025-01-06', ['2025-01-06'], false], // ... passed in for a court in Bavaria
  ])('%s working day (extra %p): %p', (date, extra, expected) => {
    expect(isGermanWorkingDay(date, extra)).toBe(expected);
  });

  it.each([
    ['2025-03-07', '2025-03-07'], // Friday
    ['2025-03-08', '2025-03-10'], // Saturday -> Monday
    ['2025-04-18', '2025-04-22'], // Good Friday -> (weekend, Easter Monday) -> Tuesday
    ['2025-12-25', '2025-12-29'], // Christmas, Boxing Day, weekend -> Monday
  ])('next working day from %s is %s', (date, expected) => {
    expect(nextGermanWorkingDay(date)).toBe(expected);
  });
});
