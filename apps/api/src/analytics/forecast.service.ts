import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FORECAST_HORIZONS_DAYS, REPORTING_CURRENCY, addDays, calendarDateIn, compareRecordedForecasts, forecastBySegment, keptRateFor,
  sumForecasts, toReportingCents, type ForecastDueDay, type IsoDate, type SegmentForecast, type SegmentHistory,
} from '@mahnwerk/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { KpiFilter } from './dto/kpi-filter.input.js';
import type { ForecastModel } from './kpis.model.js';

const REPORTING_TIME_ZONE = 'Europe/Berlin';
/** Promises resolved in this many days before today make the kept rates. */
const HISTORY_DAYS = 365;

/** Whose cases: a collector or a team (the forecasts on record are per creditor, for everyone's cases). */
interface Who {
  collectorId: string | null;
  teamId: string | null;
}

interface Inputs {
  history: SegmentHistory[];
  dueDays: ForecastDueDay[];
}

/**
 * The recovery forecast (kpiForecast) and the record of the forecasts made: once a day per
 * creditor and horizon in kpi_forecast_snapshots, by ForecastSnapshotScheduler and by the day's
 * first forecast query, whichever comes first (INSERT ... ON CONFLICT DO NOTHING: the first stands).
 * The rules (per-creditor forecast, sums, which recorded forecast a past window is compared with)
 * are the domain's; this loads their inputs from kpi_daily and writes or reads the record.
 */
@Injectable()
export class ForecastService {
  /** The day this instance last recorded the forecasts (a cheap guard; the table's key is the real one). */
  private recordedOn: IsoDate | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
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
    const rows = forecasts.filter((f) => known.has(f.segment)).flatMap((f) => f.horizons.map((h) => ({ f, h })));
    if (rows.length === 0) return 0; // no creditor yet: nothing to record, try again later
    const written = await this.db.query<{ n: number }[]>(
      `WITH written AS (
         INSERT INTO kpi_forecast_snapshots (made_on, creditor_id, horizon_days, currency, promised_cents, expected_cents, open_items,
                                             rate_kept, rate_resolved, rate_source)
         SELECT $1::date, r.creditor_id, r.days, $2, r.promised, r.expected, r.items, r.kept, r.resolved, r.source
           FROM unnest($3::uuid[], $4::int[], $5::bigint[], $6::bigint[], $7::int[], $8::int[], $9::int[], $10::text[])
             AS r(creditor_id, days, promised, expected, items, kept, resolved, source)
         ON CONFLICT (made_on, creditor_id, horizon_days) DO NOTHING
         RETURNING 1)
       SELECT count(*)::int AS n FROM written`,
      [
        today, REPORTING_CURRENCY,
        rows.map((r) => r.f.segment), rows.map((r) => r.h.days), rows.map((r) => r.h.promisedCents),
        rows.map((r) => r.h.expectedCents), rows.map((r) => r.h.items), rows.map((r) => r.f.rate.kept),
        rows.map((r) => r.f.rate.resolved), rows.map((r) => r.f.rate.source),
      ],
    );
    this.recordedOn = today;
    return written[0]!.n;
  }

  private creditors(): Promise<{ id: string; country: string }[]> {
    return this.db.query('SELECT id, country FROM creditors ORDER BY name, id');
  }

  /**
   * Per creditor: promises resolved in the last year (kept; broken, counting a still open one on an
   * unpaid case once its due day is past) and the open ones due from today to the longest horizon.
   */
  private async inputs(today: IsoDate, who: Who): Promise<Inputs> {
    const rows = await this.db.query<{
      day: string; creditor_id: string; currency: string; kept: number; broken: number; open_items: number; open: string;
    }[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, creditor_id, currency, sum(promises_kept)::int AS kept,
              sum(promises_broken + CASE WHEN day < $3 THEN promises_open ELSE 0 END)::int AS broken,
              sum(promises_open)::int AS open_items, sum(promised_open_cents)::bigint AS open
         FROM kpi_daily
        WHERE day BETWEEN $1 AND $2 AND ($4::uuid IS NULL OR collector_id = $4)
          AND ($5::uuid IS NULL OR collector_id IN (SELECT u.id FROM users u WHERE u.team_id = $5))
        GROUP BY day, creditor_id, currency`,
      [addDays(today, -HISTORY_DAYS), addDays(today, Math.max(...FORECAST_HORIZONS_DAYS)), today, who.collectorId, who.teamId],
    );
    const history = new Map<string, SegmentHistory>();
    const dueDays: ForecastDueDay[] = [];
    for (const r of rows) {
      if (r.day < today) {
        const h = history.get(r.creditor_id) ?? { segment: r.creditor_id, kept: 0, broken: 0 };
        h.kept += Number(r.kept);
        h.broken += Number(r.broken);
        history.set(r.creditor_id, h);
      } else if (Number(r.open) > 0) {
        dueDays.push({
          segment: r.creditor_id, dueDate: r.day, amountCents: toReportingCents(Number(r.open), r.currency), count: Number(r.open_items),
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
    const [rows, [first]] = await Promise.all([
      this.db.query<{ made_on: string; days: number; expected: string }[]>(
        `WITH latest AS (
           SELECT horizon_days, max(made_on) AS made_on FROM kpi_forecast_snapshots
            WHERE made_on <= $1::date - horizon_days GROUP BY horizon_days)
         SELECT to_char(l.made_on, 'YYYY-MM-DD') AS made_on, l.horizon_days AS days,
                coalesce(sum(s.expected_cents) FILTER (WHERE ($2::uuid IS NULL OR s.creditor_id = $2)
                  AND ($3::text IS NULL OR s.creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $3))), 0)::bigint AS expected
           FROM latest l JOIN kpi_forecast_snapshots s ON s.horizon_days = l.horizon_days AND s.made_on = l.made_on
          GROUP BY l.made_on, l.horizon_days`,
        [today, filter.creditorId ?? null, filter.country ?? null],
      ),
      this.db.query<{ first: string | null }[]>(`SELECT to_char(min(made_on), 'YYYY-MM-DD') AS first FROM kpi_forecast_snapshots`),
    ]);
    return [rows.map((r) => ({ madeOn: r.made_on, days: Number(r.days), expectedCents: Number(r.expected) })), first?.first ?? null];
  }

  /** Payments received per day within the filter (reporting currency). */
  private async received(from: IsoDate, to: IsoDate, filter: KpiFilter): Promise<{ day: string; cents: number }[]> {
    const rows = await this.db.query<{ day: string; currency: string; recovered: string }[]>(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, currency, sum(recovered_cents)::bigint AS recovered
         FROM kpi_daily
        WHERE day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR creditor_id = $3) AND ($4::uuid IS NULL OR collector_id = $4)
          AND ($5::uuid IS NULL OR collector_id IN (SELECT u.id FROM users u WHERE u.team_id = $5))
          AND ($6::text IS NULL OR creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))
        GROUP BY day, currency`,
      [from, to, filter.creditorId ?? null, filter.collectorId ?? null, filter.teamId ?? null, filter.country ?? null],
    );
    return rows.map((r) => ({ day: r.day, cents: toReportingCents(Number(r.recovered), r.currency) }));
  }
}
