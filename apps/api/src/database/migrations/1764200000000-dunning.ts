import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Dunning1764200000000 implements MigrationInterface {
  name = 'Dunning1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE creditors ADD COLUMN dunning_strategy jsonb;

      -- Principal not yet repaid (payments go to costs, interest, then principal), kept by the API
      -- whenever it recomputes a balance; NULL until the first payment = all of the claims' principal.
      -- The claim value of German agency costs, so the run can price them set-based.
      ALTER TABLE cases ADD COLUMN principal_open_cents bigint CHECK (principal_open_cents >= 0);

      ALTER TABLE cases ADD COLUMN stage_entered_on date;
      UPDATE cases SET stage_entered_on = placed_at;
      ALTER TABLE cases ALTER COLUMN stage_entered_on SET NOT NULL,
                        ALTER COLUMN stage_entered_on SET DEFAULT CURRENT_DATE;
      CREATE INDEX cases_dunning_idx ON cases (creditor_id, stage, stage_entered_on) WHERE status = 'OPEN';
      -- The run looks for open promises past their due date among all promises ever made.
      CREATE INDEX promises_open_due_idx ON promises (due_date) WHERE status = 'OPEN';

      CREATE TABLE dunning_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        as_of date NOT NULL UNIQUE,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE')),
        started_by uuid REFERENCES users(id),
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        advanced integer NOT NULL DEFAULT 0,
        fees_charged integer NOT NULL DEFAULT 0,
        letters integer NOT NULL DEFAULT 0,
        emails integer NOT NULL DEFAULT 0,
        promises_broken integer NOT NULL DEFAULT 0
      );
      -- A run is the record of what it did: never deleted. That keeps every run_id below pointing at
      -- its run without a per-row foreign-key check on the run's few hundred thousand rows.
      CREATE FUNCTION dunning_runs_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'dunning runs are kept: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER dunning_runs_no_delete BEFORE DELETE ON dunning_runs
        FOR EACH ROW EXECUTE FUNCTION dunning_runs_are_kept();
      CREATE TRIGGER dunning_runs_no_truncate BEFORE TRUNCATE ON dunning_runs
        FOR EACH STATEMENT EXECUTE FUNCTION dunning_runs_are_kept();

      -- A case is a record the agency must keep (its claims, payments and letters): never deleted,
      -- which also keeps every dunning step's case_id pointing at its case.
      CREATE FUNCTION cases_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'case % is kept: DELETE is not allowed', OLD.id USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases FOR EACH ROW EXECUTE FUNCTION cases_are_kept();

      -- One row per stage a case ever entered through the run: the exactly-once guard and its record.
      CREATE TABLE dunning_steps (
        id bigserial PRIMARY KEY,
        run_id uuid NOT NULL, -- a dunning_runs id (kept for ever, see above)
        case_id uuid NOT NULL, -- a cases id (kept for ever, see below)
        from_stage text NOT NULL,
        to_stage text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('LETTER', 'EMAIL', 'PHONE', 'SMS')),
        fee_cents bigint NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
        stepped_on date NOT NULL,
        UNIQUE (case_id, to_stage)
      );

      CREATE TABLE letters (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        run_id uuid, -- a dunning_runs id (kept for ever, see above)
        debtor_id uuid NOT NULL REFERENCES debtors(id),
        creditor_id uuid NOT NULL REFERENCES creditors(id),
        written_on date NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'READY', 'FAILED')),
        error text,
        -- json, not jsonb: the text exactly as written, so content_sha256 = sha256(content::text).
        content json,
        content_sha256 text,
        pdf bytea,
        pdf_sha256 text,
        created_at timestamptz NOT NULL DEFAULT now(),
        ready_at timestamptz,
        UNIQUE (run_id, debtor_id, creditor_id),
        CHECK (status <> 'READY' OR (content IS NOT NULL AND content_sha256 IS NOT NULL AND pdf IS NOT NULL AND pdf_sha256 IS NOT NULL))
      );
      CREATE INDEX letters_pending_idx ON letters (created_at) WHERE status = 'PENDING';

      -- A letter once written never changes.
      CREATE FUNCTION letters_are_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' OR OLD.status = 'READY' OR (OLD.status = 'FAILED' AND NEW.status = 'READY') THEN
          RAISE EXCEPTION 'letter % is final and cannot be changed', OLD.id USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER letters_immutable BEFORE UPDATE OR DELETE ON letters
        FOR EACH ROW EXECUTE FUNCTION letters_are_immutable();

      ALTER TABLE activities ADD COLUMN letter_id uuid REFERENCES letters(id);

      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('EMAIL')),
        case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'STORED', 'FAILED')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        dedupe_key text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        processed_at timestamptz
      );
      CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE status = 'PENDING';

      -- Court dunning procedure (ZPO 688 ff.): the dates that were, and the deadlines they set.
      CREATE TABLE court_proceedings (
        case_id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
        applied_on date NOT NULL,
        order_served_on date,
        objection_deadline date,
        objection_filed_on date,
        enforcement_application_deadline date,
        enforcement_applied_on date,
        enforcement_served_on date,
        enforcement_objection_deadline date,
        enforcement_objection_filed_on date,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (order_served_on IS NULL OR order_served_on >= applied_on),
        CHECK (enforcement_served_on IS NULL OR enforcement_applied_on IS NOT NULL)
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE court_proceedings;
      DROP TABLE outbox;
      ALTER TABLE activities DROP COLUMN letter_id;
      DROP TRIGGER letters_immutable ON letters;
      DROP FUNCTION letters_are_immutable();
      DROP TABLE letters, dunning_steps, dunning_runs;
      DROP FUNCTION dunning_runs_are_kept();
      DROP TRIGGER cases_no_delete ON cases;
      DROP FUNCTION cases_are_kept();
      DROP INDEX promises_open_due_idx;
      DROP INDEX cases_dunning_idx;
      ALTER TABLE cases DROP COLUMN stage_entered_on;
      ALTER TABLE cases DROP COLUMN principal_open_cents;
      ALTER TABLE creditors DROP COLUMN dunning_strategy;
    `);
  }
}
