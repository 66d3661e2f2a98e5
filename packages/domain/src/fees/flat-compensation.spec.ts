import { statutoryFlatCompensation } from './flat-compensation.js';

describe('statutoryFlatCompensation (BGB 288(5) EUR 40; renteloven 9a(3) DKK 310)', () => {
  it.each([
    ['DE', '2025-03-31', 4_000, 'EUR', 'Flat default compensation EUR 40 (BGB 288(5))'],
    ['DE', '2014-07-29', 4_000, 'EUR', 'Flat default compensation EUR 40 (BGB 288(5))'],
    ['DK', '2025-03-31', 31_000, 'DKK', 'Fixed compensation DKK 310 (renteloven 9a(3))'],
  ] as const)('%s on %s: %p %s', (country, date, amount, currency, label) => {
    const flat = statutoryFlatCompensation(country, date);
    expect(flat?.amountCents).toBe(amount);
    expect(flat?.currency).toBe(currency);
    expect(flat?.label).toBe(label);
  });

  it('notes the German credit against later collection costs (288(5) sentence 3)', () => {
    expect(statutoryFlatCompensation('DE', '2025-01-01')?.explanation).toContain('credited against later collection costs (BGB 288(5) sentence 3)');
  });

  it.each([
    ['DE', '2014-07-28'],
    ['DK', '2013-02-28'],
  ] as const)('%s: nothing before the rule, on %s', (country, date) => {
    expect(statutoryFlatCompensation(country, date)).toBeNull();
  });
});
