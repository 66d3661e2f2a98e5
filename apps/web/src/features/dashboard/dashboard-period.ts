import { addMonths, isIsoDate, startOfMonth } from '../../ui/date';
import { numberLocale } from '../../ui/format';

export interface Period {
  from: string;
  to: string;
}

/** Last 12 months including the current one: from the 1st of the month 11 months back to today. */
export function defaultPeriod(today: string): Period {
  return { from: startOfMonth(addMonths(today, -11)), to: today };
}

export function periodError(period: Period): string | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return 'Enter both dates.';
  if (period.from > period.to) return '"From" must not be after "to".';
  return null;
}

/** Rate 0..1 as a percentage string with one decimal ("42.5 %"), or "—" when not defined. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return new Intl.NumberFormat(numberLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || Number.isNaN(days)) return '—';
  return `${new Intl.NumberFormat(numberLocale(), { maximumFractionDigits: 1 }).format(days)} d`;
}
