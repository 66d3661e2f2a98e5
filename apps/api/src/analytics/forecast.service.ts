import { Injectable } from '@nestjs/common';
import {
  FORECAST_HORIZONS_DAYS, REPORTING_CURRENCY, addDays, brokenPromiseDueBefore, calendarDateIn, compareRecordedForecasts, forecastBySegment, keptRateFor,
  sumForecasts, toReportingCents, type ForecastDueDay, type IsoDate, type SegmentForecast, type SegmentHistory,
} from '@mahnwerk/domain';
import { Clock } from '../common/clock.js';
import { REPORTING_TIME_ZONE } from '../common/reporting-day.js';
import type { KpiFilter } from './dto/kpi-filter.input.js';
import { ForecastRepository, type ForecastWho } from './forecast.repository.js';
import type { ForecastModel } from './kpis.model.js';

/** Promises resolved in this many days before today make the kept rates. */
const HISTORY_DAYS = 365;

/** Whose cases: a collector or a team (the forecasts on record are per creditor, for everyone's cases). */
type Who = ForecastWho;

interface Inputs {
  history: SegmentHistory[];
  dueDays: ForecastDueDay[];
}

/**
 * The recovery forecast (kpiForecast) and the record of the forecasts made: once a day per
 * creditor and horizon in kpi_forecast_snapshots, by ForecastSnapshotScheduler and by the day's
 * first forecast query, whichever comes first (INSERT ... ON CONFLICT DO NOTHING: the first stands).
 * The rules (per-creditor forecast, sums, which recorded forecast a past window is compared with)
 * are the domain's; this loads their inputs from kpi_daily and writes or reads the record (ForecastRepository).
 */
@Injectable()
export class ForecastService {
  /** The day this instance last recorded the forecasts (a cheap guard; the table's key is the real one). */
  private recordedOn: IsoDate | null = null;

  constructor(
    private readonly repository: ForecastRepository,
    private readonly clock: Clock,
  ) {}

  today(): IsoDate {
    return calendarDateIn(this.clock.now(), REPORTING_TIME_ZONE);
  }

  /**
   * Expected recoveries as of today: each creditor's open promises and installments due in the
   * window times its kept rate, summed over the creditors in the filter; and for each horizon the
   * latest recorded forecast whose window has ended against what came in during it. The period of
   * the filter is not used: the forecast is always as of today.
   */
  async forecast(filter: KpiFilter): Promise<ForecastModel> {
    const today = this.today();
    const who: Who = { collectorId: filter.collectorId ?? null, teamId: filter.teamId ?? null };
    const comparable = who.collectorId === null && who.teamId === null;
    const [creditors, inputs] = await Promise.all([this.creditors(), this.inputs(today, who)]);
    const forecasts = forecastBySegment(creditors.map((c) => c.id), inputs.dueDays, inputs.history, today);
    // The day's record: from these figures when they are everyone's, else computed for everyone.
    if (comparable) await this.record(today, forecasts, creditors);
    else await this.recordToday();

    const inView = new Set(
      creditors
        .filter((c) => (!filter.creditorId || c.id === filter.creditorId) && (!filter.country || c.country === filter.country))
        .map((c) => c.id),
    );
    const mine = forecasts.filter((f) => inView.has(f.segment));
    const own = inputs.history.filter((h) => inView.has(h.segment));
    const keptRate = keptRateFor('ALL', [{
      segment: 'ALL', kept: own.reduce((s, h) => s + h.kept, 0), broken: own.reduce((s, h) => s + h.broken, 0),
    }]).rate;
    const horizons = sumForecasts(mine).map(({ days, promisedCents, expectedCents }) => ({ days, promisedCents, expectedCents }));

    const [recorded, first] = comparable ? await this.recorded(today, filter) : [[], null];
    // What came in: from the earliest window compared (or the longest horizon) through yesterday.
    const windows = compareRecordedForecasts(recorded, [], today);
    const since = windows.reduce((min, w) => (w.from < min ? w.from : min), today);
    const received = since < today ? await this.received(since, addDays(today, -1), filter) : [];
    const past = compareRecordedForecasts(recorded, received, today).map((w) => ({ ...w, available: w.madeOn !== null }));
    return { asOf: today, keptRate, horizons, past, comparable, firstRecordedOn: comparable ? first : null };
  }

  /**
   * Records today's forecast of every creditor, once per day: rows already there for the day stay
   * as they are. Returns the rows written (0 when the day was recorded already).
   */
  async recordToday(): Promise<number> {
    const today = this.today();
    if (this.recordedOn === today) return 0;
    const [creditors, inputs] = await Promise.all([this.creditors(), this.inputs(today, { collectorId: null, teamId: null })]);
    return this.record(today, forecastBySegment(creditors.map((c) => c.id), inputs.dueDays, inputs.history, today), creditors);
  }

  private async record(today: IsoDate, forecasts: SegmentForecast[], creditors: { id: string }[]): Promise<number> {
    if (this.recordedOn === today) return 0;
    const known = new Set(creditors.map((c) => c.id));
    const mine = forecasts.filter((f) => known.has(f.segment));
    if (!mine.some((f) => f.horizons.length > 0)) return 0; // no creditor yet: nothing to record, try again later
    const written = await this.repository.recordForecasts(today, REPORTING_CURRENCY, mine);
    this.recordedOn = today;
    return written;
  }

  private creditors(): Promise<{ id: string; country: string }[]> {
    return this.repository.creditors();
  }

  /**
   * Per creditor: promises resolved in the last year (kept; broken, counting a still open one on an
   * unpaid case once its due day is past) and the open ones due from today to the longest horizon.
   */
  private async inputs(today: IsoDate, who: Who): Promise<Inputs> {
    const rows = await this.repository.promiseDays(
      addDays(today, -HISTORY_DAYS), addDays(today, Math.max(...FORECAST_HORIZONS_DAYS)), brokenPromiseDueBefore(today), who,
    );
    const history = new Map<string, SegmentHistory>();
    const dueDays: ForecastDueDay[] = [];
    for (const r of rows) {
      if (r.day < today) {
        const h = history.get(r.creditorId) ?? { segment: r.creditorId, kept: 0, broken: 0 };
        h.kept += r.kept;
        h.broken += r.broken;
        history.set(r.creditorId, h);
      } else if (r.openCents > 0) {
        dueDays.push({
          segment: r.creditorId, dueDate: r.day, amountCents: toReportingCents(r.openCents, r.currency), count: r.openItems,
        });
      }
    }
    return { history: [...history.values()], dueDays };
  }

  /**
   * The latest recorded forecast per horizon whose window has ended, summed over the creditors in
   * the filter (0 for a day on which none of them had anything due), and the first day on record.
   */
  private async recorded(today: IsoDate, filter: KpiFilter): Promise<[{ madeOn: string; days: number; expectedCents: number }[], string | null]> {
    return Promise.all([
      this.repository.latestEndedForecasts(today, filter.creditorId ?? null, filter.country ?? null),
      this.repository.firstRecordedOn(),
    ]);
  }

  /** Payments received per day within the filter (reporting currency). */
  private async received(from: IsoDate, to: IsoDate, filter: KpiFilter): Promise<{ day: string; cents: number }[]> {
    const rows = await this.repository.receivedDays(from, to, {
      creditorId: filter.creditorId ?? null, collectorId: filter.collectorId ?? null, teamId: filter.teamId ?? null, country: filter.country ?? null,
    });
    return rows.map((r) => ({ day: r.day, cents: toReportingCents(r.cents, r.currency) }));
  }
}
