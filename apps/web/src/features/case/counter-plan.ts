import { parsePositiveAmountToCents } from './parse-amount';

/** One installment row of a countered plan, as typed. */
export interface CounterRow {
  dueDate: string;
  amount: string;
}

export type CounterPlanResult =
  | { ok: true; installments: { dueDate: string; amountCents: number }[] }
  | { ok: false; error: string };

/** The rows a collector edits, from the installments the debtor proposed (amounts as "1234,56"). */
export function counterRowsOf(plan: readonly { dueDate: string; amountCents: number }[]): CounterRow[] {
  return plan.map((i) => ({ dueDate: i.dueDate, amount: `${Math.trunc(i.amountCents / 100)},${String(i.amountCents % 100).padStart(2, '0')}` }));
}

/** The installments of a countered plan: every row with a date and an amount, dates in order. */
export function counterPlan(rows: readonly CounterRow[]): CounterPlanResult {
  if (rows.length === 0) return { ok: false, error: 'A plan has at least one installment.' };
  const installments: { dueDate: string; amountCents: number }[] = [];
  for (const [n, row] of rows.entries()) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(row.dueDate)) return { ok: false, error: `Installment ${n + 1}: choose a due date.` };
    const amount = parsePositiveAmountToCents(row.amount);
    if (!amount.ok) return { ok: false, error: `Installment ${n + 1}: ${amount.error}` };
    if (n > 0 && row.dueDate <= installments[n - 1]!.dueDate) {
      return { ok: false, error: `Installment ${n + 1} must fall due after installment ${n}.` };
    }
    installments.push({ dueDate: row.dueDate, amountCents: amount.cents });
  }
  return { ok: true, installments };
}
