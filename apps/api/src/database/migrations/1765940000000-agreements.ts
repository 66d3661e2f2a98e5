import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Agreements that hold the dunning: payment plans as their own record, settlements, and the
 * bookings that lower a balance without being a payment (write-offs, adjustments).
 * - `payment_plans`: one row per agreed plan; its installments are the `promises` rows that name it
 *   (`promises.plan_id`). Status ACTIVE, COMPLETED (every installment kept) or DEFAULTED
 *   (Terminverlust after the creditor's number of missed installments). At most one ACTIVE plan per case.
 *   Plans recorded before this migration (promises with an installment number, grouped by the
 *   outcome that agreed them) become plans: COMPLETED when every installment was kept, DEFAULTED
 *   when at least two (the default setting) were broken, else ACTIVE (the latest per case).
 * - `creditors.plan_default_missed_installments` (default 2) and `creditors.settlement_min_share_percent`
 *   (the lowest share of the open balance a collector may offer alone; default 80).
 * - `settlements`: an offer to close the case for less; PENDING_APPROVAL (below the creditor's share,
 *   waiting for a lead), OFFERED, DECLINED, PAID.
 * - `balance_adjustments`: write-offs and adjustments, a line kind of their own in the balance.
 */
export class Agreements1765940000000 implements MigrationInterface {
  name = 'Agreements1765940000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE creditors
        ADD COLUMN plan_default_missed_installments int NOT NULL DEFAULT 2
          CHECK (plan_default_missed_installments BETWEEN 1 AND 12),
        ADD COLUMN settlement_min_share_percent int NOT NULL DEFAULT 80
          CHECK (settlement_min_share_percent BETWEEN 1 AND 100);

      CREATE TABLE payment_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        activity_id uuid REFERENCES activities(id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'COMPLETED', 'DEFAULTED')),
        fee_cents bigint NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        ended_at timestamptz
      );
      CREATE INDEX payment_plans_case_idx ON payment_plans (case_id, created_at);
      CREATE UNIQUE INDEX payment_plans_one_active ON payment_plans (case_id) WHERE status = 'ACTIVE';
      ALTER TABLE promises ADD COLUMN plan_id uuid REFERENCES payment_plans(id);
      CREATE INDEX promises_plan_idx ON promises (plan_id) WHERE plan_id IS NOT NULL;
      CREATE INDEX promises_open_case_idx ON promises (case_id) WHERE status = 'OPEN';

      -- Plans recorded as installment promises become plan records.
      CREATE TEMP TABLE old_plans ON COMMIT DROP AS
        SELECT gen_random_uuid() AS id, p.case_id, p.activity_id, min(p.created_at) AS created_at, min(p.created_by::text)::uuid AS created_by,
               bool_and(p.status = 'KEPT') AS completed, count(*) FILTER (WHERE p.status = 'BROKEN') >= 2 AS defaulted,
               max(p.resolved_at) AS ended_at
          FROM promises p
         WHERE p.installment IS NOT NULL
         GROUP BY p.case_id, p.activity_id;
      INSERT INTO payment_plans (id, case_id, activity_id, status, created_by, created_at, ended_at)
      SELECT o.id, o.case_id, o.activity_id,
             CASE WHEN o.completed THEN 'COMPLETED'
                  WHEN o.defaulted THEN 'DEFAULTED'
                  -- Only the latest running plan of a case stays active; an earlier one was replaced.
                  WHEN o.created_at = (SELECT max(x.created_at) FROM old_plans x WHERE x.case_id = o.case_id AND NOT x.completed AND NOT x.defaulted)
                    THEN 'ACTIVE'
                  ELSE 'DEFAULTED' END,
             o.created_by, o.created_at,
             CASE WHEN o.completed OR o.defaulted THEN o.ended_at END
        FROM old_plans o;
      UPDATE promises p SET plan_id = o.id
        FROM old_plans o
       WHERE p.installment IS NOT NULL AND p.case_id = o.case_id AND p.activity_id IS NOT DISTINCT FROM o.activity_id;

      CREATE TABLE settlements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        open_cents bigint NOT NULL CHECK (open_cents > 0),
        currency char(3) NOT NULL,
        valid_until date NOT NULL,
        offered_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'OFFERED', 'DECLINED', 'PAID')),
        reason text,
        offered_by uuid REFERENCES users(id),
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decline_reason text,
        paid_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX settlements_case_idx ON settlements (case_id, created_at);
      CREATE INDEX settlements_pending_idx ON settlements (created_at) WHERE status = 'PENDING_APPROVAL';
      CREATE UNIQUE INDEX settlements_one_live ON settlements (case_id) WHERE status IN ('PENDING_APPROVAL', 'OFFERED');

      CREATE TABLE balance_adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('WRITE_OFF', 'ADJUSTMENT')),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        booked_on date NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        settlement_id uuid REFERENCES settlements(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX balance_adjustments_case_idx ON balance_adjustments (case_id, booked_on);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE balance_adjustments;
      DROP TABLE settlements;
      DROP INDEX promises_open_case_idx;
      DROP INDEX promises_plan_idx;
      ALTER TABLE promises DROP COLUMN plan_id;
      DROP TABLE payment_plans;
      ALTER TABLE creditors DROP COLUMN settlement_min_share_percent, DROP COLUMN plan_default_missed_installments;
    `);
  }
}
