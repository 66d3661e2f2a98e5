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

/** Handling time: "45 s", "4 min 05 s", "1 h 02 min". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  if (total < 60) return `${total} s`;
  if (total < 3600) return `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s`;
  const minutes = Math.round(total / 60);
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
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
