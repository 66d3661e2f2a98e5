import { germanNationwideHolidays, germanStateHolidays, isGermanWorkingDay, nextGermanWorkingDay } from './de-holidays.js';
import { isPublicHoliday, publicHolidaysOf } from './public-holidays.js';

describe('German public holidays from date-holidays (ZPO 222(2): holidays at the place that counts)', () => {
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
    // Bavaria (Feiertagsgesetz BY Art. 1): Epiphany, Corpus Christi, All Saints
    ['BY', '2025-01-06', true],
    ['BY', '2025-06-19', true],
    ['BY', '2025-11-01', true],
    // Assumption only in Catholic municipalities, not state-wide (not in Coburg)
    ['BY', '2025-08-15', false],
    // Berlin: International Women's Day (since 2019), 8 May 2025 once (80th anniversary)
    ['BE', '2025-03-08', true],
    ['BE', '2025-05-08', true],
    ['BY', '2025-05-08', false],
    // Reformation Day in the north and east (Lower Saxony since 2018, Saxony-Anhalt)
    ['NI', '2025-10-31', true],
    ['ST', '2025-10-31', true],
    ['NW', '2025-10-31', false],
    // Repentance Day in Saxony only (not in Saxony-Anhalt, seat of the court for Saxony)
    ['SN', '2025-11-19', true],
    ['ST', '2025-11-19', false],
    // Thuringia: World Children's Day since 2019
    ['TH', '2025-09-20', true],
  ] as const)('%s: %s is a holiday: %p', (state, date, expected) => {
    expect(isPublicHoliday('DE', date, state)).toBe(expected);
    expect(germanStateHolidays(Number(date.slice(0, 4)), state).includes(date)).toBe(expected);
  });

  it('a state calendar includes the nationwide days', () => {
    expect(publicHolidaysOf('DE', 2025, 'HH')).toEqual(expect.arrayContaining(germanNationwideHolidays(2025)));
  });

  it.each([
    ['2025-03-03', [], null, true], // Monday
    ['2025-03-08', [], null, false], // Saturday
    ['2025-04-18', [], null, false], // Good Friday
    ['2025-01-06', [], null, true], // Epiphany is a state holiday only
    ['2025-01-06', [], 'BY', false], // ... in Bavaria
    ['2025-01-06', ['2025-01-06'], null, false], // ... or passed in
  ] as const)('%s working day (extra %p, state %p): %p', (date, extra, state, expected) => {
    expect(isGermanWorkingDay(date, extra, state)).toBe(expected);
  });

  it.each([
    ['2025-03-07', null, '2025-03-07'], // Friday
    ['2025-03-08', null, '2025-03-10'], // Saturday -> Monday
    ['2025-04-18', null, '2025-04-22'], // Good Friday -> (weekend, Easter Monday) -> Tuesday
    ['2025-12-25', null, '2025-12-29'], // Christmas, Boxing Day, weekend -> Monday
    ['2025-10-31', 'NI', '2025-11-03'], // Reformation Day (Friday) in Lower Saxony -> Monday
    ['2025-10-31', 'NW', '2025-10-31'],
  ] as const)('next working day from %s (state %p) is %s', (date, state, expected) => {
    expect(nextGermanWorkingDay(date, [], state)).toBe(expected);
  });

  it('refuses an unknown state or year', () => {
    expect(() => publicHolidaysOf('DE', 2025, 'XX' as never)).toThrow(RangeError);
    expect(() => publicHolidaysOf('DK', 2025, 'BY')).toThrow(RangeError);
    expect(() => publicHolidaysOf('DE', 1.5)).toThrow(RangeError);
  });
});
