import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/bootstrap.js';
import { loadConfig, repoRoot } from '../src/config/config.js';
import { StartRefused } from '../src/first-start.js';
import { API_ROLE, apiGrantStatements } from '../src/database/roles.js';
import { apiRoleUrl, pool } from './harness.js';
import { withApi } from './with-api.js';

/**
 * The running API connects as `mahnwerk_api` (database/roles.ts), which only reads and writes rows: the
 * privileges themselves refuse what the audit triggers would also refuse, and what no trigger can stop
 * (ALTER TABLE, DISABLE TRIGGER) is refused too. Every spec's API runs as this role (harness.ts).
 */
describe('the API role', () => {
  const bed = withApi({ api: false, fixture: false });
  let api: pg.Pool;
  let auditId: number;

  beforeAll(async () => {
    api = pool(await apiRoleUrl(bed.url));
    const { rows } = await bed.db.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id) VALUES (NULL, 'test.owner', 'case', 'c-0') RETURNING id`,
    );
    auditId = rows[0].id;
  });
  afterAll(async () => api?.end());

  /** The SQLSTATE a statement run as the API role fails with (null: it worked). */
  const failureOf = async (sql: string, params: unknown[] = []): Promise<string | null> =>
    api.query(sql, params).then(
      () => null,
      (e: { code?: string }) => e.code ?? 'unknown',
    );

  it('connects as mahnwerk_api, which is no superuser and owns nothing', async () => {
    const { rows } = await api.query(
      `SELECT current_user AS name, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
         FROM pg_roles r WHERE rolname = current_user`,
    );
    expect(rows[0]).toEqual({ name: API_ROLE, rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false, owned: 0 });
  });

  it('INSERT and SELECT on audit_events work', async () => {
    const { rows } = await api.query(
      `INSERT INTO audit_events (actor_id, action, entity, entity_id) VALUES (NULL, 'test.api', 'case', 'c-1') RETURNING id`,
    );
    expect(rows).toHaveLength(1);
    const all = await api.query('SELECT action FROM audit_events ORDER BY id');
    expect(all.rows.map((r) => r.action)).toEqual(['test.owner', 'test.api']);
  });

  it.each([
    ['UPDATE of audit_events', `UPDATE audit_events SET action = 'tampered' WHERE id = $1`, true],
    ['DELETE of audit_events', `DELETE FROM audit_events WHERE id = $1`, true],
    ['TRUNCATE of audit_events', 'TRUNCATE audit_events', false],
    ['TRUNCATE of another table', 'TRUNCATE cases CASCADE', false],
    ['ALTER TABLE', 'ALTER TABLE audit_events ADD COLUMN note text', false],
    ['ALTER TABLE ... DISABLE TRIGGER', 'ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete', false],
    ['ALTER TABLE ... DISABLE TRIGGER ALL', 'ALTER TABLE cases DISABLE TRIGGER ALL', false],
    ['DROP TRIGGER', 'DROP TRIGGER audit_events_no_update_delete ON audit_events', false],
    ['CREATE TABLE', 'CREATE TABLE sneaky (id int)', false],
    ['session_replication_role (skips triggers)', 'SET session_replication_role = replica', false],
    ['writing the migrations record', `DELETE FROM migrations`, false],
  ])('%s fails for lack of privilege', async (_what, sql, withId) => {
    const code = await failureOf(sql, withId ? [auditId] : []);
    // 42501 insufficient_privilege: refused by the role's privileges, not by the audit trigger (P0001).
    expect(code).toBe('42501');
  });

  it('rows of the other tables can be written and read', async () => {
    expect(await failureOf(`UPDATE cases SET status = status WHERE false`)).toBeNull();
    expect(await failureOf(`DELETE FROM cases WHERE false`)).toBeNull();
    expect(await failureOf(`SELECT count(*) FROM users`)).toBeNull();
  });

  it('a table made by a later migration (as the owner) is covered by the default privileges', async () => {
    await bed.db.query('CREATE TABLE later_table (id serial PRIMARY KEY, note text)');
    try {
      expect(await failureOf(`INSERT INTO later_table (note) VALUES ('x')`)).toBeNull();
      expect(await failureOf('SELECT * FROM later_table')).toBeNull();
      expect(await failureOf('TRUNCATE later_table')).toBe('42501');
      expect(await failureOf('ALTER TABLE later_table ADD COLUMN y int')).toBe('42501');
    } finally {
      await bed.db.query('DROP TABLE later_table');
    }
  });

  it('infra/postgres/roles.sql, for an external PostgreSQL, holds the same grants', () => {
    const sql = readFileSync(path.join(repoRoot, 'infra/postgres/roles.sql'), 'utf8');
    const expected = apiGrantStatements(API_ROLE, 'mahnwerk').map((statement) =>
      statement.replaceAll(`"${API_ROLE}"`, API_ROLE).replace(' FOR ROLE "mahnwerk"', '').replace(/ON (audit_events|migrations) FROM/, 'ON $1 FROM'),
    );
    for (const statement of expected) expect(sql).toContain(statement);
  });

  describe('an external PostgreSQL: DATABASE_URL (owner) and DATABASE_API_URL', () => {
    const env = { JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', SEED_DEMO: 'false' };

    it('the API gets the API role, with its grants applied by the start', async () => {
      const apiUrl = await apiRoleUrl(bed.url);
      const db = await openDatabase(loadConfig({ ...env, DATABASE_URL: bed.url, DATABASE_API_URL: apiUrl }));
      expect(db).toMatchObject({ url: bed.url, apiUrl, embedded: false });
      expect(db.singleRoleWarning).toBeUndefined();
    });

    it('a DATABASE_API_URL naming the owner or a superuser refuses the start', async () => {
      await expect(openDatabase(loadConfig({ ...env, DATABASE_URL: bed.url, DATABASE_API_URL: bed.url }))).rejects.toThrow(StartRefused);
      await bed.db.query(`DROP ROLE IF EXISTS mahnwerk_too_strong`);
      await bed.db.query(`CREATE ROLE mahnwerk_too_strong LOGIN SUPERUSER PASSWORD 'strong-but-wrong-0123'`);
      try {
        const strong = new URL(bed.url);
        strong.username = 'mahnwerk_too_strong';
        strong.password = 'strong-but-wrong-0123';
        await expect(openDatabase(loadConfig({ ...env, DATABASE_URL: bed.url, DATABASE_API_URL: strong.toString() }))).rejects.toThrow(
          /DATABASE_API_URL connects as mahnwerk_too_strong, which is a superuser or owns Mahnwerk's tables/,
        );
      } finally {
        await bed.db.query(`REASSIGN OWNED BY mahnwerk_too_strong TO CURRENT_USER`);
        await bed.db.query(`DROP OWNED BY mahnwerk_too_strong`);
        await bed.db.query(`DROP ROLE mahnwerk_too_strong`);
      }
    });

    it('DATABASE_URL alone runs the API as the owner, with a warning to show', async () => {
      const db = await openDatabase(loadConfig({ ...env, DATABASE_URL: bed.url }));
      expect(db.apiUrl).toBe(bed.url);
      expect(db.singleRoleWarning).toMatch(/DATABASE_API_URL is not set: the API runs as the owner role/);
      expect(() => loadConfig({ ...env, DATABASE_API_URL: bed.url })).toThrow(/DATABASE_URL: is needed as well/);
    });
  });

  it('the grants refuse a role name that is not a plain identifier', () => {
    expect(() => apiGrantStatements('api"; DROP TABLE cases; --', 'mahnwerk')).toThrow(/plain role name/);
  });
});
