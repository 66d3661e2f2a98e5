import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UiLanguage } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import type { Queryable } from '../database/queryable.js';

interface TeamRow {
  id: string;
  name: string;
}
interface UserCreditorRow {
  id: string;
  ref: string;
  name: string;
}
interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  capacity: number;
  team_id: string | null;
  team_name: string | null;
  active: boolean;
  must_change_password: boolean;
  languages: string[];
  ui_language: UiLanguage | null;
  creditors: UserCreditorRow[] | null;
}
interface IdRow {
  id: string;
}
interface ReleasedCaseRow {
  id: string;
  creditor_id: string;
}

export interface TeamRecord {
  id: string;
  name: string;
}
export interface UserCreditorRecord {
  id: string;
  ref: string;
  name: string;
}
/** A user as the API shows them (never the password hash). */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: Role;
  team: TeamRecord | null;
  capacity: number;
  active: boolean;
  mustChangePassword: boolean;
  languages: string[];
  /** The workbench language the user chose; null until they choose. */
  uiLanguage: UiLanguage | null;
  creditors: UserCreditorRecord[];
}

/** What an admin sets of a new user (the password hash is a one-time password's). */
export interface NewUser {
  email: string;
  name: string;
  role: Role;
  teamId: string | null;
  languages: string[];
  capacity: number;
  passwordHash: string;
}
/** What an admin changes of a user: a full set of the editable columns. */
export interface UserChanges {
  name: string;
  role: Role;
  teamId: string | null;
  languages: string[];
  capacity: number;
}
/** A case that went back to the pool. */
export interface ReleasedCase {
  caseId: string;
  creditorId: string;
}

const toTeam = (row: TeamRow): TeamRecord => ({ id: row.id, name: row.name });
export const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  team: row.team_id === null ? null : { id: row.team_id, name: row.team_name! },
  capacity: Number(row.capacity),
  active: row.active,
  mustChangePassword: row.must_change_password,
  languages: row.languages ?? [],
  uiLanguage: row.ui_language,
  creditors: (row.creditors ?? []).map((c) => ({ id: c.id, ref: c.ref, name: c.name })),
});

const USER_COLUMNS = `u.id, u.email, u.name, u.role, u.capacity, u.team_id, t.name AS team_name,
       u.active, u.must_change_password, u.languages, u.ui_language,
       (SELECT json_agg(json_build_object('id', c.id, 'ref', c.ref, 'name', c.name) ORDER BY c.name, c.id)
          FROM user_creditors uc JOIN creditors c ON c.id = uc.creditor_id WHERE uc.user_id = u.id) AS creditors
  FROM users u LEFT JOIN teams t ON t.id = u.team_id`;

/** Whose collectors: everyone's, or one team's (a lead without a team has none). */
export type CollectorScope = { kind: 'ALL' } | { kind: 'TEAM'; teamId: string | null };

/** Every statement of users/: users with their team and creditors, teams, and what deactivation releases. */
@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** All teams, or the one with `teamId` (none when it does not exist), by name. */
  async teams(teamId: string | null, tx: Queryable = this.db): Promise<TeamRecord[]> {
    const rows: TeamRow[] = await tx.query(
      `SELECT id, name FROM teams WHERE $1::uuid IS NULL OR id = $1 ORDER BY name, id`,
      [teamId],
    );
    return rows.map(toTeam);
  }

  /** Creates a team; null when a team of that name exists already. */
  async insertTeam(name: string, tx: Queryable = this.db): Promise<TeamRecord | null> {
    const rows: TeamRow[] = await tx.query(
      'INSERT INTO teams (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id, name',
      [name],
    );
    return rows[0] ? toTeam(rows[0]) : null;
  }

  /** One user with their team; null when there is none with that id (locked for the transaction with `lock`). */
  async userById(id: string, tx: Queryable = this.db, lock = false): Promise<UserRecord | null> {
    const rows: UserRow[] = await tx.query(`SELECT ${USER_COLUMNS} WHERE u.id = $1${lock ? ' FOR UPDATE OF u' : ''}`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** The named users with their team (in no particular order). */
  async usersByIds(ids: string[], tx: Queryable = this.db): Promise<UserRecord[]> {
    const rows: UserRow[] = await tx.query(`SELECT ${USER_COLUMNS} WHERE u.id = ANY($1)`, [ids]);
    return rows.map(toUser);
  }

  /** Every user, active ones first, by name. */
  async allUsers(tx: Queryable = this.db): Promise<UserRecord[]> {
    const rows: UserRow[] = await tx.query(`SELECT ${USER_COLUMNS} ORDER BY u.active DESC, u.name, u.id`);
    return rows.map(toUser);
  }

  /** Active collectors in the scope, by team name (those without a team last), then name. */
  async collectors(scope: CollectorScope, tx: Queryable = this.db): Promise<UserRecord[]> {
    const rows: UserRow[] = await tx.query(
      `SELECT ${USER_COLUMNS}
        WHERE u.role = 'COLLECTOR' AND u.active AND ($1::boolean OR u.team_id = $2::uuid)
        ORDER BY t.name, u.name, u.id`,
      [scope.kind === 'ALL', scope.kind === 'TEAM' ? scope.teamId : null],
    );
    return rows.map(toUser);
  }

  /** Creates a user who must change their (one-time) password first; null when the e-mail address is taken. */
  async insertUser(u: NewUser, tx: Queryable): Promise<string | null> {
    const rows: IdRow[] = await tx.query(
      `INSERT INTO users (email, name, role, team_id, languages, capacity, password_hash, must_change_password)
       VALUES ($1, $2, $3, $4, $5, $6, $7, true)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [u.email, u.name, u.role, u.teamId, u.languages, u.capacity, u.passwordHash],
    );
    return rows[0]?.id ?? null;
  }

  async updateUser(id: string, u: UserChanges, tx: Queryable): Promise<void> {
    await tx.query(
      'UPDATE users SET name = $2, role = $3, team_id = $4, languages = $5, capacity = $6 WHERE id = $1',
      [id, u.name, u.role, u.teamId, u.languages, u.capacity],
    );
  }

  /** Replaces the creditors a user works for. */
  async setUiLanguage(userId: string, language: UiLanguage, tx: Queryable = this.db): Promise<void> {
    await tx.query('UPDATE users SET ui_language = $2 WHERE id = $1', [userId, language]);
  }

  async setCreditors(userId: string, creditorIds: string[], tx: Queryable): Promise<void> {
    await tx.query(
      `WITH gone AS (DELETE FROM user_creditors WHERE user_id = $1 AND NOT (creditor_id = ANY($2::uuid[])))
       INSERT INTO user_creditors (user_id, creditor_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [userId, creditorIds],
    );
  }

  /** Those of the ids that name no creditor. */
  async unknownCreditors(ids: string[], tx: Queryable = this.db): Promise<string[]> {
    const rows: IdRow[] = await tx.query(
      'SELECT x.id FROM unnest($1::uuid[]) AS x(id) WHERE NOT EXISTS (SELECT 1 FROM creditors c WHERE c.id = x.id)',
      [ids],
    );
    return rows.map((r) => r.id);
  }

  async teamExists(id: string, tx: Queryable = this.db): Promise<boolean> {
    const rows: IdRow[] = await tx.query('SELECT id FROM teams WHERE id = $1', [id]);
    return rows.length > 0;
  }

  async deactivate(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE users SET active = false WHERE id = $1', [id]);
  }

  /** Puts every case a user holds back in the pool as of `now` (each one version further); the cases. */
  async releaseCasesOf(userId: string, now: Date, tx: Queryable): Promise<ReleasedCase[]> {
    // An UPDATE through TypeORM answers [rows, affected count].
    const [rows]: [ReleasedCaseRow[], number] = await tx.query(
      `UPDATE cases SET assignee_id = NULL, version = version + 1, updated_at = $2
        WHERE assignee_id = $1 RETURNING id, creditor_id`,
      [userId, now],
    );
    return rows.map((r) => ({ caseId: r.id, creditorId: r.creditor_id }));
  }
}
