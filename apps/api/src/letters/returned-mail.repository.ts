import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';
import type { ReturnedMailModel, ReturnedMailReason } from './returned-mail.model.js';

interface ReturnedMailRow {
  case_id: string;
  id: string;
  reason: ReturnedMailReason;
  letter_id: string | null;
  note: string | null;
  address: string | null;
  recorded_by_name: string;
  recorded_at: Date;
}

/** Returned post: recording it (which marks the debtor's address unknown) and listing it per case. */
@Injectable()
export class ReturnedMailRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Locks the debtor and reads what a return changes: the address and whether it is already unknown. */
  async lockDebtor(tx: Queryable, debtorId: string): Promise<{ address: string | null; addressUnknown: boolean } | null> {
    const [row]: { address: string | null; address_unknown: boolean }[] = await tx.query(
      `SELECT address, address_unknown FROM debtors WHERE id = $1 FOR UPDATE`, [debtorId],
    );
    return row ? { address: row.address, addressUnknown: row.address_unknown } : null;
  }

  /** Whether the letter went to this debtor for this creditor. */
  async isLetterOf(tx: Queryable, letterId: string, debtorId: string, creditorId: string): Promise<boolean> {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM letters WHERE id = $1 AND debtor_id = $2 AND creditor_id = $3`, [letterId, debtorId, creditorId],
    );
    return rows.length > 0;
  }

  async insert(tx: Queryable, r: {
    caseId: string; debtorId: string; letterId: string | null; reason: ReturnedMailReason; note: string | null; address: string | null;
    recordedBy: string; recordedAt: Date;
  }): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO returned_mail (case_id, debtor_id, letter_id, reason, note, address, recorded_by, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [r.caseId, r.debtorId, r.letterId, r.reason, r.note, r.address, r.recordedBy, r.recordedAt],
    );
    return row!.id;
  }

  /** Marks the address unknown: the debtor's letters are held until it is corrected (updateDebtor). */
  async markAddressUnknown(tx: Queryable, debtorId: string): Promise<void> {
    await tx.query(`UPDATE debtors SET address_unknown = true WHERE id = $1`, [debtorId]);
  }

  /** The debtor's cases with their assignees (their timelines and queues hear of it). */
  async casesOfDebtor(tx: Queryable, debtorId: string): Promise<{ id: string; assigneeId: string | null }[]> {
    const rows: { id: string; assignee_id: string | null }[] = await tx.query(
      `SELECT id, assignee_id FROM cases WHERE debtor_id = $1 ORDER BY placed_at, id`, [debtorId],
    );
    return rows.map((r) => ({ id: r.id, assigneeId: r.assignee_id }));
  }

  async addActivities(tx: Queryable, caseIds: readonly string[], actorId: string, text: ActivityNote, at: Date): Promise<void> {
    const { note, noteTexts } = noteColumns(text);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at)
       SELECT id, $2, 'LETTER', $3, $5::jsonb, $4 FROM unnest($1::uuid[]) AS id`,
      [caseIds, actorId, note, at, noteTexts],
    );
  }

  /** Returned post to each case's debtor (any of their cases), newest first, keyed by case id. */
  async ofCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, ReturnedMailModel[]>> {
    const out = new Map<string, ReturnedMailModel[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return out;
    const rows: ReturnedMailRow[] = await tx.query(
      `SELECT c.id AS case_id, rm.id, rm.reason, rm.letter_id, rm.note, rm.address, u.name AS recorded_by_name, rm.recorded_at
         FROM cases c JOIN returned_mail rm ON rm.debtor_id = c.debtor_id JOIN users u ON u.id = rm.recorded_by
        WHERE c.id = ANY($1::uuid[]) ORDER BY rm.recorded_at DESC, rm.id`,
      [caseIds],
    );
    for (const r of rows) {
      out.get(r.case_id)?.push({
        id: r.id, reason: r.reason, letterId: r.letter_id, note: r.note, address: r.address, recordedByName: r.recorded_by_name, recordedAt: r.recorded_at,
      });
    }
    return out;
  }
}
