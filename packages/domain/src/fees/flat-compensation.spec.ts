import { creditFlatCompensation, statutoryFlatCompensation } from './flat-compensation.js';

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

describe('creditFlatCompensation (BGB 288(5) sentence 3: credited against damages for costs of legal pursuit)', () => {
  const flats = [
    { claimReference: 'A', amountCents: 4_000 },
    { claimReference: 'B', amountCents: 4_000 },
  ];

  it('credits the flats of every claim against costs of the whole case, each flat once', () => {
    expect(creditFlatCompensation(flats, [{ claimReference: null, amountCents: 5_000 }, { claimReference: null, amountCents: 9_000 }])).toEqual([
      { flat: 0, cost: 0, amountCents: 4_000 },
      { flat: 1, cost: 0, amountCents: 1_000 },
      { flat: 1, cost: 1, amountCents: 3_000 },
    ]);
  });

  it('credits costs charged for one claim with that claim\'s flat only, never below zero', () => {
    expect(creditFlatCompensation(flats, [{ claimReference: 'B', amountCents: 1_500 }, { claimReference: 'C', amountCents: 9_000 }])).toEqual([
      { flat: 1, cost: 0, amountCents: 1_500 },
    ]);
  });

  it('the German flat follows the day the obligation arose (EGBGB Art. 229 section 34)', () => {
    expect(statutoryFlatCompensation('DE', '2014-07-28')).toBeNull();
    expect(statutoryFlatCompensation('DE', '2014-07-29')?.amountCents).toBe(4_000);
  });
});
