import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { adminCreate } from '../src/admin-create.js';
import { ConfigError, DEMO_PASSWORD_FILE, loadConfig } from '../src/config/config.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../src/database/seed/demo-data.js';
import { firstStart, StartRefused, type FirstStartOptions } from '../src/first-start.js';
import { updateUser } from './factories.js';
import { ApiInstance, createTestDatabase, FixedClock, pool } from './harness.js';

const NOW = new Date('2026-11-25T07:30:00Z');
const STRONG = 'violet-harbour-tractor-1987';
const EXTERNAL = 'postgres://mahnwerk:secret@db.example:5432/mahnwerk';
/** A small demo: enough for the demo accounts, quick to seed. */
const DEMO_CASES = 40;
/** A JWT secret, so that loadConfig does not create one in DATA_DIR. */
const BASE = { JWT_SECRET: 'test-secret-that-is-long-enough-0123456789' };
const config = (env: Record<string, string>) => loadConfig({ ...BASE, ...env });

describe('first start', () => {
  const pools: pg.Pool[] = [];
  const apis: ApiInstance[] = [];
  afterAll(async () => {
    await Promise.all(apis.map((a) => a.close()));
    await Promise.all(pools.map((p) => p.end()));
  });

  /** A fresh migrated database and a pool on it. */
  const database = async (): Promise<{ url: string; db: pg.Pool }> => {
    const url = await createTestDatabase();
    const db = pool(url);
    pools.push(db);
    return { url, db };
  };
  const start = (url: string, env: Record<string, string>, extra: Partial<FirstStartOptions> = {}) =>
    firstStart({ config: config({ DATABASE_URL: EXTERNAL, ...env }), databaseUrl: url, now: NOW, demoCases: DEMO_CASES, ...extra });
  const count = async (db: pg.Pool, sql: string, params: unknown[] = []): Promise<number> =>
    Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
  const demoData = async (api: ApiInstance): Promise<boolean> => (await api.ok<{ demoData: boolean }>('{ demoData }')).demoData;

  describe('SEED_DEMO', () => {
    it('defaults to demo data on the embedded database and none with DATABASE_URL; validates its value', () => {
      expect(config({}).seedDemo).toBe(true);
      expect(config({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
      expect(config({ DATABASE_URL: EXTERNAL }).seedDemo).toBe(false);
      expect(config({ DATABASE_URL: EXTERNAL, SEED_DEMO: 'true' }).seedDemo).toBe(true);
      expect(() => config({ SEED_DEMO: 'yes' })).toThrow(ConfigError);
      expect(() => config({ SEED_DEMO: 'yes' })).toThrow(/SEED_DEMO: must be "true" or "false"/);
    });

    it('ADMIN_EMAIL and ADMIN_PASSWORD come together, the e-mail well-formed', () => {
      expect(config({ ADMIN_EMAIL: 'Boss@Agency.example', ADMIN_PASSWORD: STRONG }).firstAdmin).toEqual({
        email: 'boss@agency.example', password: STRONG, name: 'Administrator',
      });
      expect(() => config({ ADMIN_EMAIL: 'boss@agency.example' })).toThrow(/ADMIN_PASSWORD: is needed as well/);
      expect(() => config({ ADMIN_PASSWORD: STRONG })).toThrow(/ADMIN_EMAIL: is needed as well/);
      expect(() => config({ ADMIN_EMAIL: 'boss', ADMIN_PASSWORD: STRONG })).toThrow(/ADMIN_EMAIL: must be an e-mail address/);
    });
  });

  describe('with DATABASE_URL and no SEED_DEMO', () => {
    it('creates no demo account, and without an administrator refuses to start naming ADMIN_EMAIL, ADMIN_PASSWORD and admin:create', async () => {
      const { url, db } = await database();
      const refused = await start(url, {}).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StartRefused);
      const message = (refused as Error).message;
      expect(message).toContain('ADMIN_EMAIL');
      expect(message).toContain('ADMIN_PASSWORD');
      expect(message).toContain('npm run admin:create -- --email E --name N');
      expect(await count(db, 'SELECT count(*) AS n FROM users')).toBe(0);
      expect(await count(db, 'SELECT count(*) AS n FROM cases')).toBe(0);
    });

    it('creates the first administrator from ADMIN_EMAIL and ADMIN_PASSWORD, who signs in; no demo data', async () => {
      const { url, db } = await database();
      const result = await start(url, { ADMIN_EMAIL: 'Boss@Agency.example', ADMIN_PASSWORD: STRONG, ADMIN_NAME: 'Birte Boss' });
      expect(result).toMatchObject({ demo: false, seededCases: 0 });
      const { rows } = await db.query(
        'SELECT id, email, name, role, active, must_change_password, password_changed_at FROM users',
      );
      expect(rows).toEqual([
        { id: result.createdAdminId, email: 'boss@agency.example', name: 'Birte Boss', role: 'ADMIN', active: true, must_change_password: false, password_changed_at: NOW },
      ]);
      expect(await count(db, `SELECT count(*) AS n FROM audit_events WHERE action = 'user.created' AND entity_id = $1`, [result.createdAdminId])).toBe(1);

      const api = await ApiInstance.start(url, new FixedClock(NOW));
      apis.push(api);
      expect(await api.login('boss@agency.example', STRONG)).toEqual(expect.any(String));
      expect(await demoData(api)).toBe(false);

      // The next start finds the administrator and leaves everything as it is.
      const again = await start(url, { ADMIN_EMAIL: 'other@agency.example', ADMIN_PASSWORD: STRONG });
      expect(again).toEqual({ demo: false, seededCases: 0, createdAdminId: null });
      expect(await count(db, 'SELECT count(*) AS n FROM users')).toBe(1);
    });

    it('creates one administrator when two instances start at the same time', async () => {
      const { url, db } = await database();
      const env = { ADMIN_EMAIL: 'boss@agency.example', ADMIN_PASSWORD: STRONG };
      const results = await Promise.all([start(url, env), start(url, env)]);
      expect(results.filter((r) => r.createdAdminId !== null)).toHaveLength(1);
      expect(await count(db, `SELECT count(*) AS n FROM users WHERE role = 'ADMIN'`)).toBe(1);
    });

    it('refuses a weak ADMIN_PASSWORD with the rule, creating nobody', async () => {
      const { url, db } = await database();
      await expect(start(url, { ADMIN_EMAIL: 'boss@agency.example', ADMIN_PASSWORD: 'short' })).rejects.toThrow(
        /ADMIN_PASSWORD is not accepted: The password must be at least 12 characters long/,
      );
      await expect(start(url, { ADMIN_EMAIL: 'boss@agency.example', ADMIN_PASSWORD: 'password1234' })).rejects.toThrow(/too easy to guess/);
      expect(await count(db, 'SELECT count(*) AS n FROM users')).toBe(0);
    });
  });

  describe('demo mode and the demo password', () => {
    let url: string;
    let db: pg.Pool;
    let api: ApiInstance;
    const demoIds = async (): Promise<string[]> =>
      (await db.query<{ id: string }>(`SELECT id FROM users WHERE email LIKE '%@demo.mahnwerk' ORDER BY email`)).rows.map((r) => r.id);

    beforeAll(async () => {
      ({ url, db } = await database());
    });

    it('seeds the demo with SEED_DEMO=true, as of the day of the start; demoData is true', async () => {
      const result = await start(url, { SEED_DEMO: 'true' });
      expect(result).toEqual({ demo: true, seededCases: DEMO_CASES, createdAdminId: null });
      expect(await count(db, `SELECT count(*) AS n FROM users WHERE email LIKE '%@demo.mahnwerk' AND active`)).toBe(DEMO_USERS.length);
      // The demo's yesterday is the last day with history: 2026-11-25 in Berlin.
      expect(await count(db, `SELECT count(*) AS n FROM dunning_runs WHERE as_of >= '2026-11-25'`)).toBe(0);
      expect(await count(db, `SELECT count(*) AS n FROM dunning_runs WHERE as_of = '2026-11-24'`)).toBe(1);
      api = await ApiInstance.start(url, new FixedClock(NOW));
      apis.push(api);
      expect(await demoData(api)).toBe(true);
      expect(await api.login(DEMO_USERS[0]!.email, DEMO_PASSWORD)).toEqual(expect.any(String));
    });

    it('outside demo mode refuses to start while an active account accepts the demo password, saying how to fix it', async () => {
      const ids = await demoIds();
      const refused = await start(url, {}).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StartRefused);
      const message = (refused as Error).message;
      expect(message).toContain(`${ids.length} active accounts still accept the demo password`);
      expect(message).toMatch(/change their passwords or deactivate them/);
      expect(message).toContain('SEED_DEMO=true');
      expect(message).not.toContain(DEMO_PASSWORD);

      // A changed password and a deactivated account no longer count.
      await updateUser(db, ids[0]!, { password: STRONG });
      await updateUser(db, ids[1]!, { active: false });
      await expect(start(url, {})).rejects.toThrow(`${ids.length - 2} active accounts still accept the demo password`);
      expect(await demoData(api)).toBe(true);
    });

    it('starts outside demo mode once no active account has the demo password; demoData false once the demo accounts are inactive', async () => {
      const ids = await demoIds();
      await updateUser(db, ids.slice(1), { active: false });
      // The demo administrator changed the password and is still active: demo accounts exist.
      expect(await start(url, {})).toEqual({ demo: false, seededCases: 0, createdAdminId: null });
      expect(await demoData(api)).toBe(true);
      await updateUser(db, ids[0]!, { active: false });
      expect(await demoData(api)).toBe(false);
      // No active administrator is left now: the start asks for one again.
      await expect(start(url, {})).rejects.toThrow(/has no active administrator/);
    });
  });

  describe('production mode (NODE_ENV=production) and the well-known demo password', () => {
    const dataDirs: string[] = [];
    afterAll(() => dataDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const dataDir = () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-demo-password-'));
      dataDirs.push(dir);
      return dir;
    };

    it('a production demo seeds a password generated for the data directory (0600), never mahnwerk-demo', async () => {
      const { url } = await database();
      const dir = dataDir();
      const production = config({ DATABASE_URL: EXTERNAL, SEED_DEMO: 'true', NODE_ENV: 'production', DATA_DIR: dir });
      const file = path.join(dir, DEMO_PASSWORD_FILE);
      expect(production.demoPassword).toBe(readFileSync(file, 'utf8').trim());
      expect(production.demoPassword).not.toBe(DEMO_PASSWORD);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      // The same data directory, the same password at the next start.
      expect(config({ DATABASE_URL: EXTERNAL, SEED_DEMO: 'true', NODE_ENV: 'production', DATA_DIR: dir }).demoPassword).toBe(production.demoPassword);

      expect((await firstStart({ config: production, databaseUrl: url, now: NOW, demoCases: DEMO_CASES })).demo).toBe(true);
      const api = await ApiInstance.start(url, new FixedClock(NOW));
      apis.push(api);
      expect(await api.login(DEMO_USERS[0]!.email, production.demoPassword!)).toEqual(expect.any(String));
      const known = await api.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: DEMO_USERS[0]!.email, p: DEMO_PASSWORD });
      expect(known.data?.login ?? null).toBeNull();
      expect(known.errors?.length).toBeGreaterThan(0);
      // Started again in production mode: nothing accepts the known password, so it starts.
      await expect(firstStart({ config: production, databaseUrl: url, now: NOW, demoCases: DEMO_CASES })).resolves.toMatchObject({ demo: true, seededCases: 0 });
    });

    it('a production-mode start is refused while an active account accepts mahnwerk-demo, demo mode or not', async () => {
      const { url, db } = await database();
      // Demo data seeded outside production (the well-known password), then started with NODE_ENV=production.
      await start(url, { SEED_DEMO: 'true' });
      const dir = dataDir();
      for (const env of [{ SEED_DEMO: 'true' }, { SEED_DEMO: 'false' }]) {
        const refused = await firstStart({
          config: config({ DATABASE_URL: EXTERNAL, NODE_ENV: 'production', DATA_DIR: dir, ...env }), databaseUrl: url, now: NOW, demoCases: DEMO_CASES,
        }).catch((e: unknown) => e);
        expect(refused).toBeInstanceOf(StartRefused);
        expect((refused as Error).message).toContain(`${DEMO_USERS.length} active accounts still accept the demo password from the README`);
        expect((refused as Error).message).toContain('production mode (NODE_ENV=production)');
        expect((refused as Error).message).not.toContain(DEMO_PASSWORD);
      }
      // Outside production the same demo starts, as the browser tests do.
      await expect(start(url, { SEED_DEMO: 'true' })).resolves.toMatchObject({ demo: true });
      expect(await count(db, `SELECT count(*) AS n FROM users WHERE active`)).toBe(DEMO_USERS.length);
    });

    it('DEMO_PASSWORD sets the demo password outside production and is refused in production', () => {
      expect(config({ SEED_DEMO: 'true', DEMO_PASSWORD: 'another-demo-pass' }).demoPassword).toBe('another-demo-pass');
      expect(config({ SEED_DEMO: 'true' }).demoPassword).toBe(DEMO_PASSWORD);
      expect(() => config({ SEED_DEMO: 'true', DEMO_PASSWORD: 'another-demo-pass', NODE_ENV: 'production', DATA_DIR: dataDir() })).toThrow(
        /DEMO_PASSWORD: is not accepted when NODE_ENV=production/,
      );
    });
  });

  describe('npm run admin:create', () => {
    const run = async (argv: string[]): Promise<{ code: number; out: string; err: string }> => {
      let out = '';
      let err = '';
      const code = await adminCreate(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) }, NOW);
      return { code, out, err };
    };

    it('prints a one-time password that signs in, stored with must_change_password and role ADMIN', async () => {
      const { url, db } = await database();
      const created = await run(['--email', 'Ops@Agency.example', '--name', 'Olaf Ops', '--database-url', url]);
      expect(created.err).toBe('');
      expect(created.code).toBe(0);
      const otp = /One-time password: (\S+)/.exec(created.out)?.[1];
      expect(otp).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
      const { rows } = await db.query('SELECT email, name, role, active, must_change_password, password_changed_at FROM users');
      expect(rows).toEqual([
        { email: 'ops@agency.example', name: 'Olaf Ops', role: 'ADMIN', active: true, must_change_password: true, password_changed_at: null },
      ]);

      const api = await ApiInstance.start(url, new FixedClock(NOW));
      apis.push(api);
      expect(await api.login('ops@agency.example', otp)).toEqual(expect.any(String));

      // With an administrator in place, the start goes ahead without ADMIN_EMAIL.
      expect(await start(url, {})).toEqual({ demo: false, seededCases: 0, createdAdminId: null });
      // The same e-mail twice is refused; wrong usage names the option.
      const twice = await run(['--email', 'ops@agency.example', '--name', 'Olaf Ops', '--database-url', url]);
      expect([twice.code, twice.err]).toEqual([1, expect.stringContaining('exists already')]);
      const usage = await run(['--name', 'Nobody', '--database-url', url]);
      expect([usage.code, usage.err]).toEqual([2, expect.stringContaining('--email: is required')]);
    });
  });
});
