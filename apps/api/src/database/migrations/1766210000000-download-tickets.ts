import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `download_tickets`: single-use tickets that let a link open one document (a letter's PDF, a print
 * batch's file) for 60 seconds without a token in the URL. Only the ticket's SHA-256 is stored; it is
 * bound to the session that asked for it and to the document's path, and deleted when used.
 */
export class DownloadTickets1766210000000 implements MigrationInterface {
  name = 'DownloadTickets1766210000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE download_tickets (
        ticket_hash bytea PRIMARY KEY CHECK (octet_length(ticket_hash) = 32),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        session_id uuid NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        path text NOT NULL CHECK (length(path) BETWEEN 1 AND 500),
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL CHECK (expires_at > created_at)
      );
      CREATE INDEX download_tickets_expiry_idx ON download_tickets (expires_at);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE download_tickets');
  }
}
