import { FEE_RULE_CURRENCY, feeCurrencyOf, isFeeChargedIn } from './fee-currency.js';

describe('the currency of a fee', () => {
  it.each([
    ['DK_REMINDER_FEE', 'DKK', 'DKK', true],
    ['DK_REMINDER_FEE', 'EUR', 'DKK', false],
    ['DK_HANDOVER_FEE', 'dkk', 'DKK', true],
    ['DK_COLLECTION_COSTS', 'EUR', 'DKK', false],
    ['DE_AGENCY_FEE', 'EUR', 'EUR', true],
    ['DE_AGENCY_FEE', 'DKK', 'EUR', false],
    ['FIXED', 'DKK', 'DKK', true],
    ['FIXED', 'EUR', 'EUR', true],
  ] as const)('%s on a %s case: charged in %s (%s)', (rule, caseCurrency, currency, charged) => {
    expect(feeCurrencyOf(rule, caseCurrency)).toBe(currency);
    expect(isFeeChargedIn(rule, caseCurrency)).toBe(charged);
  });

  it('names a currency for every rule but the fixed fee', () => {
    expect(Object.entries(FEE_RULE_CURRENCY).filter(([, c]) => c === null).map(([r]) => r)).toEqual(['FIXED']);
  });
});
