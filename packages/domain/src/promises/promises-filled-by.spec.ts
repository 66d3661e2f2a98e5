import { isPromiseKept } from './promise-state.js';
import { promisesFilledBy, type OpenPromise, type PromiseFill } from './promises-filled-by.js';

const ASOF = '2026-11-25';
const promise = (id: string, dueDate: string, amountCents: number, paidTowardsCents = 0, installment: number | null = null): OpenPromise => ({
  id, dueDate, installment, amountCents, paidTowardsCents,
});
const fill = (id: string, appliedCents: number, paidTowardsCents: number, kept: boolean): PromiseFill => ({
  id, appliedCents, paidTowardsCents, kept,
});

/** A payment plan of two installments of 200.00, the first due 2026-12-01. */
const plan = [promise('i1', '2026-12-01', 20_000, 0, 1), promise('i2', '2027-01-01', 20_000, 0, 2)];

describe('promisesFilledBy: which open promises a payment fills', () => {
  it.each<[string, OpenPromise[], number, PromiseFill[]]>([
    ['no open promise: the payment fills none', [], 10_000, []],
    ['less than the first installment: part of it, nothing kept', plan, 19_999, [fill('i1', 19_999, 19_999, false)]],
    ['exactly the first installment: kept, the second untouched', plan, 20_000, [fill('i1', 20_000, 20_000, true)]],
    ['more than the first: the rest goes to the next', plan, 25_000, [fill('i1', 20_000, 20_000, true), fill('i2', 5_000, 5_000, false)]],
    ['the whole plan', plan, 40_000, [fill('i1', 20_000, 20_000, true), fill('i2', 20_000, 20_000, true)]],
    ['more than the whole plan: the remainder counts towards none', plan, 50_000,
      [fill('i1', 20_000, 20_000, true), fill('i2', 20_000, 20_000, true)]],
    ['a part payment before adds up: one cent keeps the promise', [promise('p', '2026-12-01', 20_000, 19_999)], 1,
      [fill('p', 1, 20_000, true)]],
    ['a part payment before, then more than owed: only what is owed is applied',
      [promise('p', '2026-12-01', 20_000, 15_000)], 8_000, [fill('p', 5_000, 20_000, true)]],
    ['an overdue open promise still takes the payment and is kept (kept wins over broken)',
      [promise('late', '2026-10-01', 5_000)], 5_000, [fill('late', 5_000, 5_000, true)]],
    ['an open promise already paid in full is kept, taking nothing',
      [promise('full', '2026-11-01', 5_000, 5_000), promise('next', '2026-12-01', 5_000)], 1_000,
      [fill('full', 0, 5_000, true), fill('next', 1_000, 1_000, false)]],
  ])('%s', (_name, promises, paidCents, expected) => {
    expect(promisesFilledBy(promises, paidCents, ASOF)).toEqual(expected);
  });

  it.each<[string, OpenPromise[], string[]]>([
    ['earliest due date first, whatever the order given', [promise('late', '2027-01-01', 100), promise('early', '2026-12-01', 100)],
      ['early', 'late']],
    ['same due date: installments by number', [promise('b', '2026-12-01', 100, 0, 2), promise('a', '2026-12-01', 100, 0, 1)],
      ['a', 'b']],
    ['same due date: a promise without installment number after the installments',
      [promise('single', '2026-12-01', 100), promise('inst', '2026-12-01', 100, 0, 3)], ['inst', 'single']],
    ['same due date, neither with a number: as given', [promise('x', '2026-12-01', 100), promise('y', '2026-12-01', 100)],
      ['x', 'y']],
  ])('fill order: %s', (_name, promises, order) => {
    expect(promisesFilledBy(promises, 150, ASOF).map((f) => f.id)).toEqual(order);
    expect(promisesFilledBy(promises, 150, ASOF)[0]!.kept).toBe(true);
  });

  it('counts each cent once: the applied cents never exceed the payment or what was owed', () => {
    const promises = [promise('a', '2026-12-01', 7_000, 1_000), promise('b', '2026-12-15', 3_000), promise('c', '2027-01-01', 9_000)];
    for (const paid of [1, 5_999, 6_000, 6_001, 9_000, 17_999, 18_000, 30_000]) {
      const fills = promisesFilledBy(promises, paid, ASOF);
      const applied = fills.reduce((sum, f) => sum + f.appliedCents, 0);
      expect(applied).toBe(Math.min(paid, 6_000 + 3_000 + 9_000));
      for (const f of fills) {
        const p = promises.find((x) => x.id === f.id)!;
        expect(f.paidTowardsCents).toBe(p.paidTowardsCents + f.appliedCents);
        expect(f.paidTowardsCents).toBeLessThanOrEqual(p.amountCents);
      }
    }
  });

  it('agrees with isPromiseKept on every promise it returns', () => {
    const promises = [promise('a', '2026-10-01', 7_000, 6_999), promise('b', '2026-12-15', 3_000), promise('c', '2027-01-01', 9_000)];
    for (const paid of [1, 2, 3_001, 12_000]) {
      for (const f of promisesFilledBy(promises, paid, ASOF)) {
        const p = promises.find((x) => x.id === f.id)!;
        expect(f.kept).toBe(isPromiseKept({ dueDate: p.dueDate, amountCents: p.amountCents, paidTowardsCents: f.paidTowardsCents }, ASOF));
      }
    }
  });

  it('does not change the promises given', () => {
    const promises = [promise('b', '2027-01-01', 100), promise('a', '2026-12-01', 100)];
    const copy = structuredClone(promises);
    promisesFilledBy(promises, 150, ASOF);
    expect(promises).toEqual(copy);
  });

  it.each([0, -1, 1.5, Number.NaN, 2 ** 53])('rejects a payment of %p cents', (paid) => {
    expect(() => promisesFilledBy(plan, paid, ASOF)).toThrow(RangeError);
  });

  it('rejects an asOf that is not a calendar date', () => {
    expect(() => promisesFilledBy(plan, 100, '2026-02-30')).toThrow(RangeError);
  });
});
