import { PAYMENT_PLAN_FEE_LABEL, paymentPlanCharge } from './plan-charge.js';

// VV 1000 with RVG 31b: 0.7 on 50 % of the open principal (LEGAL.md); the figures of paymentPlanFeeDE's spec.
describe('paymentPlanCharge', () => {
  const agencyCase = { country: 'DE' as const, stage: 'AGENCY' as const, openPrincipalCents: 1_000_000, onDate: '2025-06-01', creditorCanDeductVat: true };

  it('charges a German agency case the settlement fee for a payment agreement', () => {
    const charge = paymentPlanCharge(agencyCase);
    expect(charge).toMatchObject({ amountCents: 24_815, label: PAYMENT_PLAN_FEE_LABEL });
    expect(charge!.explanation).toContain('RVG VV 1000, 31b');
  });

  it('adds 19 % VAT where the creditor cannot deduct it', () => {
    const charge = paymentPlanCharge({ ...agencyCase, creditorCanDeductVat: false });
    // 248.15 + 47.15 (19 %, half-up) = 295.30
    expect(charge!.amountCents).toBe(29_530);
    expect(charge!.explanation).toContain('19 % VAT');
  });

  it('takes the value from what is still open: a small rest costs the lowest step of the table', () => {
    // value up to EUR 500: 1.0 fee EUR 51.50 (from 2025-06-01); 0.7 -> 36.05
    expect(paymentPlanCharge({ ...agencyCase, openPrincipalCents: 40_000 })!.amountCents).toBe(3_605);
    expect(paymentPlanCharge({ ...agencyCase, openPrincipalCents: 0 })!.amountCents).toBe(3_605);
  });

  it('charges nothing during the creditor\'s own dunning, nor on Danish cases', () => {
    expect(paymentPlanCharge({ ...agencyCase, stage: 'DUNNING_2' })).toBeNull();
    expect(paymentPlanCharge({ ...agencyCase, country: 'DK' })).toBeNull();
  });

  it('keeps charging in court and enforcement', () => {
    expect(paymentPlanCharge({ ...agencyCase, stage: 'ENFORCEMENT' })!.amountCents).toBe(24_815);
  });
});
