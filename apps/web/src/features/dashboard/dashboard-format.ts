import { centsToDecimalString, formatNumber } from '../../ui/format';

export function formatCount(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return formatNumber(value);
}

/** "12.4" for a ratio such as contacts per collector and day. */
export function formatRatio(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

const unit = (value: number, name: 'hour' | 'minute' | 'second', padded = false) =>
  formatNumber(value, { style: 'unit', unit: name, unitDisplay: 'narrow', minimumIntegerDigits: padded ? 2 : 1 });

/** Handling time in the language's units: "45s", "4m 05s", "1h 02m" ("4 Min. 05 Sek.", "1 t 02 m"). */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  if (total < 60) return unit(total, 'second');
  if (total < 3600) return `${unit(Math.floor(total / 60), 'minute')} ${unit(total % 60, 'second', true)}`;
  const minutes = Math.round(total / 60);
  return `${unit(Math.floor(minutes / 60), 'hour')} ${unit(minutes % 60, 'minute', true)}`;
}

/** Rate 0..1 as a CSV number in percent with one decimal (42.5), or null. */
export function rateForCsv(rate: number | null | undefined): number | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  return Math.round(rate * 1000) / 10;
}

/** Minor units as a CSV decimal in major units ("1234.50"), exact. */
export function centsForCsv(cents: number | null | undefined): string | null {
  if (cents === null || cents === undefined) return null;
  return centsToDecimalString(cents);
}

/** A chart axis tick for a share 0..1 in whole percent ("40%", "40 %"). */
export function formatPercentTick(share: number): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
}
