import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What an agency needs to set itself up:
 * - users can be deactivated (`active`), and a user given a one-time password must change it first;
 * - sessions: a token names its session, and a session ended by logout or deactivation stops the
 *   token at the next request;
 * - creditors carry what the law and the letters need: legal name, postal address, commercial register
 *   entry, the account debtors pay into, whether the creditor deducts VAT, and its letter language;
 * - a debtor's address can be marked unknown, which holds letters for them.
 */
export class AgencySetup1765700000000 implements MigrationInterface {
  name = 'AgencySetup1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users
        ADD COLUMN active boolean NOT NULL DEFAULT true,
        ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
        ADD COLUMN password_changed_at timestamptz;

      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE INDEX sessions_user_idx ON sessions (user_id) WHERE ended_at IS NULL;

      ALTER TABLE creditors
        ADD COLUMN legal_name text NOT NULL DEFAULT '',
        ADD COLUMN street text NOT NULL DEFAULT '',
        ADD COLUMN postcode text NOT NULL DEFAULT '',
        ADD COLUMN city text NOT NULL DEFAULT '',
        ADD COLUMN register_court text NOT NULL DEFAULT '',
        ADD COLUMN register_number text NOT NULL DEFAULT '',
        ADD COLUMN iban text,
        ADD COLUMN bic text,
        ADD COLUMN vat_deductible boolean NOT NULL DEFAULT true,
        ADD COLUMN letter_language text NOT NULL DEFAULT 'de' CHECK (letter_language IN ('de', 'da', 'en'));
      UPDATE creditors SET legal_name = name, letter_language = CASE country WHEN 'DK' THEN 'da' ELSE 'de' END;

      ALTER TABLE debtors ADD COLUMN address_unknown boolean NOT NULL DEFAULT false;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE debtors DROP COLUMN address_unknown;
      ALTER TABLE creditors
        DROP COLUMN legal_name, DROP COLUMN street, DROP COLUMN postcode, DROP COLUMN city,
        DROP COLUMN register_court, DROP COLUMN register_number, DROP COLUMN iban, DROP COLUMN bic,
        DROP COLUMN vat_deductible, DROP COLUMN letter_language;
      DROP TABLE sessions;
      ALTER TABLE users DROP COLUMN password_changed_at, DROP COLUMN must_change_password, DROP COLUMN active;
    `);
  }
}
