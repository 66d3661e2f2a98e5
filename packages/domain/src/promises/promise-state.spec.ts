import { isPromiseBroken, isPromiseKept, promiseState, type PromiseProgress, type PromiseState } from './promise-state.js';

const promise = (paidTowardsCents: number): PromiseProgress => ({ dueDate: '2026-02-01', amountCents: 25_000, paidTowardsCents });

describe('promise to pay: kept, broken or pending', () => {
  it.each<[string, PromiseProgress, string, number, PromiseState]>([
    ['paid in full before the due date', promise(25_000), '2026-01-20', 0, 'KEPT'],
    ['paid more than promised', promise(30_000), '2026-03-01', 0, 'KEPT'],
    ['unpaid, due today', promise(0), '2026-02-01', 0, 'PENDING'],
    ['unpaid, the day after', promise(0), '2026-02-02', 0, 'BROKEN'],
    ['partly paid, the day after', promise(24_999), '2026-02-02', 0, 'BROKEN'],
    ['unpaid, within 3 grace days', promise(0), '2026-02-04', 3, 'PENDING'],
    ['unpaid, after 3 grace days', promise(0), '2026-02-05', 3, 'BROKEN'],
  ])('%s -> %s', (_name, p, asOf, grace, expected) => {
    expect(promiseState(p, asOf, grace)).toBe(expected);
    expect(isPromiseKept(p, asOf, grace)).toBe(expected === 'KEPT');
    expect(isPromiseBroken(p, asOf, grace)).toBe(expected === 'BROKEN');
  });

  it('rejects negative grace days', () => {
    expect(() => isPromiseBroken(promise(0), '2026-03-01', -1)).toThrow(RangeError);
  });
});
