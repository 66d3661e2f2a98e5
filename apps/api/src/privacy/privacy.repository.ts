import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** A debtor as data protection sees them. */
export interface PrivacyDebtor {
  id: string;
  ref: string;
  processingRestrictedSince: Date | null;
  pseudonymisedAt: Date | null;
}

/** A case of the debtor: its closing day (null while open) decides the retention periods. */
export interface PrivacyCase {
  id: string;
  status: string;
  closedOn: IsoDate | null;
}

/** A debtor whose every case closed before the cutoff, not yet pseudonymised. */
export interface RetentionCandidateRow {
  debtorId: string;
  debtorRef: string;
  cases: PrivacyCase[];
  /** The invoice references of the debtor's claims (how people name the cases). */
  claimReferences: string[];
}

export type DataSubjectRequestKind = 'EXPORT' | 'RESTRICTION' | 'RESTRICTION_LIFTED' | 'ERASURE';

export interface DataSubjectRequestRecord {
  id: string;
  debtorId: string;
  kind: DataSubjectRequestKind;
  requestedById: string | null;
  requestedByName: string | null;
  requestedAt: Date;
  result: Record<string, unknown>;
}

/** How many rows each pseudonymising statement changed (the audit event and the job's result name them). */
export type ChangeCounts = Record<string, number>;

interface DebtorRow { id: string; ref: string; processing_restricted_since: Date | null; pseudonymised_at: Date | null }
interface CaseRow { id: string; status: string; closed_on: IsoDate | null }
interface CandidateRow {
  debtor_id: string; debtor_ref: string; cases: { id: string; status: string; closed_on: IsoDate | null }[]; claim_references: string[] | null;
}
interface RequestRow {
  id: string; debtor_id: string; kind: DataSubjectRequestKind; requested_by: string | null; requested_by_name: string | null;
  requested_at: Date; result: Record<string, unknown>;
}
interface HoldRow { id: string; case_id: string }

/** Rows of a case held on the debtor, exported as they are stored; binary columns (PDFs, token hashes, files) are left out. */
const CASE_TABLES = [
  'claims', 'fees', 'payments', 'adjustments', 'promises', 'payment_plans', 'settlements', 'activities', 'letters', 'outbox',
  'disputes', 'case_holds', 'returned_mail', 'court_proceedings', 'dunning_steps', 'bank_transactions', 'portal_links',
  'portal_sessions', 'portal_callback_requests', 'portal_plan_proposals', 'portal_payment_intents',
] as const;
export type ExportTable = (typeof CASE_TABLES)[number] | 'sms_messages' | 'dispute_documents' | 'portal_sign_in_attempts';
const BINARY_COLUMNS = `- 'pdf' - 'token_hash'`;

const mapCase = (r: CaseRow): PrivacyCase => ({ id: r.id, status: r.status, closedOn: r.closed_on });

/** Every statement of data protection: retention, export, restriction and erasure. */
@Injectable()
export class PrivacyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async findDebtor(id: string, tx: Queryable = this.db, lock = false): Promise<PrivacyDebtor | null> {
    const [r]: DebtorRow[] = await tx.query(
      `SELECT id, ref, processing_restricted_since, pseudonymised_at FROM debtors WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return r ? { id: r.id, ref: r.ref, processingRestrictedSince: r.processing_restricted_since, pseudonymisedAt: r.pseudonymised_at } : null;
  }

  async casesOfDebtor(debtorId: string, tx: Queryable = this.db): Promise<PrivacyCase[]> {
    const rows: CaseRow[] = await tx.query(
      `SELECT id, status, closed_on::text AS closed_on FROM cases WHERE debtor_id = $1 ORDER BY placed_at, id`,
      [debtorId],
    );
    return rows.map(mapCase);
  }

  /**
   * Debtors not yet pseudonymised whose cases are all closed, the latest before `closedBefore` (the
   * domain's retentionClosingCutoff): the service asks the domain about each.
   */
  async retentionCandidates(closedBefore: IsoDate, limit: number, offset = 0, tx: Queryable = this.db): Promise<RetentionCandidateRow[]> {
    const rows: CandidateRow[] = await tx.query(
      `SELECT d.id AS debtor_id, d.ref AS debtor_ref,
              json_agg(json_build_object('id', c.id, 'status', c.status, 'closed_on', c.closed_on) ORDER BY c.placed_at, c.id) AS cases,
              (SELECT array_agg(cl.reference ORDER BY cl.reference) FROM claims cl JOIN cases c2 ON c2.id = cl.case_id WHERE c2.debtor_id = d.id)
                AS claim_references
         FROM debtors d JOIN cases c ON c.debtor_id = d.id
        WHERE d.pseudonymised_at IS NULL
        GROUP BY d.id
       HAVING bool_and(c.closed_on IS NOT NULL) AND max(c.closed_on) < $1::date
        ORDER BY d.ref, d.id
        LIMIT $2 OFFSET $3`,
      [closedBefore, limit, offset],
    );
    return rows.map((r) => ({
      debtorId: r.debtor_id, debtorRef: r.debtor_ref, cases: r.cases.map(mapCase), claimReferences: r.claim_references ?? [],
    }));
  }

  /**
   * Replaces the debtor's personal data on every record: name (by the pseudonym), address, contacts,
   * the free texts on the cases (notes, hold, settlement and adjustment reasons, messages, dispute
   * texts), payer details of bank lines,
   * a sent letter's text and PDF (their hashes stay), dispute documents; portal access is removed.
   * Amounts, dates, stages, statuses and outcomes stay, and with them every KPI.
   */
  async pseudonymise(tx: Queryable, debtorId: string, caseIds: readonly string[], pseudonym: string, text: string, at: Date): Promise<ChangeCounts> {
    const counts: ChangeCounts = {};
    const run = async (key: string, sql: string, params: unknown[]) => {
      const [row]: { n: number }[] = await tx.query(`WITH changed AS (${sql} RETURNING 1) SELECT count(*)::int AS n FROM changed`, params);
      counts[key] = row?.n ?? 0;
    };
    await tx.query(`SELECT set_config('mahnwerk.pseudonymising', 'on', true)`);
    await run('debtor', `UPDATE debtors SET name = $2, address = NULL, email = NULL, phone = NULL, preferred_channel = NULL, pseudonymised_at = $3
                          WHERE id = $1`, [debtorId, pseudonym, at]);
    // The system's words in every language name people and amounts too: they go with the note.
    await run('activityNotes', `UPDATE activities SET note = $2, note_texts = NULL
                                 WHERE case_id = ANY($1::uuid[]) AND (note IS DISTINCT FROM $2 OR note_texts IS NOT NULL)`, [caseIds, text]);
    await run('letterContents', `UPDATE letters SET content = NULL, pdf = NULL
                                  WHERE debtor_id = $1 AND status IN ('SENT', 'FAILED', 'PENDING') AND (content IS NOT NULL OR pdf IS NOT NULL)`, [debtorId]);
    await run('messages', `UPDATE outbox SET to_address = $2, body = $2, subject = CASE WHEN subject = '' THEN '' ELSE $2 END
                            WHERE case_id = ANY($1::uuid[]) AND body IS DISTINCT FROM $2`, [caseIds, text]);
    await run('textMessages', `UPDATE sms_messages s SET to_number = $2, body = $2 FROM outbox o
                                WHERE o.id = s.outbox_id AND o.case_id = ANY($1::uuid[]) AND s.body IS DISTINCT FROM $2`, [caseIds, text]);
    await run('bankPayerDetails', `UPDATE bank_transactions SET debtor_name = NULL, debtor_iban = NULL, remittance_information = $2
                                    WHERE case_id = ANY($1::uuid[]) AND remittance_information IS DISTINCT FROM $2`, [caseIds, text]);
    await run('returnedMailAddresses', `UPDATE returned_mail SET address = NULL, note = NULL
                                         WHERE debtor_id = $1 AND (address IS NOT NULL OR note IS NOT NULL)`, [debtorId]);
    await run('disputeDocuments', `DELETE FROM dispute_documents dd USING disputes d WHERE d.id = dd.dispute_id AND d.case_id = ANY($1::uuid[])`, [caseIds]);
    await run('disputeTexts', `UPDATE disputes SET note = $2, clarification = CASE WHEN clarification IS NULL THEN NULL ELSE $2 END,
                                      resolution_note = CASE WHEN resolution_note IS NULL THEN NULL ELSE $2 END
                                WHERE case_id = ANY($1::uuid[]) AND note IS DISTINCT FROM $2`, [caseIds, text]);
    await run('holdReasons', `UPDATE case_holds SET reason = $2, release_reason = CASE WHEN release_reason IS NULL THEN NULL ELSE $2 END
                               WHERE case_id = ANY($1::uuid[]) AND reason IS DISTINCT FROM $2`, [caseIds, text]);
    await run('caseHoldSummaries', `UPDATE cases SET hold_reason = $2 WHERE id = ANY($1::uuid[]) AND hold_reason IS NOT NULL AND hold_reason <> $2`, [caseIds, text]);
    await run('settlementReasons', `UPDATE settlements SET reason = CASE WHEN reason IS NULL THEN NULL ELSE $2 END,
                                           decline_reason = CASE WHEN decline_reason IS NULL THEN NULL ELSE $2 END
                                     WHERE case_id = ANY($1::uuid[]) AND (reason IS NOT NULL OR decline_reason IS NOT NULL)
                                       AND (reason, decline_reason) IS DISTINCT FROM ($2, $2)`, [caseIds, text]);
    await run('adjustmentReasons', `UPDATE adjustments SET reason = $2 WHERE case_id = ANY($1::uuid[]) AND reason <> $2`, [caseIds, text]);
    Object.assign(counts, await this.removePortalAccess(tx, caseIds));
    return counts;
  }

  /** Erases the contact data no retention duty keeps (an erasure request with every case closed). */
  async eraseUnretained(tx: Queryable, debtorId: string, caseIds: readonly string[], text: string, keptChannels: readonly string[]): Promise<ChangeCounts> {
    const [debtor]: { n: number }[] = await tx.query(
      `WITH changed AS (UPDATE debtors SET email = NULL, phone = NULL, preferred_channel = NULL WHERE id = $1 RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [debtorId],
    );
    const [notes]: { n: number }[] = await tx.query(
      `WITH changed AS (UPDATE activities SET note = $2, note_texts = NULL
                         WHERE case_id = ANY($1::uuid[]) AND channel <> ALL($3::text[]) AND (note IS DISTINCT FROM $2 OR note_texts IS NOT NULL) RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [caseIds, text, keptChannels],
    );
    return { contacts: debtor?.n ?? 0, callNotes: notes?.n ?? 0, ...(await this.removePortalAccess(tx, caseIds)) };
  }

  private async removePortalAccess(tx: Queryable, caseIds: readonly string[]): Promise<ChangeCounts> {
    const [attempts]: { n: number }[] = await tx.query(
      `WITH changed AS (DELETE FROM portal_sign_in_attempts a USING portal_links l WHERE a.link_hash = l.token_hash AND l.case_id = ANY($1::uuid[]) RETURNING 1)
       SELECT count(*)::int AS n FROM changed`,
      [caseIds],
    );
    const [sessions]: { n: number }[] = await tx.query(
      `WITH changed AS (DELETE FROM portal_sessions WHERE case_id = ANY($1::uuid[]) RETURNING 1) SELECT count(*)::int AS n FROM changed`,
      [caseIds],
    );
    const [links]: { n: number }[] = await tx.query(
      `WITH changed AS (DELETE FROM portal_links WHERE case_id = ANY($1::uuid[]) RETURNING 1) SELECT count(*)::int AS n FROM changed`,
      [caseIds],
    );
    return { portalSignInAttempts: attempts?.n ?? 0, portalSessions: sessions?.n ?? 0, portalLinks: links?.n ?? 0 };
  }

  async setRestricted(tx: Queryable, debtorId: string, since: Date | null): Promise<void> {
    await tx.query(`UPDATE debtors SET processing_restricted_since = $2 WHERE id = $1`, [debtorId, since]);
  }

  /** Whether processing of the case's debtor is restricted (no contact while it is). */
  async isDebtorOfCaseRestricted(caseId: string, tx: Queryable = this.db): Promise<boolean> {
    const [r]: { restricted: boolean }[] = await tx.query(
      `SELECT d.processing_restricted_since IS NOT NULL AS restricted FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = $1`,
      [caseId],
    );
    return r?.restricted ?? false;
  }

  /** The current holds a restriction placed (by their type and reason) on the debtor's cases. */
  async currentHoldsWithReason(tx: Queryable, caseIds: readonly string[], type: string, reason: string): Promise<{ id: string; caseId: string }[]> {
    const rows: HoldRow[] = await tx.query(
      `SELECT id, case_id FROM case_holds WHERE case_id = ANY($1::uuid[]) AND type = $2 AND reason = $3 AND released_at IS NULL ORDER BY since, id`,
      [caseIds, type, reason],
    );
    return rows.map((r) => ({ id: r.id, caseId: r.case_id }));
  }

  async insertRequest(
    tx: Queryable,
    r: { debtorId: string; kind: DataSubjectRequestKind; requestedBy: string | null; requestedAt: Date; result: Record<string, unknown> },
  ): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO data_subject_requests (debtor_id, kind, requested_by, requested_at, result) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [r.debtorId, r.kind, r.requestedBy, r.requestedAt, JSON.stringify(r.result)],
    );
    return row!.id;
  }

  async requestsOf(debtorId: string, tx: Queryable = this.db): Promise<DataSubjectRequestRecord[]> {
    const rows: RequestRow[] = await tx.query(
      `SELECT r.id, r.debtor_id, r.kind, r.requested_by, u.name AS requested_by_name, r.requested_at, r.result
         FROM data_subject_requests r LEFT JOIN users u ON u.id = r.requested_by
        WHERE r.debtor_id = $1 ORDER BY r.requested_at DESC, r.id`,
      [debtorId],
    );
    return rows.map((r) => ({
      id: r.id, debtorId: r.debtor_id, kind: r.kind, requestedById: r.requested_by, requestedByName: r.requested_by_name,
      requestedAt: r.requested_at, result: r.result,
    }));
  }

  // ---- Export (Art. 15): everything held on the debtor, as stored ----

  async debtorRow(debtorId: string): Promise<Record<string, unknown> | null> {
    const [r]: { row: Record<string, unknown> }[] = await this.db.query(`SELECT to_jsonb(d) AS row FROM debtors d WHERE id = $1`, [debtorId]);
    return r?.row ?? null;
  }

  /** The debtor's cases with their creditor's name and reference. */
  async caseRows(debtorId: string): Promise<Record<string, unknown>[]> {
    const rows: { row: Record<string, unknown> }[] = await this.db.query(
      `SELECT to_jsonb(c) || jsonb_build_object('creditor_ref', cr.ref, 'creditor_name', cr.name) AS row
         FROM cases c JOIN creditors cr ON cr.id = c.creditor_id WHERE c.debtor_id = $1 ORDER BY c.placed_at, c.id`,
      [debtorId],
    );
    return rows.map((r) => r.row);
  }

  /** Rows of each table about the cases, binary columns left out (a letter's PDF is named by its hash and opened at /letters/:id.pdf). */
  async caseTableRows(caseIds: readonly string[], debtorId: string): Promise<Record<ExportTable, Record<string, unknown>[]>> {
    const out = {} as Record<ExportTable, Record<string, unknown>[]>;
    for (const table of CASE_TABLES) {
      const where = table === 'letters' || table === 'returned_mail' ? `t.case_id = ANY($1::uuid[]) OR t.debtor_id = $2` : `t.case_id = ANY($1::uuid[])`;
      const rows: { row: Record<string, unknown> }[] = await this.db.query(
        `SELECT to_jsonb(t) ${BINARY_COLUMNS} AS row FROM ${table} t WHERE ${where}`,
        table === 'letters' || table === 'returned_mail' ? [caseIds, debtorId] : [caseIds],
      );
      out[table] = rows.map((r) => r.row);
    }
    const sms: { row: Record<string, unknown> }[] = await this.db.query(
      `SELECT to_jsonb(s) AS row FROM sms_messages s JOIN outbox o ON o.id = s.outbox_id WHERE o.case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    out.sms_messages = sms.map((r) => r.row);
    const docs: { row: Record<string, unknown> }[] = await this.db.query(
      `SELECT to_jsonb(dd) - 'content' AS row FROM dispute_documents dd JOIN disputes d ON d.id = dd.dispute_id WHERE d.case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    out.dispute_documents = docs.map((r) => r.row);
    const attempts: { row: Record<string, unknown> }[] = await this.db.query(
      `SELECT to_jsonb(a) - 'link_hash' AS row FROM portal_sign_in_attempts a JOIN portal_links l ON l.token_hash = a.link_hash
        WHERE l.case_id = ANY($1::uuid[]) ORDER BY a.attempted_at, a.id`,
      [caseIds],
    );
    out.portal_sign_in_attempts = attempts.map((r) => r.row);
    return out;
  }

  /** Audit events about the debtor or their cases. */
  async auditRows(ids: readonly string[]): Promise<Record<string, unknown>[]> {
    const rows: { row: Record<string, unknown> }[] = await this.db.query(
      `SELECT to_jsonb(a) AS row FROM audit_events a WHERE entity_id = ANY($1::text[]) ORDER BY at, id`,
      [ids],
    );
    return rows.map((r) => r.row);
  }
}
