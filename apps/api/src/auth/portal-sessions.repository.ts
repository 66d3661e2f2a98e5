import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';
import type { PortalCaller } from './portal-caller.js';

interface SessionRow {
  id: string;
  link_id: string;
  case_id: string;
}

/** Portal sessions (hashed tokens); times are the injected clock's, so tests can move them. */
@Injectable()
export class PortalSessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async open(linkId: string, caseId: string, hash: Buffer, now: Date, expiresAt: Date, tx: Queryable): Promise<string> {
    const rows: { id: string }[] = await tx.query(
      `INSERT INTO portal_sessions (link_id, case_id, token_hash, created_at, expires_at)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [linkId, caseId, hash, now, expiresAt],
    );
    return rows[0].id;
  }

  /** The open, unexpired session of a token, its expiry moved to `expiresAt` (sliding); null when there is none. */
  async touch(hash: Buffer, now: Date, expiresAt: Date): Promise<PortalCaller | null> {
    // An UPDATE through TypeORM answers [rows, affected count].
    const [rows]: [SessionRow[], number] = await this.db.query(
      `UPDATE portal_sessions SET expires_at = $3
        WHERE token_hash = $1 AND ended_at IS NULL AND expires_at > $2
       RETURNING id, link_id, case_id`,
      [hash, now, expiresAt],
    );
    const row = rows[0];
    return row ? { sessionId: row.id, linkId: row.link_id, caseId: row.case_id } : null;
  }

  async end(sessionId: string, now: Date, tx: Queryable): Promise<boolean> {
    const [rows]: [unknown[], number] = await tx.query(
      `UPDATE portal_sessions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL RETURNING id`,
      [sessionId, now],
    );
    return rows.length > 0;
  }
}
