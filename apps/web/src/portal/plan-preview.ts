/**
 * What a proposed plan would look like before it is sent: the open balance split into equal monthly
 * installments (the cents that do not divide go on the last one), the first on the chosen date and each
 * next one on the same day of the following month (or that month's last day). The API's answer is what
 * counts: it may add the plan's cost.
 */
export interface PreviewInstallment {
  dueDate: string;
  amountCents: number;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD plus whole months, kept on the day of month or the month's last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

export function previewPlan(totalCents: number, installments: number, firstDueDate: string): PreviewInstallment[] {
  if (!Number.isSafeInteger(totalCents) || totalCents <= 0) return [];
  if (!Number.isInteger(installments) || installments < 1) return [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(firstDueDate)) return [];
  const count = Math.min(installments, totalCents);
  const base = Math.floor(totalCents / count);
  return Array.from({ length: count }, (_, i) => ({
    dueDate: addMonths(firstDueDate, i),
    amountCents: i === count - 1 ? totalCents - base * (count - 1) : base,
  }));
}

/** Which of the creditor's rules a plan would miss (checked again by the API). */
export type PlanRuleMiss = 'TOO_MANY' | 'TOO_SMALL' | 'TOO_LATE';

export function planRuleMisses(
  plan: readonly PreviewInstallment[],
  rules: { maxInstallments: number; minInstallmentCents: number; latestFirstDueDate: string },
): PlanRuleMiss[] {
  const misses: PlanRuleMiss[] = [];
  if (plan.length === 0) return misses;
  if (plan.length > rules.maxInstallments) misses.push('TOO_MANY');
  if (plan.some((i) => i.amountCents < rules.minInstallmentCents)) misses.push('TOO_SMALL');
  if (plan[0].dueDate > rules.latestFirstDueDate) misses.push('TOO_LATE');
  return misses;
}
