import { defineMessages, type MessageDescriptor } from 'react-intl';
import { addMonths, isIsoDate, startOfMonth } from '../../ui/date';
import { numberLocale } from '../../ui/format';

export interface Period {
  from: string;
  to: string;
}

const PERIOD_ERRORS = defineMessages({
  missing: { id: 'dashboard.period.missing', defaultMessage: 'Enter both dates.' },
  reversed: { id: 'dashboard.period.reversed', defaultMessage: '"From" must not be after "To".' },
});

/** Last 12 months including the current one: from the 1st of the month 11 months back to today. */
export function defaultPeriod(today: string): Period {
  return { from: startOfMonth(addMonths(today, -11)), to: today };
}

/** What is wrong with the period, as a message to format where it is shown; null when it is fine. */
export function periodError(period: Period): MessageDescriptor | null {
  if (!isIsoDate(period.from) || !isIsoDate(period.to)) return PERIOD_ERRORS.missing;
  if (period.from > period.to) return PERIOD_ERRORS.reversed;
  return null;
}

/** Rate 0..1 as a percentage with one decimal ("42.5%", "42,5 %"), or "—" when not defined. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined || Number.isNaN(rate)) return '—';
  return new Intl.NumberFormat(numberLocale(), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rate);
}

/** Days with one decimal and the language's unit ("37.3 days", "37,3 Tg.", "37,3 dage"), or "—". */
export function formatDays(days: number | null | undefined): string {
  if (days === null || days === undefined || Number.isNaN(days)) return '—';
  return new Intl.NumberFormat(numberLocale(), { style: 'unit', unit: 'day', unitDisplay: 'short', maximumFractionDigits: 1 }).format(days);
}
