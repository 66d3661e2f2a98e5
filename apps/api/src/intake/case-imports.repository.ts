import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isLocalizedText, type LocalizedText } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

export type CaseImportStatus = 'RUNNING' | 'DONE' | 'FAILED';

export interface CaseImportRecord {
  id: string;
  createdBy: string;
  createdByName: string;
  fileName: string;
  status: CaseImportStatus;
  error: string | null;
  /** The error in every language; null when only the English one is known. */
  errorTexts: LocalizedText | null;
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
  /** The warnings in every language; null when only the English ones are known. */
  warningTexts: LocalizedText[] | null;
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
  error_texts: unknown;
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
  warning_texts: unknown;
  started_at: Date;
  finished_at: Date | null;
}

const toImport = (r: CaseImportRow): CaseImportRecord => ({
  id: r.id, createdBy: r.created_by, createdByName: r.created_by_name, fileName: r.file_name, status: r.status, error: r.error,
  errorTexts: isLocalizedText(r.error_texts) ? r.error_texts : null,
  bytesTotal: r.bytes_total === null ? null : Number(r.bytes_total), bytesProcessed: Number(r.bytes_processed),
  rowsTotal: r.rows_total, rowsProcessed: r.rows_processed, imported: r.imported, casesCreated: r.cases_created,
  duplicates: r.duplicates, rejected: r.rejected, header: r.header, warnings: r.warnings,
  warningTexts: Array.isArray(r.warning_texts) && r.warning_texts.every(isLocalizedText) ? r.warning_texts : null, startedAt: r.started_at,
  finishedAt: r.finished_at,
});

const IMPORT_SELECT = `
  SELECT i.id, i.created_by, u.name AS created_by_name, i.file_name, i.status, i.error, i.error_texts, i.bytes_total, i.bytes_processed,
         i.rows_total, i.rows_processed, i.imported, i.cases_created, i.duplicates, i.rejected, i.header, i.warnings,
         i.warning_texts, i.started_at, i.finished_at
    FROM case_imports i JOIN users u ON u.id = i.created_by`;

export interface CaseImportRejection {
  line: number;
  column: string | null;
  /** English (the rejected-rows CSV). */
  message: string;
  /** The message in every language; null for rows stored before it was kept. */
  texts: LocalizedText | null;
  record: string[];
}

interface RejectionRow {
  line: number;
  column_name: string | null;
  message: string;
  message_texts: unknown;
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

/** Every statement on case import jobs: the job, its progress and heartbeat, its result and its rejected rows. */
@Injectable()
export class CaseImportsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

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

  async setImportHeader(tx: Queryable, id: string, header: readonly string[], warnings: readonly LocalizedText[]): Promise<void> {
    await tx.query(
      'UPDATE case_imports SET header = $2, warnings = $3, warning_texts = $4, heartbeat_at = clock_timestamp() WHERE id = $1',
      [id, header, warnings.map((w) => w.en), JSON.stringify(warnings)],
    );
  }

  /** Progress after a batch; also the job's heartbeat. */
  async saveProgress(tx: Queryable, id: string, p: CaseImportProgress): Promise<void> {
    await tx.query(
      `UPDATE case_imports SET bytes_processed = $2, rows_processed = $3, imported = $4, cases_created = $5, duplicates = $6,
              rejected = $7, heartbeat_at = clock_timestamp() WHERE id = $1`,
      [id, p.bytesProcessed, p.rowsProcessed, p.imported, p.casesCreated, p.duplicates, p.rejected],
    );
  }

  async finishImport(
    tx: Queryable,
    id: string,
    p: CaseImportProgress & { status: CaseImportStatus; error: LocalizedText | null; finishedAt: Date; warnings: readonly LocalizedText[] },
  ): Promise<void> {
    await tx.query(
      `UPDATE case_imports SET bytes_processed = $2, rows_processed = $3, rows_total = $3, imported = $4, cases_created = $5,
              duplicates = $6, rejected = $7, status = $8, error = $9, finished_at = $10, warnings = $11, error_texts = $12,
              warning_texts = $13 WHERE id = $1`,
      [id, p.bytesProcessed, p.rowsProcessed, p.imported, p.casesCreated, p.duplicates, p.rejected, p.status, p.error?.en ?? null, p.finishedAt,
        p.warnings.map((w) => w.en), p.error === null ? null : JSON.stringify(p.error), JSON.stringify(p.warnings)],
    );
  }

  /** A running job's sign of life while no batch completes (a slow upload), by the database's clock. */
  async touchImport(id: string, tx: Queryable = this.db): Promise<void> {
    await tx.query("UPDATE case_imports SET heartbeat_at = clock_timestamp() WHERE id = $1 AND status = 'RUNNING'", [id]);
  }

  /**
   * Fails the RUNNING jobs whose heartbeat (database clock) is older than `staleSeconds`: their
   * instance stopped. Returns them; a job another instance failed at the same moment is not returned twice.
   */
  async failStaleImports(
    tx: Queryable, staleSeconds: number, error: LocalizedText, finishedAt: Date,
  ): Promise<{ id: string; rowsProcessed: number; imported: number; heartbeatAt: Date }[]> {
    const rows: { id: string; rows_processed: number; imported: number; heartbeat_at: Date }[] = await tx.query(
      `WITH failed AS (
         UPDATE case_imports i SET status = 'FAILED', error = $2, finished_at = $3, error_texts = $4
           FROM (SELECT id FROM case_imports
                  WHERE status = 'RUNNING' AND heartbeat_at < clock_timestamp() - make_interval(secs => $1)
                  FOR UPDATE SKIP LOCKED) stale
          WHERE i.id = stale.id
          RETURNING i.id, i.rows_processed, i.imported, i.heartbeat_at)
       SELECT * FROM failed ORDER BY id`,
      [staleSeconds, error.en, finishedAt, JSON.stringify(error)],
    );
    return rows.map((r) => ({ id: r.id, rowsProcessed: r.rows_processed, imported: r.imported, heartbeatAt: r.heartbeat_at }));
  }

  async insertRejections(tx: Queryable, importId: string, rejections: readonly CaseImportRejection[]): Promise<void> {
    if (rejections.length === 0) return;
    // text[][] cannot hold rows of different lengths: each record travels as one JSON array.
    await tx.query(
      `INSERT INTO case_import_rejections (import_id, line, column_name, message, record, message_texts)
       SELECT $1, r.line, r.column_name, r.message, ARRAY(SELECT jsonb_array_elements_text(r.record)), r.message_texts
         FROM unnest($2::int[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[]) AS r(line, column_name, message, record, message_texts)
       ON CONFLICT DO NOTHING`,
      [importId, rejections.map((r) => r.line), rejections.map((r) => r.column), rejections.map((r) => r.message),
        rejections.map((r) => JSON.stringify(r.record)), rejections.map((r) => (r.texts === null ? null : JSON.stringify(r.texts)))],
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
      `SELECT line, column_name, message, message_texts, record FROM case_import_rejections WHERE import_id = $1 AND line > $2
       ORDER BY line LIMIT $3`,
      [importId, afterLine, limit],
    );
    return rows.map((r) => ({
      line: r.line, column: r.column_name, message: r.message, texts: isLocalizedText(r.message_texts) ? r.message_texts : null, record: r.record,
    }));
  }
}
