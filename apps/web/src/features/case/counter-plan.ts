import { defineMessages, type MessageDescriptor } from 'react-intl';
import { parsePositiveAmountToCents } from './parse-amount';

/** Why a countered plan cannot be recorded, as a message with its values. */
export interface CounterPlanProblem {
  message: MessageDescriptor;
  values?: Record<string, string | number>;
}

export const COUNTER_PLAN_MESSAGES: Record<'empty' | 'noDate' | 'badAmount' | 'order', MessageDescriptor> = defineMessages({
  empty: { id: 'case.portalProposal.counter.empty', defaultMessage: 'A plan has at least one installment.' },
  noDate: { id: 'case.portalProposal.counter.noDate', defaultMessage: 'Installment {n, number}: choose a due date.' },
  badAmount: { id: 'case.portalProposal.counter.badAmount', defaultMessage: 'Installment {n, number}: {problem}' },
  order: { id: 'case.portalProposal.counter.order', defaultMessage: 'Installment {n, number} must fall due after installment {previous, number}.' },
});

/** One installment row of a countered plan, as typed. */
export interface CounterRow {
  dueDate: string;
  amount: string;
}

export type CounterPlanResult =
  | { ok: true; installments: { dueDate: string; amountCents: number }[] }
  | { ok: false; error: CounterPlanProblem };

/** The rows a collector edits, from the installments the debtor proposed (amounts as "1234,56"). */
export function counterRowsOf(plan: readonly { dueDate: string; amountCents: number }[]): CounterRow[] {
  return plan.map((i) => ({ dueDate: i.dueDate, amount: `${Math.trunc(i.amountCents / 100)},${String(i.amountCents % 100).padStart(2, '0')}` }));
}

/** The installments of a countered plan: every row with a date and an amount, dates in order. */
export function counterPlan(rows: readonly CounterRow[]): CounterPlanResult {
  if (rows.length === 0) return { ok: false, error: { message: COUNTER_PLAN_MESSAGES.empty } };
  const installments: { dueDate: string; amountCents: number }[] = [];
  for (const [n, row] of rows.entries()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.dueDate)) return { ok: false, error: { message: COUNTER_PLAN_MESSAGES.noDate, values: { n: n + 1 } } };
    const amount = parsePositiveAmountToCents(row.amount);
    if (!amount.ok) return { ok: false, error: { message: COUNTER_PLAN_MESSAGES.badAmount, values: { n: n + 1, problem: amount.error } } };
    if (n > 0 && row.dueDate <= installments[n - 1]!.dueDate) {
      return { ok: false, error: { message: COUNTER_PLAN_MESSAGES.order, values: { n: n + 1, previous: n } } };
    }
    installments.push({ dueDate: row.dueDate, amountCents: amount.cents });
  }
  return { ok: true, installments };
}
