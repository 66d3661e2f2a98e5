import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { IsoDate, SupervisoryAuthorityEntry } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

interface AuthorityRow {
  id: string;
  valid_from: string;
  name: string;
  address: string;
  electronic_contact: string;
  created_at: Date;
}

/** A dated supervisory authority entry as stored (RDG 13a(1) no. 8). */
export interface SupervisoryAuthorityRecord extends SupervisoryAuthorityEntry {
  id: string;
  createdAt: Date;
}

const toRecord = (r: AuthorityRow): SupervisoryAuthorityRecord => ({
  id: r.id, validFrom: r.valid_from, name: r.name, address: r.address, electronicContact: r.electronic_contact, createdAt: r.created_at,
});

const COLUMNS = `id, valid_from::text AS valid_from, name, address, electronic_contact, created_at`;

/** The agency's dated supervisory authorities (`supervisory_authorities`). */
@Injectable()
export class SupervisoryAuthoritiesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every entry, newest first (a handful of rows). */
  async all(q: Queryable = this.db): Promise<SupervisoryAuthorityRecord[]> {
    const rows: AuthorityRow[] = await q.query(`SELECT ${COLUMNS} FROM supervisory_authorities ORDER BY valid_from DESC`);
    return rows.map(toRecord);
  }

  /** Inserts an entry; null when one with that date exists already. */
  async insert(q: Queryable, entry: SupervisoryAuthorityEntry, createdBy: string): Promise<SupervisoryAuthorityRecord | null> {
    const rows: AuthorityRow[] = await q.query(
      `INSERT INTO supervisory_authorities (valid_from, name, address, electronic_contact, created_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (valid_from) DO NOTHING
       RETURNING ${COLUMNS}`,
      [entry.validFrom, entry.name.trim(), entry.address.trim(), entry.electronicContact.trim(), createdBy],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** Whether an entry is in force on a date. */
  async anyInForceOn(q: Queryable, date: IsoDate): Promise<boolean> {
    const rows: { found: boolean }[] = await q.query(`SELECT EXISTS (SELECT 1 FROM supervisory_authorities WHERE valid_from <= $1::date) AS found`, [date]);
    return rows[0]?.found === true;
  }
}
