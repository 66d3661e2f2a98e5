import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the debtor portal figures on the dashboard: links issued, sign-ins (sessions) and plan
 * proposals counted by when they happened, over a period.
 */
export class PortalFigures1766120000000 implements MigrationInterface {
  name = 'PortalFigures1766120000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX portal_links_created_idx ON portal_links (created_at, case_id);
      CREATE INDEX portal_sessions_created_idx ON portal_sessions (created_at, case_id);
      CREATE INDEX portal_plan_proposals_proposed_idx ON portal_plan_proposals (proposed_at, case_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX portal_plan_proposals_proposed_idx;
      DROP INDEX portal_sessions_created_idx;
      DROP INDEX portal_links_created_idx;
    `);
  }
}
