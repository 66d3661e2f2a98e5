import pg from 'pg';

/**
 * The two database roles Mahnwerk runs with:
 *
 * - the owner (DATABASE_URL; the embedded cluster's `mahnwerk`) owns the schema, runs the migrations,
 *   the seed and the command-line tools, and the start-up steps in first-start.ts;
 * - the API role (DATABASE_API_URL; the embedded default's `mahnwerk_api`) is what the running API uses:
 *   SELECT, INSERT, UPDATE and DELETE on the tables, sequences and functions, and on `audit_events`
 *   only INSERT and SELECT. It owns nothing, so it cannot ALTER a table, disable a trigger or TRUNCATE.
 *
 * `grantApiRole` is the one place these privileges are set; it runs as the owner after the migrations
 * at every start (idempotent), and infra/postgres/roles.sql is the same for an operator.
 */
export const API_ROLE = 'mahnwerk_api';

/** Tables the API only appends to and reads. */
export const APPEND_ONLY_TABLES = ['audit_events'] as const;
/** Tables the API only reads (TypeORM's record of applied migrations). */
export const READ_ONLY_TABLES = ['migrations'] as const;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a plain role name: ${name}`);
  return `"${name}"`;
}

/** The statements that give `role` exactly the API's privileges in the current database (run as the owner). */
export function apiGrantStatements(
  role: string, owner: string, existing: (table: string) => boolean = () => true,
): string[] {
  const r = identifier(role);
  const o = identifier(owner);
  const statements = [
    `REVOKE ALL ON SCHEMA public FROM ${r}`,
    `GRANT USAGE ON SCHEMA public TO ${r}`,
    `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
    `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${r}`,
    // Tables, sequences and functions of later migrations (created by the owner) are covered too.
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
    `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${r}`,
  ];
  // Before the first migration (a tool starting on an empty database) these tables do not exist yet.
  for (const table of APPEND_ONLY_TABLES.filter(existing)) statements.push(`REVOKE UPDATE, DELETE ON ${table} FROM ${r}`);
  for (const table of READ_ONLY_TABLES.filter(existing)) statements.push(`REVOKE INSERT, UPDATE, DELETE ON ${table} FROM ${r}`);
  return statements;
}

/**
 * Gives `role` the API's privileges in the database at `ownerUrl` (as its owner, after the migrations).
 * `password`: also creates the role (or sets its password), as the embedded default does; without it the
 * role must exist (an operator made it with infra/postgres/roles.sql).
 */
export async function grantApiRole(ownerUrl: string, role: string, password?: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const owner = (await client.query<{ owner: string }>('SELECT current_user AS owner')).rows[0]!.owner;
    if (owner === role) throw new Error(`The API role ${role} cannot be the owner that runs the migrations: give DATABASE_URL the owner role`);
    // Roles are shared by the cluster's databases: one transaction-level lock keeps parallel starts apart.
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('mahnwerk:roles'))`);
    if (password !== undefined) {
      const exists = ((await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])).rowCount ?? 0) > 0;
      const literal = (await client.query<{ l: string }>('SELECT quote_literal($1) AS l', [password])).rows[0]!.l;
      await client.query(
        `${exists ? 'ALTER' : 'CREATE'} ROLE ${identifier(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${literal}`,
      );
    }
    const { rows } = await client.query<{ name: string }>(
      `SELECT relname AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname = ANY($1)`,
      [[...APPEND_ONLY_TABLES, ...READ_ONLY_TABLES]],
    );
    const existing = new Set(rows.map((r) => r.name));
    for (const statement of apiGrantStatements(role, owner, (table) => existing.has(table))) await client.query(statement);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The user name a postgres:// URL connects as. */
export function userOf(url: string): string {
  return decodeURIComponent(new URL(url).username);
}
