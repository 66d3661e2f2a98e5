import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DebtorDetails, DebtorKind, IsoDate } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { DebtorRecord } from '../cases/cases.repository.js';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';

interface FullDebtorRow {
  id: string; ref: string; name: string; kind: DebtorKind; country: string; email: string | null; phone: string | null;
  address: string | null; language: string; time_zone: string; address_unknown: boolean; address_researched: boolean;
}

interface DebtorRow {
  id: string; name: string; address: string | null; email: string | null; phone: string | null; language: string;
  time_zone: string; address_unknown: boolean; address_researched: boolean;
}

/** A debtor's editable details. */
export interface DebtorDetailsRecord extends DebtorDetails {
  id: string;
  /** The address was found by an address search (RDG 13a(1) no. 7). */
  addressResearched: boolean;
}

interface DebtorCaseRow { id: string; creditor_id: string; assignee_id: string | null }

/** A case of the debtor, with what the events of a change need. */
export interface DebtorCaseRecord {
  id: string;
  creditorId: string;
  assigneeId: string | null;
}

/** Every statement of changing a debtor's details. */
@Injectable()
export class DebtorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A debtor as a case shows it, or null. */
  async findDebtor(id: string, tx: Queryable = this.db): Promise<DebtorRecord | null> {
    const [r]: FullDebtorRow[] = await tx.query(
      `SELECT id, ref, name, kind, country, email, phone, address, language, time_zone, address_unknown, address_researched
         FROM debtors WHERE id = $1`,
      [id],
    );
    return r
      ? {
          id: r.id, ref: r.ref, name: r.name, kind: r.kind, country: r.country.trim(), email: r.email, phone: r.phone,
          address: r.address, language: r.language, timeZone: r.time_zone, addressUnknown: r.address_unknown,
          addressResearched: r.address_researched,
        }
      : null;
  }

  /** The debtor's details under a row lock, or null. */
  async lockDebtor(tx: Queryable, id: string): Promise<DebtorDetailsRecord | null> {
    const [row]: DebtorRow[] = await tx.query(
      `SELECT id, name, address, email, phone, language, time_zone, address_unknown, address_researched FROM debtors WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row
      ? {
          id: row.id, name: row.name, address: row.address, email: row.email, phone: row.phone, language: row.language,
          timeZone: row.time_zone, addressUnknown: row.address_unknown, addressResearched: row.address_researched,
        }
      : null;
  }

  /** Every case of the debtor, in order of placement. */
  async casesOfDebtor(tx: Queryable, debtorId: string): Promise<DebtorCaseRecord[]> {
    const rows: DebtorCaseRow[] = await tx.query(
      `SELECT id, creditor_id, assignee_id FROM cases WHERE debtor_id = $1 ORDER BY placed_at, id`,
      [debtorId],
    );
    return rows.map((r) => ({ id: r.id, creditorId: r.creditor_id, assigneeId: r.assignee_id }));
  }

  /**
   * Writes the details; `address` is kept as the lines joined by newlines. The language trigger
   * (debtors_language_to_cases) keeps cases.debtor_language in step for the claim pool.
   */
  async update(tx: Queryable, id: string, d: DebtorDetails): Promise<void> {
    await tx.query(
      `UPDATE debtors SET name = $2, address = $3, email = $4, phone = $5, language = $6, time_zone = $7, address_unknown = $8
        WHERE id = $1`,
      [id, d.name, d.address, d.email, d.phone, d.language, d.timeZone, d.addressUnknown],
    );
  }

  /** Marks whether the debtor's address was found by an address search (RDG 13a(1) no. 7). */
  async setAddressResearched(tx: Queryable, id: string, researched: boolean): Promise<void> {
    await tx.query(`UPDATE debtors SET address_researched = $2 WHERE id = $1`, [id, researched]);
  }

  /** The timeline entry of a change on each of the debtor's cases (a SYSTEM activity by the person who made it). */
  async addChangeActivities(tx: Queryable, caseIds: readonly string[], actorId: string, text: ActivityNote, at: Date): Promise<void> {
    if (caseIds.length === 0) return;
    const { note, noteTexts } = noteColumns(text);
    await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, note, note_texts, occurred_at)
       SELECT id, $2, 'SYSTEM', $3, $5::jsonb, $4 FROM unnest($1::uuid[]) AS id`,
      [caseIds, actorId, note, at, noteTexts],
    );
  }

  /**
   * Letters held while the address was unknown go out once it is known again, dated the day of
   * release (`on`), so their deadline runs from the day they are written; returns how many.
   */
  async releaseHeldLetters(tx: Queryable, debtorId: string, on: IsoDate): Promise<number> {
    const rows: { id: string }[] = await tx.query(
      `UPDATE letters SET written_on = greatest(written_on, $2::date) WHERE debtor_id = $1 AND status = 'PENDING' RETURNING id`,
      [debtorId, on],
    );
    return rows.length;
  }
}
