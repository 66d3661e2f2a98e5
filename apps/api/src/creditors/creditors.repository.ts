import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContactPolicy, PriorityWeights } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

interface CreditorRow {
  id: string;
  ref: string;
  name: string;
  country: 'DE' | 'DK';
  currency: string;
  time_zone: string;
}

/** A creditor (the agency's client) as the API shows it. */
export interface CreditorRecord {
  id: string;
  ref: string;
  name: string;
  country: 'DE' | 'DK';
  currency: string;
  timeZone: string;
}

/** A creditor's own contact policy: overrides of the domain's defaults. */
export type StoredContactPolicy = Partial<ContactPolicy>;

const toCreditor = (row: CreditorRow): CreditorRecord => ({
  id: row.id, ref: row.ref, name: row.name, country: row.country, currency: row.currency, timeZone: row.time_zone,
});

const CREDITOR_COLUMNS = 'id, ref, name, country, currency, time_zone';

@Injectable()
export class CreditorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One creditor, or null. */
  async creditor(id: string, tx: Queryable = this.db): Promise<CreditorRecord | null> {
    const [row]: CreditorRow[] = await tx.query(`SELECT ${CREDITOR_COLUMNS} FROM creditors WHERE id = $1`, [id]);
    return row ? toCreditor(row) : null;
  }

  /** Every creditor, by name. */
  async creditors(tx: Queryable = this.db): Promise<CreditorRecord[]> {
    const rows: CreditorRow[] = await tx.query(`SELECT ${CREDITOR_COLUMNS} FROM creditors ORDER BY name`);
    return rows.map(toCreditor);
  }

  /** The creditors a user works for (a collector's scope). */
  async creditorIdsOfUser(userId: string, tx: Queryable = this.db): Promise<string[]> {
    const rows: { creditor_id: string }[] = await tx.query('SELECT creditor_id FROM user_creditors WHERE user_id = $1', [userId]);
    return rows.map((r) => r.creditor_id);
  }

  /**
   * A creditor's own priority weights (null = the defaults); undefined when there is no such
   * creditor. `lock` takes the row for a change in the caller's transaction.
   */
  async priorityWeights(id: string, tx: Queryable = this.db, lock = false): Promise<PriorityWeights | null | undefined> {
    const [row]: { priority_weights: PriorityWeights | null }[] = await tx.query(
      `SELECT priority_weights FROM creditors WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ? row.priority_weights : undefined;
  }

  /** Stores a creditor's priority weights (null = back to the defaults). */
  async setPriorityWeights(id: string, weights: PriorityWeights | null, tx: Queryable = this.db): Promise<void> {
    await tx.query('UPDATE creditors SET priority_weights = $2 WHERE id = $1', [id, weights === null ? null : JSON.stringify(weights)]);
  }

  /**
   * A creditor's own contact policy (null = the defaults); undefined when there is no such
   * creditor. `lock` takes the row for a change in the caller's transaction.
   */
  async contactPolicy(id: string, tx: Queryable = this.db, lock = false): Promise<StoredContactPolicy | null | undefined> {
    const [row]: { contact_policy: StoredContactPolicy | null }[] = await tx.query(
      `SELECT contact_policy FROM creditors WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return row ? row.contact_policy : undefined;
  }

  /** The own contact policies (null = the defaults) of creditors, per creditor id. */
  async contactPoliciesOf(ids: readonly string[], tx: Queryable = this.db): Promise<Map<string, StoredContactPolicy | null>> {
    const rows: { id: string; contact_policy: StoredContactPolicy | null }[] = await tx.query(
      'SELECT id, contact_policy FROM creditors WHERE id = ANY($1::uuid[])',
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.contact_policy]));
  }

  /** Stores a creditor's contact policy (null = back to the defaults). */
  async setContactPolicy(id: string, policy: StoredContactPolicy | null, tx: Queryable = this.db): Promise<void> {
    await tx.query('UPDATE creditors SET contact_policy = $2 WHERE id = $1', [id, policy === null ? null : JSON.stringify(policy)]);
  }
}
