import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

interface TicketRow {
  user_id: string;
  session_id: string;
  path: string;
  expires_at: Date;
}

/** A used ticket as it was issued. */
export interface UsedTicket {
  userId: string;
  sessionId: string;
  path: string;
  expiresAt: Date;
}

/** Download tickets (hashed); times are the injected clock's, so tests can move them. */
@Injectable()
export class DownloadTicketsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Stores a ticket; tickets that expired before `now` go first, so the table holds only live ones. */
  async issue(hash: Buffer, userId: string, sessionId: string, path: string, now: Date, expiresAt: Date): Promise<void> {
    await this.db.query(
      `WITH expired AS (DELETE FROM download_tickets WHERE expires_at <= $5)
       INSERT INTO download_tickets (ticket_hash, user_id, session_id, path, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [hash, userId, sessionId, path, now, expiresAt],
    );
  }

  /** Deletes the ticket and answers what it was issued for: a ticket is gone after its first use, valid or not. */
  async use(hash: Buffer): Promise<UsedTicket | null> {
    const [rows]: [TicketRow[], number] = await this.db.query(
      'DELETE FROM download_tickets WHERE ticket_hash = $1 RETURNING user_id, session_id, path, expires_at',
      [hash],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, sessionId: row.session_id, path: row.path, expiresAt: row.expires_at } : null;
  }
}
