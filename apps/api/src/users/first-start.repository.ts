import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queryable } from '../database/queryable.js';

/** Advisory lock key of the first administrator's creation. */
const ADMIN_CREATION_LOCK_KEY = 7_462_015_339;

interface CountRow {
  n: number;
}
interface CredentialRow {
  id: string;
  email: string;
  password_hash: string;
}
interface CreatedRow {
  id: string;
}

/** An active account and its password hash, to check it against the demo password. */
export interface ActiveCredential {
  id: string;
  email: string;
  passwordHash: string;
}

export interface NewAdministrator {
  email: string;
  name: string;
  passwordHash: string;
  mustChangePassword: boolean;
  /** When the password was set (the caller's clock). */
  at: Date;
}

/**
 * The statements of a first start: is there an administrator, which accounts still accept the demo
 * password, do demo accounts exist, and the first administrator's row. Used by `first-start.ts`
 * (before the API runs, on a pg pool), by `admin-create.cli.ts` and, in the API, by the `demoData` query.
 */
@Injectable()
export class FirstStartRepository {
  constructor(@InjectDataSource() private readonly db: Queryable) {}

  /**
   * Serialises the creation of a first administrator between instances starting together (a
   * transaction-scoped advisory lock: released at commit or rollback).
   */
  async lockAdministratorCreation(): Promise<void> {
    await this.db.query('SELECT pg_advisory_xact_lock($1)', [ADMIN_CREATION_LOCK_KEY]);
  }

  async activeAdministrators(): Promise<number> {
    const [row]: CountRow[] = await this.db.query(`SELECT count(*)::int AS n FROM users WHERE role = 'ADMIN' AND active`);
    return row!.n;
  }

  /** Active accounts whose e-mail is in `domain` (the demo logins). */
  async activeAccountsIn(domain: string): Promise<number> {
    const [row]: CountRow[] = await this.db.query(
      `SELECT count(*)::int AS n FROM users WHERE active AND right(email, length($1::text) + 1) = '@' || $1::text`,
      [domain],
    );
    return row!.n;
  }

  /** Every active account with its password hash, ordered by e-mail. */
  async activeCredentials(): Promise<ActiveCredential[]> {
    const rows: CredentialRow[] = await this.db.query(`SELECT id, email, password_hash FROM users WHERE active ORDER BY email`);
    return rows.map((r) => ({ id: r.id, email: r.email, passwordHash: r.password_hash }));
  }

  async emailTaken(email: string): Promise<boolean> {
    const rows: CreatedRow[] = await this.db.query('SELECT id FROM users WHERE email = $1', [email]);
    return rows.length > 0;
  }

  /** Inserts an administrator (no team, no capacity: an administrator works no cases); returns the new id. */
  async createAdministrator(admin: NewAdministrator): Promise<string> {
    const [row]: CreatedRow[] = await this.db.query(
      `INSERT INTO users (email, name, role, team_id, capacity, languages, password_hash, must_change_password, password_changed_at, created_at)
       VALUES ($1, $2, 'ADMIN', NULL, 0, '{}', $3, $4, CASE WHEN $4 THEN NULL ELSE $5::timestamptz END, $5::timestamptz)
       RETURNING id`,
      [admin.email, admin.name, admin.passwordHash, admin.mustChangePassword, admin.at.toISOString()],
    );
    return row!.id;
  }
}
