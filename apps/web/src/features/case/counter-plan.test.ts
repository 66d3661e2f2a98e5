import { describe, expect, it } from 'vitest';
import { createIntl } from 'react-intl';
import { counterPlan, counterRowsOf, type CounterPlanResult } from './counter-plan';

const english = createIntl({ locale: 'en-GB', messages: {}, onError: () => undefined });
const problemOf = (result: CounterPlanResult) => (result.ok ? null : english.formatMessage(result.error.message, result.error.values));

describe('counterPlan', () => {
  it('turns the proposed installments into editable rows and back', () => {
    const plan = [{ dueDate: '2026-12-20', amountCents: 12_345 }, { dueDate: '2027-01-20', amountCents: 5 }];
    const rows = counterRowsOf(plan);
    expect(rows).toEqual([{ dueDate: '2026-12-20', amount: '123,45' }, { dueDate: '2027-01-20', amount: '0,05' }]);
    expect(counterPlan(rows)).toEqual({ ok: true, installments: plan });
  });

  it('reads amounts exactly, in either notation', () => {
    expect(counterPlan([{ dueDate: '2026-12-20', amount: '1.234,56' }, { dueDate: '2027-01-20', amount: '99.5' }]))
      .toEqual({ ok: true, installments: [{ dueDate: '2026-12-20', amountCents: 123_456 }, { dueDate: '2027-01-20', amountCents: 9_950 }] });
  });

  it('names the row that is wrong', () => {
    expect(problemOf(counterPlan([]))).toBe('A plan has at least one installment.');
    expect(problemOf(counterPlan([{ dueDate: '', amount: '10' }]))).toBe('Installment 1: choose a due date.');
    expect(problemOf(counterPlan([{ dueDate: '2026-12-20', amount: '10' }, { dueDate: '2026-12-20', amount: '10' }])))
      .toBe('Installment 2 must fall due after installment 1.');
    expect(problemOf(counterPlan([{ dueDate: '2026-12-20', amount: 'abc' }]))).toMatch(/^Installment 1: /);
  });
});
