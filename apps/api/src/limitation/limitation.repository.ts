import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

/**
 * The limitation worklist's statements. Both read `cases.limitation_date`, the snapshot the cases
 * feature keeps (`CaseFiguresService`), through `cases_limitation_idx` (cases not closed, by date) and
 * `cases_limitation_refresh_idx`, so neither scans the cases.
 */
/**
 * Cases not closed: open, on hold (a dispute does not stop limitation) and with legal (court and
 * enforcement). The same list as the predicate of `cases_limitation_idx`, so that the index applies.
 */
const NOT_CLOSED = `status IN ('OPEN', 'ON_HOLD', 'LEGAL')`;

/** Cases not closed without a stored limitation, or due for a refresh on $1; at most $2. */
export const PENDING_LIMITATIONS = `
  (SELECT id FROM cases WHERE ${NOT_CLOSED} AND limitation_date IS NULL ORDER BY limitation_date, id LIMIT $2)
  UNION
  (SELECT id FROM cases WHERE limitation_refresh_on <= $1::date AND ${NOT_CLOSED} LIMIT $2)
  LIMIT $2`;

/** Cases not closed running out from $1 through $2, soonest first, of the creditors $3 (null = all); at most $4. */
export const LIMITATION_WORKLIST = `
  SELECT id FROM cases
   WHERE ${NOT_CLOSED} AND limitation_date BETWEEN $1::date AND $2::date
     AND ($3::uuid[] IS NULL OR creditor_id = ANY($3::uuid[]))
   ORDER BY limitation_date, id
   LIMIT $4`;

@Injectable()
export class LimitationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Cases not closed whose limitation snapshot is missing (placed before the snapshot existed, or written
   * without it) or due for a refresh on `today`, up to `limit`.
   */
  async pendingCaseIds(today: IsoDate, limit: number, tx: Queryable = this.db): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(PENDING_LIMITATIONS, [today, limit]);
    return rows.map((r) => r.id);
  }

  /**
   * Cases not closed whose limitation ends from `from` through `until`, soonest first, within the creditors
   * `creditorIds` (null = all).
   */
  async worklist(from: IsoDate, until: IsoDate, creditorIds: readonly string[] | null, limit: number, tx: Queryable = this.db): Promise<string[]> {
    const rows: { id: string }[] = await tx.query(LIMITATION_WORKLIST, [from, until, creditorIds, limit]);
    return rows.map((r) => r.id);
  }
}
