import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interest rates:
 * - `interest_rates` holds reference rates an admin added in the app (BGB 247 base rate, Danish
 *   reference rate), dated and with their source; the balance merges them with the built-in tables
 *   of the domain, so a new published rate applies without a release;
 * - `claims.due_date_fixed`: the due date was fixed in advance (renteloven 3(1)); true for every
 *   invoice with a due date, false where a claim's due date came only from a later demand (3(2)).
 */
export class InterestRates1765820000000 implements MigrationInterface {
  name = 'InterestRates1765820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interest_rates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        country char(2) NOT NULL CHECK (country IN ('DE', 'DK')),
        valid_from date NOT NULL CHECK (extract(day FROM valid_from) = 1 AND extract(month FROM valid_from) IN (1, 7)),
        rate_percent numeric(5, 2) NOT NULL CHECK (rate_percent BETWEEN -20 AND 50),
        source text NOT NULL CHECK (length(btrim(source)) BETWEEN 3 AND 500),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (country, valid_from)
      );
      COMMENT ON TABLE interest_rates IS 'Published reference rates added in the app; merged with the built-in tables (a same date replaces the built-in row).';
      ALTER TABLE claims ADD COLUMN due_date_fixed boolean NOT NULL DEFAULT true;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE claims DROP COLUMN due_date_fixed;
      DROP TABLE interest_rates;
    `);
  }
}
