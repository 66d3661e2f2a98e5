import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClaimKind, Country, DebtorKind, IsoDate, PriorityWeights } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/** What intake needs to know of a creditor to place its cases. */
export interface IntakeCreditorRecord {
  id: string;
  ref: string;
  country: Country;
  currency: string;
  timeZone: string;
  letterLanguage: string;
  priorityWeights: PriorityWeights | null;
}

interface IntakeCreditorRow {
  id: string;
  ref: string;
  country: Country;
  currency: string;
  time_zone: string;
  letter_language: string;
  priority_weights: PriorityWeights | null;
}

export interface NewDebtor {
  id: string;
  /** Creditor-qualified: `<creditor ref>/<debtor ref>` (debtors.ref is unique across creditors). */
  ref: string;
  name: string;
  kind: DebtorKind;
  country: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  language: string;
  timeZone: string;
}

export interface NewCase {
  id: string;
  creditorId: string;
  debtorId: string;
  priority: number;
  openCents: number;
  principalOpenCents: number;
  currency: string;
  oldestDueDate: IsoDate;
  placedAt: IsoDate;
  /** The import job that places the case (null for createCase). */
  caseImportId?: string | null;
}

export interface NewClaim {
  id: string;
  caseId: string;
  creditorId: string;
  reference: string;
  principalCents: number;
  currency: string;
  invoiceDate: IsoDate;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  contractSubject: string | null;
  contractDate: IsoDate | null;
  claimKind: ClaimKind | null;
  remindersSent: number | null;
}

/** A case's figures after claims were added to it. */
export interface CaseFiguresUpdate {
  id: string;
  priority: number;
  openCents: number;
  principalOpenCents: number;
  oldestDueDate: IsoDate;
}

/** The claims of a case as its balance needs them. */
export interface IntakeClaimRecord {
  caseId: string;
  debtorKind: DebtorKind;
  reference: string;
  principalCents: number;
  dueDate: IsoDate;
  defaultDate: IsoDate | null;
  /** The contract date, else the invoice date. */
  arisenOn: IsoDate;
}

export type CaseImportStatus = 'RUNNING' | 'DONE' | 'FAILED';

export interface CaseImportRecord {
  id: string;
  createdBy: string;
  createdByName: string;
  fileName: string;
  status: CaseImportStatus;
  error: string | null;
  bytesTotal: number | null;
  bytesProcessed: number;
  rowsTotal: number | null;
  rowsProcessed: number;
  imported: number;
  casesCreated: number;
  duplicates: number;
  rejected: number;
  header: string[];
  warnings: string[];
  startedAt: Date;
  finishedAt: Date | null;
}

interface CaseImportRow {
  id: string;
  created_by: string;
  created_by_name: string;
  file_name: string;
  status: CaseImportStatus;
  error: string | null;
  bytes_total: string | number | null;
  bytes_processed: string | number;
  rows_total: number | null;
  rows_processed: number;
  imported: number;
  cases_created: number;
  duplicates: number;
  rejected: number;
  header: string[];
  warnings: string[];
  started_at: Date;
  finished_at: Date | null;
}

const toImport = (r: CaseImportRow): CaseImportRecord => ({
  id: r.id, createdBy: r.created_by, createdByName: r.created_by_name, fileName: r.file_name, status: r.status, error: r.error,
  bytesTotal: r.bytes_total === null ? null : Number(r.bytes_total), bytesProcessed: Number(r.bytes_processed),
  rowsTotal: r.rows_total, rowsProcessed: r.rows_processed, imported: r.imported, casesCreated: r.cases_created,
  duplicates: r.duplicates, rejected: r.rejected, header: r.header, warnings: r.warnings, startedAt: r.started_at,
  finishedAt: r.finished_at,
});

const IMPORT_SELECT = `
  SELECT i.id, i.created_by, u.name AS created_by_name, i.file_name, i.status, i.error, i.bytes_total, i.bytes_processed,
         i.rows_total, i.rows_processed, i.imported, i.cases_created, i.duplicates, i.rejected, i.header, i.warnings,
         i.started_at, i.finished_at
    FROM case_imports i JOIN users u ON u.id = i.created_by`;

export interface CaseImportRejection {
  line: number;
  column: string | null;
  message: string;
  record: string[];
}

interface RejectionRow {
  line: number;
  column_name: string | null;
  message: string;
  record: string[];
}

/** The progress and counts of a running job, written after each batch. */
export interface CaseImportProgress {
  bytesProcessed: number;
  rowsProcessed: number;
  imported: number;
  casesCreated: number;
  duplicates: number;
  rejected: number;
}

/** Every statement of portfolio intake: creditors, debtors, cases and claims placed, import jobs. */
@Injectable()
export class IntakeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async creditors(tx: Queryable = this.db): Promise<IntakeCreditorRecord[]> {
    const rows: IntakeCreditorRow[] = await tx.query(
      'SELECT id, ref, country, currency, time_zone, letter_language, priority_weights FROM creditors ORDER BY ref',
    );
    return rows.map((r) => ({
      id: r.id, ref: r.ref, country: r.country, currency: r.currency, timeZone: r.time_zone, letterLanguage: r.letter_language,
      priorityWeights: r.priority_weights,
    }));
  }

  /** Every team: new cases in the pool change every team board's pool. */
  async teamIds(tx: Queryable = this.db): Promise<string[]> {
    const rows: { id: string }[] = await tx.query('SELECT id FROM teams ORDER BY id');
    return rows.map((r) => r.id);
  }

  /**
   * Registers each (creditor, invoice reference) once and returns the claim ids whose reference was
   * new; the others are duplicates. The primary key decides, so concurrent imports cannot both win.
   */
  async registerInvoices(tx: Queryable, claims: readonly Pick<NewClaim, 'id' | 'creditorId' | 'reference'>[]): Promise<Set<string>> {
    if (claims.length === 0) return new Set();
    const rows: { claim_id: string }[] = await tx.query(
      `INSERT INTO creditor_invoices (creditor_id, invoice_ref, claim_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[])
       ON CONFLICT DO NOTHING RETURNING claim_id`,
      [claims.map((c) => c.creditorId), claims.map((c) => c.reference), claims.map((c) => c.id)],
    );
    return new Set(rows.map((r) => r.claim_id));
  }

  /**
   * Debtors by their (creditor-qualified) refs, each with the case the import job opened for them
   * already (one case per debtor per file), if any.
   */
  async debtorsWithImportCase(tx: Queryable, importId: string, refs: readonly string[]): Promise<Map<string, { debtorId: string; caseId: string | null }>> {
    if (refs.length === 0) return new Map();
    const rows: { ref: string; id: string; case_id: string | null }[] = await tx.query(
      `SELECT d.ref, d.id, (SELECT c.id FROM cases c WHERE c.debtor_id = d.id AND c.case_import_id = $2 LIMIT 1) AS case_id
         FROM debtors d WHERE d.ref = ANY($1::text[])`,
      [refs, importId],
    );
    return new Map(rows.map((r) => [r.ref, { debtorId: r.id, caseId: r.case_id }]));
  }

  /** Ids of debtors by their (creditor-qualified) refs. */
  async debtorIdsByRef(tx: Queryable, refs: readonly string[]): Promise<Map<string, string>> {
    if (refs.length === 0) return new Map();
    const rows: { id: string; ref: string }[] = await tx.query('SELECT id, ref FROM debtors WHERE ref = ANY($1::text[])', [refs]);
    return new Map(rows.map((r) => [r.ref, r.id]));
  }

  /** Inserts debtors; a ref another transaction inserted meanwhile is skipped (the caller reads its id). */
  async insertDebtors(tx: Queryable, debtors: readonly NewDebtor[]): Promise<Set<string>> {
    if (debtors.length === 0) return new Set();
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO debtors (id, ref, name, kind, country, email, phone, address, language, time_zone)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
                            $9::text[], $10::text[])
       ON CONFLICT (ref) DO NOTHING RETURNING id`,
      [
        debtors.map((d) => d.id), debtors.map((d) => d.ref), debtors.map((d) => d.name), debtors.map((d) => d.kind),
        debtors.map((d) => d.country), debtors.map((d) => d.email), debtors.map((d) => d.phone), debtors.map((d) => d.address),
        debtors.map((d) => d.language), debtors.map((d) => d.timeZone),
      ],
    );
    return new Set(rows.map((r) => r.id));
  }

  /** New open cases in the first stage, unassigned: they join the claimable pool at once. */
  async insertCases(tx: Queryable, cases: readonly NewCase[]): Promise<void> {
    if (cases.length === 0) return;
    await tx.query(
      `INSERT INTO cases (id, creditor_id, debtor_id, stage, priority, open_cents, principal_open_cents, currency,
                          oldest_due_date, placed_at, stage_entered_on, case_import_id)
       SELECT id, creditor_id, debtor_id, 'REMINDER', priority, open_cents, principal_open_cents, currency, oldest_due_date,
              placed_at, placed_at, case_import_id
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::int[], $5::bigint[], $6::bigint[], $7::text[], $8::date[], $9::date[],
                     $10::uuid[])
           AS n(id, creditor_id, debtor_id, priority, open_cents, principal_open_cents, currency, oldest_due_date, placed_at,
                case_import_id)`,
      [
        cases.map((c) => c.id), cases.map((c) => c.creditorId), cases.map((c) => c.debtorId), cases.map((c) => c.priority),
        cases.map((c) => c.openCents), cases.map((c) => c.principalOpenCents), cases.map((c) => c.currency),
        cases.map((c) => c.oldestDueDate), cases.map((c) => c.placedAt), cases.map((c) => c.caseImportId ?? null),
      ],
    );
  }

  async insertClaims(tx: Queryable, claims: readonly NewClaim[]): Promise<void> {
    if (claims.length === 0) return;
    await tx.query(
      `INSERT INTO claims (id, case_id, reference, principal_cents, currency, invoice_date, due_date, default_date,
                           contract_subject, contract_date, claim_kind, reminders_sent)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::bigint[], $5::text[], $6::date[], $7::date[], $8::date[],
                            $9::text[], $10::date[], $11::text[], $12::int[])`,
      [
        claims.map((c) => c.id), claims.map((c) => c.caseId), claims.map((c) => c.reference), claims.map((c) => c.principalCents),
        claims.map((c) => c.currency), claims.map((c) => c.invoiceDate), claims.map((c) => c.dueDate),
        claims.map((c) => c.defaultDate), claims.map((c) => c.contractSubject), claims.map((c) => c.contractDate),
        claims.map((c) => c.claimKind), claims.map((c) => c.remindersSent),
      ],
    );
  }

  /** The claims of cases, for their balance after more claims joined them. */
  async claimsOfCases(tx: Queryable, caseIds: readonly string[]): Promise<IntakeClaimRecord[]> {
    if (caseIds.length === 0) return [];
    const rows: {
      case_id: string; debtor_kind: DebtorKind; reference: string; principal_cents: string | number; due_date: string; default_date: string | null;
      arisen_on: string;
    }[] = await tx.query(
      `SELECT cl.case_id, d.kind AS debtor_kind, cl.reference, cl.principal_cents, cl.due_date, cl.default_date,
              coalesce(cl.contract_date, cl.invoice_date) AS arisen_on
         FROM claims cl JOIN cases c ON c.id = cl.case_id JOIN debtors d ON d.id = c.debtor_id
        WHERE cl.case_id = ANY($1::uuid[]) ORDER BY cl.case_id, cl.due_date, cl.reference`,
      [caseIds],
    );
    return rows.map((r) => ({
      caseId: r.case_id, debtorKind: r.debtor_kind, reference: r.reference, principalCents: Number(r.principal_cents), dueDate: r.due_date, defaultDate: r.default_date,
      arisenOn: r.arisen_on,
    }));
  }

  async updateCaseFigures(tx: Queryable, updates: readonly CaseFiguresUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await tx.query(
      `UPDATE cases c SET priority = u.priority, open_cents = u.open_cents, principal_open_cents = u.principal_open_cents,
              oldest_due_date = u.oldest_due_date, version = c.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::bigint[], $4::bigint[], $5::date[])
           AS u(id, priority, open_cents, principal_open_cents, oldest_due_date)
        WHERE c.id = u.id`,
      [updates.map((u) => u.id), updates.map((u) => u.priority), updates.map((u) => u.openCents),
        updates.map((u) => u.principalOpenCents), updates.map((u) => u.oldestDueDate)],
    );
  }

  async createImport(
    tx: Queryable,
    job: { id: string; createdBy: string; fileName: string; bytesTotal: number | null; startedAt: Date },
  ): Promise<boolean> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO case_imports (id, created_by, file_name, bytes_total, started_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [job.id, job.createdBy, job.fileName, job.bytesTotal, job.startedAt],
    );
    return rows.length === 1;
  }

  async setImportHeader(tx: Queryable, id: string, header: readonly string[], warnings: readonly string[]): Promise<void> {
    await tx.query('UPDATE case_imports SET header = $2, warnings = $3 WHERE id = $1', [id, header, warnings]);
  }

  async saveProgress(tx: Queryable, id: string, p: CaseImportProgress): Promise<void> {
    await tx.query(
      `UPDATE case_imports SET bytes_processed = $2, rows_processed = $3, imported = $4, cases_created = $5, duplicates = $6,
              rejected = $7 WHERE id = $1`,
      [id, p.bytesProcessed, p.rowsProcessed, p.imported, p.casesCreated, p.duplicates, p.rejected],
    );
  }

  async finishImport(
    tx: Queryable,
    id: string,
    p: CaseImportProgress & { status: CaseImportStatus; error: string | null; finishedAt: Date; warnings: readonly string[] },
  ): Promise<void> {
    await tx.query(
      `UPDATE case_imports SET bytes_processed = $2, rows_processed = $3, rows_total = $3, imported = $4, cases_created = $5,
              duplicates = $6, rejected = $7, status = $8, error = $9, finished_at = $10, warnings = $11 WHERE id = $1`,
      [id, p.bytesProcessed, p.rowsProcessed, p.imported, p.casesCreated, p.duplicates, p.rejected, p.status, p.error, p.finishedAt,
        p.warnings],
    );
  }

  async insertRejections(tx: Queryable, importId: string, rejections: readonly CaseImportRejection[]): Promise<void> {
    if (rejections.length === 0) return;
    // text[][] cannot hold rows of different lengths: each record travels as one JSON array.
    await tx.query(
      `INSERT INTO case_import_rejections (import_id, line, column_name, message, record)
       SELECT $1, r.line, r.column_name, r.message, ARRAY(SELECT jsonb_array_elements_text(r.record))
         FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[]) AS r(line, column_name, message, record)
       ON CONFLICT DO NOTHING`,
      [importId, rejections.map((r) => r.line), rejections.map((r) => r.column), rejections.map((r) => r.message),
        rejections.map((r) => JSON.stringify(r.record))],
    );
  }

  async importJob(id: string, tx: Queryable = this.db): Promise<CaseImportRecord | null> {
    const [row]: CaseImportRow[] = await tx.query(`${IMPORT_SELECT} WHERE i.id = $1`, [id]);
    return row ? toImport(row) : null;
  }

  async importJobs(limit: number, tx: Queryable = this.db): Promise<CaseImportRecord[]> {
    const rows: CaseImportRow[] = await tx.query(`${IMPORT_SELECT} ORDER BY i.created_at DESC LIMIT $1`, [limit]);
    return rows.map(toImport);
  }

  /** Rejected rows of a job in line order, from a line on (a page at a time, for the download). */
  async rejections(importId: string, afterLine: number, limit: number, tx: Queryable = this.db): Promise<CaseImportRejection[]> {
    const rows: RejectionRow[] = await tx.query(
      `SELECT line, column_name, message, record FROM case_import_rejections WHERE import_id = $1 AND line > $2
       ORDER BY line LIMIT $3`,
      [importId, afterLine, limit],
    );
    return rows.map((r) => ({ line: r.line, column: r.column_name, message: r.message, record: r.record }));
  }
}
