import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DisputeReason, DisputeStatus, HoldType, IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';

export interface HoldRecord {
  id: string;
  caseId: string;
  type: HoldType;
  reason: string;
  placedByName: string | null;
  since: Date;
  until: IsoDate | null;
  releasedAt: Date | null;
  releasedByName: string | null;
  releaseReason: string | null;
}

interface HoldRow {
  id: string; case_id: string; type: HoldType; reason: string; placed_by_name: string | null; since: Date; until: string | null;
  released_at: Date | null; released_by_name: string | null; release_reason: string | null;
}

const toHold = (r: HoldRow): HoldRecord => ({
  id: r.id, caseId: r.case_id, type: r.type, reason: r.reason, placedByName: r.placed_by_name, since: r.since, until: r.until,
  releasedAt: r.released_at, releasedByName: r.released_by_name, releaseReason: r.release_reason,
});

const HOLD_SELECT = `
  SELECT h.id, h.case_id, h.type, h.reason, pu.name AS placed_by_name, h.since, h.until::text AS until, h.released_at,
         ru.name AS released_by_name, h.release_reason
    FROM case_holds h LEFT JOIN users pu ON pu.id = h.placed_by LEFT JOIN users ru ON ru.id = h.released_by`;

export interface DocumentRecord {
  id: string;
  disputeId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
}

interface DocumentRow {
  id: string; dispute_id: string; file_name: string; content_type: string; size_bytes: number; sha256: string; uploaded_at: Date;
}

const toDocument = (r: DocumentRow): DocumentRecord => ({
  id: r.id, disputeId: r.dispute_id, fileName: r.file_name, contentType: r.content_type, sizeBytes: r.size_bytes, sha256: r.sha256,
  uploadedAt: r.uploaded_at,
});

export interface DisputeRecord {
  id: string;
  caseId: string;
  holdId: string;
  reason: DisputeReason;
  note: string;
  openedAt: Date;
  clarification: string | null;
  clarifiedAt: Date | null;
  status: DisputeStatus;
  resolutionNote: string | null;
  resolvedAt: Date | null;
  reductionCents: number;
}

interface DisputeRow {
  id: string; case_id: string; hold_id: string; reason: DisputeReason; note: string; opened_at: Date; clarification: string | null;
  clarified_at: Date | null; status: DisputeStatus; resolution_note: string | null; resolved_at: Date | null; reduction_cents: string;
}

const toDispute = (r: DisputeRow): DisputeRecord => ({
  id: r.id, caseId: r.case_id, holdId: r.hold_id, reason: r.reason, note: r.note, openedAt: r.opened_at, clarification: r.clarification,
  clarifiedAt: r.clarified_at, status: r.status, resolutionNote: r.resolution_note, resolvedAt: r.resolved_at,
  reductionCents: Number(r.reduction_cents),
});

const DISPUTE_SELECT = `
  SELECT d.id, d.case_id, d.hold_id, d.reason, d.note, d.opened_at, d.clarification, d.clarified_at, d.status, d.resolution_note,
         d.resolved_at, (SELECT coalesce(sum(a.amount_cents), 0) FROM adjustments a
                          WHERE a.dispute_id = d.id AND a.kind = 'DISPUTE_REDUCTION') AS reduction_cents
    FROM disputes d`;

export interface ClaimPrincipal {
  id: string;
  principalCents: number;
  dueDate: IsoDate;
}

/** Every statement of holds/: holds, disputes, their documents and the reductions upheld disputes book in `adjustments`. */
@Injectable()
export class HoldsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertHold(
    h: { caseId: string; type: HoldType; reason: string; until: IsoDate | null; placedBy: string | null; since: Date },
    tx: Queryable,
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      'INSERT INTO case_holds (case_id, type, reason, until, placed_by, since) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [h.caseId, h.type, h.reason, h.until, h.placedBy, h.since],
    );
    return row!.id;
  }

  /** The hold of the case, locked for the caller's transaction; null when the case has no such hold. */
  async lockHold(caseId: string, holdId: string, tx: Queryable): Promise<HoldRecord | null> {
    const [row]: HoldRow[] = await tx.query(`${HOLD_SELECT} WHERE h.id = $1 AND h.case_id = $2 FOR UPDATE OF h`, [holdId, caseId]);
    return row ? toHold(row) : null;
  }

  async releaseHold(holdId: string, by: string | null, reason: string, at: Date, tx: Queryable): Promise<void> {
    await tx.query('UPDATE case_holds SET released_at = $2, released_by = $3, release_reason = $4 WHERE id = $1', [holdId, at, by, reason]);
  }

  /** The holds of the case not released, oldest first. */
  async currentHolds(caseId: string, tx: Queryable): Promise<HoldRecord[]> {
    const rows: HoldRow[] = await tx.query(`${HOLD_SELECT} WHERE h.case_id = $1 AND h.released_at IS NULL ORDER BY h.since, h.id`, [caseId]);
    return rows.map(toHold);
  }

  /** Current and past holds of each case, newest first. */
  async holdsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<HoldRecord[]> {
    const rows: HoldRow[] = await tx.query(`${HOLD_SELECT} WHERE h.case_id = ANY($1) ORDER BY h.since DESC, h.released_at DESC NULLS FIRST, h.id`, [caseIds]);
    return rows.map(toHold);
  }

  /**
   * Puts the case on hold (`summary`: the current holds) or, with a null summary, back to open and into the
   * pool; on hold it leaves its collector's queue (only open cases are assigned). One version further.
   */
  async setCaseHold(caseId: string, summary: string | null, now: Date, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE cases SET status = CASE WHEN $2::text IS NULL THEN 'OPEN' ELSE 'ON_HOLD' END, hold_reason = $2,
              assignee_id = CASE WHEN $2::text IS NULL THEN assignee_id ELSE NULL END,
              next_action_at = CASE WHEN $2::text IS NULL THEN $3 ELSE next_action_at END,
              version = version + 1, updated_at = $3
        WHERE id = $1`,
      [caseId, summary, now],
    );
  }

  /**
   * Ends holds whose end date has come in the creditor's zone as of the clock's `now` (up to `limit`),
   * skipping those another instance is ending; returns the cases they held.
   */
  async endDueHolds(now: Date, limit: number, tx: Queryable): Promise<{ holdId: string; caseId: string; type: HoldType }[]> {
    const rows: { id: string; case_id: string; type: HoldType }[] = await tx.query(
      `WITH due AS (
         SELECT h.id FROM case_holds h JOIN cases c ON c.id = h.case_id JOIN creditors cr ON cr.id = c.creditor_id
          WHERE h.released_at IS NULL AND h.until IS NOT NULL AND h.until <= ($1::timestamptz AT TIME ZONE cr.time_zone)::date
          ORDER BY h.until, h.id LIMIT $2
            FOR UPDATE OF h SKIP LOCKED),
       ended AS (
         UPDATE case_holds h SET released_at = $1, release_reason = 'Ended on its end date ' || h.until::text
           FROM due WHERE h.id = due.id
         RETURNING h.id, h.case_id, h.type)
       SELECT id, case_id, type FROM ended`,
      [now, limit],
    );
    return rows.map((r) => ({ holdId: r.id, caseId: r.case_id, type: r.type }));
  }

  /**
   * Cases on hold without a current hold record (written outside the API: the demo seed, an import) get a
   * DISPUTE hold with their hold reason, so they can be released; one instance at a time. Returns how many.
   */
  async recordUntrackedHolds(tx: Queryable): Promise<number> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('case_holds.untracked'))`);
    const rows: { n: number }[] = await tx.query(
      `WITH added AS (
         INSERT INTO case_holds (case_id, type, reason, since)
         SELECT c.id, 'DISPUTE', coalesce(nullif(btrim(c.hold_reason), ''), 'On hold'), c.updated_at FROM cases c
          WHERE c.status = 'ON_HOLD' AND NOT EXISTS (SELECT 1 FROM case_holds h WHERE h.case_id = c.id AND h.released_at IS NULL)
         RETURNING 1)
       SELECT count(*)::int AS n FROM added`,
    );
    return rows[0]!.n;
  }

  /** Locks the case row and says its status and assignee; null when there is none. */
  async lockCaseState(caseId: string, tx: Queryable): Promise<{ status: string; assigneeId: string | null; creditorId: string } | null> {
    const [row]: { status: string; assignee_id: string | null; creditor_id: string }[] = await tx.query(
      'SELECT status, assignee_id, creditor_id FROM cases WHERE id = $1 FOR UPDATE',
      [caseId],
    );
    return row ? { status: row.status, assigneeId: row.assignee_id, creditorId: row.creditor_id } : null;
  }

  /**
   * Queues the letter that answers a rejected objection (written by the letter writer,
   * dunning/letter-writer.service.ts, printed with the day's batch); one per dispute.
   */
  async queueDisputeAnswer(letter: { caseId: string; disputeId: string; writtenOn: IsoDate }, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO letters (kind, case_id, subject_id, debtor_id, creditor_id, written_on)
       SELECT 'DISPUTE_ANSWER', c.id, $2, c.debtor_id, c.creditor_id, $3 FROM cases c WHERE c.id = $1
       ON CONFLICT (kind, subject_id) WHERE subject_id IS NOT NULL DO NOTHING`,
      [letter.caseId, letter.disputeId, letter.writtenOn],
    );
  }

  /** A system entry on the case's timeline (holds placed, released, ended; disputes). */
  async insertActivity(caseId: string, actorId: string | null, text: ActivityNote, at: Date, tx: Queryable): Promise<void> {
    const { note, noteTexts } = noteColumns(text);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, outcome, note, note_texts, occurred_at) VALUES ($1, $2, 'SYSTEM', NULL, $3, $4::jsonb, $5)`,
      [caseId, actorId, note, noteTexts, at],
    );
  }

  /** Every team: the boards show the pool, which a released hold refills. */
  async teamIds(tx: Queryable = this.db): Promise<string[]> {
    const rows: { id: string }[] = await tx.query('SELECT id FROM teams ORDER BY id');
    return rows.map((r) => r.id);
  }

  // Disputes

  async insertDispute(
    d: { caseId: string; holdId: string; reason: DisputeReason; note: string; openedBy: string | null; openedAt: Date },
    tx: Queryable,
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      'INSERT INTO disputes (case_id, hold_id, reason, note, opened_by, opened_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
      [d.caseId, d.holdId, d.reason, d.note, d.openedBy, d.openedAt],
    );
    return row!.id;
  }

  async lockDispute(caseId: string, disputeId: string, tx: Queryable): Promise<DisputeRecord | null> {
    const [row]: DisputeRow[] = await tx.query(`${DISPUTE_SELECT} WHERE d.id = $1 AND d.case_id = $2 FOR UPDATE OF d`, [disputeId, caseId]);
    return row ? toDispute(row) : null;
  }

  async findDispute(caseId: string, disputeId: string, tx: Queryable = this.db): Promise<DisputeRecord | null> {
    const [row]: DisputeRow[] = await tx.query(`${DISPUTE_SELECT} WHERE d.id = $1 AND d.case_id = $2`, [disputeId, caseId]);
    return row ? toDispute(row) : null;
  }

  async disputesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<DisputeRecord[]> {
    const rows: DisputeRow[] = await tx.query(`${DISPUTE_SELECT} WHERE d.case_id = ANY($1) ORDER BY d.opened_at DESC, d.id`, [caseIds]);
    return rows.map(toDispute);
  }

  async recordClarification(disputeId: string, text: string, by: string, at: Date, tx: Queryable): Promise<void> {
    await tx.query('UPDATE disputes SET clarification = $2, clarified_by = $3, clarified_at = $4 WHERE id = $1', [disputeId, text, by, at]);
  }

  async resolveDispute(disputeId: string, status: 'UPHELD' | 'REJECTED', note: string, by: string, at: Date, tx: Queryable): Promise<void> {
    await tx.query(
      'UPDATE disputes SET status = $2, resolution_note = $3, resolved_by = $4, resolved_at = $5 WHERE id = $1',
      [disputeId, status, note, by, at],
    );
  }

  /** Whether the case has a dispute not upheld (open or rejected): its claim counts as disputed for the fees. */
  async isDisputed(caseId: string, tx: Queryable = this.db): Promise<boolean> {
    const [row]: { disputed: boolean }[] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM disputes WHERE case_id = $1 AND status IN ('OPEN', 'REJECTED')) AS disputed`,
      [caseId],
    );
    return row!.disputed;
  }

  async claimPrincipals(caseId: string, tx: Queryable): Promise<ClaimPrincipal[]> {
    const rows: { id: string; principal_cents: string; due_date: string }[] = await tx.query(
      'SELECT id, principal_cents, due_date::text AS due_date FROM claims WHERE case_id = $1 ORDER BY due_date DESC, id FOR UPDATE',
      [caseId],
    );
    return rows.map((r) => ({ id: r.id, principalCents: Number(r.principal_cents), dueDate: r.due_date }));
  }

  /** Books the reductions (`adjustments`, kind DISPUTE_REDUCTION, one per claim) and lowers each claim's principal by its part. */
  async bookAdjustments(
    a: { caseId: string; disputeId: string; reason: string; bookedOn: IsoDate; bookedBy: string; parts: { claimId: string; amountCents: number }[] },
    reducePrincipal: boolean,
    tx: Queryable,
  ): Promise<void> {
    if (!a.parts.length) return;
    await tx.query(
      `INSERT INTO adjustments (case_id, kind, claim_id, dispute_id, amount_cents, reason, booked_on, created_by)
       SELECT $1, 'DISPUTE_REDUCTION', p.claim_id, $2, p.amount_cents, $3, $4, $5 FROM unnest($6::uuid[], $7::bigint[]) AS p(claim_id, amount_cents)`,
      [a.caseId, a.disputeId, a.reason, a.bookedOn, a.bookedBy, a.parts.map((p) => p.claimId), a.parts.map((p) => p.amountCents)],
    );
    if (!reducePrincipal) return;
    await tx.query(
      `UPDATE claims cl SET principal_cents = cl.principal_cents - p.amount_cents
         FROM unnest($1::uuid[], $2::bigint[]) AS p(claim_id, amount_cents) WHERE cl.id = p.claim_id`,
      [a.parts.map((p) => p.claimId), a.parts.map((p) => p.amountCents)],
    );
  }

  /** Closes a case whose claim was withdrawn in full (no collector, out of the pool). */
  async closeWithdrawn(caseId: string, now: Date, closingDay: IsoDate, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE cases SET status = 'UNCOLLECTIBLE', hold_reason = NULL, assignee_id = NULL, closed_on = $3, version = version + 1, updated_at = $2
        WHERE id = $1`,
      [caseId, now, closingDay],
    );
  }

  // Documents

  async insertDocument(
    d: { disputeId: string; fileName: string; contentType: string; content: Buffer; sha256: string; uploadedBy: string | null; uploadedAt: Date },
    tx: Queryable = this.db,
  ): Promise<DocumentRecord | null> {
    const [row]: DocumentRow[] = await tx.query(
      `INSERT INTO dispute_documents (dispute_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (dispute_id, sha256) DO NOTHING
       RETURNING id, dispute_id, file_name, content_type, size_bytes, sha256, uploaded_at`,
      [d.disputeId, d.fileName, d.contentType, d.content.length, d.sha256, d.content, d.uploadedBy, d.uploadedAt],
    );
    return row ? toDocument(row) : null;
  }

  async documentsOfDisputes(disputeIds: readonly string[], tx: Queryable = this.db): Promise<DocumentRecord[]> {
    const rows: DocumentRow[] = await tx.query(
      `SELECT id, dispute_id, file_name, content_type, size_bytes, sha256, uploaded_at FROM dispute_documents
        WHERE dispute_id = ANY($1) ORDER BY uploaded_at, id`,
      [disputeIds],
    );
    return rows.map(toDocument);
  }

  async documentContent(disputeId: string, documentId: string): Promise<{ record: DocumentRecord; content: Buffer } | null> {
    const [row]: (DocumentRow & { content: Buffer })[] = await this.db.query(
      `SELECT id, dispute_id, file_name, content_type, size_bytes, sha256, uploaded_at, content FROM dispute_documents
        WHERE id = $1 AND dispute_id = $2`,
      [documentId, disputeId],
    );
    return row ? { record: toDocument(row), content: row.content } : null;
  }
}
