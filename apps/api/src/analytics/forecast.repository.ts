import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate, SegmentForecast } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** A bigint column: a number where the pg type parser is set (the app), else the driver's string. */
type Int8 = string | number;

interface CreditorRow { id: string; country: string }
interface PromiseDayRow { day: string; creditor_id: string; currency: string; kept: number; broken: number; open_items: number; open: Int8 }
interface RecordedRow { made_on: string; days: number; expected: Int8 }
interface FirstRow { first: string | null }
interface ReceivedRow { day: string; currency: string; recovered: Int8 }
interface CountRow { n: number }

export interface ForecastCreditor { id: string; country: string }
/** One day's promises of one creditor, in its currency: resolved (kept, broken) and open ones due that day. */
export interface PromiseDay { day: IsoDate; creditorId: string; currency: string; kept: number; broken: number; openItems: number; openCents: number }
/** The forecast recorded for a horizon on a day, summed over the creditors asked for. */
export interface RecordedForecast { madeOn: IsoDate; days: number; expectedCents: number }
/** Money received on a day, in one currency. */
export interface ReceivedDay { day: IsoDate; currency: string; cents: number }
/** Whose promises and payments: a collector's, a team's, everyone's (both null). */
export interface ForecastWho { collectorId: string | null; teamId: string | null }

export const toPromiseDay = (r: PromiseDayRow): PromiseDay => ({
  day: r.day, creditorId: r.creditor_id, currency: r.currency, kept: Number(r.kept), broken: Number(r.broken),
  openItems: Number(r.open_items), openCents: Number(r.open),
});
const toRecorded = (r: RecordedRow): RecordedForecast => ({ madeOn: r.made_on, days: Number(r.days), expectedCents: Number(r.expected) });
const toReceived = (r: ReceivedRow): ReceivedDay => ({ day: r.day, currency: r.currency, cents: Number(r.recovered) });

/** Every statement of the recovery forecast: its inputs from kpi_daily and the record in kpi_forecast_snapshots. */
@Injectable()
export class ForecastRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every creditor (the forecast's segments), by name. */
  async creditors(tx: Queryable = this.db): Promise<ForecastCreditor[]> {
    const rows: CreditorRow[] = await tx.query('SELECT id, country FROM creditors ORDER BY name, id');
    return rows.map((r) => ({ id: r.id, country: r.country }));
  }

  /**
   * Per day from `from` to `to`, creditor and currency: promises kept and broken (an open one on an
   * unpaid case counts as broken when due before `brokenDueBefore`, the domain's cutoff), and the
   * open ones due that day with their amount.
   */
  async promiseDays(from: IsoDate, to: IsoDate, brokenDueBefore: IsoDate, who: ForecastWho, tx: Queryable = this.db): Promise<PromiseDay[]> {
    const rows: PromiseDayRow[] = await tx.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, creditor_id, currency, sum(promises_kept)::int AS kept,
              sum(promises_broken + CASE WHEN day < $3 THEN promises_open ELSE 0 END)::int AS broken,
              sum(promises_open)::int AS open_items, sum(promised_open_cents)::bigint AS open
         FROM kpi_daily
        WHERE day BETWEEN $1 AND $2 AND ($4::uuid IS NULL OR collector_id = $4)
          AND ($5::uuid IS NULL OR collector_id IN (SELECT u.id FROM users u WHERE u.team_id = $5))
        GROUP BY day, creditor_id, currency`,
      [from, to, brokenDueBefore, who.collectorId, who.teamId],
    );
    return rows.map(toPromiseDay);
  }

  /**
   * Records the forecasts of `madeOn` in the reporting currency, one row per creditor and horizon;
   * rows already there for the day stay (the first stands). Returns the rows written.
   */
  async recordForecasts(madeOn: IsoDate, currency: string, forecasts: SegmentForecast[], tx: Queryable = this.db): Promise<number> {
    const rows = forecasts.flatMap((f) => f.horizons.map((h) => ({ f, h })));
    const [written]: CountRow[] = await tx.query(
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
        madeOn, currency,
        rows.map((r) => r.f.segment), rows.map((r) => r.h.days), rows.map((r) => r.h.promisedCents),
        rows.map((r) => r.h.expectedCents), rows.map((r) => r.h.items), rows.map((r) => r.f.rate.kept),
        rows.map((r) => r.f.rate.resolved), rows.map((r) => r.f.rate.source),
      ],
    );
    return Number(written!.n);
  }

  /**
   * Per horizon, the latest recorded forecast whose window has ended by `today`, summed over the
   * creditors in scope (a creditor, a country, or all).
   */
  async latestEndedForecasts(today: IsoDate, creditorId: string | null, country: string | null, tx: Queryable = this.db): Promise<RecordedForecast[]> {
    const rows: RecordedRow[] = await tx.query(
      `WITH latest AS (
         SELECT horizon_days, max(made_on) AS made_on FROM kpi_forecast_snapshots
          WHERE made_on <= $1::date - horizon_days GROUP BY horizon_days)
       SELECT to_char(l.made_on, 'YYYY-MM-DD') AS made_on, l.horizon_days AS days,
              coalesce(sum(s.expected_cents) FILTER (WHERE ($2::uuid IS NULL OR s.creditor_id = $2)
                AND ($3::text IS NULL OR s.creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $3))), 0)::bigint AS expected
         FROM latest l JOIN kpi_forecast_snapshots s ON s.horizon_days = l.horizon_days AND s.made_on = l.made_on
        GROUP BY l.made_on, l.horizon_days`,
      [today, creditorId, country],
    );
    return rows.map(toRecorded);
  }

  /** The first day a forecast was recorded on; null before the first. */
  async firstRecordedOn(tx: Queryable = this.db): Promise<IsoDate | null> {
    const [row]: FirstRow[] = await tx.query(`SELECT to_char(min(made_on), 'YYYY-MM-DD') AS first FROM kpi_forecast_snapshots`);
    return row?.first ?? null;
  }

  /** Payments received per day and currency from `from` to `to`, within the filter's creditor, collector, team and country. */
  async receivedDays(
    from: IsoDate, to: IsoDate, scope: ForecastWho & { creditorId: string | null; country: string | null }, tx: Queryable = this.db,
  ): Promise<ReceivedDay[]> {
    const rows: ReceivedRow[] = await tx.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, currency, sum(recovered_cents)::bigint AS recovered
         FROM kpi_daily
        WHERE day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR creditor_id = $3) AND ($4::uuid IS NULL OR collector_id = $4)
          AND ($5::uuid IS NULL OR collector_id IN (SELECT u.id FROM users u WHERE u.team_id = $5))
          AND ($6::text IS NULL OR creditor_id IN (SELECT cr.id FROM creditors cr WHERE cr.country = $6))
        GROUP BY day, currency`,
      [from, to, scope.creditorId, scope.collectorId, scope.teamId, scope.country],
    );
    return rows.map(toReceived);
  }
}
