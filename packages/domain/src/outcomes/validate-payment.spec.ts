import { RuleViolation } from '../rule-violation.js';
import { validatePayment } from './validate-payment.js';

const today = '2026-01-10';

describe('validatePayment (integer cents, 0 < amount <= 10^12; received on a real past date)', () => {
  it.each([
    [1, '2026-01-10'],
    [1_000_000_000_000, '2026-01-10'],
    [12_345, '2020-02-29'],
  ])('accepts %p cents received on %s', (amountCents, receivedOn) => {
    expect(validatePayment({ amountCents, receivedOn, today })).toBeUndefined();
  });

  it.each<[string, number, string, string, RegExp | string]>([
    ['zero', 0, today, 'amountCents', 'The amount must be greater than zero; record refunds separately'],
    ['negative', -100, today, 'amountCents', /greater than zero/],
    ['fractional', 12.5, today, 'amountCents', 'The amount must be whole cents; 12.5 has a fraction of a cent'],
    ['above 10^12', 1_000_000_000_001, today, 'amountCents', /exceeds the maximum of 1000000000000 cents/],
    ['NaN', Number.NaN, today, 'amountCents', 'Enter the amount received, in cents'],
    ['in the future', 100, '2026-01-11', 'receivedOn', 'Payment date 2026-01-11 is in the future; use the day the money arrived'],
    ['an impossible date', 100, '2026-02-30', 'receivedOn', /is not a valid date/],
    ['not a date', 100, '10.01.2026', 'receivedOn', /is not a valid date/],
  ])('rejects %s', (_name, amountCents, receivedOn, field, message) => {
    let caught: unknown;
    try {
      validatePayment({ amountCents, receivedOn, today });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RuleViolation);
    expect((caught as RuleViolation).field).toBe(field);
    expect((caught as RuleViolation).message).toMatch(message);
  });
});
