import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The debtor portal.
 * - `portal_links`: a debtor's personal link to a case; only the sha256 of its token is kept.
 * - `portal_sessions`: signed-in debtors (sha256 of the session token), 30 minutes, sliding.
 * - `portal_sign_in_attempts`: every sign-in try (the link's token hash and the client address), so the
 *   rate limit holds across instances.
 * - `portal_plan_settings`: a creditor's rules for plans proposed in the portal (defaults apply without a row).
 * - `portal_plan_proposals`: a proposal outside those rules, waiting for the collector (or the accepted ones).
 * - `portal_payment_intents`: payments a debtor started with a payment provider (the `store` adapter).
 * - `debtors.preferred_channel`: how the debtor prefers to be contacted (set in the portal); null: not said.
 */
export class DebtorPortal1766100000000 implements MigrationInterface {
  name = 'DebtorPortal1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portal_links (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        token_hash bytea NOT NULL UNIQUE,
        issued_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX portal_links_case_idx ON portal_links (case_id, expires_at DESC);

      CREATE TABLE portal_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        link_id uuid NOT NULL REFERENCES portal_links(id),
        case_id uuid NOT NULL REFERENCES cases(id),
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        ended_at timestamptz
      );
      CREATE INDEX portal_sessions_case_idx ON portal_sessions (case_id);

      CREATE TABLE portal_sign_in_attempts (
        id bigserial PRIMARY KEY,
        link_hash bytea NOT NULL,
        client text NOT NULL,
        ok boolean NOT NULL,
        attempted_at timestamptz NOT NULL
      );
      CREATE INDEX portal_sign_in_attempts_link_idx ON portal_sign_in_attempts (link_hash, attempted_at) WHERE NOT ok;
      CREATE INDEX portal_sign_in_attempts_client_idx ON portal_sign_in_attempts (client, attempted_at) WHERE NOT ok;

      CREATE TABLE portal_plan_settings (
        creditor_id uuid PRIMARY KEY REFERENCES creditors(id),
        max_installments integer NOT NULL CHECK (max_installments BETWEEN 1 AND 120),
        min_installment_eur_cents bigint NOT NULL CHECK (min_installment_eur_cents >= 0),
        min_installment_dkk_cents bigint NOT NULL CHECK (min_installment_dkk_cents >= 0),
        max_first_due_days integer NOT NULL CHECK (max_first_due_days BETWEEN 0 AND 365),
        updated_at timestamptz NOT NULL,
        updated_by uuid REFERENCES users(id)
      );

      CREATE TABLE portal_plan_proposals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        installments integer NOT NULL CHECK (installments >= 1),
        first_due_date date NOT NULL,
        plan jsonb NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DECIDED')),
        plan_id uuid,
        proposed_at timestamptz NOT NULL,
        decided_at timestamptz
      );
      CREATE UNIQUE INDEX portal_plan_proposals_pending_uniq ON portal_plan_proposals (case_id) WHERE status = 'PENDING';

      ALTER TABLE debtors ADD COLUMN preferred_channel text CHECK (preferred_channel IN ('EMAIL', 'SMS', 'PHONE', 'LETTER'));

      CREATE TABLE portal_payment_intents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        provider text NOT NULL,
        method text NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        currency text NOT NULL,
        created_at timestamptz NOT NULL
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE portal_payment_intents;
      ALTER TABLE debtors DROP COLUMN preferred_channel;
      DROP TABLE portal_plan_proposals;
      DROP TABLE portal_plan_settings;
      DROP TABLE portal_sign_in_attempts;
      DROP TABLE portal_sessions;
      DROP TABLE portal_links;
    `);
  }
}
