import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Holds and disputes (issue 15).
 * - `case_holds`: each hold of a case with its type, reason, who placed it, since when, an optional
 *   end date (it ends by itself on that day) and its release. `cases.hold_reason` stays the summary
 *   of the current holds (the claimable pool index reads it) and `cases.status` is ON_HOLD while one is current.
 *   Cases on hold before this migration (the dispute outcome was the only hold) get a DISPUTE hold each,
 *   so they can be released.
 * - `disputes`: what the debtor disputes, the creditor's clarification and the resolution.
 * - `dispute_documents`: uploaded evidence (PDF, PNG, JPEG by their magic bytes), stored with its sha256.
 * - `claim_adjustments`: the booking of a claim reduced by an upheld dispute (never a negative payment).
 */
export class HoldsAndDisputes1765930000000 implements MigrationInterface {
  name = 'HoldsAndDisputes1765930000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE case_holds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        type text NOT NULL CHECK (type IN ('DISPUTE', 'INSOLVENCY', 'DECEASED', 'CEASE_CONTACT', 'FRAUD_CHECK',
          'CREDITOR_RECALL', 'ADDRESS_RESEARCH')),
        reason text NOT NULL CHECK (btrim(reason) <> ''),
        placed_by uuid REFERENCES users(id),
        since timestamptz NOT NULL,
        until date,
        released_at timestamptz,
        released_by uuid REFERENCES users(id),
        release_reason text,
        CONSTRAINT case_holds_release_has_reason CHECK ((released_at IS NULL) = (release_reason IS NULL))
      );
      CREATE INDEX case_holds_case_idx ON case_holds (case_id, since);
      CREATE INDEX case_holds_ending_idx ON case_holds (until) WHERE released_at IS NULL AND until IS NOT NULL;
      INSERT INTO case_holds (case_id, type, reason, since)
      SELECT id, 'DISPUTE', coalesce(nullif(btrim(hold_reason), ''), 'Disputed'), updated_at FROM cases WHERE status = 'ON_HOLD';

      CREATE TABLE disputes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        hold_id uuid NOT NULL REFERENCES case_holds(id),
        reason text NOT NULL CHECK (reason IN ('AMOUNT', 'NOT_RECEIVED', 'ALREADY_PAID', 'NOT_MY_DEBT', 'OTHER')),
        note text NOT NULL,
        opened_by uuid REFERENCES users(id),
        opened_at timestamptz NOT NULL,
        clarification text,
        clarified_by uuid REFERENCES users(id),
        clarified_at timestamptz,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED')),
        resolution_note text,
        resolved_by uuid REFERENCES users(id),
        resolved_at timestamptz,
        CONSTRAINT disputes_resolved_when_closed CHECK ((status = 'OPEN') = (resolved_at IS NULL))
      );
      CREATE INDEX disputes_case_idx ON disputes (case_id, opened_at);

      CREATE TABLE dispute_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        dispute_id uuid NOT NULL REFERENCES disputes(id),
        file_name text NOT NULL CHECK (btrim(file_name) <> '' AND length(file_name) <= 200),
        content_type text NOT NULL CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 10485760),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        content bytea NOT NULL,
        uploaded_by uuid REFERENCES users(id),
        uploaded_at timestamptz NOT NULL,
        CONSTRAINT dispute_documents_size CHECK (octet_length(content) = size_bytes),
        UNIQUE (dispute_id, sha256)
      );

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
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE claim_adjustments;
      DROP TABLE dispute_documents;
      DROP TABLE disputes;
      DROP TABLE case_holds;
    `);
  }
}
