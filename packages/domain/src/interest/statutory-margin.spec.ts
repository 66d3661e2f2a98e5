import { computeBalance } from '../balance/compute-balance.js';
import type { Country, DebtorKind } from '../stages.js';
import { obligationDateOf, statutoryMargin, type MarginFacts } from './statutory-margin.js';

describe('statutoryMargin (BGB 288(1), 288(2); Art. 229 § 34 EGBGB; renteloven 5(1))', () => {
  it.each<[string, Country, DebtorKind, MarginFacts, number, string]>([
    // BGB 288(1): a consumer is party: 5 points, whatever the claim
    ['DE consumer', 'DE', 'consumer', { dueDate: '2025-03-01', claimKind: 'goods_services' }, 500, 'BGB 288(1), 247'],
    // BGB 288(2): a payment claim for goods or services, no consumer: 9 points
    ['DE business invoice (default kind)', 'DE', 'business', { dueDate: '2025-03-01' }, 900, 'BGB 288(2), 247'],
    ['DE business goods/services, obligation 2014-07-29', 'DE', 'business', { dueDate: '2014-09-01', claimKind: 'goods_services', obligationDate: '2014-07-29' }, 900, 'BGB 288(2), 247'],
    // Art. 229 § 34 EGBGB: obligations that arose before 2014-07-29 keep the former 8 points ...
    ['DE business, obligation 2014-07-28', 'DE', 'business', { dueDate: '2014-09-01', claimKind: 'goods_services', obligationDate: '2014-07-28' }, 800, 'BGB 288(2) old version, Art. 229 § 34 EGBGB, 247'],
    // ... even when default (and the due date) come years later: the obligation's date decides
    ['DE business, old contract, due in 2025', 'DE', 'business', { dueDate: '2025-03-01', obligationDate: '2013-05-01' }, 800, 'BGB 288(2) old version, Art. 229 § 34 EGBGB, 247'],
    // BGB 288(2) covers Entgeltforderungen only; other business claims get 288(1)'s 5 points
    ['DE business, other claim', 'DE', 'business', { dueDate: '2025-03-01', claimKind: 'other' }, 500, 'BGB 288(1), 247; not a claim for goods or services'],
    // renteloven 5(1): 8 points, 7 for claims due before 2013-03-01
    ['DK due 2013-03-01', 'DK', 'business', { dueDate: '2013-03-01' }, 800, 'renteloven 5'],
    ['DK due 2013-02-28', 'DK', 'consumer', { dueDate: '2013-02-28' }, 700, 'renteloven 5, due before 2013-03-01'],
  ])('%s: %p bp', (_name, country, kind, facts, bp, statute) => {
    expect(statutoryMargin(country, kind, facts)).toEqual({ marginBasisPoints: bp, statute });
  });

  it('dates the obligation by the contract, else the invoice', () => {
    expect(obligationDateOf({ contractDate: '2014-07-01', invoiceDate: '2014-08-15' })).toBe('2014-07-01');
    expect(obligationDateOf({ contractDate: null, invoiceDate: '2014-08-15' })).toBe('2014-08-15');
    expect(obligationDateOf({})).toBeNull();
  });
});

describe('computeBalance applies the claim margin', () => {
  const balance = (claim: Record<string, unknown>, country: Country = 'DE') =>
    computeBalance({
      country,
      debtorKind: 'business',
      currency: country === 'DE' ? 'EUR' : 'DKK',
      asOf: '2025-03-31',
      claims: [{ reference: 'R-1', principalCents: 100_000, dueDate: '2025-01-01', defaultDate: '2025-02-28', ...claim }],
      fees: [],
      payments: [],
    });

  it.each([
    // 2025-03-01 .. 2025-03-31 = 31 days on 1,000.00 EUR at base 2.27 % + margin
    ['goods and services (default)', {}, 'DE', '11.27% p.a. (base rate 2.27% + 9 points, BGB 288(2), 247)', 957], // 1000 * .1127 * 31/365 = 9.5715
    ['contract of 2014-07-01', { contractDate: '2014-07-01', invoiceDate: '2024-12-01' }, 'DE', '10.27% p.a. (base rate 2.27% + 8 points, BGB 288(2) old version, Art. 229 § 34 EGBGB, 247)', 872], // 8.7225
    ['invoice of 2014-07-28, no contract date', { invoiceDate: '2014-07-28' }, 'DE', '10.27% p.a.', 872],
    ['other claim', { claimKind: 'other' }, 'DE', '7.27% p.a. (base rate 2.27% + 5 points, BGB 288(1), 247; not a claim for goods or services)', 617], // 6.1745
    // DK: reference 2.75 % + 8 = 10.75 %: 1000 * .1075 * 31/365 = 9.1301
    ['DK due 2025', {}, 'DK', '10.75% p.a. (reference rate 2.75% + 8 points, renteloven 5)', 913],
    // DK due before 2013-03-01: + 7 points, also for interest accruing today: 9.75 % -> 8.2808
    ['DK due 2013-02-01', { dueDate: '2013-02-01' }, 'DK', '9.75% p.a. (reference rate 2.75% + 7 points, renteloven 5, due before 2013-03-01)', 828],
  ])('%s', (_name, claim, country, text, cents) => {
    const b = balance(claim, country as Country);
    expect(b.interestCents).toBe(cents);
    expect(b.lines.find((l) => l.kind === 'INTEREST')?.explanation).toContain(text);
  });
});
