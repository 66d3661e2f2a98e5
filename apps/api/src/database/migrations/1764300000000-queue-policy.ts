import type { MigrationInterface, QueryRunner } from 'typeorm';

export class QueuePolicy1764300000000 implements MigrationInterface {
  name = 'QueuePolicy1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Maximum points per priority part (the domain's PriorityWeights); NULL = the domain's defaults.
      ALTER TABLE creditors ADD COLUMN priority_weights jsonb
        CHECK (priority_weights IS NULL OR jsonb_typeof(priority_weights) = 'object');
      -- Overrides of the domain's contact policy (hours, attempts per 7 days, reminder spacing); NULL = defaults.
      ALTER TABLE creditors ADD COLUMN contact_policy jsonb
        CHECK (contact_policy IS NULL OR jsonb_typeof(contact_policy) = 'object');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE creditors DROP COLUMN contact_policy;
      ALTER TABLE creditors DROP COLUMN priority_weights;
    `);
  }
}
