import { addDays, compareDates, isIsoDate, type IsoDate } from '../dates.js';
import {
  FORECAST_HORIZONS_DAYS, forecastRecoveries, keptRateFor, type ForecastHorizon, type ForecastItem, type KeptRate, type SegmentHistory,
} from './forecast.js';

/**
 * Forecasts per creditor, recorded once a day, and the comparison of past forecasts with what came in.
 *
 * A portfolio's forecast is the sum of its creditors' forecasts: each creditor (a segment) is
 * forecast on its own with its own kept rate (keptRateFor: its own history from 20 resolved
 * promises, else the overall rate of the history given). So what is recorded per creditor adds up
 * to what the dashboard shows for any set of creditors, and a recorded forecast can be summed for
 * a filter later without recomputing it.
 */

/** Open promises and installments of one segment (a creditor) due on one day: their sum and how many. */
export interface ForecastDueDay {
  segment: string;
  dueDate: IsoDate;
  amountCents: number;
  count: number;
}

export interface SegmentHorizon extends ForecastHorizon {
  /** Open promises and installments due in the window. */
  items: number;
}

export interface SegmentForecast {
  segment: string;
  /** The kept rate applied to this segment (its own, the overall one, or the 0.5 default). */
  rate: KeptRate;
  horizons: SegmentHorizon[];
}

function assertCount(name: string, n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`${name} must be a whole number >= 0, got ${n}`);
}

/**
 * The forecast of each segment as of `asOf` (see forecastRecoveries for the windows and rounding:
 * exact, rounded half up once per segment and window). Every segment named in `segments` gets one,
 * zero when nothing is due; a segment that only appears in `dueDays` is added after them.
 */
export function forecastBySegment(
  segments: readonly string[],
  dueDays: readonly ForecastDueDay[],
  history: readonly SegmentHistory[],
  asOf: IsoDate,
  horizonsDays: readonly number[] = FORECAST_HORIZONS_DAYS,
): SegmentForecast[] {
  const bySegment = new Map<string, ForecastDueDay[]>(segments.map((s) => [s, []]));
  for (const day of dueDays) {
    assertCount('count', day.count);
    const list = bySegment.get(day.segment);
    if (list) list.push(day);
    else bySegment.set(day.segment, [day]);
  }
  return [...bySegment].map(([segment, days]) => {
    const items: ForecastItem[] = days.map((d) => ({ dueDate: d.dueDate, amountCents: d.amountCents, kind: 'PROMISE', segment }));
    const horizons = forecastRecoveries(items, history, asOf, horizonsDays).map((h) => {
      const end = addDays(asOf, h.days);
      const inWindow = days.filter((d) => compareDates(d.dueDate, asOf) >= 0 && compareDates(d.dueDate, end) < 0);
      return { ...h, items: inWindow.reduce((sum, d) => sum + d.count, 0) };
    });
    return { segment, rate: keptRateFor(segment, history), horizons };
  });
}

/** The sum of segment forecasts per horizon (the portfolio's forecast), in the order of `horizonsDays`. */
export function sumForecasts(
  forecasts: readonly SegmentForecast[],
  horizonsDays: readonly number[] = FORECAST_HORIZONS_DAYS,
): SegmentHorizon[] {
  return horizonsDays.map((days) => {
    let promisedCents = 0;
    let expectedCents = 0;
    let items = 0;
    for (const f of forecasts) {
      const h = f.horizons.find((x) => x.days === days);
      if (!h) throw new RangeError(`segment ${f.segment} has no ${days}-day horizon`);
      promisedCents += h.promisedCents;
      expectedCents += h.expectedCents;
      items += h.items;
    }
    return { days, promisedCents, expectedCents, items };
  });
}

/**
 * A forecast that was recorded: made on `madeOn` for the `days` days from then (madeOn through
 * madeOn + days - 1), its expectation summed over the creditors in view (0 when none of them had
 * anything due). Its presence says a forecast was made that day.
 */
export interface RecordedForecast {
  madeOn: IsoDate;
  days: number;
  expectedCents: number;
}

/** What came in on one day. */
export interface DailyRecovery {
  day: IsoDate;
  cents: number;
}

export interface PastForecastWindow {
  days: number;
  /** The day the compared forecast was made (= from); null when no forecast is on record. */
  madeOn: IsoDate | null;
  from: IsoDate;
  /** Last day of the window (included). */
  to: IsoDate;
  /** What that forecast expected; null when no forecast is on record (never recomputed). */
  expectedCents: number | null;
  /** What came in from `from` through `to`. */
  actualCents: number;
}

/**
 * For each horizon, the latest recorded forecast whose window has ended by `asOf` (made on D, its
 * window D .. D + days - 1 has ended once D + days <= asOf), against what came in during that
 * window. A horizon with no such forecast is not available: it shows the window that ended
 * yesterday (asOf - days .. asOf - 1) with what came in, and no expectation, rather than one
 * recomputed today.
 */
export function compareRecordedForecasts(
  recorded: readonly RecordedForecast[],
  received: readonly DailyRecovery[],
  asOf: IsoDate,
  horizonsDays: readonly number[] = FORECAST_HORIZONS_DAYS,
): PastForecastWindow[] {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf must be a date YYYY-MM-DD, got ${asOf}`);
  for (const r of recorded) {
    if (!isIsoDate(r.madeOn)) throw new RangeError(`madeOn must be a date YYYY-MM-DD, got ${r.madeOn}`);
    if (!Number.isSafeInteger(r.expectedCents)) throw new RangeError(`expectedCents must be whole cents, got ${r.expectedCents}`);
  }
  for (const r of received) {
    if (!isIsoDate(r.day)) throw new RangeError(`day must be a date YYYY-MM-DD, got ${r.day}`);
    if (!Number.isSafeInteger(r.cents)) throw new RangeError(`cents must be whole cents, got ${r.cents}`);
  }
  const actual = (from: IsoDate, to: IsoDate): number =>
    received.reduce((sum, r) => (compareDates(r.day, from) >= 0 && compareDates(r.day, to) <= 0 ? sum + r.cents : sum), 0);
  return horizonsDays.map((days) => {
    if (!Number.isSafeInteger(days) || days <= 0) throw new RangeError(`horizon must be a whole number of days > 0, got ${days}`);
    let latest: RecordedForecast | undefined;
    for (const r of recorded) {
      if (r.days !== days || compareDates(addDays(r.madeOn, days), asOf) > 0) continue;
      if (!latest || compareDates(r.madeOn, latest.madeOn) > 0) latest = r;
    }
    if (!latest) {
      const from = addDays(asOf, -days);
      const to = addDays(asOf, -1);
      return { days, madeOn: null, from, to, expectedCents: null, actualCents: actual(from, to) };
    }
    const to = addDays(latest.madeOn, days - 1);
    return { days, madeOn: latest.madeOn, from: latest.madeOn, to, expectedCents: latest.expectedCents, actualCents: actual(latest.madeOn, to) };
  });
}
