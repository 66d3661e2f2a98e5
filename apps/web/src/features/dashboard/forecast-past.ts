import { defineMessages, type IntlShape, type MessageDescriptor } from 'react-intl';
import { formatDate, type IsoDate } from '../../ui/date';
import type { Forecast } from './dashboard.graphql';

/** One past window with the forecast recorded at its start, as the chart draws it (a type: the chart takes records). */
export type PastForecastBar = {
  /** The axis label: the horizon. */
  label: string;
  /** The tooltip's heading: when the forecast was made and the window it covered. */
  range: string;
  expectedCents: number;
  actualCents: number;
};

export interface PastForecastView {
  bars: PastForecastBar[];
  /** One sentence per horizon under the bars: when its forecast was made and the window, or that it is not available. */
  notes: string[];
  /** Why no window can be compared at all (the empty state); null when there are bars. */
  empty: { title: string; detail: string } | null;
}

// Plain descriptors: their values are given where they are formatted.
const MESSAGES: Record<string, MessageDescriptor> = defineMessages({
  horizon: { id: 'dashboard.forecast.horizon', defaultMessage: '{days} days' },
  range: { id: 'dashboard.forecast.pastRange', defaultMessage: 'forecast made on {madeOn} for {from} – {to}' },
  noteAvailable: { id: 'dashboard.forecast.noteAvailable', defaultMessage: '{days} days: forecast made on {madeOn}, window {from} – {to}.' },
  noteMissing: {
    id: 'dashboard.forecast.noteMissing',
    defaultMessage: '{days} days: not available, no forecast was recorded on or before {from}.',
  },
  notComparableTitle: { id: 'dashboard.forecast.notComparableTitle', defaultMessage: 'No recorded forecast for a collector or team' },
  notComparableDetail: {
    id: 'dashboard.forecast.notComparableDetail',
    defaultMessage: 'Forecasts are recorded per creditor for all cases. Clear the collector and team filters to compare them with what came in.',
  },
  noneRecordedTitle: { id: 'dashboard.forecast.noneRecordedTitle', defaultMessage: 'No forecast recorded yet' },
  noneRecordedDetail: {
    id: 'dashboard.forecast.noneRecordedDetail',
    defaultMessage: 'A forecast is recorded every day. The first comparison appears {days} days after the first one, once its window has ended.',
  },
  noWindowTitle: { id: 'dashboard.forecast.noWindowTitle', defaultMessage: 'No past window to compare yet' },
  noWindowDetail: {
    id: 'dashboard.forecast.noWindowDetail',
    defaultMessage:
      'Forecasts are recorded daily since {since}. The first {days}-day window ends on {endsOn}; its comparison appears the day after.',
  },
});

function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The "forecast made on <date> vs actual" view of kpiForecast.past: only windows that have a
 * recorded forecast are drawn; the others are named as not available, never filled in.
 */
export function pastForecastView(forecast: Forecast, intl: IntlShape): PastForecastView {
  const bars = forecast.past
    .filter((p) => p.available && p.madeOn !== null && p.expectedCents !== null)
    .map((p) => ({
      label: intl.formatMessage(MESSAGES.horizon, { days: p.days }),
      range: intl.formatMessage(MESSAGES.range, { madeOn: formatDate(p.madeOn), from: formatDate(p.from), to: formatDate(p.to) }),
      expectedCents: p.expectedCents!,
      actualCents: p.actualCents,
    }));
  const notes = forecast.past.map((p) =>
    p.available
      ? intl.formatMessage(MESSAGES.noteAvailable, { days: p.days, madeOn: formatDate(p.madeOn), from: formatDate(p.from), to: formatDate(p.to) })
      : intl.formatMessage(MESSAGES.noteMissing, { days: p.days, from: formatDate(p.from) }),
  );
  if (bars.length > 0) return { bars, notes, empty: null };
  const empty = (title: string, detail: string) => ({ bars, notes: [], empty: { title, detail } });
  if (!forecast.comparable) {
    return empty(intl.formatMessage(MESSAGES.notComparableTitle), intl.formatMessage(MESSAGES.notComparableDetail));
  }
  const shortest = Math.min(...forecast.past.map((p) => p.days), 30);
  if (!forecast.firstRecordedOn) {
    return empty(intl.formatMessage(MESSAGES.noneRecordedTitle), intl.formatMessage(MESSAGES.noneRecordedDetail, { days: shortest }));
  }
  return empty(
    intl.formatMessage(MESSAGES.noWindowTitle),
    intl.formatMessage(MESSAGES.noWindowDetail, {
      since: formatDate(forecast.firstRecordedOn),
      days: shortest,
      endsOn: formatDate(addDays(forecast.firstRecordedOn, shortest - 1)),
    }),
  );
}
