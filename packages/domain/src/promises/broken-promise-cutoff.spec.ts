import { addDays } from '../dates.js';
import { brokenPromiseDueBefore } from './broken-promise-cutoff.js';
import { isPromiseBroken } from './promise-state.js';

describe('brokenPromiseDueBefore: the SQL cutoff agrees with isPromiseBroken', () => {
  const asOf = '2026-03-10';
  it.each([0, 1, 3, 14])('an unpaid promise is broken exactly when due before the cutoff (grace %i days)', (grace) => {
    const cutoff = brokenPromiseDueBefore(asOf, grace);
    for (let offset = -30; offset <= 30; offset++) {
      const dueDate = addDays(asOf, offset);
      expect(dueDate < cutoff).toBe(isPromiseBroken({ dueDate, amountCents: 500, paidTowardsCents: 100 }, asOf, grace));
    }
  });

  it.each([
    ['2026-03-10', 0, '2026-03-10'],
    ['2026-03-01', 3, '2026-02-26'],
    ['2024-03-01', 1, '2024-02-29'],
  ])('as of %s with %i grace days, promises due before %s are broken', (day, grace, cutoff) => {
    expect(brokenPromiseDueBefore(day, grace)).toBe(cutoff);
  });

  it('refuses negative grace days as the rule does', () => {
    expect(() => brokenPromiseDueBefore(asOf, -1)).toThrow(RangeError);
  });
});
