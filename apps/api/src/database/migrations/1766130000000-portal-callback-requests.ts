import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `portal_callback_requests`: a debtor's request in the portal to be called within a window (the
 * activity on the timeline holds its start as the callback). Waiting until staff record an outcome
 * after it; while it waits it lifts the case's priority with the window as the reason.
 */
export class PortalCallbackRequests1766130000000 implements MigrationInterface {
  name = 'PortalCallbackRequests1766130000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE portal_callback_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES cases(id),
        window_from timestamptz NOT NULL,
        window_to timestamptz NOT NULL CHECK (window_to > window_from),
        requested_at timestamptz NOT NULL
      );
      CREATE INDEX portal_callback_requests_case_idx ON portal_callback_requests (case_id, requested_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE portal_callback_requests');
  }
}
