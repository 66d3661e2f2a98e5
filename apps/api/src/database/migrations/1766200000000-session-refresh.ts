import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Short access tokens renewed by a refresh token, and a per-account back-off for sign-ins:
 * - `session_refresh_tokens`: the sha256 of each refresh token a session has been given. A token is
 *   used once (`used_at`); presenting a used one again ends its session (the token was copied).
 * - `login_failures`: failed sign-ins in a row per e-mail address (known or not) and until when the
 *   address is locked; a successful sign-in deletes the row.
 */
export class SessionRefresh1766200000000 implements MigrationInterface {
  name = 'SessionRefresh1766200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE session_refresh_tokens (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      );
      CREATE INDEX session_refresh_tokens_session_idx ON session_refresh_tokens (session_id);

      CREATE TABLE login_failures (
        email text PRIMARY KEY,
        failures integer NOT NULL CHECK (failures > 0),
        last_failed_at timestamptz NOT NULL,
        locked_until timestamptz
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_failures;
      DROP TABLE session_refresh_tokens;
    `);
  }
}
