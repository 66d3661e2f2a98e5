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
interface RefreshRow {
  session_id: string;
  user_id: string;
  used: boolean;
  open: boolean;
}
interface LockRow {
  retry_after: number | null;
}
interface FailuresRow {
  failures: number;
}

/** A refresh token as the database knows it: its session, whether it was used, whether the session is open. */
export interface StoredRefreshToken {
  sessionId: string;
  userId: string;
  used: boolean;
  sessionOpen: boolean;
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

  /** Keeps the digest of a refresh token given to the session. */
  async addRefreshToken(sessionId: string, tokenHash: Buffer, tx: Queryable = this.db): Promise<void> {
    await tx.query('INSERT INTO session_refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [tokenHash, sessionId]);
  }

  /** The refresh token with this digest, locked for the transaction; null when there is none. */
  async refreshTokenForUpdate(tokenHash: Buffer, tx: Queryable): Promise<StoredRefreshToken | null> {
    const rows: RefreshRow[] = await tx.query(
      `SELECT t.session_id, s.user_id, t.used_at IS NOT NULL AS used,
              (s.ended_at IS NULL AND s.expires_at > now() AND u.active) AS open
         FROM session_refresh_tokens t JOIN sessions s ON s.id = t.session_id JOIN users u ON u.id = s.user_id
        WHERE t.token_hash = $1
          FOR UPDATE OF t`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { sessionId: row.session_id, userId: row.user_id, used: row.used, sessionOpen: row.open } : null;
  }

  /** Marks a refresh token used (it was exchanged for a new one). */
  async useRefreshToken(tokenHash: Buffer, tx: Queryable): Promise<void> {
    await tx.query('UPDATE session_refresh_tokens SET used_at = now() WHERE token_hash = $1', [tokenHash]);
  }

  /** When the address is locked after failed sign-ins: the seconds until it opens again; null when it is not. */
  async loginLockedFor(email: string): Promise<number | null> {
    const rows: LockRow[] = await this.db.query(
      `SELECT extract(epoch FROM locked_until - now())::float8 AS retry_after
         FROM login_failures WHERE email = $1 AND locked_until > now()`,
      [email],
    );
    return rows[0]?.retry_after ?? null;
  }

  /**
   * Counts a failed sign-in for the address (a count older than a day starts again) and locks it for
   * `lockSeconds(failures)`; the failures in a row so far.
   */
  async recordLoginFailure(email: string, lockSeconds: (failures: number) => number): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rows: FailuresRow[] = await tx.query(
        `INSERT INTO login_failures AS f (email, failures, last_failed_at) VALUES ($1, 1, now())
         ON CONFLICT (email) DO UPDATE
           SET failures = CASE WHEN f.last_failed_at < now() - interval '1 day' THEN 1 ELSE f.failures + 1 END,
               last_failed_at = now()
         RETURNING failures`,
        [email],
      );
      const failures = rows[0]!.failures;
      const seconds = lockSeconds(failures);
      if (seconds > 0) {
        await tx.query(`UPDATE login_failures SET locked_until = now() + make_interval(secs => $2) WHERE email = $1`, [email, seconds]);
      }
      // Addresses nobody tried for a day are forgotten, so the table stays small.
      await tx.query(`DELETE FROM login_failures WHERE last_failed_at < now() - interval '1 day'`);
      return failures;
    });
  }

  /** Forgets the failed sign-ins of an address (after a successful one). */
  async clearLoginFailures(email: string): Promise<void> {
    await this.db.query('DELETE FROM login_failures WHERE email = $1', [email]);
  }

  /** When the session ends by itself (JWT_TTL after sign-in). */
  async sessionExpiresAt(sessionId: string): Promise<Date> {
    const rows: { expires_at: Date }[] = await this.db.query('SELECT expires_at FROM sessions WHERE id = $1', [sessionId]);
    return rows[0]?.expires_at ?? new Date();
  }
}
