/**
 * Rates are published as decimal percentages ('-0.88', '3.62') and computed as integer basis
 * points (1 bp = 0.01 percentage point), so no rate ever passes through a float.
 */
const RATE_PERCENT = /^([+-]?)(\d{1,3})(?:\.(\d{1,2}))?$/;

/** '-0.88' -> -88, '3.62' -> 362, '8' -> 800. Rejects more than two decimals. */
export function parseRatePercent(ratePercent: string): number {
  const m = RATE_PERCENT.exec(ratePercent.trim());
  if (!m) throw new RangeError(`Not a percentage with at most two decimals: "${ratePercent}"`);
  const sign = m[1] === '-' ? -1 : 1;
  const whole = Number(m[2]);
  const fraction = Number((m[3] ?? '').padEnd(2, '0'));
  const bp = whole * 100 + fraction;
  return bp === 0 ? 0 : sign * bp;
}

/** -88 -> '-0.88', 527 -> '5.27', 900 -> '9.00'. */
export function formatBasisPoints(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) throw new RangeError(`Not whole basis points: ${basisPoints}`);
  const sign = basisPoints < 0 ? '-' : '';
  const abs = Math.abs(basisPoints);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Percentage points without trailing zeros: 500 -> '5', 850 -> '8.5', 825 -> '8.25'. */
export function formatPoints(basisPoints: number): string {
  return formatBasisPoints(basisPoints).replace(/\.?0+$/, '');
}
