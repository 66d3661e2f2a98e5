import { roundHalfUpDiv } from '../money.js';

export const REPORTING_CURRENCY = 'EUR';

/**
 * Units of a currency per 1 EUR, as exact decimals (numerator / 10^scale). The Danish krone is held
 * in ERM II at a central rate of 7.46038 DKK per euro (Danmarks Nationalbank), close enough to
 * compare portfolios; settlement with a creditor always uses the claim's own currency.
 */
const UNITS_PER_EUR: Record<string, { numerator: bigint; scale: bigint }> = {
  EUR: { numerator: 1n, scale: 1n },
  DKK: { numerator: 746038n, scale: 100000n },
};

export function toReportingCents(cents: number, currency: string): number {
  const rate = UNITS_PER_EUR[currency.trim().toUpperCase()];
  if (!rate) throw new RangeError(`No reporting rate for currency ${currency}`);
  return Number(roundHalfUpDiv(BigInt(cents) * rate.scale, rate.numerator));
}
