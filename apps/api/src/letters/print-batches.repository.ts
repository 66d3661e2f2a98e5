import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';
import type { LetterContent } from './letter-pdf.js';

interface PrintBatchRow {
  id: string;
  batch_date: string;
  created_at: Date;
  created_by_name: string;
  letter_count: number;
  part_letters: number | null;
}

interface PrintBatchPartRow {
  batch_id: string;
  number: number;
  first_letter: number;
  letter_count: number;
  page_count: number;
  sheet_count: number;
  pdf_sha256: string;
  manifest_sha256: string;
}

/** A part of a print batch: one merged PDF and its manifest (without the files). */
export interface PrintBatchPartRecord {
  number: number;
  /** Position in the day's batch of the part's first letter (1-based). */
  firstLetter: number;
  letterCount: number;
  pageCount: number;
  sheetCount: number;
  pdfSha256: string;
  manifestSha256: string;
}

/** A day's print batch and its parts (without their files). */
export interface PrintBatchRecord {
  id: string;
  batchDate: IsoDate;
  createdAt: Date;
  createdByName: string;
  letterCount: number;
  pageCount: number;
  sheetCount: number;
  /** At most this many letters per part; null: made before parts, in one. */
  partLetters: number | null;
  parts: PrintBatchPartRecord[];
}

const toPart = (r: PrintBatchPartRow): PrintBatchPartRecord => ({
  number: r.number, firstLetter: r.first_letter, letterCount: r.letter_count, pageCount: r.page_count, sheetCount: r.sheet_count,
  pdfSha256: r.pdf_sha256, manifestSha256: r.manifest_sha256,
});

/** A part's file: the manifest, or the PDF (stored for batches made before parts, else merged from its letters). */
export type PrintPartFile =
  | { kind: 'manifest'; batchDate: IsoDate; parts: number; sha256: string; data: string }
  | { kind: 'pdf'; batchDate: IsoDate; parts: number; sha256: string; data: Buffer | null; createdAt: Date };

interface ReadyLetterRow {
  position: number;
  id: string;
  written_on: string;
  content: LetterContent;
  pdf: Buffer;
  pdf_sha256: string;
  creditor_ref: string;
  debtor_country: string;
}

/** A written letter picked for a print batch, with its own PDF. */
export interface ReadyLetter {
  /** 1.. in the day's batch. */
  position: number;
  id: string;
  writtenOn: IsoDate;
  content: LetterContent;
  pdf: Buffer;
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

const BATCH_COLUMNS = `b.id, b.batch_date, b.created_at, u.name AS created_by_name, b.letter_count, b.part_letters`;

/** Print batches: what goes into the day's batch, the batch record and its files. */
@Injectable()
export class PrintBatchesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Serialises making the batch of a day across instances (until the transaction ends). */
  async lockDay(tx: Queryable, day: IsoDate): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('print-batch'), hashtext($1))`, [day]);
  }

  async byDate(day: IsoDate, tx: Queryable = this.db): Promise<PrintBatchRecord | null> {
    const rows: PrintBatchRow[] = await tx.query(
      `SELECT ${BATCH_COLUMNS} FROM print_batches b JOIN users u ON u.id = b.created_by WHERE b.batch_date = $1`, [day],
    );
    return (await this.withParts(rows, tx))[0] ?? null;
  }

  async byId(id: string, tx: Queryable = this.db): Promise<PrintBatchRecord | null> {
    const rows: PrintBatchRow[] = await tx.query(
      `SELECT ${BATCH_COLUMNS} FROM print_batches b JOIN users u ON u.id = b.created_by WHERE b.id = $1`, [id],
    );
    return (await this.withParts(rows, tx))[0] ?? null;
  }

  /** The latest batches, newest first. */
  async latest(limit: number, tx: Queryable = this.db): Promise<PrintBatchRecord[]> {
    const rows: PrintBatchRow[] = await tx.query(
      `SELECT ${BATCH_COLUMNS} FROM print_batches b JOIN users u ON u.id = b.created_by ORDER BY b.batch_date DESC LIMIT $1`, [limit],
    );
    return this.withParts(rows, tx);
  }

  /** The batches with their parts (one statement for all of them). */
  private async withParts(rows: PrintBatchRow[], tx: Queryable): Promise<PrintBatchRecord[]> {
    if (rows.length === 0) return [];
    const parts: PrintBatchPartRow[] = await tx.query(
      `SELECT batch_id, number, first_letter, letter_count, page_count, sheet_count, pdf_sha256, manifest_sha256
         FROM print_batch_parts WHERE batch_id = ANY($1::uuid[]) ORDER BY batch_id, number`,
      [rows.map((r) => r.id)],
    );
    return rows.map((r) => {
      const own = parts.filter((p) => p.batch_id === r.id).map(toPart);
      return {
        id: r.id, batchDate: r.batch_date, createdAt: r.created_at, createdByName: r.created_by_name, letterCount: r.letter_count,
        pageCount: own.reduce((sum, p) => sum + p.pageCount, 0), sheetCount: own.reduce((sum, p) => sum + p.sheetCount, 0),
        partLetters: r.part_letters, parts: own,
      };
    });
  }

  /** How many letters the next batch would take now. */
  async countPrintable(tx: Queryable = this.db): Promise<number> {
    const [row]: { n: number }[] = await tx.query(
      `SELECT count(*)::int AS n FROM letters l JOIN debtors d ON d.id = l.debtor_id WHERE ${PRINTABLE}`,
    );
    return row!.n;
  }

  /**
   * Locks the letters that may go out and numbers them for the batch, by creditor and in the order
   * they were written (in `print_pick`, a table of the transaction's own, dropped at its end);
   * returns how many.
   */
  async pickPrintable(tx: Queryable): Promise<number> {
    await tx.query(`CREATE TEMPORARY TABLE print_pick (position integer PRIMARY KEY, id uuid NOT NULL) ON COMMIT DROP`);
    const [row]: { n: number }[] = await tx.query(
      `WITH picked AS (
         INSERT INTO print_pick (position, id)
         SELECT row_number() OVER (ORDER BY s.ref, s.ready_at, s.id), s.id
           FROM (SELECT l.id, cr.ref, l.ready_at
                   FROM letters l JOIN debtors d ON d.id = l.debtor_id JOIN creditors cr ON cr.id = l.creditor_id
                  WHERE ${PRINTABLE}
                    FOR UPDATE OF l) s
         RETURNING 1)
       SELECT count(*)::int AS n FROM picked`,
    );
    return row!.n;
  }

  /** The picked letters from position `after` on, at most `limit`, with their own PDFs. */
  async picked(tx: Queryable, after: number, limit: number): Promise<ReadyLetter[]> {
    const rows: ReadyLetterRow[] = await tx.query(
      `SELECT p.position, l.id, l.written_on, l.content, l.pdf, l.pdf_sha256, cr.ref AS creditor_ref, d.country AS debtor_country
         FROM print_pick p JOIN letters l ON l.id = p.id JOIN debtors d ON d.id = l.debtor_id JOIN creditors cr ON cr.id = l.creditor_id
        WHERE p.position > $1
        ORDER BY p.position
        LIMIT $2`,
      [after, limit],
    );
    return rows.map((r) => ({
      position: r.position, id: r.id, writtenOn: r.written_on, content: r.content, pdf: r.pdf, pdfSha256: r.pdf_sha256,
      creditorRef: r.creditor_ref, country: r.debtor_country.trim(),
    }));
  }

  /** The batch record; its parts follow (pages and sheets are theirs, summed). */
  async insert(tx: Queryable, b: { day: IsoDate; createdBy: string; createdAt: Date; letterCount: number; partLetters: number }): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO print_batches (batch_date, created_by, created_at, letter_count, part_letters) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [b.day, b.createdBy, b.createdAt, b.letterCount, b.partLetters],
    );
    return row!.id;
  }

  async insertPart(tx: Queryable, batchId: string, p: PrintBatchPartRecord & { manifest: string }): Promise<void> {
    await tx.query(
      `INSERT INTO print_batch_parts (batch_id, number, first_letter, letter_count, page_count, sheet_count, pdf_sha256, manifest, manifest_sha256)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [batchId, p.number, p.firstLetter, p.letterCount, p.pageCount, p.sheetCount, p.pdfSha256, p.manifest, p.manifestSha256],
    );
  }

  /** Marks the picked letters SENT on the batch's day, each with its part and place in it. */
  async markPickedSent(tx: Queryable, batchId: string, day: IsoDate, partLetters: number): Promise<void> {
    await tx.query(
      `UPDATE letters l SET status = 'SENT', sent_on = $2, print_batch_id = $1,
              print_part = (p.position - 1) / $3 + 1, print_sequence = (p.position - 1) % $3 + 1
         FROM print_pick p WHERE l.id = p.id AND l.status = 'READY'`,
      [batchId, day, partLetters],
    );
  }

  /**
   * A timeline entry "posted" on every case whose letter went out with the batch (the cases the
   * letter's own entry names); returns how many cases, and their ids when at most `listUpTo`.
   */
  async addPostedActivities(tx: Queryable, batchId: string, actorId: string, text: ActivityNote, at: Date, listUpTo: number): Promise<{
    cases: number; caseIds: string[] | null;
  }> {
    const { note, noteTexts } = noteColumns(text);
    const [row]: { n: number; ids: string[] | null }[] = await tx.query(
      `WITH posted AS (
         INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at, letter_id)
         SELECT DISTINCT a.case_id, $2::uuid, 'LETTER', $3, $6::jsonb, $4::timestamptz, a.letter_id
           FROM activities a JOIN letters l ON l.id = a.letter_id
          WHERE l.print_batch_id = $1
         RETURNING case_id),
       cases AS (SELECT DISTINCT case_id FROM posted)
       SELECT (SELECT count(*)::int FROM cases) AS n,
              CASE WHEN (SELECT count(*) FROM cases) <= $5 THEN (SELECT array_agg(case_id::text) FROM cases) END AS ids`,
      [batchId, actorId, note, at, listUpTo, noteTexts],
    );
    return { cases: row!.n, caseIds: row!.n <= listUpTo ? (row!.ids ?? []) : null };
  }

  /** A part's file, or null when the batch or the part does not exist. */
  async partFile(id: string, part: number, kind: 'pdf' | 'manifest', tx: Queryable = this.db): Promise<PrintPartFile | null> {
    const [row]: { batch_date: string; created_at: Date; parts: number; sha256: string; data: Buffer | string | null }[] = await tx.query(
      `SELECT b.batch_date, b.created_at, (SELECT count(*)::int FROM print_batch_parts x WHERE x.batch_id = b.id) AS parts,
              ${kind === 'pdf' ? 'p.pdf_sha256 AS sha256, p.pdf AS data' : 'p.manifest_sha256 AS sha256, p.manifest AS data'}
         FROM print_batch_parts p JOIN print_batches b ON b.id = p.batch_id
        WHERE p.batch_id = $1 AND p.number = $2`,
      [id, part],
    );
    if (!row) return null;
    return kind === 'pdf'
      ? { kind, batchDate: row.batch_date, parts: row.parts, sha256: row.sha256, data: row.data as Buffer | null, createdAt: row.created_at }
      : { kind, batchDate: row.batch_date, parts: row.parts, sha256: row.sha256, data: row.data as string };
  }

  /** The own PDFs of a part's letters after place `after`, at most `limit`, in the part's order. */
  async partLetterPdfs(batchId: string, part: number, after: number, limit: number, tx: Queryable = this.db): Promise<{ sequence: number; pdf: Buffer }[]> {
    return tx.query(
      `SELECT print_sequence AS sequence, pdf FROM letters
        WHERE print_batch_id = $1 AND print_part = $2 AND print_sequence > $3
        ORDER BY print_sequence
        LIMIT $4`,
      [batchId, part, after, limit],
    );
  }
}
