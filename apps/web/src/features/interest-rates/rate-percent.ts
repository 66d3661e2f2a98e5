import { formatNumber } from '../../ui/format';

/**
 * A reference rate as the API gives it ("1.27", "-0.88") in the workbench language: "1.27%",
 * "1,27 %". The decimal string is only read for display; nothing is computed with it.
 */
export function formatRatePercent(ratePercent: string): string {
  const value = Number(ratePercent);
  if (!Number.isFinite(value)) return ratePercent;
  return formatNumber(value / 100, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 4 });
}
