import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recovery forecasts as they were made: once a day per creditor and horizon (30/60/90 days),
 * written by ForecastService (its scheduler, or the day's first forecast query) with
 * INSERT ... ON CONFLICT DO NOTHING, so the first one of a day stands. The dashboard compares each
 * window that has ended with the forecast made at its start. Unlike the kpi_* read models these rows
 * cannot be rebuilt from the raw tables (the kept rates and open promises of a past day are gone):
 * kpi_rebuild() leaves them alone.
 */
export class ForecastSnapshots1765000000000 implements MigrationInterface {
  name = 'ForecastSnapshots1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_forecast_snapshots (
        made_on date NOT NULL, -- Europe/Berlin
        creditor_id uuid NOT NULL REFERENCES creditors(id),
        horizon_days integer NOT NULL CHECK (horizon_days > 0),
        -- Amounts in the reporting currency, as the dashboard showed them.
        currency char(3) NOT NULL,
        -- Open promises and installments due from made_on through made_on + horizon_days - 1.
        promised_cents bigint NOT NULL CHECK (promised_cents >= 0),
        expected_cents bigint NOT NULL CHECK (expected_cents BETWEEN 0 AND promised_cents),
        open_items integer NOT NULL CHECK (open_items >= 0),
        -- The kept rate applied: kept / resolved promises, and whether it was the creditor's own
        -- (SEGMENT), the portfolio's (OVERALL, under 20 resolved) or the 0.5 default.
        rate_kept integer NOT NULL CHECK (rate_kept >= 0),
        rate_resolved integer NOT NULL CHECK (rate_resolved > 0 AND rate_kept <= rate_resolved),
        rate_source text NOT NULL CHECK (rate_source IN ('SEGMENT', 'OVERALL', 'DEFAULT')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (made_on, creditor_id, horizon_days)
      );
      -- The latest forecast per horizon whose window has ended.
      CREATE INDEX kpi_forecast_snapshots_horizon_idx ON kpi_forecast_snapshots (horizon_days, made_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE kpi_forecast_snapshots`);
  }
}
