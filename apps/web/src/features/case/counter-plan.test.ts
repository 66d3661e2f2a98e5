import { describe, expect, it } from 'vitest';
import { counterPlan, counterRowsOf } from './counter-plan';

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
    expect(counterPlan([])).toEqual({ ok: false, error: 'A plan has at least one installment.' });
    expect(counterPlan([{ dueDate: '', amount: '10' }])).toEqual({ ok: false, error: 'Installment 1: choose a due date.' });
    expect(counterPlan([{ dueDate: '2026-12-20', amount: '10' }, { dueDate: '2026-12-20', amount: '10' }]))
      .toEqual({ ok: false, error: 'Installment 2 must fall due after installment 1.' });
    const bad = counterPlan([{ dueDate: '2026-12-20', amount: 'abc' }]);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^Installment 1: /);
  });
});
