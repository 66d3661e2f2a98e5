import { danishPublicHolidays } from './dk-holidays.js';

describe('danishPublicHolidays (helligdage, from date-holidays)', () => {
  it('2026: Easter Sunday is 5 April', () => {
    expect(danishPublicHolidays(2026)).toEqual([
      '2026-01-01', // Nytårsdag
      '2026-04-02', // Skærtorsdag: Easter - 3
      '2026-04-03', // Langfredag: Easter - 2
      '2026-04-05', // Påskedag
      '2026-04-06', // 2. påskedag
      '2026-05-14', // Kristi himmelfartsdag: Easter + 39
      '2026-05-24', // Pinsedag: Easter + 49
      '2026-05-25', // 2. pinsedag: Easter + 50
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('keeps Store bededag (Easter + 26) until 2023, not after (abolished from 2024)', () => {
    expect(danishPublicHolidays(2023)).toContain('2023-05-05'); // Easter 2023-04-09 + 26
    expect(danishPublicHolidays(2024)).not.toContain('2024-04-26'); // Easter 2024-03-31 + 26
    expect(danishPublicHolidays(2024)).toHaveLength(10);
  });

  it('leaves out customary days off (Grundlovsdag, Christmas Eve) and 1 May', () => {
    expect(danishPublicHolidays(2026)).not.toEqual(expect.arrayContaining(['2026-06-05']));
    expect(danishPublicHolidays(2026)).not.toContain('2026-12-24');
    expect(danishPublicHolidays(2026)).not.toContain('2026-05-01');
  });
});
