function assertFinite(values: readonly number[]): void {
  for (const v of values) if (!Number.isFinite(v)) throw new RangeError(`Not a finite number: ${v}`);
}

/** Median of the values (mean of the two middle ones for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  assertFinite(values);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Arithmetic mean; null when empty. */
export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  assertFinite(values);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** numerator / denominator, 0 when the denominator is 0 (no cases -> rate 0, not NaN). */
export function ratio(numerator: number, denominator: number): number {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) {
    throw new RangeError(`ratio needs finite numbers, got ${numerator} / ${denominator}`);
  }
  return denominator === 0 ? 0 : numerator / denominator;
}

/**
 * Rounds to one decimal, halves up (2.25 -> 2.3, 1.15 -> 1.2); null stays null. The scaled value
 * is first cut to 15 significant digits so binary noise (1.15 * 10 = 11.4999...) cannot flip a half.
 */
export function roundTo1Decimal(value: number | null): number | null {
  if (value === null) return null;
  const scaled = Number((value * 10).toPrecision(15));
  return Math.round(scaled) / 10;
}
