import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import type { Queryable } from '../database/queryable.js';

interface TeamRow {
  id: string;
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
}

export interface TeamRecord {
  id: string;
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
}

const toTeam = (row: TeamRow): TeamRecord => ({ id: row.id, name: row.name });
export const toUser = (row: UserRow): UserRecord => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  team: row.team_id === null ? null : { id: row.team_id, name: row.team_name! },
  capacity: Number(row.capacity),
});

const USER_COLUMNS = `u.id, u.email, u.name, u.role, u.capacity, u.team_id, t.name AS team_name
  FROM users u LEFT JOIN teams t ON t.id = u.team_id`;

/** Whose collectors: everyone's, or one team's (a lead without a team has none). */
export type CollectorScope = { kind: 'ALL' } | { kind: 'TEAM'; teamId: string | null };

/** Every statement of users/: users with their team, and teams. */
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

  /** One user with their team; null when there is none with that id. */
  async userById(id: string, tx: Queryable = this.db): Promise<UserRecord | null> {
    const rows: UserRow[] = await tx.query(`SELECT ${USER_COLUMNS} WHERE u.id = $1`, [id]);
    return rows[0] ? toUser(rows[0]) : null;
  }

  /** The named users with their team (in no particular order). */
  async usersByIds(ids: string[], tx: Queryable = this.db): Promise<UserRecord[]> {
    const rows: UserRow[] = await tx.query(`SELECT ${USER_COLUMNS} WHERE u.id = ANY($1)`, [ids]);
    return rows.map(toUser);
  }

  /** Collectors in the scope, by team name (those without a team last), then name. */
  async collectors(scope: CollectorScope, tx: Queryable = this.db): Promise<UserRecord[]> {
    const rows: UserRow[] = await tx.query(
      `SELECT ${USER_COLUMNS}
        WHERE u.role = 'COLLECTOR' AND ($1::boolean OR u.team_id = $2::uuid)
        ORDER BY t.name, u.name, u.id`,
      [scope.kind === 'ALL', scope.kind === 'TEAM' ? scope.teamId : null],
    );
    return rows.map(toUser);
  }
}
