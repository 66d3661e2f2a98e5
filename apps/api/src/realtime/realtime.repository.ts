import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable.js';

interface TeamRow {
  team_id: string;
}
interface PresenceUserRow {
  user_id: string;
}

const toTeamId = (row: TeamRow): string => row.team_id;
const toUserId = (row: PresenceUserRow): string => row.user_id;

/** The teams of the given users, those that have one (their boards hear of the users' changes). */
export async function teamsOfUsers(tx: Queryable, userIds: string[]): Promise<string[]> {
  const rows: TeamRow[] = await tx.query(
    'SELECT DISTINCT team_id FROM users WHERE id = ANY($1) AND team_id IS NOT NULL',
    [userIds],
  );
  return rows.map(toTeamId);
}

/**
 * Every statement of realtime/: the team lookup of case events and the presence table (one row per
 * connected workbench). Presence times are bookkeeping of live connections, not business dates, so
 * they are the database's `now()`: every instance compares them with the one clock that wrote them.
 */
@Injectable()
export class RealtimeRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  teamsOfUsers(userIds: string[], tx: Queryable = this.db): Promise<string[]> {
    return teamsOfUsers(tx, userIds);
  }

  /** Records a connection of a user on an instance (seen now); a known connection is only seen again. */
  async connect(connectionId: string, userId: string, instanceId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO presence (connection_id, user_id, instance_id) VALUES ($1, $2, $3)
       ON CONFLICT (connection_id) DO UPDATE SET seen_at = now()`,
      [connectionId, userId, instanceId],
    );
  }

  /** Removes one connection; returns its user (none when it was gone already). */
  async disconnect(connectionId: string): Promise<string[]> {
    const [rows]: [PresenceUserRow[], number] = await this.db.query(
      'DELETE FROM presence WHERE connection_id = $1 RETURNING user_id',
      [connectionId],
    );
    return rows.map(toUserId);
  }

  /** Removes every connection of an instance (it shuts down); returns their users. */
  async disconnectInstance(instanceId: string): Promise<string[]> {
    const [rows]: [PresenceUserRow[], number] = await this.db.query(
      'DELETE FROM presence WHERE instance_id = $1 RETURNING user_id',
      [instanceId],
    );
    return rows.map(toUserId);
  }

  /** Marks every connection of an instance as seen now. */
  async heartbeat(instanceId: string): Promise<void> {
    await this.db.query('UPDATE presence SET seen_at = now() WHERE instance_id = $1', [instanceId]);
  }

  /** Removes connections unseen for `ttlSeconds` (their instance died); returns their users. */
  async removeStale(ttlSeconds: number): Promise<string[]> {
    const [rows]: [PresenceUserRow[], number] = await this.db.query(
      `DELETE FROM presence WHERE seen_at < now() - make_interval(secs => $1) RETURNING user_id`,
      [ttlSeconds],
    );
    return rows.map(toUserId);
  }

  /** Those of the users with a connection seen within `ttlSeconds`. */
  async onlineUserIds(userIds: string[], ttlSeconds: number): Promise<string[]> {
    const rows: PresenceUserRow[] = await this.db.query(
      `SELECT DISTINCT user_id FROM presence
        WHERE user_id = ANY($1) AND seen_at > now() - make_interval(secs => $2)`,
      [userIds, ttlSeconds],
    );
    return rows.map(toUserId);
  }
}
