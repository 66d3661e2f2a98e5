import { toReportingCents } from './reporting-currency.js';

describe('toReportingCents (EUR; DKK at the ERM II central rate 7.46038)', () => {
  it.each([
    [12_345, 'EUR', 12_345],
    [746_038, 'DKK', 100_000],
    [100, 'DKK', 13], // 1.00 DKK = 0.134 EUR -> 0.13
    [-746_038, 'DKK', -100_000],
    [0, 'DKK', 0],
  ])('%i %s -> %i euro cents', (cents, currency, expected) => {
    expect(toReportingCents(cents, currency)).toBe(expected);
  });

  it('refuses a currency it has no rate for', () => {
    expect(() => toReportingCents(100, 'USD')).toThrow('USD');
  });
});
