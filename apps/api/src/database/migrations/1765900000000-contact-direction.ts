import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Channels and direction of a contact, and conversations over several cases.
 * - `activities.channel` also takes PORTAL and IN_PERSON (contacts) and NOTE (a plain note, not a contact).
 * - `activities.direction`: INBOUND (the debtor called, wrote, came by) or OUTBOUND (the agency did); null
 *   for entries that are no contact (notes, system entries written from now on). Rows from before are
 *   outbound (every outcome was an outbound call, every letter and e-mail went out); the default keeps
 *   writers that do not name a direction outbound. The contact policy counts outbound attempts only.
 * - `activities.contact_id`: one conversation recorded on several cases of a debtor shares it (it is the
 *   client's idempotency key when one was given), so the attempt cap counts the conversation once and a
 *   retried request writes nothing twice.
 */
export class ContactDirection1765900000000 implements MigrationInterface {
  name = 'ContactDirection1765900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activities DROP CONSTRAINT activities_channel_check;
      ALTER TABLE activities ADD CONSTRAINT activities_channel_check
        CHECK (channel IN ('PHONE', 'LETTER', 'EMAIL', 'SMS', 'PORTAL', 'IN_PERSON', 'SYSTEM', 'NOTE'));
      ALTER TABLE activities
        ADD COLUMN direction text DEFAULT 'OUTBOUND' CONSTRAINT activities_direction_check CHECK (direction IN ('INBOUND', 'OUTBOUND')),
        ADD COLUMN contact_id uuid;
      COMMENT ON COLUMN activities.direction IS 'INBOUND (from the debtor) or OUTBOUND (from the agency); null for notes and system entries.';
      COMMENT ON COLUMN activities.contact_id IS 'The conversation: shared by the activities one contact wrote on several cases of a debtor.';
      CREATE UNIQUE INDEX activities_contact_idx ON activities (contact_id, case_id) WHERE contact_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX activities_contact_idx;
      DELETE FROM activities WHERE channel = 'NOTE';
      UPDATE activities SET channel = 'PHONE' WHERE channel IN ('PORTAL', 'IN_PERSON');
      ALTER TABLE activities DROP COLUMN contact_id, DROP COLUMN direction;
      ALTER TABLE activities DROP CONSTRAINT activities_channel_check;
      ALTER TABLE activities ADD CONSTRAINT activities_channel_check CHECK (channel IN ('PHONE', 'LETTER', 'EMAIL', 'SMS', 'SYSTEM'));
    `);
  }
}
