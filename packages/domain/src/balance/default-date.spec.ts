import { effectiveDefaultDate } from './default-date.js';

describe('effectiveDefaultDate (BGB 286(3): default at the latest 30 days after the due date)', () => {
  it.each([
    ['2025-03-01', null, '2025-03-31'],
    ['2025-02-01', null, '2025-03-03'],
    ['2024-02-01', null, '2024-03-02'], // leap year
    ['2025-03-01', '2025-03-10', '2025-03-10'], // a recorded default date (e.g. after a reminder) wins
  ])('due %s, recorded default %p -> %s', (dueDate, defaultDate, expected) => {
    expect(effectiveDefaultDate({ dueDate, defaultDate })).toBe(expected);
  });
});
