import { toReportingCents } from '@mahnwerk/domain';

/** One collector's queue in one currency: the shape the board's load query returns. */
export interface CurrencyLoad {
  collectorId: string;
  currency: string;
  size: number;
  openCents: number;
}

/** A case changing hands: from one collector (or the pool) to another (or the pool). */
export interface CaseShift {
  from: string | null;
  to: string | null;
  currency: string;
  openCents: number;
}

export interface QueueLoad {
  queueSize: number;
  /** In the reporting currency, summed per currency first, exactly as the team board does. */
  openBalanceCents: number;
}

/** Sums a collector's per-currency rows into the board's figures. */
export function queueLoadOf(rows: CurrencyLoad[], collectorId: string): QueueLoad {
  const mine = rows.filter((r) => r.collectorId === collectorId);
  return {
    queueSize: mine.reduce((sum, r) => sum + r.size, 0),
    openBalanceCents: mine.reduce((sum, r) => sum + toReportingCents(r.openCents, r.currency), 0),
  };
}

/** The per-currency loads after the shifts, computed from those before (nothing is read twice). */
export function shiftLoads(before: CurrencyLoad[], shifts: CaseShift[]): CurrencyLoad[] {
  const key = (collectorId: string, currency: string) => `${collectorId}\u0000${currency}`;
  const after = new Map(before.map((r) => [key(r.collectorId, r.currency), { ...r }]));
  const bump = (collectorId: string, currency: string, size: number, openCents: number) => {
    const k = key(collectorId, currency);
    const row = after.get(k) ?? { collectorId, currency, size: 0, openCents: 0 };
    row.size += size;
    row.openCents += openCents;
    after.set(k, row);
  };
  for (const s of shifts) {
    if (s.from === s.to) continue;
    if (s.from) bump(s.from, s.currency, -1, -s.openCents);
    if (s.to) bump(s.to, s.currency, 1, s.openCents);
  }
  return [...after.values()].filter((r) => r.size !== 0 || r.openCents !== 0);
}
