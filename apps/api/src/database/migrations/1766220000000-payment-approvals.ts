import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Manual payment guards.
 * - `creditors.payment_approval_threshold_cents`: above it a manual payment waits for a second
 *   person (null: never).
 * - `payments.overpaid_cents`: what a payment paid beyond the open balance, to refund.
 * - `payment_approvals`: a manual payment or a PAID outcome waiting for a lead's approval.
 * - Idempotency keys scoped by source: a manual payment's key becomes `manual:<recorded_by>:<key>`;
 *   bank lines already hold `bank:<transaction>`.
 */
export class PaymentApprovals1766220000000 implements MigrationInterface {
  name = 'PaymentApprovals1766220000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE creditors ADD COLUMN payment_approval_threshold_cents bigint
        CHECK (payment_approval_threshold_cents > 0 AND payment_approval_threshold_cents <= 1000000000000);
      ALTER TABLE payments ADD COLUMN overpaid_cents bigint NOT NULL DEFAULT 0
        CHECK (overpaid_cents >= 0 AND overpaid_cents <= amount_cents);
      UPDATE payments SET idempotency_key = 'manual:' || coalesce(recorded_by::text, 'unknown') || ':' || idempotency_key
       WHERE source = 'MANUAL';

      CREATE TABLE payment_approvals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('PAYMENT', 'PAID_OUTCOME')),
        case_id uuid NOT NULL REFERENCES cases(id),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'DECLINED')),
        reasons text[] NOT NULL,
        amount_cents bigint CHECK (amount_cents > 0 AND amount_cents <= 1000000000000),
        currency char(3),
        received_at date,
        reference text,
        idempotency_key text UNIQUE,
        note text,
        channel text,
        requested_by uuid NOT NULL REFERENCES users(id),
        requested_at timestamptz NOT NULL,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        decline_reason text,
        payment_id uuid REFERENCES payments(id),
        CHECK (kind <> 'PAYMENT' OR (amount_cents IS NOT NULL AND currency IS NOT NULL AND received_at IS NOT NULL
          AND reference IS NOT NULL AND idempotency_key IS NOT NULL)),
        CHECK ((status = 'PENDING') = (decided_by IS NULL)),
        CHECK (decided_by IS NULL OR decided_by <> requested_by)
      );
      CREATE INDEX payment_approvals_pending_idx ON payment_approvals (requested_at) WHERE status = 'PENDING';
      CREATE INDEX payment_approvals_case_idx ON payment_approvals (case_id, requested_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE payment_approvals;
      UPDATE payments SET idempotency_key = substring(idempotency_key FROM '^manual:[^:]*:(.*)$')
       WHERE source = 'MANUAL' AND idempotency_key ~ '^manual:[^:]*:';
      ALTER TABLE payments DROP COLUMN overpaid_cents;
      ALTER TABLE creditors DROP COLUMN payment_approval_threshold_cents;
    `);
  }
}
