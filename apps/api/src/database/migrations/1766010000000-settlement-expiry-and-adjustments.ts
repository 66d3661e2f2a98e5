import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Settlements expire; one booking table for everything that lowers a balance without being a payment.
 * - `settlements.status` gains EXPIRED (a live settlement whose last day passed unpaid, or unapproved),
 *   with `expired_at`; `settlements_live_until_idx` serves the expiry sweep.
 * - `adjustments` replaces `claim_adjustments` (reductions of upheld disputes, per claim) and
 *   `balance_adjustments` (write-offs of paid settlements, adjustments): a `kind` (DISPUTE_REDUCTION,
 *   SETTLEMENT_WRITE_OFF, WRITE_OFF, ADJUSTMENT), amount, day booked, reason, who, when, the claim where
 *   it applies, and its source (dispute or settlement). Every row of both tables moves over with its
 *   id; a write-off that names a settlement becomes SETTLEMENT_WRITE_OFF. Both old tables are dropped.
 */
export class SettlementExpiryAndAdjustments1766010000000 implements MigrationInterface {
  name = 'SettlementExpiryAndAdjustments1766010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE settlements DROP CONSTRAINT settlements_status_check;
      ALTER TABLE settlements
        ADD CONSTRAINT settlements_status_check CHECK (status IN ('PENDING_APPROVAL', 'OFFERED', 'DECLINED', 'PAID', 'EXPIRED')),
        ADD COLUMN expired_at timestamptz;
      CREATE INDEX settlements_live_until_idx ON settlements (valid_until) WHERE status IN ('PENDING_APPROVAL', 'OFFERED');

      CREATE TABLE adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        kind text NOT NULL CHECK (kind IN ('DISPUTE_REDUCTION', 'SETTLEMENT_WRITE_OFF', 'WRITE_OFF', 'ADJUSTMENT')),
        claim_id uuid REFERENCES claims(id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        booked_on date NOT NULL,
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        dispute_id uuid REFERENCES disputes(id),
        settlement_id uuid REFERENCES settlements(id),
        created_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT adjustments_dispute_reduction_claim CHECK (kind <> 'DISPUTE_REDUCTION' OR claim_id IS NOT NULL),
        CONSTRAINT adjustments_dispute_source CHECK (dispute_id IS NULL OR kind = 'DISPUTE_REDUCTION'),
        CONSTRAINT adjustments_settlement_source CHECK (kind <> 'SETTLEMENT_WRITE_OFF' OR settlement_id IS NOT NULL)
      );

      INSERT INTO adjustments (id, case_id, kind, claim_id, amount_cents, booked_on, reason, dispute_id, settlement_id, created_by, created_at)
      SELECT id, case_id, 'DISPUTE_REDUCTION', claim_id, amount_cents, booked_on, reason, dispute_id, NULL, booked_by, created_at
        FROM claim_adjustments;
      INSERT INTO adjustments (id, case_id, kind, claim_id, amount_cents, booked_on, reason, dispute_id, settlement_id, created_by, created_at)
      SELECT id, case_id, CASE WHEN kind = 'WRITE_OFF' AND settlement_id IS NOT NULL THEN 'SETTLEMENT_WRITE_OFF' ELSE kind END,
             NULL, amount_cents, booked_on, reason, NULL, settlement_id, created_by, created_at
        FROM balance_adjustments;

      CREATE INDEX adjustments_case_idx ON adjustments (case_id, booked_on);
      CREATE INDEX adjustments_dispute_idx ON adjustments (dispute_id) WHERE dispute_id IS NOT NULL;
      CREATE UNIQUE INDEX adjustments_one_settlement_write_off ON adjustments (settlement_id) WHERE kind = 'SETTLEMENT_WRITE_OFF';

      DROP TABLE claim_adjustments;
      DROP TABLE balance_adjustments;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE claim_adjustments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        claim_id uuid NOT NULL REFERENCES claims(id),
        dispute_id uuid REFERENCES disputes(id),
        amount_cents bigint NOT NULL CHECK (amount_cents > 0),
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        booked_on date NOT NULL,
        booked_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX claim_adjustments_case_idx ON claim_adjustments (case_id);

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

      INSERT INTO claim_adjustments (id, case_id, claim_id, dispute_id, amount_cents, reason, booked_on, booked_by, created_at)
      SELECT id, case_id, claim_id, dispute_id, amount_cents, reason, booked_on, created_by, created_at
        FROM adjustments WHERE kind = 'DISPUTE_REDUCTION';
      INSERT INTO balance_adjustments (id, case_id, kind, amount_cents, booked_on, reason, settlement_id, created_by, created_at)
      SELECT id, case_id, CASE WHEN kind = 'ADJUSTMENT' THEN 'ADJUSTMENT' ELSE 'WRITE_OFF' END, amount_cents, booked_on, reason,
             settlement_id, created_by, created_at
        FROM adjustments WHERE kind <> 'DISPUTE_REDUCTION';
      DROP TABLE adjustments;

      DROP INDEX settlements_live_until_idx;
      UPDATE settlements SET status = 'DECLINED', decline_reason = coalesce(decline_reason, 'Expired on ' || valid_until::text),
                             decided_at = coalesce(decided_at, expired_at)
       WHERE status = 'EXPIRED';
      ALTER TABLE settlements DROP CONSTRAINT settlements_status_check;
      ALTER TABLE settlements
        ADD CONSTRAINT settlements_status_check CHECK (status IN ('PENDING_APPROVAL', 'OFFERED', 'DECLINED', 'PAID')),
        DROP COLUMN expired_at;
    `);
  }
}
