import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';
import type { LetterContent } from './letter-pdf.js';

interface PrintBatchRow {
  id: string;
  batch_date: string;
  created_at: Date;
  created_by_name: string;
  letter_count: number;
  page_count: number;
  sheet_count: number;
  pdf_sha256: string;
  manifest_sha256: string;
}

/** A day's print batch (without its files). */
export interface PrintBatchRecord {
  id: string;
  batchDate: IsoDate;
  createdAt: Date;
  createdByName: string;
  letterCount: number;
  pageCount: number;
  sheetCount: number;
  pdfSha256: string;
  manifestSha256: string;
}

const toBatch = (r: PrintBatchRow): PrintBatchRecord => ({
  id: r.id, batchDate: r.batch_date, createdAt: r.created_at, createdByName: r.created_by_name, letterCount: r.letter_count,
  pageCount: r.page_count, sheetCount: r.sheet_count, pdfSha256: r.pdf_sha256, manifestSha256: r.manifest_sha256,
});

interface ReadyLetterRow {
  id: string;
  written_on: string;
  content: LetterContent;
  pdf_sha256: string;
  creditor_ref: string;
  debtor_country: string;
}

/** A written letter waiting for the next print batch. */
export interface ReadyLetter {
  id: string;
  writtenOn: IsoDate;
  content: LetterContent;
  pdfSha256: string;
  creditorRef: string;
  /** ISO 3166-1 alpha-2 country of the recipient (the debtor). */
  country: string;
}

/**
 * READY letters that may go out: not to a debtor whose address is unknown (returned mail or marked
 * by hand: held until corrected), and not written before post to the same debtor came back (they
 * carry the address the post did not reach).
 */
const PRINTABLE = `l.status = 'READY'
  AND NOT d.address_unknown
  AND NOT EXISTS (SELECT 1 FROM returned_mail rm WHERE rm.debtor_id = l.debtor_id AND rm.created_at >= l.ready_at)`;

const BATCH_COLUMNS = `b.id, b.batch_date, b.created_at, u.name AS created_by_name, b.letter_count, b.page_count, b.sheet_count,
  b.pdf_sha256, b.manifest_sha256`;

/** Print batches: what goes into the day's batch, the batch record and its files. */
@Injectable()
export class PrintBatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Serialises making the batch of a day across instances (until the transaction ends). */
  async lockDay(tx: Queryable, day: IsoDate): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('print-batch'), hashtext($1))`, [day]);
  }

  async byDate(day: IsoDate, tx: Queryable = this.db): Promise<PrintBatchRecord | null> {
    const [row]: PrintBatchRow[] = await tx.query(
      `SELECT ${BATCH_COLUMNS} FROM print_batches b JOIN users u ON u.id = b.created_by WHERE b.batch_date = $1`, [day],
    );
    return row ? toBatch(row) : null;
  }

  async byId(id: string, tx: Queryable = this.db): Promise<PrintBatchRecord | null> {
    const [row]: PrintBatchRow[] = await tx.query(
      `SELECT ${BATCH_COLUMNS} FROM print_batches b JOIN users u ON u.id = b.created_by WHERE b.id = $1`, [id],
    );
    return row ? toBatch(row) : null;
  }

  /** The latest batches, newest first. */
  async latest(limit: number, tx: Queryable = this.db): Promise<PrintBatchRecord[]> {
    const rows: PrintBatchRow[] = await tx.query(
      `SELECT ${BATCH_COLUMNS} FROM print_batches b JOIN users u ON u.id = b.created_by ORDER BY b.batch_date DESC LIMIT $1`, [limit],
    );
    return rows.map(toBatch);
  }

  /** How many letters the next batch would take now. */
  async countPrintable(tx: Queryable = this.db): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM letters l JOIN debtors d ON d.id = l.debtor_id WHERE ${PRINTABLE}`,
    );
    return row!.n;
  }

  /** Locks and reads the letters for a batch, by creditor and in the order they were written. */
  async lockPrintable(tx: Queryable): Promise<ReadyLetter[]> {
    const rows: ReadyLetterRow[] = await tx.query(
      `SELECT l.id, l.written_on, l.content, l.pdf_sha256, cr.ref AS creditor_ref, d.country AS debtor_country
         FROM letters l JOIN debtors d ON d.id = l.debtor_id JOIN creditors cr ON cr.id = l.creditor_id
        WHERE ${PRINTABLE}
        ORDER BY cr.ref, l.ready_at, l.id
          FOR UPDATE OF l`,
    );
    return rows.map((r) => ({
      id: r.id, writtenOn: r.written_on, content: r.content, pdfSha256: r.pdf_sha256, creditorRef: r.creditor_ref, country: r.debtor_country.trim(),
    }));
  }

  async insert(tx: Queryable, b: {
    day: IsoDate; createdBy: string; createdAt: Date; letterCount: number; pageCount: number; sheetCount: number;
    pdf: Buffer; pdfSha256: string; manifest: string; manifestSha256: string;
  }): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO print_batches (batch_date, created_by, created_at, letter_count, page_count, sheet_count, pdf, pdf_sha256, manifest, manifest_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [b.day, b.createdBy, b.createdAt, b.letterCount, b.pageCount, b.sheetCount, b.pdf, b.pdfSha256, b.manifest, b.manifestSha256],
    );
    return row!.id;
  }

  /** Marks the batch's letters SENT on its day. */
  async markSent(tx: Queryable, batchId: string, day: IsoDate, letterIds: readonly string[]): Promise<void> {
    await tx.query(
      `UPDATE letters SET status = 'SENT', sent_on = $2, print_batch_id = $1 WHERE id = ANY($3::uuid[]) AND status = 'READY'`,
      [batchId, day, letterIds],
    );
  }

  /**
   * A timeline entry "posted" on every case whose letter went out (the cases the letter's own entry
   * names); returns those case ids.
   */
  async addPostedActivities(tx: Queryable, letterIds: readonly string[], actorId: string, note: string, at: Date): Promise<string[]> {
    const rows: { case_id: string }[] = await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, occurred_at, letter_id)
       SELECT DISTINCT a.case_id, $2::uuid, 'LETTER', $3, $4::timestamptz, a.letter_id FROM activities a WHERE a.letter_id = ANY($1::uuid[])
       RETURNING case_id`,
      [letterIds, actorId, note, at],
    );
    return [...new Set(rows.map((r) => r.case_id))];
  }

  async file(id: string, kind: 'pdf' | 'manifest', tx: Queryable = this.db): Promise<{ data: Buffer | string; sha256: string; batchDate: IsoDate } | null> {
    const [row]: { data: Buffer | string; sha256: string; batch_date: string }[] = await tx.query(
      kind === 'pdf'
        ? `SELECT pdf AS data, pdf_sha256 AS sha256, batch_date FROM print_batches WHERE id = $1`
        : `SELECT manifest AS data, manifest_sha256 AS sha256, batch_date FROM print_batches WHERE id = $1`,
      [id],
    );
    return row ? { data: row.data, sha256: row.sha256, batchDate: row.batch_date } : null;
  }
}
