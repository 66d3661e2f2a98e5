import { describe, expect, it } from 'vitest';
import { addMonths, planRuleMisses, previewPlan } from './plan-preview';

describe('plan preview', () => {
  it('adds months and keeps to the month end', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-11-15', 2)).toBe('2028-01-15');
    expect(addMonths('2027-03-31', 0)).toBe('2027-03-31');
  });

  it('splits the balance into equal monthly installments, the rest on the last', () => {
    expect(previewPlan(10000, 3, '2027-01-31')).toEqual([
      { dueDate: '2027-01-31', amountCents: 3333 },
      { dueDate: '2027-02-28', amountCents: 3333 },
      { dueDate: '2027-03-31', amountCents: 3334 },
    ]);
    const plan = previewPlan(123457, 12, '2027-05-01');
    expect(plan).toHaveLength(12);
    expect(plan.reduce((sum, i) => sum + i.amountCents, 0)).toBe(123457);
  });

  it('shows nothing for nothing open or an incomplete form', () => {
    expect(previewPlan(0, 3, '2027-01-01')).toEqual([]);
    expect(previewPlan(1000, 0, '2027-01-01')).toEqual([]);
    expect(previewPlan(1000, 2, '')).toEqual([]);
    expect(previewPlan(2, 5, '2027-01-01')).toHaveLength(2);
  });

  it("names the creditor's rules a plan would miss", () => {
    const rules = { maxInstallments: 6, minInstallmentCents: 2500, latestFirstDueDate: '2027-02-01' };
    expect(planRuleMisses(previewPlan(30000, 6, '2027-01-20'), rules)).toEqual([]);
    expect(planRuleMisses(previewPlan(24000, 12, '2027-02-02'), rules)).toEqual(['TOO_MANY', 'TOO_SMALL', 'TOO_LATE']);
  });
});
