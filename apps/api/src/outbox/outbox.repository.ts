import { Injectable } from '@nestjs/common';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';

/** What happened to a message once handled: kept (store transport), sent, retried later, or given up. */
export type OutboxStatus = 'PENDING' | 'SENT' | 'STORED' | 'FAILED';
export type OutboxKind = 'EMAIL' | 'SMS';

interface OutboxMailRow {
  id: string;
  kind: OutboxKind;
  case_id: string | null;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
  sent_by: string | null;
}

/** A message (e-mail or SMS) waiting in the outbox. */
export interface OutboxMail {
  id: string;
  kind: OutboxKind;
  caseId: string | null;
  /** An e-mail address, or a phone number for an SMS. */
  toAddress: string;
  subject: string;
  body: string;
  /** Delivery attempts made before this one. */
  attempts: number;
  /** Who sent it from the case screen; null for the dunning run. */
  sentBy: string | null;
}

export const toOutboxMail = (row: OutboxMailRow): OutboxMail => ({
  id: row.id, kind: row.kind, caseId: row.case_id, toAddress: row.to_address, subject: row.subject, body: row.body,
  attempts: Number(row.attempts), sentBy: row.sent_by,
});

/** Every statement on the outbox (its rows are written by the features that cause messages, in their transactions). */
@Injectable()
export class OutboxRepository {
  /**
   * Locks up to `limit` pending messages whose retry time has come, oldest first, skipping those
   * another instance holds. (now() here is bookkeeping time, not a business date.)
   */
  async lockPending(limit: number, tx: Queryable): Promise<OutboxMail[]> {
    const rows: OutboxMailRow[] = await tx.query(
      `SELECT id, kind, case_id, to_address, subject, body, attempts, sent_by FROM outbox
        WHERE status = 'PENDING' AND (next_attempt_at IS NULL OR next_attempt_at <= now())
        ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    return rows.map(toOutboxMail);
  }

  /**
   * Records one attempt: the new status and error; a message that stays PENDING is tried again after
   * `retryInSeconds` and has no processed_at.
   */
  async recordAttempt(id: string, status: OutboxStatus, error: string | null, tx: Queryable, retryInSeconds = 0): Promise<void> {
    await tx.query(
      `UPDATE outbox SET status = $2, attempts = attempts + 1, last_error = $3,
              processed_at = CASE WHEN $2 = 'PENDING' THEN NULL ELSE now() END,
              next_attempt_at = CASE WHEN $2 = 'PENDING' THEN now() + make_interval(secs => $4) ELSE NULL END
        WHERE id = $1`,
      [id, status, error, retryInSeconds],
    );
  }

  /** The timeline entry of a message's final state (sent, kept or failed) on its case. */
  async addOutcomeActivity(tx: Queryable, activity: { caseId: string; channel: OutboxKind | 'SYSTEM'; actorId: string | null; note: ActivityNote; occurredAt: Date }): Promise<void> {
    const { note, noteTexts } = noteColumns(activity.note);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)`,
      [activity.caseId, activity.actorId, activity.channel, note, noteTexts, activity.occurredAt],
    );
  }
}
