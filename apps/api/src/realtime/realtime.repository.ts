import type { EntityManager } from 'typeorm';

interface TeamRow {
  team_id: string;
}

/** The teams of the given users, those that have one. */
export async function teamsOfUsers(manager: EntityManager, userIds: string[]): Promise<string[]> {
  const rows: TeamRow[] = await manager.query(
    'SELECT DISTINCT team_id FROM users WHERE id = ANY($1) AND team_id IS NOT NULL',
    [userIds],
  );
  return rows.map((row) => row.team_id);
}
