import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL UNIQUE
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL UNIQUE CHECK (email = lower(email) AND email LIKE '%_@_%'),
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')),
        team_id uuid REFERENCES teams(id),
        capacity integer NOT NULL DEFAULT 25 CHECK (capacity BETWEEN 0 AND 500),
        languages text[] NOT NULL DEFAULT '{}',
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE creditors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ref text NOT NULL UNIQUE,
        name text NOT NULL,
        country char(2) NOT NULL CHECK (country IN ('DE', 'DK')),
        currency char(3) NOT NULL,
        time_zone text NOT NULL,
        address text NOT NULL DEFAULT '',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE user_creditors (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        creditor_id uuid NOT NULL REFERENCES creditors(id) ON DELETE CASCADE,
        PRIMARY KEY (user_id, creditor_id)
      );

      CREATE TABLE debtors (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        ref text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('consumer', 'business')),
        country char(2) NOT NULL,
        email text,
        phone text,
        address text,
        language text NOT NULL DEFAULT 'de',
        time_zone text NOT NULL DEFAULT 'Europe/Berlin',
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        creditor_id uuid NOT NULL REFERENCES creditors(id),
        debtor_id uuid NOT NULL REFERENCES debtors(id),
        status text NOT NULL DEFAULT 'OPEN'
          CHECK (status IN ('OPEN', 'ON_HOLD', 'PAID', 'UNCOLLECTIBLE', 'LEGAL')),
        stage text NOT NULL
          CHECK (stage IN ('REMINDER', 'DUNNING_1', 'DUNNING_2', 'PHONE', 'AGENCY', 'COURT', 'ENFORCEMENT')),
        assignee_id uuid REFERENCES users(id),
        last_assignee_id uuid REFERENCES users(id),
        priority integer NOT NULL DEFAULT 0,
        open_cents bigint NOT NULL DEFAULT 0,
        currency char(3) NOT NULL,
        oldest_due_date date NOT NULL,
        placed_at date NOT NULL,
        next_action_at timestamptz,
        hold_reason text,
        paid_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT only_open_cases_are_assigned CHECK (assignee_id IS NULL OR status = 'OPEN'),
        CONSTRAINT paid_cases_have_paid_at CHECK (status <> 'PAID' OR paid_at IS NOT NULL)
      );
      CREATE INDEX cases_pool_idx ON cases (priority DESC, id) WHERE status = 'OPEN' AND assignee_id IS NULL;
      CREATE INDEX cases_assignee_idx ON cases (assignee_id, priority DESC) WHERE assignee_id IS NOT NULL;
      CREATE INDEX cases_creditor_placed_idx ON cases (creditor_id, placed_at);
      CREATE INDEX cases_placed_idx ON cases (placed_at);
      CREATE INDEX cases_paid_idx ON cases (paid_at) WHERE paid_at IS NOT NULL;
      CREATE INDEX cases_debtor_idx ON cases (debtor_id);
      CREATE INDEX cases_last_assignee_idx ON cases (last_assignee_id);

      -- Analytics credit a case to the collector who worked it last, even after it left the queue.
      CREATE FUNCTION cases_remember_assignee() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.assignee_id IS NOT NULL THEN NEW.last_assignee_id := NEW.assignee_id; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER cases_remember_assignee BEFORE INSERT OR UPDATE OF assignee_id ON cases
        FOR EACH ROW EXECUTE FUNCTION cases_remember_assignee();

      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        reference text NOT NULL,
        principal_cents bigint NOT NULL CHECK (principal_cents > 0 AND principal_cents <= 1000000000000),
        currency char(3) NOT NULL,
        invoice_date date NOT NULL,
        due_date date NOT NULL,
        default_date date,
        UNIQUE (case_id, reference),
        CHECK (due_date >= invoice_date)
      );

      CREATE TABLE fees (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        label text NOT NULL,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        charged_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX fees_case_idx ON fees (case_id);

      CREATE TABLE activities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        actor_id uuid REFERENCES users(id),
        channel text NOT NULL CHECK (channel IN ('PHONE', 'LETTER', 'EMAIL', 'SMS', 'SYSTEM')),
        outcome text CHECK (outcome IN ('NO_CONTACT', 'RIGHT_PARTY_CONTACT', 'PROMISE_TO_PAY', 'PAYMENT_PLAN',
          'DISPUTE', 'PAID', 'UNCOLLECTIBLE', 'ESCALATE_LEGAL', 'CALLBACK')),
        note text NOT NULL DEFAULT '',
        occurred_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX activities_case_idx ON activities (case_id, occurred_at DESC);
      CREATE INDEX activities_actor_idx ON activities (actor_id, occurred_at);

      CREATE TABLE promises (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        activity_id uuid REFERENCES activities(id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        paid_cents bigint NOT NULL DEFAULT 0 CHECK (paid_cents >= 0),
        due_date date NOT NULL,
        installment integer CHECK (installment > 0),
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'KEPT', 'BROKEN')),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        resolved_at timestamptz
      );
      CREATE INDEX promises_case_idx ON promises (case_id, due_date);
      CREATE INDEX promises_due_idx ON promises (due_date);

      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
        amount_cents bigint NOT NULL CHECK (amount_cents > 0 AND amount_cents <= 1000000000000),
        currency char(3) NOT NULL,
        received_at date NOT NULL,
        reference text NOT NULL,
        source text NOT NULL CHECK (source IN ('MANUAL', 'BANK')),
        idempotency_key text NOT NULL UNIQUE,
        recorded_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX payments_case_idx ON payments (case_id, received_at);
      CREATE INDEX payments_received_idx ON payments (received_at);

      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        actor_id uuid,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_events_entity_idx ON audit_events (entity, entity_id, at);

      CREATE FUNCTION audit_events_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_are_append_only();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_append_only();

      CREATE TABLE presence (
        connection_id text PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        instance_id text NOT NULL,
        seen_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX presence_user_idx ON presence (user_id, seen_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE presence;
      DROP TRIGGER audit_events_no_truncate ON audit_events;
      DROP TRIGGER audit_events_no_update_delete ON audit_events;
      DROP TABLE audit_events;
      DROP FUNCTION audit_events_are_append_only();
      DROP TRIGGER cases_remember_assignee ON cases;
      DROP FUNCTION cases_remember_assignee();
      DROP TABLE payments, promises, activities, fees, claims, cases, debtors, user_creditors, creditors, users, teams;
    `);
  }
}
