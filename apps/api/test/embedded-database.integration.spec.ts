import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { API_PASSWORD_FILE, OWNER_PASSWORD_FILE, prepareDataDir, startEmbeddedPostgres, type EmbeddedDatabase } from '../src/database/embedded-postgres.js';
import { runMigrations } from '../src/database/migrate.js';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/**
 * The embedded default database in a data directory of its own (as `npm start` makes it; here as root, as
 * CI runs): DATA_DIR 0700, generated role passwords in 0600 files, no fixed password, and a data
 * directory made with the old fixed owner password keeps working.
 */
describe('the embedded database in DATA_DIR', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-embedded-'));
  const dataDir = path.join(parent, 'data');
  let port: number;
  let db: EmbeddedDatabase | undefined;
  afterAll(async () => {
    await db?.stop();
    rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('as root, says which folder above DATA_DIR the postgres account cannot enter', async () => {
    if (process.getuid!() !== 0) {
      // Not root: PostgreSQL runs as this user, who may enter its own folders.
      expect(() => prepareDataDir(dataDir)).not.toThrow();
      return;
    }
    expect(statSync(parent).mode & 0o777).toBe(0o700);
    await expect(startEmbeddedPostgres({ dataDir, port: await freePort() })).rejects.toThrow(
      `The embedded PostgreSQL runs as the postgres account, which cannot enter ${parent} (mode 700) to reach DATA_DIR ${dataDir}: \`chmod o+x ${parent}\``,
    );
    chmodSync(parent, 0o711);
  });

  it('starts with DATA_DIR 0700, passwords generated into 0600 files, and the API as mahnwerk_api', async () => {
    port = await freePort();
    db = await startEmbeddedPostgres({ dataDir, port, persistent: true, migrate: runMigrations });
    expect(statSync(dataDir).mode & 0o777).toBe(0o700);
    expect(statSync(path.join(dataDir, 'pg')).mode & 0o777).toBe(0o700);
    for (const file of [OWNER_PASSWORD_FILE, API_PASSWORD_FILE]) {
      const stat = statSync(path.join(dataDir, file));
      expect(stat.mode & 0o777).toBe(0o600);
      expect(stat.uid).toBe(process.getuid!());
      const password = readFileSync(path.join(dataDir, file), 'utf8').trim();
      expect(password.length).toBeGreaterThanOrEqual(24);
      expect(password).not.toBe('mahnwerk');
    }
    expect(new URL(db.apiUrl).username).toBe('mahnwerk_api');
    const [api] = await query<{ user: string; superuser: boolean }>(
      db.apiUrl, `SELECT current_user AS user, rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`,
    );
    expect(api).toEqual({ user: 'mahnwerk_api', superuser: false });
    const refused = await query(db.apiUrl, `UPDATE audit_events SET action = 'x'`).catch((e: { code?: string }) => e.code);
    expect(refused).toBe('42501');
    // The old fixed password no longer opens the database.
    const legacy = new URL(db.url);
    legacy.password = 'mahnwerk';
    await expect(query(legacy.toString(), 'SELECT 1')).rejects.toMatchObject({ code: '28P01' });
  });

  it('a data directory from before (the fixed owner password, no password files) starts and gets generated passwords', async () => {
    await query(db!.url, `ALTER ROLE mahnwerk PASSWORD 'mahnwerk'`);
    await db!.stop();
    db = undefined;
    unlinkSync(path.join(dataDir, OWNER_PASSWORD_FILE));
    db = await startEmbeddedPostgres({ dataDir, port, persistent: true, migrate: runMigrations });
    const owner = readFileSync(path.join(dataDir, OWNER_PASSWORD_FILE), 'utf8').trim();
    expect(owner).not.toBe('mahnwerk');
    expect(await query(db.url, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
    expect(await query(db.apiUrl, 'SELECT count(*)::int AS n FROM users')).toEqual([{ n: 0 }]);
  });
});
