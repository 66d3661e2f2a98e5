import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { LetterModel } from '../dunning/dunning.model.js';

@Injectable()
export class LettersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The letters that went to a case's debtor for its creditor, newest first. */
  async forCase(caseId: string): Promise<LetterModel[]> {
    const rows = await this.db.query(
      `SELECT l.id, l.written_on, l.status, l.content_sha256, l.pdf_sha256
         FROM letters l JOIN cases c ON c.debtor_id = l.debtor_id AND c.creditor_id = l.creditor_id
        WHERE c.id = $1 ORDER BY l.written_on DESC, l.created_at DESC`,
      [caseId],
    );
    return rows.map((r: Record<string, string>) => ({
      id: r.id, writtenOn: r.written_on, status: r.status, contentSha256: r.content_sha256, pdfSha256: r.pdf_sha256,
      url: `/letters/${r.id}.pdf`,
    }));
  }

  async pdf(id: string): Promise<{ pdf: Buffer; pdfSha256: string; creditorId: string; writtenOn: string } | null> {
    const [row] = await this.db.query(
      `SELECT pdf, pdf_sha256, creditor_id, written_on FROM letters WHERE id = $1 AND status = 'READY'`,
      [id],
    );
    return row ? { pdf: row.pdf, pdfSha256: row.pdf_sha256, creditorId: row.creditor_id, writtenOn: row.written_on } : null;
  }
}
