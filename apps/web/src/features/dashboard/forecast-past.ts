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

function addDays(date: IsoDate, days: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * The "forecast made on <date> vs actual" view of kpiForecast.past: only windows that have a
 * recorded forecast are drawn; the others are named as not available, never filled in.
 */
export function pastForecastView(forecast: Forecast): PastForecastView {
  const bars = forecast.past
    .filter((p) => p.available && p.madeOn !== null && p.expectedCents !== null)
    .map((p) => ({
      label: `${p.days} days`,
      range: `forecast made on ${formatDate(p.madeOn)} for ${formatDate(p.from)} – ${formatDate(p.to)}`,
      expectedCents: p.expectedCents!,
      actualCents: p.actualCents,
    }));
  const notes = forecast.past.map((p) =>
    p.available
      ? `${p.days} days: forecast made on ${formatDate(p.madeOn)}, window ${formatDate(p.from)} – ${formatDate(p.to)}.`
      : `${p.days} days: not available, no forecast was recorded on or before ${formatDate(p.from)}.`,
  );
  if (bars.length > 0) return { bars, notes, empty: null };
  if (!forecast.comparable) {
    return {
      bars, notes: [],
      empty: {
        title: 'No recorded forecast for a collector or team',
        detail: 'Forecasts are recorded per creditor for all cases. Clear the collector and team filters to compare them with what came in.',
      },
    };
  }
  const shortest = Math.min(...forecast.past.map((p) => p.days), 30);
  if (!forecast.firstRecordedOn) {
    return {
      bars, notes: [],
      empty: {
        title: 'No forecast recorded yet',
        detail: `A forecast is recorded every day. The first comparison appears ${shortest} days after the first one, once its window has ended.`,
      },
    };
  }
  return {
    bars, notes: [],
    empty: {
      title: 'No past window to compare yet',
      detail:
        `Forecasts are recorded daily since ${formatDate(forecast.firstRecordedOn)}. The first ${shortest}-day window ends on ` +
        `${formatDate(addDays(forecast.firstRecordedOn, shortest - 1))}; its comparison appears the day after.`,
    },
  };
}
