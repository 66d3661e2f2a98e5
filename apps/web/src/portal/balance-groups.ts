/**
 * The balance lines in groups the debtor can take in on a phone: claims, interest, costs, payments,
 * adjustments (in that order, lines kept in their order), each with its sum. A case with years of
 * interest has a dozen interest lines; they fold into one row that opens.
 */
export interface BalanceLine {
  kind: string;
  amountCents: number;
  explanation: string;
}

export interface BalanceGroup<L extends BalanceLine = BalanceLine> {
  kind: string;
  lines: L[];
  totalCents: number;
}

export const BALANCE_KIND_ORDER = ['PRINCIPAL', 'INTEREST', 'FEE', 'PAYMENT', 'ADJUSTMENT'] as const;

/** Groups of more lines than this fold. */
export const FOLD_ABOVE = 2;

export function groupBalanceLines<L extends BalanceLine>(lines: readonly L[]): BalanceGroup<L>[] {
  const groups = new Map<string, BalanceGroup<L>>();
  for (const line of lines) {
    const group = groups.get(line.kind) ?? { kind: line.kind, lines: [], totalCents: 0 };
    group.lines.push(line);
    group.totalCents += line.amountCents;
    groups.set(line.kind, group);
  }
  const rank = (kind: string) => {
    const index = (BALANCE_KIND_ORDER as readonly string[]).indexOf(kind);
    return index === -1 ? BALANCE_KIND_ORDER.length : index;
  };
  return [...groups.values()].sort((a, b) => rank(a.kind) - rank(b.kind));
}
