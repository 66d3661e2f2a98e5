import { queueLoadOf, shiftLoads, type CurrencyLoad } from './collector-loads.js';

const before: CurrencyLoad[] = [
  { collectorId: 'a', currency: 'EUR', size: 2, openCents: 30_000 },
  { collectorId: 'a', currency: 'DKK', size: 1, openCents: 746_038 },
  { collectorId: 'b', currency: 'EUR', size: 1, openCents: 5_000 },
];

describe('collector loads', () => {
  it('sums a queue per currency into reporting cents, like the board', () => {
    expect(queueLoadOf(before, 'a')).toEqual({ queueSize: 3, openBalanceCents: 30_000 + 100_000 });
    expect(queueLoadOf(before, 'nobody')).toEqual({ queueSize: 0, openBalanceCents: 0 });
  });

  it.each([
    ['a case from a to b', [{ from: 'a', to: 'b', currency: 'EUR', openCents: 10_000 }], { a: [2, 120_000], b: [2, 15_000] }],
    ['a Danish case to the pool', [{ from: 'a', to: null, currency: 'DKK', openCents: 746_038 }], { a: [2, 30_000], b: [1, 5_000] }],
    ['a pool case to b in a new currency', [{ from: null, to: 'b', currency: 'DKK', openCents: 74_604 }], { a: [3, 130_000], b: [2, 15_000] }],
    ['a case that stays', [{ from: 'b', to: 'b', currency: 'EUR', openCents: 5_000 }], { a: [3, 130_000], b: [1, 5_000] }],
  ])('shifts %s', (_name, shifts, expected) => {
    const after = shiftLoads(before, shifts);
    for (const [id, [size, cents]] of Object.entries(expected)) {
      expect(queueLoadOf(after, id)).toEqual({ queueSize: size, openBalanceCents: cents });
    }
  });

  it('leaves the input untouched and drops emptied rows', () => {
    const copy = structuredClone(before);
    const after = shiftLoads(before, [{ from: 'b', to: null, currency: 'EUR', openCents: 5_000 }]);
    expect(before).toEqual(copy);
    expect(after.some((r) => r.collectorId === 'b')).toBe(false);
  });
});
