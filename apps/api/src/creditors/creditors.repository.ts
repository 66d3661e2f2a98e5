import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContactPolicy, Country, DunningStrategy, PriorityWeights } from '@mahnwerk/domain';
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

interface CreditorDetailsRow {
  id: string;
  legal_name: string;
  street: string;
  postcode: string;
  city: string;
  register_court: string;
  register_number: string;
  iban: string | null;
  bic: string | null;
  vat_deductible: boolean;
  letter_language: string;
  dunning_strategy: DunningStrategy | null;
}

/** What the law and the letters need of a creditor, beyond its name and country. */
export interface CreditorDetailsRecord {
  id: string;
  legalName: string;
  street: string;
  postcode: string;
  city: string;
  registerCourt: string;
  registerNumber: string;
  iban: string | null;
  bic: string | null;
  vatDeductible: boolean;
  letterLanguage: string;
  /** Its own strategy; null = the country default. */
  dunningStrategy: DunningStrategy | null;
}

/** A creditor with every setting (what a change writes and audits). */
export type CreditorSettingsRecord = CreditorRecord & CreditorDetailsRecord;

/** What a creation or change writes (`address` is the letters' "street\npostcode city"). */
export interface CreditorWrite {
  ref: string;
  name: string;
  legalName: string;
  country: Country;
  currency: string;
  timeZone: string;
  street: string;
  postcode: string;
  city: string;
  address: string;
  registerCourt: string;
  registerNumber: string;
  iban: string;
  bic: string;
  vatDeductible: boolean;
  letterLanguage: string;
  dunningStrategy: DunningStrategy | null;
}

const DETAILS_COLUMNS =
  'id, legal_name, street, postcode, city, register_court, register_number, iban, bic, vat_deductible, letter_language, dunning_strategy';

const toDetails = (r: CreditorDetailsRow): CreditorDetailsRecord => ({
  id: r.id, legalName: r.legal_name, street: r.street, postcode: r.postcode, city: r.city, registerCourt: r.register_court,
  registerNumber: r.register_number, iban: r.iban, bic: r.bic, vatDeductible: r.vat_deductible, letterLanguage: r.letter_language,
  dunningStrategy: r.dunning_strategy,
});

const writeParams = (c: CreditorWrite): unknown[] => [
  c.ref, c.name, c.legalName, c.country, c.currency, c.timeZone, c.street, c.postcode, c.city, c.address, c.registerCourt,
  c.registerNumber, c.iban, c.bic, c.vatDeductible, c.letterLanguage, c.dunningStrategy === null ? null : JSON.stringify(c.dunningStrategy),
];

/** Postgres refused a row for a unique constraint (`creditors.ref`). */
export const isUniqueViolation = (e: unknown): boolean => (e as { code?: string } | null)?.code === '23505';

@Injectable()
export class CreditorsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One creditor, or null. */
  async creditor(id: string, tx: Queryable = this.db): Promise<CreditorRecord | null> {
    const [row]: CreditorRow[] = await tx.query(`SELECT ${CREDITOR_COLUMNS} FROM creditors WHERE id = $1`, [id]);
    return row ? toCreditor(row) : null;
  }

  /** The details of creditors, per creditor id. */
  async detailsOf(ids: readonly string[], tx: Queryable = this.db): Promise<Map<string, CreditorDetailsRecord>> {
    const rows: CreditorDetailsRow[] = await tx.query(`SELECT ${DETAILS_COLUMNS} FROM creditors WHERE id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, toDetails(r)]));
  }

  /** A creditor with every setting, locked for a change in the caller's transaction; null when there is none. */
  async settingsForUpdate(id: string, tx: Queryable): Promise<CreditorSettingsRecord | null> {
    const [row]: (CreditorRow & CreditorDetailsRow)[] = await tx.query(
      `SELECT ${CREDITOR_COLUMNS}, ${DETAILS_COLUMNS.replace('id, ', '')} FROM creditors WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return row ? { ...toCreditor(row), ...toDetails(row) } : null;
  }

  /** The creditor holding a reference (case-insensitively), other than `exceptId`. */
  async creditorWithRef(ref: string, exceptId: string | null, tx: Queryable = this.db): Promise<string | null> {
    const [row]: { id: string }[] = await tx.query(
      'SELECT id FROM creditors WHERE upper(ref) = upper($1) AND ($2::uuid IS NULL OR id <> $2::uuid) LIMIT 1',
      [ref, exceptId],
    );
    return row?.id ?? null;
  }

  /** How many cases a creditor has (its country and currency are fixed once it has any). */
  async caseCount(id: string, tx: Queryable = this.db): Promise<number> {
    const [row]: { n: number }[] = await tx.query('SELECT count(*)::int AS n FROM cases WHERE creditor_id = $1', [id]);
    return row?.n ?? 0;
  }

  /** Creates a creditor; returns its id. Throws Postgres' unique violation when the ref is taken. */
  async insert(c: CreditorWrite, tx: Queryable): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO creditors (ref, name, legal_name, country, currency, time_zone, street, postcode, city, address, register_court,
                              register_number, iban, bic, vat_deductible, letter_language, dunning_strategy)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17::jsonb)
       RETURNING id`,
      writeParams(c),
    );
    return row!.id;
  }

  /** Replaces a creditor's settings. Throws Postgres' unique violation when the ref is taken. */
  async update(id: string, c: CreditorWrite, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE creditors SET ref = $1, name = $2, legal_name = $3, country = $4, currency = $5, time_zone = $6, street = $7,
              postcode = $8, city = $9, address = $10, register_court = $11, register_number = $12, iban = $13, bic = $14,
              vat_deductible = $15, letter_language = $16, dunning_strategy = $17::jsonb
        WHERE id = $18`,
      [...writeParams(c), id],
    );
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

  /** Above this amount a manual payment waits for a second person; null = never; undefined when there is no such creditor. */
  async paymentApprovalThreshold(id: string, tx: Queryable = this.db, lock = false): Promise<number | null | undefined> {
    const [row]: { threshold: string | number | null }[] = await tx.query(
      `SELECT payment_approval_threshold_cents AS threshold FROM creditors WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id],
    );
    if (!row) return undefined;
    return row.threshold === null ? null : Number(row.threshold);
  }

  /** The payment approval thresholds (null = never) of creditors, per creditor id. */
  async paymentApprovalThresholdsOf(ids: readonly string[], tx: Queryable = this.db): Promise<Map<string, number | null>> {
    const rows: { id: string; threshold: string | number | null }[] = await tx.query(
      'SELECT id, payment_approval_threshold_cents AS threshold FROM creditors WHERE id = ANY($1::uuid[])', [ids],
    );
    return new Map(rows.map((r) => [r.id, r.threshold === null ? null : Number(r.threshold)]));
  }

  async setPaymentApprovalThreshold(id: string, thresholdCents: number | null, tx: Queryable = this.db): Promise<void> {
    await tx.query('UPDATE creditors SET payment_approval_threshold_cents = $2 WHERE id = $1', [id, thresholdCents]);
  }
}
