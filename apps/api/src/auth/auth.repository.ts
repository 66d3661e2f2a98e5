import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { preparedQuery } from '../common/prepared-query.js';
import type { Queryable } from '../database/queryable.js';
import type { AuthUser } from './current-user.js';
import type { Role } from './role.js';

interface CredentialsRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  team_id: string | null;
  password_hash: string;
  active: boolean;
  must_change_password: boolean;
}
interface SessionUserRow {
  id: string;
  email: string;
  role: Role;
  team_id: string | null;
  must_change_password: boolean;
}
interface IdRow {
  id: string;
}

/** What signing in checks: who the user is, whether they may still sign in, and their password hash. */
export interface Credentials {
  user: AuthUser;
  name: string;
  passwordHash: string;
  active: boolean;
}

export const toCredentials = (row: CredentialsRow): Credentials => ({
  user: { id: row.id, email: row.email, role: row.role, teamId: row.team_id, mustChangePassword: row.must_change_password },
  name: row.name,
  passwordHash: row.password_hash,
  active: row.active,
});

const toSessionUser = (sessionId: string, row: SessionUserRow): AuthUser => ({
  id: row.id,
  email: row.email,
  role: row.role,
  teamId: row.team_id,
  sessionId,
  mustChangePassword: row.must_change_password,
});

const CREDENTIALS = 'SELECT id, email, name, role, team_id, password_hash, active, must_change_password FROM users';

/**
 * Every statement of auth/: credentials and sessions (auth reads users' table itself, so it needs no
 * users/ import). Session times are bookkeeping of sign-ins, not business dates: they are the
 * database's `now()`, so every instance compares them with the one clock that wrote them.
 */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The credentials of the user with this e-mail address (stored lower case); null when there is none. */
  async credentialsByEmail(email: string, tx: Queryable = this.db): Promise<Credentials | null> {
    const rows: CredentialsRow[] = await tx.query(`${CREDENTIALS} WHERE email = $1`, [email]);
    return rows[0] ? toCredentials(rows[0]) : null;
  }

  /** The credentials of one user, locked for the transaction; null when there is none. */
  async credentialsById(id: string, tx: Queryable): Promise<Credentials | null> {
    const rows: CredentialsRow[] = await tx.query(`${CREDENTIALS} WHERE id = $1 FOR UPDATE`, [id]);
    return rows[0] ? toCredentials(rows[0]) : null;
  }

  /** Opens a session for the user, ending `ttlSeconds` from now; its id. */
  async openSession(userId: string, ttlSeconds: number, tx: Queryable = this.db): Promise<string> {
    // The user's sessions that ended or expired a day ago or more go first, so the table stays as small as the
    // sessions in use (the audit trail keeps the logins and logouts).
    const rows: IdRow[] = await tx.query(
      `WITH pruned AS (
         DELETE FROM sessions WHERE user_id = $1 AND coalesce(ended_at, expires_at) < now() - interval '1 day'
       )
       INSERT INTO sessions (user_id, expires_at) VALUES ($1, now() + make_interval(secs => $2)) RETURNING id`,
      [userId, ttlSeconds],
    );
    return rows[0]!.id;
  }

  /**
   * The user of an open session (not ended, not expired, user active) as a request sees them; null
   * when the session is closed. Runs on every authenticated request: one prepared statement.
   */
  async sessionUser(sessionId: string, userId: string): Promise<AuthUser | null> {
    const rows = await preparedQuery<SessionUserRow>(
      this.db,
      'auth_session_user',
      `SELECT u.id, u.email, u.role, u.team_id, u.must_change_password
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.user_id = $2 AND s.ended_at IS NULL AND s.expires_at > now() AND u.active`,
      [sessionId, userId],
    );
    return rows[0] ? toSessionUser(sessionId, rows[0]) : null;
  }

  /** Those of the sessions that are no longer open (ended, expired, or their user deactivated). */
  async closedSessions(sessionIds: string[]): Promise<string[]> {
    const rows: IdRow[] = await this.db.query(
      `SELECT x.id FROM unnest($1::uuid[]) AS x(id)
        WHERE NOT EXISTS (
          SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id
           WHERE s.id = x.id AND s.ended_at IS NULL AND s.expires_at > now() AND u.active)`,
      [sessionIds],
    );
    return rows.map((r) => r.id);
  }

  /** Ends one session (logout); false when it was not open. */
  async endSession(sessionId: string, tx: Queryable = this.db): Promise<boolean> {
    // An UPDATE through TypeORM answers [rows, affected count].
    const [rows]: [IdRow[], number] = await tx.query(
      'UPDATE sessions SET ended_at = now() WHERE id = $1 AND ended_at IS NULL RETURNING id',
      [sessionId],
    );
    return rows.length > 0;
  }

  /** Ends every open session of a user except `keep`; how many were open. */
  async endSessionsOf(userId: string, tx: Queryable, keep: string | null = null): Promise<number> {
    const [rows]: [IdRow[], number] = await tx.query(
      `UPDATE sessions SET ended_at = now()
        WHERE user_id = $1 AND ended_at IS NULL AND ($2::uuid IS NULL OR id <> $2) RETURNING id`,
      [userId, keep],
    );
    return rows.length;
  }

  /** Stores a new password hash; `mustChange` marks a one-time password. */
  async setPassword(userId: string, passwordHash: string, mustChange: boolean, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE users SET password_hash = $2, must_change_password = $3,
              password_changed_at = CASE WHEN $3 THEN password_changed_at ELSE now() END
        WHERE id = $1`,
      [userId, passwordHash, mustChange],
    );
  }
}
