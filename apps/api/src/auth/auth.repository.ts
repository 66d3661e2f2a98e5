import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';
import type { AuthUser } from './current-user.js';
import type { Role } from './role.js';

interface CredentialsRow {
  id: string;
  email: string;
  role: Role;
  team_id: string | null;
  password_hash: string;
}

/** What signing in checks: who the user is (as a token carries it) and their password hash. */
export interface Credentials {
  user: AuthUser;
  passwordHash: string;
}

export const toCredentials = (row: CredentialsRow): Credentials => ({
  user: { id: row.id, email: row.email, role: row.role, teamId: row.team_id },
  passwordHash: row.password_hash,
});

/** Every statement of auth/: the credentials of a user (auth reads users' table itself, so it needs no users/ import). */
@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The credentials of the user with this e-mail address (stored lower case); null when there is none. */
  async credentialsByEmail(email: string, tx: Queryable = this.db): Promise<Credentials | null> {
    const rows: CredentialsRow[] = await tx.query(
      'SELECT id, email, role, team_id, password_hash FROM users WHERE email = $1',
      [email],
    );
    return rows[0] ? toCredentials(rows[0]) : null;
  }
}
