import { Injectable } from '@nestjs/common';
import type { Queryable } from '../database/queryable.js';

/** What happened to a mail once handled: kept (store transport), sent, retried later, or given up. */
export type OutboxStatus = 'PENDING' | 'SENT' | 'STORED' | 'FAILED';

interface OutboxMailRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

/** A mail waiting in the outbox. */
export interface OutboxMail {
  id: string;
  toAddress: string;
  subject: string;
  body: string;
  /** Delivery attempts made before this one. */
  attempts: number;
}

export const toOutboxMail = (row: OutboxMailRow): OutboxMail => ({
  id: row.id, toAddress: row.to_address, subject: row.subject, body: row.body, attempts: Number(row.attempts),
});

/** Every statement on the outbox (its rows are written by the features that cause mails, in their transactions). */
@Injectable()
export class OutboxRepository {
  /** Locks up to `limit` pending mails, oldest first, skipping those another instance holds. */
  async lockPending(limit: number, tx: Queryable): Promise<OutboxMail[]> {
    const rows: OutboxMailRow[] = await tx.query(
      `SELECT id, to_address, subject, body, attempts FROM outbox
        WHERE status = 'PENDING' ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map(toOutboxMail);
  }

  /** Records one attempt: the new status and error; a mail that stays PENDING has no processed_at (bookkeeping time). */
  async recordAttempt(id: string, status: OutboxStatus, error: string | null, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE outbox SET status = $2, attempts = attempts + 1, last_error = $3,
              processed_at = CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() END
        WHERE id = $1`,
      [id, status, error],
    );
  }
}
