import { BROKEN_PROMISES_CAP, DEFAULT_PRIORITY_WEIGHTS } from '../priority/case-priority.js';
import { BROKEN_PROMISE_PRIORITY_BUMP, brokenPromiseEffect, brokenPromisePoints } from './broken-promise.js';

describe('broken promises raise the priority as the broken-promise part grows', () => {
  it('uses the priority part: the creditor maximum over the cap per broken promise', () => {
    expect(BROKEN_PROMISE_PRIORITY_BUMP.cap).toBe(BROKEN_PROMISES_CAP);
    expect(BROKEN_PROMISE_PRIORITY_BUMP.defaultMaxPoints).toBe(DEFAULT_PRIORITY_WEIGHTS.brokenPromises);
    expect(brokenPromisePoints(0)).toBe(0);
    expect(brokenPromisePoints(1)).toBe(50);
    expect(brokenPromisePoints(3)).toBe(150);
    expect(brokenPromisePoints(7)).toBe(150);
  });

  it.each([
    ['first broken promise', { priority: 20, alreadyBroken: 0, newlyBroken: 1 }, 50, 70],
    ['two at once', { priority: 20, alreadyBroken: 0, newlyBroken: 2 }, 100, 120],
    ['beyond the cap', { priority: 400, alreadyBroken: 3, newlyBroken: 1 }, 0, 400],
    ['reaching the cap', { priority: 400, alreadyBroken: 2, newlyBroken: 5 }, 50, 450],
    ['capped at 1000', { priority: 990, alreadyBroken: 0, newlyBroken: 1 }, 50, 1000],
    ['creditor weight 100, rounded', { priority: 0, alreadyBroken: 1, newlyBroken: 1, maxPoints: 100 }, 34, 34],
    ['creditor weight 0', { priority: 10, alreadyBroken: 0, newlyBroken: 2, maxPoints: 0 }, 0, 10],
  ])('%s', (_name, input, bump, priority) => {
    expect(brokenPromiseEffect(input)).toEqual({ bump, priority });
  });

  it('rejects negative counts', () => {
    expect(() => brokenPromisePoints(-1)).toThrow(RangeError);
  });
});
